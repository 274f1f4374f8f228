"""The event reader on cases written blind (by someone who read neither the code nor the
development set): a floor on args+date+status F1 per batch, overall and printed by class.

- blind_events: first run, before any fix driven by these cases, F1 0.376 (attendance 0.16,
  gathering 0.24, modality 0.34, names 0.63, org_deal 0.19, time 0.50); 0.466 at the end of that session.
- blind_events2 (written to test the classes of the second reader session: requests, org-level
  deals, local time, source dates, lists, modality, attendance): 0.533 on the reader as it was
  before that session, 0.605 with its mechanisms, before any fix driven by the cases themselves;
  0.831 at that session's end (some of its fixes were driven by this batch, so it is now
  development data too). blind_events was 0.537 at that session's end.
- blind_events3 (dates, triggers, modality, participant sets, org-level deals, unknown names;
  written 2026-12-02 while the reader was frozen): 0.610 on the reader as it stood before the third
  reader session's changes (date 0.78, modality 0.44, names 0.56, org_deal 0.51, roles 0.50,
  trigger 0.80). 0.608 after the round of dates, triggers and roles work driven by the dev set
  alone (no gain: those rules did not carry over); then development data for a second round.
- blind_events4 (60 multi-sentence cases: wire, economic-daily and broadcast styles, hanja names,
  distractors; written 2026-12-02, never read by anyone working on the reader): 0.400 on the reader
  of the session's start and 0.400 after its first round (date 0.60 -> 0.57, modality 0.32 -> 0.38,
  names 0.34, org_deal 0.25, roles 0.22, trigger 0.50).

At the end of the third reader session (two rounds): blind_events 0.613, blind_events2 0.835,
blind_events3 0.742 (development data in the second round), blind_events4 0.447 (still unseen: the
honest figure for text no rule was written from).

Round 3, helper `meet` (participants and names; batches 3 and 4 as development data): blind_events
0.619, blind_events2 0.835, blind_events3 0.794, blind_events4 0.632 (names 0.39 -> 0.76, roles
0.30 -> 0.44, trigger 0.60 -> 0.82).
Round 3, helper `when` (dates, modality, visit triggers; batches 3 and 4 as development data):
blind_events 0.661, blind_events2 0.846, blind_events3 0.778, blind_events4 0.566 (date 0.74,
modality 0.76, trigger 0.65).
Round 3, deals helper (`deal`: the deal builders moved to events/deals.py; stakes, joint ventures,
consortia, relative clauses, discussions, decisions to sign, industry endings and plant cities, all
driven by these batches and the dev set): blind_events 0.613 -> 0.647, blind_events2 0.835 -> 0.863,
blind_events3 0.742 -> 0.793, blind_events4 0.447 -> 0.605 (org_deal 0.24 -> 0.83).

Combined round 3 (meet + when + deal merged): blind_events 0.687, blind_events2 0.874, blind_events3
0.849, blind_events4 0.852 (both development data in that round).
- blind_events5 (60 cases: press releases and their rewrites, regional papers, long features with
  participants named across sentences, lists, headline + lede, Q&A quotes, government readouts;
  written 2026-12-02 while round 3 worked, never read by anyone working on the reader): 0.445 on
  the reader before round 3 (date 0.47, modality 0.45, names 0.48, org_deal 0.29, roles 0.29,
  trigger 0.63), 0.491 after it (date 0.46, modality 0.56, names 0.51, org_deal 0.29, roles 0.33,
  trigger 0.74): the round's gains on batches 3 and 4 (0.742 -> 0.849, 0.447 -> 0.852) carried
  over to unseen writing only in part.

Fifth reader session (2026-12-02, two rounds of helpers on participants, deals, dates, then PARTNER
and MEET/VISIT, with batch 5 as development data; the lead on names and fusion): blind_events 0.740,
blind_events2 0.914, blind_events3 0.882, blind_events4 0.908, blind_events5 0.642 (0.491 before:
names 0.51 -> 0.80, org_deal 0.29 -> 0.53, modality 0.56 -> 0.68, roles 0.33 -> 0.44).
- blind_events6 (60 cases of ordinary daily reporting: readouts, chaebol heads with foreign leaders
  and CEOs, trips with durations, plans, denials, speculation, attendance lists, org-level deals;
  written 2026-12-02 while that session worked, never read by anyone working on the reader): 0.515
  on the reader before the session (date 0.69, modality 0.57, names 0.44, org_deal 0.39, roles 0.35,
  trigger 0.58), 0.537 after it (date 0.76, modality 0.59, names 0.45; org_deal, roles and trigger
  unchanged). One choice was made with it in view: the surname 라 was left out after it misread a
  foreign name in this batch (the batch 1 case it had been added for, be-10, is missed again).

- blind_events7 (60 cases, 150 events: wire flashes and follow-ups, portal-feed text, broadcast scripts,
  trade-press deals, regional papers, reprinted releases; long Arabic names, Dutch/German particles,
  double surnames, Vietnamese and Indonesian names, companies named like people or places, deals of
  many forms; written 2026-12-02 at the start of the sixth reader session, never read by anyone
  working on the reader): 0.404 on the reader before that session (date 0.42, modality 0.18, names
  0.55, org_deal 0.48, roles 0.31, trigger 0.51). Measured per branch without telling the helpers:
  names and participants 0.493, deals 0.414, triggers 0.41, unknown organisations 0.414, dates 0.404,
  visit dates 0.500 on its base (no change); references 0.500 on its base (no change). **0.500** at
  the session's end (date 0.48, modality 0.23, names 0.56, org_deal 0.48, roles 0.50, trigger 0.78).
  Batch 6 became development data in that session and rose 0.537 -> 0.821 (names 0.45 -> 0.92, roles
  0.35 -> 0.93, org_deal 0.39 -> 0.64); batches 1-5 ended at 0.757 / 0.914 / 0.924 / 0.926 / 0.769.

Seventh reader session (2026-12-02, two rounds of helpers: modality, participants, triggers, dates,
PARTNER, INVEST and fusion, then names, companions, background time and fusion; batch 7 development
data): blind_events 0.814, blind_events2 0.930, blind_events3 0.928, blind_events4 0.950,
blind_events5 0.821, blind_events6 0.851, blind_events7 0.674 (0.500 before).
- blind_events8 (60 cases, 151 events: longer reporting with several gatherings, references that stand
  for people named before, background meetings, deals seen from both sides, consortiums; written
  2026-12-02 at the start of that session, never read by anyone working on the reader): 0.586 on the
  reader before the session (date 0.61, modality 0.55, names 0.41, org_deal 0.43, roles 0.68, trigger
  0.82), 0.582 after the first round, **0.589** at the end (modality 0.62, org_deal 0.40; the rest
  unchanged). One choice was made with it in view: a finder of double family names, which alone
  lowered it to 0.570, was taken out (its cases unread).
- phrasing_meetings (50 short cases, 69 events, each telling a MEET or a VISIT in a different wording;
  written at the start of session 23 by a helper who read neither the code nor the development set;
  development data): 0.791 on int b6fbf30; 0.912 after titles glued to their body (`…위원장`,
  `…청장`, `…처장`) and five foreign given and family names were read.

- phrasing_deals (50 cases, 70 PARTNER and INVEST events, each a different wording of a deal; written
  2026-12-02 by a helper who read neither the code nor the development set; development data): 0.554 on
  the reader when it came, 0.651 after the deal-wording round (capital increases, payment days, signing
  ceremonies, stake purchases, list members named after their country and trade).

Eighth reader session (2026-12-02, two rounds of helpers: visit dates, participants, triggers,
deals and modality, then deal and meeting wording; batch 8 development data): blind_events 0.845,
blind_events2 0.935, blind_events3 0.929, blind_events4 0.951, blind_events5 0.825, blind_events6
0.884, blind_events7 0.726, blind_events8 0.641 (0.589 before).
- blind_events9 (60 cases, 157 events in the register of everyday business and diplomatic news;
  written 2026-12-02 at the start of that session, never read by anyone working on the reader): 0.526
  on the reader before the session, **0.530** at its end (modality 0.39 -> 0.41; date 0.80, names 0.46,
  org_deal 0.55, roles 0.49, trigger 0.41 unchanged). Only error-shape counts were looked at.
- phrasing_deals and phrasing_meetings (50 short cases each, every case a different wording of a deal
  or of a meeting or visit, written that session by helpers who read neither the code nor the
  development set, then development data): 0.554 and 0.791 on the reader before the round that used
  them, 0.635 and 0.912 after it.

Ninth reader session (2026-12-03, three rounds of helpers: deals, participants, visits and dates on
batch 9; then times, status, names and meeting triggers on two new phrasing batches and the development
set; then background dates and meetings told by their topic; batch 9 development data): blind_events
0.858, blind_events2 0.935, blind_events3 0.929, blind_events4 0.959, blind_events5 0.830,
blind_events6 0.884, blind_events7 0.735, blind_events8 0.662, blind_events9 0.642 (0.530 before),
phrasing_deals 0.682 (0.635 before), phrasing_meetings 0.920 (0.912 before).
- blind_events10 (60 cases, 160 events in the register of wire services and economic dailies: round-ups,
  filings and releases retold, interviews, a minister's week, correspondents abroad, follow-ups; written
  2026-12-03 at the start of that session, never read by anyone working on the reader): 0.529 on the
  reader before the session (date 0.59, modality 0.61, names 0.35, org_deal 0.49, roles 0.59, trigger
  0.44), 0.531 after the first round, **0.556** at the end (date 0.67, names 0.36, org_deal 0.54; 0.542
  without the names round, whose helper saw the batch's gold names, not its texts, while searching
  gold files). Only error-shape counts were looked at.
- phrasing_status (50 short cases, 70 events, each telling the status of an act in a different wording,
  status changes within a text; written that session by a helper who read neither the code nor the
  development set; development data): 0.693 on the reader when it came, 0.734 after plans as they stood
  undone by what is called off nearby, requests told by `-아 달라` after a meeting, `유력하다`, and
  questions put in an adnominal (`-느냐는 질문`).
- phrasing_times (50 short cases, 88 events, each telling when an act took place in a different way;
  written that session by a helper who read neither the code nor the development set; development
  data): 0.715 on the reader when it came, 0.723 after the times round (a season's year, `여` after a
  space is no duration mark, the gathering named again as a place).

Tenth reader session (2026-12-03, one round of helpers on the development set's misses: visits,
meetings, deals, participant sets; speed; batch 10 development data): blind_events 0.863,
blind_events8 0.667, blind_events9 0.676, blind_events10 0.594 (0.556 before); the development set did
not move (args+date+status 0.681, args 0.769).
- blind_events11 (60 cases, 160 events in the register of broadcast news scripts and regional and trade
  papers; written 2026-12-03 at the start of that session, never read by anyone working on the reader):
  0.472 on the reader before the session, **0.477** at its end (date 0.58 -> 0.60; modality 0.30, names
  0.35, org_deal 0.57, roles 0.51, trigger 0.50 unchanged). Only error-shape counts were looked at.

Eleventh reader session (2026-12-03, one round of helpers on batch 11 as development data: names,
deals, modality, dates, participant sets): blind_events4 0.967, blind_events5 0.837, blind_events7
0.790, blind_events8 0.719, blind_events9 0.733, blind_events10 0.709, blind_events11 0.635 (0.477
before), phrasing_deals 0.708, phrasing_meetings 0.942, phrasing_times 0.762, phrasing_status 0.750;
the development set did not move (args+date+status 0.681, args 0.769).
- blind_events12 (60 cases, 161 events in the register of wire copy, press releases and translated
  foreign reporting; written 2026-12-03 at the start of that session, never read by anyone working on
  the reader): 0.544 on the reader before the session, **0.581** at its end. Only its total and class
  figures were looked at.

Twelfth reader session (2026-12-03, one round of six helpers on batch 12 as development data: meetings
not found, meeting participant sets, partnerships, investments, visits, dates and status):
blind_events 0.891, blind_events5 0.843, blind_events7 0.797, blind_events8 0.747, blind_events9 0.748,
blind_events10 0.741, blind_events11 0.640, blind_events12 0.693 (0.581 before), phrasing_deals 0.738,
phrasing_meetings 0.957, phrasing_times 0.769; the development set 0.681 -> 0.691 (args 0.769 -> 0.776).
- blind_events13 (60 cases, 159 events in the register of analysis, features and long-form business
  reporting; written 2026-12-03 at the start of that session, never read by anyone working on the
  reader): 0.429 on the reader before the session, **0.429** at its end, every class unchanged. Only its
  total and class figures were looked at.

Thirteenth reader session (2026-12-03, one round of six helpers on batch 13 as development data: meetings
not found, meeting participant sets, partnerships, investments, visits, dates and status):
blind_events2 0.957, blind_events6 0.891, blind_events7 0.808, blind_events8 0.763, blind_events9 0.787,
blind_events10 0.771, blind_events11 0.695, blind_events12 0.695, blind_events13 0.466 (0.429 before),
phrasing_deals 0.754, phrasing_times 0.807, phrasing_status 0.766; the development set 0.691 -> 0.702
(args 0.776 -> 0.789).
- blind_events14 (60 cases, 160 events in the register of politics, diplomacy and local government;
  written 2026-12-03 at the start of that session, never read by anyone working on the reader): 0.444
  on the reader before the session, **0.443** at its end (roles 0.591 -> 0.578, every other class
  unchanged). Only its total and class figures were looked at.

Fourteenth reader session (2026-12-03, one round of five helpers on batches 13 and 14 as development
data: meetings not found, deals not found, visits, participant sets, and texts cut off mid-sentence with
the status of clauses that have no predicate): blind_events 0.895, blind_events7 0.812, blind_events8
0.760 (a deal now found takes a later plan's month), blind_events10 0.775, blind_events11 0.704,
blind_events12 0.717, blind_events13 0.466 -> 0.557, blind_events14 0.443 -> 0.641, phrasing_times
0.802 (a codeshare agreement now found takes its misdated meeting's day); the development set 0.702 ->
0.707 (args 0.789 -> 0.797).
- blind_events15 (60 cases, 155 events in the register of the IT, start-up and venture-capital press;
  written 2026-12-03 at the start of that session, never read by anyone working on the reader): 0.549
  on the reader before the session, **0.561** at its end (date 0.68 -> 0.69, trigger 0.63 -> 0.70, every
  other class unchanged: modality 0.42, names 0.60, org_deal 0.48, roles 0.38). Only its total and class
  figures were looked at.

Fifteenth reader session (2026-12-03, one round of five helpers on names, modality, deals, dates and
visit roles, with batches 11-15 as development data; the lead on site visits and their hosts, a hosted
gathering's guest, respelled family names, memorials, absences from events here and meetings that name
only the side met; then a short round on companies the text names but nothing knew): blind_events2 0.957
-> 0.963, blind_events4 0.967 -> 0.979, blind_events5 0.843 -> 0.847, blind_events8 0.760 -> 0.777,
blind_events9 0.787 -> 0.793, blind_events10 0.775 -> 0.800, blind_events11 0.704 -> 0.746,
blind_events12 0.717 -> 0.770, blind_events13 0.557 -> 0.667, blind_events14 0.641 -> 0.710,
blind_events15 0.561 -> 0.669, phrasing_deals 0.754 -> 0.779, phrasing_meetings 0.957 -> 0.971,
phrasing_times 0.802 -> 0.860, phrasing_status 0.766 -> 0.791; the development set 0.707 -> 0.727 (args
0.797 -> 0.814).
- blind_events16 (60 cases, 184 events in the register of the markets desk and the energy, automotive
  and battery trade press; written 2026-12-03 at the start of that session, never read by anyone working
  on the reader): 0.568 on the reader before the session, **0.573** at its end (org_deal 0.47 -> 0.50,
  roles 0.52 -> 0.54, trigger 0.59 -> 0.58; date 0.65, modality 0.60, names 0.55 unchanged). Only its
  total and class figures were looked at. Session 34 (names and titles, two visit words, refusals and
  dropped deals, a trip's counted day): **0.589**, and
  0.589 again after a second round (a trip only ranked, families' names, deals of partners acting
  together), again only its total and class figures looked at.

The floors only rise.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from conftest import ROOT, load_jsonl
from test_events import align

import pytest

FLOORS = {"blind_events": 0.89, "blind_events2": 0.96, "blind_events3": 0.92, "blind_events4": 0.98,
          "blind_events5": 0.84, "blind_events6": 0.89, "blind_events7": 0.81, "blind_events8": 0.81,
          "blind_events9": 0.79, "blind_events10": 0.81, "blind_events11": 0.75, "blind_events12": 0.76,
          "blind_events13": 0.69, "blind_events14": 0.70, "blind_events15": 0.68, "blind_events16": 0.58,
          "phrasing_deals": 0.78, "phrasing_meetings": 0.97, "phrasing_status": 0.80, "phrasing_times": 0.88}


def _f1(counts: Counter) -> float:
    precision = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    recall = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    return 2 * precision * recall / max(1e-9, precision + recall)


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_blind_events_stay_above_the_floor(batch):
    overall, by_class = Counter(), defaultdict(Counter)
    for case in load_jsonl(ROOT / "tests" / "fixtures" / batch / "cases.jsonl"):
        missed, left, _ = align(case)
        for counts in (overall, by_class[case["class"]]):
            counts.update(tp=len(case["events"]) - len(missed), fp=len(left), fn=len(missed))
    print(batch, "F1", round(_f1(overall), 3), {k: round(_f1(c), 3) for k, c in sorted(by_class.items())})
    assert _f1(overall) >= FLOORS[batch]
