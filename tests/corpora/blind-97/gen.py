#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).
Writes NNN-msg.eml + NNN-msg.json into the directory holding this script."""
import os, json, base64, quopri, hashlib, html, glob
from email.header import Header
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
ME = "h.morimoto.dev@gmail.com"
CO = "haruka.morimoto@kestrel-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TCN = "AWS Training and Certification"
CON = "no-reply-aws@amazon.com"
UTC = timezone.utc
JST = timezone(timedelta(hours=9))

C1 = "8032871645"          # 2021, 10 digits
C2 = "16904417238"         # 2023 console case, 11 digits
C3 = "174531840211873"     # 2025 main merge, 15 digits
C4 = "174531905508412"     # duplicate form submission
C6 = "174690331207759"     # benefit voucher, Japanese
C8 = "174872150904316"     # third (Partner Central SSO) profile

SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
MSGS = []


def d(y, mo, da, h, mi, tz=UTC):
    return datetime(y, mo, da, h, mi, (y * mo * da + mi) % 60, tzinfo=tz)


def enc_hdr(s, cs="utf-8"):
    if s.isascii():
        return s
    return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    if name.isascii():
        return f'"{name}" <{a}>' if ("," in name or "." in name) else f"{name} <{a}>"
    return f"{Header(name, cs).encode()} <{a}>"


def leaf(ctype, text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    h = f'Content-Type: {ctype}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n'
    return h.encode("ascii"), body


def multipart(sub, parts, tag, extra=""):
    b = "----=_Part_" + hashlib.md5(tag.encode()).hexdigest()[:20]
    h = f'Content-Type: multipart/{sub};{extra} boundary="{b}"\n'.encode()
    body = b"This is a multi-part message in MIME format.\n\n" if sub != "report" else b""
    for ph, pb in parts:
        body += f"--{b}\n".encode() + ph + b"\n" + pb
    body += f"--{b}--\n".encode()
    return h, body


def to_html(text, style="font-family:Arial,sans-serif;font-size:14px"):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [html.escape(x) for x in para.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>".join(l.replace("&gt; ", "", 1) for l in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return f'<html><head><meta charset="utf-8"></head><body><div style="{style}">\n' + "\n".join(out) + "\n</div></body></html>\n"


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def mid(n, dom):
    hx = hashlib.sha1(f"msg{n}{dom}".encode()).hexdigest()
    if dom == "gmail":
        return f"<CAK{hx[:8]}+{hx[8:20]}-{hx[20:30]}@mail.gmail.com>"
    if dom == "outlook":
        return f"<TY{hx[:4].upper()}PR01MB{hx[4:8]}{hx[8:20].upper()}@TYCPR01MB{hx[20:24]}.jpnprd01.prod.outlook.com>"
    if dom == "ses":
        return f"<0100{hx[:12]}-{hx[12:20]}-{hx[20:24]}-{hx[24:28]}-{hx[28:40]}-000000@email.amazonses.com>"
    return f"<{hx[:24]}@{dom}>"


def gmail_ar(dom, mailfrom, ok=True, sel="sel1"):
    if ok:
        return (f"mx.google.com;\n       dkim=pass header.i=@{dom} header.s={sel} header.b=Qx7d1Kp2;\n"
                f"       spf=pass (google.com: domain of {mailfrom} designates 54.240.27.{len(dom)+10} as permitted sender) smtp.mailfrom={mailfrom};\n"
                f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")
    return (f"mx.google.com;\n       dkim=fail header.i=@{dom} header.s={sel} header.b=Zr0aQ1mm;\n"
            f"       spf=softfail (google.com: domain of transitioning {mailfrom} does not designate 185.244.30.17 as permitted sender) smtp.mailfrom={mailfrom};\n"
            f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={dom}")


def ms_ar(dom):
    return (f"spf=pass (sender IP is 54.240.8.{len(dom)}) smtp.mailfrom={dom}; dkim=pass (signature was verified)\n"
            f" header.d={dom};dmarc=pass action=none header.from={dom};compauth=pass reason=100")


def add(date, frm, to, subject, label, body=None, html_body=None, cs="utf-8", cte="quoted-printable",
        hcs="utf-8", hcte="quoted-printable", crlf=False, irt=None, refs=None, cc=None, ar=None,
        mdom="ses", extra=None, raw_content=None, subj_cs="utf-8", note=""):
    n = len(MSGS) + 1
    m = mid(n, mdom)
    h = []
    if ar:
        h.append(("Authentication-Results", ar))
    h.append(("Date", format_datetime(date)))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", enc_hdr(subject, subj_cs)))
    h.append(("Message-ID", m))
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", " ".join(refs or [irt])))
    for k, v in (extra or []):
        h.append((k, v))
    h.append(("MIME-Version", "1.0"))
    if raw_content is not None:
        ch, cb = raw_content
    elif body is not None and html_body is not None:
        ch, cb = multipart("alternative", [leaf("text/plain", body, cs, cte), leaf("text/html", html_body, hcs, hcte)], f"a{n}")
    elif html_body is not None:
        ch, cb = leaf("text/html", html_body, hcs, hcte)
    else:
        ch, cb = leaf("text/plain", body, cs, cte)
    data = "".join(f"{k}: {v}\n" for k, v in h).encode("ascii") + ch + b"\n" + cb
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    kind, nr, case, cands = label
    MSGS.append(dict(n=n, data=data, label={"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cands},
                     subject=subject, note=note, date=date))
    return m


def S(case, re="RE:[CASE "):
    return f"{re}{case}] {SUBJ}"


TCFROM = addr(TCN, TC)
CONFROM = addr("Amazon Web Services", CON)

# =====================================================================  2021
add(d(2021, 3, 2, 6, 10), addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), CO,
    "Confirmation of your AWS Certified Solutions Architect - Associate exam appointment",
    ("unrelated", False, None, []), ar=ms_ar("pearson.com"), mdom="pearson.com",
    body="""Dear Haruka Morimoto,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Associate (SAA-C02)
Registration ID: 418827305
Appointment: Saturday, March 13, 2021 at 10:00 AM JST
Delivery: OnVUE online proctored

If you need to reschedule or cancel, please do so at least 24 hours before your appointment.
Run the system test on the computer you will use before exam day.

Pearson VUE Candidate Services
""", note="exam vendor; 9-digit registration ID; 'please reschedule' boilerplate")

add(d(2021, 3, 13, 9, 45), addr("AWS Certification", "do-not-reply@certmetrics.com"), CO,
    "Congratulations! You are now AWS Certified",
    ("certification", False, None, ["AWS05519038"]), ar=ms_ar("certmetrics.com"), mdom="certmetrics.com",
    body="""Hello Haruka,

Congratulations on passing the AWS Certified Solutions Architect - Associate exam.

Candidate ID: AWS05519038
Validation number: 8KQ2M4R1DFE11W3S
Certification date: March 13, 2021
Expiration: March 13, 2024

Your digital badge will be issued by Credly within the next few days. Sign in to your AWS Certification Account to download your certificate and view your benefits, including a 50% discount on your next exam.

AWS Training and Certification
""", note="certmetrics notice on the company address; candidate ID and validation number")

a003 = add(d(2021, 6, 14, 3, 2), TCFROM, ME, f"[CASE {C1}] {SUBJ}",
           ("acknowledgement", False, C1, []), ar=gmail_ar("amazon.com", "0100017a0b@amazonses.com"), cte="7bit",
           body=f"""Hello Haruka,

Thanks for reaching out to AWS Training and Certification. Your request has been logged under case ID {C1}, and someone from our team will pick it up shortly. Most requests receive a first response within one business day.

What you submitted:
  Inquiry type: Certification
  Detail: Account Merge
  Description: I seem to have two certification profiles under h.morimoto.dev@gmail.com. My Credly badges from 2019 stopped showing after I signed in with the new sign-in method.

To avoid delays, we kindly ask that you not submit the same request again through the form; additional cases for the same issue are queued separately.

Regards,
AWS Training and Certification Customer Service
""", note="ack with 'we kindly ask that you not submit' - polite ask that needs no reply")

q004 = f"""Hi Haruka,

My name is Priya and I'll be looking after your case.

I had a look at the records attached to your email address. When the certification portal moved away from signing in with Amazon.com credentials, a number of candidates ended up with a second profile, and that is almost certainly what happened here. Credly is fed from one profile only, so badges earned on the other profile don't reach your Credly wallet. The fix is to combine the two profiles; exam history, certifications and benefits from both end up in the one that is kept.

Because both profiles carry the same address, I can't tell from my side with certainty which one holds your 2019 exam history. What I'll need from you is the candidate ID shown in the top-right corner of each profile after you sign in (it starts with AWS followed by eight digits), and which of the two you normally sign in with.

Best regards,
Priya S.
AWS Training and Certification"""
a004 = add(d(2021, 6, 15, 4, 12), TCFROM, ME, S(C1), ("info_request", True, C1, []),
           ar=gmail_ar("amazon.com", "0100017a10@amazonses.com"), body=q004 + "\n", irt=a003,
           note="request buried at the end of a long explanation; 'What I'll need from you' without please; 'AWS followed by eight digits' is not an ID")

a005 = add(d(2021, 6, 15, 11, 30), addr("Haruka Morimoto", ME), addr(TCN, TC), S(C1, "Re: RE:[CASE "),
           ("user_reply", False, C1, ["AWS01863420", "AWS02277154"]), mdom="gmail", irt=a004, refs=[a003, a004], cte="7bit",
           body=f"""Hi Priya,

Thank you for looking into this.

The profile I normally sign in with: AWS01863420
The other one: AWS02277154

Best,
Haruka Morimoto

On Tue, Jun 15, 2021 at 1:12 PM AWS Training and Certification <{TC}> wrote:

{q(q004)}
""", note="user gives two candidate IDs; Gmail quoting of the request")

q006 = """Hi Haruka,

Thanks for the IDs. Here is what I have in mind: AWS01863420 stays as your profile, and AWS02277154 gets folded into it. After that you'd sign in only with the profile you use today, and the 2019 exams and badges would sit there too.

Does that match what you want? Nothing changes until you confirm.

Priya S.
AWS Training and Certification"""
a006 = add(d(2021, 6, 16, 2, 40), TCFROM, ME, S(C1), ("confirmation_request", True, C1, ["AWS01863420", "AWS02277154"]),
           ar=gmail_ar("amazon.com", "0100017a14@amazonses.com"), irt=a005, refs=[a003, a004, a005], crlf=True,
           body=q006 + "\n\n" + "On 15/06/2021 11:30, Haruka Morimoto wrote:\n" + q("The profile I normally sign in with: AWS01863420\nThe other one: AWS02277154") + "\n",
           note="merge confirmation by candidate IDs instead of Account #1/#2; bare question 'Does that match what you want?'; CRLF")

a007 = add(d(2021, 6, 16, 8, 5), addr("Haruka Morimoto", ME), addr(TCN, TC), S(C1, "Re: RE:[CASE "),
           ("user_reply", False, C1, ["AWS01863420"]), mdom="gmail", irt=a006, refs=[a003, a004, a005, a006], cte="7bit",
           body=f"""Yes, that's right - please keep AWS01863420.

Thanks,
Haruka

On Wed, Jun 16, 2021 at 11:40 AM AWS Training and Certification <{TC}> wrote:
{q(q006)}
""", note="short confirmation; quoted question below")

q008 = """Hi Haruka,

All done: AWS02277154 has been merged into AWS01863420. Your exam history now shows all five exams, and the certifications from 2019 are listed on the profile you sign in with. It can take Credly up to 48 hours to pick up the change.

No further action is required from your side.

Priya S.
AWS Training and Certification"""
a008 = add(d(2021, 6, 17, 1, 15), TCFROM, ME, S(C1), ("resolved", False, C1, ["AWS02277154", "AWS01863420"]),
           ar=gmail_ar("amazon.com", "0100017a19@amazonses.com"), irt=a007, refs=[a003, a004, a005, a006, a007],
           body=q008 + "\n\nOn Wed, Jun 16, 2021 at 5:05 PM Haruka Morimoto <" + ME + "> wrote:\n> Yes, that's right - please keep AWS01863420.\n>\n> On Wed, Jun 16, 2021 at 11:40 AM AWS Training and Certification wrote:\n" + q(q006, "> > ") + "\n",
           note="completion with the earlier question quoted two levels deep")

add(d(2021, 6, 17, 9, 30), addr("Credly", "admin@youracclaim.com"), ME,
    "Amazon Web Services Training and Certification has issued you a new badge",
    ("badge", False, None, []), ar=gmail_ar("youracclaim.com", "bounces@youracclaim.com"), mdom="youracclaim.com",
    body="""Hi Haruka,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Cloud Practitioner

Accept your badge to add it to your profile and share it with your network.
https://www.youracclaim.com/earner/earned/badge/5c1f7b0e-93aa-4d0e-a1f2-7e0f2b6d9c01

Credly
""", html_body=to_html("""Hi Haruka,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Cloud Practitioner

[Accept your badge]

Credly"""), note="Credly on the old youracclaim domain; 'Accept your badge' is not a support ask; UUID in link")

add(d(2021, 6, 20, 14, 0), addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME,
    "Registration is open: AWS re:Invent 2021",
    ("unrelated", False, None, []), ar=gmail_ar("amazon.com", "aws-marketing@amazonses.com"),
    body="""Registration for AWS re:Invent 2021 is now open.

Join us in Las Vegas, November 29 - December 3, or watch the keynotes online for free.

Register now and reserve your seat for the sessions you care about. Please reply to this email if you have questions about group passes.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
To unsubscribe, visit the preferences center.
""", html_body=to_html("""Registration for AWS re:Invent 2021 is now open.

Join us in Las Vegas, November 29 - December 3, or watch the keynotes online for free.

Register now and reserve your seat."""), note="AWS marketing from amazon.com; 'please reply' for group passes")

a011 = add(d(2021, 6, 24, 12, 20), addr("Haruka Morimoto", ME), addr(TCN, TC), "Credly badges still show as expired",
           ("user_reply", False, C1, []), mdom="gmail", irt=a008, refs=[a003, a004, a005, a006, a007, a008], cte="7bit",
           body="""Hi Priya,

Sorry to come back on this. The merge worked on the certification side, but on Credly my two 2019 badges still show as expired, and the renewed certifications don't appear at all. Could you take another look?

Thanks,
Haruka
""", note="reply to a resolved case with no case number in the subject: threaded only by In-Reply-To/References (reopens the case)")

a012 = add(d(2021, 6, 25, 3, 50), TCFROM, ME, S(C1), ("case_update", False, C1, ["AWS01863420"]),
           ar=gmail_ar("amazon.com", "0100017a40@amazonses.com"), irt=a011, refs=[a003, a008, a011], crlf=True, cte="7bit",
           body="""Hello Haruka,

Tomasz here; Priya is out this week, so I'm picking this up. I've reopened the case.

The two 2019 badges were still attached to the retired profile. I've pointed them at AWS01863420 and asked Credly to issue them again. Re-issued badges normally arrive as new emails from Credly within a day or two, and I'll check back on Monday to make sure they are there.

If there's anything else you'd like me to look at meanwhile, feel free to reply to this message.

Tomasz W.
AWS Training and Certification
""", note="reopened case, progress only; ends with a conditional reply invitation")

add(d(2021, 6, 26, 7, 10), addr("Credly", "admin@youracclaim.com"), ME,
    "You've been issued 2 badges from Amazon Web Services Training and Certification",
    ("badge", False, None, []), ar=gmail_ar("youracclaim.com", "bounces@youracclaim.com"), mdom="youracclaim.com", cte="base64",
    body="""Hi Haruka,

Good news: 2 badges are waiting for you.

- AWS Certified Developer - Associate
- AWS Certified SysOps Administrator - Associate

Claim them now so your network can see your achievements.

Credly, Inc.
""", note="badge mail, base64; 'Claim them now'")

add(d(2021, 6, 28, 2, 30), TCFROM, ME, S(C1), ("resolved", False, C1, []),
    ar=gmail_ar("amazon.com", "0100017a55@amazonses.com"), irt=mid(12, "ses"), refs=[a003, a011, mid(12, "ses")],
    body="""Hello Haruka,

I can see both re-issued badges active on Credly this morning, so I'm marking this case resolved.

Thanks for your patience while we sorted this out.

Tomasz W.
AWS Training and Certification

--
How did I do? Please take 30 seconds to rate this response:
Excellent | Good | Poor
""", html_body=to_html("""Hello Haruka,

I can see both re-issued badges active on Credly this morning, so I'm marking this case resolved.

Thanks for your patience while we sorted this out.

Tomasz W.
AWS Training and Certification""") + '<p style="font-size:11px;color:#666">How did I do? Please take 30 seconds to rate this response: <a href="#">Excellent</a> | <a href="#">Good</a> | <a href="#">Poor</a></p>\n',
    note="resolution with a rating footer ('Please take 30 seconds')")

add(d(2021, 6, 29, 16, 0), addr("AWS Training and Certification", "aws-training-feedback@amazon.com"), ME,
    f"Tell us how we did on case {C1}", ("survey", False, C1, []),
    ar=gmail_ar("amazon.com", "feedback@amazonses.com"),
    body=f"""Hello,

Your recent case with AWS Training and Certification Customer Service ({C1}) was closed.

We'd like to know how it went. The survey has three questions and takes about two minutes:
https://survey.example-aws-feedback.amazon.com/s/{C1}

Your answers help us improve.

AWS Training and Certification
""", note="standalone satisfaction survey after the case")

# =====================================================================  2023
add(d(2023, 7, 3, 9, 0), CONFROM, ME,
    "Amazon Web Services Billing Statement Available [Account: 482019557310]",
    ("unrelated", False, None, []), ar=gmail_ar("amazon.com", "0100018911@amazonses.com"),
    body="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 7310, is available on the AWS web site. Your account will be charged the following:

Total: USD 3.42

You can see a complete break down of all charges on the Billing & Cost Management page.

AWS account ID: 482019557310

Thank you for using Amazon Web Services.
""", note="billing mail from the same sender as console cases; 12-digit account ID is not a case ID")

add(d(2023, 7, 18, 22, 11), addr("AWS Certification Team", "notice@amazon-certsupport.com"), ME,
    "Action required: your AWS Certification profile will be deactivated",
    ("suspicious", False, None, []), ar=gmail_ar("amazon-certsupport.com", "notice@amazon-certsupport.com"), mdom="amazon-certsupport.com",
    body="""Dear Certified Professional,

Our records show that your AWS Certification profile has not been verified since the migration to AWS Builder ID. Unverified profiles will be deactivated in 48 hours and all certifications will be revoked.

To keep your certifications, verify your identity now:
https://amazon-certsupport.com/verify?session=7f3a91c2

Case reference: 16904410011

AWS Certification Support Team
""", note="lookalike domain amazon-certsupport.com with passing auth for its own domain; mentions a case-like number")

add(d(2023, 7, 27, 6, 1), addr("AWS", "no-reply@signin.aws"), ME,
    "Verify your AWS Builder ID email address",
    ("unrelated", False, None, []), ar=gmail_ar("signin.aws", "no-reply@signin.aws"), mdom="signin.aws",
    body="""Hello,

Use the following code to verify your email address for AWS Builder ID:

583019

This code expires in 10 minutes. If you did not request it, you can ignore this email.

Amazon Web Services
""", note="Builder ID code; 6-digit number")

a019 = add(d(2023, 7, 27, 6, 8), CONFROM, ME, f"Amazon Web Services: New Support case: {C2}",
           ("acknowledgement", False, C2, []), ar=gmail_ar("amazon.com", "0100018992@amazonses.com"), cte="7bit",
           body=f"""Dear Customer,

A support case has been created for your AWS account.

Case ID: {C2}
Subject: Unable to change certification notification email
Severity: General guidance
Account: [AWS ID 482019557310]

Correspondence:
I would like certification emails for my profile to go to h.morimoto.dev@gmail.com instead of my old ISP address, but the profile page does not let me edit it.

To view or add to this case, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

This message was sent from an unmonitored mailbox. Replies sent to it are not delivered to AWS Support.

Amazon Web Services, Inc.
""", note="console acknowledgement; 12-digit account ID next to an 11-digit case ID")

t020 = f"""Hello,

Thank you for contacting AWS Support. I understand that you want the notifications for your certification profile to go to a different address.

Contact-address changes on certification profiles are carried out by our certification team, and before they act they have to be sure the request comes from the profile owner. For that check we need the candidate ID of the profile and the month and location (or "online") of your most recent exam. Once I have both, I'll pass the change on.

To share these details, add a correspondence to the case in the Support Center using the link below. Email replies to this message won't reach me.

Best regards,

Kenji K.
Amazon Web Services

Check the case in the Support Center: https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

Was this response helpful? Rate it from the case page in the Support Center; your rating goes straight to the support team.

This address does not accept incoming mail."""
a020 = add(d(2023, 7, 28, 1, 22), CONFROM, ME, f"RE:[CASE {C2}] Unable to change certification notification email",
           ("info_request", True, C2, []), ar=gmail_ar("amazon.com", "0100018998@amazonses.com"),
           body=t020 + "\n", html_body=to_html(t020), hcte="base64",
           note="console case: the ask must be answered in the Support Center; rating footer; HTML part base64")

add(d(2023, 8, 1, 2, 0), CONFROM, ME, f"RE:[CASE {C2}] Unable to change certification notification email",
    ("closing_notice", True, C2, []), ar=gmail_ar("amazon.com", "01000189a7@amazonses.com"), cte="7bit",
    body=f"""Hello,

We have not yet received the information requested on July 28.

This case will be resolved automatically if there is no further activity in the next 3 days. If you still need help, add a correspondence in the Support Center and the case will stay open:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

Amazon Web Services

Was this response helpful? Rate it from the case page in the Support Center.
This address does not accept incoming mail.
""", note="console auto-resolve warning; answer goes to the Support Center, not email")

add(d(2023, 8, 2, 15, 30), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "Share your thoughts on AWS Certification",
    ("certification", False, None, ["AWS01863420"]), ar=gmail_ar("certmetrics.com", "bounce@certmetrics.com"), mdom="certmetrics.com",
    body="""Hello Haruka,

We're inviting a small group of AWS Certified individuals to tell us about their experience with the AWS Certification program. The survey takes about 15 minutes.

Candidate ID: AWS01863420

Please respond by August 16, 2023. Your answers are confidential and will be used only to improve the program.

Thank you,
AWS Certification
""", note="certification-program feedback invitation with a deadline; looks like a request")

add(d(2023, 8, 3, 4, 45), CONFROM, ME, f"RE:[CASE {C2}] Unable to change certification notification email",
    ("resolved", False, C2, ["AWS01863420"]), ar=gmail_ar("amazon.com", "01000189b2@amazonses.com"),
    body=f"""Hello,

Thank you for adding the details in the Support Center.

The certification team has updated the notification email on profile AWS01863420 to h.morimoto.dev@gmail.com. Certification emails will go to the new address from now on.

I'm marking this case as resolved. If something still isn't right, you can reopen it from the Support Center within 14 days.

Best regards,

Kenji K.
Amazon Web Services

Was this response helpful? Rate it from the case page in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en
This address does not accept incoming mail.
""", html_body=to_html(f"""Hello,

Thank you for adding the details in the Support Center.

The certification team has updated the notification email on profile AWS01863420 to h.morimoto.dev@gmail.com. Certification emails will go to the new address from now on.

I'm marking this case as resolved. If something still isn't right, you can reopen it from the Support Center within 14 days.

Best regards,
Kenji K.
Amazon Web Services"""), note="console resolution with 'reopen within 14 days' and rating footer")

add(d(2023, 8, 10, 5, 14), addr("Daiki Ono", "notifications@github.com"), CO,
    "Re: [kestrel-sys/infra-modules] Add S3 lifecycle rules for log buckets (PR #482)",
    ("unrelated", False, None, []), ar=ms_ar("github.com"), mdom="github.com", cte="7bit",
    extra=[("List-ID", "kestrel-sys/infra-modules <infra-modules.kestrel-sys.github.com>")],
    body="""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kestrel-sys/infra-modules/pull/482#event-10074152
You are receiving this because you authored the thread.
""", note="GitHub 'Merged' with 'Reply to this email directly'")

# =====================================================================  2025
add(d(2025, 4, 3, 11, 2), addr("AWS Skill Builder", "no-reply@aws.training"), ME,
    "Your AWS Skill Builder receipt",
    ("unrelated", False, None, []), ar=gmail_ar("aws.training", "no-reply@aws.training"), mdom="aws.training",
    body="""Thanks for your purchase.

Subscription: AWS Skill Builder Individual (monthly)
Order number: 112-4409183-2210573
Amount: USD 29.00
Billing date: April 3, 2025

You can manage or cancel your subscription at any time from your account settings.

AWS Training and Certification
""", note="Skill Builder receipt from aws.training")

add(d(2025, 4, 10, 1, 33, JST), addr("Jira", "jira@kestrel-sys.atlassian.net"), CO,
    "[JIRA] (OPS-1187) Offboarding checklist: Haruka Morimoto",
    ("unrelated", False, None, []), ar=ms_ar("kestrel-sys.atlassian.net"), mdom="atlassian.net",
    body="""Kaori Tanaka commented on OPS-1187:

Haruka, could you hand over the AWS root account MFA device and transfer ownership of the shared certification tracking sheet before 4/28? Please also request the merge of your certification account if you want to keep your history.

Reply to this email to add a comment, or view it in Jira.
""", note="internal Jira ask mentioning the certification merge; not support")

t027 = f"""Hello,

We received your message and created case {C3}.

Case details
--------------------------------------------
Inquiry type: AWS Training and Certification
Issue: Certification
Additional detail: Account Merge
Message: Use case: I am leaving Kestrel Systems at the end of April and would like my company certification account merged into my personal one. Addresses I have used: haruka.morimoto@kestrel-sys.co.jp, h.morimoto.dev@gmail.com. Address to keep: h.morimoto.dev@gmail.com
--------------------------------------------

Our team aims to respond within 24 hours. Should you want to add something to this request, you can reply to this email; keep the case number in the subject line. Opening a separate case for the same request will slow things down.

AWS Training and Certification Customer Service"""
a027 = add(datetime(2025, 4, 22, 10, 40, 9, tzinfo=UTC), TCFROM, ME, f"[CASE {C3}] {SUBJ}",
           ("acknowledgement", False, C3, []), ar=gmail_ar("amazon.com", "0100019659@amazonses.com"),
           body=t027 + "\n", html_body=to_html(t027),
           note="acknowledgement of the main 15-digit case; conditional reply invitation")

a028 = add(datetime(2025, 4, 22, 10, 51, 2, tzinfo=UTC), addr(TCN, TC), CO, f"[CASE {C4}] {SUBJ}",
           ("acknowledgement", False, C4, []), ar=ms_ar("amazon.com"), cs="iso-2022-jp", cte="7bit",
           body=f"""AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせをケース {C4} として受け付けました。
担当者より、原則として24時間以内にご連絡いたします。

同じ内容のお問い合わせを既にお送りいただいている場合は、重複したケースの作成はお控えください。対応が遅れる原因となります。

お問い合わせ内容:
問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
本文: 4月末で退職するため、会社のメールアドレスの認定アカウントを個人のアカウントに統合したいです。

AWS トレーニングと認定 カスタマーサービス
""", note="duplicate form submission from the company address; Japanese ISO-2022-JP acknowledgement")

t029 = """Hi Haruka,

Thank you for your patience.

I've located both certification accounts on this request:
- h.morimoto.dev@gmail.com (created 2019)
- haruka.morimoto@kestrel-sys.co.jp (created 2021)

The second account is associated with an AWS Partner Network (APN) organization, Kestrel Systems K.K. Certifications held on a partner-linked account count toward that partner's program requirements, so we don't move them away from the partner while the person still works there; the partner link has to be released first. I've put the merge on hold for now.

In practice this takes a few days once we have what we need. Are you leaving Kestrel Systems, and if so, what is your last working day?

Kind regards,
Marcus R.
AWS Training and Certification"""
a029 = add(d(2025, 4, 23, 9, 2), TCFROM, ME, S(C3), ("on_hold", True, C3, []),
           ar=gmail_ar("amazon.com", "010001965e@amazonses.com"), irt=a027, cte="8bit", crlf=True, body=t029 + "\n",
           note="APN hold; the ask is a bare question at the end after the explanation; UTF-8 8bit, CRLF")

add(d(2025, 4, 23, 12, 15), addr(TCN, TC), CO, f"RE:[CASE {C4}] {SUBJ}", ("resolved", False, C4, []),
    ar=ms_ar("amazon.com"), irt=a028, cte="7bit",
    body=f"""Hello,

This case duplicates case {C3}, which was submitted a few minutes earlier with the same details. To keep the work in one place, we have closed this case ({C4}).

Your request continues under case {C3}; there is nothing you need to do on this one.

Regards,
Jun
AWS Training and Certification
""", note="duplicate closed: mentions the other case number in the body; no action needed")

a031 = add(d(2025, 4, 24, 1, 15), addr("Morimoto Haruka", CO), addr(TCN, TC), f"RE: [CASE {C3}] {SUBJ}",
           ("user_reply", False, C3, []), mdom="outlook", irt=a029, refs=[a027, a029], cc=addr("Tanaka Kaori", "k.tanaka@kestrel-sys.co.jp"),
           extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", f"[CASE {C3}] {SUBJ}")], crlf=True,
           body=f"""Hello Marcus,

Yes, I am leaving Kestrel Systems. My last working day is 30 April 2025, and this mailbox will be closed after that. Please go ahead with the merge into my personal account h.morimoto.dev@gmail.com.

Best regards,
Haruka Morimoto

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Wednesday, April 23, 2025 6:02 PM
To: h.morimoto.dev@gmail.com
Subject: RE:[CASE {C3}] {SUBJ}

{t029}
""", note="user reply from the company address (wrong address); Outlook -----Original Message----- quoting with the question inside")

add(d(2025, 4, 24, 1, 16), addr("田中 香織", "k.tanaka@kestrel-sys.co.jp"), CO, f"自動応答: RE: [CASE {C3}] {SUBJ}",
    ("unrelated", False, None, []), ar=ms_ar("kestrel-sys.co.jp"), mdom="outlook", cte="base64",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""4月28日(月)まで休暇のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合は ops@kestrel-sys.co.jp までご連絡ください。

I am out of the office until Monday 28 April. For anything urgent, please contact ops@kestrel-sys.co.jp.

田中 香織 / Kaori Tanaka
""", note="out-of-office auto-reply carrying the case subject; Japanese + English, base64")

t033 = f"""Hello Haruka,

Thank you for letting us know about your last day.

That message reached us from haruka.morimoto@kestrel-sys.co.jp. For account security, changes on this case can only be authorised from the contact address given on the request, h.morimoto.dev@gmail.com, so I'm not able to act on it.

We need the same confirmation (that you are leaving Kestrel Systems, and the date) sent from h.morimoto.dev@gmail.com in reply to this email. As soon as it arrives I'll send the release request to the partner team.

Aleksandra
AWS Training and Certification"""
a033 = add(d(2025, 4, 24, 6, 40), TCFROM, ME, S(C3), ("info_request", True, C3, []),
           ar=gmail_ar("amazon.com", "0100019663@amazonses.com"), irt=a031, refs=[a027, a029, a031], cte="7bit", body=t033 + "\n",
           note="wrong-address reply: asks to resend from the personal address; 'We need ...' with no please")

a034 = add(d(2025, 4, 24, 11, 5), addr("Haruka Morimoto", ME), addr(TCN, TC), S(C3, "Re: RE:[CASE "),
           ("user_reply", False, C3, []), mdom="gmail", irt=a033, refs=[a027, a029, a031, a033],
           body=f"""Hi Aleksandra,

Confirming from my personal address: I am leaving Kestrel Systems, and my last working day is 30 April 2025. Please merge the company account into this one once the partner link is released.

Thanks,
Haruka

On Thu, Apr 24, 2025 at 3:40 PM AWS Training and Certification <{TC}> wrote:

{q(t033)}
>
> On Thu, Apr 24, 2025 at 10:15 AM Morimoto Haruka <{CO}> wrote:
{q(q(chr(10).join(["Yes, I am leaving Kestrel Systems. My last working day is 30 April 2025.", "", "-----Original Message-----", "", t029])))}
""", html_body=to_html(f"""Hi Aleksandra,

Confirming from my personal address: I am leaving Kestrel Systems, and my last working day is 30 April 2025. Please merge the company account into this one once the partner link is released.

Thanks,
Haruka

On Thu, Apr 24, 2025 at 3:40 PM AWS Training and Certification <{TC}> wrote:

{q(t033)}"""),
           note="top-posted user reply over a long nested Gmail quote that contains two support asks")

a035 = add(d(2025, 4, 25, 2, 30), TCFROM, ME, S(C3), ("on_hold", False, C3, []),
           ar=gmail_ar("amazon.com", "0100019668@amazonses.com"), irt=a034, refs=[a027, a029, a033, a034], cte="7bit",
           body="""Thanks, Haruka - that's all we needed.

I've asked the AWS Partner Network team to release the link between your company account and Kestrel Systems. The merge is paused until they confirm, which usually takes two to three business days. You don't need to do anything in the meantime; I'll write as soon as I hear back.

Aleksandra
AWS Training and Certification
""", note="on hold waiting on the APN team, explicitly nothing to do")

add(d(2025, 4, 26, 0, 30), addr("Pearson VUE", "pearsonvuereminder@pearson.com"), ME,
    "Reminder: your AWS Certification exam is in 7 days",
    ("unrelated", False, None, []), ar=gmail_ar("pearson.com", "pearsonvuereminder@pearson.com"), mdom="pearson.com",
    body="""Dear Haruka Morimoto,

This is a reminder of your upcoming exam.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Registration ID: 512774096
Date: Saturday, May 3, 2025, 13:00 JST
Location: Tokyo - Shinjuku Test Center

Please arrive 30 minutes before your appointment and bring two forms of identification. Reply to confirm is not required.

Pearson VUE
""", note="exam vendor reminder; 9-digit registration ID; instructions")

a037 = add(d(2025, 4, 28, 5, 10), TCFROM, ME, S(C3), ("case_update", False, C3, []),
           ar=gmail_ar("amazon.com", "010001967a@amazonses.com"), irt=a035, refs=[a027, a034, a035], cte="7bit",
           body="""Quick update: the partner team has released the association, so your company account is no longer tied to the Kestrel Systems partner profile.

I'm now pulling together the account details for the merge; a colleague will send them to you shortly.

Aleksandra
""", note="short progress note; announces a coming mail")

h038 = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>Dimitri from AWS Training and Certification here. Below are the two certification accounts on case {C3}.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS01863420</td><td>AWS05519038</td></tr>
<tr><td>Login email</td><td>h.morimoto.dev@gmail.com</td><td>haruka.morimoto@kestrel-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>h.morimoto.dev@gmail.com</td><td>haruka.morimoto@kestrel-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>h.morimoto.dev@gmail.com</td><td>haruka.morimoto@kestrel-sys.co.jp</td></tr>
</table>
<p>When accounts are merged, exam history, certifications and benefits move to the account that is kept, and the other one is deactivated. This cannot be undone.</p>
<p><b>Which account should be kept: Account #1 or Account #2?</b></p>
<p>Regards,<br>Dimitri P.<br>AWS Training and Certification</p>
</body></html>
"""
a038 = add(d(2025, 4, 28, 8, 45), TCFROM, ME, S(C3, "RE: [CASE "), ("confirmation_request", True, C3, ["AWS01863420", "AWS05519038"]),
           ar=gmail_ar("amazon.com", "010001967c@amazonses.com"), irt=a037, refs=[a027, a035, a037], html_body=h038, crlf=True,
           note="HTML-only with a table of Account #1/#2; bare question, no please; CRLF; 'RE: [CASE' with space")

add(d(2025, 4, 29, 1, 0), addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME,
    "【AWS Summit Japan 2025】事前登録受付中 - 今すぐご登録ください",
    ("unrelated", False, None, []), ar=gmail_ar("amazon.com", "aws-marketing@amazonses.com"),
    body="""AWS Summit Japan 2025 の事前登録を受け付けております。

日程: 2025年6月25日(水)・26日(木)
会場: 幕張メッセ

200以上のセッションをご用意しております。参加をご希望の方は、以下のページより事前登録をお願いいたします。
ご不明な点がございましたら、本メールにご返信ください。

配信停止をご希望の場合は、メール設定ページから変更してください。
""", html_body=to_html("""AWS Summit Japan 2025 の事前登録を受け付けております。

日程: 2025年6月25日(水)・26日(木)
会場: 幕張メッセ

参加をご希望の方は、以下のページより事前登録をお願いいたします。"""),
    note="Japanese AWS marketing with 〜ください / ご返信ください")

add(d(2025, 4, 30, 0, 5, ), addr("情報システム部", "it-helpdesk@kestrel-sys.co.jp"), CO,
    "【重要】最終出社日のアカウント停止について", ("unrelated", False, None, []), ar=ms_ar("kestrel-sys.co.jp"),
    mdom="outlook", cs="iso-2022-jp", cte="7bit",
    body="""森本 晴香 様

退職に伴い、本日 4月30日 23:59 をもって以下のアカウントを停止いたします。
- メールボックス (haruka.morimoto@kestrel-sys.co.jp)
- VPN / 社内ポータル

停止後に届いたメールは送信者にエラーとして返送されます。必要なメールは本日中に個人で保管してください。
返信は不要です。

情報システム部
""", note="company IT notice that the old mailbox closes; request-looking, not support")

t040_prev = """Hello Haruka,

Dimitri from AWS Training and Certification here. Below are the two certification accounts on this case.

Account #1
Candidate ID: AWS01863420
Login email: h.morimoto.dev@gmail.com
Training notification email: h.morimoto.dev@gmail.com
Certification notification email: h.morimoto.dev@gmail.com

Account #2
Candidate ID: AWS05519038
Login email: haruka.morimoto@kestrel-sys.co.jp
Training notification email: haruka.morimoto@kestrel-sys.co.jp
Certification notification email: haruka.morimoto@kestrel-sys.co.jp

Which account should be kept: Account #1 or Account #2?"""
t040 = f"""Hello Haruka,

I'm following up on my message of 28 April about which certification account to keep; I haven't seen an answer yet.

If we don't hear from you by 6 May, we'll take it that the request is no longer needed and close this case. Answering this email before then is enough to keep it open.

Dimitri P.
AWS Training and Certification

---------- Previous message ----------
{t040_prev}"""
a040 = add(d(2025, 5, 1, 14, 14), TCFROM, ME, S(C3), ("closing_notice", True, C3, []),
           ar=gmail_ar("amazon.com", "0100019690@amazonses.com"), irt=a038, refs=[a027, a037, a038],
           body=t040 + "\n", html_body=to_html(t040),
           note="closing notice; old confirmation request with IDs sits below a separator (IDs not in new text)")

add(d(2025, 5, 1, 18, 2), addr(TCN, TC), ME, f"RE:[CASE 174530077712345] {SUBJ}",
    ("suspicious", False, None, []), ar=gmail_ar("amazon.com", TC, ok=False), mdom="amazon-ses-mailer.net",
    body="""Hello,

We are ready to merge your AWS Certification accounts. Before the merge can complete, you must confirm the account to keep and re-enter your sign-in details on our secure page:

https://aws-training-verify.com/merge/confirm?case=174530077712345

Requests that are not confirmed within 24 hours are cancelled and the certifications on both accounts are suspended.

AWS Training and Certification
""", html_body=to_html("""Hello,

We are ready to merge your AWS Certification accounts. Before the merge can complete, you must confirm the account to keep and re-enter your sign-in details on our secure page.

[Confirm merge]

Requests that are not confirmed within 24 hours are cancelled."""),
    note="genuine-looking From amazon.com and case-style subject, but DKIM and DMARC fail; case number is fake")

a042 = add(d(2025, 5, 2, 0, 2), addr("Haruka Morimoto", ME), addr(TCN, TC), S(C3, "Re: RE:[CASE "),
           ("user_reply", False, C3, []), mdom="gmail", irt=a040, refs=[a027, a038, a040], cte="7bit",
           body=f"""Confirmed. Please merge into Account #1 (h.morimoto.dev@gmail.com).
Sorry for the slow answer - I was moving house this week.

Haruka

2025年5月1日(木) 23:14 AWS Training and Certification <{TC}>:

{q(t040)}
""", note="the 'Confirmed' reply with a Japanese Gmail reply header over the quoted closing notice")

t043 = f"""Hi Haruka,

I have merged Account #2 into Account #1. Exam history, your three active certifications and the 50% exam discount benefit now show on AWS01863420, and the company account has been deactivated.

No further action is required; this case is now resolved.

Regards,
Dimitri P.
AWS Training and Certification

________________________________
From: Haruka Morimoto <{ME}>
Sent: Friday, May 2, 2025 9:02 AM
To: AWS Training and Certification <{TC}>
Subject: Re: RE:[CASE {C3}] {SUBJ}

Confirmed. Please merge into Account #1 (h.morimoto.dev@gmail.com).

________________________________
From: AWS Training and Certification <{TC}>
Sent: Thursday, May 1, 2025 11:14 PM
Subject: RE:[CASE {C3}] {SUBJ}

{t040}"""
a043 = add(d(2025, 5, 2, 2, 20), TCFROM, ME, S(C3), ("resolved", False, C3, ["AWS01863420"]),
           ar=gmail_ar("amazon.com", "0100019694@amazonses.com"), irt=a042, refs=[a027, a038, a040, a042],
           body=t043 + "\n", cte="base64", html_body=to_html(t043),
           note="merge done; Outlook-style quote underneath still contains the closing notice and the Account question; text part base64")

add(d(2025, 5, 2, 2, 41), addr("Credly", "admin@credly.com"), ME,
    "Haruka, you've earned a badge from Amazon Web Services Training and Certification",
    ("badge", False, None, []), ar=gmail_ar("credly.com", "admin@credly.com"), mdom="credly.com", hcte="base64",
    html_body="""<html><body>
<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif">
<tr><td><img src="https://images.credly.com/logo.png" alt="Credly"></td></tr>
<tr><td><h2>Congratulations, Haruka!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect - Associate</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/9a3e1d22-4b7c-4f10-8d55-0c2b19f6a7e4" style="background:#ff6b00;color:#fff;padding:10px 18px">Accept badge</a></p>
<p>Sharing your badge helps employers verify your skills.</p></td></tr>
</table></body></html>
""", note="Credly HTML-only base64 mail right after the merge")

add(d(2025, 5, 2, 12, 30), addr("森本 晴香", ME), addr("田中 香織", "k.tanaka@kestrel-sys.co.jp"), f"Fwd: RE:[CASE {C3}] {SUBJ}",
    ("user_reply", False, C3, []), mdom="gmail", cte="8bit",
    body=f"""田中さん

退職後にすみません、ご報告です。
AWS認定アカウントの統合が完了しました(下記転送のとおり)。
パートナーのスキル一覧から私の名前を外していただけますか。

森本

---------- Forwarded message ---------
From: AWS Training and Certification <{TC}>
Date: 2025年5月2日(金) 11:20
Subject: RE:[CASE {C3}] {SUBJ}
To: <{ME}>

{t043}
""", note="the owner forwards the resolution to her former manager; her ask is to the manager, not support; forwarded text includes old asks and IDs; UTF-8 8bit")

add(d(2025, 5, 3, 3, 0), addr("AWS Training and Certification", "aws-training-feedback@amazon.com"), ME,
    f"How did we do? Case {C3}", ("survey", False, C3, []), ar=gmail_ar("amazon.com", "feedback@amazonses.com"),
    body=f"""Hello Haruka,

Your case {C3} was recently resolved. On a scale of 1 to 5, how satisfied were you with the support you received?

1  2  3  4  5

Select a number to open the two-minute survey. We read every comment.

AWS Training and Certification Customer Service
""", html_body=to_html(f"""Hello Haruka,

Your case {C3} was recently resolved. On a scale of 1 to 5, how satisfied were you with the support you received?

1 | 2 | 3 | 4 | 5"""), note="survey with a question mark and scale")

add(d(2025, 5, 5, 16, 0), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "Your AWS Certified Developer - Associate certification expires in 90 days",
    ("certification", False, None, ["AWS01863420"]), ar=gmail_ar("certmetrics.com", "bounce@certmetrics.com"), mdom="certmetrics.com",
    body="""Hello Haruka,

Your AWS Certified Developer - Associate certification (candidate ID AWS01863420) expires on August 3, 2025.

To keep it active, recertify before that date by passing the current version of the exam. Your 50% discount benefit can be used for the recertification exam.

AWS Certification
""", note="expiry notice with 'recertify before that date'")

add(d(2025, 5, 6, 8, 12), addr("Nimbus Backup Support", "support@nimbusbackup.zendesk.com"), ME,
    "[Nimbus Backup] Request #482213 has been closed",
    ("unrelated", False, None, []), ar=gmail_ar("zendesk.com", "support@nimbusbackup.zendesk.com"), mdom="zendesk.com",
    body="""##- Please type your reply above this line -##

Your request (#482213) "Restore job stuck at 99%" has been solved and closed.

Since we haven't heard back from you for 7 days, we have closed this request. If you need further help, reply to this email and a new request will be opened.

Nimbus Backup Support
""", note="other vendor's closed case with 'reply to reopen' wording")

add(d(2025, 5, 7, 10, 20), addr("AWS認定サポート", "support@aws-certification-jp.com", "shift_jis"), ME,
    "【重要】AWS認定アカウント統合の最終手続きのお願い", ("suspicious", False, None, []),
    ar=gmail_ar("aws-certification-jp.com", "support@aws-certification-jp.com"), mdom="aws-certification-jp.com",
    cs="shift_jis", cte="base64", subj_cs="iso-2022-jp",
    body="""お客様

AWS認定アカウントの統合手続きが最終段階で停止しております。
48時間以内に下記のページから本人確認を完了しない場合、統合済みの認定資格はすべて無効となります。

https://aws-certification-jp.com/verify

ご確認のほど、よろしくお願いいたします。

AWS認定サポートセンター
""", note="Japanese phishing from a lookalike domain, Shift_JIS base64, keigo ask")

# ---- C6 (Japanese)
t050 = f"""森本 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
ケース番号 {C6} にてお問い合わせを承りました。

通常、24時間以内に担当者よりご連絡いたします。
なお、同一の内容で新たにケースを作成されますと対応が遅れる場合がございますので、ご了承ください。

お問い合わせ内容:
アカウント統合後、旧アカウントにあった50%割引の特典が新しいアカウントに表示されません。

補足事項がございましたら、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサービス"""
a050 = add(datetime(2025, 5, 10, 18, 55, 20, tzinfo=UTC), TCFROM, ME, f"[CASE {C6}] {SUBJ}",
           ("acknowledgement", False, C6, []), ar=gmail_ar("amazon.com", "01000196b8@amazonses.com"),
           cte="base64", body=t050 + "\n", note="Japanese acknowledgement, base64; 〜がございましたら…ご返信ください")

t051 = """森本 様

お世話になっております。AWS トレーニングと認定サポートの佐藤でございます。
このたびはご不便をおかけしており、申し訳ございません。

統合後のアカウント(候補ID: AWS01863420)の特典を確認いたしましたところ、統合元のアカウントで付与されていた割引特典の一部は、統合の際に自動では移行されない仕様となっております。個別に再付与の手続きを行うことは可能でございますが、その前に、統合元のアカウントで特典が付与されていたことを確認する必要がございます。

つきましては、統合前の旧アカウントの候補ID、ならびに特典を取得された認定資格の名称をお知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

AWS トレーニングと認定サポート
佐藤"""
a051 = add(d(2025, 5, 11, 5, 3), TCFROM, ME, S(C6), ("info_request", True, C6, ["AWS01863420"]),
           ar=gmail_ar("amazon.com", "01000196bc@amazonses.com"), irt=a050, cs="iso-2022-jp", cte="7bit", body=t051 + "\n",
           note="Japanese keigo info request (〜いただけますでしょうか) after an explanation; ISO-2022-JP")

a052 = add(d(2025, 5, 11, 9, 40), addr("森本晴香", ME, "iso-2022-jp"), addr(TCN, TC), S(C6, "Re: RE:[CASE "),
           ("user_reply", False, C6, ["AWS05519038"]), mdom="gmail", irt=a051, refs=[a050, a051],
           cs="shift_jis", cte="base64", crlf=True,
           body=f"""佐藤様

ご連絡ありがとうございます。
旧アカウントの候補IDは AWS05519038 です。
特典は AWS Certified Solutions Architect - Associate 合格時に付与されたものです。

よろしくお願いいたします。
森本

2025年5月11日(日) 14:03 AWS Training and Certification <{TC}>:
{q(t051)}
""", note="Japanese user reply in Shift_JIS with Japanese Gmail header; quoted part has another ID")

add(d(2025, 5, 12, 3, 25), TCFROM, ME, S(C6), ("case_update", False, C6, ["AWS05519038"]),
    ar=gmail_ar("amazon.com", "01000196c4@amazonses.com"), irt=a052, refs=[a050, a051, a052], cte="quoted-printable",
    body="""森本 様

ご回答いただき、ありがとうございます。
旧アカウント(AWS05519038)の記録を確認し、50%割引特典の再付与を申請いたしました。
反映までに最大で3営業日ほどかかる見込みです。反映を確認でき次第、改めてご連絡差し上げます。

AWS トレーニングと認定サポート
佐藤
""", note="Japanese progress note, nothing asked")

add(d(2025, 5, 13, 11, 0, JST), addr("connpass", "no-reply@connpass.com"), ME,
    "【connpass】JAWS-UG 東京 勉強会への参加登録が完了しました", ("unrelated", False, None, []),
    ar=gmail_ar("connpass.com", "no-reply@connpass.com"), mdom="connpass.com", cte="8bit",
    body="""森本 晴香 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #62 認定資格ふりかえり LT 大会
日時: 2025/05/22(木) 19:00〜21:00
会場: 目黒 (オンライン配信あり)

参加できなくなった場合は、イベントページからキャンセルしてください。

connpass
""", note="Japanese event mail, UTF-8 8bit, 〜してください")

add(d(2025, 5, 14, 6, 10), TCFROM, ME, S(C6), ("resolved", False, C6, []),
    ar=gmail_ar("amazon.com", "01000196d2@amazonses.com"), cs="iso-2022-jp", cte="7bit", crlf=True,
    body=f"""森本 様

お待たせいたしました。
新しいアカウントの特典ページに、50%割引の特典が表示されていることを確認いたしました。
本件はこれをもちましてクローズとさせていただきます。

その他ご不明な点がございましたら、お気軽にご返信ください。

AWS トレーニングと認定サポート
佐藤

-----Original Message-----
{q(t051)}
""", note="Japanese resolution; the old keigo request is quoted below; closing ご返信ください is conditional")

add(d(2025, 5, 15, 2, 0), addr("AWS トレーニングと認定", "aws-training-feedback@amazon.com"), ME,
    f"サポートに関するアンケートのお願い(ケース {C6})", ("survey", False, C6, []),
    ar=gmail_ar("amazon.com", "feedback@amazonses.com"),
    body=f"""森本 様

先日はケース {C6} にてお問い合わせいただき、ありがとうございました。
今回の対応について、5段階でご評価いただけますでしょうか。所要時間は1分ほどです。

アンケートに回答する: https://feedback.aws.amazon.com/ja/{C6}

今後のサービス向上のため、ご協力のほどよろしくお願いいたします。
""", html_body=to_html(f"""森本 様

先日はケース {C6} にてお問い合わせいただき、ありがとうございました。
今回の対応について、5段階でご評価いただけますでしょうか。

ご協力のほどよろしくお願いいたします。"""), note="Japanese survey in keigo request form")

add(d(2025, 5, 20, 4, 0), addr("Pearson VUE", "pearsonvue@pearson.com"), ME,
    "Your AWS Certification exam results are available", ("unrelated", False, None, []),
    ar=gmail_ar("pearson.com", "pearsonvue@pearson.com"), mdom="pearson.com",
    body="""Dear Haruka Morimoto,

Your score report for the exam below is now available in your AWS Certification Account.

Exam: AWS Certified Solutions Architect - Professional
Registration ID: 604418273
Exam date: May 3, 2025

Pearson VUE
""", note="exam vendor; 9-digit registration ID")

add(d(2025, 5, 25, 3, 15), addr("Haruka Morimoto", "notifications@github.com"), ME,
    "Re: [h-morimoto/cert-tracker] Merge duplicate account records (PR #7)", ("unrelated", False, None, []),
    ar=gmail_ar("github.com", "noreply@github.com"), mdom="github.com", cte="7bit",
    body="""Merged #7 into main.

--
Reply to this email directly, view it on GitHub, or unsubscribe.
""", note="GitHub 'merged' mail about 'duplicate account records'; owner's name in From")

add(d(2025, 5, 28, 9, 0), addr("AWS", "no-reply@login.awsapps.com"), ME,
    "AWS Builder ID verification code", ("unrelated", False, None, []),
    ar=gmail_ar("login.awsapps.com", "no-reply@login.awsapps.com"), mdom="awsapps.com", cte="7bit",
    body="""Your verification code is: 704218

Enter this code on the sign-in page to continue. The code expires in 10 minutes.
""", note="6-digit one-time code")

# ---- C8
a058 = add(datetime(2025, 5, 31, 19, 58, 40, tzinfo=UTC), TCFROM, ME, S(C8, "RE: [CASE "),
           ("acknowledgement", False, C8, []), ar=gmail_ar("amazon.com", "010001972a@amazonses.com"), cte="7bit",
           body=f"""Case {C8} has been created for your request.

Your message:
"I found a third certification profile that was created when I signed in from AWS Partner Central in 2022. Please merge it into my main profile."

We'll be in touch, typically within a day.

AWS Training and Certification
""", note="very short acknowledgement, 'RE: [CASE' subject on the first mail")

add(d(2025, 6, 1, 0, 10), CONFROM, ME, "AWS Free Tier usage alert", ("unrelated", False, None, []),
    ar=gmail_ar("amazon.com", "01000197a1@amazonses.com"),
    body="""Hello,

Your AWS account 482019557310 has exceeded 85% of the usage limit for one or more AWS Free Tier offers this month.

Service: Amazon S3, Standard storage, 4.3 GB of 5 GB

To avoid charges, review your usage in the Billing console.

Amazon Web Services
""", note="AWS alert from the console sender; account ID")

t060 = """Hi Haruka,

Some progress to report. I found the third certification profile you mentioned. It was created on 8 November 2022 through sign-in from AWS Partner Central, which is why it didn't show up under your email address in our usual search. It holds no exams or certifications of its own, and your main profile, AWS01863420, is unaffected.

Because the profile was created through federated sign-in, our records don't show a login email for it, so I can't yet confirm it belongs to you. I'd need the candidate ID shown on that profile when you sign in through Partner Central; a screenshot isn't necessary, the ID alone is fine. If you no longer have Partner Central access, tell me that instead and I'll look for another route.

Thanks,
Olu A.
AWS Training and Certification"""
a060 = add(d(2025, 6, 2, 1, 30), TCFROM, ME, S(C8), ("info_request", True, C8, ["AWS01863420"]),
           ar=gmail_ar("amazon.com", "0100019731@amazonses.com"), irt=a058, body=t060 + "\n", html_body=to_html(t060),
           note="mixed: progress news first, then 'I'd need ...' (no please, no question mark)")

a061 = add(d(2025, 6, 2, 10, 45), addr("Haruka Morimoto", ME), addr(TCN, TC), S(C8, "Re: RE:[CASE "),
           ("user_reply", False, C8, ["AWS06620184"]), mdom="gmail", irt=a060, refs=[a058, a060], cte="7bit",
           body=f"""Hi Olu,

I can still sign in through Partner Central with my partner login. The ID on that profile is AWS06620184.

Haruka

On Mon, Jun 2, 2025 at 10:30 AM AWS Training and Certification <{TC}> wrote:
{q(t060)}
""", note="user gives the candidate ID; quoted text has a different ID")

t062 = """森本 様

AWS トレーニングと認定サポートの山田と申します。Olu より本件を引き継ぎました。
ご提供いただいた情報をもとに、統合対象のアカウントを以下のとおり確認いたしました。

アカウント1
  候補ID: AWS01863420
  ログインメールアドレス: h.morimoto.dev@gmail.com
  通知先メールアドレス: h.morimoto.dev@gmail.com

アカウント2
  候補ID: AWS06620184
  ログイン方法: AWS Partner Central 経由
  通知先メールアドレス: (未設定)

アカウント2をアカウント1へ統合し、アカウント1を残す形で進めてよろしいでしょうか。
内容に相違がないか、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定サポート
山田"""
h062 = """<html><body style="font-family:'Meiryo',sans-serif">
<p>森本 様</p>
<p>AWS トレーニングと認定サポートの山田と申します。Olu より本件を引き継ぎました。<br>ご提供いただいた情報をもとに、統合対象のアカウントを以下のとおり確認いたしました。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>アカウント1</th><th>アカウント2</th></tr>
<tr><td>候補ID</td><td>AWS01863420</td><td>AWS06620184</td></tr>
<tr><td>ログイン</td><td>h.morimoto.dev@gmail.com</td><td>AWS Partner Central 経由</td></tr>
<tr><td>通知先メールアドレス</td><td>h.morimoto.dev@gmail.com</td><td>(未設定)</td></tr>
</table>
<p>アカウント2をアカウント1へ統合し、アカウント1を残す形で進めてよろしいでしょうか。<br>内容に相違がないか、ご確認のほどよろしくお願いいたします。</p>
<p>AWS トレーニングと認定サポート<br>山田</p>
</body></html>
"""
a062 = add(d(2025, 6, 4, 2, 0), TCFROM, ME, S(C8), ("confirmation_request", True, C8, ["AWS01863420", "AWS06620184"]),
           ar=gmail_ar("amazon.com", "0100019740@amazonses.com"), irt=a061, refs=[a058, a060, a061],
           body=t062 + "\n", cs="iso-2022-jp", cte="7bit", html_body=h062, hcte="base64",
           note="Japanese keigo confirmation (アカウント1/2), text ISO-2022-JP + HTML table base64")

add(d(2025, 6, 5, 8, 0), addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME,
    "Amazon.co.jp ご注文の商品を発送しました", ("unrelated", False, None, []),
    ar=gmail_ar("amazon.co.jp", "shipment-tracking@amazon.co.jp"), mdom="amazon.co.jp", cte="base64",
    body="""森本 晴香 様

ご注文いただいた商品を発送しました。
注文番号: 249-5510283-1174420
お届け予定: 6月7日(土)

配送状況はお届け状況の確認ページでご確認ください。
このメールは配信専用です。
""", note="Amazon retail, Japanese, amazon.co.jp")

t064 = """森本 様

6月4日にお送りした、統合内容の確認についてのご連絡にまだご返信をいただいておりません。

このまま7日間ご連絡がない場合、本ケースはクローズとなります。
引き続き対応を希望される場合は、このメールに返信してください。

AWS トレーニングと認定サポート
山田"""
a064 = add(d(2025, 6, 9, 1, 20), TCFROM, ME, S(C8), ("closing_notice", True, C8, []),
           ar=gmail_ar("amazon.com", "0100019755@amazonses.com"), irt=a062, refs=[a058, a061, a062],
           cte="quoted-printable", body=t064 + "\n",
           note="Japanese closing notice, plain 〜してください framed as a condition")

a065 = add(d(2025, 6, 9, 3, 2), addr("森本晴香", ME, "iso-2022-jp"), addr(TCN, TC), S(C8, "Re: RE:[CASE "),
           ("user_reply", False, C8, []), mdom="gmail", irt=a064, refs=[a058, a062, a064], cc=CO,
           cs="iso-2022-jp", cte="7bit",
           body=f"""山田様

ご連絡が遅くなり申し訳ありません。
内容に相違ございません。アカウント1(h.morimoto.dev@gmail.com)を残す形で統合をお願いいたします。

森本 晴香

2025年6月9日(月) 10:20 AWS Training and Certification <{TC}>:
{q(t064)}
""", note="Japanese confirmation reply, ISO-2022-JP; cc to the closed company address")

add(d(2025, 6, 9, 3, 3), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME,
    f"Delivery Status Notification (Failure)", ("unrelated", False, None, []),
    ar=None, mdom="googlemail.com",
    raw_content=multipart("report", [
        leaf("text/plain", f"""** Address not found **

Your message wasn't delivered to haruka.morimoto@kestrel-sys.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient haruka.morimoto@kestrel-sys.co.jp not found by SMTP address lookup
""", "utf-8", "7bit"),
        (b"Content-Type: message/delivery-status\n", b"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; haruka.morimoto@kestrel-sys.co.jp\nAction: failed\nStatus: 5.1.10\n"),
        (b"Content-Type: text/rfc822-headers\n", (f"From: Haruka Morimoto <{ME}>\nTo: {TC}\nCc: {CO}\nSubject: Re: RE:[CASE {C8}] {SUBJ}\nDate: Mon, 9 Jun 2025 03:02:00 +0000\n").encode())],
        "bounce66", extra=' report-type=delivery-status;'),
    note="bounce for the cc to the closed company mailbox; case number only in the returned headers")

t067 = f"""Hi Haruka,

Olu again. Profile AWS06620184 has been merged into AWS01863420 and removed, so you'll only see one profile when you sign in, whichever way you sign in. Nothing further is needed from you.

Thank you for your patience.

Olu A.
AWS Training and Certification

From: 森本晴香 <{ME}>
Sent: Monday, June 9, 2025 12:02 PM
To: AWS Training and Certification <{TC}>
Subject: Re: RE:[CASE {C8}] {SUBJ}

山田様
内容に相違ございません。アカウント1(h.morimoto.dev@gmail.com)を残す形で統合をお願いいたします。

From: AWS Training and Certification <{TC}>
Sent: Wednesday, June 4, 2025 11:00 AM
Subject: RE:[CASE {C8}] {SUBJ}

{t062}"""
a067 = add(d(2025, 6, 10, 4, 30), TCFROM, ME, S(C8), ("resolved", False, C8, ["AWS06620184", "AWS01863420"]),
           ar=gmail_ar("amazon.com", "0100019760@amazonses.com"), irt=a065, refs=[a058, a062, a064, a065],
           body=t067 + "\n", cte="base64", crlf=True,
           note="English completion over an Outlook-style quote holding the Japanese confirmation request; base64, CRLF")

add(d(2025, 6, 11, 2, 0), addr("AWS Training and Certification", "aws-training-feedback@amazon.com"), ME,
    "We'd appreciate your feedback", ("survey", False, C8, []), ar=gmail_ar("amazon.com", "feedback@amazonses.com"),
    body=f"""Hello,

Thank you for contacting AWS Training and Certification (case {C8}).

Could you spare a minute to tell us about your experience? Please rate the support you received:
https://feedback.aws.amazon.com/{C8}

Thank you!
""", note="survey worded as 'Could you spare a minute...' / 'Please rate'")

add(d(2025, 6, 12, 9, 0), addr("Credly", "admin@credly.com"), ME,
    "Reminder: your badge from Amazon Web Services Training and Certification is waiting", ("badge", False, None, []),
    ar=gmail_ar("credly.com", "admin@credly.com"), mdom="credly.com",
    body="""Hi Haruka,

You haven't accepted your AWS Certified Solutions Architect - Professional badge yet. Please accept it to make it visible on your profile.

Accept badge: https://www.credly.com/earner/earned/badge/1d7b5c90-22e4-4a5c-b1f8-6a0c3d7e9e11

Credly
""", html_body=to_html("""Hi Haruka,

You haven't accepted your AWS Certified Solutions Architect - Professional badge yet. Please accept it to make it visible on your profile.

Credly"""), note="Credly reminder with 'Please accept'")

add(d(2025, 6, 15, 22, 40), addr("AWS Training and Certification", "cases@aws-training.support"), ME,
    f"RE:[CASE {C8}] Merge incomplete - confirm your sign-in", ("suspicious", False, None, ["AWS06620184"]),
    ar=gmail_ar("aws-training.support", "cases@aws-training.support"), mdom="aws-training.support",
    body=f"""Hello Haruka,

The merge of profile AWS06620184 could not be completed because your sign-in could not be verified. Could you sign in at the link below so we can finish it?

https://aws-training.support/signin?case={C8}

AWS Training and Certification
""", note="phishing from lookalike aws-training.support that knows a real case number and ID; belongs to no case")

add(d(2025, 6, 20, 16, 0), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "You've recertified: AWS Certified Developer - Associate", ("certification", False, None, ["AWS01863420"]),
    ar=gmail_ar("certmetrics.com", "bounce@certmetrics.com"), mdom="certmetrics.com",
    body="""Hello Haruka,

Your AWS Certified Developer - Associate certification has been renewed and is now valid until June 20, 2028.

Candidate ID: AWS01863420

Your new certificate and digital badge are available in your AWS Certification Account. Tell us about your exam experience in the short survey linked from your account.

AWS Certification
""", note="recertification notice with a soft survey mention")

add(d(2025, 6, 23, 13, 0), addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME,
    "AWS Weekly: new certification exam guides and a reminder to claim your badge", ("unrelated", False, None, []),
    ar=gmail_ar("amazon.com", "aws-marketing@amazonses.com"),
    body="""This week on AWS

- Updated exam guides for the Associate-level certifications
- Tip: if you hold more than one AWS Certification Account, contact AWS Training and Certification to merge them before claiming badges
- New Skill Builder labs for generative AI

Manage your email preferences or unsubscribe.
""", html_body=to_html("""This week on AWS

- Updated exam guides for the Associate-level certifications
- Tip: if you hold more than one AWS Certification Account, contact AWS Training and Certification to merge them before claiming badges
- New Skill Builder labs for generative AI"""), note="AWS newsletter mentioning account merges and badges")



README_HEAD = f"""me: {ME} {CO}

# Blind held-out corpus (blind-97)

Written without access to the classifier's rules or fixtures, from DOMAIN.md, the five seed
write-ups and BLIND-CORPUS.md only. Regenerate with `python3 gen.py` (standard library only).

One mailbox owner, Haruka Morimoto: personal address `{ME}`, old company address `{CO}`
(Kestrel Systems K.K., an APN partner; the company mailbox closes on 30 April 2025, later mail to it bounces).
Files are numbered in arrival order; threads carry across files.

## Cases

| case | digits | channel | story |
|---|---|---|---|
| {C1} | 10 | T&C form, 2021 | two profiles on the personal address (Credly badges missing): ack, info request (candidate IDs), user reply, confirmation by candidate ID, reply, merged; reopened by a reply with no case number in the subject (In-Reply-To only), progress, resolved, survey |
| {C2} | 11 | AWS Support Center (console), 2023 | notification-email change: console ack, info request to be answered in the Support Center, auto-resolve warning, resolved (user answered in the console, so no email reply exists) |
| {C3} | 15 | T&C form, 2025 | the main merge: ack, APN on-hold with a question, user answers from the company address (wrong address), support asks to resend from the personal address, user resends, on hold without ask, progress, HTML table confirmation request, closing notice, "Confirmed", merged, forward to ex-manager, survey |
| {C4} | 15 | T&C form, 2025 | duplicate form submission from the company address: Japanese ack, then closed as a duplicate of {C3} (labelled resolved: case closed, nothing left to do) |
| {C6} | 15 | T&C form, 2025, Japanese | discount benefit missing after the merge: ack, keigo info request, Shift_JIS user reply, progress, resolved, survey |
| {C8} | 15 | T&C form, 2025 | third profile created via Partner Central SSO: short ack, mixed progress + info request, user reply, Japanese confirmation request (アカウント1/2), Japanese closing notice, Japanese reply (cc to the closed company address bounces), merged, survey |

Fake case-like numbers that belong to no case: 16904410011 (017 phishing), 174530077712345 (042 dmarc=fail).
Not case numbers: 12-digit AWS account ID 482019557310; 9-digit Pearson VUE registration IDs
418827305, 512774096, 604418273; 6-digit codes 583019, 704218; Credly badge UUIDs; order numbers.
Candidate IDs: AWS01863420 (personal, kept), AWS02277154 (2021 duplicate), AWS05519038 (company), AWS06620184 (Partner Central SSO).

Judgement calls a scorer may dispute: 030 (duplicate closed) is `resolved`; 046 (owner forwards the
resolution to her ex-manager, asking *him* for something) is `user_reply` with needs_reply false;
032 (out-of-office with the case subject) and 069 (bounce) are `unrelated` with case null;
073 (phishing that knows the real case number) is `suspicious` with case null.
candidate_ids count only the author's own new text, never quoted or forwarded history.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def write_readme():
    from collections import Counter
    rows = []
    for m in MSGS:
        l = m["label"]
        rows.append(f"| {m['n']:03d} | {l['kind']} | {'yes' if l['needs_reply'] else 'no'} | {l['case'] or '-'} | {m['subject'].replace('|', '/')[:70]} -- {m['note']} |")
    kinds = Counter(m["label"]["kind"] for m in MSGS)
    nr = sum(m["label"]["needs_reply"] for m in MSGS)
    tail = "\n\n## Totals\n\n" + f"{len(MSGS)} messages; needs_reply true: {nr}, false: {len(MSGS) - nr}.\n\n"
    tail += "| kind | count |\n|---|---|\n" + "".join(f"| {k} | {v} |\n" for k, v in sorted(kinds.items()))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + tail)

def main():
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    for m in MSGS:
        base = os.path.join(OUT, f"{m['n']:03d}-msg")
        with open(base + ".eml", "wb") as fh:
            fh.write(m["data"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()
    print(len(MSGS), "messages written to", OUT)


if __name__ == "__main__":
    main()
