"""The articles of the two statutes the checklists cite, with each article's paragraphs (款) and items (项).

Each table maps an article number to a tuple with one entry per paragraph: the number of numbered items
（一）（二）… in that paragraph (0 when it has none). ``ECL 2020`` Art. 12 is ``(0, 0, 3, 0)``: four paragraphs,
the third with three items.

HOW THE COUNTS WERE VERIFIED: every count below was derived mechanically from the full texts (one line per
paragraph, items as lines starting （一）…), and the counts of ECL Arts. 2, 12, 18, 28 and DUR Arts. 14, 16, 18,
19, 20, 25, 26, 28, 29 were checked again by reading those articles. The texts used:
- Export Control Law of the PRC (adopted 17 October 2020, in force 1 December 2020): the verbatim text kept in
  the public LawRefBook/Laws collection, file 经济法/出口管制法.md, commit d7dff8469fd0; 49 articles.
- Regulations of the PRC on Export Control of Dual-use Items (State Council Order No. 792, in force 1 December
  2024): LawRefBook/Laws, file 行政法规/两用物项出口管制条例(2024-09-30).md, commit cbdedcf42dd8; 50 articles.
Neither count was compared with the official gazette print; a difference there would show as a refused reference
that the official text supports, which is the safe direction.
"""

from __future__ import annotations

ECL_2020: dict[int, tuple[int, ...]] = {
    1: (0,), 2: (0, 0, 0, 0, 0, 0), 3: (0,), 4: (0,), 5: (0, 0, 0, 0, 0), 6: (0,), 7: (0, 0), 8: (0, 0), 9: (0, 0),
    10: (0,), 11: (0,), 12: (0, 0, 3, 0), 13: (8,), 14: (0,), 15: (0,), 16: (0, 0), 17: (0,), 18: (3, 0, 0, 0),
    19: (0, 0), 20: (0,), 21: (0,), 22: (0,), 23: (0, 0), 24: (0, 0), 25: (0, 0), 26: (0,), 27: (0,),
    28: (0, 6, 0), 29: (0, 0, 0), 30: (0,), 31: (0,), 32: (0, 0), 33: (0,), 34: (3,), 35: (0, 0), 36: (0,),
    37: (0,), 38: (0,), 39: (0, 0), 40: (0,), 41: (0,), 42: (0,), 43: (0, 0), 44: (0,), 45: (0,), 46: (0,),
    47: (0,), 48: (0,), 49: (0,),
}

DUR_2024: dict[int, tuple[int, ...]] = {
    1: (0,), 2: (0, 0, 0), 3: (0, 0), 4: (0, 0), 5: (0,), 6: (0,), 7: (0, 0), 8: (0,), 9: (0,), 10: (5,),
    11: (0, 0), 12: (3,), 13: (0,), 14: (0, 0, 0, 0), 15: (0, 0, 0, 0), 16: (5, 3), 17: (0, 0, 0),
    18: (0, 0, 0, 0), 19: (6, 0, 0), 20: (4, 0), 21: (0,), 22: (0, 0), 23: (0,), 24: (0, 0), 25: (3,),
    26: (0, 0, 0), 27: (0,), 28: (3, 2, 0), 29: (4, 0), 30: (0,), 31: (0, 0), 32: (0, 0), 33: (0,), 34: (0,),
    35: (0,), 36: (0,), 37: (0, 0), 38: (0,), 39: (5,), 40: (0, 0), 41: (0,), 42: (0,), 43: (0,), 44: (0,),
    45: (0,), 46: (0, 0), 47: (0, 0, 0), 48: (0, 0), 49: (3,), 50: (0,),
}
