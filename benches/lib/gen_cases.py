"""Generates an mbox of N messages of AWS T&C case mail, in cases of ten messages each
(acknowledgement, request, the person's reply, update, resolution, survey…):

    python3 benches/lib/gen_cases.py N OUT.mbox

Shared by benches/import_scaling.sh and benches/run_history.sh."""
import sys, email.utils
n, out = int(sys.argv[1]), sys.argv[2]
T0 = 1_600_000_000
bodies = [
  ("support", "Thank you for contacting Amazon Web Services. We have opened case {c} to address your inquiry.\n\nThe details of your case are as follows:\n\nInquiry type: Certification. Details: Account Merge. I left my company and would like to merge my accounts."),
  ("support", "Hello,\n\nWe found two accounts.\n\nAccount #1\nCandidate ID: AWS{a:08d}\nLogin email: taro.yamada.dev@gmail.com\n\nAccount #2\nCandidate ID: AWS{b:08d}\nLogin email: t.yamada@example-corp.co.jp\n\nCould you confirm that we may merge Account #2 into Account #1?\n\nBest regards,\nAWS Training and Certification"),
  ("me", "Confirmed. Please merge Account #2 into Account #1."),
  ("support", "Hello,\n\nThank you. We are still working on the merge and will update you shortly.\n\nBest regards,\nAWS Training and Certification"),
  ("support", "Hello,\n\nI have successfully merged Account #2 into Account #1.\n\nBest regards,\nAWS Training and Certification"),
  ("me", "Thank you!"),
  ("support", "Hello,\n\nYour badges have been re-issued under your personal address.\n\nBest regards,\nAWS Training and Certification"),
  ("me", "Got them, thanks."),
  ("support", "Hello,\n\nThe exam history is now showing on your account. I am closing this case.\n\nBest regards,\nAWS Training and Certification"),
  ("support", "We value your feedback. Please rate this case: https://pulse.aws/survey/x\n\nAWS Training and Certification"),
]
with open(out, "w") as f:
    for i in range(n):
        case, step = divmod(i, 10)
        c = f"{1700000000 + case:d}00{case % 1000:03d}"
        who, body = bodies[step]
        t = T0 + case * 3600 + step * 60
        d = email.utils.formatdate(t)
        if who == "me":
            frm, to = "Taro <taro.yamada.dev@gmail.com>", "aws-cs-trainingcertification-form@amazon.com"
        else:
            frm, to = "AWS <aws-cs-trainingcertification-form@amazon.com>", "taro.yamada.dev@gmail.com"
        f.write(f"From bench {d}\n")
        f.write(f"From: {frm}\nTo: {to}\nSubject: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance\n")
        f.write(f"Date: {d}\nMessage-ID: <m{i}@bench>\n")
        if step:
            f.write(f"In-Reply-To: <m{i-1}@bench>\n")
        f.write("\n" + body.format(c=c, a=case, b=case + 1) + "\n\n")
