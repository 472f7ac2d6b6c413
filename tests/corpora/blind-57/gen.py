#!/usr/bin/env python3
"""Writes a blind held-out corpus (NNN-slug.eml + NNN-slug.json) next to this script.
Standard library only. Run: python3 gen.py
"""
import base64
import hashlib
import json
import os
import quopri
import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
UTC = timezone.utc

ME_P = "sora.ikegami.p@gmail.com"
ME_C = "s-ikegami@hanamizuki-tech.co.jp"
ME_NAME = "Sora Ikegami"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

A = "7930418265"          # 2021, 10 digits
C = "12906634581"         # 2023, console case, 11 digits
J = "13071185529"         # 2023, Japanese form case, 11 digits
X = "174468213300417"     # 2025, main merge, 15 digits
Y = "174468301900882"     # 2025, duplicate submission, 15 digits
W = "175190447200163"     # 2025, stray Partner Central profile, 15 digits

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []


def mid(tag, domain="email.amazonses.com"):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return f"<{h[:16]}-{h[16:24]}-{h[24:32]}-000000@{domain}>"


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def fa(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset)


def auth_for(to, frm_domain, mode="pass", mailfrom=None):
    mailfrom = mailfrom or frm_domain
    if ME_C in to:
        if mode == "pass":
            return (f"spf=pass (sender IP is 54.240.8.{len(frm_domain) * 3}) smtp.mailfrom={mailfrom}; "
                    f"dkim=pass (signature was verified) header.d={frm_domain};"
                    f"dmarc=pass action=none header.from={frm_domain};compauth=pass reason=100")
        return (f"spf=fail (sender IP is 185.220.101.7) smtp.mailfrom={mailfrom}; "
                f"dkim=fail (body hash did not verify) header.d={frm_domain};"
                f"dmarc=fail action=quarantine header.from={frm_domain};compauth=fail reason=000")
    if mode == "pass":
        return (f"mx.google.com;\n       dkim=pass header.i=@{frm_domain} header.s=s1 header.b=Qx7a2kLm;\n"
                f"       spf=pass (google.com: domain of bounce@{mailfrom} designates 54.240.8.21 as permitted sender) smtp.mailfrom={mailfrom};\n"
                f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={frm_domain}")
    return (f"mx.google.com;\n       dkim=fail (body hash did not verify) header.i=@{frm_domain} header.s=s1 header.b=Zp0w9TtR;\n"
            f"       spf=softfail (google.com: domain of transitioning bounce@{mailfrom} does not designate 185.220.101.7 as permitted sender) smtp.mailfrom={mailfrom};\n"
            f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={frm_domain}")


def encode_part(ctype, text, charset="utf-8", cte="8bit"):
    raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    head = (f"Content-Type: {ctype}; charset=\"{charset}\"\n"
            f"Content-Transfer-Encoding: {cte}\n").encode()
    return head, body


def P(text, ctype="text/plain", charset="utf-8", cte="8bit"):
    return ("part", ctype, text, charset, cte)


def ALT(*parts):
    return ("alt", parts)


def msg(slug, label, frm, to, subject, date, body, note, *, cc=None, msgid=None, irt=None,
        refs=None, auth="auto", auth_domain=None, extra=(), crlf=False, subj_charset="utf-8",
        frm_domain=None):
    msgid = msgid or mid(slug)
    frm_addr = re.search(r"[\w.+-]+@[\w.-]+", frm).group(0)
    frm_domain = frm_domain or frm_addr.split("@")[1]
    lines = []
    if auth == "auto":
        lines.append(("Authentication-Results", auth_for(to, auth_domain or frm_domain)))
    elif auth:
        lines.append(("Authentication-Results", auth))
    lines += [
        ("From", frm),
        ("To", to),
    ]
    if cc:
        lines.append(("Cc", cc))
    lines += [
        ("Subject", hdr(subject, subj_charset)),
        ("Date", format_datetime(date)),
        ("Message-ID", msgid),
    ]
    if irt:
        lines.append(("In-Reply-To", irt))
    if refs or irt:
        lines.append(("References", refs or irt))
    lines += list(extra)
    lines.append(("MIME-Version", "1.0"))
    out = b"".join(f"{k}: {v}\n".encode() for k, v in lines)
    if body[0] == "part":
        _, ctype, text, charset, cte = body
        h, b = encode_part(ctype, text, charset, cte)
        out += h + b"\n" + b
    else:
        boundary = "----=_Part_" + hashlib.md5(slug.encode()).hexdigest()[:20]
        out += f"Content-Type: multipart/alternative; boundary=\"{boundary}\"\n\n".encode()
        for p in body[1]:
            _, ctype, text, charset, cte = p
            h, b = encode_part(ctype, text, charset, cte)
            out += f"--{boundary}\n".encode() + h + b"\n" + b
            if not b.endswith(b"\n"):
                out += b"\n"
        out += f"--{boundary}--\n".encode()
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(slug=slug, label=label, raw=out, note=note))
    return msgid


def L(kind, needs=False, case=None, cands=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)}


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def d(y, mo, da, h, mi, tz=UTC):
    return datetime(y, mo, da, h, mi, 0, tzinfo=tz)


def subj_case(case, tail=FORM_SUBJ, space=False):
    return f"RE:{' ' if space else ''}[CASE {case}] {tail}"


TCF = fa(TC_NAME, TC)
TCF_AMZ = fa("Amazon Web Services", TC)
CON = fa("Amazon Web Services", CONSOLE)
MEP = fa(ME_NAME, ME_P)
MEC = fa(ME_NAME, ME_C)
MEC_JP = fa("池上 空", ME_C, "iso-2022-jp")

# =====================================================================================
# 2021 - case A (10 digits), company address, two profiles under one address
# =====================================================================================
a_ack_text = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {A} to address your concerns.

The details of your case are as follows:

Case ID: {A}
Subject: {FORM_SUBJ}
Severity: General
Correspondence: Inquiry type: Certification
Additional details: Account Merge
Use case: I seem to have two certification profiles under s-ikegami@hanamizuki-tech.co.jp.
Could you please merge them into one? Exam history is split between the two.

We will get back to you as soon as possible, generally within 24 hours. If you would like to
add more information to this case, you can reply to this email.

Please do not open a new case for the same request, as duplicate cases delay our response.

Best regards,
Amazon Web Services
"""
a_ack_html = "<html><body>" + "".join(f"<p>{l}</p>" if l else "" for l in a_ack_text.split("\n")) + "</body></html>"
a_ack = msg("welcome-note", L("acknowledgement", False, A), TCF_AMZ, ME_C, subj_case(A), d(2021, 6, 3, 1, 12),
            ALT(P(a_ack_text, cte="quoted-printable"), P(a_ack_html, "text/html", cte="quoted-printable")),
            "ack that echoes the user's own 'Could you please merge' form text plus a conditional 'you can reply'; QP multipart",
            crlf=True)

msg("ci-notice", L("unrelated"), fa("Haruto Mori", "notifications@github.com"), fa("hanamizuki/infra-modules", "infra-modules@noreply.github.com"),
    "Re: [hanamizuki/infra-modules] Add tagging policy for training accounts (PR #412)", d(2021, 6, 3, 4, 40),
    P("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hanamizuki/infra-modules/pull/412#event-4851029943
You are receiving this because you were mentioned.
"""),
    "GitHub 'Merged' notification; 'reply to this email' footer", cc=fa(ME_NAME, ME_C),
    extra=[("List-ID", "hanamizuki/infra-modules <infra-modules.hanamizuki.github.com>")])

a_info_text = f"""Hello Sora,

My name is Maya and I'll be looking after your case today.

I had a look through our records for s-ikegami@hanamizuki-tech.co.jp. Only one certification
profile comes up when I search by that address: AWS04417265, which holds your Cloud Practitioner
and your Solutions Architect - Associate results. This is fairly common when a second profile was
created through a different sign-in method; in that situation the second profile is stored under
an internal identifier rather than the email, so a search by address doesn't return it.

Without the candidate ID of that second profile there is nothing I can merge from, so we'll need
that ID sent back on this thread. It is shown in the top right corner after you sign in to the
certification portal with the login you used for the second profile.

Kind regards,
Maya R.
AWS Training and Certification Customer Service
"""
a_info = msg("followup-1", L("info_request", True, A, ["AWS04417265"]), TCF_AMZ, ME_C, subj_case(A),
             d(2021, 6, 4, 2, 5), P(a_info_text),
             "ask buried after a long explanation, phrased 'we'll need that ID sent back'; no please/question", irt=a_ack)

a_user1_text = f"""Hi Maya,

Thanks for checking. The other one is AWS07762193 - I created it by mistake when the Amazon login was retired.
The one you found, AWS04417265, is the one I actually use.

Regards,
Sora

--
池上 空 / Sora Ikegami
株式会社はなみずきテック クラウド推進部

-----Original Message-----
From: Amazon Web Services <{TC}>
Sent: Friday, June 4, 2021 11:05 AM
To: s-ikegami@hanamizuki-tech.co.jp
Subject: {subj_case(A)}

{a_info_text}"""
a_user1 = msg("re-followup-1", L("user_reply", False, A, ["AWS07762193", "AWS04417265"]), MEC_JP, TC,
              "RE: " + subj_case(A), d(2021, 6, 4, 3, 30), P(a_user1_text, charset="iso-2022-jp", cte="7bit"),
              "user reply in ISO-2022-JP with Outlook '-----Original Message-----' quoting the request", irt=a_info,
              refs=f"{a_ack} {a_info}", auth=None, subj_charset="iso-2022-jp")

a_upd_text = f"""Hi Sora,

Thank you, that's exactly what I needed. I've verified that both AWS07762193 and AWS04417265 belong to you.

Because both profiles use the same address, the second one first has to be detached from its sign-in
record by our back office. That part is under way now. Once it's done I'll put a short summary together
so you can see which profile stays.

Kind regards,
Maya R.
AWS Training and Certification Customer Service
"""
a_upd = msg("followup-2", L("case_update", False, A, ["AWS07762193", "AWS04417265"]), TCF_AMZ, ME_C, subj_case(A),
            d(2021, 6, 7, 23, 51), P(a_upd_text),
            "progress news that mentions a future summary 'so you can see' - asks nothing yet", irt=a_user1)

a_conf_text = f"""Hello Sora,

The second profile is now detached and ready to be combined. Here is what we have on file:

Account #1
Candidate ID: AWS04417265
Login email: s-ikegami@hanamizuki-tech.co.jp
Training notification email: s-ikegami@hanamizuki-tech.co.jp
Certification notification email: s-ikegami@hanamizuki-tech.co.jp

Account #2
Candidate ID: AWS07762193
Login email: s-ikegami@hanamizuki-tech.co.jp
Training notification email: s-ikegami@hanamizuki-tech.co.jp
Certification notification email: (none)

Please confirm that Account #2 should be merged into Account #1, which will remain as your active profile.

Kind regards,
Maya R.
AWS Training and Certification Customer Service
"""
a_conf = msg("followup-3", L("confirmation_request", True, A, ["AWS04417265", "AWS07762193"]), TCF_AMZ, ME_C, subj_case(A),
             d(2021, 6, 9, 1, 20), P(a_conf_text), "classic Account #1 / Account #2 listing; CRLF", irt=a_upd, crlf=True)

a_user2_text = f"""Confirmed - please keep Account #1 (AWS04417265).

池上

差出人: Amazon Web Services <{TC}>
送信日時: 2021年6月9日 10:20
宛先: 池上 空 <{ME_C}>
件名: {subj_case(A)}

{a_conf_text}"""
a_user2 = msg("re-followup-3", L("user_reply", False, A, ["AWS04417265"]), MEC, TC, "RE: " + subj_case(A),
              d(2021, 6, 9, 1, 48), P(a_user2_text, cte="quoted-printable"),
              "short confirmation over Japanese Outlook header block (差出人/送信日時) quoting the request; QP",
              irt=a_conf, auth=None)

a_done_text = f"""Hi Sora,

Both profiles have now been merged. Your exam history and certifications are all under AWS04417265.
You can sign in as usual; the old login now redirects to the same record.

Kind regards,
Maya R.
AWS Training and Certification Customer Service

On Wed, Jun 9, 2021 at 10:48 AM, Sora Ikegami wrote:
> Confirmed - please keep Account #1 (AWS04417265).
>
> On Wed, Jun 9, 2021 at 10:20 AM, Amazon Web Services wrote:
{q(a_conf_text, '> > ')}
"""
msg("followup-4", L("resolved", False, A, ["AWS04417265"]), TCF_AMZ, ME_C, subj_case(A), d(2021, 6, 11, 5, 2),
    P(a_done_text), "completion with the old 'Please confirm that Account #2 should be merged' quoted under it",
    irt=a_user2)

msg("acclaim-1", L("badge"), fa("Credly (Acclaim)", "admin@youracclaim.com"), ME_C,
    "Sora, you have earned a badge from Amazon Web Services Training and Certification", d(2021, 6, 11, 5, 30),
    ALT(P("""Congratulations, Sora!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn and other networks:
https://www.youracclaim.com/badges/6c1e8a43-52f9-4b07-b7a8-0d9bcb1c2f55/accept

Badge ID: 6c1e8a43-52f9-4b07-b7a8-0d9bcb1c2f55
"""), P("""<html><body><h2>Congratulations, Sora!</h2><p>Amazon Web Services Training and Certification has issued you a new badge:
<b>AWS Certified Solutions Architect - Associate</b></p><p><a href="https://www.youracclaim.com/badges/6c1e8a43-52f9-4b07-b7a8-0d9bcb1c2f55/accept">Accept your badge</a></p></body></html>""", "text/html")),
    "older Acclaim sender; 'Accept your badge' is an action but not a support reply")

msg("feedback-a", L("survey", False, A), fa("AWS Training and Certification", "no-reply@aws.training"), ME_C,
    f"How did we do? Case {A}", d(2021, 6, 12, 0, 15),
    P(f"""Hello,

Your recent case with AWS Training and Certification Customer Service (Case ID: {A}) has been resolved.
We'd love to know how we did. The survey has three questions and takes about a minute.

How satisfied were you with the support you received?
https://survey.aws.training/s/cs?case={A}&r=5   Very satisfied
https://survey.aws.training/s/cs?case={A}&r=1   Very dissatisfied

Thank you,
AWS Training and Certification
""", cte="quoted-printable"), "survey carrying the case id; not a request to support")

msg("cert-voice", L("certification"), fa("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "AWS Certification wants to hear from you", d(2021, 8, 19, 16, 0),
    P("""Hello Sora,

As an AWS Certified individual, your perspective matters. We are looking for certified professionals
to take part in a short study about the AWS Certified Solutions Architect - Associate exam.

If you are interested, please complete the 10-minute questionnaire by August 31:
https://www.certmetrics.com/amazon/survey/sme-2021

Your responses will be kept confidential.

AWS Certification
Please do not reply to this message. This mailbox is not monitored.
""", cte="quoted-printable"), "certmetrics feedback invitation with a 'please complete' deadline - not support, not the case survey")

# =====================================================================================
# 2023 - console case C (11 digits), Japanese form case J (11 digits)
# =====================================================================================
msg("billing-feb", L("unrelated"), fa("Amazon Web Services", CONSOLE), ME_C,
    "AWS Notification - Your invoice is available [AWS ID 482910377615]", d(2023, 2, 3, 8, 11),
    P("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $18.42

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Account ID: 482910377615

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""), "same sender as console cases; 12-digit account ID in subject is not a case number")

c_ack = msg("console-new", L("acknowledgement", False, C), CON, ME_C,
            f"Amazon Web Services: New Support case: {C}", d(2023, 3, 6, 6, 2),
            P(f"""Dear AWS Customer,

We have received your request and opened support case {C}.
Subject: Certifications not showing in AWS Partner Central
Severity: General guidance
Account: 482910377615

You can view and update the case at any time:
https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, please use the above link.

Best regards,
Amazon Web Services
"""), "console 'New Support case' acknowledgement; 'cannot accept incoming e-mails' and 12-digit account", crlf=True)

c_info_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Thank you for contacting AWS Support. I understand your AWS Certifications are not reflected in
AWS Partner Central for your organization. The Partner Central profile pulls certifications from the
certification account that is shared with it, so the most common cause is that the certification
account was never linked, or was linked under a different email.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>What we checked</th><th>Result</th></tr>
<tr><td>Partner Central user</td><td>s-ikegami@hanamizuki-tech.co.jp (active)</td></tr>
<tr><td>Linked certification account</td><td>not found</td></tr>
</table>
<p>To go further, the candidate ID from your certification account and the exact name printed on your
certificate are needed. Add both to this case from the Support Center &mdash; responses sent to this
email address are not received.</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId={C}&amp;language=en">View case in the Support Center</a></p>
<p>Best regards,<br>Kenta<br>Amazon Web Services</p>
<hr>
<p style="font-size:11px">We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.</p>
<p style="font-size:11px">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</p>
</body></html>"""
c_info = msg("console-upd-1", L("info_request", True, C), CON, ME_C, f"RE:[CASE {C}] Certifications not showing in AWS Partner Central",
             d(2023, 3, 7, 2, 44), P(c_info_html, "text/html", cte="quoted-printable"),
             "HTML-only console reply with table; ask phrased as 'are needed'; must answer in Support Center; rating footer",
             irt=c_ack)

msg("exam-booking", L("unrelated"), fa("Pearson VUE", "pearsonvue-confirmation@pearson.com", "iso-2022-jp"), ME_C,
    "試験予約確認: AWS Certified Developer - Associate", d(2023, 3, 8, 0, 30),
    P("""池上 空 様

Pearson VUE をご利用いただき、誠にありがとうございます。
以下の内容で試験のご予約を承りました。

登録ID: 418207735
試験名: AWS Certified Developer - Associate (DVA-C02)
日時: 2023年4月2日(日) 10:00
会場: オンライン監督試験 (OnVUE)

試験当日は、開始30分前までにチェックインを完了してください。
予約内容に誤りがある場合は、試験日の24時間前までにご連絡ください。

Pearson VUE
※このメールは送信専用アドレスから送信されています。
""", charset="iso-2022-jp", cte="7bit"), "exam-vendor mail in ISO-2022-JP; 9-digit registration ID; conditional 'ご連絡ください'",
    subj_charset="iso-2022-jp")

msg("console-upd-2", L("closing_notice", True, C), CON, ME_C, f"RE:[CASE {C}] Certifications not showing in AWS Partner Central",
    d(2023, 3, 10, 3, 0),
    P(f"""Hello,

We haven't heard back from you on case {C}. If we don't receive a response within the next 3 days,
the case will be resolved automatically.

To keep the case open, reply in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

This e-mail was sent from an address that cannot accept incoming e-mails.

Best regards,
Amazon Web Services
"""), "console auto-resolve warning; reply must go through the Support Center", irt=c_info)

msg("console-upd-3", L("closing_notice", True, C), CON, ME_C, f"RE:[CASE {C}] Certifications not showing in AWS Partner Central",
    d(2023, 3, 13, 3, 1),
    P(f"""Hello,

Since we did not receive a reply, case {C} has now been set to Resolved.

Still need help with this? Reopen the case from the Support Center and add your reply there - a resolved
case can be reopened for 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

Amazon Web Services
This e-mail was sent from an address that cannot accept incoming e-mails.
"""), "'has now been set to Resolved' for lack of reply - a closing notice, not a resolution", crlf=True)

msg("console-upd-4", L("resolved", False, C), CON, ME_C, f"RE:[CASE {C}] Certifications not showing in AWS Partner Central",
    d(2023, 3, 14, 8, 22),
    ALT(P(f"""Hello,

Thank you for reopening the case and adding your candidate ID. I have linked the certification account to
your Partner Central user; your three certifications are now listed on the organization's profile.

I'm marking this case as resolved. If the list stops updating, you can reopen this case within 14 days
from the Support Center.

Best regards,
Kenta
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support
Center link at the end of this correspondence.

https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en
This e-mail was sent from an address that cannot accept incoming e-mails.
"""), P(f"""<html><body><p>Hello,</p><p>Thank you for reopening the case and adding your candidate ID. I have linked the certification account to
your Partner Central user; your three certifications are now listed on the organization's profile.</p>
<p>I'm marking this case as resolved. If the list stops updating, you can reopen this case within 14 days from the Support Center.</p>
<p>Best regards,<br>Kenta<br>Amazon Web Services</p>
<p><small>We value your feedback. Please share your experience by rating this correspondence.</small></p></body></html>""", "text/html")),
    "console resolution with conditional 'you can reopen' and rating footer")

msg("console-survey", L("survey", False, C), fa("AWS Support", "aws-support-survey@amazon.com"), ME_C,
    f"Tell us about your AWS Support experience (case {C})", d(2023, 3, 15, 9, 0),
    P(f"""Hello,

Your AWS Support case {C} was recently resolved. Please take two minutes to rate your experience.

Rate now: https://aws.amazon.com/support/survey?displayId={C}

Your answers help us improve AWS Support.
"""), "console survey")

j_ack_text = f"""池上 空 様

AWS トレーニングと認定 にお問い合わせいただきありがとうございます。
お問い合わせを受け付け、ケース {J} を作成いたしました。

ケースID: {J}
件名: {FORM_SUBJ}

通常24時間以内にご連絡いたしますが、最善の解決策を見つけるために、さらにお時間をいただく場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

AWS トレーニングと認定 カスタマーサービス
"""
j_ack = msg("uketsuke", L("acknowledgement", False, J), TCF, ME_P, subj_case(J, space=True), d(2023, 5, 9, 4, 15),
            P(j_ack_text, charset="shift_jis", cte="8bit"), "Japanese ack in Shift_JIS 8bit; 'RE: [CASE' with space")

j_info_text = f"""池上 空 様

AWS トレーニングと認定 カスタマーサービスの佐藤でございます。
このたびは証明書に印字される氏名表記についてお問い合わせいただき、ありがとうございます。

確認いたしましたところ、対象の認定アカウントには会社のメールアドレス（s-ikegami@hanamizuki-tech.co.jp）が
ログインメールとして登録されております。一方、本お問い合わせは個人のメールアドレスからいただいております。

氏名の変更は本人確認が必要な手続きとなるため、恐れ入りますが、認定アカウントにご登録のメールアドレスから
本メールへご返信いただけますでしょうか。ご返信の際は、ご希望のローマ字表記も併せてご記載ください。

何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
j_info = msg("shoukai", L("info_request", True, J), TCF, ME_P, subj_case(J), d(2023, 5, 10, 1, 2),
             P(j_info_text, cte="base64"), "Japanese keigo ask: reply from the address registered on the account; base64 UTF-8",
             irt=j_ack)

msg("verify-code", L("unrelated"), fa("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", d(2023, 5, 10, 1, 10),
    P("""Hello,

To finish creating your AWS Builder ID, enter this verification code:

583021

This code expires in 10 minutes. If you didn't request it, you can ignore this email.

Amazon Web Services
"""), "Builder ID 6-digit code")

j_user_text = f"""佐藤様

お世話になっております。池上です。
ご案内いただいたとおり、認定アカウントに登録している会社のアドレスからご連絡いたします。

希望する氏名表記: IKEGAMI SORA
（現在は SORA IKEGAMI と姓名が逆になっております）

よろしくお願いいたします。

池上 空

2023/05/10 10:02、AWS Training and Certification <{TC}> のメール:
{q(j_info_text)}
"""
j_user = msg("re-shoukai", L("user_reply", False, J), MEC_JP, TC, "Re: 氏名表記の修正について", d(2023, 5, 10, 2, 5),
             P(j_user_text, charset="iso-2022-jp", cte="7bit"),
             "user reply with NO case number in subject - threaded only by In-Reply-To/References; ISO-2022-JP",
             irt=j_info, refs=f"{j_ack} {j_info}", auth=None, subj_charset="iso-2022-jp")

j_done_text = f"""池上 空 様

ご返信いただき、ありがとうございます。
ご希望どおり、認定アカウントの氏名表記を「IKEGAMI SORA」に変更いたしました。

新しい表記の証明書は、認定アカウントの「認定」ページから再度ダウンロードいただけます。
反映まで最大で24時間ほどかかる場合がございます。

本件についてその他ご不明な点がございましたら、本メールにご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
msg("kanryou", L("resolved", False, J), TCF, ME_C, subj_case(J), d(2023, 5, 11, 0, 40),
    ALT(P(j_done_text, cte="base64"), P("<html><body>" + j_done_text.replace("\n", "<br>\n") + "</body></html>", "text/html", cte="base64")),
    "resolution with 'ご不明な点がございましたら…ご返信ください' conditional; base64 multipart", irt=j_user)

msg("recert", L("certification"), fa("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Congratulations on recertifying your AWS Certification!", d(2023, 9, 21, 15, 5),
    P("""Dear Sora Ikegami,

Congratulations on recertifying your AWS Certified Solutions Architect - Associate certification.
Your new expiration date is September 21, 2026.

Your digital badge will be issued through Credly. Please make sure to accept it.

Sincerely,
AWS Certification
"""), "certmetrics recertification notice with 'please make sure to accept'")

# =====================================================================================
# 2025 - leaving the company: case X (main), Y (duplicate), later W
# =====================================================================================
msg("jinji", L("unrelated"), fa("人事部 総務グループ", "jinji@hanamizuki-tech.co.jp", "iso-2022-jp"), ME_C,
    "【ご案内】退職手続きについて", d(2025, 4, 10, 0, 30, ),
    P("""池上 空 さん

人事部の山口です。退職に伴う手続きについてご案内します。

・最終出社日: 2025年4月30日(水)
・社用メールアカウントは最終出社日の18時に停止されます
・PC・入館証は最終出社日に情報システム部へ返却してください

退職届の控えと、健康保険証の返却方法について、4月18日までにこのメールにご返信ください。

人事部 山口
""", charset="iso-2022-jp", cte="7bit"), "company HR mail that does ask for a reply - but not support; company mailbox closes 30 April",
    subj_charset="iso-2022-jp", auth="hanamizuki-tech.co.jp; dkim=pass header.d=hanamizuki-tech.co.jp; dmarc=pass header.from=hanamizuki-tech.co.jp")

x_ack_text = f"""Hello,

Thanks for reaching out to AWS Training and Certification. We've received your request.

Case ID: {X}
Topic: Account Assistance / Account Merge
Submitted by: {ME_P}

What happens next
- A member of our team will review your request, usually within 24 hours.
- We'll write to you at the address above.
- Please avoid opening another case for the same issue; additional cases are reviewed in order and can delay the answer.

Anything you'd like to add? Simply reply to this message.

AWS Training and Certification Customer Service
"""
x_ack = msg("request-received", L("acknowledgement", False, X), TCF, ME_P, subj_case(X), d(2025, 4, 15, 2, 23),
            ALT(P(x_ack_text, cte="quoted-printable"),
                P("<html><body>" + x_ack_text.replace("\n", "<br>\n") + "</body></html>", "text/html", cte="quoted-printable")),
            "ack from a different template: 'Anything you'd like to add? Simply reply' (conditional)")

y_ack = msg("uketsuke-2", L("acknowledgement", False, Y), TCF, ME_P, subj_case(Y), d(2025, 4, 15, 2, 39),
            P(f"""AWS トレーニングと認定 にお問い合わせいただきありがとうございます。

ケース {Y} を作成しました。ケースの詳細は次のとおりです。

ケースID: {Y}
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

通常24時間以内にご回答いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

AWS トレーニングと認定
"""), "second ack 16 minutes later for the same request (duplicate submission); UTF-8 8bit Japanese")

msg("verify-merge", L("suspicious"), fa("AWS Certification Support", "support@aws-certification-support.com"), ME_P,
    f"[CASE {X}] Action required: verify your certification account merge", d(2025, 4, 15, 9, 12),
    P(f"""Dear candidate,

Your request to merge certification accounts (case {X}) is waiting for identity verification.
Accounts that are not verified within 24 hours are permanently locked and all certifications are revoked.

Verify now: https://aws-certification-support.com/verify?case={X}

AWS Training & Certification Support Team
"""), "lookalike domain quoting the real case number; DKIM/DMARC pass for its own domain",
    auth=auth_for(ME_P, "aws-certification-support.com"))

y_info_text = f"""Hi Sora,

Looks like the merge request came in twice on April 15 - once as case {X} and again as this case, {Y},
a few minutes later. Both say the same thing, so we only want to work one of them.

Which one should stay open? Just tell me the case number and I'll close the other.

Thanks,
Daniel
AWS Training and Certification Customer Service
"""
y_info = msg("followup-y1", L("info_request", True, Y), TCF, ME_P, subj_case(Y), d(2025, 4, 15, 22, 10),
             P(y_info_text), "asks the person to choose which duplicate case to keep (not the merge choice); two case numbers in body",
             irt=y_ack)

y_user = msg("re-followup-y1", L("user_reply", False, Y), MEP, TC, "Re: " + subj_case(Y), d(2025, 4, 15, 23, 2),
             P(f"""Hi Daniel,

Sorry about that - please keep {X} and close this one.

Sora

On Wed, Apr 16, 2025 at 7:10 AM AWS Training and Certification <{TC}> wrote:
{q(y_info_text)}
"""), "user reply naming the other case number in its body; belongs to the duplicate case", irt=y_info, auth=None)

msg("followup-y2", L("resolved", False, Y), TCF, ME_P, subj_case(Y), d(2025, 4, 16, 0, 5),
    P(f"""Hi Sora,

Done - I've closed {Y} as a duplicate. Your merge request carries on under case {X}, where a colleague
will be in touch. There's nothing further to do on this one.

Thanks,
Daniel
"""), "duplicate case closed at the person's request; mentions the other case; nothing to do", irt=y_user)

x_hold_text = f"""Hello Sora,

Thank you for your patience while I looked into this.

Before going into the next steps, some background. The certification account registered to
s-ikegami@hanamizuki-tech.co.jp (AWS04417265) is associated with an AWS Partner Network (APN) organization,
Hanamizuki Tech Co., Ltd. Certifications held on a partner-associated account count toward that
organization's partner benefits, so we do not move them to another account while the holder is still
employed by the partner. This protects both the individual and the partner organization, and it is the
same process for every APN partner.

For that reason the merge is on hold for now. To release it, we need a written confirmation from you
that you are leaving Hanamizuki Tech, along with your last day of employment. Once we have that, I can
ask our Partner team to remove the association and then prepare the merge.

Best regards,
Priya
AWS Training and Certification Customer Service
"""
x_hold = msg("followup-x1", L("on_hold", True, X, ["AWS04417265"]), TCF, ME_P, subj_case(X), d(2025, 4, 16, 3, 40),
             P(x_hold_text), "APN hold; the ask ('we need a written confirmation from you') is buried after a long explanation",
             irt=x_ack)

x_wrong_text = f"""Hi Priya,

Thank you for the explanation. I confirm that I am leaving Hanamizuki Tech; my last day of employment is 30 April 2025.
After that this mailbox will be closed, so please merge everything into my personal account.

Best regards,
Sora Ikegami

From: AWS Training and Certification <{TC}>
Sent: Wednesday, April 16, 2025 12:40 PM
To: sora.ikegami.p@gmail.com
Subject: {subj_case(X)}

{x_hold_text}"""
x_wrong = msg("re-followup-x1", L("user_reply", False, X), MEC, TC, "RE: " + subj_case(X), d(2025, 4, 16, 5, 15),
              P(x_wrong_text, cte="quoted-printable"),
              "reply sent from the OLD company address (wrong address); Outlook From/Sent/To header block; quotes the hold",
              irt=x_hold, auth=None, crlf=True)

msg("jidou-outou", L("unrelated"), fa("田中 健", "k-tanaka@hanamizuki-tech.co.jp", "shift_jis"), ME_C,
    "自動応答: 引継ぎ資料の確認のお願い", d(2025, 4, 16, 5, 40),
    P("""お疲れ様です。田中です。

4月16日(水)〜4月21日(月)は休暇のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合は 03-5555-0142（部代表）までご連絡ください。
ご返信は4月22日以降となります。
""", charset="shift_jis", cte="8bit"), "colleague's out-of-office in Shift_JIS",
    auth="hanamizuki-tech.co.jp; dkim=pass header.d=hanamizuki-tech.co.jp; dmarc=pass header.from=hanamizuki-tech.co.jp",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], subj_charset="shift_jis")

x_addr_text = f"""Hello Sora,

Thanks for the quick answer. One snag: it reached us from s-ikegami@hanamizuki-tech.co.jp, and this case is
registered to sora.ikegami.p@gmail.com. For account security we can only act on instructions that come from
the contact address on the case, so the confirmation you sent can't be used as it is.

Could you send the same confirmation (that you're leaving and your last day) from sora.ikegami.p@gmail.com?
As soon as it arrives I'll pass it on.

Best regards,
Priya
AWS Training and Certification Customer Service
"""
x_addr = msg("followup-x2", L("info_request", True, X), TCF, ME_P, subj_case(X), d(2025, 4, 16, 7, 5),
             P(x_addr_text), "wrong-address case: asks the person to resend from the address on the case",
             irt=x_wrong, cc=ME_C)

x_user2_text = f"""Hi Priya,

Resending from my personal address: I am leaving Hanamizuki Tech and my last day of employment is 30 April 2025.

Sora

On Wed, Apr 16, 2025 at 4:05 PM AWS Training and Certification <{TC}> wrote:
{q(x_addr_text)}
"""
x_user2 = msg("re-followup-x2", L("user_reply", False, X), MEP, TC, "Re: " + subj_case(X), d(2025, 4, 16, 8, 30),
              P(x_user2_text), "user reply from the personal address, Gmail quoting of a request", irt=x_addr, auth=None)

x_wait_text = f"""Hello Sora,

Thank you, that's what we needed.

I've sent the release request to our Partner team. They are the ones who manage the link between
certification accounts and APN organizations, and the merge can't start until they've removed the
association from AWS04417265. This normally takes three to five business days.

There's nothing you need to do in the meantime; I'll write again as soon as they're done.

Best regards,
Priya
"""
x_wait = msg("followup-x3", L("on_hold", False, X, ["AWS04417265"]), TCF, ME_P, subj_case(X), d(2025, 4, 17, 1, 15),
             P(x_wait_text), "hold waiting on another AWS team; explicitly asks nothing", irt=x_user2)

msg("summit", L("unrelated"), fa("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Confirm your seat: AWS Summit Japan 2025", d(2025, 4, 18, 1, 0),
    ALT(P("""Hi Sora,

You registered interest in AWS Summit Japan 2025 (June 25-26, Makuhari Messe).
Seats for the certification lounge are limited - please confirm your attendance by May 9.

Confirm attendance: https://aws.amazon.com/jp/events/summits/japan/confirm

Please do not reply to this email. To unsubscribe, visit https://pages.awscloud.com/communication-preferences
"""), P("""<html><body><h1>AWS Summit Japan 2025</h1><p>Seats for the certification lounge are limited - please confirm your attendance by May 9.</p>
<p><a href="https://aws.amazon.com/jp/events/summits/japan/confirm">Confirm attendance</a></p></body></html>""", "text/html")),
    "AWS marketing asking to 'confirm' - not a support case")

msg("merge-verify", L("suspicious"), TCF, ME_P, subj_case(X), d(2025, 4, 19, 11, 48),
    P(f"""Hello Sora,

To complete the merge of your certification accounts, we need to verify that you own both of them.
Sign in to both accounts using the secure link below within 48 hours:

https://aws-training-verify.co/merge/{X}

Best regards,
Priya
AWS Training and Certification Customer Service
"""), "looks exactly like the real thread (same From, same subject, agent name) but DKIM and DMARC fail for amazon.com",
    auth=auth_for(ME_P, "amazon.com", mode="fail", mailfrom="mailer.trainingcert-notify.net"))

msg("followup-x4", L("case_update", False, X, ["AWS04417265"]), TCF, ME_P, subj_case(X), d(2025, 4, 23, 0, 50),
    P(f"""Hello Sora,

Good news: the Partner team has removed the APN association from AWS04417265.

I'm now putting together the account summary for the merge and will send it over shortly.

Best regards,
Priya
"""), "progress news after the hold; mentions a future ask but asks nothing now", irt=x_wait)

msg("jira-1", L("unrelated"), fa("Jira", "jira@hanamizuki.atlassian.net"), ME_C,
    "[JIRA] (CLOUD-2231) Please confirm the rollout window for the training sandbox", d(2025, 4, 23, 6, 0),
    P("""Haruto Mori commented on CLOUD-2231:

@Sora Ikegami please confirm the rollout window before you leave - can we still do Monday?

Reply to this email to add a comment, or view it in Jira:
https://hanamizuki.atlassian.net/browse/CLOUD-2231
"""), "Jira ask with 'please confirm' - work tool, not support")

x_conf_html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Sora,</p>
<p>Here is a summary of the two certification accounts we found for you.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11938402</td><td>AWS04417265</td></tr>
<tr><td>Login email</td><td>sora.ikegami.p@gmail.com</td><td>s-ikegami@hanamizuki-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>sora.ikegami.p@gmail.com</td><td>s-ikegami@hanamizuki-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>sora.ikegami.p@gmail.com</td><td>s-ikegami@hanamizuki-tech.co.jp</td></tr>
<tr><td>Certifications</td><td>&mdash;</td><td>CLF, SAA, DVA</td></tr>
</table>
<p>After the merge only one account remains, and all exam history, certifications and benefits move to it.</p>
<p>Which of the two should remain as your primary account?</p>
<p>Best regards,<br>Priya<br>AWS Training and Certification Customer Service</p>
</div></body></html>"""
x_conf_plain_for_quote = f"""Hello Sora,

Here is a summary of the two certification accounts we found for you.

                                 Account #1                 Account #2
Candidate ID                     AWS11938402                AWS04417265
Login email                      sora.ikegami.p@gmail.com   s-ikegami@hanamizuki-tech.co.jp
Training notification email      sora.ikegami.p@gmail.com   s-ikegami@hanamizuki-tech.co.jp
Certification notification email sora.ikegami.p@gmail.com   s-ikegami@hanamizuki-tech.co.jp
Certifications                   -                          CLF, SAA, DVA

After the merge only one account remains, and all exam history, certifications and benefits move to it.

Which of the two should remain as your primary account?

Best regards,
Priya
AWS Training and Certification Customer Service
"""
x_conf = msg("followup-x5", L("confirmation_request", True, X, ["AWS11938402", "AWS04417265"]), TCF, ME_P, subj_case(X),
             d(2025, 4, 24, 2, 30), P(x_conf_html, "text/html", cte="quoted-printable"),
             "HTML-only table confirmation; bare question, no 'please' or 'confirm'", irt=x_wait)

msg("helpdesk-solved", L("unrelated"), fa("Lumacast Support", "support@lumacast.zendesk.com"), ME_P,
    "[Lumacast] Re: Cannot export recordings - request #58213 solved", d(2025, 4, 25, 9, 0),
    P("""##- Please type your reply above this line -##

Your request (#58213) has been solved. To reopen this request, reply to this email.

Akira (Lumacast Support)
Apr 25, 2025, 18:00 JST

Hi Sora, the export fix is live - recordings longer than two hours now download correctly.
We're closing this ticket, but just reply if anything else comes up.
"""), "another vendor's 'solved / reply to reopen' notice")

x_close_text = f"""Hello Sora,

We have not received a response to our previous message (below). If we don't hear from you within 48 hours,
this case will be closed. A reply to this email will keep it open.

Best regards,
AWS Training and Certification Customer Service

-------- Previous message --------
{x_conf_plain_for_quote}"""
x_close = msg("followup-x6", L("closing_notice", True, X, []), TCF, ME_P, subj_case(X), d(2025, 4, 29, 3, 0),
              P(x_close_text), "closing notice over the quoted confirmation request (quoted IDs are not new text)",
              irt=x_conf)

x_user3_text = f"""Confirmed. Please merge to Account #1 (sora.ikegami.p@gmail.com). Sorry for the slow reply - last week at the old job was busy.

Sora

On Tue, Apr 29, 2025 at 12:00 PM AWS Training and Certification <{TC}> wrote:
{q(x_close_text)}
"""
x_user3 = msg("re-followup-x6", L("user_reply", False, X), MEP, TC, "Re: " + subj_case(X), d(2025, 4, 30, 13, 20),
              P(x_user3_text, cte="quoted-printable"), "top-posted confirmation over long quoted history", irt=x_close,
              auth=None)

msg("undeliverable", L("unrelated"), fa("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", d(2025, 5, 1, 0, 5),
    P(f"""** Address not found **

Your message wasn't delivered to s-ikegami@hanamizuki-tech.co.jp because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.1 User unknown

----- Original message -----

From: Sora Ikegami <{ME_P}>
To: s-ikegami@hanamizuki-tech.co.jp
Subject: Fwd: Re: {subj_case(X)}
Date: Thu, 1 May 2025 09:04:51 +0900

> Confirmed. Please merge to Account #1 (sora.ikegami.p@gmail.com).
"""), "bounce of a copy sent to the closed company mailbox; quotes the case subject and a confirmation",
    auth=auth_for(ME_P, "googlemail.com"))

x_done_text = f"""Hi Sora,

I have successfully merged all accounts. Everything from the former company account now lives under
AWS11938402, which signs in with your Builder ID (sora.ikegami.p@gmail.com).

A few things to expect over the next days:
- Sign in and check Exam history, Certifications and Benefits - they should all be there now.
- Credly badges are re-issued to your personal address, usually within 24 hours.
- Your former employer's Partner Central profile will stop listing your certifications within about a week.

This completes your request; no further action is required on your part.

Kind regards,
Jonas
AWS Training and Certification Customer Service

-----Original Message-----
From: {TC}
Sent: 2025-04-24 02:30 UTC
Subject: {subj_case(X)}

{x_conf_plain_for_quote}"""
x_done = msg("followup-x7", L("resolved", False, X, ["AWS11938402"]), TCF, ME_P, subj_case(X), d(2025, 5, 1, 1, 40),
             P(x_done_text), "resolution with next-step bullets ('Sign in and check...') and the old request quoted below",
             irt=x_user3)

msg("fwd-sharedbox", L("unrelated"), fa("Haruto Mori", "h-mori@hanamizuki-tech.co.jp"), ME_P,
    "Fwd: " + subj_case(X), d(2025, 5, 2, 2, 10),
    P(f"""Sora-san,

This landed in the partner-admin shared mailbox (we're on CC for APN changes). Looks like AWS finished
your merge - forwarding just so you have it. Hope the new job is going well!

Haruto

---------- Forwarded message ---------
From: AWS Training and Certification <{TC}>
Date: Thu, May 1, 2025 at 10:40 AM
Subject: {subj_case(X)}
To: <{ME_P}>

{x_done_text}"""), "former colleague forwards the resolution: case subject and quoted request, but not from support",
    auth=auth_for(ME_P, "hanamizuki-tech.co.jp"))

msg("badge-new", L("badge"), fa("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a new badge", d(2025, 5, 2, 3, 0),
    ALT(P("""Hi Sora,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge: https://www.credly.com/badges/0b9f2d4e-7a13-4c8e-9f60-2d5e1a7b3c11/accept
"""), P("""<html><body><p>Hi Sora,</p><p>Amazon Web Services Training and Certification has issued you a badge:</p>
<table><tr><td><b>AWS Certified Solutions Architect - Associate</b></td><td><a href="https://www.credly.com/badges/0b9f2d4e-7a13-4c8e-9f60-2d5e1a7b3c11/accept">Accept badge</a></td></tr></table>
</body></html>""", "text/html")), "Credly badge issued right after the merge")

msg("feedback-x", L("survey", False, X), fa("AWS Training and Certification", "no-reply@aws.training"), ME_P,
    f"We'd like your feedback on case {X}", d(2025, 5, 3, 0, 0),
    P(f"""Hello,

Your case {X} was recently resolved. Would you take a minute to tell us how we did?

https://survey.aws.training/s/cs?case={X}

Thank you,
AWS Training and Certification
"""), "survey phrased as a question")

msg("badge-reminder", L("badge"), fa("Credly", "admin@credly.com"), ME_P,
    "Reminder: accept your AWS Certified Developer - Associate badge", d(2025, 5, 5, 3, 0),
    P("""Hi Sora,

You have a badge waiting. Badges that are not accepted can't be shared or verified.

AWS Certified Developer - Associate
Issued by Amazon Web Services Training and Certification

Accept now: https://www.credly.com/badges/5e21c0aa-8d44-4b1f-a2c3-9b7f10e6d402/accept

Questions? Reply to this email or visit support.credly.com.
"""), "Credly reminder phrased as an action with 'reply to this email' footer")

x_reopen_text = f"""Hi Jonas,

Thanks for merging. Exam history and certifications look good, but the 50% exam voucher that was on the old
company account is not listed under Benefits on AWS11938402. Could you check?

Sora

On Thu, May 1, 2025 at 10:40 AM AWS Training and Certification <{TC}> wrote:
{q(x_done_text)}
"""
x_reopen = msg("re-followup-x7", L("user_reply", False, X, ["AWS11938402"]), MEP, TC, "Re: " + subj_case(X),
               d(2025, 5, 6, 12, 30), P(x_reopen_text), "user reopens a resolved case by replying; it is the person asking, not support",
               irt=x_done, auth=None)

x_reopened = msg("case-reopened", L("case_update", False, X), TCF, ME_P, f"Case {X} has been reopened", d(2025, 5, 6, 12, 31),
                 P(f"""Hello,

We received your reply on case {X}, and the case has been reopened.
An agent will review your latest correspondence and respond as soon as possible.

AWS Training and Certification Customer Service
"""), "automatic reopen notice; new template, case number only in body-like subject form 'Case N'", irt=x_reopen)

x_jp_info_text = f"""池上 空 様

AWS トレーニングと認定 カスタマーサービスの小林でございます。
ご連絡いただき、ありがとうございます。

統合後のアカウント（AWS11938402）を確認いたしましたところ、試験履歴および認定は正常に移行されておりました。
一方、50%割引バウチャーにつきましては、旧アカウントで有効期限を過ぎていたか、または統合時に
引き継ぎ対象外となった可能性がございます。

再発行の可否を判断するため、旧アカウントで表示されていたバウチャーの有効期限と、
お手元に特典ページのスクリーンショットがございましたらその画像を、本ケースにご返信のほどよろしくお願いいたします。

小林
AWS トレーニングと認定 カスタマーサービス
"""
x_jp_info = msg("followup-x8", L("info_request", True, X, ["AWS11938402"]), TCF, ME_P, subj_case(X), d(2025, 5, 7, 1, 45),
                P(x_jp_info_text, charset="iso-2022-jp", cte="7bit"),
                "mixed mail: progress report then a keigo ask ('ご返信のほどよろしくお願いいたします'); 'がございましたら' inside the ask; ISO-2022-JP",
                irt=x_reopened)

x_jp_user = msg("re-followup-x8", L("user_reply", False, X), fa("池上 空", ME_P, "shift_jis"), TC, "Re: " + subj_case(X),
                d(2025, 5, 7, 3, 10),
                P(f"""小林様

ご確認ありがとうございます。
旧アカウントのバウチャーの有効期限は 2025年9月30日 でした。スクリーンショットは保存していなかったため、
有効期限のメモのみとなります。

よろしくお願いいたします。
池上

2025年5月7日(水) 10:45 AWS Training and Certification <{TC}>:
{q(x_jp_info_text)}
""", charset="shift_jis", cte="8bit"), "Japanese user reply in Shift_JIS with Gmail-JP quote header", irt=x_jp_info, auth=None,
                subj_charset="shift_jis")

msg("followup-x9", L("resolved", False, X), TCF, ME_P, subj_case(X), d(2025, 5, 8, 0, 55),
    ALT(P(f"""池上 空 様

お待たせいたしました。統合後のアカウントに、50%割引バウチャー（有効期限: 2025年9月30日）を再発行いたしました。
認定アカウントの「特典」ページからご確認いただけます。試験のお申し込み時にコードをご利用ください。

以上をもちまして、本件はクローズとさせていただきます。
その他ご不明な点がございましたら、お気軽に本メールへご返信ください。

小林
AWS トレーニングと認定 カスタマーサービス
""", cte="quoted-printable"), P(f"""<html><body><p>池上 空 様</p><p>お待たせいたしました。統合後のアカウントに、50%割引バウチャー（有効期限: 2025年9月30日）を再発行いたしました。<br>
認定アカウントの「特典」ページからご確認いただけます。試験のお申し込み時にコードをご利用ください。</p>
<p>以上をもちまして、本件はクローズとさせていただきます。<br>その他ご不明な点がございましたら、お気軽に本メールへご返信ください。</p>
<p>小林<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>""", "text/html", cte="quoted-printable")),
    "Japanese resolution with next steps ('ご確認いただけます', 'ご利用ください') and a conditional invitation; 'クローズ' but not for silence",
    irt=x_jp_user)

msg("cert-expiry", L("certification"), fa("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certified Cloud Practitioner certification expires in 90 days", d(2025, 6, 2, 15, 0),
    P("""Hello Sora,

Your AWS Certified Cloud Practitioner certification (validation number 7KQ2XJ1LMN4E1PS8) expires on
August 31, 2025. To keep your certification active, complete recertification before that date.

Recertification options: https://aws.amazon.com/certification/recertification/

AWS Certification
"""), "certification expiry notice with an action, now arriving at the personal address")

msg("sb-receipt", L("unrelated"), fa("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder subscription receipt", d(2025, 6, 5, 4, 0),
    P("""Thank you for your purchase.

Subscription: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Order number: 1749096012
Next billing date: July 5, 2025

Manage your subscription: https://skillbuilder.aws/account/subscription
"""), "Skill Builder receipt from the training sender; 10-digit order number is not a case")

msg("profile-merge-ms", L("unrelated"), fa("Microsoft Certification Support", "mcp-support@microsoft.com"), ME_P,
    "Case 2506110040002817: Please confirm which certification profile to keep", d(2025, 6, 11, 8, 30),
    P("""Hello Sora,

We found two Microsoft Certification profiles:

Profile 1 - sora.ikegami.p@gmail.com (MCID 991247385)
Profile 2 - s-ikegami@hanamizuki-tech.co.jp (MCID 990118203)

Please reply confirming which profile should be kept, and we will merge your transcripts.

Regards,
Microsoft Certification Support
"""), "another vendor's profile-merge confirmation - same shape as AWS, but not AWS support")

w_ack_text = f"""Hi Sora,

Thanks for getting in touch with AWS Training & Certification. We've logged your request as case {W}.

What we got from you:
  "I found a third certification profile that was created through AWS Partner Central SSO by my former
   employer. Please merge it into my personal account."

Our team aims to respond within 24 hours. If you think of something else we should know, just reply to
this email - it will be added to the same case. Please don't submit the form again for this request.

AWS Training & Certification Customer Service
"""
w_ack = msg("request-logged", L("acknowledgement", False, W), TCF, ME_P, subj_case(W, space=True), d(2025, 7, 7, 5, 2),
            ALT(P(w_ack_text), P("<html><body>" + w_ack_text.replace("\n", "<br>\n") + "</body></html>", "text/html")),
            "third ack template; echoes 'Please merge' from the user; 'just reply' conditional")

w_info_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hi Sora,</p>
<p>I've looked into the profile you described. Profiles created through Partner Central single sign-on are not
stored under an email address, so they don't show up when we search by sora.ikegami.p@gmail.com or by your former
company address. I can see your personal account, <b>AWS11938402</b>, but nothing else.</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Profile</th><th>Candidate ID</th><th>Status</th></tr>
<tr><td>Personal (Builder ID)</td><td>AWS11938402</td><td>found</td></tr>
<tr><td>Partner Central SSO</td><td>&mdash;</td><td>candidate ID required</td></tr>
</table>
<p>The candidate ID of the Partner Central profile is required before I can locate it. It is displayed in the
upper-right corner of the certification portal when you are signed in to that profile.</p>
<p>Best,<br>Tomás<br>AWS Training &amp; Certification Customer Service</p>
</body></html>"""
w_info = msg("followup-w1", L("info_request", True, W, ["AWS11938402"]), TCF, ME_P, subj_case(W), d(2025, 7, 8, 0, 12),
             P(w_info_html, "text/html", cte="base64"),
             "HTML-only base64; the request is a statement of what is missing ('is required'), plus a table cell",
             irt=w_ack)

msg("newsletter", L("unrelated"), fa("週刊クラウドウォッチ", "news@cloudwatch-weekly.jp"), ME_P,
    "【週刊クラウドウォッチ】転職時のAWS認定アカウント統合、その手順と注意点", d(2025, 7, 9, 22, 0),
    P("""週刊クラウドウォッチ 2025年7月10日号

■ 今週の特集
転職時のAWS認定アカウント統合、その手順と注意点
「会社のメールアドレスで作った認定アカウントを個人のアカウントに統合したい」という相談が増えています。
サポートから「Account #1 と Account #2 のどちらに統合しますか」という確認メールが届いたら、
内容を確認して返信しましょう。APNパートナー企業の場合は、退職の確認を求められることもあります。

■ ニュース
・Amazon Bedrock の新モデルが東京リージョンで利用可能に
・AWS Summit Japan 2025 のセッション動画が公開

配信停止はこちら: https://cloudwatch-weekly.jp/unsubscribe
""", cte="quoted-printable"), "Japanese newsletter quoting the merge process (Account #1/#2, 返信しましょう); QP", subj_charset="utf-8")

w_close_text = f"""池上 空 様

AWS トレーニングと認定 カスタマーサービスでございます。

7月8日にお送りしたご案内（Partner Central 経由で作成されたプロフィールの候補IDについて）に、
現時点でご返信を確認できておりません。

このまま3営業日以内にご返信がない場合、本ケースはクローズさせていただきます。
引き続きサポートが必要な場合は、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
"""
w_close = msg("followup-w2", L("closing_notice", True, W), TCF, ME_P, subj_case(W), d(2025, 7, 11, 2, 0),
              P(w_close_text), "Japanese closing notice whose ask is phrased conditionally (〜場合は…ご返信ください); UTF-8 8bit",
              irt=w_info)

w_user1 = msg("re-followup-w2", L("user_reply", False, W, ["AWS09051378", "AWS11938402"]), MEP, TC, "Re: " + subj_case(W),
              d(2025, 7, 11, 9, 40),
              P(f"""Hi Tomás,

Sorry for the delay - I had to ask my former colleague to reset the Partner Central access.
The Partner Central profile is AWS09051378. Please merge it into AWS11938402.

Sora

On Fri, Jul 11, 2025 at 11:00 AM AWS Training and Certification <{TC}> wrote:
{q(w_close_text)}
""", cte="quoted-printable"), "user gives candidate IDs; quotes a Japanese notice", irt=w_close, auth=None)

w_hold_text = f"""Hi Sora,

Thanks - I found AWS09051378. It is still associated with your former employer's APN organization, so I've asked
our Partner team to detach it; until they do, the merge is paused on our side.

While we wait: did you ever sit an exam, or redeem a voucher, on AWS09051378? If not, the detach is a lot simpler.

Best,
Tomás
"""
w_hold = msg("followup-w3", L("on_hold", True, W, ["AWS09051378"]), TCF, ME_P, subj_case(W), d(2025, 7, 14, 1, 30),
             P(w_hold_text), "on_hold that also asks a bare question ('did you ever sit an exam...?')", irt=w_user1, crlf=True)

w_user2 = msg("re-followup-w3", L("user_reply", False, W), MEP, TC, "Re: " + subj_case(W), d(2025, 7, 14, 3, 0),
              P(f"""No - never took an exam or used a voucher on that profile.

Sora

On Mon, Jul 14, 2025 at 10:30 AM AWS Training and Certification <{TC}> wrote:
{q(w_hold_text)}
"""), "one-line user answer over quoted question", irt=w_hold, auth=None)

w_conf_text = f"""池上 空 様

いつもお世話になっております。AWS トレーニングと認定の小林でございます。

パートナーチームによる関連付けの解除が完了いたしましたので、統合の内容をご案内いたします。

Account #1
候補ID: AWS11938402
ログインメール: sora.ikegami.p@gmail.com
認定通知メール: sora.ikegami.p@gmail.com

Account #2
候補ID: AWS09051378
ログイン: AWS Partner Central (SSO)
認定通知メール: s-ikegami@hanamizuki-tech.co.jp

Account #2 を Account #1 に統合し、Account #1 を引き続きご利用いただく形でよろしいでしょうか。
問題がなければ、その旨を本メールにてお知らせください。

小林
AWS トレーニングと認定 カスタマーサービス
"""
w_conf = msg("followup-w4", L("confirmation_request", True, W, ["AWS11938402", "AWS09051378"]), TCF, ME_P, subj_case(W),
             d(2025, 7, 16, 4, 20), P(w_conf_text, cte="base64"),
             "Japanese keigo confirmation (〜でよろしいでしょうか); base64", irt=w_user2)

msg("login-code", L("unrelated"), fa("AWS", "no-reply@login.awsapps.com"), ME_P,
    "Your AWS verification code", d(2025, 7, 16, 4, 25),
    P("""Verification code: 904417

Enter this code to finish signing in. The code is valid for 10 minutes.
If you did not try to sign in, please change your password.
"""), "6-digit sign-in code that arrives minutes after a support mail")

w_auto_text = f"""Case {W} - pending your response

This case is waiting for your reply. If no response is received, it will be closed automatically on
July 23, 2025. Replying to the latest message on this case keeps it open.

AWS Training and Certification Customer Service
(This notice was generated automatically.)
"""
w_auto = msg("pending-reminder", L("closing_notice", True, W), TCF, ME_P, subj_case(W), d(2025, 7, 20, 0, 0),
             P(w_auto_text), "system-generated auto-closure reminder; no agent, no 'please'", irt=w_conf)

w_user3 = msg("re-pending-reminder", L("user_reply", False, W), fa("池上 空", ME_P), TC, "Re: " + subj_case(W),
              d(2025, 7, 20, 1, 15),
              P(f"""小林様

はい、その内容で問題ございません。Account #2 を Account #1 に統合してください。
ご連絡が遅くなり申し訳ありません。

池上

2025年7月20日(日) 9:00 AWS Training and Certification <{TC}>:
{q(w_auto_text)}

2025年7月16日(水) 13:20 AWS Training and Certification <{TC}>:
{q(w_conf_text)}
"""), "Japanese confirmation, top-posted over the reminder and the quoted request; UTF-8 8bit", irt=w_auto, auth=None)

msg("followup-w5", L("resolved", False, W, ["AWS09051378", "AWS11938402"]), TCF, ME_P, subj_case(W), d(2025, 7, 21, 0, 30),
    P(f"""Hi Sora,

All set - AWS09051378 has been folded into AWS11938402. No further action is required on your side.

Best,
Tomás

How did we do? Rate this reply:
https://survey.aws.training/s/cs?case={W}&r=good
https://survey.aws.training/s/cs?case={W}&r=bad
"""), "short resolution with a survey footer under it", irt=w_user3)

msg("badge-alert", L("suspicious"), fa("Credly Badges", "noreply@credly-badges.net"), ME_P,
    "Action needed: your AWS badges will be revoked", d(2025, 7, 21, 14, 2),
    P("""Hello,

Because your AWS certification accounts were recently merged, your Credly badges must be re-verified.
Badges not re-verified within 24 hours will be revoked.

Re-verify: https://credly-badges.net/aws/reverify

Credly, Inc.
"""), "phishing from a Credly lookalike domain, timed after the merge", auth=auth_for(ME_P, "credly-badges.net"))

msg("enquete", L("survey", False, W), fa("AWS トレーニングと認定", "no-reply@aws.training"), ME_P,
    f"サポートに関するアンケートのお願い（ケース {W}）", d(2025, 7, 22, 1, 0),
    P(f"""池上 空 様

先日はAWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
サービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間: 約1分）。

https://survey.aws.training/s/cs?case={W}&lang=ja

AWS トレーニングと認定
""", cte="base64"), "Japanese survey with 'ご協力をお願いいたします'")

msg("order-jp", L("unrelated"), fa("Amazon.co.jp", "auto-confirm@amazon.co.jp", "iso-2022-jp"), ME_P,
    "Amazon.co.jp ご注文の確認", d(2025, 7, 24, 3, 12),
    P("""池上 空 様

Amazon.co.jp をご利用いただき、ありがとうございます。
以下のご注文を承りました。

注文番号: 503-4471829-6620114
商品: AWS認定 ソリューションアーキテクト プロフェッショナル 問題集
お届け予定: 2025年7月26日

ご注文内容の確認・変更は、注文履歴からお手続きください。
""", charset="iso-2022-jp", cte="7bit"), "amazon.co.jp order (passes DKIM for amazon.co.jp); not AWS support",
    subj_charset="iso-2022-jp")


# =====================================================================================
def write_readme():
    from collections import Counter
    kinds = Counter(m["label"]["kind"] for m in MSGS)
    nr = sum(m["label"]["needs_reply"] for m in MSGS)
    lines = [f"me: {ME_P} {ME_C}", "",
             "# Blind held-out corpus (stress set)", "",
             "Owner: Sora Ikegami (池上 空). Personal address " + ME_P + "; old company address " + ME_C +
             " (company mailbox closes 30 April 2025).", "",
             "Generated by `python3 gen.py` (standard library only); every NNN-slug.eml has a NNN-slug.json label beside it.", "",
             "## Cases", "",
             f"- `{A}` (10 digits, 2021): two profiles under the company address; info request for a candidate ID -> update -> confirmation -> merged.",
             f"- `{C}` (11 digits, 2023): AWS Support Center (console) case; must be answered in the Support Center; auto-resolve warning, auto-resolved, reopened, resolved, survey.",
             f"- `{J}` (11 digits, 2023): Japanese form case (name on certificate); asked to write from the registered address; user reply threaded only by In-Reply-To/References.",
             f"- `{X}` (15 digits, 2025): main merge on leaving the company; APN hold with an ask, reply from the wrong (company) address, resend, hold on Partner team, confirmation (HTML table), closing notice, confirmation, merged, reopened for a missing voucher, resolved.",
             f"- `{Y}` (15 digits, 2025): duplicate form submission of the same request; asked which case to keep; closed as duplicate.",
             f"- `{W}` (15 digits, 2025): stray Partner Central SSO profile; candidate ID missing, Japanese closing notice, hold with a question, Japanese confirmation, automatic closing reminder, merged.",
             "", "Not case numbers: 12-digit AWS account 482910377615, Pearson VUE registration 418207735, codes 583021 / 904417, Skill Builder order 1749096012, Microsoft case 2506110040002817, Amazon.co.jp order number.",
             "", f"## Counts ({len(MSGS)} messages, needs_reply true: {nr})", ""]
    for k, v in sorted(kinds.items()):
        lines.append(f"- {k}: {v}")
    lines += ["", "## Messages", "", "| file | kind | needs_reply | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
    for i, m in enumerate(MSGS, 1):
        lab = m["label"]
        lines.append(f"| {i:03d}-{m['slug']} | {lab['kind']} | {str(lab['needs_reply']).lower()} | {lab['case'] or '-'} | {m['note'].replace('|', '/')} |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    for f in os.listdir(OUT):
        if re.match(r"\d{3}-.*\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MSGS, 1):
        base = f"{i:03d}-{m['slug']}"
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(OUT, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()
    print(len(MSGS), "messages written to", OUT)


if __name__ == "__main__":
    main()
