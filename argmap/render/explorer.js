"use strict";
// The argmap explorer. Reads the evaluation embedded as JSON; never re-computes semantics,
// never runs code or parses HTML from strings: every map text reaches the page as textContent,
// and every link is an http(s) source URL (checked here and by the page's maker).
(function () {
  const data = JSON.parse(document.getElementById("argmap-data").textContent);
  const svg = document.querySelector("#map svg");
  const nodes = new Map(); // claim id -> {group, word}
  const argumentNodes = new Map(); // argument id -> {group, word}
  const edges = []; // {group, from, to}
  const state = {
    semantics: data.defaults.semantics,
    reading: data.defaults.reading,
    selected: null,
    actor: "", // an actor id: the map as that actor sees it
    actorOnly: false, // show only that actor's claims
    audience: "", // an audience id: its ranking of values applied (docs/values.md)
    stances: new Set(["pro", "con", "neutral"]),
    query: "",
    round: null,
    formal: false, // plain words ("stands", "falls") unless "show the formal terms"
  };
  // a status in the words of the moment: plain ("stands", "falls", "undecided") unless
  // "show the formal terms"; both come from the page's maker (argmap.explain.plain)
  const wordOf = (status) => {
    const words = state.formal ? data.words.formal : data.words.plain;
    return own(words, status) ? words[status] : "";
  };

  function el(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  const own = (table, key) => Object.prototype.hasOwnProperty.call(table, key);

  // -- find the claims, arguments and relations in the SVG drawn by Graphviz ----------------
  for (const group of svg.querySelectorAll("g.node")) {
    const title = group.querySelector("title");
    const id = title ? title.textContent : "";
    const isClaim = own(data.claims, id);
    if (!isClaim && !own(data.arguments, id)) continue;
    // the status slot is marked by the page's maker (data-argmap-slot), never found by its
    // text: a claim whose id, text or holder reads STATUS must stay as written
    const word = group.querySelector('text[data-argmap-slot="status"]');
    group.setAttribute("tabindex", "0");
    group.setAttribute("role", "button");
    if (isClaim) {
      group.dataset.claim = id;
      nodes.set(id, { group, word });
      data.claims[id].label = id + ": " + data.claims[id].text;
    } else {
      group.dataset.argument = id;
      argumentNodes.set(id, { group, word });
      data.arguments[id].label = id + ": " + data.arguments[id].scheme_name;
    }
    group.addEventListener("click", () => select(id));
    group.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        select(id);
      }
    });
  }
  const nodeOf = (id) => nodes.get(id) || argumentNodes.get(id);
  for (const group of svg.querySelectorAll("g.edge")) {
    const title = group.querySelector("title");
    const parts = title ? title.textContent.split("->") : [];
    if (parts.length === 2) edges.push({ group, from: parts[0], to: parts[1] });
  }

  // -- what the current view shows -----------------------------------------------------------
  function statusOf(id) {
    if (state.round !== null) return roundStatus(data.rounds[state.reading], state.round, id) || "none";
    const table = claimTables()[state.reading][state.semantics];
    return table ? table[id] : "none";
  }

  // a claim's status in state `round` of the grounded rounds: decided by then, or undecided
  // in the last state when the fixpoint leaves claims undecided (render/html.py, _rounds)
  function roundStatus(rounds, round, id) {
    const decided = rounds.decided[id];
    if (decided && decided[0] <= round) return decided[1];
    if (!decided && rounds.undecided && round === rounds.states - 1) return "undecided";
    return null;
  }

  // the statuses of the current view: without values, or for the chosen audience
  // (an audience chosen in its menu wins; else an actor's own audience; else its perspective)
  const viewAudience = () => state.audience || (state.actor && data.actor_audience[state.actor]) || "";
  const perspective = () => !viewAudience() && state.actor && own(data.perspective_status, state.actor);
  const claimTables = () =>
    viewAudience() ? data.audience_status[viewAudience()]
      : perspective() ? data.perspective_status[state.actor] : data.status;
  const argumentTables = () =>
    viewAudience() ? data.audience_argument_status[viewAudience()]
      : perspective() ? data.perspective_argument_status[state.actor] : data.argument_status;
  const failing = () =>
    viewAudience() ? data.failed_attacks[viewAudience()]
      : perspective() ? data.perspective_failed[state.actor] : [];
  const audienceName = () => {
    const audience = data.audiences.find((a) => a.id === viewAudience());
    return audience ? audience.name : "";
  };
  const actorName = () => {
    const actor = data.actors.find((a) => a.id === state.actor);
    return actor ? actor.name : "";
  };
  const viewWords = () =>
    (state.actor ? ", as " + actorName() + " sees it" : "") + (viewAudience() ? ", for " + audienceName() : "");

  function argumentStatusOf(id) {
    if (state.round !== null) return "none"; // the rounds are of claims
    const table = argumentTables()[state.reading][state.semantics];
    return table ? table[id] : "none";
  }

  function visible(id) {
    if (own(data.arguments, id)) return visible(data.arguments[id].conclusion);
    const claim = data.claims[id];
    if (state.actor && state.actorOnly && !claim.actor_ids.includes(state.actor)) return false;
    if (!state.stances.has(claim.stance)) return false;
    if (state.query && !claim.text.toLowerCase().includes(state.query) && !id.toLowerCase().includes(state.query)) return false;
    return true;
  }

  function neighbours(id) {
    if (own(data.arguments, id)) {
      const argument = data.arguments[id];
      return new Set([id, ...argument.premises, argument.conclusion, ...argument.undercutters]);
    }
    const claim = data.claims[id];
    return new Set([id, ...claim.supporters, ...claim.attackers, ...claim.supports, ...claim.attacks,
      ...claim.arguments, ...claim.premise_of]);
  }

  function restyle() {
    const near = state.selected ? neighbours(state.selected) : null;
    document.body.classList.toggle("has-selection", state.selected !== null); // for print
    for (const [id, { group, word }] of nodes) {
      const status = statusOf(id);
      group.classList.remove("st-accepted", "st-credulous", "st-undecided", "st-rejected", "st-none");
      group.classList.add("st-" + status);
      if (word) word.textContent = wordOf(status).toUpperCase() || (state.round !== null ? "NOT YET DECIDED" : "");
      group.classList.toggle("hidden", !visible(id));
      group.classList.toggle("dim", near !== null && !near.has(id));
      group.classList.toggle("selected", state.selected === id);
      const claim = data.claims[id];
      group.setAttribute("aria-label", claim.label + " (" + (wordOf(status) || "not decided") + ")");
      group.setAttribute("aria-pressed", state.selected === id ? "true" : "false");
    }
    for (const [id, { group, word }] of argumentNodes) {
      const status = argumentStatusOf(id);
      group.classList.remove("st-accepted", "st-credulous", "st-undecided", "st-rejected", "st-none");
      group.classList.add("st-" + status);
      if (word) word.textContent = wordOf(status).toUpperCase();
      group.classList.toggle("hidden", !visible(id));
      group.classList.toggle("dim", near !== null && !near.has(id));
      group.classList.toggle("selected", state.selected === id);
      group.setAttribute("aria-label", "argument " + data.arguments[id].label + " (" + (wordOf(status) || "not decided") + ")");
      group.setAttribute("aria-pressed", state.selected === id ? "true" : "false");
    }
    const fails = new Set(failing().map((f) => f.from + "->" + f.to));
    for (const edge of edges) {
      edge.group.classList.toggle("fails", fails.has(edge.from + "->" + edge.to));
      const hidden = [edge.from, edge.to].some((end) => nodeOf(end) && !visible(end));
      edge.group.classList.toggle("hidden", hidden);
      const lit = near !== null && (edge.from === state.selected || edge.to === state.selected);
      edge.group.classList.toggle("dim", near !== null && !lit);
    }
    updateLegend();
    updateStepper();
    updatePanel();
  }

  // -- the side panel -------------------------------------------------------------------------
  const panel = document.getElementById("panel");

  function updatePanel() {
    panel.replaceChildren();
    const id = state.selected;
    if (!id) {
      panel.append(el("p", { class: "hint" }, "Select a claim (click it, or Tab to it and press Enter) to see who holds it, where it comes from, and why it stands or falls."));
      return;
    }
    if (own(data.arguments, id)) {
      argumentPanel(id);
      return;
    }
    const claim = data.claims[id];
    panel.append(el("h2", { id: "panel-title" }, id));
    panel.append(el("p", { class: "claim-text" }, claim.text));
    const facts = el("dl");
    const add = (term, value) => {
      facts.append(el("dt", {}, term));
      facts.append(el("dd", {}, value));
    };
    add("Stance", claim.stance);
    add("Kind", claim.kind + (claim.reconstructed ? " (reconstructed by the map-maker)" : ""));
    add("Held by", claim.actors.length ? claim.actors.join(", ") : "no actor named");
    if (claim.tags.length) add("Tags", claim.tags.join(", "));
    if (claim.strength !== null && claim.strength !== undefined) add("Strength (" + data.gradual + ")", claim.strength.toFixed(2));
    panel.append(facts);
    if (claim.note) panel.append(el("p", { class: "note" }, claim.note));
    appendArgumentList("Arguments for it", claim.arguments);
    appendArgumentList("Premise of", claim.premise_of);
    appendSources(claim.sources);
    appendStatuses(id, claimTables());
    appendFailing(id);
    appendStandings(id);
    const drawn = state.audience || state.actor ? ", the map as drawn" : "";
    if (state.formal) {
      panel.append(el("h3", {}, "Why (grounded semantics, " + state.reading + " reading" + drawn + ")"));
      panel.append(el("pre", { class: "explanation" }, data.explanations[state.reading][id]));
    } else {
      panel.append(el("h3", {}, "Why" + (drawn ? " (the map as drawn)" : "")));
      panel.append(el("p", { class: "explanation plain" }, data.plain[state.reading][id]));
      panel.append(el("p", { class: "hint" }, "Select the claims it names to follow the reasons."));
    }
  }

  // the attacks on or by this claim that fail for the chosen audience, with the reason
  function appendFailing(id) {
    const mine = failing().filter((f) => f.from === id || f.to === id);
    if (!mine.length) return;
    panel.append(el("h3", {}, "Attacks that fail" + (viewAudience() ? " for " + audienceName() : " as " + actorName() + " sees it")));
    const list = el("ul", { class: "failing" });
    for (const failure of mine) list.append(el("li", {}, failure.reason));
    panel.append(list);
  }

  // objective (every ranking of the values accepts it), subjective (some) or indefensible
  function appendStandings(id) {
    if (!data.standings) return;
    const rows = [];
    for (const [key, scope] of [["declared", "the map's audiences"], ["all", "the rankings of the values"]]) {
      const found = data.standings[key];
      if (found === null || found === undefined) continue;
      const entry = found.claims[id];
      let text;
      if (state.formal) {
        text = entry.standing + " across " + scope;
        if (entry.standing === "subjective") text += ": accepted by " + entry.accepted_by + ", not by " + entry.not_accepted_by;
      } else { // Bench-Capon's objective, subjective and indefensible, in plain words
        text = {
          objective: "stands for " + scope + " alike",
          subjective: "stands for some of " + scope + ": for " + entry.accepted_by + ", not for " + entry.not_accepted_by,
          indefensible: "stands for none of " + scope,
        }[entry.standing];
      }
      rows.push(text);
    }
    if (!rows.length) return;
    panel.append(el("h3", {}, "Across audiences (" + data.standings.semantics + " semantics, " + data.standings.reading + " reading)"));
    const list = el("ul", { class: "standings" });
    for (const row of rows) list.append(el("li", {}, row));
    panel.append(list);
  }

  function appendSources(sources) {
    if (!sources.length) return;
    panel.append(el("h3", {}, "Sources"));
    const list = el("ul", { class: "sources" });
    for (const source of sources) {
      const item = el("li");
      if (source.url && /^https?:\/\//i.test(source.url)) {
        const link = el("a", { href: source.url, rel: "noopener noreferrer", target: "_blank" }, source.text);
        item.append(link);
      } else {
        item.textContent = source.text;
      }
      list.append(item);
    }
    panel.append(list);
  }

  function appendStatuses(id, tables) {
    panel.append(el("h3", {}, "Status under each semantics (" + state.reading + " reading)"));
    const table = el("table", { class: "statuses" });
    const head = el("tr");
    head.append(el("th", { scope: "col" }, "semantics"), el("th", { scope: "col" }, "status"));
    table.append(head);
    for (const semantics of data.semantics) {
      const row = el("tr");
      const statuses = tables[state.reading][semantics];
      const value = statuses ? wordOf(statuses[id])
        : perspective() && !data.perspective_semantics.includes(semantics)
          ? "not computed for an actor's view (" + data.perspective_semantics.join(" and ") + " are)"
          : "not computed for this map (too costly)";
      row.append(el("th", { scope: "row" }, semantics), el("td", { class: "status-" + (statuses ? statuses[id] : "none") }, value));
      if (semantics === state.semantics) row.classList.add("current");
      table.append(row);
    }
    panel.append(table);
  }

  // a list of arguments, each a button that selects it
  function appendArgumentList(heading, ids) {
    if (!ids.length) return;
    panel.append(el("h3", {}, heading));
    const list = el("ul", { class: "arguments" });
    for (const argumentId of ids) {
      const status = argumentStatusOf(argumentId);
      const words = argumentId + ": " + data.arguments[argumentId].scheme_name + (wordOf(status) ? " (" + wordOf(status) + ")" : "");
      const button = el("button", { type: "button", class: "link", "data-argument": argumentId }, words);
      button.addEventListener("click", () => select(argumentId));
      const item = el("li");
      item.append(button);
      list.append(item);
    }
    panel.append(list);
  }

  function claimLine(claimId) {
    return claimId + ": " + data.claims[claimId].text;
  }

  function appendQuestions(heading, questions, kind) {
    if (!questions.length) return;
    panel.append(el("h3", {}, heading));
    const list = el("ul", { class: "questions " + kind });
    for (const question of questions) {
      const item = el("li", { class: kind + "-question", "data-question": question.id });
      item.append(el("span", { class: "question-text" }, question.text));
      const about = kind === "open"
        ? question.kind + ": " + question.while_open
        : question.kind + ", raised by " + question.raised_by.join(", ");
      item.append(el("span", { class: "question-kind" }, " (" + question.id + "; " + about + ")"));
      list.append(item);
    }
    panel.append(list);
  }

  function argumentPanel(id) {
    const argument = data.arguments[id];
    panel.append(el("h2", { id: "panel-title" }, id));
    panel.append(el("p", { class: "claim-text scheme-name" }, argument.scheme_name));
    if (argument.text) panel.append(el("p", { class: "argument-text" }, argument.text));
    const facts = el("dl");
    const add = (term, value) => {
      facts.append(el("dt", {}, term));
      facts.append(el("dd", {}, value));
    };
    add("Kind", "argument (" + (argument.premises.length > 1 ? "linked premises: each is needed" : "one premise") + ")");
    add("Scheme", argument.scheme === null ? "none named" : argument.scheme + (argument.known_scheme ? "" : " (not a known scheme)"));
    add("Conclusion", claimLine(argument.conclusion));
    if (argument.undercutters.length) add("Undercut by", argument.undercutters.join(", "));
    panel.append(facts);
    panel.append(el("h3", {}, "Premises"));
    const premises = el("ul", { class: "premises" });
    argument.premises.forEach((premise, index) => {
      const role = argument.roles[index];
      premises.append(el("li", { "data-claim": premise }, (role ? role + " — " : "") + claimLine(premise)));
    });
    panel.append(premises);
    appendQuestions("Open critical questions", argument.open_questions, "open");
    appendQuestions("Critical questions raised", argument.raised_questions, "raised");
    appendSources(argument.sources);
    appendStatuses(id, argumentTables());
  }

  // -- legend and stepper --------------------------------------------------------------------
  function updateLegend() {
    const legend = document.getElementById("legend-statuses");
    legend.replaceChildren();
    const shown = new Set();
    for (const id of nodes.keys()) shown.add(statusOf(id));
    for (const status of ["accepted", "credulous", "undecided", "rejected"]) {
      if (!shown.has(status)) continue;
      const item = el("li", { class: "legend-" + status });
      const meaning = !state.formal && own(data.words.meanings, status) ? ": " + data.words.meanings[status] : "";
      item.append(el("span", { class: "swatch st-" + status }), el("span", {}, wordOf(status) + meaning));
      legend.append(item);
    }
    const where = document.getElementById("view-label");
    where.textContent = state.round !== null
      ? "grounded rounds, " + state.reading + " reading: round " + state.round + " of " + (data.rounds[state.reading].states - 1)
      : state.semantics + " semantics, " + state.reading + " reading" + viewWords();
    // one line when another reading of the supports changes a thesis's verdict
    const notes = viewAudience() ? data.reading_notes.audiences[viewAudience()]
      : perspective() ? data.reading_notes.perspectives[state.actor] : data.reading_notes.map;
    const semantics = state.round !== null ? "grounded" : state.semantics;
    const found = notes[state.reading] && notes[state.reading][semantics];
    const line = found ? found[state.formal ? "formal" : "plain"] : null;
    const note = document.getElementById("reading-note");
    note.textContent = line || "";
    note.hidden = !line;
  }

  function updateStepper() {
    const frames = data.rounds[state.reading].states;
    document.getElementById("round-label").textContent = state.round === null ? "off" : "round " + state.round + " of " + (frames - 1);
    document.getElementById("round-prev").disabled = state.round === null || state.round === 0;
    document.getElementById("round-next").disabled = state.round !== null && state.round >= frames - 1;
    document.getElementById("round-stop").disabled = state.round === null;
    if (state.audience || state.actor) { // the rounds are of the debate as drawn
      document.getElementById("round-prev").disabled = true;
      document.getElementById("round-next").disabled = true;
    }
  }

  function select(id) {
    state.selected = state.selected === id ? null : id;
    restyle();
    if (state.selected) {
      const map = document.getElementById("map");
      const box = nodeOf(id).group.getBoundingClientRect();
      const frame = map.getBoundingClientRect();
      map.scrollLeft += box.left - frame.left - (frame.width - box.width) / 2;
      map.scrollTop += box.top - frame.top - (frame.height - box.height) / 2;
      document.getElementById("panel").focus({ preventScroll: true });
    }
  }

  // -- controls -------------------------------------------------------------------------------
  const semanticsSelect = document.getElementById("semantics");
  for (const semantics of data.semantics) semanticsSelect.append(el("option", { value: semantics }, semantics));
  semanticsSelect.value = state.semantics;
  semanticsSelect.addEventListener("change", () => {
    state.semantics = semanticsSelect.value;
    state.round = null;
    restyle();
  });
  const readingSelect = document.getElementById("reading");
  for (const reading of data.readings) readingSelect.append(el("option", { value: reading }, reading));
  readingSelect.value = state.reading;
  readingSelect.addEventListener("change", () => {
    state.reading = readingSelect.value;
    if (state.round !== null) state.round = Math.min(state.round, data.rounds[state.reading].states - 1);
    restyle();
  });
  const actorSelect = document.getElementById("actor");
  actorSelect.append(el("option", { value: "" }, "nobody in particular"));
  for (const actor of data.actors) actorSelect.append(el("option", { value: actor.id }, actor.name));
  actorSelect.addEventListener("change", () => {
    state.actor = actorSelect.value;
    state.round = null;
    restyle();
  });
  const actorOnly = document.getElementById("actor-only");
  actorOnly.addEventListener("change", () => {
    state.actorOnly = actorOnly.checked;
    restyle();
  });
  const audienceSelect = document.getElementById("audience");
  if (data.audiences.length) {
    audienceSelect.append(el("option", { value: "" }, "no ranking of values"));
    for (const audience of data.audiences) {
      audienceSelect.append(el("option", { value: audience.id }, audience.name + " (" + audience.ranking + ")"));
    }
    audienceSelect.addEventListener("change", () => {
      state.audience = audienceSelect.value;
      state.round = null;
      restyle();
    });
  } else {
    audienceSelect.closest("label").hidden = true;
  }
  for (const box of document.querySelectorAll("input[name=stance]")) {
    box.addEventListener("change", () => {
      if (box.checked) state.stances.add(box.value);
      else state.stances.delete(box.value);
      restyle();
    });
  }
  const search = document.getElementById("search");
  search.addEventListener("input", () => {
    state.query = search.value.trim().toLowerCase();
    restyle();
  });
  document.getElementById("round-prev").addEventListener("click", () => {
    state.round = Math.max(0, (state.round === null ? 1 : state.round) - 1);
    restyle();
  });
  document.getElementById("round-next").addEventListener("click", () => {
    state.round = state.round === null ? 0 : state.round + 1;
    restyle();
  });
  document.getElementById("round-stop").addEventListener("click", () => {
    state.round = null;
    restyle();
  });
  const zoom = document.getElementById("zoom");
  function setFit(fitted) {
    document.getElementById("map").classList.toggle("fit", fitted);
    zoom.setAttribute("aria-pressed", fitted ? "true" : "false");
    zoom.textContent = fitted ? "show the map at full size" : "fit the map to the window";
  }
  zoom.addEventListener("click", () => setFit(!document.getElementById("map").classList.contains("fit")));
  setFit(window.innerWidth < 900); // a phone starts with the whole map in view
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && state.selected) {
      const previous = nodeOf(state.selected);
      state.selected = null;
      restyle();
      if (previous) previous.group.focus();
    }
  });
  // -- the formal terms, and what a classroom profile hides ---------------------------------
  const formalLabel = el("label", { id: "formal-switch" });
  const formalBox = el("input", { type: "checkbox", id: "formal" });
  formalLabel.append(formalBox, document.createTextNode(" show the formal terms"));
  document.querySelector("nav.controls").append(formalLabel);
  formalBox.addEventListener("change", () => {
    state.formal = formalBox.checked;
    restyle();
  });
  const hideable = {
    semantics: () => semanticsSelect.closest("label"),
    support: () => readingSelect.closest("label"),
    actors: () => actorSelect.closest("label"),
    stances: () => document.querySelector("input[name=stance]").closest("fieldset"),
    search: () => search.closest("label"),
    rounds: () => document.querySelector(".stepper"),
    formal: () => formalLabel,
  };
  for (const control of data.classroom.hide) {
    if (own(hideable, control)) hideable[control]().hidden = true;
  }
  if (data.classroom.note) {
    document.querySelector("header").append(el("p", { class: "class-note" }, data.classroom.note));
  }
  document.documentElement.classList.add("ready");
  restyle();
})();
