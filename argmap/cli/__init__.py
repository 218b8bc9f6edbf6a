"""The ``argmap`` command line: one module per subcommand, all started from :mod:`.main`."""
