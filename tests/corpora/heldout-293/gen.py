#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only. Messages are defined below; write_all() sorts them by Date into arrival order.
"""
import base64
import hashlib
import json
import os
import quopri
import sys
from collections import Counter
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "misaki.horiuchi.works@gmail.com"
ME_C = "m-horiuchi@kitase-sol.co.jp"
ME_P_FROM = "Misaki Horiuchi <%s>" % ME_P
def addr(name, a, charset="utf-8"):
    return "%s <%s>" % (Header(name, charset).encode(), a)


ME_C_FROM = addr("堀内 美咲", ME_C, "iso-2022-jp")
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC
CONSOLE_FROM = "Amazon Web Services <no-reply-aws@amazon.com>"

CASE_A = "173820451900731"
CASE_B = "173820688200412"
CASE_C = "14203958671"
CASE_D = "5519023847"
CASE_E = "173674501100286"
CASE_G = "173935200700519"

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


# ---------------------------------------------------------------- helpers
def mid(key, domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    if domain == "amazonses":
        return "<0100%s-%s-%s-000000@email.amazonses.com>" % (h[:12], h[12:20], h[20:28])
    if domain == "gmail":
        return "<CAK%s%s@mail.gmail.com>" % (h[:10].upper(), h[10:30])
    if domain == "outlook":
        return "<TY3PR01MB%s@TY3PR01MB%s.jpnprd01.prod.outlook.com>" % (h[:8].upper(), h[8:12].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def enc_hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def auth(domain, dkim="pass", spf="pass", dmarc="pass", server="mx.google.com",
         ip="54.240.27.18", envfrom=None):
    envfrom = envfrom or ("bounce@" + domain)
    pol = "p=QUARANTINE sp=QUARANTINE dis=NONE" if dmarc == "pass" else "p=REJECT sp=REJECT dis=QUARANTINE"
    return ("%s;\n       dkim=%s header.i=@%s header.s=s1;\n       spf=%s (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (%s) header.from=%s" % (server, dkim, domain, spf, server, envfrom, ip, envfrom, dmarc, pol, domain))


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable"):
    raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    else:  # 7bit
        body = raw.decode("ascii")
    if not body.endswith("\n"):
        body += "\n"
    hdr = "Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (subtype, charset, cte)
    return hdr, body


def render(parts, key):
    """parts: ('leaf', text, subtype, charset, cte) | ('alt'|'mixed', [parts...])"""
    if parts[0] == "leaf":
        return leaf(*parts[1:])
    kind = "alternative" if parts[0] == "alt" else "mixed"
    b = "----=_Part_%s" % hashlib.md5((key + kind + str(len(parts[1]))).encode()).hexdigest()[:20]
    out = "This is a multi-part message in MIME format.\n\n"
    for p in parts[1]:
        h, body = render(p, key + "x")
        out += "--%s\n%s\n%s" % (b, h, body)
    out += "--%s--\n" % b
    return "Content-Type: multipart/%s;\n\tboundary=\"%s\"\n" % (kind, b), out


MSGS = []
IDS = {}


def add(key, label, headers, body, crlf=False):
    """headers: list of (name, value); Message-ID derived from key."""
    MSGS.append((key, label, headers, body, crlf))


def write_all():
    counts = Counter()
    from email.utils import parsedate_to_datetime
    MSGS.sort(key=lambda m: parsedate_to_datetime(dict(m[2])["Date"]))  # arrival order
    for old in os.listdir(HERE):
        if old.endswith("-msg.eml") or old.endswith("-msg.json"):
            os.remove(os.path.join(HERE, old))
    for n, (key, label, headers, body, crlf) in enumerate(MSGS, 1):
        lines = []
        for name, value in headers:
            if name in ("Subject", "From", "To", "Cc") and value is not None:
                value = enc_hdr(value, "iso-2022-jp" if key.endswith("_jis") else "utf-8")
            if value is None:
                continue
            lines.append("%s: %s" % (name, value))
        lines.append("MIME-Version: 1.0")
        ch, cb = render(body, key)
        text = "\n".join(lines) + "\n" + ch + "\n" + cb
        if crlf:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        stem = "%03d-msg" % n
        with open(os.path.join(HERE, stem + ".eml"), "wb") as f:
            f.write(text.encode("ascii"))
        with open(os.path.join(HERE, stem + ".json"), "w") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        counts[label["kind"]] += 1
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", sum(counts.values())))
    print("%-22s %d" % ("needs_reply true", sum(1 for m in MSGS if m[1]["needs_reply"])))


def L(kind, reply=False, case=None, cands=()):
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(cands)}


def thread(key, parent_keys):
    """In-Reply-To / References headers for a message replying to parent_keys[-1]."""
    refs = " ".join(IDS[k] for k in parent_keys)
    return [("In-Reply-To", IDS[parent_keys[-1]]), ("References", refs)]


def M(key, domain):
    IDS[key] = mid(key, domain)
    return IDS[key]


def recv(by, frm, date):
    return ("Received", "from %s\n        by %s with ESMTPS id x%s;\n        %s"
            % (frm, by, hashlib.md5((frm + date).encode()).hexdigest()[:14], date))


# ---------------------------------------------------------------- messages, arrival order
# 001 GitHub "merged" notification
d = "Mon, 18 Nov 2024 01:42:10 -0800"
add("gh1", L("unrelated"), [
    ("Return-Path", "<noreply@github.com>"),
    recv("mx.google.com", "out-21.smtp.github.com (out-21.smtp.github.com. [192.30.252.204])", d),
    ("Authentication-Results", auth("github.com", ip="192.30.252.204")),
    ("Date", d), ("From", "Daichi Ono <notifications@github.com>"),
    ("To", "kitase/infra-modules <infra-modules@noreply.github.com>"),
    ("Cc", "Misaki Horiuchi <%s>, Mention <mention@noreply.github.com>" % ME_P),
    ("Subject", "Re: [kitase/infra-modules] Bump AWS provider to 5.74 and drop deprecated args (PR #482)"),
    ("Message-ID", M("gh1", "github.com")),
    ("List-ID", "kitase/infra-modules <infra-modules.kitase.github.com>"),
    ("X-GitHub-Reason", "mention"),
], ("alt", [
    ("leaf", "Merged #482 into main.\n\nThanks @misaki-h for catching the `aws_s3_bucket_acl` breakage -- I merged the two\nbranches and the plan is clean on all three accounts now.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kitase/infra-modules/pull/482#event-15338120411\nYou are receiving this because you were mentioned.\n", "plain", "utf-8", "7bit"),
    ("leaf", "<p>Merged <a href=\"https://github.com/kitase/infra-modules/pull/482\">#482</a> into <code>main</code>.</p>\n<p>Thanks @misaki-h for catching the <code>aws_s3_bucket_acl</code> breakage -- I merged the two branches and the plan is clean on all three accounts now.</p>\n<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, <a href=\"https://github.com/kitase/infra-modules/pull/482#event-15338120411\">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>\n", "html", "utf-8", "quoted-printable"),
]))

# 002 Case C acknowledgement (11-digit), echo of form text with candidate IDs
d = "Mon, 18 Nov 2024 12:07:55 +0000"
add("c_ack", L("acknowledgement", False, CASE_C, ["AWS04418826", "AWS09921374"]), [
    ("Return-Path", "<0100019340d1@amazonses.com>"),
    recv("mx.google.com", "a27-18.smtp-out.us-west-2.amazonses.com (a27-18.smtp-out.us-west-2.amazonses.com. [54.240.27.18])", d),
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", TC_FROM), ("To", ME_P),
    ("Subject", "[CASE %s] %s" % (CASE_C, TC_SUBJ)),
    ("Message-ID", M("c_ack", "amazonses")),
], ("leaf", """Hello Misaki,

Your message reached AWS Training and Certification Customer Support and a case
has been created for it.

Case ID: %s

Here is what you sent us:

  Inquiry type: Certification
  Detail: Account Merge
  Description:
  My Solutions Architect - Associate badge never appeared in Credly. I think I
  have two certification profiles registered with the same address
  (%s). Candidate IDs I could find: AWS04418826 and AWS09921374.
  The second one was created by mistake when sign-in moved to Builder ID.
  Please combine them into whichever one holds my exam history.

A member of our team normally gets back to you within one business day. Some
requests need more research, and we appreciate your patience if that happens.

Opening a second case about the same question sends it to the back of the queue,
so please keep all correspondence on this one.

Regards,
AWS Training and Certification Customer Support
""" % (CASE_C, ME_P), "plain", "utf-8", "7bit"))

# 003 AWS billing from no-reply-aws (same sender as console cases)
d = "Tue, 19 Nov 2024 05:31:02 +0000"
add("bill1", L("unrelated"), [
    ("Return-Path", "<20241119053102f1e@bounces.amazon.com>"),
    ("Authentication-Results", auth("amazon.com", ip="54.240.13.77")),
    ("Date", d), ("From", CONSOLE_FROM), ("To", ME_P),
    ("Subject", "Amazon Web Services Billing Statement Available [Account: 482910337615]"),
    ("Message-ID", M("bill1", "email.amazonses.com")),
], ("alt", [
    ("leaf", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $3.84

Account ID: 482910337615

You can see a complete break down of all charges on the Billing & Cost Management page.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", "plain", "utf-8", "7bit"),
    ("leaf", "<html><body><p>Greetings from Amazon Web Services,</p><p>This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:</p><table border=\"1\" cellpadding=\"4\"><tr><td>Total</td><td><b>$3.84</b></td></tr><tr><td>Account ID</td><td>482910337615</td></tr></table><p>You can see a complete break down of all charges on the <a href=\"https://console.aws.amazon.com/billing/home#/bills\">Billing &amp; Cost Management</a> page.</p><p>Sincerely,<br>Amazon Web Services</p></body></html>\n", "html", "utf-8", "quoted-printable"),
]))

# 004 Case C info request: explanation first, ask buried, no "please"
d = "Wed, 20 Nov 2024 03:12:40 +0000"
c_info_txt = """Hi Misaki,

Rahul here from the AWS Certification support team -- thanks for the detail in
your request, it already saves us a round trip.

Some background on what you're seeing: Credly only receives badge events from the
certification profile it was linked to the first time you accepted a badge. When a
second profile exists under the same address, new results can land on one profile
while Credly keeps listening to the other, which is why the Associate badge never
arrived. Combining the profiles fixes this, but the surviving record has to be the
one that carries your exam history, otherwise the transcript moves the wrong way.

I found AWS04418826 straight away. The other number in your message does not
return anything on my side, so it may have a digit swapped.

What I still need from you before I can line this up: the candidate ID exactly as
it shows in the top-right corner after you sign in to each profile, and which of
the two lists the Solutions Architect - Associate exam under Exam History.

Best regards,
Rahul P.
AWS Training and Certification Customer Support
"""
add("c_info", L("info_request", True, CASE_C, ["AWS04418826"]), [
    ("Return-Path", "<0100019344ac@amazonses.com>"),
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", TC_FROM), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (CASE_C, TC_SUBJ)),
    ("Message-ID", M("c_info", "amazonses")),
    ("In-Reply-To", IDS["c_ack"]), ("References", IDS["c_ack"]),
], ("alt", [
    ("leaf", c_info_txt, "plain", "utf-8", "quoted-printable"),
    ("leaf", "<div style=\"font-family:Arial\">" + c_info_txt.replace("\n\n", "</p><p>").replace("\n", " ").join(["<p>", "</p>"]) + "</div>\n", "html", "utf-8", "quoted-printable"),
]))

# 005 user reply to C with both IDs (Gmail quoting)
d = "Wed, 20 Nov 2024 21:48:03 +0900"
add("c_rep1", L("user_reply", False, CASE_C, ["AWS04418826", "AWS09921347"]), [
    ("Date", d), ("From", ME_P_FROM), ("To", TC),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_C, TC_SUBJ)),
    ("Message-ID", M("c_rep1", "gmail")),
] + thread("c_rep1", ["c_ack", "c_info"]), ("alt", [
    ("leaf", """Hi Rahul,

Thanks for the quick explanation. I signed in to both again:

- AWS04418826 -- this one has the exam history (SAA-C03, passed 2 Oct 2024)
- AWS09921347 -- empty, no exams; I think I mistyped it last time as ...1374

So the one with the exam is AWS04418826. Whichever ID you keep is fine by me as long
as the history stays.

Misaki

On Wed, 20 Nov 2024 at 12:12, AWS Training and Certification <%s> wrote:
> Hi Misaki,
>
> Rahul here from the AWS Certification support team -- thanks for the detail in
> your request, it already saves us a round trip.
> [...]
> What I still need from you before I can line this up: the candidate ID exactly as
> it shows in the top-right corner after you sign in to each profile, and which of
> the two lists the Solutions Architect - Associate exam under Exam History.
>
> Best regards,
> Rahul P.
""" % TC, "plain", "utf-8", "quoted-printable"),
    ("leaf", """<div dir="ltr">Hi Rahul,<div><br></div><div>Thanks for the quick explanation. I signed in to both again:</div><ul><li>AWS04418826 -- this one has the exam history (SAA-C03, passed 2 Oct 2024)</li><li>AWS09921347 -- empty, no exams; I think I mistyped it last time as ...1374</li></ul><div>So the one with the exam is AWS04418826. Whichever ID you keep is fine by me as long as the history stays.</div><div><br></div><div>Misaki</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, 20 Nov 2024 at 12:12, AWS Training and Certification &lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Misaki,<br><br>Rahul here from the AWS Certification support team [...]<br>What I still need from you before I can line this up: the candidate ID exactly as it shows in the top-right corner after you sign in to each profile, and which of the two lists the Solutions Architect - Associate exam under Exam History.<br><br>Best regards,<br>Rahul P.</blockquote></div>
""" % TC, "html", "utf-8", "quoted-printable"),
]))

# 006 Pearson VUE confirmation (9-digit registration)
d = "Wed, 20 Nov 2024 19:15:33 -0600"
add("pv1", L("unrelated"), [
    ("Authentication-Results", auth("pearson.com", ip="159.182.10.44")),
    ("Date", d), ("From", "Pearson VUE <pearsonvueconfirmation@pearson.com>"), ("To", ME_P),
    ("Subject", "Confirmation of your exam appointment - AWS Certified Solutions Architect - Professional"),
    ("Message-ID", M("pv1", "pearson.com")),
], ("leaf", """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Dear Misaki Horiuchi,</p>
<p>Thank you for scheduling with Pearson VUE. Please keep this message for your records.</p>
<table cellpadding="3">
<tr><td>Exam:</td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><td>Registration ID:</td><td>418203756</td></tr>
<tr><td>Appointment:</td><td>Saturday, December 14, 2024 at 10:00 AM JST</td></tr>
<tr><td>Location:</td><td>Tokyo - Shinjuku Test Center</td></tr>
<tr><td>Language:</td><td>Japanese</td></tr>
</table>
<p>Arrive 30 minutes before your appointment and bring two forms of identification.
Need to reschedule? Do so at least 24 hours before your appointment in your Pearson VUE account.</p>
<p>Pearson VUE Customer Service</p>
</body></html>
""", "html", "utf-8", "quoted-printable"))

# 007 Case C case_update: passed to another team, nothing to do
d = "Thu, 21 Nov 2024 08:02:19 +0000"
add("c_upd1", L("case_update", False, CASE_C), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", TC_FROM), ("To", ME_P),
    ("Subject", "RE: [CASE %s] %s" % (CASE_C, TC_SUBJ)),
    ("Message-ID", M("c_upd1", "amazonses")),
] + thread("c_upd1", ["c_ack", "c_info", "c_rep1"]), ("leaf", """Hello Misaki,

Thank you -- with the corrected number both profiles show up fine.

Because both records sit on one e-mail address, the combine has to be done by our
records specialists rather than from my queue, so I have handed your case to them
with everything you sent. They usually finish within three to five business days.
There is nothing you need to do while they work on it; you will hear from us here.

Kind regards,
Rahul P.
AWS Training and Certification Customer Support
""", "plain", "utf-8", "7bit"))

# 008 colleague mail in Japanese, ISO-2022-JP, to company address
d = "Fri, 22 Nov 2024 17:30:12 +0900"
add("col1_jis", L("unrelated"), [
    ("Authentication-Results", auth("kitase-sol.co.jp", server="mx1.kitase-sol.co.jp", ip="10.2.0.15")),
    ("Date", d), ("From", addr("小林 健太", "k-kobayashi@kitase-sol.co.jp", "iso-2022-jp")),
    ("To", "dev-team@kitase-sol.co.jp"),
    ("Subject", "【ご案内】開発部 忘年会の日程について"),
    ("Message-ID", M("col1", "kitase-sol.co.jp")),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], ("leaf", """開発部の皆さま

お疲れさまです。小林です。
今年の忘年会ですが、12月20日(金)19時から新橋の店で予定しています。
出欠を来週水曜までにチャットでご連絡ください。

なお、今年で退職される方もいらっしゃるので、送別会も兼ねる予定です。

小林
""", "plain", "iso-2022-jp", "7bit"))

# 009 Case C resolved, top-posted over Outlook-style quote of the earlier request
d = "Tue, 26 Nov 2024 14:40:05 +0000"
add("c_res1", L("resolved", False, CASE_C, ["AWS04418826"]), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", TC_FROM), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (CASE_C, TC_SUBJ)),
    ("Message-ID", M("c_res1", "amazonses")),
] + thread("c_res1", ["c_ack", "c_info", "c_rep1", "c_upd1"]), ("alt", [
    ("leaf", """Hi Misaki,

Our records team has finished: the empty profile has been folded into AWS04418826,
so there is now a single certification account behind your address, with the
SAA-C03 result and its transcript intact. Credly normally picks up the badge within
48 hours of a change like this.

Should anything look off once you sign in, just reply here.

Thanks,
Yuki S.
AWS Training and Certification Customer Support

________________________________
From: AWS Training and Certification <%s>
Sent: Wednesday, November 20, 2024 3:12 AM
To: %s
Subject: RE:[CASE %s] %s

Hi Misaki,

Rahul here from the AWS Certification support team -- thanks for the detail in
your request, it already saves us a round trip.
...
I found AWS04418826 straight away. The other number in your message does not
return anything on my side, so it may have a digit swapped.

What I still need from you before I can line this up: the candidate ID exactly as
it shows in the top-right corner after you sign in to each profile, and which of
the two lists the Solutions Architect - Associate exam under Exam History.
""" % (TC, ME_P, CASE_C, TC_SUBJ), "plain", "utf-8", "quoted-printable"),
    ("leaf", """<html><body><div style="font-family:Calibri,Arial">
<p>Hi Misaki,</p>
<p>Our records team has finished: the empty profile has been folded into AWS04418826, so there is now a single certification account behind your address, with the SAA-C03 result and its transcript intact. Credly normally picks up the badge within 48 hours of a change like this.</p>
<p>Should anything look off once you sign in, just reply here.</p>
<p>Thanks,<br>Yuki S.<br>AWS Training and Certification Customer Support</p>
<hr>
<div id="divRplyFwdMsg"><b>From:</b> AWS Training and Certification &lt;%s&gt;<br><b>Sent:</b> Wednesday, November 20, 2024 3:12 AM<br><b>Subject:</b> RE:[CASE %s]</div>
<p>What I still need from you before I can line this up: the candidate ID exactly as it shows in the top-right corner after you sign in to each profile, and which of the two lists the Solutions Architect - Associate exam under Exam History.</p>
</div></body></html>
""" % (TC, CASE_C), "html", "utf-8", "base64"),
]))

# 010 Case C survey
d = "Wed, 27 Nov 2024 14:41:00 +0000"
add("c_srv", L("survey", False, CASE_C), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", "AWS Training and Certification <aws-tc-feedback@amazon.com>"), ("To", ME_P),
    ("Subject", "How did we do? Your recent support case %s" % CASE_C),
    ("Message-ID", M("c_srv", "amazonses")),
], ("leaf", """<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your AWS Training and Certification case <b>%s</b> was recently marked as resolved.
Two minutes of your time helps us coach our team.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr>
<td><a href="https://survey.training.aws.amazon.com/r?c=%s&s=1">1</a></td>
<td><a href="https://survey.training.aws.amazon.com/r?c=%s&s=2">2</a></td>
<td><a href="https://survey.training.aws.amazon.com/r?c=%s&s=3">3</a></td>
<td><a href="https://survey.training.aws.amazon.com/r?c=%s&s=4">4</a></td>
<td><a href="https://survey.training.aws.amazon.com/r?c=%s&s=5">5</a></td>
</tr></table>
<p style="color:#777;font-size:11px">Replies to this message are not monitored. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>
""" % ((CASE_C,) * 6), "html", "utf-8", "quoted-printable"))

# 011 AWS Educate form case (other program) asking a question
d = "Thu, 28 Nov 2024 09:12:44 +0000"
add("edu1", L("unrelated"), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", "AWS Educate Support <aws-cs-educate-form@amazon.com>"), ("To", ME_P),
    ("Subject", "RE:[CASE 14209113508] [AWS Educate Form Submission] - student-access"),
    ("Message-ID", M("edu1", "amazonses")),
    ("In-Reply-To", mid("edu0", "amazonses")), ("References", mid("edu0", "amazonses")),
], ("leaf", """Hello,

Thanks for writing in on behalf of your university study group. The invitation
links you generated expired after 14 days, which is why the students see an error.

Could you let us know which school e-mail domain the students are registering with?
Once we have it we can re-issue the invitations in one batch.

Best,
Priya
AWS Educate Support
""", "plain", "utf-8", "7bit"))

# 012 user reply reopening C
d = "Wed, 04 Dec 2024 08:05:51 +0900"
add("c_rep2", L("user_reply", False, CASE_C), [
    ("Date", d), ("From", ME_P_FROM), ("To", TC),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_C, TC_SUBJ)),
    ("Message-ID", M("c_rep2", "gmail")),
] + thread("c_rep2", ["c_ack", "c_info", "c_rep1", "c_upd1", "c_res1"]), ("leaf", """Hello Yuki,

Sorry to come back on this. It has been a week and the Associate badge still isn't
in my Credly wallet. I signed out of Credly and back in, no change. The
certification site itself looks right (one profile, exam listed).

Could someone take another look?

Thanks,
Misaki

On Tue, Nov 26, 2024 at 11:40 PM AWS Training and Certification <%s> wrote:
> Hi Misaki,
>
> Our records team has finished: the empty profile has been folded into AWS04418826,
> so there is now a single certification account behind your address, with the
> SAA-C03 result and its transcript intact. Credly normally picks up the badge within
> 48 hours of a change like this.
>
> Should anything look off once you sign in, just reply here.
""" % TC, "plain", "utf-8", "quoted-printable"))

# 013 C reopened -> case_update, HTML only
d = "Wed, 04 Dec 2024 16:22:37 +0000"
add("c_upd2", L("case_update", False, CASE_C), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", TC_FROM), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (CASE_C, TC_SUBJ)),
    ("Message-ID", M("c_upd2", "amazonses")),
] + thread("c_upd2", ["c_ack", "c_res1", "c_rep2"]), ("leaf", """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Misaki,</p>
<p>I've reopened your case. The badge event for your Associate exam was sent to Credly before the profiles were combined, so it went to the wrong place. I have raised it with the team that looks after the Credly integration and asked them to resend it.</p>
<p>You don't have to do anything on your side; I'll write again when they confirm.</p>
<p>Best wishes,<br>Tomás R.<br>AWS Training and Certification Customer Support</p>
</div></body></html>
""", "html", "utf-8", "quoted-printable"))

# 014 Credly badge issued, HTML only
d = "Fri, 06 Dec 2024 02:13:08 +0000"
add("badge1", L("badge"), [
    ("Return-Path", "<bounces+1840@em.credly.com>"),
    ("Authentication-Results", auth("credly.com", ip="167.89.12.31", envfrom="bounces+1840@em.credly.com")),
    ("Date", d), ("From", "Credly <admin@credly.com>"), ("To", ME_P),
    ("Subject", "Misaki, you've earned a new badge from Amazon Web Services Training and Certification"),
    ("Message-ID", M("badge1", "credly.com")),
], ("leaf", """<!DOCTYPE html><html><body style="background:#f4f4f4">
<table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial"><tr><td style="padding:24px">
<h2>Congratulations, Misaki!</h2>
<p>Amazon Web Services Training and Certification has issued you the badge
<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/badges/5f0c2a1e-9b7d-4e42-b6a1-3c8de1f09a77/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p>Share it on LinkedIn, add it to your e-mail signature, and let employers verify it in one click.</p>
<p style="font-size:11px;color:#888">Credly, 10 Hudson Yards, New York, NY. You receive this e-mail because an issuer awarded you a badge.</p>
</td></tr></table></body></html>
""", "html", "utf-8", "quoted-printable"))

# 015 C resolved again with a rating footer
d = "Fri, 06 Dec 2024 09:50:19 +0000"
add("c_res2", L("resolved", False, CASE_C), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", TC_FROM), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (CASE_C, TC_SUBJ)),
    ("Message-ID", M("c_res2", "amazonses")),
] + thread("c_res2", ["c_ack", "c_rep2", "c_upd2"]), ("leaf", """Hi Misaki,

Good news: the integration team re-sent the event and Credly shows the Solutions
Architect - Associate badge as issued to you this morning. I'm closing the case out
now; no further action is required from you.

Tomás R.
AWS Training and Certification Customer Support

--
Was this answer helpful? Tell us in one click:
https://survey.training.aws.amazon.com/r?c=%s&s=yes  |  https://survey.training.aws.amazon.com/r?c=%s&s=no
""" % (CASE_C, CASE_C), "plain", "utf-8", "quoted-printable"), crlf=True)

# 016 AWS marketing
d = "Tue, 10 Dec 2024 17:00:00 +0000"
add("mkt1", L("unrelated"), [
    ("Authentication-Results", auth("amazon.com", ip="199.127.232.5")),
    ("Date", d), ("From", "Amazon Web Services <aws-marketing-email-replies@amazon.com>"), ("To", ME_P),
    ("Subject", "re:Invent 2024 recap: the launches you asked about"),
    ("Message-ID", M("mkt1", "marketing.aws.com")),
    ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html>"),
], ("alt", [
    ("leaf", "Catch up on re:Invent 2024\n\nKeynote replays, new Amazon Bedrock features, and the sessions with the most views.\nWatch on demand: https://reinvent.awsevents.com/on-demand/\n\nUpdate your preferences or unsubscribe: https://pages.awscloud.com/communication-preferences\n", "plain", "utf-8", "7bit"),
    ("leaf", "<html><body><h1>Catch up on re:Invent 2024</h1><p>Keynote replays, new Amazon Bedrock features, and the sessions with the most views.</p><p><a href=\"https://reinvent.awsevents.com/on-demand/\">Watch on demand</a></p><p style=\"font-size:10px\"><a href=\"https://pages.awscloud.com/communication-preferences\">Update your preferences</a></p></body></html>\n", "html", "utf-8", "quoted-printable"),
]))

# 017 Credly lookalike phishing
d = "Wed, 11 Dec 2024 22:04:51 +0000"
add("phish1", L("suspicious"), [
    ("Return-Path", "<notify@credly-badge-center.com>"),
    ("Authentication-Results", auth("credly-badge-center.com", ip="185.244.25.163", envfrom="notify@credly-badge-center.com")),
    ("Date", d), ("From", "Credly <notify@credly-badge-center.com>"), ("To", ME_P),
    ("Subject", "Action required: confirm ownership of your AWS badges within 48 hours"),
    ("Message-ID", M("phish1", "credly-badge-center.com")),
], ("leaf", """<html><body style="font-family:Arial">
<p>Dear Badge Earner,</p>
<p>Due to a recent platform migration, badges issued by <b>Amazon Web Services Training and Certification</b>
must be re-verified. Unverified badges will be <span style="color:red">revoked</span> on December 13.</p>
<p><a href="http://credly-badge-center.com/verify?u=misaki.horiuchi.works">Sign in with your AWS Builder ID to verify</a></p>
<p>Please reply to this message with your candidate ID if the link does not work.</p>
<p>Credly Trust &amp; Safety</p>
</body></html>
""", "html", "utf-8", "quoted-printable"))

# 018 Skill Builder receipt
d = "Thu, 12 Dec 2024 03:18:44 +0000"
add("sb1", L("unrelated"), [
    ("Authentication-Results", auth("aws.training", ip="54.240.8.91")),
    ("Date", d), ("From", "AWS Skill Builder <no-reply@aws.training>"), ("To", ME_P),
    ("Subject", "Your AWS Skill Builder Individual subscription receipt"),
    ("Message-ID", M("sb1", "aws.training")),
], ("leaf", """Thanks for subscribing to AWS Skill Builder Individual.

Order number: SB-7731-20241212-0042
Plan: Individual, monthly
Amount charged: USD 29.00
Next renewal: January 12, 2025

You can manage or cancel the subscription at any time from Subscription settings.
This receipt was sent automatically; replies are not read.
""", "plain", "utf-8", "7bit"))

# 019 certification: exam passed (certmetrics)
d = "Mon, 16 Dec 2024 11:35:27 +0000"
add("cert1", L("certification", False, None, ["AWS04418826"]), [
    ("Authentication-Results", auth("certmetrics.com", ip="52.35.10.211")),
    ("Date", d), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME_P),
    ("Subject", "Congratulations! You are now AWS Certified"),
    ("Message-ID", M("cert1", "certmetrics.com")),
], ("alt", [
    ("leaf", """Dear Misaki Horiuchi,

Congratulations on earning AWS Certified Solutions Architect - Professional!

Certification date: December 14, 2024
Expiration date: December 14, 2027
Candidate ID: AWS04418826

Your digital badge will be available through Credly within a few days. You can
download your certificate and view your new benefits in your AWS Certification
Account.

AWS Training and Certification
""", "plain", "utf-8", "quoted-printable"),
    ("leaf", "<html><body><p>Dear Misaki Horiuchi,</p><p>Congratulations on earning <b>AWS Certified Solutions Architect - Professional</b>!</p><table><tr><td>Certification date</td><td>December 14, 2024</td></tr><tr><td>Expiration date</td><td>December 14, 2027</td></tr><tr><td>Candidate ID</td><td>AWS04418826</td></tr></table><p>Your digital badge will be available through Credly within a few days.</p></body></html>\n", "html", "utf-8", "base64"),
]))

# 020 Credly badge (text+html)
d = "Mon, 16 Dec 2024 12:02:10 +0000"
add("badge2", L("badge"), [
    ("Authentication-Results", auth("credly.com", ip="167.89.12.31", envfrom="bounces+1840@em.credly.com")),
    ("Date", d), ("From", "Credly <admin@credly.com>"), ("To", ME_P),
    ("Subject", "Your AWS Certified Solutions Architect - Professional badge is ready to claim"),
    ("Message-ID", M("badge2", "credly.com")),
], ("alt", [
    ("leaf", "Hi Misaki,\n\nAmazon Web Services Training and Certification sent you a badge: AWS Certified Solutions Architect - Professional.\nClaim it here: https://www.credly.com/earner/earned/badge/8a31e6c4-2f0d-4b8a-9e57-0d3b6a1c44f2\n\nThe Credly Team\n", "plain", "utf-8", "7bit"),
    ("leaf", "<html><body><p>Hi Misaki,</p><p>Amazon Web Services Training and Certification sent you a badge: <b>AWS Certified Solutions Architect - Professional</b>.</p><p><a href=\"https://www.credly.com/earner/earned/badge/8a31e6c4-2f0d-4b8a-9e57-0d3b6a1c44f2\">Claim your badge</a></p></body></html>\n", "html", "utf-8", "quoted-printable"),
]))

# 021 Atlassian support: other vendor case resolved / will auto-close
d = "Wed, 18 Dec 2024 06:44:12 +0000"
add("atl1", L("unrelated"), [
    ("Authentication-Results", auth("atlassian.net", ip="104.192.142.20")),
    ("Date", d), ("From", "Atlassian Support <jira@support.atlassian.net>"), ("To", ME_C),
    ("Subject", "[Atlassian Support] PCS-238811 Bitbucket pipeline runners stuck in pending"),
    ("Message-ID", M("atl1", "support.atlassian.net")),
], ("leaf", """Reply above this line.

Gaurav S. resolved this as Fixed.

The runner pool was pinned to a deprecated image; we moved it to the current one and
your last three pipelines completed. If we don't hear from you in 5 days this request
will close automatically. To reopen it, just reply to this e-mail.

View request: https://support.atlassian.com/requests/PCS-238811
This is shared with Kitase Solutions.
""", "plain", "utf-8", "7bit"))

# 022 JetBrains account merge done (other vendor "merged")
d = "Thu, 19 Dec 2024 13:27:31 +0100"
add("jb1", L("unrelated"), [
    ("Authentication-Results", auth("jetbrains.com", ip="52.49.198.28")),
    ("Date", d), ("From", "JetBrains Sales Support <sales@jetbrains.com>"), ("To", ME_P),
    ("Subject", "Re: [JetBrains #5812203] Merge my two JetBrains Accounts"),
    ("Message-ID", M("jb1", "jetbrains.com")),
], ("leaf", """Hello Misaki,

The two JetBrains Accounts have now been merged: your personal licence and the
educational pack history are all under %s. The account registered to
your work address no longer exists.

If you need anything else, simply reply to this message.

Kind regards,
Jana Novakova
JetBrains Sales Support
""" % ME_P, "plain", "utf-8", "7bit"))

# 023 CertMetrics program feedback request (not about a case)
d = "Fri, 20 Dec 2024 15:00:02 +0000"
add("cert2", L("certification"), [
    ("Authentication-Results", auth("certmetrics.com", ip="52.35.10.211")),
    ("Date", d), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME_P),
    ("Subject", "AWS Certification would like your opinion"),
    ("Message-ID", M("cert2", "certmetrics.com")),
], ("leaf", """<html><body>
<p>Hello Misaki,</p>
<p>You recently took an AWS Certification exam. We are reviewing the exam-day experience
and would value 10 minutes of your time on a short questionnaire about scheduling,
the test center, and score reporting.</p>
<p><a href="https://aws.qualtrics.com/jfe/form/SV_examday2024">Take the questionnaire</a></p>
<p>Participation is voluntary and does not affect your results.</p>
<p>AWS Certification</p>
</body></html>
""", "html", "utf-8", "quoted-printable"))

# 024 Pearson VUE Japanese confirmation (registration ID is 9 digits)
d = "Sat, 28 Dec 2024 09:03:40 +0900"
add("pv2", L("unrelated"), [
    ("Authentication-Results", auth("pearson.com", ip="159.182.10.44")),
    ("Date", d), ("From", addr("ピアソンVUE", "pearsonvueconfirmation@pearson.com")), ("To", ME_P),
    ("Subject", "試験予約の確認 - AWS Certified Data Engineer - Associate"),
    ("Message-ID", M("pv2", "pearson.com")),
], ("leaf", """堀内 美咲 様

ピアソンVUEにてご予約いただき、ありがとうございます。

試験: DEA-C01 AWS Certified Data Engineer - Associate
登録番号: 420771593
日時: 2025年1月10日(金) 13:30
会場: 東京 御茶ノ水テストセンター

当日は試験開始の30分前までにお越しください。予約の変更・キャンセルは24時間前までに
ピアソンVUEのアカウントから行ってください。

ピアソンVUE カスタマーサービス
""", "plain", "utf-8", "base64"))

# 025 Case E acknowledgement, Japanese, ISO-2022-JP
d = "Mon, 13 Jan 2025 05:10:11 +0000"
add("e_ack_jis", L("acknowledgement", False, CASE_E, ["AWS04418826"]), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", addr("AWS トレーニングと認定", TC, "iso-2022-jp")), ("To", ME_P),
    ("Subject", "[CASE %s] %s" % (CASE_E, TC_SUBJ)),
    ("Message-ID", M("e_ack", "amazonses")),
], ("leaf", """堀内 美咲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース %s を作成しました。

ご入力いただいた内容:
  お問い合わせタイプ: 認定
  その他の詳細: 試験結果
  内容: 1月10日にDEA-C01を受験しましたが、3日たっても認定アカウント
  (AWS04418826)の試験履歴に表示されません。

担当者より通常24時間以内にご連絡いたします。内容によってはお時間を頂戴する場合があります。
同じ内容で新しいケースを作成されますと対応が遅れる原因となりますので、
追加の情報は本メールへの返信でお送りください。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_E, "plain", "iso-2022-jp", "7bit"))

# 026 Builder ID verification code
d = "Tue, 14 Jan 2025 00:41:19 +0000"
add("bid1", L("unrelated"), [
    ("Authentication-Results", auth("signin.aws", ip="54.240.48.99")),
    ("Date", d), ("From", "AWS Builder ID <no-reply@signin.aws>"), ("To", ME_P),
    ("Subject", "Your AWS Builder ID verification code"),
    ("Message-ID", M("bid1", "signin.aws")),
], ("alt", [
    ("leaf", "Verify your identity\n\nVerification code: 604918\n\nThis code expires 10 minutes after it was sent.\nIf you did not try to sign in, you can ignore this message.\n", "plain", "utf-8", "7bit"),
    ("leaf", "<html><body><h3>Verify your identity</h3><p>Verification code:</p><p style=\"font-size:28px;letter-spacing:4px\"><b>604918</b></p><p>This code expires 10 minutes after it was sent.</p></body></html>\n", "html", "utf-8", "quoted-printable"),
]))

# 027 Case E info request, Japanese keigo, UTF-8 base64 multipart
e_info = """堀内 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの田中でございます。

このたびは試験結果の反映についてご不便をおかけしており、申し訳ございません。
お送りいただいた認定アカウントを確認いたしましたが、1月10日付の受験記録は
このアカウントには紐付いておりませんでした。ピアソンVUE側で別のプロファイルに
記録されている可能性がございます。

つきましては、調査のため以下の情報をお知らせいただけますでしょうか。

・ピアソンVUEの登録番号(予約確認メールに記載の9桁の番号)
・受験当日にテストセンターで提示された身分証明書の氏名表記(ローマ字)
・受験予約の際にサインインしていた認定アカウントのメールアドレス

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

田中
AWS トレーニングと認定 カスタマーサポート
"""
d = "Tue, 14 Jan 2025 02:55:48 +0000"
add("e_info", L("info_request", True, CASE_E), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", addr("AWS トレーニングと認定", TC)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (CASE_E, TC_SUBJ)),
    ("Message-ID", M("e_info", "amazonses")),
    ("In-Reply-To", IDS["e_ack"]), ("References", IDS["e_ack"]),
], ("alt", [
    ("leaf", e_info, "plain", "utf-8", "base64"),
    ("leaf", "<html><body><div style=\"font-family:'Meiryo',sans-serif\">" + e_info.replace("\n", "<br>\n") + "</div></body></html>\n", "html", "utf-8", "base64"),
]))

# 028 Case E closing notice, Shift_JIS
d = "Mon, 20 Jan 2025 03:00:27 +0000"
add("e_close", L("closing_notice", True, CASE_E), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", addr("AWS トレーニングと認定", TC, "shift_jis")), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (CASE_E, TC_SUBJ)),
    ("Message-ID", M("e_close", "amazonses")),
] + thread("e_close", ["e_ack", "e_info"]), ("leaf", """堀内 美咲 様

AWS トレーニングと認定 カスタマーサポートでございます。

1月14日にご案内した件につきまして、その後ご返信を確認できておりません。
2025年1月23日までにご連絡がない場合、本ケースはいったんクローズとさせていただきます。

本メールにご返信いただければ、ケースはそのまま継続いたします。
クローズ後にご返信いただいた場合も、ケースを再開して対応いたします。

AWS トレーニングと認定 カスタマーサポート
""", "plain", "shift_jis", "base64"), crlf=True)

# 029 user reply to E, Japanese, Gmail quote style
d = "Tue, 21 Jan 2025 08:14:02 +0900"
add("e_rep", L("user_reply", False, CASE_E, ["AWS05530418", "AWS04418826"]), [
    ("Date", d), ("From", ME_P_FROM), ("To", addr("AWS トレーニングと認定", TC)),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_E, TC_SUBJ)),
    ("Message-ID", M("e_rep", "gmail")),
] + thread("e_rep", ["e_ack", "e_info", "e_close"]), ("leaf", """田中様

ご連絡が遅くなり申し訳ありません。堀内です。

・登録番号: 420771593
・身分証の氏名: HORIUCHI MISAKI
・予約時のアカウント: 会社のメールアドレス %s で予約していたようです。

会社アドレスの方にも認定アカウント(AWS05530418)があり、そちらに記録されたのかもしれません。
結果は個人のアカウント AWS04418826 に反映していただけると助かります。

よろしくお願いいたします。
堀内

2025年1月20日(月) 12:00 AWS トレーニングと認定 <%s>:
> 堀内 美咲 様
>
> AWS トレーニングと認定 カスタマーサポートでございます。
>
> 1月14日にご案内した件につきまして、その後ご返信を確認できておりません。
> 2025年1月23日までにご連絡がない場合、本ケースはいったんクローズとさせていただきます。
>
> 本メールにご返信いただければ、ケースはそのまま継続いたします。
""" % (ME_C, TC), "plain", "utf-8", "quoted-printable"))

# 030 Case E resolved, Japanese, conditional invitation
d = "Wed, 22 Jan 2025 06:31:55 +0000"
add("e_res", L("resolved", False, CASE_E, ["AWS05530418", "AWS04418826"]), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", addr("AWS トレーニングと認定", TC)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (CASE_E, TC_SUBJ)),
    ("Message-ID", M("e_res", "amazonses")),
] + thread("e_res", ["e_ack", "e_info", "e_close", "e_rep"]), ("alt", [
    ("leaf", """堀内 美咲 様

ご回答ありがとうございました。田中でございます。

ご推察のとおり、1月10日の DEA-C01 の結果は会社アドレスの認定アカウント
AWS05530418 に記録されておりました。本日、受験記録と合格結果を個人アカウント
AWS04418826 へ移動いたしましたので、試験履歴および取得済み認定からご確認いただけます。
デジタルバッジは数日以内に Credly から届く予定です。

なお、2つの認定アカウントそのものを統合されたい場合は、お問い合わせフォームから
「アカウントの統合」としてご依頼いただけます。

ほかにご不明な点がございましたら、本メールにご返信ください。

田中
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: Misaki Horiuchi <%s>
Sent: Tuesday, January 21, 2025 8:14 AM
> ・予約時のアカウント: 会社のメールアドレス %s で予約していたようです。
""" % (ME_P, ME_C), "plain", "utf-8", "quoted-printable"),
    ("leaf", """<html><body style="font-family:Meiryo"><p>堀内 美咲 様</p>
<p>ご回答ありがとうございました。田中でございます。</p>
<p>ご推察のとおり、1月10日の DEA-C01 の結果は会社アドレスの認定アカウント AWS05530418 に記録されておりました。本日、受験記録と合格結果を個人アカウント AWS04418826 へ移動いたしましたので、試験履歴および取得済み認定からご確認いただけます。デジタルバッジは数日以内に Credly から届く予定です。</p>
<p>なお、2つの認定アカウントそのものを統合されたい場合は、お問い合わせフォームから「アカウントの統合」としてご依頼いただけます。</p>
<p>ほかにご不明な点がございましたら、本メールにご返信ください。</p>
<p>田中<br>AWS トレーニングと認定 カスタマーサポート</p></body></html>
""", "html", "utf-8", "quoted-printable"),
]))

# 031 HR notice about leaving, Japanese, to company address
d = "Thu, 23 Jan 2025 10:00:00 +0900"
add("hr1_jis", L("unrelated"), [
    ("Authentication-Results", auth("kitase-sol.co.jp", server="mx1.kitase-sol.co.jp", ip="10.2.0.15")),
    ("Date", d), ("From", addr("人事総務部", "jinji@kitase-sol.co.jp", "iso-2022-jp")), ("To", ME_C),
    ("Subject", "退職に伴うお手続きのご案内"),
    ("Message-ID", M("hr1", "kitase-sol.co.jp")),
], ("leaf", """堀内 美咲 様

人事総務部です。退職に伴う手続きについてご案内いたします。

・最終出社日: 1月31日(金)
・社用PC・入館証の返却: 1月31日 17時まで
・社用メールアドレスは2月1日 0時をもって停止します。
  業務外で会社アドレスを登録しているサービスがあれば、事前に変更してください。

ご不明な点は人事総務部までお問い合わせください。
""", "plain", "iso-2022-jp", "7bit"))

# 032 note to self before the merge (owner-written)
d = "Sat, 25 Jan 2025 14:22:40 +0900"
add("note1", L("user_reply", False, None, ["AWS05530418", "AWS04418826"]), [
    ("Date", d), ("From", ME_P_FROM), ("To", ME_P),
    ("Subject", "memo: cert account before merge"),
    ("Message-ID", M("note1", "gmail")),
], ("leaf", """Old (company) AWS05530418
 - Developer Associate (2023-05), expires 2026-05
 - Cloud Practitioner (2022-05), expires 2025-05 -> recert or let it lapse?
 - DEA-C01 moved to personal by support on 1/22
 - Benefits: 50% exam discount, unused (expires 2025-06)
 - certificates downloaded to Drive/certs/

New (personal) AWS04418826
 - SAA, SAP, DEA

Todo: submit merge form, tell Kobayashi-san / partner admin, check benefits after.
""", "plain", "utf-8", "7bit"))

# 033 Case A acknowledgement (15-digit), multipart
d = "Thu, 30 Jan 2025 02:35:21 +0000"
a_ack = """Hello,

We've received your request and opened case %s for it.

Case summary
------------
Category: Certification / Account Merge
Submitted by: %s

Your description:
I'm leaving Kitase Solutions on January 31 and my company mailbox will stop working.
Please merge my company certification account (%s, AWS05530418) into my
personal one (%s, AWS04418826) and keep the personal address on file.

What happens next: an agent will review the case, normally within 24 hours. If you
think of something to add in the meantime, you can reply to this e-mail; there is
no need to submit the form again.

AWS Training and Certification Customer Support
"""
add("a_ack", L("acknowledgement", False, CASE_A, ["AWS05530418", "AWS04418826"]), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", TC_FROM), ("To", ME_P),
    ("Subject", "[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Message-ID", M("a_ack", "amazonses")),
], ("alt", [
    ("leaf", a_ack % (CASE_A, ME_P, ME_C, ME_P), "plain", "utf-8", "quoted-printable"),
    ("leaf", "<html><body><pre style=\"font-family:Arial\">" + (a_ack % (CASE_A, ME_P, ME_C, ME_P)) + "</pre></body></html>\n", "html", "utf-8", "base64"),
]))

# 034 Case B acknowledgement: duplicate submission from the company address
d = "Thu, 30 Jan 2025 03:14:42 +0000"
add("b_ack", L("acknowledgement", False, CASE_B, ["AWS05530418"]), [
    ("Authentication-Results", auth("amazon.com", server="mx1.kitase-sol.co.jp")),
    ("Date", d), ("From", TC_FROM), ("To", ME_C),
    ("Subject", "[CASE %s] %s" % (CASE_B, TC_SUBJ)),
    ("Message-ID", M("b_ack", "amazonses")),
], ("leaf", """Hello,

We've received your request and opened case %s for it.

Case summary
------------
Category: Certification / Account Merge
Submitted by: %s

Your description:
Account merge request. Old: AWS05530418 (this address). New: %s.
Last working day 31 Jan.

What happens next: an agent will review the case, normally within 24 hours. If you
think of something to add in the meantime, you can reply to this e-mail; there is
no need to submit the form again.

AWS Training and Certification Customer Support
""" % (CASE_B, ME_C, ME_P), "plain", "utf-8", "7bit"), crlf=True)

# 035 owner forwards B's ack from company to personal
d = "Thu, 30 Jan 2025 12:20:05 +0900"
add("b_fwd", L("user_reply", False, CASE_B), [
    ("Date", d), ("From", ME_C_FROM), ("To", ME_P),
    ("Subject", "FW: [CASE %s] %s" % (CASE_B, TC_SUBJ)),
    ("Message-ID", M("b_fwd", "outlook")),
    ("Thread-Topic", "[CASE %s] %s" % (CASE_B, TC_SUBJ)),
    ("X-MS-Has-Attach", ""),
], ("leaf", """Note to self: the form seemed to hang so I sent it again from the work PC. Now
there are two cases. Keep an eye on which one they answer.

________________________________
From: AWS Training and Certification <%s>
Sent: Thursday, January 30, 2025 12:14 PM
To: %s
Subject: [CASE %s] %s

Hello,

We've received your request and opened case %s for it.
...
Account merge request. Old: AWS05530418 (this address). New: %s.
Last working day 31 Jan.
""" % (TC, ME_C, CASE_B, TC_SUBJ, CASE_B, ME_P), "plain", "utf-8", "quoted-printable"))

# 036 Case A on hold: APN partner association; question buried in the hold
d = "Thu, 30 Jan 2025 07:48:13 +0000"
add("a_hold", L("on_hold", True, CASE_A), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", TC_FROM), ("To", ME_P), ("Cc", ME_C),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Message-ID", M("a_hold", "amazonses")),
] + thread("a_hold", ["a_ack"]), ("alt", [
    ("leaf", """Hello Misaki,

My name is Marisol and I'll be handling your merge request.

While reviewing the two profiles I found that the one registered to
%s is linked to an AWS Partner Network organization (Kitase
Solutions K.K.). Certifications on partner-linked profiles count towards the
partner's tier, so we don't move them while the link is active. I have placed the
merge on hold for now.

There are two ways forward. The partner's administrator can remove your user from
their Partner Central account, after which we can continue straight away. Or, since
you mention you are leaving, we can proceed once your employment has ended -- in
that case, what is your final day with the company, and do you agree that the
certifications will no longer be visible to Kitase Solutions after the merge?

Kind regards,
Marisol T.
AWS Training and Certification Customer Support
""" % ME_C, "plain", "utf-8", "quoted-printable"),
    ("leaf", """<html><body style="font-family:Arial;font-size:14px"><p>Hello Misaki,</p>
<p>My name is Marisol and I'll be handling your merge request.</p>
<p>While reviewing the two profiles I found that the one registered to %s is linked to an AWS Partner Network organization (Kitase Solutions K.K.). Certifications on partner-linked profiles count towards the partner's tier, so we don't move them while the link is active. I have placed the merge <b>on hold</b> for now.</p>
<p>There are two ways forward. The partner's administrator can remove your user from their Partner Central account, after which we can continue straight away. Or, since you mention you are leaving, we can proceed once your employment has ended -- in that case, what is your final day with the company, and do you agree that the certifications will no longer be visible to Kitase Solutions after the merge?</p>
<p>Kind regards,<br>Marisol T.<br>AWS Training and Certification Customer Support</p></body></html>
""" % ME_C, "html", "utf-8", "quoted-printable"),
]))

# 037 Case B closed as duplicate (mentions case A number in body)
d = "Thu, 30 Jan 2025 08:05:40 +0000"
add("b_dup", L("case_update", False, CASE_B), [
    ("Authentication-Results", auth("amazon.com", server="mx1.kitase-sol.co.jp")),
    ("Date", d), ("From", TC_FROM), ("To", ME_C),
    ("Subject", "RE:[CASE %s] %s" % (CASE_B, TC_SUBJ)),
    ("Message-ID", M("b_dup", "amazonses")),
] + thread("b_dup", ["b_ack"]), ("leaf", """Hello,

This request is the same as case %s, which a colleague is already
working on, so I've linked the two and closed this one to keep everything in one
place. You'll receive all further updates on %s; no action is needed on
this case.

Regards,
Deepak
AWS Training and Certification Customer Support
""" % (CASE_A, CASE_A), "plain", "utf-8", "7bit"))

# 038 APN partner admin colleague (Japanese) -- about the same topic, not support
d = "Thu, 30 Jan 2025 17:20:11 +0900"
add("apn1", L("unrelated"), [
    ("Authentication-Results", auth("kitase-sol.co.jp", server="mx1.kitase-sol.co.jp", ip="10.2.0.15")),
    ("Date", d), ("From", addr("小林 健太", "k-kobayashi@kitase-sol.co.jp")), ("To", ME_C),
    ("Subject", "Re: 認定アカウントのパートナー紐付け解除の件"),
    ("Message-ID", M("apn1", "kitase-sol.co.jp")),
], ("leaf", """堀内さん

小林です。Partner Central の方、確認しました。
明日の午前中に堀内さんのユーザーを組織から外しておきます。
外したらチャットで連絡しますので、AWS 側への返信はそのあとでお願いします。

資格者数のカウントが減るのは寂しいですが、新天地でも頑張ってください!

小林
""", "plain", "utf-8", "base64"))

# 039 owner replies from the company address (Outlook, Original Message quoting)
d = "Thu, 30 Jan 2025 17:41:26 +0900"
add("a_rep1", L("user_reply", False, CASE_A), [
    ("Date", d), ("From", ME_C_FROM), ("To", TC),
    ("Subject", "RE: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Message-ID", M("a_rep1", "outlook")),
    ("Thread-Topic", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
] + thread("a_rep1", ["a_ack", "a_hold"]), ("leaf", """Hi Marisol,

My final day at Kitase Solutions is this Friday, January 31. I understand and agree
that my certifications will no longer show under the company after the merge. Our
partner admin also said he will remove me from Partner Central tomorrow morning.

Best regards,
Misaki Horiuchi

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Thursday, January 30, 2025 4:48 PM
To: %s
Cc: %s
Subject: RE:[CASE %s] %s

Hello Misaki,

My name is Marisol and I'll be handling your merge request.
[...]
that case, what is your final day with the company, and do you agree that the
certifications will no longer be visible to Kitase Solutions after the merge?
""" % (TC, ME_P, ME_C, CASE_A, TC_SUBJ), "plain", "iso-2022-jp", "7bit"), crlf=True)

# 040 Case A: write from the destination address (info_request), sent to company address
d = "Thu, 30 Jan 2025 11:20:02 +0000"
add("a_addr", L("info_request", True, CASE_A), [
    ("Authentication-Results", auth("amazon.com", server="mx1.kitase-sol.co.jp")),
    ("Date", d), ("From", TC_FROM), ("To", ME_C),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Message-ID", M("a_addr", "amazonses")),
] + thread("a_addr", ["a_ack", "a_hold", "a_rep1"]), ("leaf", """Hi Misaki,

Thanks for the quick answer and for confirming the date.

One snag: your note reached us from the company address, and that is the profile
which will disappear in the merge. For instructions like this we go by the address
of the account that stays, so we need the same go-ahead sent from %s.
A short reply from that mailbox to this thread is enough; after that I can move on.

Marisol T.
AWS Training and Certification Customer Support
""" % ME_P, "plain", "utf-8", "7bit"))

# 041 owner writes again from the personal address
d = "Fri, 31 Jan 2025 07:55:10 +0900"
add("a_rep2", L("user_reply", False, CASE_A), [
    ("Date", d), ("From", ME_P_FROM), ("To", TC),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Message-ID", M("a_rep2", "gmail")),
] + thread("a_rep2", ["a_ack", "a_hold", "a_rep1", "a_addr"]), ("alt", [
    ("leaf", """Hi Marisol,

Writing from my personal address as you asked. Today (Jan 31) is my last day at
Kitase Solutions, and yes, I agree to the merge and that the company will no longer
see these certifications.

Misaki

> One snag: your note reached us from the company address, and that is the profile
> which will disappear in the merge.
""", "plain", "utf-8", "quoted-printable"),
    ("leaf", """<div dir="ltr">Hi Marisol,<br><br>Writing from my personal address as you asked. Today (Jan 31) is my last day at Kitase Solutions, and yes, I agree to the merge and that the company will no longer see these certifications.<br><br>Misaki</div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">One snag: your note reached us from the company address, and that is the profile which will disappear in the merge.</blockquote>
""", "html", "utf-8", "quoted-printable"),
]))

# 042 out-of-office auto reply from a colleague (to company address)
d = "Fri, 31 Jan 2025 09:12:33 +0900"
add("ooo1_jis", L("unrelated"), [
    ("Authentication-Results", auth("kitase-sol.co.jp", server="mx1.kitase-sol.co.jp", ip="10.2.0.15")),
    ("Date", d), ("From", addr("小林 健太", "k-kobayashi@kitase-sol.co.jp", "iso-2022-jp")), ("To", ME_C),
    ("Subject", "自動応答: 引き継ぎ資料の件"),
    ("Message-ID", M("ooo1", "kitase-sol.co.jp")),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
], ("leaf", """本日は午前休をいただいております。13時以降に確認してご返信いたします。
I am out of the office this morning and will reply after 1 pm JST.

小林
""", "plain", "iso-2022-jp", "7bit"))

# 043 Case A: hold lifted (case_update)
d = "Fri, 31 Jan 2025 04:30:48 +0000"
add("a_lift", L("case_update", False, CASE_A), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", TC_FROM), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Message-ID", M("a_lift", "amazonses")),
] + thread("a_lift", ["a_ack", "a_hold", "a_addr", "a_rep2"]), ("leaf", """Hello Misaki,

Got it, thank you. The partner administrator has also removed your user from the
Kitase Solutions organization this morning, so the hold on your case is lifted.

I'm now preparing the merge and will send you a summary of both profiles to review
before anything is changed.

Marisol T.
AWS Training and Certification Customer Support
""", "plain", "utf-8", "quoted-printable"))

# 044 Case A confirmation request, HTML-only table
d = "Fri, 31 Jan 2025 06:02:15 +0000"
add("a_conf", L("confirmation_request", True, CASE_A, ["AWS04418826", "AWS05530418"]), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", TC_FROM), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Message-ID", M("a_conf", "amazonses")),
] + thread("a_conf", ["a_ack", "a_hold", "a_addr", "a_rep2", "a_lift"]), ("leaf", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello Misaki,</p>
<p>Here is what I see on our side for the two certification accounts:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS04418826</td><td>AWS05530418</td></tr>
<tr><td>Sign-in e-mail</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification e-mail</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification e-mail</td><td>%s</td><td>%s</td></tr>
<tr><td>Active certifications</td><td>SAA-C03, SAP-C02, DEA-C01</td><td>DVA-C02, CLF-C01</td></tr>
</table>
<p>My plan is to keep Account #1 and bring everything from Account #2 into it, including the unused 50%% discount benefit. Account #2 would then be retired.</p>
<p>Are both of these accounts yours, and is Account #1 the right one to keep? Once you give me the go-ahead I'll run the merge.</p>
<p>Thanks,<br>Marisol T.<br>AWS Training and Certification Customer Support</p>
</body></html>
""" % (ME_P, ME_C, ME_P, ME_C, ME_P, ME_C), "html", "utf-8", "quoted-printable"))

# 045 Japanese tech newsletter
d = "Sat, 01 Feb 2025 07:00:00 +0900"
add("news1", L("unrelated"), [
    ("Authentication-Results", auth("mail.techweekly.jp", ip="202.32.11.40")),
    ("Date", d), ("From", addr("週刊クラウドニュース", "news@mail.techweekly.jp")), ("To", ME_P),
    ("Subject", "【週刊クラウド】AWS認定の新試験と、アカウント統合でハマった話"),
    ("Message-ID", M("news1", "mail.techweekly.jp")),
    ("List-Unsubscribe", "<https://techweekly.jp/unsub?u=88123>"),
], ("alt", [
    ("leaf", """週刊クラウドニュース 2025年2月1日号

■ 今週のトピック
・AWS認定に新しいアソシエイト試験が追加
・読者投稿: 転職時に認定アカウントを統合したらサポートから確認メールが来た話
  「どのアカウントを残しますか?と聞かれたら、返信するだけでOKでした」
・re:Invent セッション動画まとめ

配信停止はこちら: https://techweekly.jp/unsub?u=88123
""", "plain", "utf-8", "base64"),
    ("leaf", "<html><body><h2>週刊クラウドニュース 2025年2月1日号</h2><ul><li>AWS認定に新しいアソシエイト試験が追加</li><li>読者投稿: 転職時に認定アカウントを統合したらサポートから確認メールが来た話<br>「どのアカウントを残しますか?と聞かれたら、返信するだけでOKでした」</li><li>re:Invent セッション動画まとめ</li></ul><p><a href=\"https://techweekly.jp/unsub?u=88123\">配信停止</a></p></body></html>\n", "html", "utf-8", "base64"),
]))

# 046 bounce: mail to the closed company mailbox
d = "Sun, 02 Feb 2025 03:11:50 +0000"
add("bounce1", L("unrelated"), [
    ("Return-Path", "<>"),
    ("Date", d), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", ME_P),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("Message-ID", M("bounce1", "mx.google.com")),
    ("Auto-Submitted", "auto-replied"),
], ("leaf", """** Address not found **

Your message wasn't delivered to %s because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <%s>: Recipient address rejected: User unknown

----- Original message -----
Subject: test - is the old mailbox still forwarding?
""" % (ME_C, ME_C), "plain", "utf-8", "7bit"))

# 047 suspicious: AWS sender but DMARC fails, credential link
d = "Mon, 03 Feb 2025 10:44:09 +0000"
add("phish2", L("suspicious"), [
    ("Return-Path", "<support@aws-training-verify.com>"),
    ("Authentication-Results", auth("amazon.com", dkim="fail", spf="softfail", dmarc="fail", ip="91.215.85.17",
                                    envfrom="support@aws-training-verify.com")),
    ("Received-SPF", "softfail (mx.google.com: domain of transitioning support@aws-training-verify.com does not designate 91.215.85.17 as permitted sender)"),
    ("Date", d), ("From", TC_FROM), ("To", ME_P),
    ("Subject", "RE:[CASE 173857120300941] %s" % TC_SUBJ),
    ("Message-ID", M("phish2", "aws-training-verify.com")),
], ("alt", [
    ("leaf", """Hello,

We are processing the account merge on your certification profile. To finish the
transfer we must confirm that you own both accounts.

Sign in here within 24 hours with your AWS Builder ID and password:
https://aws-training-verify.com/certification/merge-confirm

If we do not receive your confirmation the merge will be cancelled and your
certifications may be lost.

AWS Training and Certification
""", "plain", "utf-8", "7bit"),
    ("leaf", "<html><body><p>Hello,</p><p>We are processing the account merge on your certification profile. To finish the transfer we must confirm that you own both accounts.</p><p><a href=\"https://aws-training-verify.com/certification/merge-confirm\">Confirm ownership</a> within 24 hours with your AWS Builder ID and password.</p><p>If we do not receive your confirmation the merge will be cancelled and your certifications may be lost.</p><p>AWS Training and Certification</p></body></html>\n", "html", "utf-8", "quoted-printable"),
]))

# 048 Case A closing notice, quoting the table request
d = "Tue, 04 Feb 2025 06:15:37 +0000"
add("a_close", L("closing_notice", True, CASE_A), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", TC_FROM), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Message-ID", M("a_close", "amazonses")),
] + thread("a_close", ["a_ack", "a_hold", "a_lift", "a_conf"]), ("leaf", """Hi Misaki,

Just following up on my message from Friday -- I haven't seen an answer yet about
which account to keep, so the merge hasn't been started.

Unless we hear from you, this case will be closed automatically on Friday,
February 7. A reply before then keeps it open, and a reply after that date will
reopen it.

Marisol T.
AWS Training and Certification Customer Support

> Are both of these accounts yours, and is Account #1 the right one to keep? Once
> you give me the go-ahead I'll run the merge.
""", "plain", "utf-8", "quoted-printable"))

# 049 owner confirms the merge
d = "Tue, 04 Feb 2025 20:33:48 +0900"
add("a_rep3", L("user_reply", False, CASE_A, ["AWS04418826"]), [
    ("Date", d), ("From", ME_P_FROM), ("To", TC),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Message-ID", M("a_rep3", "gmail")),
] + thread("a_rep3", ["a_ack", "a_hold", "a_lift", "a_conf", "a_close"]), ("leaf", """Hi Marisol,

Sorry for the slow reply -- the move to the new job took over the weekend.

Yes, both accounts are mine. Keep Account #1 (AWS04418826, the Gmail one) and fold
Account #2 into it. Go ahead.

Thanks!
Misaki

On Tue, Feb 4, 2025 at 3:15 PM AWS Training and Certification <%s> wrote:
> Hi Misaki,
>
> Just following up on my message from Friday -- I haven't seen an answer yet about
> which account to keep, so the merge hasn't been started.
>
> Unless we hear from you, this case will be closed automatically on Friday,
> February 7. A reply before then keeps it open, and a reply after that date will
> reopen it.
>
> > Are both of these accounts yours, and is Account #1 the right one to keep? Once
> > you give me the go-ahead I'll run the merge.
""" % TC, "plain", "utf-8", "quoted-printable"))

# 050 Case A resolved; quotes the earlier confirmation request with IDs
d = "Wed, 05 Feb 2025 01:48:22 +0000"
add("a_res", L("resolved", False, CASE_A), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", TC_FROM), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Message-ID", M("a_res", "amazonses")),
] + thread("a_res", ["a_ack", "a_conf", "a_close", "a_rep3"]), ("alt", [
    ("leaf", """Hi Misaki,

All done. Everything that was on the company profile -- exam history, the DVA-C02
and CLF-C01 certifications, and the 50%% discount benefit -- now sits on your
personal account, and the old profile has been retired. Credly can take a day or
two to catch up.

Congratulations on the new job, and thanks for your patience.

Marisol T.
AWS Training and Certification Customer Support

On Fri, Jan 31, 2025, AWS Training and Certification wrote:
> Here is what I see on our side for the two certification accounts:
>
>                    Account #1                 Account #2
> Candidate ID       AWS04418826                AWS05530418
> Sign-in e-mail     %s  %s
>
> Are both of these accounts yours, and is Account #1 the right one to keep? Once
> you give me the go-ahead I'll run the merge.
""" % (ME_P, ME_C), "plain", "utf-8", "quoted-printable"),
    ("leaf", """<html><body style="font-family:Arial"><p>Hi Misaki,</p>
<p>All done. Everything that was on the company profile -- exam history, the DVA-C02 and CLF-C01 certifications, and the 50%% discount benefit -- now sits on your personal account, and the old profile has been retired. Credly can take a day or two to catch up.</p>
<p>Congratulations on the new job, and thanks for your patience.</p>
<p>Marisol T.<br>AWS Training and Certification Customer Support</p>
<blockquote style="border-left:2px solid #999;padding-left:8px;color:#555">
<p>Here is what I see on our side for the two certification accounts:</p>
<table border="1"><tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS04418826</td><td>AWS05530418</td></tr>
<tr><td>Sign-in e-mail</td><td>%s</td><td>%s</td></tr></table>
<p>Are both of these accounts yours, and is Account #1 the right one to keep? Once you give me the go-ahead I'll run the merge.</p>
</blockquote></body></html>
""" % (ME_P, ME_C), "html", "utf-8", "quoted-printable"),
]))

# 051 Credly after the merge
d = "Wed, 05 Feb 2025 02:10:40 +0000"
add("badge3", L("badge"), [
    ("Return-Path", "<bounces+1840@em.youracclaim.com>"),
    ("Authentication-Results", auth("youracclaim.com", ip="167.89.12.35", envfrom="bounces+1840@em.youracclaim.com")),
    ("Date", d), ("From", "Credly <admin@youracclaim.com>"), ("To", ME_P),
    ("Subject", "2 badges have been added to your Credly profile"),
    ("Message-ID", M("badge3", "youracclaim.com")),
], ("leaf", """Hi Misaki,

Amazon Web Services Training and Certification has issued the following badges to
%s:

  * AWS Certified Developer - Associate
  * AWS Certified Cloud Practitioner

Accept them to show them on your public profile:
https://www.credly.com/earner/earned

-- The Credly Team
""" % ME_P, "plain", "utf-8", "7bit"))

# 052 Case A survey (HTML + text), case number in subject
d = "Thu, 06 Feb 2025 01:50:00 +0000"
add("a_srv", L("survey", False, CASE_A), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", "AWS Training and Certification <aws-tc-feedback@amazon.com>"), ("To", ME_P),
    ("Subject", "Tell us about case %s" % CASE_A),
    ("Message-ID", M("a_srv", "amazonses")),
], ("alt", [
    ("leaf", """Hi Misaki,

Marisol recently closed case %s for you. Would you answer one question for
us? How likely are you to recommend AWS Training and Certification support to a
colleague, from 0 (not at all) to 10 (extremely)?

Answer here: https://survey.training.aws.amazon.com/nps?c=%s

This survey closes in 14 days. Do not reply to this e-mail; the mailbox is not
monitored.
""" % (CASE_A, CASE_A), "plain", "utf-8", "7bit"),
    ("leaf", "<html><body><p>Hi Misaki,</p><p>Marisol recently closed case %s for you. How likely are you to recommend AWS Training and Certification support to a colleague?</p><p><a href=\"https://survey.training.aws.amazon.com/nps?c=%s\">Answer one question</a></p><p style=\"font-size:10px\">This survey closes in 14 days.</p></body></html>\n" % (CASE_A, CASE_A), "html", "utf-8", "quoted-printable"),
]))

# 053 Console case D opened (10-digit), no-reply sender
CONS_FOOT = """
To contact us again about this case, please return to the AWS Support Center using
the following link:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. Please use the link above if you need to contact us again about this
same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.
""" % CASE_D
d = "Mon, 10 Feb 2025 04:02:33 +0000"
add("d_ack", L("acknowledgement", False, CASE_D), [
    ("Authentication-Results", auth("amazon.com", ip="54.240.13.12")),
    ("Date", d), ("From", CONSOLE_FROM), ("To", ME_P),
    ("Subject", "Amazon Web Services: New Support case: %s" % CASE_D),
    ("Message-ID", M("d_ack", "amazonses")),
], ("leaf", """Hello,

We've opened a new support case on your behalf. Its ID is %s and you can
follow its progress from the Support Center.

Subject: 50%% exam discount missing after certification account merge
Severity: General guidance
Correspondence: After my two certification accounts were merged last week, the
50%% exam discount from my old account is not shown under Benefits. Account merge
case was %s.

An agent will review the case and respond there.
""" % (CASE_D, CASE_A) + CONS_FOOT, "plain", "utf-8", "7bit"))

# 054 Console D info request: answer in the Support Center
d = "Tue, 11 Feb 2025 01:27:09 +0000"
add("d_info", L("info_request", True, CASE_D), [
    ("Authentication-Results", auth("amazon.com", ip="54.240.13.12")),
    ("Date", d), ("From", CONSOLE_FROM), ("To", ME_P),
    ("Subject", "RE:[CASE %s] 50%% exam discount missing after certification account merge [AWS ID 482910337615]" % CASE_D),
    ("Message-ID", M("d_info", "amazonses")),
] + thread("d_info", ["d_ack"]), ("alt", [
    ("leaf", """Hello,

Thank you for your patience. Discount benefits are tied to the certification that
generated them, and I can see two candidates on your merged account, so I want to
make sure I restore the right one.

Which certification earned the discount you are missing, and roughly when did it
first appear on the old account? Please post the answer as a reply on this case in
the Support Center; replies to this e-mail are not received.

Best regards,

Kenji M.
Amazon Web Services
""" + CONS_FOOT, "plain", "utf-8", "quoted-printable"),
    ("leaf", "<html><body><p>Hello,</p><p>Thank you for your patience. Discount benefits are tied to the certification that generated them, and I can see two candidates on your merged account, so I want to make sure I restore the right one.</p><p>Which certification earned the discount you are missing, and roughly when did it first appear on the old account? Please post the answer as a reply on this case in the Support Center; replies to this e-mail are not received.</p><p>Best regards,<br><br>Kenji M.<br>Amazon Web Services</p><hr><p style=\"font-size:11px\">To contact us again about this case, please return to the <a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en\">AWS Support Center</a>.<br>*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>\n" % CASE_D, "html", "utf-8", "quoted-printable"),
]))

# 055 owner answers D by e-mail anyway
d = "Tue, 11 Feb 2025 12:40:17 +0900"
add("d_rep", L("user_reply", False, CASE_D, ["AWS05530418"]), [
    ("Date", d), ("From", ME_P_FROM), ("To", "no-reply-aws@amazon.com"),
    ("Subject", "Re: RE:[CASE %s] 50%% exam discount missing after certification account merge [AWS ID 482910337615]" % CASE_D),
    ("Message-ID", M("d_rep", "gmail")),
] + thread("d_rep", ["d_ack", "d_info"]), ("leaf", """It came from the Developer Associate pass in May 2023 on my old account
AWS05530418. It showed up under Benefits right after the exam.

Misaki

On Tue, Feb 11, 2025 at 10:27 AM Amazon Web Services <no-reply-aws@amazon.com> wrote:
> Which certification earned the discount you are missing, and roughly when did it
> first appear on the old account? Please post the answer as a reply on this case in
> the Support Center; replies to this e-mail are not received.
""", "plain", "utf-8", "7bit"))

# 056 bounce for the reply to no-reply-aws
d = "Tue, 11 Feb 2025 03:40:25 +0000"
add("bounce2", L("unrelated", False, CASE_D), [
    ("Return-Path", "<>"),
    ("Date", d), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", ME_P),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("Message-ID", M("bounce2", "mx.google.com")),
    ("Auto-Submitted", "auto-replied"),
], ("mixed", [
    ("leaf", """** Message not delivered **

Your message to no-reply-aws@amazon.com couldn't be delivered. The receiving
server does not accept mail for this address.

The response was:
550 5.7.1 Mailbox does not accept incoming mail
""", "plain", "utf-8", "7bit"),
    ("leaf", """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 11 Feb 2025 03:40:17 +0000

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Mailbox does not accept incoming mail
X-Original-Subject: Re: RE:[CASE %s] 50%% exam discount missing after certification account merge
""" % CASE_D, "plain", "us-ascii", "7bit"),
]))

# 057 Console D: auto-resolve warning
d = "Fri, 14 Feb 2025 01:30:55 +0000"
add("d_close", L("closing_notice", True, CASE_D), [
    ("Authentication-Results", auth("amazon.com", ip="54.240.13.12")),
    ("Date", d), ("From", CONSOLE_FROM), ("To", ME_P),
    ("Subject", "RE:[CASE %s] 50%% exam discount missing after certification account merge [AWS ID 482910337615]" % CASE_D),
    ("Message-ID", M("d_close", "amazonses")),
] + thread("d_close", ["d_ack", "d_info"]), ("leaf", """Hello,

We have not received a response on this case since our last message. If it stays
unanswered, the case will be resolved automatically in 3 days. You can keep it
open by adding a reply in the Support Center.

Amazon Web Services
""" + CONS_FOOT, "plain", "utf-8", "7bit"))

# 058 certification expiry notice
d = "Sat, 15 Feb 2025 16:00:04 +0000"
add("cert3", L("certification", False, None, ["AWS04418826"]), [
    ("Authentication-Results", auth("certmetrics.com", ip="52.35.10.211")),
    ("Date", d), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME_P),
    ("Subject", "Your AWS Certified Cloud Practitioner certification expires in 90 days"),
    ("Message-ID", M("cert3", "certmetrics.com")),
], ("leaf", """<html><body>
<p>Hello Misaki Horiuchi (AWS04418826),</p>
<p>Your <b>AWS Certified Cloud Practitioner</b> certification will expire on May 16, 2025.</p>
<p>Because you hold an active Associate-level certification, your Cloud Practitioner
certification can be renewed automatically when that one is recertified. Otherwise,
you can recertify by passing the current version of the exam. See the
<a href="https://aws.amazon.com/certification/recertification/">recertification page</a> for your options.</p>
<p>AWS Certification</p>
</body></html>
""", "html", "utf-8", "base64"))

# 059 Console D resolved with rating footer
d = "Mon, 17 Feb 2025 05:12:30 +0000"
add("d_res", L("resolved", False, CASE_D), [
    ("Authentication-Results", auth("amazon.com", ip="54.240.13.12")),
    ("Date", d), ("From", CONSOLE_FROM), ("To", ME_P),
    ("Subject", "RE:[CASE %s] 50%% exam discount missing after certification account merge [AWS ID 482910337615]" % CASE_D),
    ("Message-ID", M("d_res", "amazonses")),
] + thread("d_res", ["d_ack", "d_info", "d_close"]), ("leaf", """Hello,

Thanks for the details you added in the Support Center. The discount from your
Developer - Associate certification has been restored and is now listed under
Benefits on your account, valid until June 2025. I've set this case to resolved.

We value your feedback. Please rate this reply from the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Kenji M.
Amazon Web Services
""" % CASE_D + CONS_FOOT, "plain", "utf-8", "quoted-printable"), crlf=True)

# 060 Case G acknowledgement (third profile), CRLF plain
d = "Wed, 12 Feb 2025 09:20:07 +0000"
add("g_ack", L("acknowledgement", False, CASE_G, ["AWS11873064", "AWS04418826"]), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", TC_FROM), ("To", ME_P),
    ("Subject", "[CASE %s] %s" % (CASE_G, TC_SUBJ)),
    ("Message-ID", M("g_ack", "amazonses")),
], ("leaf", """Thank you for reaching out to AWS Training and Certification.

Case %s is now open. Details you provided:

- Inquiry type: Certification / Account Merge
- Language: Japanese
- Message: After my merge last week I signed in through the partner portal link by
  mistake and a new empty profile was created (AWS11873064) with my personal
  address. Please merge it into AWS04418826.

We will be in touch, usually within a day. This is an automatic message.

AWS Training and Certification Customer Support
""" % CASE_G, "plain", "utf-8", "7bit"), crlf=True)

# 061 AWS re:Post notification (AWS, not support)
d = "Wed, 12 Feb 2025 14:05:12 +0000"
add("repost1", L("unrelated"), [
    ("Authentication-Results", auth("repost.aws", ip="54.240.11.9")),
    ("Date", d), ("From", "AWS re:Post <no-reply@repost.aws>"), ("To", ME_P),
    ("Subject", "Your question has a new answer: Certification benefits after account merge?"),
    ("Message-ID", M("repost1", "repost.aws")),
], ("leaf", """Hi misaki-h,

EXPERT Ryo_K answered your question "Certification benefits after account merge?":

  "Benefits normally follow the certification that earned them. If one is missing
   after a merge, open a case with Training and Certification support and mention
   the original certification -- they can re-link it."

View the answer and accept it: https://repost.aws/questions/QUx3b9KcT2Rw0
You can change your notification settings in your re:Post profile.
""", "plain", "utf-8", "7bit"))

# 062 Case G confirmation request in Japanese (keigo), UTF-8 base64, HTML+text
g_conf = """堀内 美咲 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
お問い合わせいただいた認定アカウントの統合について、対象アカウントを確認いたしました。

■ アカウント1
　候補者ID: AWS04418826
　ログインメールアドレス: %s
　トレーニング通知先: %s
　認定通知先: %s

■ アカウント2
　候補者ID: AWS11873064
　ログインメールアドレス: %s(パートナーポータル経由で作成)
　認定の保有: なし

アカウント2をアカウント1へ統合し、アカウント2は削除する形で進めてよろしいでしょうか。
いずれも堀内様ご本人のアカウントであることと併せて、本メールへのご返信にて
ご確認くださいますようお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
""" % (ME_P, ME_P, ME_P, ME_P)
d = "Thu, 13 Feb 2025 02:41:50 +0000"
add("g_conf", L("confirmation_request", True, CASE_G, ["AWS04418826", "AWS11873064"]), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", addr("AWS トレーニングと認定", TC)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (CASE_G, TC_SUBJ)),
    ("Message-ID", M("g_conf", "amazonses")),
] + thread("g_conf", ["g_ack"]), ("alt", [
    ("leaf", g_conf, "plain", "utf-8", "base64"),
    ("leaf", "<html><body style=\"font-family:'Hiragino Sans',Meiryo\">" + g_conf.replace("\n", "<br>\n") + "</body></html>\n", "html", "utf-8", "quoted-printable"),
]))

# 063 owner confirms G in Japanese (ISO-2022-JP), with 「より」-style attribution
d = "Thu, 13 Feb 2025 19:05:44 +0900"
add("g_rep_jis", L("user_reply", False, CASE_G), [
    ("Date", d), ("From", ME_P_FROM), ("To", TC),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_G, TC_SUBJ)),
    ("Message-ID", M("g_rep", "gmail")),
] + thread("g_rep", ["g_ack", "g_conf"]), ("leaf", """佐藤様

ご確認ありがとうございます。
2つとも私のアカウントです。記載の内容で、アカウント2をアカウント1へ統合してください。

堀内 美咲

AWS トレーニングと認定 <%s> より:
> アカウント2をアカウント1へ統合し、アカウント2は削除する形で進めてよろしいでしょうか。
> いずれも堀内様ご本人のアカウントであることと併せて、本メールへのご返信にて
> ご確認くださいますようお願いいたします。
""" % TC, "plain", "iso-2022-jp", "7bit"))

# 064 Case G resolved: English, top-posted over the Japanese request
d = "Fri, 14 Feb 2025 00:18:02 +0000"
add("g_res", L("resolved", False, CASE_G), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", TC_FROM), ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (CASE_G, TC_SUBJ)),
    ("Message-ID", M("g_res", "amazonses")),
] + thread("g_res", ["g_ack", "g_conf", "g_rep"]), ("leaf", """Hello Misaki,

The empty profile is gone; your personal account is the only one left on your
address. Nothing else is needed from you. (Sato is out today, so I'm closing this
on her behalf.)

Regards,
Ahmed K.
AWS Training and Certification Customer Support

-----Original Message-----
From: Misaki Horiuchi <%s>
Sent: Thursday, February 13, 2025 10:05 AM
Subject: Re: RE:[CASE %s]

佐藤様
2つとも私のアカウントです。記載の内容で、アカウント2をアカウント1へ統合してください。

> アカウント2をアカウント1へ統合し、アカウント2は削除する形で進めてよろしいでしょうか。
> いずれも堀内様ご本人のアカウントであることと併せて、本メールへのご返信にて
> ご確認くださいますようお願いいたします。
""" % (ME_P, CASE_G), "plain", "utf-8", "quoted-printable"))

# 065 Case G survey in Japanese
d = "Sat, 15 Feb 2025 00:20:00 +0000"
add("g_srv", L("survey", False, CASE_G), [
    ("Authentication-Results", auth("amazon.com")),
    ("Date", d), ("From", addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com")), ("To", ME_P),
    ("Subject", "サポートへのご意見をお聞かせください(ケース %s)" % CASE_G),
    ("Message-ID", M("g_srv", "amazonses")),
], ("leaf", """<html><body style="font-family:Meiryo">
<p>堀内 美咲 様</p>
<p>先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース %s の対応について、満足度アンケートへのご協力をお願いしております。</p>
<p><a href="https://survey.training.aws.amazon.com/r?c=%s&lang=ja">アンケートに回答する(約1分)</a></p>
<p style="font-size:11px;color:#777">本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。</p>
</body></html>
""" % (CASE_G, CASE_G), "html", "utf-8", "base64"))

# 066 lookalike-domain phishing that demands a reply
d = "Tue, 18 Feb 2025 13:27:45 +0000"
add("phish3", L("suspicious"), [
    ("Return-Path", "<case-team@amazon-certsupport.com>"),
    ("Authentication-Results", auth("amazon-certsupport.com", ip="45.133.1.207", envfrom="case-team@amazon-certsupport.com")),
    ("Date", d), ("From", "AWS Certification Support <case-team@amazon-certsupport.com>"), ("To", ME_P),
    ("Subject", "Final notice: your certification case will be closed"),
    ("Message-ID", M("phish3", "amazon-certsupport.com")),
], ("leaf", """Dear Candidate,

During a routine review we found a problem with the merge performed on your AWS
Certification account. Your certifications are currently suspended.

To restore them, reply to this e-mail within 48 hours with:
 - your AWS Builder ID e-mail and password
 - the last four digits of the card used for your exam vouchers

If we do not receive your reply, case 9930012457 will be closed and your
certifications will be permanently revoked.

AWS Certification Support Team
""", "plain", "utf-8", "7bit"))

# 067 farewell note from ex-colleague to personal address
d = "Wed, 19 Feb 2025 21:10:03 +0900"
add("col2", L("unrelated"), [
    ("Authentication-Results", auth("gmail.com", ip="209.85.220.41")),
    ("Date", d), ("From", addr("Daichi Ono", "daichi.ono.dev@gmail.com")), ("To", ME_P),
    ("Subject", "Re: 新しい職場どう?"),
    ("Message-ID", M("col2", "gmail")),
], ("leaf", """堀内さん

お疲れさまです、小野です。新しい職場は慣れましたか?
こっちは相変わらず Terraform のプロバイダ更新に追われています笑

認定アカウントの移行、無事に終わったみたいでよかったです。
僕も来年転職するかもしれないので、そのときは手順教えてください。
落ち着いたらご飯でも行きましょう。返事はいつでも大丈夫です!

小野
""", "plain", "utf-8", "quoted-printable"))


if __name__ == "__main__":
    write_all()
