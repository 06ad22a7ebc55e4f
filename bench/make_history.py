#!/usr/bin/env python3
"""Writes a synthetic interchange folder with N enrolments (about 4.4 rows in all files per
enrolment) for the import and report benchmarks: bench/make_history.py DIR N [seed]."""
import csv, os, random, sys
from datetime import date, timedelta

out, n = sys.argv[1], int(sys.argv[2])
rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2026)
os.makedirs(out, exist_ok=True)
countries = ["KE", "FR", "BR", "IN", "SN", "PE", "IT", "US", "CN", "NG", "EG", "MX", "PH", "VN", "ZA", "AR", "BD", "ET", "GH", "CO"]
modalities = ["face_to_face", "online_tutored", "self_guided", "blended"]
participants = max(1, int(n * 0.7))
activities = max(1, n // 200)

def w(name, header, rows):
    with open(os.path.join(out, name), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)

w("participants.csv", ["participant_id", "gender", "birth_year", "country", "constituent"],
  ((f"P{i}", rnd.choice(["female", "male", "female", "male", "other", ""]), rnd.choice([""] + list(range(1950, 2005))),
    rnd.choice(countries), rnd.choice(["government", "employers", "workers", "other"])) for i in range(participants)))
# ten partners, each with one activity in 200 (no random draws, so the rest of the folder is as before)
w("partners.csv", ["partner_id", "name", "country"], ((f"PN{k}", f"Partner {k}", countries[k]) for k in range(10)))
starts = {}
def activity_rows():
    for i in range(activities):
        start = date(2018, 1, 1) + timedelta(days=rnd.randrange(7 * 365))
        starts[i] = start
        yield (f"A{i}", f"Activity {i}", modalities[i % 4], start.isoformat(), "", "en", f"PN{i // 20 % 10}" if i % 20 == 0 else "")
w("activities.csv", ["activity_id", "title", "modality", "start_date", "end_date", "language", "partner_id"], activity_rows())
enrolled = []
def enrolment_rows():
    for i in range(n):
        a = rnd.randrange(activities)
        on = starts[a] - timedelta(days=rnd.randrange(60)) if a % 4 != 2 else date(2018, 1, 1) + timedelta(days=rnd.randrange(7 * 365))
        status = rnd.choices(["enrolled", "completed", "withdrawn"], [30, 64, 6])[0]
        enrolled.append((i, status, on))
        yield (f"E{i}", f"P{rnd.randrange(participants)}", f"A{a}", on.isoformat(), status,
               (on + timedelta(days=30)).isoformat() if status == "completed" else "")
w("enrolments.csv", ["enrolment_id", "participant_id", "activity_id", "enrolled_on", "status", "completed_on"], enrolment_rows())
w("satisfaction.csv", ["enrolment_id", "submitted_on", "overall"],
  ((f"E{i}", "", rnd.choices([5, 4, 3, 2, 1], [55, 35, 7, 2, 1])[0]) for i, s, on in enrolled if rnd.random() < 0.6))
w("knowledge_tests.csv", ["enrolment_id", "pre_score", "post_score"],
  ((f"E{i}", p, max(0, min(100, p + rnd.randrange(-10, 40)))) for i, s, on in enrolled if rnd.random() < 0.5 for p in [rnd.randrange(0, 90)]))
w("followups.csv", ["enrolment_id", "responded_on", "can_apply", "example_given"],
  ((f"E{i}", (on + timedelta(days=200)).isoformat(), rnd.choice(["yes", "yes", "no"]), rnd.choice(["yes", "no"]))
   for i, s, on in enrolled if s == "completed" and rnd.random() < 0.2))
creds = [(f"C{i}", f"E{i}", (on + timedelta(days=31)).isoformat()) for i, s, on in enrolled if s == "completed" and rnd.random() < 0.5]
w("credentials.csv", ["credential_id", "enrolment_id", "issued_on"], creds)
w("credential_views.csv", ["credential_id", "viewed_at", "viewer_id"],
  ((c[0], f"{c[2]}T{rnd.randrange(24):02d}:{rnd.randrange(60):02d}:{k:02d}Z", f"V{rnd.randrange(n)}") for c in creds for k in range(rnd.randrange(2))))
