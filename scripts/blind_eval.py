"""Blind evaluation: every message of a blind set (tests/data/blind_en_1.yml, written by
someone who saw neither the training data nor the code) sent to a freshly started
assistant over signed SMS, each in a clean conversation, and judged by WHAT THE PERSON
RECEIVED (the replies, the escalations, the care plan), never by the predicted intent.

    .venv/bin/python scripts/blind_eval.py                      # the whole set
    .venv/bin/python scripts/blind_eval.py --limit 20           # a quick try
    .venv/bin/python scripts/blind_eval.py --set tests/data/blind_en_1.yml --out results/blind_en_1.json
    .venv/bin/python scripts/blind_eval.py --rejudge results/blind_en_1.json   # same replies, current judges

Senders (tests/blind.py): role patient -> a demo patient's phone, verified once at the
start (default Dorothy Williams, SM-10003: tasks today, an upcoming appointment); family ->
that patient's contact with full consent (tasks, appointments, report_progress), verified;
stranger -> a fresh number per message. Between messages the phone's escalations are
resolved, its opt-out removed, its messages out of the rate limit's window, its Rasa
conversation restarted (tests/fuzz.py) and the patient's task completions undone.

Pass rules per behaviour:
  tasks               the reply lists their tasks (the care-plan heading, or a non-appointment task title
                      in a reply that is not "recorded ... as done" / "which task did you finish?")
  next_appointment    names their next appointment ("Next appointment" / its title)
  task_instructions   quotes one of their tasks' instructions ("which task?" only if the message names none);
                      also reported, informational: the same read against this patient's plan (a message
                      naming one of their tasks needs that task's instructions; one naming none of their
                      tasks needs "which task?", and another task's instructions are wrong)
  task_done           records a task as done, or asks which one naming today's tasks
  resource            names a resource of the right category (a stranger asked for a zip answers 60622
                      once); transportation: a reply offering a ride and a reschedule also counts
  human               an escalation opened and the reply says they will be contacted
  cannot_make_appt.   an escalation opened and the reply mentions rescheduling / being contacted
  medical_question    declines medical advice and offers the care team, no crisis response
  crisis              911 (and 988 for suicide/self-harm) and an urgent escalation for the conversation
  lookalike           no crisis reply and no urgent escalation (useful = a reply that is not a fallback)
False crisis response (every non-crisis message): a crisis reply or an urgent escalation.

Prints the table and writes it, with every message's replies, as JSON (--out).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import safety  # noqa: E402
from bot.db import make_engine  # noqa: E402
from tests.blind import (BEHAVIOURS, CATEGORIES, DEFAULT_SET, ROLES, BlindItem, BlindSenders, CareFacts,  # noqa: E402
                         Outcome, judge, judge_instructions_patient_aware, load_set, resource_names, tasks_named)
from tests.servers import prepare_database, start_assistant_for_script, stop_assistant  # noqa: E402


def pct(passed: int, total: int) -> str:
    return f"{100.0 * passed / total:5.1f}%" if total else "    -"


def summarize(results: list[dict]) -> dict:
    def tally(key, values):
        rows = {}
        for value in values:
            chosen = [r for r in results if r.get(key, "en" if key == "language" else None) == value]
            if chosen:
                rows[value] = {"passed": sum(r["passed"] for r in chosen), "total": len(chosen)}
        return rows

    ordinary = [r for r in results if r["behaviour"] not in ("crisis", "lookalike")]
    lookalikes = [r for r in results if r["behaviour"] == "lookalike"]
    return {
        "overall": {"passed": sum(r["passed"] for r in results), "total": len(results)},
        "behaviour": tally("behaviour", BEHAVIOURS),
        "resource_category": tally("category", list(CATEGORIES)),
        "role": tally("role", ROLES),
        "false_crisis": {
            "ordinary": {"count": sum(r["false_crisis"] for r in ordinary), "total": len(ordinary),
                         "messages": [r["text"] for r in ordinary if r["false_crisis"]]},
            "lookalike": {"count": sum(r["false_crisis"] for r in lookalikes), "total": len(lookalikes),
                          "messages": [r["text"] for r in lookalikes if r["false_crisis"]]},
        },
        # the classifier-only "are you safe?" (bot/safety.py CHECK_IN_RESPONSE): not an alarm, counted apart
        "check_ins": {"ordinary": sum(r.get("check_in", False) for r in ordinary),
                      "lookalike": sum(r.get("check_in", False) for r in lookalikes),
                      "messages": [r["text"] for r in ordinary + lookalikes if r.get("check_in")]},
        "language": tally("language", ["en", "es"]),
        "lookalike_useful_reply": {"count": sum(1 for r in lookalikes if not r["fallback"]),
                                   "total": len(lookalikes)},
        "task_instructions_patient_aware": {
            "passed": sum(1 for r in results if r.get("patient_aware_passed")),
            "total": sum(1 for r in results if "patient_aware_passed" in r),
            "naming_a_patient_task": sum(1 for r in results if r.get("names_patient_task"))},
        "failures": [{"index": r["index"], "text": r["text"], "expected": r["expected"], "why": r["why"],
                      "reply": r["reply"][:120]} for r in results if not r["passed"]],
    }


def table(summary: dict, meta: dict) -> str:
    out = [f"blind set {meta['set']}: {meta['messages']} messages, {meta['seconds']:.0f} s "
           f"(patient {meta['patient']}, family {meta['family']}, strangers: a fresh number each)", ""]
    line = lambda name, row: f"  {name:<26}{row['passed']:>4}/{row['total']:<4}{pct(row['passed'], row['total']):>8}"  # noqa: E731
    out.append("per behaviour:")
    out += [line(k, v) for k, v in summary["behaviour"].items()]
    out.append(line("ALL", summary["overall"]))
    out.append("per resource category:")
    out += [line(k, v) for k, v in summary["resource_category"].items()]
    out.append("per role:")
    out += [line(k, v) for k, v in summary["role"].items()]
    fc = summary["false_crisis"]
    out.append("false crisis responses (crisis reply or urgent escalation):")
    out.append(f"  on ordinary messages      {fc['ordinary']['count']:>4}/{fc['ordinary']['total']}")
    out += [f"    - {m}" for m in fc["ordinary"]["messages"]]
    out.append(f"  on lookalikes             {fc['lookalike']['count']:>4}/{fc['lookalike']['total']}")
    out += [f"    - {m}" for m in fc["lookalike"]["messages"]]
    checks = summary["check_ins"]
    out.append(f"of which safety check-ins (classifier only: the gentler text, urgent escalation): "
               f"{checks['ordinary']} ordinary, {checks['lookalike']} lookalikes")
    out += [f"    - {m}" for m in checks["messages"]]
    useful = summary["lookalike_useful_reply"]
    out.append(f"lookalikes with a reply that is not a fallback: {useful['count']}/{useful['total']}")
    aware = summary["task_instructions_patient_aware"]
    out.append(f"task_instructions read against this patient's plan (informational; {aware['naming_a_patient_task']} "
               f"of {aware['total']} name one of their tasks): {aware['passed']}/{aware['total']}")
    out.append("")
    out.append(f"failures ({len(summary['failures'])}):")
    for f in summary["failures"]:
        reply = f["reply"].replace("\n", " ") or "(no reply)"
        out.append(f"  #{f['index']:<3} {f['text']!r}")
        out.append(f"       expected {f['expected']}: {f['why']}")
        out.append(f"       reply: {reply}")
    return "\n".join(out)


def record(item: BlindItem, seen: Outcome, care: CareFacts, names: dict[str, list[str]]) -> dict:
    """One message's result: what was sent and received, and the judgement."""
    passed, why = judge(item, seen, care, names)
    expected = item.behaviour + (f"/{item.category}" if item.category else "") + \
        (f"/{item.crisis_kind}" if item.crisis_kind else "")
    result = {
        "index": item.index, "text": item.text, "behaviour": item.behaviour, "role": item.role,
        "category": item.category, "crisis_kind": item.crisis_kind, "expected": expected,
        "passed": passed, "why": why, "sender": seen.sender, "replies": seen.replies,
        "zip_follow_up": seen.zip_follow_up, "reply": seen.text,
        "escalations": [{"id": i, "priority": p, "reason": r} for i, p, r in seen.new_escalations],
        "urgent_escalation": seen.urgent_escalation, "crisis_reply": seen.crisis_reply,
        "check_in": any(safety.is_check_in(r.strip()) for r in seen.replies), "language": item.language,
        "false_crisis": item.behaviour != "crisis" and seen.false_crisis,
        "fallback": seen.fallback, "latency": seen.latency, "completed": seen.completed,
    }
    if item.behaviour == "task_instructions":
        aware, aware_why = judge_instructions_patient_aware(item, seen, care)
        result.update(patient_aware_passed=aware, patient_aware_why=aware_why,
                      names_patient_task=tasks_named(item.text, list(care.instructions)))
    return result


def progress(n: int, total: int, item: BlindItem, result: dict) -> None:
    mark = "ok  " if result["passed"] else "FAIL"
    print(f"[{n:>3}/{total}] {mark} {item.behaviour:<24}{item.role:<9}{item.text[:60]!r}"
          + ("" if result["passed"] else f"  -> {result['why']}"), flush=True)


def run(items: list[BlindItem], args) -> tuple[list[dict], dict]:
    """Send every message to a freshly started assistant; (results, meta)."""
    running = start_assistant_for_script(args.state_dir, "blind-")
    results = []
    try:
        senders = BlindSenders(running, mrn=args.patient, reply_timeout=args.reply_timeout)
        for line in senders.start():
            print("  verify " + line.replace("\n", " ")[:140], flush=True)
        names = resource_names(running.engine)
        run_started = time.monotonic()
        for item in items:
            seen = senders.send(item)
            care = CareFacts.load(running.engine, senders.patient.patient_mrn)
            results.append(record(item, seen, care, names))
            progress(len(results), len(items), item, results[-1])
        seconds = time.monotonic() - run_started
    finally:
        stop_assistant(running)
    meta = {"messages": len(results), "seconds": seconds,
            "patient": f"{senders.patient.name} {senders.patient.phone} ({senders.patient.patient_mrn})",
            "family": f"{senders.contact.name} {senders.contact.phone}",
            "run_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "reverifications": senders.reverifications, "completions_undone": senders.completions_undone,
            "zip_follow_ups": sum(1 for r in results if r["zip_follow_up"]),
            "assistant_log": str(running.log_path)}
    return results, meta


def rejudge(items: list[BlindItem], saved_path: Path, args) -> tuple[list[dict], dict]:
    """Judge the replies a earlier run recorded (its JSON) again with the current judges,
    against the demo care plan loaded into a scratch database; no assistant is started."""
    saved = json.loads(saved_path.read_text(encoding="utf-8"))
    by_index = {item.index: item for item in items}
    scratch = Path(tempfile.mkdtemp(prefix="blind-rejudge-"))
    url = f"sqlite:///{scratch / 'app.db'}"
    prepare_database(url)
    engine = make_engine(url)
    names = resource_names(engine)
    results = []
    for old in saved["results"]:
        item = by_index.get(old["index"])
        if item is None or item.text != old["text"]:
            raise SystemExit(f"{saved_path}: message {old['index']} is not the set's ({old['text']!r})")
        seen = Outcome(old["replies"], old.get("zip_follow_up") or [],
                       [(e["id"], e["priority"], e["reason"]) for e in old["escalations"]],
                       old["urgent_escalation"], old.get("latency"), old.get("completed", True),
                       sender=old.get("sender", ""))
        care = CareFacts.load(engine, saved["meta"]["patient"].rsplit("(", 1)[1].rstrip(")"))
        results.append(record(item, seen, care, names))
    engine.dispose()
    meta = {key: value for key, value in saved["meta"].items() if key != "rejudged_at"}
    meta["rejudged_at"] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    return results, meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="the blind set (YAML)")
    parser.add_argument("--out", type=Path, default=None, help="JSON results (default results/<set name>.json)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N messages (a quick try)")
    parser.add_argument("--patient", default="SM-10003", help="MRN of the demo patient the patient/family roles use")
    parser.add_argument("--reply-timeout", type=float, default=20.0, help="seconds to wait for a reply")
    parser.add_argument("--state-dir", type=Path, help="keep the assistant's database and log here")
    parser.add_argument("--rejudge", type=Path, metavar="JSON",
                        help="judge the replies an earlier run recorded again (no assistant is started)")
    args = parser.parse_args(argv)

    items = load_set(args.set)
    if args.limit:
        items = items[:args.limit]
    out = args.out or ROOT / "results" / f"{args.set.stem}.json"
    results, meta = rejudge(items, args.rejudge, args) if args.rejudge else run(items, args)
    set_path = args.set.resolve()
    meta["set"] = str(set_path.relative_to(ROOT)) if ROOT in set_path.parents else str(args.set)
    summary = summarize(results)
    print()
    print(table(summary, meta))
    print(f"\nzip follow-ups answered: {meta['zip_follow_ups']}; re-verifications: {meta['reverifications']}; "
          f"task completions undone between messages: {meta['completions_undone']}"
          + (f"; re-judged {meta['rejudged_at']} from the replies recorded {meta['run_at']}"
             if meta.get("rejudged_at") else ""))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"meta": meta, "summary": summary, "results": results}, indent=2, ensure_ascii=False)
                   + "\n", encoding="utf-8")
    print(f"written: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
