"""Write generated-car-free-centres.kialo.txt: a Kialo-like discussion export, GENERATED (not
a real discussion), with 130 entries, Pro and Con at every level, a multi-line entry and
links (-> See ...), in the outline Kialo's export uses. Deterministic: run it again and the
file is the same.

    python tests/data/kialo/generate.py
"""

from __future__ import annotations

import random
from pathlib import Path

TOPICS = ["air quality", "noise", "shop takings", "commuting times", "road safety",
          "delivery costs", "tourism", "property prices", "public transport", "cycling",
          "disabled access", "emergency services", "parking income", "city budgets"]  # fmt: skip
PRO = ["Evidence from other cities shows gains in {t}.", "A ban would improve {t} for residents.",
       "Studies of pedestrian zones report better {t}.", "Fewer cars means better {t}."]  # fmt: skip
CON = ["The effect on {t} is overstated.", "A ban would harm {t} in the short run.",
       "Local conditions differ, so gains in {t} may not transfer.",
       "The data on {t} come from much smaller towns."]  # fmt: skip


def generate(entries: int = 130, seed: int = 2026) -> str:
    rng = random.Random(seed)
    lines = ["Discussion Title: Should cities ban private cars from their centres?", "",
             "1. Cities should ban private cars from their centres."]  # fmt: skip
    children: dict[str, int] = {"1": 0}
    order = ["1"]
    links = 0
    while len(order) + links < entries:
        parent = rng.choice(order[-12:] + order[:3])  # mostly deep, sometimes near the top
        if parent.count(".") >= 5:
            continue
        children[parent] += 1
        number = f"{parent}.{children[parent]}"
        label = rng.choice(["Pro", "Con"])
        topic = rng.choice(TOPICS)
        if len(order) > 20 and rng.random() < 0.08:  # a link to an earlier claim
            target = rng.choice(order[1:])
            if not number.startswith(target + ".") and target != parent:
                lines.append(f"{number}. {label}: -> See {target}.")
                links += 1  # a link has no children, so it is no parent to choose
                continue
        text = rng.choice(PRO if label == "Pro" else CON).format(t=topic)
        lines.append(f"{number}. {label}: {text}")
        if len(order) == 40:
            lines.append("A second line of the same claim, as Kialo keeps paragraphs.")
        children[number] = 0
        order.append(number)
    # Kialo lists the outline depth first
    head, body = lines[:3], lines[3:]
    entries_by_number: dict[str, list[str]] = {}
    last = None
    for line in body:
        number = line.split(" ", 1)[0].rstrip(".")
        if number[0].isdigit() and number.replace(".", "").isdigit():
            entries_by_number[number] = [line]
            last = number
        else:
            entries_by_number[last].append(line)
    ordered = sorted(entries_by_number, key=lambda n: tuple(int(p) for p in n.split(".")))
    return "\n".join(head + [x for n in ordered for x in entries_by_number[n]]) + "\n"


if __name__ == "__main__":
    here = Path(__file__).parent
    (here / "generated-car-free-centres.kialo.txt").write_text(generate(), encoding="utf-8")
