#!/usr/bin/env python3
"""Generate the blind-24 held-out corpus (.eml + .json) into this script's directory.
Standard library only."""
import base64, hashlib, json, os, quopri, datetime as dt
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "tanabe.rei.k@gmail.com"
ME_C = "r-tanabe@kirishima-sys.co.jp"
ME_NAME = "Rei Tanabe"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))

# case numbers
K1 = "8127730451"          # 2021, duplicate profiles under company address
K2 = "12874401937"         # 2023, Credly, closed for no reply
K2B = "12903311872"        # 2023, new case created from late reply to K2
K3 = "13190255804"         # 2023, console (billing) - auto-resolved
K11 = "14388120673"        # 2024, name correction, never answered
K9 = "14412093385"         # 2024, sharing verification
K12 = "14502277318"        # 2024, console, Japanese
K6 = "174606043200719"     # 2025, merge, Japanese form from company address
K4 = "174618742000284"     # 2025, merge, main thread (personal)
K5 = "174618747100631"     # 2025, double submission of K4
K8 = "174735330300452"     # 2025, missing benefit after merge (Japanese)
K10 = "174835144800917"    # 2025, Credly / third account via Partner Central
K7 = "174952813900366"     # 2025, console, Skill Builder billing
K13 = "175149611600148"    # 2025, exam appointment under old account

ACCT = "402718395561"      # 12-digit AWS account id (not a case)

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MESSAGES = []
_mid_seen = {}


def mid(key, domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    return "<%s@%s>" % (h[:32] if "amazonses" in domain else h[:24], domain)


def ses_mid(key):
    h = hashlib.sha1(key.encode()).hexdigest()
    return "<010101%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com>" % (
        h[:10], h[10:14], h[14:18], h[18:22], h[22:34])


def gmail_mid(key):
    h = hashlib.sha1(key.encode()).digest()
    return "<CAH%s@mail.gmail.com>" % base64.b64encode(h + h[:9]).decode().replace("/", "_").replace("+", "-").rstrip("=")


def outlook_mid(key):
    h = hashlib.sha1(key.encode()).hexdigest().upper()
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:4], h[4:20], h[20:24])


def ar_gmail(fromdom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, ip="54.240.27.19", extra_dkim=True):
    mailfrom = mailfrom or "bounces@" + fromdom
    sel = hashlib.md5(fromdom.encode()).hexdigest()[:10]
    s = "mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n" % (
        dkim, fromdom, sel, hashlib.md5(mailfrom.encode()).hexdigest()[:8])
    if extra_dkim and mailfrom.endswith("amazonses.com"):
        s += "       dkim=pass header.i=@amazonses.com header.s=hsbnp7p3ensaochzwyq5wwmceodymuwv header.b=Wq3xT0aA;\n"
    s += "       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n" % (
        spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, mailfrom)
    pol = "REJECT" if fromdom in ("amazon.com",) else "NONE"
    s += "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
        dmarc, pol, pol, "NONE" if dmarc == "pass" else ("REJECT" if pol == "REJECT" else "NONE"), fromdom)
    return s


def ar_exo(fromdom, dkim="pass", spf="pass", dmarc="pass", mailfrom_dom="amazonses.com", ip="54.240.48.93"):
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100") % (
        spf, ip, mailfrom_dom, dkim, fromdom, dmarc, fromdom, "pass" if dmarc == "pass" else "fail")


def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


CODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "utf-8": "utf-8", "us-ascii": "ascii"}


def part_bytes(subtype, text, charset, cte):
    raw = text.encode(CODEC[charset])
    if cte == "base64":
        payload = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    else:
        payload = raw
    if not payload.endswith(b"\n"):
        payload += b"\n"
    hdr = ('Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype, charset, cte)).encode()
    return hdr, payload


def build(m):
    h = []
    for k, v in m["headers"]:
        if v is None:
            continue
        h.append("%s: %s" % (k, v))
    h.append("MIME-Version: 1.0")
    parts = m["parts"]
    out = b""
    if len(parts) == 1 and not m.get("attach"):
        ph, pb = part_bytes(*parts[0])
        out = ("\n".join(h) + "\n").encode() + ph + b"\n" + pb
    else:
        bnd = "=_" + hashlib.md5(m["slug"].encode()).hexdigest()[:20]
        inner_type = "alternative" if len(parts) > 1 else None
        if m.get("attach"):
            outer = "mixed"
        else:
            outer = "alternative"
        body = b""
        if outer == "mixed":
            h.append('Content-Type: multipart/mixed; boundary="%s"' % bnd)
            body += b"This is a multi-part message in MIME format.\n\n"
            if inner_type:
                ib = "=_alt_" + hashlib.md5(m["slug"].encode()).hexdigest()[:16]
                body += ("--%s\nContent-Type: multipart/alternative; boundary=\"%s\"\n\n" % (bnd, ib)).encode()
                for p in parts:
                    ph, pb = part_bytes(*p)
                    body += ("--%s\n" % ib).encode() + ph + b"\n" + pb
                body += ("--%s--\n\n" % ib).encode()
            else:
                ph, pb = part_bytes(*parts[0])
                body += ("--%s\n" % bnd).encode() + ph + b"\n" + pb
            for fname, ctype, data in m["attach"]:
                body += ("--%s\nContent-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
                         "Content-Transfer-Encoding: base64\n\n" % (bnd, ctype, fname, fname)).encode()
                body += base64.encodebytes(data) + b"\n"
            body += ("--%s--\n" % bnd).encode()
        else:
            h.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
            for p in parts:
                ph, pb = part_bytes(*p)
                body += ("--%s\n" % bnd).encode() + ph + b"\n" + pb
            body += ("--%s--\n" % bnd).encode()
        out = ("\n".join(h) + "\n\n").encode() + body
    if m.get("eol", "\n") == "\r\n":
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def add(slug, label, date, frm, to, subject, parts, *, cc=None, msgid=None, irt=None, refs=None,
        auth=None, extra=None, eol="\n", attach=None, subj_charset="utf-8", note=""):
    n = len(MESSAGES) + 1
    name = "%03d-%s" % (n, slug)
    headers = []
    if auth:
        headers.append(("Authentication-Results", auth))
    for k, v in (extra or []):
        headers.append((k, v))
    headers += [
        ("From", frm),
        ("To", to),
        ("Cc", cc),
        ("Subject", enc_header(subject, subj_charset)),
        ("Date", format_datetime(date)),
        ("Message-ID", msgid),
        ("In-Reply-To", irt),
        ("References", refs),
    ]
    MESSAGES.append({"slug": name, "label": label, "headers": headers, "parts": parts,
                     "eol": eol, "attach": attach, "note": note, "msgid": msgid, "subject": subject})
    return msgid


def L(kind, reply, case, cids=()):
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(cids)}


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def T(s):
    # strip a leading newline so triple-quoted bodies read nicely
    return s[1:] if s.startswith("\n") else s


def d(y, mo, da, hh, mi, tz=JST, ss=0):
    return dt.datetime(y, mo, da, hh, mi, ss, tzinfo=tz)


def tc_from(name="Amazon Web Services"):
    return addr(name, TC)


def console_footer(case, lang="en"):
    if lang == "ja":
        return T("""
このケースに関するお問い合わせは、以下のリンクから AWS サポートセンターにアクセスしてご確認ください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

*このメールは送信専用のアドレスから送信されています。このアドレスに返信されてもメールを受信することはできません。
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
""" % case)
    return T("""
To see the full case history, add a correspondence or close this case, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update your case, use the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % case)


RATING = T("""
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.
""")

# ---------------------------------------------------------------------------
# 2021 - K1 (company address, two profiles under the same email)
# ---------------------------------------------------------------------------
k1_ack_id = ses_mid("k1-ack")
add("mail", L("acknowledgement", False, K1),
    d(2021, 3, 8, 10, 21, UTC), tc_from(), ME_C,
    "[CASE %s] %s" % (K1, SUBJ_TC),
    [("plain", T("""
Hello,

A support case has been created for the request you sent through the AWS
Training and Certification contact form. Its reference is case %s.

Below is a copy of what you submitted:

  Case ID:            %s
  Subject:            %s
  Contact name:       Rei Tanabe
  Email:              %s
  Inquiry type:       Certification
  Additional details: Account Merge
  Description:        It looks like there are two certification profiles
                      registered to this same email address. My exam history
                      from 2019 sits on one of them and the other one is
                      empty. I would like to end up with just one.

A member of the team will be in touch, normally in less than one business
day. While you wait, submitting the same request again would only create a
second case and delay the answer.

Regards,
AWS Training and Certification Customer Support
""" % (K1, K1, SUBJ_TC, ME_C)), "us-ascii", "7bit")],
    msgid=k1_ack_id, auth=ar_exo("amazon.com"),
    note="2021 ack, 10-digit case, repeats the submitted form (plain text)")

k1_info_txt = T("""
Hi Rei,

Thanks for writing in - I'm Mateo and I'll be looking after this one.

I can see more than one certification profile that uses
r-tanabe@kirishima-sys.co.jp, but before I touch anything I want to be
sure we're talking about the same two. Which candidate IDs do you see when
you sign in to each of them? It's the number beginning with "AWS" in the
upper right corner of the CertMetrics page.

Best,
Mateo R.
AWS Training and Certification
""")
k1_info_id = ses_mid("k1-info")
add("mail", L("info_request", True, K1),
    d(2021, 3, 9, 17, 2, UTC), tc_from("AWS Training and Certification"), ME_C,
    "RE:[CASE %s] %s" % (K1, SUBJ_TC),
    [("plain", k1_info_txt, "us-ascii", "7bit")],
    msgid=k1_info_id, irt=k1_ack_id, refs=k1_ack_id, auth=ar_exo("amazon.com"),
    note="request as a bare question, no 'please'")

k1_close_id = ses_mid("k1-close")
add("mail", L("closing_notice", True, K1),
    d(2021, 3, 12, 9, 40, UTC), tc_from("AWS Training and Certification"), ME_C,
    "RE:[CASE %s] %s" % (K1, SUBJ_TC),
    [("plain", T("""
Hi again,

Just bumping this up in your inbox. I haven't seen the candidate IDs come
through yet, so the case is still sitting with me. Unless something arrives
by 15 March it will be closed on our side automatically - any reply before
then keeps it open.

Mateo R.

-----Original Message-----
From: AWS Training and Certification
Sent: 09 March 2021 17:02 UTC
Subject: RE:[CASE %s] %s

""" % (K1, SUBJ_TC)) + k1_info_txt, "us-ascii", "7bit")],
    msgid=k1_close_id, irt=k1_info_id, refs=" ".join([k1_ack_id, k1_info_id]), auth=ar_exo("amazon.com"),
    eol="\r\n", note="reminder-style closing notice, CRLF, old request quoted below")

k1_ur1_id = outlook_mid("k1-ur1")
add("mail", L("user_reply", False, K1, ["AWS02217345", "AWS03390812"]),
    d(2021, 3, 12, 22, 5), addr("田辺 玲", ME_C), addr("AWS Training and Certification", TC),
    "RE: RE:[CASE %s] %s" % (K1, SUBJ_TC),
    [("plain", T("""
Hi Mateo,

Sorry for the slow reply, I was travelling.

AWS02217345 - the old one, this is where my 2019 exam results are
AWS03390812 - made by accident last month when I signed in a different way

Thanks,
Rei

________________________________
From: AWS Training and Certification <%s>
Sent: Friday, March 12, 2021 6:40 PM
To: Rei Tanabe <%s>
Subject: RE:[CASE %s] %s

Hi again,

Just bumping this up in your inbox. I haven't seen the candidate IDs come
through yet, so the case is still sitting with me. Unless something arrives
by 15 March it will be closed on our side automatically - any reply before
then keeps it open.
""" % (TC, ME_C, K1, SUBJ_TC)), "utf-8", "quoted-printable")],
    msgid=k1_ur1_id, irt=k1_close_id, refs=" ".join([k1_ack_id, k1_info_id, k1_close_id]),
    subj_charset="utf-8", note="user reply from company address, Outlook quoting, gives candidate IDs")

k1_conf_txt = T("""
Thanks Rei, that matches what I found. Here is how the two look on our end:

Account #1
  Candidate ID: AWS02217345
  Login email: r-tanabe@kirishima-sys.co.jp
  Training notification email: r-tanabe@kirishima-sys.co.jp
  Certification notification email: r-tanabe@kirishima-sys.co.jp
  Exams on record: 1 (Solutions Architect - Associate, 2019)

Account #2
  Candidate ID: AWS03390812
  Login email: r-tanabe@kirishima-sys.co.jp
  Training notification email: r-tanabe@kirishima-sys.co.jp
  Certification notification email: r-tanabe@kirishima-sys.co.jp
  Exams on record: none

My plan is to retire Account #2 and keep Account #1 as the surviving
profile. Is that the direction you want me to go?

Mateo R.
""")
k1_conf_id = ses_mid("k1-conf")
add("mail", L("confirmation_request", True, K1, ["AWS02217345", "AWS03390812"]),
    d(2021, 3, 13, 1, 15, UTC), tc_from("AWS Training and Certification"), ME_C,
    "RE:[CASE %s] %s" % (K1, SUBJ_TC),
    [("plain", k1_conf_txt, "us-ascii", "7bit")],
    msgid=k1_conf_id, irt=k1_ur1_id, refs=" ".join([k1_ack_id, k1_info_id, k1_close_id, k1_ur1_id]),
    auth=ar_exo("amazon.com"), note="Account #1/#2 listing, asks as a question without please")

k1_ur2_id = outlook_mid("k1-ur2")
add("mail", L("user_reply", False, K1),
    d(2021, 3, 13, 10, 48), addr("田辺 玲", ME_C), addr("AWS Training and Certification", TC),
    "RE: RE:[CASE %s] %s" % (K1, SUBJ_TC),
    [("plain", T("""
Yes, that's right. Keep #1 and fold #2 into it.

Rei

________________________________
From: AWS Training and Certification <%s>
Sent: Saturday, March 13, 2021 10:15 AM
Subject: RE:[CASE %s] %s

""" % (TC, K1, SUBJ_TC)) + k1_conf_txt, "utf-8", "quoted-printable")],
    msgid=k1_ur2_id, irt=k1_conf_id, refs=" ".join([k1_ack_id, k1_conf_id]),
    note="short confirmation; quoted part contains the candidate IDs (not new text)")

add("mail", L("resolved", False, K1, ["AWS02217345"]),
    d(2021, 3, 15, 18, 30, UTC), tc_from("AWS Training and Certification"), ME_C,
    "RE:[CASE %s] %s" % (K1, SUBJ_TC),
    [("plain", T("""
Hi Rei,

Done - the duplicate profile is gone and everything now sits under
AWS02217345. Your 2019 exam result and the Associate certification show up
there as before. There's nothing further for you to do on this one.

Have a great week,
Mateo R.
AWS Training and Certification

> Yes, that's right. Keep #1 and fold #2 into it.
>
>> My plan is to retire Account #2 and keep Account #1 as the surviving
>> profile. Is that the direction you want me to go?
"""), "us-ascii", "7bit")],
    msgid=ses_mid("k1-res"), irt=k1_ur2_id, refs=" ".join([k1_ack_id, k1_conf_id, k1_ur2_id]),
    auth=ar_exo("amazon.com"), note="resolution quoting the earlier confirmation question")

add("mail", L("badge", False, None),
    d(2021, 3, 16, 2, 14, UTC), addr("Acclaim", "admin@youracclaim.com"), ME_C,
    "Rei, your badge from Amazon Web Services Training and Certification is ready",
    [("html", T("""
<html><body style="font-family:Arial,sans-serif">
<p>Hi Rei,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge:
<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p>Accept it to add it to your Acclaim profile and share it on LinkedIn.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/6b1f0e2a-93c4-4c1e-9a51-2d7f7c0e8b11">Accept your badge</a></p>
<p style="color:#888;font-size:11px">Badge ID 6b1f0e2a-93c4-4c1e-9a51-2d7f7c0e8b11. You are receiving this because an issuer awarded you a badge.</p>
</body></html>
"""), "utf-8", "quoted-printable")],
    msgid=mid("acclaim-2021", "youracclaim.com"), auth=ar_exo("youracclaim.com", mailfrom_dom="youracclaim.com"),
    note="old Acclaim domain badge mail, UUID is not a case number")

add("mail", L("certification", False, None),
    d(2021, 6, 22, 6, 0, UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Tell us about your AWS Certification experience",
    [("plain", T("""
Dear Rei Tanabe,

You hold an active AWS Certification, and we would like to learn how it has
helped you. The questionnaire takes about ten minutes and your answers help
us shape future exams and benefits.

Start the questionnaire:
https://www.certmetrics.com/amazon/candidate/survey.aspx?t=8f2d

Responses are voluntary and anonymous.

AWS Training and Certification
This mailbox is not monitored.
"""), "us-ascii", "7bit")],
    msgid=mid("cm-2021", "certmetrics.com"), auth=ar_exo("certmetrics.com", mailfrom_dom="certmetrics.com"),
    note="certification program feedback invitation (not a support survey)")

# ---------------------------------------------------------------------------
# 2023 - K2 / K2B (personal address), K3 console
# ---------------------------------------------------------------------------
k2_ack_id = ses_mid("k2-ack")
k2_ack_txt = T("""
Hello Rei,

We have your message. It is now tracked as case %s and sits in the queue
of the AWS Training and Certification team.

Most requests get a first answer within a business day; some take longer
when another team has to look at them.

Thought of something after you hit submit - another email address you once
used, a screenshot? You can reply to this email at any time and it will be
attached to the case. There is nothing else you need to do right now.

AWS Training and Certification Customer Support
""" % K2)
add("mail", L("acknowledgement", False, K2),
    d(2023, 2, 20, 22, 11), tc_from(), ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - certification" % K2,
    [("plain", k2_ack_txt, "utf-8", "quoted-printable"),
     ("html", "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in k2_ack_txt.strip().split("\n\n")) + "</body></html>\n",
      "utf-8", "quoted-printable")],
    msgid=k2_ack_id, auth=ar_gmail("amazon.com", mailfrom="0101018670abcd11-aaaa@us-west-2.amazonses.com"),
    note="ack with optional 'reply at any time' invitation, multipart QP")

add("mail", L("unrelated", False, None),
    d(2023, 2, 21, 8, 3), addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address",
    [("plain", T("""
Hello,

Use the code below to finish verifying the email address for your AWS
Builder ID.

Verification code: 481736

The code expires 10 minutes after it was sent. If you didn't ask for it,
you can ignore this message.

Amazon Web Services
"""), "us-ascii", "7bit")],
    msgid=mid("builderid-2023", "signin.aws"), auth=ar_gmail("signin.aws", mailfrom="bounce@signin.aws"),
    note="Builder ID code, 6-digit number")

k2_info_txt = T("""
Hi Rei,

Priya here from AWS Training and Certification, picking up your case.

A bit of background first, because it explains why your new badge is
missing. Credly only receives badges from the certification account that
your Credly profile was first linked to. When someone ends up with more
than one certification account - which happens quite often when a
different sign-in method is used for an exam booking - a newly earned
certification can land on the account Credly does not know about, and the
badge never appears. Merging the accounts normally fixes this, but I have
to be certain which records are yours before I can propose anything.

For that I need the candidate ID shown on every certification account you
are able to sign in to, along with the email address you use to sign in to
each one.

Kind regards,
Priya S.
AWS Training and Certification
""")
k2_info_id = ses_mid("k2-info")
add("mail", L("info_request", True, K2),
    d(2023, 2, 21, 15, 26), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % K2,
    [("plain", k2_info_txt, "us-ascii", "7bit")],
    msgid=k2_info_id, irt=k2_ack_id, refs=k2_ack_id,
    auth=ar_gmail("amazon.com", mailfrom="0101018675bb01-bbbb@us-west-2.amazonses.com"),
    note="request buried after a long explanation, phrased as 'I need'")

k2_close1_id = ses_mid("k2-close1")
add("mail", L("closing_notice", True, K2),
    d(2023, 2, 24, 16, 0), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % K2,
    [("plain", T("""
Hello,

This is a courtesy note about case %s. We are still waiting on the
details requested on 21 February.

Cases with no activity for five business days are closed automatically.
If you would like us to carry on, a reply to this email is all it takes.

AWS Training and Certification Customer Support

---- Previous message ----
""" % K2) + k2_info_txt, "us-ascii", "7bit")],
    msgid=k2_close1_id, irt=k2_info_id, refs=" ".join([k2_ack_id, k2_info_id]),
    auth=ar_gmail("amazon.com", mailfrom="0101018686cc02-cccc@us-west-2.amazonses.com"),
    note="pre-closing reminder, ask implicit ('if you would like us to carry on')")

k2_close2_id = ses_mid("k2-close2")
add("mail", L("closing_notice", True, K2),
    d(2023, 3, 3, 9, 12), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % K2,
    [("html", T("""
<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Case <b>%s</b> has been closed today because we did not receive a response to our last message.</p>
<p>Still need help with this? Reply to this email within <b>14 days</b> and the case will be reopened with your message. After that period, please send us a new request through the contact form.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
</body></html>
""" % K2), "utf-8", "quoted-printable")],
    msgid=k2_close2_id, irt=k2_close1_id, refs=" ".join([k2_ack_id, k2_info_id, k2_close1_id]),
    auth=ar_gmail("amazon.com", mailfrom="01010186a4dd03-dddd@us-west-2.amazonses.com"),
    note="just-closed notice with 14-day reopen window, HTML only")

k2_ur_id = gmail_mid("k2-ur")
add("mail", L("user_reply", False, K2, ["AWS02217345", "AWS05120937"]),
    d(2023, 3, 20, 23, 41), addr("Rei Tanabe", ME_P), addr("AWS Training and Certification", TC),
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % K2,
    [("plain", T("""
Hello, sorry - this got buried.

Work account: AWS02217345 (sign in with r-tanabe@kirishima-sys.co.jp)
Personal one: AWS05120937 (sign in with tanabe.rei.k@gmail.com)

The Developer - Associate I passed in February is on the personal one.

Rei

On Fri, Mar 3, 2023 at 9:12 AM AWS Training and Certification <%s> wrote:
> Hello,
> Case %s has been closed today because we did not receive a response
> to our last message.
> Still need help with this? Reply to this email within 14 days and the case
> will be reopened with your message.
""" % (TC, K2)), "utf-8", "8bit")],
    msgid=k2_ur_id, irt=k2_close2_id, refs=" ".join([k2_ack_id, k2_info_id, k2_close2_id]),
    note="late reply (after the 14-day window), Gmail quoting")

k2b_ack_id = ses_mid("k2b-ack")
add("mail", L("acknowledgement", False, K2B),
    d(2023, 3, 20, 23, 43), tc_from(), ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - certification" % K2B,
    [("plain", T("""
Hello,

You replied to case %s, which is no longer open. So that your message
isn't lost, we have created a new case - %s - and copied your message
into it. Please use the new case number from now on.

Your new case will be picked up by the next available agent. No need to
send the information again.

AWS Training and Certification Customer Support
""" % (K2, K2B)), "us-ascii", "7bit")],
    msgid=k2b_ack_id, irt=k2_ur_id, refs=k2_ur_id,
    auth=ar_gmail("amazon.com", mailfrom="01010186ff0e04-eeee@us-west-2.amazonses.com"),
    note="ack of a new case created from a reply to a closed case; mentions the old case number too")

k2b_conf_txt = T("""
Hi Rei,

Thanks for sending those. Here's what the two records look like:

Account #1 - candidate ID AWS02217345
  Login email: r-tanabe@kirishima-sys.co.jp
  Certification notification email: r-tanabe@kirishima-sys.co.jp
  Linked to Credly: yes

Account #2 - candidate ID AWS05120937
  Login email: tanabe.rei.k@gmail.com
  Certification notification email: tanabe.rei.k@gmail.com
  Linked to Credly: no

Merging #2 into #1 would bring the February exam over to the profile
Credly already knows, which should release the badge. Keeping #2 instead is
also possible, but then the Credly link would need to be redone.

Let me know which of the two you want to keep.

Priya S.
""")
k2b_conf_id = ses_mid("k2b-conf")
k2b_conf_html = T("""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Rei,</p>
<p>Thanks for sending those. Here's what the two records look like:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS02217345</td><td>AWS05120937</td></tr>
<tr><td>Login email</td><td>r-tanabe@kirishima-sys.co.jp</td><td>tanabe.rei.k@gmail.com</td></tr>
<tr><td>Certification notification email</td><td>r-tanabe@kirishima-sys.co.jp</td><td>tanabe.rei.k@gmail.com</td></tr>
<tr><td>Linked to Credly</td><td>yes</td><td>no</td></tr>
</table>
<p>Merging #2 into #1 would bring the February exam over to the profile Credly already knows, which should release the badge. Keeping #2 instead is also possible, but then the Credly link would need to be redone.</p>
<p>Let me know which of the two you want to keep.</p>
<p>Priya S.</p>
</body></html>
""")
add("mail", L("confirmation_request", True, K2B, ["AWS02217345", "AWS05120937"]),
    d(2023, 3, 21, 14, 2), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % K2B,
    [("plain", k2b_conf_txt, "us-ascii", "7bit"), ("html", k2b_conf_html, "utf-8", "quoted-printable")],
    msgid=k2b_conf_id, irt=k2b_ack_id, refs=" ".join([k2_ur_id, k2b_ack_id]),
    auth=ar_gmail("amazon.com", mailfrom="010101870311ff-ffff@us-west-2.amazonses.com"),
    note="'Let me know which...' ask, multipart with table")

k2b_ur_id = gmail_mid("k2b-ur")
add("mail", L("user_reply", False, K2B),
    d(2023, 3, 21, 19, 30), addr("Rei Tanabe", ME_P), addr("AWS Training and Certification", TC),
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % K2B,
    [("plain", T("""
Keep #1 please - I'm still at Kirishima so the work one makes sense for now.

On Tue, Mar 21, 2023 at 2:02 PM AWS Training and Certification <%s> wrote:
""" % TC) + q(k2b_conf_txt) + "\n", "utf-8", "8bit")],
    msgid=k2b_ur_id, irt=k2b_conf_id, refs=" ".join([k2_ur_id, k2b_ack_id, k2b_conf_id]),
    note="user choice; quoted listing has IDs that are not new text")

add("mail", L("resolved", False, K2B),
    d(2023, 3, 22, 11, 18), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % K2B,
    [("plain", T("""
Hi Rei,

The two profiles are now one. The February exam shows on the account you
kept, and we have asked Credly to issue the badge - the email from Credly
usually arrives within a day or two and you accept the badge from there.

I'm marking the case as resolved.

Priya S.
AWS Training and Certification

-----Original Message-----
> Keep #1 please - I'm still at Kirishima so the work one makes sense for now.
>
> > Let me know which of the two you want to keep.
"""), "us-ascii", "7bit")],
    msgid=ses_mid("k2b-res"), irt=k2b_ur_id, refs=" ".join([k2b_ack_id, k2b_conf_id, k2b_ur_id]),
    auth=ar_gmail("amazon.com", mailfrom="01010187081a00-0000@us-west-2.amazonses.com"),
    note="resolution with an instruction-like sentence about accepting the Credly badge and a quoted ask")

# K3 console, billing
k3_ack_id = mid("k3-ack", "amazon.com")
add("mail", L("acknowledgement", False, K3),
    d(2023, 4, 11, 2, 33, UTC), addr("Amazon Web Services", NOREPLY), ME_P,
    "Amazon Web Services: New Support case: %s" % K3,
    [("plain", T("""
Dear Amazon Web Services Customer,

We've received your request, and a case has been created for it.

Case ID: %s
Subject: Skill Builder subscription charged twice in March
Severity: General guidance
Correspondence: I see two charges for AWS Skill Builder Individual on my
March invoice for account %s. I only have one subscription.

Thanks for reaching out to Amazon Web Services.

""" % (K3, ACCT)) + console_footer(K3), "us-ascii", "7bit")],
    msgid=k3_ack_id, auth=ar_gmail("amazon.com", mailfrom="0101018769ab00-1111@us-west-2.amazonses.com"),
    note="console New Support case mail; 12-digit account id in body")

k3_info_id = mid("k3-info", "amazon.com")
add("mail", L("info_request", True, K3),
    d(2023, 4, 12, 6, 50, UTC), addr("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE %s] Skill Builder subscription charged twice in March" % K3,
    [("plain", T("""
Hello,

Thank you for contacting AWS Billing and Accounts. My name is Dana and I'll
be assisting you today.

I checked account %s and can see the two Skill Builder line items you
describe. One of them appears to belong to a team trial that converted to
a paid plan on 3 March. Before I raise a refund with the Skill Builder team,
I need the date and the order number printed on each Skill Builder receipt
you received, so I can match them to the invoice lines.

You can add them as a correspondence on this case in the Support Center.

Best regards,
Dana C.
Amazon Web Services

""" % ACCT) + RATING + "\n" + console_footer(K3), "us-ascii", "7bit")],
    msgid=k3_info_id, irt=k3_ack_id, refs=k3_ack_id,
    auth=ar_gmail("amazon.com", mailfrom="01010187702c00-2222@us-west-2.amazonses.com"),
    note="console request to answer in Support Center, with rating footer and no-reply footer")

k3_close1_id = mid("k3-close1", "amazon.com")
add("mail", L("closing_notice", True, K3),
    d(2023, 4, 16, 7, 0, UTC), addr("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE %s] Skill Builder subscription charged twice in March" % K3,
    [("plain", T("""
Hello,

We haven't heard back from you regarding the information requested earlier
on this case. If we do not receive a reply within the next 3 days, the case
will be resolved automatically.

Have you had a chance to look up the receipts? Adding a correspondence in
the Support Center keeps the case open.

""") + console_footer(K3), "us-ascii", "7bit")],
    msgid=k3_close1_id, irt=k3_info_id, refs=" ".join([k3_ack_id, k3_info_id]),
    auth=ar_gmail("amazon.com", mailfrom="01010187801d00-3333@us-west-2.amazonses.com"),
    note="console auto-resolve warning")

add("mail", L("closing_notice", True, K3),
    d(2023, 4, 19, 7, 0, UTC), addr("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE %s] Skill Builder subscription charged twice in March" % K3,
    [("plain", T("""
Hello,

This case has been resolved automatically because we did not hear back
from you.

If the issue is not yet settled, you can reopen the case from the Support
Center within 14 days of today. Once that period has passed the case can
no longer be reopened and a new case has to be created.

""") + console_footer(K3), "us-ascii", "7bit")],
    msgid=mid("k3-close2", "amazon.com"), irt=k3_close1_id, refs=" ".join([k3_ack_id, k3_info_id, k3_close1_id]),
    auth=ar_gmail("amazon.com", mailfrom="01010187900e00-4444@us-west-2.amazonses.com"),
    note="console case just auto-resolved for no reply, reopen window")

add("mail", L("unrelated", False, None),
    d(2023, 5, 3, 0, 17, UTC), addr("Amazon Web Services", "aws-billing-noreply@amazon.com"), ME_P,
    "Amazon Web Services Billing Statement Available [Account: %s]" % ACCT,
    [("plain", T("""
Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: USD 58.00

Account ID: %s
Statement period: April 1 - April 30, 2023

You can see a complete break down of all charges on the Billing & Cost
Management page located at https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc.
""" % ACCT), "us-ascii", "7bit")],
    msgid=mid("bill-2023-04", "amazon.com"),
    auth=ar_gmail("amazon.com", mailfrom="0101018801aa00-5555@us-east-1.amazonses.com"),
    note="AWS billing, 12-digit account id in subject (not a case)")

add("mail", L("unrelated", False, None),
    d(2023, 7, 6, 12, 4), addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Confirmation of your AWS Certified Developer - Associate exam appointment",
    [("plain", T("""
Dear Rei Tanabe,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 487120396
Exam: DVA-C02 AWS Certified Developer - Associate
Date: Saturday, 19 August 2023  10:00 JST
Delivery: OnVUE online proctored

Please review the system requirements and run the system test before exam
day. To reschedule or cancel, sign in at least 24 hours before the
appointment.

Pearson VUE
"""), "us-ascii", "7bit")],
    msgid=mid("pv-2023", "pearson.com"), auth=ar_gmail("pearson.com", mailfrom="bounce@pearson.com"),
    note="exam vendor mail with 9-digit registration id")

# ---------------------------------------------------------------------------
# 2024 - K11 (name correction), K9, K12 console (Japanese)
# ---------------------------------------------------------------------------
k11_ack_id = ses_mid("k11-ack")
add("mail", L("acknowledgement", False, K11),
    d(2024, 3, 4, 20, 6), tc_from("AWS Training & Certification"), ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - profile-update" % K11,
    [("html", T("""
<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;color:#ffffff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td>
<p>Hello Rei Tanabe,</p>
<p>Your request has reached us and case <b>%s</b> is now open. Here is a summary of the form you sent:</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;width:100%%">
<tr><td style="width:35%%"><b>Name</b></td><td>Rei Tanabe</td></tr>
<tr><td><b>Email</b></td><td>%s</td></tr>
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Additional details</b></td><td>Profile Update</td></tr>
<tr><td><b>How can we help you?</b></td><td>My name is printed as "Tanabe Rei" on the certificate PDF. Can it be shown as given name first?</td></tr>
</table>
<p>What happens next: an agent reviews the request and writes to you at the address above, usually within 24 hours.</p>
<p style="color:#545b64;font-size:12px">Please don't send the same request again; additional submissions are opened as separate cases.</p>
</td></tr></table>
</td></tr></table>
</body></html>
""" % (K11, ME_P)), "utf-8", "base64")],
    msgid=k11_ack_id, auth=ar_gmail("amazon.com", mailfrom="0101018e0a1200-6666@us-west-2.amazonses.com"),
    note="HTML-only base64 ack repeating the form in a table; form text contains a question")

k11_info_id = ses_mid("k11-info")
k11_info_txt = T("""
Hello Rei,

Thanks for reaching out. Certificates print the legal name stored on the
certification profile exactly as it is entered, so the change is made on
our side.

How exactly should the name read - given name, family name, and in which
order? And does it match the spelling on the government ID you present at
exams? If they differ, your next check-in at a test centre could be refused.

Omar K.
AWS Training and Certification
""")
add("mail", L("info_request", True, K11),
    d(2024, 3, 5, 16, 44), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - profile-update" % K11,
    [("plain", k11_info_txt, "us-ascii", "7bit")],
    msgid=k11_info_id, irt=k11_ack_id, refs=k11_ack_id,
    auth=ar_gmail("amazon.com", mailfrom="0101018e0f9900-7777@us-west-2.amazonses.com"),
    note="request made only of bare questions")

add("mail", L("closing_notice", True, K11),
    d(2024, 3, 11, 10, 3), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - profile-update" % K11,
    [("html", T("""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table cellpadding="6" style="border:1px solid #ccc;border-collapse:collapse">
<tr><td><b>Case</b></td><td>%s</td></tr>
<tr><td><b>Status</b></td><td>Pending customer action</td></tr>
<tr><td><b>Scheduled closure</b></td><td>14 March 2024</td></tr>
</table>
<p>Hello Rei,</p>
<p>We wrote to you on 5 March about how your name should appear on your certificates and have not received an answer yet.</p>
<p>Unless we hear from you by the date above, this case will be closed. Answering this email before then is enough to keep it open.</p>
<p>Omar K.<br>AWS Training and Certification</p>
<hr>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">%s</blockquote>
</body></html>
""" % (K11, k11_info_txt.replace("\n\n", "<br><br>").replace("\n", " "))), "utf-8", "quoted-printable")],
    msgid=ses_mid("k11-close"), irt=k11_info_id, refs=" ".join([k11_ack_id, k11_info_id]),
    auth=ar_gmail("amazon.com", mailfrom="0101018e2b7700-8888@us-west-2.amazonses.com"),
    note="HTML-only closing notice with status table and quoted request")

add("mail", L("certification", False, None),
    d(2024, 4, 9, 3, 30, UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "You've recertified: AWS Certified Solutions Architect - Associate",
    [("plain", T("""
Hello Rei Tanabe,

Nice work - your AWS Certified Solutions Architect - Associate has been
renewed and is now valid until April 2027.

Your updated certificate and transcript are available in your
certification account. A refreshed digital badge will be issued by Credly.

AWS Certification
Please do not reply to this automated message.
"""), "us-ascii", "7bit")],
    msgid=mid("cm-recert-2024", "certmetrics.com"),
    auth=ar_exo("certmetrics.com", mailfrom_dom="certmetrics.com"),
    note="recertification notice to company address")

k9_ack_id = ses_mid("k9-ack")
add("mail", L("acknowledgement", False, K9),
    d(2024, 5, 20, 11, 25), tc_from(), ME_P,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % K9,
    [("plain", T("""
Hi there,

Your inquiry has been logged under case number %s. A specialist from the
Training and Certification team will look at it and answer at this address.

Typical response time: 1 business day.

If anything changes in the meantime or you want to add detail, you can
reply to this message - but you don't have to; we already have everything
from your form.

Thank you for your patience.
AWS Training and Certification Customer Support
""" % K9), "utf-8", "quoted-printable")],
    msgid=k9_ack_id, auth=ar_gmail("amazon.com", mailfrom="0101018f97a000-9999@us-west-2.amazonses.com"),
    note="ack whose subject starts with 'RE: [CASE' and which invites optional additions")

add("mail", L("resolved", False, K9),
    d(2024, 5, 21, 9, 50), tc_from("AWS Training and Certification"), ME_P,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % K9,
    [("plain", T("""
Hi Rei,

Good question. A prospective employer can check your certification with the
validation number printed on the certificate, or you can send them the
public link from the "Share" option in your certification account. Both are
free and do not require them to sign in.

I've marked this case as resolved. Should the link not work for them, feel
free to write back here.

Bianca
AWS Training and Certification
"""), "us-ascii", "7bit")],
    msgid=ses_mid("k9-res"), irt=k9_ack_id, refs=k9_ack_id,
    auth=ar_gmail("amazon.com", mailfrom="0101018f9c1100-aaaa@us-west-2.amazonses.com"),
    note="answer + resolved, with conditional 'feel free to write back'")

k12_ack_id = mid("k12-ack", "amazon.com")
add("mail", L("acknowledgement", False, K12),
    d(2024, 6, 3, 14, 8), addr("Amazon Web Services", NOREPLY), ME_P,
    "Amazon Web Services: New Support case: %s" % K12,
    [("plain", T("""
AWS をご利用いただき、ありがとうございます。

お問い合わせを受け付け、以下のサポートケースを作成しました。

ケース ID: %s
件名: Builder ID に登録したメールアドレスを変更したい
重要度: 一般的なガイダンス
アカウント: %s
内容: Builder ID のメールアドレスを会社のものから個人のものへ切り替えたいのですが、
プロフィール画面に変更ボタンが見当たりません。

担当者より追ってご連絡いたします。

""" % (K12, ACCT)) + console_footer(K12, "ja"), "utf-8", "base64")],
    msgid=k12_ack_id, auth=ar_gmail("amazon.com", mailfrom="01010190dd0100-bbbb@us-west-2.amazonses.com"),
    note="Japanese console ack, base64 UTF-8")

k12_info_id = mid("k12-info", "amazon.com")
add("mail", L("info_request", True, K12),
    d(2024, 6, 4, 10, 21), addr("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE %s] Builder ID に登録したメールアドレスを変更したい" % K12,
    [("plain", T("""
田辺様

AWS サポートの佐藤でございます。お問い合わせいただきありがとうございます。

Builder ID のメールアドレスは、現時点ではプロフィール画面から直接変更できない仕様となっております。
サポート側で変更を承る場合、ご本人確認のため、現在登録されているメールアドレスと、
変更後にご利用になりたいメールアドレスの両方を確認させていただく必要がございます。

つきましては、上記 2 点をサポートセンターの本ケースにてご返信いただけますでしょうか。
恐れ入りますが、本メールへの直接の返信はお受けできませんので、ご了承ください。

よろしくお願いいたします。

Amazon Web Services
佐藤

お客様の声をお聞かせください。サポートセンターの本ケース画面で、この回答の評価にご協力いただけますと幸いです。

""") + console_footer(K12, "ja"), "utf-8", "base64")],
    msgid=k12_info_id, irt=k12_ack_id, refs=k12_ack_id,
    auth=ar_gmail("amazon.com", mailfrom="01010190e15600-cccc@us-west-2.amazonses.com"),
    note="Japanese keigo console request, answer via Support Center, feedback footer")

k12_close_id = mid("k12-close", "amazon.com")
add("mail", L("closing_notice", True, K12),
    d(2024, 6, 8, 10, 30), addr("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE %s] Builder ID に登録したメールアドレスを変更したい" % K12,
    [("plain", T("""
田辺様

先日ご案内した件について、まだご回答を確認できておりません。

このまま 3 日間ご回答がない場合、本ケースは自動的に解決済みとなります。
引き続きサポートが必要な場合は、サポートセンターから本ケースへご返信ください。

Amazon Web Services

""") + console_footer(K12, "ja"), "utf-8", "base64")],
    msgid=k12_close_id, irt=k12_info_id, refs=" ".join([k12_ack_id, k12_info_id]),
    auth=ar_gmail("amazon.com", mailfrom="01010190f28800-dddd@us-west-2.amazonses.com"),
    note="Japanese console auto-resolve warning")

add("mail", L("resolved", False, K12),
    d(2024, 6, 10, 16, 2), addr("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE %s] Builder ID に登録したメールアドレスを変更したい" % K12,
    [("plain", T("""
田辺様

サポートセンターにてご回答いただき、ありがとうございました。
Builder ID のメールアドレスを個人のアドレスへ変更いたしました。次回サインイン時から新しいアドレスをご利用いただけます。

本ケースは解決済みとさせていただきます。

お客様の声をお聞かせください。サポートセンターの本ケース画面で、この回答の評価にご協力いただけますと幸いです。

Amazon Web Services
佐藤

""") + console_footer(K12, "ja"), "utf-8", "base64")],
    msgid=mid("k12-res", "amazon.com"), irt=k12_close_id, refs=" ".join([k12_ack_id, k12_info_id, k12_close_id]),
    auth=ar_gmail("amazon.com", mailfrom="01010190f99a00-eeee@us-west-2.amazonses.com"),
    note="Japanese console resolution with feedback footer")

add("mail", L("unrelated", False, None),
    d(2024, 7, 18, 11, 2, UTC), addr("Hiro Matsuda", "notifications@github.com"), ME_P,
    "Re: [kirishima-sys/infra-modules] Fix IAM policy for cert-sync Lambda (PR #212)",
    [("plain", T("""
Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kirishima-sys/infra-modules/pull/212#event-13509281744
You are receiving this because you authored the thread.

Message ID: <kirishima-sys/infra-modules/pull/212/issue_event/13509281744@github.com>
"""), "utf-8", "7bit")],
    msgid="<kirishima-sys/infra-modules/pull/212/issue_event/13509281744@github.com>",
    auth=ar_gmail("github.com", mailfrom="noreply@github.com"),
    extra=[("X-GitHub-Reason", "author")], note="GitHub 'Merged' notification")

# ---------------------------------------------------------------------------
# 2025 - leaving Kirishima Systems
# ---------------------------------------------------------------------------
add("mail", L("certification", False, None),
    d(2025, 3, 10, 6, 0, UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Your AWS Certified Developer - Associate expires in 180 days",
    [("plain", T("""
Hello Rei Tanabe,

Your AWS Certified Developer - Associate certification expires on
5 September 2025.

To keep it active, pass the current version of the exam before that date.
Your 50% discount benefit can be used for the recertification exam.

Recertification options: https://aws.amazon.com/certification/recertification/

AWS Certification
"""), "us-ascii", "7bit")],
    msgid=mid("cm-exp-2025", "certmetrics.com"), auth=ar_exo("certmetrics.com", mailfrom_dom="certmetrics.com"),
    note="expiry reminder, 'To keep it active...' reads like an instruction")

add("mail", L("unrelated", False, None),
    d(2025, 4, 14, 12, 0), addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【AWS Summit Japan 2025】登録受付を開始しました",
    [("html", T("""
<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>田辺 玲 様</p>
<p>AWS Summit Japan 2025 の事前登録を開始しました。基調講演、200 以上のセッション、認定者限定ラウンジなどをご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p>認定資格をお持ちの方は、会場の AWS Certified Lounge をご利用いただけます。</p>
<p style="font-size:11px;color:#888">このメールは配信専用です。ご返信いただいてもお答えできません。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。</p>
</body></html>
"""), "utf-8", "quoted-printable")],
    msgid=mid("mkt-2025-04", "amazon.com"), auth=ar_gmail("amazon.com", mailfrom="bounce@marketing.amazon.com"),
    subj_charset="utf-8", note="AWS marketing in Japanese")

# K6: Japanese form from the company address (ISO-2022-JP)
k6_ack_id = ses_mid("k6-ack")
add("mail", L("acknowledgement", False, K6),
    d(2025, 5, 1, 9, 47, JST, 30), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_C,
    "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K6,
    [("plain", T("""
田辺 玲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お送りいただいた内容でケース %s を作成いたしました。

―― ご入力内容 ――
ケース ID：%s
お名前：田辺 玲
メールアドレス：%s
お問い合わせタイプ：AWS トレーニングと認定
問題タイプ：認定
その他の詳細：アカウントの統合
お問い合わせ内容：
  Use Case: I am leaving my current employer and would like to merge my accounts.
  All email addresses you may have used in our system: %s, %s
  The email address you would like to keep on file: %s
――――――――――

担当者からのご連絡は、原則として 1 営業日以内を目安としております。
内容によってはお時間をいただく場合がございます。

なお、同じご依頼を重ねて送信されますと、別のケースとして扱われ、回答が遅れる原因となります。

AWS トレーニングと認定 カスタマーサポート
""" % (K6, K6, ME_C, ME_C, ME_P, ME_P)), "iso-2022-jp", "7bit")],
    msgid=k6_ack_id, auth=ar_exo("amazon.com"), subj_charset="iso-2022-jp",
    note="Japanese ack in ISO-2022-JP, repeats the submitted form")

# K4: English form from personal address
k4_ack_id = ses_mid("k4-ack")
add("mail", L("acknowledgement", False, K4),
    d(2025, 5, 2, 21, 3, JST, 52), tc_from("AWS Training and Certification"), ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K4,
    [("plain", T("""
Hello,

Thanks for getting in touch with AWS Training and Certification.

  Case ID: %s
  Status:  Open - waiting for an agent

How to write to us about this request: reply to this email and leave
"[CASE %s]" in the subject line as it is. Messages without it can end up
in a new, separate case.

Please don't use the contact form again for the same matter - a second
submission starts a second case and slows both down.

We normally come back to you within 24 hours.

AWS Training and Certification Customer Support
""" % (K4, K4)), "us-ascii", "7bit")],
    msgid=k4_ack_id, auth=ar_gmail("amazon.com", mailfrom="01010196913c00-1111@us-west-2.amazonses.com"),
    eol="\r\n", note="ack with 'keep the case number in the subject' instructions (imperative, but no reply needed); CRLF")

k5_ack_id = ses_mid("k5-ack")
add("mail", L("acknowledgement", False, K5),
    d(2025, 5, 2, 21, 4, JST, 40), tc_from("AWS Training and Certification"), ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K5,
    [("plain", T("""
Hello,

We've logged your request as case %s.

It looks very similar to another request sent from this address a moment
ago (case %s). If the form was sent twice by accident, you don't have to
do anything: our team will handle both together and close the extra one.

Expected first response: within 24 hours.

AWS Training and Certification Customer Support
""" % (K5, K4)), "us-ascii", "7bit")],
    msgid=k5_ack_id, auth=ar_gmail("amazon.com", mailfrom="01010196913d00-2222@us-west-2.amazonses.com"),
    note="ack for a duplicate submission; mentions another case number")

add("mail", L("suspicious", False, None),
    d(2025, 5, 3, 1, 12), addr("AWS Certification Support", "case-update@aws-certification-merge.com"), ME_P,
    "[CASE %s] Action required: verify ownership to complete account merge" % "174619911800412",
    [("html", T("""
<html><body style="font-family:Arial,sans-serif">
<p>Dear Customer,</p>
<p>We are processing the merge of your AWS Certification accounts. To protect your exam history, we must verify that you own both accounts before the merge can be completed.</p>
<p><b>Please sign in with both email addresses within 24 hours</b>, otherwise the request will be cancelled and your certifications may be suspended.</p>
<p><a href="https://aws-certification-merge.com/verify?c=174619911800412">Verify account ownership</a></p>
<p>AWS Training and Certification</p>
</body></html>
"""), "utf-8", "quoted-printable")],
    msgid=mid("phish1", "aws-certification-merge.com"),
    auth=ar_gmail("aws-certification-merge.com", mailfrom="bounce@aws-certification-merge.com", ip="185.220.101.7"),
    note="lookalike domain (passes its own DKIM), case-like subject, urgent ask")

k6_conf_txt = T("""
田辺 玲 様

AWS トレーニングと認定サポートの高橋と申します。
アカウント統合のご依頼について、対象となるアカウントを以下のとおり確認いたしました。

アカウント #1
  候補 ID：AWS06873015
  ログイン用メールアドレス：tanabe.rei.k@gmail.com
  トレーニング通知先メールアドレス：tanabe.rei.k@gmail.com
  認定通知先メールアドレス：tanabe.rei.k@gmail.com

アカウント #2
  候補 ID：AWS02217345
  ログイン用メールアドレス：r-tanabe@kirishima-sys.co.jp
  トレーニング通知先メールアドレス：r-tanabe@kirishima-sys.co.jp
  認定通知先メールアドレス：r-tanabe@kirishima-sys.co.jp

アカウント #2 の試験履歴・認定・特典をアカウント #1 へ移し、アカウント #1 を残す形で統合を進めてよろしいでしょうか。
内容に誤りがなければ、その旨をご返信くださいますよう、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
高橋
""")
k6_conf_id = ses_mid("k6-conf")
add("mail", L("confirmation_request", True, K6, ["AWS06873015", "AWS02217345"]),
    d(2025, 5, 3, 9, 20), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_C,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K6,
    [("plain", k6_conf_txt, "iso-2022-jp", "7bit")],
    msgid=k6_conf_id, irt=k6_ack_id, refs=k6_ack_id, auth=ar_exo("amazon.com"),
    note="Japanese confirmation request (keigo) with アカウント #1/#2, ISO-2022-JP; case is the duplicate")

k4_hold1_txt = T("""
Hi Rei,

Lukas from AWS Training and Certification here - thanks for your patience.

While preparing the merge I noticed that the certification account using
r-tanabe@kirishima-sys.co.jp is associated with an AWS Partner Network
organization, Kirishima Systems Co., Ltd. Certifications on such accounts
count towards the partner's own standing, so we don't move them out while
the holder is still employed there. For now I've put the merge on hold.

Are you leaving Kirishima Systems, or have you already left? If so, tell
me your last working day and I'll get the partner record released so we
can continue.

Lukas
AWS Training and Certification
""")
k4_hold1_id = ses_mid("k4-hold1")
add("mail", L("on_hold", True, K4),
    d(2025, 5, 3, 10, 55), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K4,
    [("plain", k4_hold1_txt, "us-ascii", "7bit")],
    msgid=k4_hold1_id, irt=k4_ack_id, refs=k4_ack_id,
    auth=ar_gmail("amazon.com", mailfrom="01010196947f00-3333@us-west-2.amazonses.com"),
    note="APN partner hold that asks about the last working day")

k6_ur_id = outlook_mid("k6-ur")
add("mail", L("user_reply", False, K6),
    d(2025, 5, 3, 12, 10), addr("田辺 玲", ME_C, "iso-2022-jp"), addr("AWS トレーニングと認定", TC, "iso-2022-jp"),
    "RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K6,
    [("plain", T("""
AWS トレーニングと認定 カスタマーサポート
高橋様

ご確認いただきありがとうございます。
実は同じ内容を個人アドレスからも送信しており（ケース %s）、そちらで既に担当の方とやり取りを始めております。
お手数をおかけしますが、こちらのケースはクローズしていただけますと幸いです。

田辺

-----Original Message-----
From: AWS トレーニングと認定 <%s>
Sent: Saturday, May 3, 2025 9:20 AM
To: 田辺 玲 <%s>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % (K4, TC, ME_C, K6)) + k6_conf_txt, "iso-2022-jp", "7bit")],
    msgid=k6_ur_id, irt=k6_conf_id, refs=" ".join([k6_ack_id, k6_conf_id]), subj_charset="iso-2022-jp",
    note="user reply in Japanese that mentions the other case number; quoted confirmation request below")

k4_ur1_id = gmail_mid("k4-ur1")
add("mail", L("user_reply", False, K4),
    d(2025, 5, 3, 13, 2), addr("Rei Tanabe", ME_P), addr("AWS Training and Certification", TC),
    "Re: account-assistance",
    [("plain", T("""
Hi Lukas,

Yes - I'm leaving Kirishima Systems. My last working day is 9 May, and the
company mailbox will be switched off after that, so I'd like everything to
end up on my personal account.

Best regards,
Rei Tanabe

2025年5月3日(土) 10:55 AWS Training and Certification <%s>:
""" % TC) + q(k4_hold1_txt) + "\n", "utf-8", "8bit")],
    msgid=k4_ur1_id, irt=k4_hold1_id, refs=" ".join([k4_ack_id, k4_hold1_id]),
    note="reply without the case number in the subject (thread only via In-Reply-To/References); Japanese Gmail header")

k4_fwd_id = gmail_mid("k4-fwd")
add("mail", L("user_reply", False, K4),
    d(2025, 5, 3, 13, 9), addr("Rei Tanabe", ME_P), ME_C,
    "Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K4,
    [("plain", T("""
吉岡さん（cc）

退職に伴い AWS 認定アカウントを個人側へ統合するよう AWS に依頼しています。
APN の紐付けについて下記の連絡が来たので、念のため共有します。会社アドレスにも控えとして転送しています。

田辺

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2025年5月3日(土) 10:55
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance
To: <%s>

""" % (TC, K4, ME_P)) + k4_hold1_txt, "utf-8", "base64")],
    msgid=k4_fwd_id, cc=addr("吉岡 誠", "m-yoshioka@kirishima-sys.co.jp"),
    note="the owner forwards the hold mail (with its question) to the company address; forwarded copy, no reply due from this mail")

add("mail", L("unrelated", False, None),
    d(2025, 5, 3, 13, 9, JST, 40), addr("吉岡 誠", "m-yoshioka@kirishima-sys.co.jp"), addr("Rei Tanabe", ME_P),
    "自動応答: Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K4,
    [("plain", T("""
お疲れさまです。吉岡です。

5/3(土)～5/6(火)は連休のため不在にしております。
5/7(水)より順次対応いたします。お急ぎの場合は情報システム部（is-desk@kirishima-sys.co.jp）までご連絡ください。

I am out of the office until 7 May with limited access to email.
"""), "utf-8", "base64")],
    msgid=outlook_mid("ooo-yoshioka"), irt=k4_fwd_id, refs=k4_fwd_id,
    auth=ar_gmail("kirishima-sys.co.jp", mailfrom="m-yoshioka@kirishima-sys.co.jp", ip="40.107.74.52"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "m-yoshioka@kirishima-sys.co.jp")],
    subj_charset="utf-8", note="out-of-office auto-reply whose subject carries a case number")

add("mail", L("resolved", False, K6),
    d(2025, 5, 4, 9, 15), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_C,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K6,
    [("plain", T("""
田辺 玲 様

ご連絡ありがとうございます。
ご依頼の件は、個人アドレスからお送りいただいたケース %s にて引き続き対応いたします。
本ケース %s は重複のため、解決済みとしてクローズいたしました。

本ケースについて、田辺様にご対応いただくことは特にございません。

AWS トレーニングと認定 カスタマーサポート
高橋
""" % (K4, K6)), "iso-2022-jp", "7bit")],
    msgid=ses_mid("k6-res"), irt=k6_ur_id, refs=" ".join([k6_ack_id, k6_conf_id, k6_ur_id]),
    auth=ar_exo("amazon.com"), subj_charset="iso-2022-jp",
    note="duplicate case closed as resolved; mentions the other case number")

k4_hold2_id = ses_mid("k4-hold2")
k4_hold2_txt = T("""
Hi Rei,

Thanks, that's what I needed. I've sent your last working day to our
partner operations team. They have to release your certification record
from Kirishima Systems' partner profile before anything can be merged, and
that typically takes two to three business days.

The case stays on hold until they're done. Nothing is needed from you in
the meantime - I'll write as soon as I hear back.

Lukas
""")
add("mail", L("on_hold", False, K4),
    d(2025, 5, 5, 11, 40), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K4,
    [("plain", k4_hold2_txt + "\n> Yes - I'm leaving Kirishima Systems. My last working day is 9 May, and the\n> company mailbox will be switched off after that.\n", "us-ascii", "7bit")],
    msgid=k4_hold2_id, irt=k4_ur1_id, refs=" ".join([k4_ack_id, k4_hold1_id, k4_ur1_id]),
    auth=ar_gmail("amazon.com", mailfrom="0101019699a100-4444@us-west-2.amazonses.com"),
    note="partner hold without any ask")

add("mail", L("suspicious", False, None),
    d(2025, 5, 6, 3, 27), addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE 174640310900218] [AWS Training and Certification Form Submission] - account-assistance",
    [("plain", T("""
Hello,

Your certification accounts are ready to be merged. Because your previous
account belongs to a partner organization, we need you to re-authenticate
the destination account before we continue.

Sign in here: https://aws-training.account-merge-review.co/signin

Reply to this message once done.

AWS Training and Certification
"""), "us-ascii", "7bit")],
    msgid=mid("spoof-tc", "mail-relay-7.net"),
    auth=ar_gmail("amazon.com", dkim="fail", spf="fail", dmarc="fail", mailfrom="info@mail-relay-7.net", ip="45.95.147.12", extra_dkim=False),
    note="spoofed From amazon.com, dmarc=fail; realistic subject and an ask")

k4_conf_html = T("""
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<p>Hi Rei,</p>
<p>Good news: the partner team has released your old record, so the merge can go ahead.</p>
<p>Before I run it, have a look at the two accounts below. Everything on Account #2 (exam history, certifications, benefits) will be moved to Account #1, and Account #2 will then be closed.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">
<tr style="background:#eaeded"><th>&nbsp;</th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS06873015</td><td>AWS02217345</td></tr>
<tr><td>Login email</td><td>tanabe.rei.k@gmail.com</td><td>r-tanabe@kirishima-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>tanabe.rei.k@gmail.com</td><td>r-tanabe@kirishima-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>tanabe.rei.k@gmail.com</td><td>r-tanabe@kirishima-sys.co.jp</td></tr>
</table>
<p>A one-word "confirmed" is enough if this is right. If you'd rather keep Account #2, say so and I'll reverse the direction.</p>
<p>Hana<br>AWS Training and Certification</p>
</body></html>
""")
k4_conf_id = ses_mid("k4-conf")
add("mail", L("confirmation_request", True, K4, ["AWS06873015", "AWS02217345"]),
    d(2025, 5, 7, 16, 12), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K4,
    [("html", k4_conf_html, "utf-8", "quoted-printable")],
    msgid=k4_conf_id, irt=k4_hold2_id, refs=" ".join([k4_ack_id, k4_hold1_id, k4_ur1_id, k4_hold2_id]),
    auth=ar_gmail("amazon.com", mailfrom="010101969f6200-5555@us-west-2.amazonses.com"),
    note="HTML-only table confirmation, progress news first, ask without 'please' or 'confirm?'")

k4_conf_plain = T("""
Hi Rei,

Good news: the partner team has released your old record, so the merge can go ahead.

Before I run it, have a look at the two accounts below. Everything on Account #2 (exam history, certifications, benefits) will be moved to Account #1, and Account #2 will then be closed.

Account #1: AWS06873015 / tanabe.rei.k@gmail.com
Account #2: AWS02217345 / r-tanabe@kirishima-sys.co.jp

A one-word "confirmed" is enough if this is right. If you'd rather keep Account #2, say so and I'll reverse the direction.

Hana
""")
k4_ur2_id = outlook_mid("k4-ur2")
add("mail", L("user_reply", False, K4),
    d(2025, 5, 8, 9, 31), addr("Tanabe Rei", ME_C), addr("AWS Training and Certification", TC),
    "RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K4,
    [("plain", T("""
Confirmed - go ahead and move everything into Account #1 (the gmail one).

Rei Tanabe
Kirishima Systems Co., Ltd. | Cloud Engineering

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Wednesday, May 7, 2025 4:12 PM
To: tanabe.rei.k@gmail.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % (TC, K4)) + k4_conf_plain, "utf-8", "quoted-printable")],
    msgid=k4_ur2_id, irt=k4_conf_id, refs=" ".join([k4_ack_id, k4_hold2_id, k4_conf_id]),
    eol="\r\n", note="user confirms from the OLD company address (wrong address); Outlook quoting, CRLF")

k4_info_txt = T("""
Hi Rei,

Thanks for the quick answer. One snag: it came from
r-tanabe@kirishima-sys.co.jp, the address on the account that is going to
be closed. For a merge we take the go-ahead from the address on the account
that stays, so we need the same confirmation sent from
tanabe.rei.k@gmail.com - a reply to this email from that mailbox is fine.

Once that arrives I'll run the merge straight away.

Hana
AWS Training and Certification
""")
k4_info_id = ses_mid("k4-info")
add("mail", L("info_request", True, K4),
    d(2025, 5, 9, 10, 5), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K4,
    [("plain", k4_info_txt, "us-ascii", "7bit")],
    msgid=k4_info_id, irt=k4_ur2_id, refs=" ".join([k4_ack_id, k4_conf_id, k4_ur2_id]),
    auth=ar_gmail("amazon.com", mailfrom="01010196a9b000-6666@us-west-2.amazonses.com"),
    note="asks to write again from the address on the kept account ('we need')")

add("mail", L("unrelated", False, None),
    d(2025, 5, 9, 18, 30), addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder order receipt",
    [("plain", T("""
Thank you for your order.

Order number: SB-2025-0509-771203
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: 9 May 2025 - 8 June 2025

You can manage or cancel your subscription at any time from
https://skillbuilder.aws/subscription

AWS Training and Certification
"""), "us-ascii", "7bit")],
    msgid=mid("sb-receipt-2025", "aws.training"),
    auth=ar_gmail("aws.training", mailfrom="bounce@aws.training"),
    note="Skill Builder receipt from AWS training domain")

k4_close_id = ses_mid("k4-close")
add("mail", L("closing_notice", True, K4),
    d(2025, 5, 12, 9, 0), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K4,
    [("plain", T("""
Hello Rei,

Following up on my note from 9 May. The merge is ready to go but I'm still
without the confirmation from your personal address.

I'll hold the case open for another 48 hours. After that it closes
automatically, though a reply to this thread will bring it back.

Hana

""") + q(k4_info_txt) + "\n", "us-ascii", "7bit")],
    msgid=k4_close_id, irt=k4_info_id, refs=" ".join([k4_ack_id, k4_conf_id, k4_ur2_id, k4_info_id]),
    auth=ar_gmail("amazon.com", mailfrom="01010196b8c700-7777@us-west-2.amazonses.com"),
    note="closing notice that never says 'please reply'")

k4_ur3_id = gmail_mid("k4-ur3")
add("mail", L("user_reply", False, K4),
    d(2025, 5, 12, 12, 44), addr("Rei Tanabe", ME_P), addr("AWS Training and Certification", TC),
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K4,
    [("plain", T("""
Hana,

Sorry, I missed that. Writing from tanabe.rei.k@gmail.com now: confirmed -
please merge Account #2 into Account #1.

Rei

2025年5月12日(月) 9:00 AWS Training and Certification <%s>:
""" % TC) + q("Hello Rei,\n\nFollowing up on my note from 9 May. The merge is ready to go but I'm still\nwithout the confirmation from your personal address.\n\n" + k4_info_txt), "utf-8", "8bit")],
    msgid=k4_ur3_id, irt=k4_close_id, refs=" ".join([k4_ack_id, k4_info_id, k4_close_id]),
    cc=ME_C, note="confirmation from the personal address, CC to the now-closed company mailbox")

add("mail", L("unrelated", False, None),
    d(2025, 5, 12, 12, 44, JST, 31), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)",
    [("plain", T("""
** Address not found **

Your message wasn't delivered to r-tanabe@kirishima-sys.co.jp because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient r-tanabe@kirishima-sys.co.jp not found by SMTP address lookup

----- Original message -----
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Sorry, I missed that. Writing from tanabe.rei.k@gmail.com now: confirmed -
please merge Account #2 into Account #1.
""" % K4), "us-ascii", "7bit")],
    msgid=mid("dsn-k4", "mx.google.com"), irt=k4_ur3_id,
    extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", ME_C)],
    note="bounce from the closed company mailbox, quoted text has a case number and 'please merge'")

k4_upd_id = ses_mid("k4-upd")
add("mail", L("case_update", False, K4),
    d(2025, 5, 12, 15, 20), tc_from("AWS Training and Certification"), ME_P,
    "Update on your AWS Training and Certification request",
    [("plain", T("""
Hi Rei,

Case ID: %s

Got it, thank you. The merge has been queued. On our side it can take up
to 48 hours for every record (exam history, certificates, benefits) to show
on the surviving account, so if something looks incomplete right after you
sign in, give it a little time.

You'll hear from me again when it's finished.

Hana
""" % K4), "us-ascii", "7bit")],
    msgid=k4_upd_id, irt=k4_ur3_id, refs=" ".join([k4_ack_id, k4_close_id, k4_ur3_id]),
    auth=ar_gmail("amazon.com", mailfrom="01010196b9f000-8888@us-west-2.amazonses.com"),
    note="progress update with no case number in subject, only 'Case ID:' in body")

k4_res_id = ses_mid("k4-res")
k4_res_txt = T("""
Hi Rei,

I have merged the two accounts. Everything that was on AWS02217345 now
sits under AWS06873015, which you sign in to with tanabe.rei.k@gmail.com.
Your old company address has been removed from the profile.

No further action is required from you. If you receive a Credly email in
the next few days, that's the badge being re-issued to your personal
address.

Best wishes for the new job,
Hana
AWS Training and Certification
""")
add("mail", L("resolved", False, K4, ["AWS02217345", "AWS06873015"]),
    d(2025, 5, 13, 10, 2), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K4,
    [("plain", k4_res_txt + "\n\n-------- Earlier messages --------\n" + q(k4_conf_plain) + "\n>\n" + q(k4_hold1_txt) + "\n", "utf-8", "quoted-printable"),
     ("html", "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in k4_res_txt.strip().split("\n\n")) +
      "<hr><blockquote>" + k4_conf_html.split("<body", 1)[1].split(">", 1)[1].split("</body>")[0] + "</blockquote></body></html>\n",
      "utf-8", "quoted-printable")],
    msgid=k4_res_id, irt=k4_upd_id, refs=" ".join([k4_ack_id, k4_conf_id, k4_ur3_id, k4_upd_id]),
    auth=ar_gmail("amazon.com", mailfrom="01010196be0a00-9999@us-west-2.amazonses.com"),
    note="merge done; quotes the old confirmation table and the APN question below")

add("mail", L("survey", False, K4),
    d(2025, 5, 13, 10, 30), addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
    "How did we do? Case %s" % K4,
    [("html", T("""
<html><body style="font-family:Arial,sans-serif">
<p>Hello Rei,</p>
<p>Your recent case with AWS Training and Certification (<b>%s</b>) was marked resolved. Would you take one minute to tell us how it went?</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws.training/s?c=%s&r=1">1</a></td>
<td><a href="https://survey.aws.training/s?c=%s&r=2">2</a></td>
<td><a href="https://survey.aws.training/s?c=%s&r=3">3</a></td>
<td><a href="https://survey.aws.training/s?c=%s&r=4">4</a></td>
<td><a href="https://survey.aws.training/s?c=%s&r=5">5</a></td>
</tr></table>
<p style="font-size:11px;color:#777">1 = very dissatisfied, 5 = very satisfied. Replies to this email are not read.</p>
</body></html>
""" % ((K4,) * 6)), "utf-8", "quoted-printable")],
    msgid=mid("survey-k4", "amazon.com"),
    auth=ar_gmail("amazon.com", mailfrom="0101019700aa00-0000@us-west-2.amazonses.com"),
    note="satisfaction survey, 'Would you take one minute...'")

add("mail", L("badge", False, None),
    d(2025, 5, 13, 19, 8), addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a badge",
    [("html", T("""
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Congratulations, Rei!</p>
<p>Amazon Web Services Training and Certification has sent you the <b>AWS Certified Developer &ndash; Associate</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0c5a7e0d-41b7-4d0c-9a0c-0b3f4e2e1f55">Accept badge</a></p>
<p>Once accepted you can share it on LinkedIn, add it to your email signature and more.</p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; Badge 0c5a7e0d-41b7-4d0c-9a0c-0b3f4e2e1f55</p>
</body></html>
"""), "utf-8", "quoted-printable")],
    msgid=mid("credly-2025-1", "credly.com"), auth=ar_gmail("credly.com", mailfrom="bounces@credly.com"),
    note="Credly badge after merge")

add("mail", L("suspicious", False, None),
    d(2025, 5, 14, 4, 51), addr("Credly Badges", "notify@credly-badge-center.com"), ME_P,
    "Your AWS badge will be revoked in 48 hours",
    [("plain", T("""
Hello,

Following the recent merge of your AWS certification accounts, one of your
badges could not be matched to your profile and is scheduled for
revocation.

To keep it, confirm your details here:
https://credly-badge-center.com/keep-badge?id=0c5a7e0d

Credly Support
"""), "us-ascii", "7bit")],
    msgid=mid("phish-credly", "credly-badge-center.com"),
    auth=ar_gmail("credly-badge-center.com", mailfrom="notify@credly-badge-center.com", ip="91.92.240.18"),
    note="Credly lookalike domain referring to the merge")

# K8: missing benefit after merge (Japanese, Shift_JIS)
k8_ack_id = ses_mid("k8-ack")
add("mail", L("acknowledgement", False, K8),
    d(2025, 5, 16, 8, 55, JST, 20), addr("AWS トレーニングと認定", TC, "utf-8"), ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - benefits" % K8,
    [("plain", T("""
田辺 玲 様

このたびはお問い合わせいただき、誠にありがとうございます。
ご依頼はケース番号 %s として承りました。

担当者が内容を確認のうえ、本メールアドレス宛にご連絡いたします。
通常は 24 時間以内にご連絡しておりますが、確認に日数を要する場合もございますのでご了承ください。

ご依頼内容について補足がございましたら、本メールにご返信いただければケースに追記されます。

※同一内容のお問い合わせを複数お送りいただく必要はございません。

AWS トレーニングと認定 カスタマーサポート
""" % K8), "shift_jis", "8bit")],
    msgid=k8_ack_id, auth=ar_gmail("amazon.com", mailfrom="01010197daf100-aaaa@us-west-2.amazonses.com"),
    note="Japanese ack in Shift_JIS 8bit, conditional invitation (〜がございましたら…ご返信)")

k8_info_txt = T("""
田辺 玲 様

AWS トレーニングと認定サポートの森と申します。
お問い合わせいただいた「アカウント統合後に 50% 割引特典が表示されない」件につきまして、ご連絡いたします。

統合後のアカウント（AWS06873015）を確認いたしましたところ、認定の履歴は正しく移行されておりましたが、
特典については統合前に発行済みのものを個別に移行する必要がございます。
また、特典の有効期限や使用状況によっては移行の対象外となる場合がございます。

つきましては、旧アカウントの候補 ID と、統合前に特典画面に表示されていた割引コード（お手元に控えがある場合は、その画面のスクリーンショット）をお送りいただけますでしょうか。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
森
""")
k8_info_id = ses_mid("k8-info")
add("mail", L("info_request", True, K8, ["AWS06873015"]),
    d(2025, 5, 19, 14, 30), addr("AWS トレーニングと認定", TC, "utf-8"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % K8,
    [("plain", k8_info_txt, "shift_jis", "base64")],
    msgid=k8_info_id, irt=k8_ack_id, refs=k8_ack_id,
    auth=ar_gmail("amazon.com", mailfrom="01010197e9c200-bbbb@us-west-2.amazonses.com"),
    note="Japanese keigo request buried after explanation; Shift_JIS base64")

add("mail", L("unrelated", False, None),
    d(2025, 5, 20, 10, 12), addr("Jira (Loft Works)", "jira@loftworks.atlassian.net"), ME_P,
    "[JIRA] (LW-318) Request for information: SSO settings for staging",
    [("plain", T("""
Kenta Ono commented on LW-318:

@Rei could you confirm which IdP metadata file we should use for staging?
Need it before Thursday's deploy.

Reply to this email to add a comment, or view the issue:
https://loftworks.atlassian.net/browse/LW-318
"""), "utf-8", "7bit")],
    msgid=mid("jira-lw318", "loftworks.atlassian.net"),
    auth=ar_gmail("loftworks.atlassian.net", mailfrom="jira@loftworks.atlassian.net"),
    note="Jira mail that asks the owner a question (not AWS support)")

k8_close_id = ses_mid("k8-close")
add("mail", L("closing_notice", True, K8),
    d(2025, 5, 23, 11, 0), addr("AWS トレーニングと認定", TC, "utf-8"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % K8,
    [("plain", T("""
田辺 玲 様

5 月 19 日にお送りしたご案内につきまして、その後ご返信を確認できておりません。

5 月 28 日までにご連絡をいただけない場合、本ケースはいったんクローズさせていただきます。
クローズ後でも 14 日以内であれば、本メールへのご返信でケースを再開できます。

AWS トレーニングと認定 カスタマーサポート
森

----- 元のメッセージ -----
""") + k8_info_txt, "utf-8", "base64")],
    msgid=k8_close_id, irt=k8_info_id, refs=" ".join([k8_ack_id, k8_info_id]),
    auth=ar_gmail("amazon.com", mailfrom="01010197fc1300-cccc@us-west-2.amazonses.com"),
    note="Japanese closing notice with reopen window, no explicit ください")

k8_ur_id = gmail_mid("k8-ur")
add("mail", L("user_reply", False, K8, ["AWS02217345"]),
    d(2025, 5, 23, 21, 40), addr("田辺 玲", ME_P), addr("AWS トレーニングと認定", TC),
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % K8,
    [("plain", T("""
森様

ご連絡が遅くなり申し訳ございません。
旧アカウントの候補 ID は AWS02217345 です。
統合前に控えておいた特典画面のスクリーンショットを添付いたします。

よろしくお願いいたします。
田辺

2025年5月23日(金) 11:00 AWS トレーニングと認定 <%s>:
""" % TC) + q("田辺 玲 様\n\n5 月 19 日にお送りしたご案内につきまして、その後ご返信を確認できておりません。"), "utf-8", "8bit")],
    msgid=k8_ur_id, irt=k8_close_id, refs=" ".join([k8_ack_id, k8_info_id, k8_close_id]),
    attach=[("benefits.png", "image/png", base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="))],
    note="Japanese user reply with candidate id and an attachment (multipart/mixed)")

add("mail", L("resolved", False, K8),
    d(2025, 5, 26, 10, 45), addr("AWS トレーニングと認定", TC, "utf-8"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % K8,
    [("plain", T("""
田辺 玲 様

お送りいただいた情報をもとに確認し、50% 割引特典を新しいアカウントへ付与いたしました。
認定アカウントの「特典」ページからご確認いただけます。

以上をもちまして、本件は解決とさせていただきます。

今後のサービス向上のため、後ほどお送りするアンケートへのご協力をお願いしております（任意）。

AWS トレーニングと認定 カスタマーサポート
森

> 旧アカウントの候補 ID は AWS02217345 です。
>
>> つきましては、旧アカウントの候補 ID と、統合前に特典画面に表示されていた割引コード
>> （お手元に控えがある場合は、その画面のスクリーンショット）をお送りいただけますでしょうか。
"""), "utf-8", "8bit")],
    msgid=ses_mid("k8-res"), irt=k8_ur_id, refs=" ".join([k8_ack_id, k8_info_id, k8_ur_id]),
    auth=ar_gmail("amazon.com", mailfrom="010101980f2a00-dddd@us-west-2.amazonses.com"),
    note="Japanese resolution; optional-survey line; quoted old request in keigo")

add("mail", L("survey", False, K8),
    d(2025, 5, 27, 9, 0), addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com", "utf-8"), ME_P,
    "サポートに関するアンケートのお願い（ケース %s）" % K8,
    [("html", T("""
<html><body style="font-family:Meiryo,sans-serif">
<p>田辺 玲 様</p>
<p>先日はAWS トレーニングと認定サポートをご利用いただき、ありがとうございました。</p>
<p>ケース %s の対応について、5 段階でご評価いただけますでしょうか。所要時間は 1 分程度です。</p>
<p><a href="https://survey.aws.training/s?c=%s&lang=ja">アンケートに回答する</a></p>
<p style="font-size:11px;color:#777">本メールは送信専用です。</p>
</body></html>
""" % (K8, K8)), "utf-8", "base64")],
    msgid=mid("survey-k8", "amazon.com"),
    auth=ar_gmail("amazon.com", mailfrom="010101981a0000-eeee@us-west-2.amazonses.com"),
    subj_charset="utf-8", note="Japanese survey phrased with いただけますでしょうか")

# K10: Credly badge missing / third account via Partner Central
k10_ack_id = ses_mid("k10-ack")
k10_ack_txt = T("""
Hi,

Thanks - your message is in. Reference: case %s.

If you happen to know the candidate IDs of the certification accounts
involved, you're welcome to reply with them. This is optional; we can look
them up from the email addresses in your form.

When replying, keep the [CASE %s] tag in the subject.

AWS Training and Certification Customer Support
""" % (K10, K10))
add("mail", L("acknowledgement", False, K10),
    d(2025, 5, 27, 22, 11, JST, 5), tc_from("AWS Training and Certification"), ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % K10,
    [("plain", k10_ack_txt, "us-ascii", "7bit")],
    msgid=k10_ack_id, auth=ar_gmail("amazon.com", mailfrom="0101019817d800-ffff@us-west-2.amazonses.com"),
    note="ack with an optional invitation to send candidate IDs + keep-tag instruction")

k10_hold_txt = T("""
Hello Rei,

Ji-woo from AWS Training and Certification.

I found the reason your badges aren't showing. Besides the account we
merged earlier this month, there is a third certification account,
AWS04409152, which was created when you once signed in through AWS Partner
Central at Kirishima Systems. Your Credly profile is linked to that one.

Because it was created through the partner's sign-in, the partner's
administrator has to unlink it before we can do anything with it. I've
asked them to, and the case is parked until they respond - usually within
a week. No action is needed from you right now.

Ji-woo
""")
k10_hold_id = ses_mid("k10-hold")
add("mail", L("on_hold", False, K10, ["AWS04409152"]),
    d(2025, 5, 29, 17, 26), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % K10,
    [("plain", k10_hold_txt, "us-ascii", "7bit")],
    msgid=k10_hold_id, irt=k10_ack_id, refs=k10_ack_id,
    auth=ar_gmail("amazon.com", mailfrom="01010198224000-1212@us-west-2.amazonses.com"),
    note="APN hold with explicit 'no action needed'")

k10_conf_id = ses_mid("k10-conf")
add("mail", L("confirmation_request", True, K10, ["AWS04409152", "AWS06873015"]),
    d(2025, 6, 3, 11, 9), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % K10,
    [("plain", T("""
Rei - the partner has unlinked it.

AWS04409152 holds only your 2022 Cloud Practitioner record and the Credly
link. Shall I fold it into AWS06873015 as well? Once you give the word I'll
run it and re-point Credly at the merged account.

Ji-woo

On Thu, May 29, 2025 at 08:26 AWS Training and Certification wrote:
""") + q(k10_hold_txt) + "\n>\n" + q(q(k10_ack_txt)) + "\n", "us-ascii", "7bit")],
    msgid=k10_conf_id, irt=k10_hold_id, refs=" ".join([k10_ack_id, k10_hold_id]),
    auth=ar_gmail("amazon.com", mailfrom="010101973a7700-1313@us-west-2.amazonses.com"),
    note="short top-posted confirmation ('Shall I...') over quoted history including 'No action is needed'")

k10_ur_id = gmail_mid("k10-ur")
add("mail", L("user_reply", False, K10),
    d(2025, 6, 3, 12, 2), addr("Rei Tanabe", ME_P), addr("AWS Training and Certification", TC),
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % K10,
    [("plain", T("""
Yes, go ahead. Thanks Ji-woo!

2025年6月3日(火) 11:09 AWS Training and Certification <%s>:
> Rei - the partner has unlinked it.
>
> AWS04409152 holds only your 2022 Cloud Practitioner record and the Credly
> link. Shall I fold it into AWS06873015 as well?
""" % TC), "utf-8", "8bit")],
    msgid=k10_ur_id, irt=k10_conf_id, refs=" ".join([k10_ack_id, k10_hold_id, k10_conf_id]),
    note="two-word reply; IDs only in quote")

add("mail", L("resolved", False, K10),
    d(2025, 6, 4, 9, 33), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % K10,
    [("plain", T("""
Hi Rei,

All three accounts are now one, and Credly is pointed at it. Your badges
should be listed on your Credly profile within a day. The case is resolved.

Ji-woo
AWS Training and Certification

We value your feedback. If you have a moment, tell us how we did by
answering the short survey you'll receive separately.
"""), "us-ascii", "7bit")],
    msgid=ses_mid("k10-res"), irt=k10_ur_id, refs=" ".join([k10_ack_id, k10_conf_id, k10_ur_id]),
    auth=ar_gmail("amazon.com", mailfrom="010101973f1100-1414@us-west-2.amazonses.com"),
    note="resolution with a feedback footer")

add("mail", L("badge", False, None),
    d(2025, 6, 4, 21, 40), addr("Credly", "admin@credly.com"), ME_P,
    "Your AWS Certified Cloud Practitioner badge is waiting",
    [("plain", T("""
Hi Rei,

Amazon Web Services Training and Certification issued you a badge:
AWS Certified Cloud Practitioner

Accept your badge:
https://www.credly.com/earner/earned/badge/e4a1b9f3-2c77-4b61-8d2e-51e6c0a9d7a4

Credly
"""), "utf-8", "7bit")],
    msgid=mid("credly-2025-2", "credly.com"), auth=ar_gmail("credly.com", mailfrom="bounces@credly.com"),
    note="second Credly badge mail")

# K7 console (Skill Builder billing)
k7_ack_id = mid("k7-ack", "amazon.com")
add("mail", L("acknowledgement", False, K7),
    d(2025, 6, 10, 13, 2, JST, 40), addr("Amazon Web Services", NOREPLY), ME_P,
    "Amazon Web Services: New Support case: %s" % K7,
    [("html", T("""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Amazon Web Services Customer,</p>
<p>Thank you for contacting AWS Support. A new case has been opened for your account.</p>
<table cellpadding="4">
<tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Subject</b></td><td>Skill Builder subscription renewed after cancellation</td></tr>
<tr><td><b>Severity</b></td><td>General guidance</td></tr>
<tr><td><b>Account</b></td><td>[AWS ID %s]</td></tr>
</table>
<p>To view or update the case, please visit the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>
<p style="font-size:12px;color:#555">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>
""" % (K7, ACCT, K7)), "utf-8", "quoted-printable")],
    msgid=k7_ack_id, auth=ar_gmail("amazon.com", mailfrom="010101975a0100-1515@us-west-2.amazonses.com"),
    note="HTML-only console ack with 12-digit [AWS ID] and a 'please visit' sentence")

k7_upd_id = mid("k7-upd", "amazon.com")
add("mail", L("case_update", False, K7),
    d(2025, 6, 11, 16, 15), addr("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE %s] Skill Builder subscription renewed after cancellation" % K7,
    [("plain", T("""
Hello,

Thank you for your patience. I've confirmed that the cancellation you made
on 7 June was recorded after the renewal had already been processed for the
new period. I've sent the details to the Skill Builder billing team and
asked them to reverse the 9 June charge.

They usually finish within two business days. I'll add an update to this
case as soon as I hear back.

Regards,
Chen W.
Amazon Web Services

""") + RATING + "\n" + console_footer(K7), "us-ascii", "7bit")],
    msgid=k7_upd_id, irt=k7_ack_id, refs=k7_ack_id,
    auth=ar_gmail("amazon.com", mailfrom="010101976b3300-1616@us-west-2.amazonses.com"),
    note="console progress update with rating footer (no ask)")

add("mail", L("unrelated", False, None),
    d(2025, 6, 12, 8, 5), addr("Nimbus Notes Support", "support@nimbusnotes.zendesk.com"), ME_P,
    "[Nimbus Notes] Re: Sync stuck on iPad (Request #48213)",
    [("plain", T("""
##- Please type your reply above this line -##

Your request #48213 has been solved.

Hi Rei,

We're closing this ticket now since the sync issue was fixed in version
4.12. If you're still having trouble, just reply to this email within 7
days and the ticket will reopen.

Marta, Nimbus Notes Support
"""), "utf-8", "7bit")],
    msgid=mid("zd-48213", "nimbusnotes.zendesk.com"),
    auth=ar_gmail("nimbusnotes.zendesk.com", mailfrom="support@nimbusnotes.zendesk.com"),
    note="another vendor's 'solved / reply to reopen' mail")

add("mail", L("resolved", False, K7),
    d(2025, 6, 13, 10, 40), addr("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE %s] Skill Builder subscription renewed after cancellation" % K7,
    [("plain", T("""
Hello,

The Skill Builder team has reversed the 9 June charge; the refund should
appear on your card within 5-7 business days. Your subscription remains
cancelled.

Since the issue is resolved, I'm going to mark this case as resolved. If
you have any other questions, you can reopen it from the Support Center.

Best regards,
Chen W.
Amazon Web Services

""") + RATING + "\n" + console_footer(K7), "us-ascii", "7bit")],
    msgid=mid("k7-res", "amazon.com"), irt=k7_upd_id, refs=" ".join([k7_ack_id, k7_upd_id]),
    auth=ar_gmail("amazon.com", mailfrom="010101977c4400-1717@us-west-2.amazonses.com"),
    note="console resolution with rating footer and optional reopen sentence")

add("mail", L("survey", False, K7),
    d(2025, 6, 14, 1, 0, UTC), addr("Amazon Web Services", "aws-support-survey@amazon.com"), ME_P,
    "Tell us about your recent AWS Support experience (case %s)" % K7,
    [("plain", T("""
Hello,

Your AWS Support case %s was recently resolved. Please take a few minutes
to tell us about your experience - your feedback helps us improve.

Start the survey: https://survey.aws-support.amazon.com/?case=%s

Thank you,
AWS Support
""" % (K7, K7)), "us-ascii", "quoted-printable")],
    msgid=mid("survey-k7", "amazon.com"),
    auth=ar_gmail("amazon.com", mailfrom="010101978d0000-1818@us-east-1.amazonses.com"),
    note="console survey with 'Please take a few minutes'")

add("mail", L("suspicious", False, None),
    d(2025, 6, 20, 7, 33), addr("AWS認定サポート", "support@aws-nintei-center.jp"), ME_P,
    "【重要】AWS認定アカウントの統合手続きが未完了です",
    [("plain", T("""
田辺 様

AWS 認定アカウントの統合手続きにおいて、ご本人確認が完了しておりません。
72 時間以内に以下のページからログインし、確認を完了してください。
期限を過ぎると、保有している認定資格がすべて無効となります。

https://aws-nintei-center.jp/verify

AWS トレーニングと認定
"""), "utf-8", "base64")],
    msgid=mid("phish-jp", "aws-nintei-center.jp"),
    auth=ar_gmail("aws-nintei-center.jp", mailfrom="support@aws-nintei-center.jp", ip="103.150.188.4"),
    subj_charset="utf-8", note="Japanese phishing from a lookalike domain with a deadline")

# K13: exam appointment under old account (Japanese form, English agent)
k13_ack_id = ses_mid("k13-ack")
add("mail", L("acknowledgement", False, K13),
    d(2025, 7, 3, 7, 42, JST, 30), addr("AWS トレーニングと認定", TC, "utf-8"), ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling" % K13,
    [("plain", T("""
田辺 玲 様

お問い合わせを受け付けました。ケース番号は %s です。

【受付内容】
お問い合わせタイプ：認定
その他の詳細：試験の予約
お問い合わせ内容：
  アカウント統合前に旧アカウントで予約した試験（Pearson VUE 登録番号 513800274）が、
  新しいアカウントの「試験の登録」に表示されません。

回答までしばらくお待ちください。担当者から本アドレス宛にご連絡いたします。
※このメールへのご返信は不要です。

AWS トレーニングと認定 カスタマーサポート
""" % K13), "utf-8", "base64")],
    msgid=k13_ack_id, auth=ar_gmail("amazon.com", mailfrom="01010197cc1100-1919@us-west-2.amazonses.com"),
    note="Japanese base64 ack repeating the form; 9-digit Pearson registration id in the form text")

k13_upd_id = ses_mid("k13-upd")
add("mail", L("case_update", False, K13),
    d(2025, 7, 4, 10, 5), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling" % K13,
    [("plain", T("""
Hello Rei,

Thanks for the details. Your appointment is still valid - it simply stayed
attached to the old candidate record when the accounts were merged. I've
passed it to our exam operations team so they can move it across.

I'll get back to you once they've looked at it.

Sora
AWS Training and Certification
"""), "us-ascii", "7bit")],
    msgid=k13_upd_id, irt=k13_ack_id, refs=k13_ack_id,
    auth=ar_gmail("amazon.com", mailfrom="01010197d10100-2020@us-west-2.amazonses.com"),
    note="English progress update to a Japanese case")

k13_info_txt = T("""
Hello Rei,

Exam operations came back with one question before they can move the
appointment: the Pearson VUE confirmation lists the email address the
booking was made with, and theirs shows two possible matches. Which address
appears on your confirmation email - the company one or
tanabe.rei.k@gmail.com? A reply with just the address is enough.

Sora
""")
k13_info_id = ses_mid("k13-info")
add("mail", L("info_request", True, K13),
    d(2025, 7, 7, 15, 48), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling" % K13,
    [("plain", k13_info_txt, "us-ascii", "7bit")],
    msgid=k13_info_id, irt=k13_upd_id, refs=" ".join([k13_ack_id, k13_upd_id]),
    auth=ar_gmail("amazon.com", mailfrom="01010197e20000-2121@us-west-2.amazonses.com"),
    note="question-form request after progress news")

add("mail", L("unrelated", False, None),
    d(2025, 7, 10, 7, 0), addr("週刊クラウドニュース", "news@cloud-weekly.jp"), ME_P,
    "週刊クラウドニュース 第412号：AWS 認定の新試験と Bedrock の料金改定",
    [("html", T("""
<html><body>
<h2>週刊クラウドニュース 第412号</h2>
<ul>
<li>AWS 認定に新しい Associate 試験が追加</li>
<li>Amazon Bedrock の料金が一部改定</li>
<li>読者アンケート：あなたの現場のマルチアカウント運用は？ <a href="https://cloud-weekly.jp/survey">回答する</a></li>
</ul>
<p style="font-size:11px">配信停止をご希望の方は <a href="https://cloud-weekly.jp/unsub">こちら</a></p>
</body></html>
"""), "utf-8", "8bit")],
    msgid=mid("cw-412", "cloud-weekly.jp"), auth=ar_gmail("cloud-weekly.jp", mailfrom="news@cloud-weekly.jp"),
    subj_charset="utf-8", note="Japanese newsletter about AWS certification with a survey link")

add("mail", L("closing_notice", True, K13),
    d(2025, 7, 14, 9, 20), tc_from("AWS Training and Certification"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling" % K13,
    [("plain", T("""
Hello Rei,

We closed this case today, as we didn't hear back about the booking email
address. Your appointment itself has not been cancelled.

Should you still want it moved to your current account, just answer this
email within the next 14 days and the case reopens where we left off.

Sora
AWS Training and Certification

> Which address appears on your confirmation email - the company one or
> tanabe.rei.k@gmail.com? A reply with just the address is enough.
"""), "us-ascii", "7bit")],
    msgid=ses_mid("k13-close"), irt=k13_info_id, refs=" ".join([k13_ack_id, k13_upd_id, k13_info_id]),
    auth=ar_gmail("amazon.com", mailfrom="010101980a0000-2222@us-west-2.amazonses.com"),
    note="just-closed notice with reopen window, reassuring tone, 'Should you...'")

add("mail", L("suspicious", False, None),
    d(2025, 7, 15, 2, 12), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
    "Amazon Web Services: New Support case: 175253120400981",
    [("plain", T("""
Dear AWS Customer,

A support case has been opened regarding unusual activity on your account.
Your AWS and Training accounts will be suspended unless you verify your
billing details within 24 hours.

Verify now: https://console-aws-support.help/case/175253120400981

Amazon Web Services
"""), "us-ascii", "7bit")],
    msgid=mid("spoof-console", "console-aws-support.help"),
    auth=ar_gmail("amazon.com", dkim="none", spf="softfail", dmarc="fail", mailfrom="noreply@console-aws-support.help", ip="194.26.29.113", extra_dkim=False),
    note="spoofed console 'New Support case' with dmarc=fail")


# ---------------------------------------------------------------------------
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    for m in MESSAGES:
        with open(os.path.join(OUT, m["slug"] + ".eml"), "wb") as fh:
            fh.write(build(m))
        with open(os.path.join(OUT, m["slug"] + ".json"), "w") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    print(len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
