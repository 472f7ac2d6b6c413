from gen_lib import *
from gen_part1 import SUBJ_A, MID_A1

# 009 on_hold, case A: APN partner link; a question buried in the hold
d = dt("2025-05-14 02:15:37")
HOLD = """Hi Yuki,

Thank you for your patience while we looked into your merge request.

When I reviewed the two certification accounts, I found that the one registered to %s (candidate ID %s) is linked to the AWS Partner Network profile of Tsubame Solutions. Certifications held on a partner-linked account count towards that partner's standing, so we cannot fold such an account into a personal one while the link is in place. I have therefore put this case on hold: the partner association has to be released before the merge can go ahead. Usually the company's Partner Central alliance lead removes it; our partner team can also do it once the employee has left.

In the meantime, it would help us to know whether your employment with Tsubame Solutions is ending, and if so, the date of your last working day. With that I can ask our partner team to detach the account on our side rather than waiting for the company.

Regards,
Priyanka S.
AWS Training and Certification Customer Support
""" % (ME_C, CID_OLD)
MID_A2 = mid("caseA-hold", "c2-cs.amazon.com")
h = std('"Amazon Web Services" <%s>' % TC, ME_P, "RE:" + SUBJ_A, d, MID_A2, irt=MID_A1, refs=MID_A1,
        pre=auth_gmail("amazon.com") + received("a48-31.smtp-out.amazonses.com", "mx.google.com", d))
emit(("on_hold", True, CASE_A, [CID_OLD]),
     "Partner (APN) hold. The request is indirect ('it would help us to know whether... and if so, the date') and sits after a long explanation; no 'please', no question mark. Hold + buried question => needs reply.",
     h, plain(HOLD, cte="quoted-printable"))

# 010 owner forwards the hold mail to the company address (Gmail forward, Japanese UI)
d = dt("2025-05-14 12:10:44", JST)
fw = """明日、佐藤さんにパートナーセントラル側の紐付けを確認してもらう（印刷して持っていく）。

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: 2025年5月14日(水) 11:15
Subject: RE:%s
To: <%s>


""" % (TC, SUBJ_A, ME_P) + HOLD
h = std(addr("Yuki Sakuraba", ME_P), ME_C, "Fwd: RE:" + SUBJ_A, d, "<CAJx7Qm+f9K2vT0-YrS8w1nB3oPq@mail.gmail.com>",
        irt=MID_A2, refs="%s %s" % (MID_A1, MID_A2), pre=auth_m365("gmail.com", ip="209.85.214.170"))
emit(("user_reply", False, CASE_A),
     "Owner forwards the hold mail to the company address with a Japanese note. The forwarded body still contains the hold question and a candidate ID, but it is forwarded history: candidate_ids stay empty.",
     h, alt(plain(fw, cte="quoted-printable"),
            html('<div dir="ltr">明日、佐藤さんにパートナーセントラル側の紐付けを確認してもらう（印刷して持っていく）。<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong>Amazon Web Services</strong> &lt;%s&gt;<br>Date: 2025年5月14日(水) 11:15<br>Subject: RE:%s<br>To: &lt;%s&gt;<br></div><br><br><pre>%s</pre></div></div>\n' % (TC, SUBJ_A, ME_P, HOLD), cte="quoted-printable"), "fw10"))

# 011 Pearson VUE appointment confirmation (exam vendor, company address)
d = dt("2025-05-14 03:31:02")
pv = """Dear Yuki Sakuraba,

Thank you for scheduling your exam with Pearson VUE.

Exam: DVA-C02: AWS Certified Developer - Associate
Candidate ID: %s
Registration ID: 482031657
Appointment: Saturday, June 21, 2025 at 10:00 AM Asia/Tokyo
Location: Online (OnVUE)

Please run the system test on the computer you will use before exam day. To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Pearson VUE
""" % CID_OLD
h = std('"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', ME_C,
        "Confirmation of your AWS Certified Developer - Associate exam appointment", d,
        mid("pv-conf", "pearson.com"), pre=auth_m365("pearson.com", ip="159.182.1.10"))
emit(("unrelated", False, None, [CID_OLD]),
     "Exam-vendor appointment confirmation with a 9-digit registration ID and the old candidate ID (listed: it is the message's own text). Later becomes the subject of console case C.",
     h, plain(pv, cte="7bit"))

# 012 owner answers the hold question inline ('>' quoting, Gmail Japanese attribution)
d = dt("2025-05-14 14:20:09", JST)
MID_A3 = "<CAJx7Qm-9pLw2XcK1FhRt8yDeZo0@mail.gmail.com>"
REP12_NEW = """Hi Priyanka,

Thank you for checking.

> In the meantime, it would help us to know whether your employment with
> Tsubame Solutions is ending, and if so, the date of your last working day.

Yes, I am leaving. My last working day is May 30, 2025; the company mailbox will be closed that evening.

> Usually the company's Partner Central alliance lead removes it

I have also asked our alliance lead to remove the link in Partner Central, so it may be released from both sides.

For reference, the partner-linked account is %s and the one I would like to keep is %s.

Best regards,
Yuki Sakuraba
""" % (CID_OLD, CID_NEW)
rep = REP12_NEW + "\n2025年5月14日(水) 11:15 Amazon Web Services <%s>:\n\n" % TC + quote(HOLD) + "\n"
h = std(addr("Yuki Sakuraba", ME_P), TC, "Re: RE:" + SUBJ_A, d, MID_A3, irt=MID_A2, refs="%s %s" % (MID_A1, MID_A2))
emit(("user_reply", False, CASE_A, [CID_OLD, CID_NEW]),
     "Owner answers the buried hold question inline under '>' quotes, adds both candidate IDs in new text. Contains a quoted request, but the owner wrote it.",
     h, plain(rep, cte="quoted-printable"))
