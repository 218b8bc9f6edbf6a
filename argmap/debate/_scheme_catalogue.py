"""The built-in catalogue of argument schemes, as plain tables (data only).

Each table has the shape of a map's ``[[schemes]]`` table (docs/schemes.md), so the
catalogue is built by the same function that builds a map's own schemes
(:func:`argmap.debate.schemes.schemes_from_tables`) and is checked the same way.

The forms and questions are worded in our own words after Walton, Reed and Macagno 2008,
*Argumentation Schemes* (Cambridge University Press), chapter 9, "A user's compendium of
schemes", whose entries are cited by title, and Walton 1996, *Argumentation Schemes for
Presumptive Reasoning* (Lawrence Erlbaum). Which questions are premises, assumptions or
exceptions follows Gordon, Prakken and Walton 2007, "The Carneades model of argument and
burden of proof" (Artificial Intelligence 171), and the Carneades system's own versions of
these schemes; docs/schemes.md gives the reason for each choice.
"""

from __future__ import annotations

WRM = "Walton, Reed and Macagno 2008, Argumentation Schemes, ch. 9"
W96 = "Walton 1996, Argumentation Schemes for Presumptive Reasoning"

CATALOGUE_TABLES: tuple[dict, ...] = (
    {
        "id": "practical-reasoning",
        "name": "Argument from practical reasoning (goal and action)",
        "premises": [
            {"id": "goal", "form": "Agent P has goal G."},
            {"id": "means", "form": "Carrying out action A is a means for P to realise G."},
        ],
        "conclusion": "P ought, practically speaking, to carry out A.",
        "questions": [
            {
                "id": "practical-reasoning.other-goals",
                "text": "Does P have other goals, which should also count, that conflict with G?",
                "kind": "exception",
            },
            {
                "id": "practical-reasoning.alternatives",
                "text": "Are there actions other than A that would also realise G?",
                "kind": "exception",
            },
            {
                "id": "practical-reasoning.efficiency",
                "text": "Is some alternative to A a more efficient way to realise G?",
                "kind": "exception",
            },
            {
                "id": "practical-reasoning.possibility",
                "text": "Is it practically possible for P to carry out A?",
                "kind": "assumption",
            },
            {
                "id": "practical-reasoning.side-effects",
                "text": "Would carrying out A have other consequences that must be weighed?",
                "kind": "exception",
            },
        ],
        "source": f"{WRM}, 'Argument from Practical Reasoning' (practical inference); {W96}",
    },
    {
        "id": "positive-consequences",
        "name": "Argument from positive consequences",
        "premises": [
            {
                "id": "consequence",
                "form": "If A is brought about, consequence C will plausibly follow.",
            },
            {"id": "value", "form": "C is good."},
        ],
        "conclusion": "A should be brought about.",
        "questions": [
            {
                "id": "positive-consequences.likelihood",
                "text": "How likely is it that C will follow if A is brought about?",
                "kind": "premise",
            },
            {
                "id": "positive-consequences.evidence",
                "text": "What evidence shows that A would bring C about?",
                "kind": "assumption",
            },
            {
                "id": "positive-consequences.opposite",
                "text": "Would A also have bad consequences that ought to be weighed against C?",
                "kind": "exception",
            },
        ],
        "source": (
            f"{WRM}, 'Argument from Positive Consequences'; {W96}; the premise is split in "
            "two (the consequence, and that it is good) as in Carneades"
        ),
    },
    {
        "id": "negative-consequences",
        "name": "Argument from negative consequences",
        "premises": [
            {
                "id": "consequence",
                "form": "If A is brought about, consequence C will plausibly follow.",
            },
            {"id": "value", "form": "C is bad."},
        ],
        "conclusion": "A should not be brought about.",
        "questions": [
            {
                "id": "negative-consequences.likelihood",
                "text": "How likely is it that C will follow if A is brought about?",
                "kind": "premise",
            },
            {
                "id": "negative-consequences.evidence",
                "text": "What evidence shows that A would bring C about?",
                "kind": "assumption",
            },
            {
                "id": "negative-consequences.opposite",
                "text": "Would A also have good consequences that ought to be weighed against C?",
                "kind": "exception",
            },
        ],
        "source": (
            f"{WRM}, 'Argument from Negative Consequences'; {W96}; the premise is split in "
            "two (the consequence, and that it is bad) as in Carneades"
        ),
    },
    {
        "id": "values",
        "name": "Argument from values",
        "premises": [
            {"id": "value", "form": "Value V is positive (or negative) as judged by agent P."},
            {
                "id": "bearing",
                "form": "That V is positive (negative) supports (counts against) P's goal G.",
            },
        ],
        "conclusion": "V is a reason for P to keep (to give up) its commitment to G.",
        "questions": [
            {
                "id": "values.held",
                "text": "Does P really judge V to be positive (negative)?",
                "kind": "premise",
            },
            {
                "id": "values.bearing",
                "text": "Does pursuing G really promote (demote) V?",
                "kind": "premise",
            },
            {
                "id": "values.legitimacy",
                "text": "Is V a legitimate value to weigh in this decision?",
                "kind": "assumption",
            },
            {
                "id": "values.other-values",
                "text": "Does G also demote (promote) other values that P holds as strongly?",
                "kind": "exception",
            },
        ],
        "source": (
            f"{WRM}, 'Argument from Values'; the legitimacy and other-values questions follow "
            "the value-based practical reasoning scheme of Carneades (Atkinson and "
            "Bench-Capon 2007)"
        ),
    },
    {
        "id": "expert-opinion",
        "name": "Argument from expert opinion",
        "premises": [
            {"id": "major", "form": "E is an expert in subject domain S, which contains A."},
            {"id": "minor", "form": "E asserts that A is true (false)."},
        ],
        "conclusion": "A is true (false).",
        "questions": [
            {
                "id": "expert-opinion.expertise",
                "text": "How credible is E as an expert source?",
                "kind": "premise",
            },
            {
                "id": "expert-opinion.field",
                "text": "Is E an expert in the field that A belongs to?",
                "kind": "premise",
            },
            {
                "id": "expert-opinion.opinion",
                "text": "What exactly did E assert, and does it imply A?",
                "kind": "premise",
            },
            {
                "id": "expert-opinion.bias",
                "text": "Is E personally unreliable: biased, dishonest or self-interested?",
                "kind": "exception",
            },
            {
                "id": "expert-opinion.consistency",
                "text": "Is A at odds with what other experts assert?",
                "kind": "exception",
            },
            {
                "id": "expert-opinion.evidence",
                "text": "Is E's assertion based on evidence?",
                "kind": "assumption",
            },
        ],
        "source": f"{WRM}, 'Argument from Expert Opinion' (and ch. 1); {W96}",
    },
    {
        "id": "position-to-know",
        "name": "Argument from position to know",
        "premises": [
            {
                "id": "major",
                "form": "Source a is in a position to know whether things in domain S, "
                "which contains A, are true or false.",
            },
            {"id": "minor", "form": "a asserts that A is true (false)."},
        ],
        "conclusion": "A is true (false).",
        "questions": [
            {
                "id": "position-to-know.position",
                "text": "Is a really in a position to know whether A is true?",
                "kind": "premise",
            },
            {
                "id": "position-to-know.honesty",
                "text": "Is a an honest, trustworthy source?",
                "kind": "exception",
            },
            {
                "id": "position-to-know.assertion",
                "text": "Did a really assert that A is true (false)?",
                "kind": "premise",
            },
        ],
        "source": f"{WRM}, 'Argument from Position to Know'; {W96}",
    },
    {
        "id": "popular-opinion",
        "name": "Argument from popular opinion",
        "premises": [
            {"id": "acceptance", "form": "A is generally accepted as true."},
            {
                "id": "presumption",
                "form": "If A is generally accepted as true, that is a reason in favour of A.",
            },
        ],
        "conclusion": "There is a reason in favour of A.",
        "questions": [
            {
                "id": "popular-opinion.evidence",
                "text": "What shows that A is generally accepted: a poll, common knowledge?",
                "kind": "premise",
            },
            {
                "id": "popular-opinion.doubt",
                "text": "Even if A is generally accepted, are there good reasons to doubt it?",
                "kind": "exception",
            },
        ],
        "source": f"{WRM}, 'Argument from Popular Opinion'; {W96}",
    },
    {
        "id": "analogy",
        "name": "Argument from analogy",
        "premises": [
            {"id": "similarity", "form": "Generally, case C1 is similar to case C2."},
            {"id": "base", "form": "A is true (false) in case C1."},
        ],
        "conclusion": "A is true (false) in case C2.",
        "questions": [
            {
                "id": "analogy.differences",
                "text": "Do C1 and C2 differ in ways that undermine the similarity cited?",
                "kind": "exception",
            },
            {
                "id": "analogy.base",
                "text": "Is A really true (false) in C1?",
                "kind": "premise",
            },
            {
                "id": "analogy.counter-case",
                "text": "Is there another case, also similar to C2, in which A is false (true)?",
                "kind": "exception",
            },
        ],
        "source": f"{WRM}, 'Argument from Analogy'; {W96}",
    },
    {
        "id": "precedent",
        "name": "Argument from precedent",
        "premises": [
            {
                "id": "precedent",
                "form": "In an earlier case C1, rule R was applied and gave outcome A.",
            },
            {
                "id": "similarity",
                "form": "The present case C2 is like C1 in the respects that made R apply.",
            },
        ],
        "conclusion": "Outcome A should hold in C2 as well.",
        "questions": [
            {
                "id": "precedent.rule",
                "text": "Was C1 really decided by rule R, with outcome A?",
                "kind": "premise",
            },
            {
                "id": "precedent.differences",
                "text": "Are there relevant differences between C1 and C2?",
                "kind": "exception",
            },
            {
                "id": "precedent.legitimacy",
                "text": "Was C1 a legitimate case, or can it be explained away?",
                "kind": "assumption",
            },
            {
                "id": "precedent.recognised-exception",
                "text": "Was C1 an already recognised exception that does not carry over?",
                "kind": "exception",
            },
            {
                "id": "precedent.on-point",
                "text": "Is there a case closer to C2 in which A did not hold?",
                "kind": "exception",
            },
        ],
        "source": (
            f"{WRM}, 'Argument from Precedent'; {W96}; the premises are those of the "
            "case-based precedent scheme of Carneades (earlier case, rule, similarity)"
        ),
    },
    {
        "id": "cause-to-effect",
        "name": "Argument from cause to effect",
        "premises": [
            {"id": "major", "form": "Generally, if A occurs, then B will (or might) occur."},
            {"id": "minor", "form": "In this case, A occurs (or might occur)."},
        ],
        "conclusion": "In this case, B will (or might) occur.",
        "questions": [
            {
                "id": "cause-to-effect.strength",
                "text": "How strong is the causal generalisation that A brings about B?",
                "kind": "premise",
            },
            {
                "id": "cause-to-effect.evidence",
                "text": "Is the evidence given strong enough to warrant the causal generalisation?",
                "kind": "assumption",
            },
            {
                "id": "cause-to-effect.interference",
                "text": "Could other causal factors stop A from producing B in this case?",
                "kind": "exception",
            },
        ],
        "source": f"{WRM}, 'Argument from Cause to Effect'; {W96}",
    },
    {
        "id": "sign",
        "name": "Argument from sign",
        "premises": [
            {"id": "finding", "form": "Finding A is true in this situation."},
            {
                "id": "indication",
                "form": "B is generally indicated as true when its sign, A, is true.",
            },
        ],
        "conclusion": "B is true in this situation.",
        "questions": [
            {
                "id": "sign.finding",
                "text": "Is A really found in this situation?",
                "kind": "premise",
            },
            {
                "id": "sign.correlation",
                "text": "How strong is the correlation between the sign A and B?",
                "kind": "assumption",
            },
            {
                "id": "sign.other-causes",
                "text": "Would other events account for A more reliably than B does?",
                "kind": "exception",
            },
        ],
        "source": f"{WRM}, 'Argument from Sign'; {W96}",
    },
    {
        "id": "slippery-slope",
        "name": "Slippery slope argument",
        "premises": [
            {
                "id": "first-step",
                "form": "A0 is proposed, and at first sight seems something that should be done.",
            },
            {
                "id": "sequence",
                "form": "Doing A0 would plausibly lead to A1, which would lead to A2, and so "
                "on to An.",
            },
            {"id": "bad-outcome", "form": "An is a disastrous (or bad) outcome."},
        ],
        "conclusion": "A0 should not be done.",
        "questions": [
            {
                "id": "slippery-slope.steps",
                "text": "Which steps between A0 and An are actually given?",
                "kind": "premise",
            },
            {
                "id": "slippery-slope.gaps",
                "text": "Which further steps are needed to make the sequence plausible?",
                "kind": "assumption",
            },
            {
                "id": "slippery-slope.weakest-link",
                "text": "Which is the weakest link, where one step may not lead to the next?",
                "kind": "exception",
            },
            {
                "id": "slippery-slope.stopping-point",
                "text": "Could the sequence be stopped before An, by a line drawn or a safeguard?",
                "kind": "exception",
            },
            {
                "id": "slippery-slope.outcome",
                "text": "Is An really as bad as claimed?",
                "kind": "premise",
            },
        ],
        "source": (
            f"{WRM}, 'Slippery Slope Argument'; Walton 1992, Slippery Slope Arguments "
            "(the stopping point)"
        ),
    },
    {
        "id": "verbal-classification",
        "name": "Argument from verbal classification",
        "premises": [
            {"id": "individual", "form": "a has property F."},
            {
                "id": "classification",
                "form": "For all x, if x has property F, then x can be classified as having G.",
            },
        ],
        "conclusion": "a has property G.",
        "questions": [
            {
                "id": "verbal-classification.property",
                "text": "Does a definitely have F, or is there room for doubt?",
                "kind": "premise",
            },
            {
                "id": "verbal-classification.strength",
                "text": "Is the classification weak or disputed rather than firmly established?",
                "kind": "exception",
            },
            {
                "id": "verbal-classification.vagueness",
                "text": "Is F or G so vague that a is a borderline case?",
                "kind": "exception",
            },
        ],
        "source": (
            f"{WRM}, 'Argument from Verbal Classification' and 'Argument from Vagueness of a "
            f"Verbal Classification'; {W96}"
        ),
    },
)
