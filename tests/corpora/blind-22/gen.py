#!/usr/bin/env python3
"""Generate the blind-22 held-out corpus (standard library only).

Writes NNN-msg.eml + NNN-msg.json into the directory holding this script.
One mailbox owner (personal + old company address), several support cases.
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(2222)

ME_P = "nanami.kuwabara.72@gmail.com"
ME_C = "n-kuwabara@hoshizora-tech.co.jp"
ME_NAME = "Nanami Kuwabara"
ME_NAME_JA = "桑原 七海"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"

JST = timezone(timedelta(hours=9))
UTC = timezone.utc

K1 = "8263419075"          # 2021, 10 digits, voucher question
K2 = "13852270416"         # 2023, 11 digits, duplicate personal profiles
K3 = "174159871200417"     # 2025, main merge (APN hold, reopened)
K4 = "174159934800862"     # 2025, duplicate form submission
K5 = "174401873500259"     # 2025, console case
K6 = "174968203100733"     # 2025, partner association removal
K7 = "175430712600581"     # 2025, name correction

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MESSAGES = []   # (num, raw bytes, label dict, note)
MSGIDS = {}


# ---------------------------------------------------------------- helpers
def mid(kind, num):
    h = hashlib.sha1(f"{kind}-{num}-blind22".encode()).hexdigest()
    if kind == "ses":
        return f"<0100{h[:12]}-{h[12:20]}-{h[20:24]}-{h[24:28]}-{h[28:40]}-000000@email.amazonses.com>"
    if kind == "gmail":
        return f"<CAK{h[:6]}+{h[6:20]}_{h[20:34]}@mail.gmail.com>"
    if kind == "outlook":
        return f"<TYWPR01MB{h[:4].upper()}{h[4:12].upper()}@TYWPR01MB{h[12:16].upper()}.jpnprd01.prod.outlook.com>"
    return f"<{h[:24]}@{kind}>"


def date(y, mo, d, h, mi, tz=UTC):
    return format_datetime(datetime(y, mo, d, h, mi, RND.randint(0, 59), tzinfo=tz))


def hdr(value, cs="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs).encode()


def addr(name, email, cs="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=cs)


def ar_gmail(frm_dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, ip="54.240.48.93"):
    mailfrom = mailfrom or f"bounces@{frm_dom}"
    pol = "(p=QUARANTINE sp=QUARANTINE dis=NONE)" if dmarc == "pass" else "(p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)"
    return ("mx.google.com;\n"
            f"       dkim={dkim} header.i=@{frm_dom} header.s=sel{RND.randint(1, 9)} header.b={hashlib.md5(mailfrom.encode()).hexdigest()[:8]};\n"
            f"       spf={spf} (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};\n"
            f"       dmarc={dmarc} {pol} header.from={frm_dom}")


def ar_m365(frm_dom, dkim="pass", spf="pass", dmarc="pass", mailfrom_dom="amazonses.com", ip="54.240.27.17"):
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    dk = "pass (signature was verified)" if dkim == "pass" else dkim
    return (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; dkim={dk}\n"
            f" header.d={frm_dom};dmarc={dmarc} action=none\n header.from={frm_dom};compauth={comp}")


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + "\n".join(out) + "\n</body></html>\n")


def encode_payload(text, cs, cte):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


CSLABEL = {"utf-8": "utf-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "us-ascii": "us-ascii"}


def leaf(subtype, text, cs, cte):
    h = (f"Content-Type: text/{subtype}; charset=\"{CSLABEL[cs]}\"\n"
         f"Content-Transfer-Encoding: {cte}\n\n").encode()
    return h, encode_payload(text, cs, cte)


def add(num, label, headers, body, note, crlf=False, hcs="utf-8"):
    """headers: list of (name, value); body: tuple spec."""
    assert num == len(MESSAGES) + 1, (num, len(MESSAGES))
    lines = []
    for k, v in headers:
        if v is None:
            continue
        if k in ("Subject",):
            v = hdr(v, hcs)
        lines.append(f"{k}: {v}")
    for k, v in headers:
        if k == "Message-ID":
            MSGIDS[num] = v
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("ascii")
    kind = body[0]
    if kind in ("text", "html"):
        _, text, cs, cte = body
        h, p = leaf("plain" if kind == "text" else "html", text, cs, cte)
        raw = head + h + p
    elif kind == "alt":
        _, text, html, cs, cte_t, cte_h = body
        b = "----=_Part_" + hashlib.md5(f"{num}alt".encode()).hexdigest()[:20]
        h1, p1 = leaf("plain", text, cs, cte_t)
        h2, p2 = leaf("html", html, cs, cte_h)
        raw = (head + f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n".encode()
               + f"--{b}\n".encode() + h1 + p1 + f"\n--{b}\n".encode() + h2 + p2 + f"\n--{b}--\n".encode())
    elif kind == "raw":
        raw = head + body[1]
    else:
        raise ValueError(kind)
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    label.setdefault("candidate_ids", [])
    MESSAGES.append((num, raw, label, note))


def L(kind, case=None, needs=False, cands=None):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands or []}


def recv(by, frm="a48-93.smtp-out.amazonses.com [54.240.48.93]"):
    return f"from {frm}\n        by {by} with ESMTPS id {hashlib.md5(by.encode()).hexdigest()[:12]};\n        {date(2025, 1, 1, 0, 0)}"


def support_headers(num, to, subj, dt, irt=None, refs=None, frm_name=TC_NAME, frm=TC, auth=None, extra=()):
    dom = frm.split("@")[1]
    if auth is None:
        auth = ar_gmail(dom, mailfrom=f"0100{hashlib.md5(str(num).encode()).hexdigest()[:16]}@email.amazonses.com") if to == ME_P \
            else ar_m365(dom)
    h = [("Return-Path", f"<0100{hashlib.md5(str(num).encode()).hexdigest()[:16]}@email.amazonses.com>"),
         ("Authentication-Results", auth),
         ("From", addr(frm_name, frm)),
         ("To", to),
         ("Subject", subj),
         ("Date", dt),
         ("Message-ID", mid("ses", num))]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h.extend(extra)
    return h


def refs_of(*nums):
    return " ".join(MSGIDS[n] for n in nums)


def me_headers(num, frm, to, subj, dt, irt=None, refs=None, cc=None, name=ME_NAME, style="gmail", cs="utf-8"):
    h = [("From", addr(name, frm, cs)), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subj), ("Date", dt), ("Message-ID", mid(style, num))]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    if style == "outlook":
        h.append(("X-Mailer", "Microsoft Outlook 16.0"))
        h.append(("Thread-Topic", subj.replace("RE: ", "").replace("FW: ", "")))
    else:
        h.append(("User-Agent", "Gmail"))
    return h


def ext_headers(num, frm, to, subj, dt, auth, msgid_dom, extra=()):
    h = [("Authentication-Results", auth), ("From", frm), ("To", to), ("Subject", subj), ("Date", dt),
         ("Message-ID", mid(msgid_dom, num))]
    h.extend(extra)
    return h


CONSOLE_FOOTER = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact AWS again about this same issue.)"""




# =====================================================================
# 2021 — company address, case K1 (10 digits)
# =====================================================================
add(1, L("unrelated"),
    ext_headers(1, addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_C,
                "Confirmation of your AWS Certified Solutions Architect - Associate exam appointment",
                date(2021, 6, 14, 3, 12), ar_m365("pearson.com", mailfrom_dom="pearson.com", ip="159.182.1.40"), "pearson.com"),
    ("alt",
     """Dear Nanami Kuwabara,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Associate (SAA-C02)
Registration ID: 387214960
Date and time: Monday, June 28, 2021 at 10:00 AM JST
Delivery: OnVUE online proctored

Please review the system requirements and run the system test before exam day. If you need to reschedule or cancel, do so at least 24 hours before your appointment through your Pearson VUE dashboard.

Sincerely,
Pearson VUE Customer Service
""",
     to_html("""Dear Nanami Kuwabara,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Associate (SAA-C02)
Registration ID: 387214960
Date and time: Monday, June 28, 2021 at 10:00 AM JST
Delivery: OnVUE online proctored

Please review the system requirements and run the system test before exam day. If you need to reschedule or cancel, do so at least 24 hours before your appointment through your Pearson VUE dashboard.

Sincerely,
Pearson VUE Customer Service"""), "utf-8", "7bit", "quoted-printable"),
    "Exam-vendor mail with a 9-digit registration ID (not a case number); imperative 'please review' but not support.",
    crlf=True)

add(2, L("certification", cands=["AWS03318547"]),
    ext_headers(2, addr("AWS Certification", CERTM), ME_C,
                "Congratulations - you are now AWS Certified!",
                date(2021, 6, 29, 8, 40), ar_m365("certmetrics.com", mailfrom_dom="certmetrics.com", ip="13.111.4.220"), "certmetrics.com"),
    ("html", """<html><body>
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;font-family:Arial">
<h2>Congratulations, Nanami!</h2>
<p>You have earned the <b>AWS Certified Solutions Architect - Associate</b> certification.</p>
<table border="0" cellpadding="4">
<tr><td>Candidate ID</td><td>AWS03318547</td></tr>
<tr><td>Validation number</td><td>7QKD2LWC1BQ41H3S</td></tr>
<tr><td>Expiration</td><td>June 28, 2024</td></tr>
</table>
<p>Sign in to your AWS Certification Account to download your certificate and review your certification benefits, including a 50% discount on your next exam.</p>
<p>You will also receive an email from Credly with instructions to claim your digital badge.</p>
<p>AWS Certification</p>
</td></tr></table></body></html>""", "utf-8", "quoted-printable"),
    "HTML-only certmetrics mail; candidate ID in a table; 'sign in to download' is not a support request.")

add(3, L("badge"),
    ext_headers(3, addr("Acclaim", "admin@youracclaim.com"), ME_C,
                "Nanami, you've earned a badge from Amazon Web Services Training and Certification",
                date(2021, 6, 30, 1, 5), ar_m365("youracclaim.com", mailfrom_dom="youracclaim.com", ip="167.89.55.12"), "youracclaim.com"),
    ("alt", """Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn and with employers:
https://www.youracclaim.com/earner/earned/badge/3f9b2a44-1c7e-4d0e-9a51-8c0b7e2d6f11

Questions? Visit our support site.
""", to_html("""Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn and with employers.

Questions? Visit our support site."""), "utf-8", "7bit", "base64"),
    "Older Acclaim sender; badge UUID in link; 'Accept your badge' is a call to action but not support.")

SUBJ_K1 = f"RE:[CASE {K1}] [AWS Training and Certification Form Submission] - certification-benefits"
add(4, L("acknowledgement", K1),
    support_headers(4, ME_C, SUBJ_K1, date(2021, 7, 2, 6, 3)),
    ("text", f"""Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that your request was received and that case {K1} now tracks it.

Our team answers most requests within one business day; some need longer research. Submitting the same question again does not move it up the queue and can actually delay our reply, so we kindly ask that you keep all communication on this one case.

Summary of your submission:
  Inquiry type: Certification
  Additional details: Benefits
  Description: I passed SAA-C02 on June 28 but the 50% exam discount voucher does not appear on my Benefits page.

Sincerely,
AWS Training and Certification Customer Service
""", "utf-8", "quoted-printable"),
    "Acknowledgement with 'we kindly ask' (not a reply request); 10-digit case ID; M365 auth header.",
    crlf=True)

add(5, L("case_update", K1),
    support_headers(4 + 1, ME_C, SUBJ_K1, date(2021, 7, 3, 2, 47), irt=MSGIDS[4], refs=refs_of(4)),
    ("text", """Hi Nanami,

Quick note - I've handed your question to the group that manages certification benefits so they can see why the voucher never showed up. They usually get back to us within 3-5 business days.

Nothing needed from you in the meantime.

Marco
AWS Training and Certification
""", "us-ascii", "7bit"),
    "Terse progress note; explicitly no action needed.")

add(6, L("resolved", K1),
    support_headers(6, ME_C, SUBJ_K1, date(2021, 7, 7, 9, 18), irt=MSGIDS[5], refs=refs_of(4, 5)),
    ("alt", """Hello Nanami,

The benefits team found that your voucher had been generated but was attached to an expired exam session, which is why you could not see it. A new 50% discount voucher has been issued and is now listed under Benefits > Certification benefits.

I'm marking this case as resolved. Should anything else come up about this request, you may respond to this email and the case will be reopened.

Best regards,
Marco
AWS Training and Certification

How did we do? We'd appreciate a minute of your time to rate your experience:
https://amazonsurveys.example-survey.amazon.com/s/tc?case=8263419075
""", to_html("""Hello Nanami,

The benefits team found that your voucher had been generated but was attached to an expired exam session, which is why you could not see it. A new 50% discount voucher has been issued and is now listed under Benefits > Certification benefits.

I'm marking this case as resolved. Should anything else come up about this request, you may respond to this email and the case will be reopened.

Best regards,
Marco
AWS Training and Certification

How did we do? We'd appreciate a minute of your time to rate your experience."""), "utf-8", "quoted-printable", "quoted-printable"),
    "Resolution with a conditional 'you may respond' and a rating footer: neither is an ask.")

# =====================================================================
# 2023 — personal address, case K2 (11 digits): two profiles on one address
# =====================================================================
add(7, L("unrelated"),
    ext_headers(7, addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
                date(2023, 4, 10, 4, 55), ar_gmail("signin.aws", mailfrom="no-reply@signin.aws"), "signin.aws"),
    ("alt", """Hello,

To finish creating your AWS Builder ID, enter this verification code:

    915207

The code expires in 10 minutes. If you did not request it, you can ignore this email.

Amazon Web Services
""", to_html("""Hello,

To finish creating your AWS Builder ID, enter this verification code:

915207

The code expires in 10 minutes. If you did not request it, you can ignore this email.

Amazon Web Services"""), "utf-8", "7bit", "quoted-printable"),
    "Builder ID one-time code (6 digits, not a case).")

SUBJ_K2 = f"RE:[CASE {K2}] {FORM_SUBJ}"
add(8, L("acknowledgement", K2),
    support_headers(8, ME_P, SUBJ_K2, date(2023, 4, 10, 5, 31)),
    ("text", f"""お客様

AWS トレーニングと認定にご連絡いただき、ありがとうございます。
お問い合わせを受け付け、ケース {K2} として登録いたしました。

担当者が内容を確認し、おおむね1営業日以内にご連絡いたします。調査が必要な内容の場合は、もう少しお時間をいただくことがございます。
同じ内容のお問い合わせを重ねてお送りいただくと、かえってご案内が遅れることがございますので、あらかじめご了承ください。

ご登録内容
----------
お問い合わせタイプ: 認定
その他の詳細: Account Merge
お問い合わせ内容: 同じメールアドレスで認定アカウントが2つできてしまったようです。Credly にバッジが表示されないので、1つにまとめたいです。
----------

AWS トレーニングと認定 カスタマーサービス
""", "iso-2022-jp", "7bit"),
    "Japanese acknowledgement in ISO-2022-JP; echoes the user's own request ('まとめたいです') which is not support asking anything.",
    hcs="iso-2022-jp")

add(9, L("info_request", K2, True),
    support_headers(9, ME_P, SUBJ_K2, date(2023, 4, 11, 2, 20), irt=MSGIDS[8], refs=refs_of(8)),
    ("text", """桑原 七海 様

お世話になっております。AWS トレーニングと認定サポート担当の佐伯でございます。

このたびはアカウント統合のご依頼をいただき、ありがとうございます。
ご登録のメールアドレスで検索いたしましたところ、該当するプロファイルが複数見つかりましたが、弊社側ではどのプロファイルを統合の対象とすべきか特定できない状況でございます。

つきましては、お手数をおかけいたしますが、統合をご希望の各アカウントの AWS 候補 ID(「AWS」で始まり、数字8桁が続く番号です。認定アカウントの画面右上に表示されます)を、本メールへのご返信にてお知らせいただけますでしょうか。

ご確認のほど、よろしくお願いいたします。

佐伯
AWS トレーニングと認定 カスタマーサービス
""", "shift_jis", "base64"),
    "Keigo request (お知らせいただけますでしょうか) after an explanation; Shift_JIS + base64; describes the ID format without giving one.")

add(10, L("user_reply", K2, cands=["AWS09927164", "AWS01145230"]),
    me_headers(10, ME_P, addr(TC_NAME, TC), "Re: " + SUBJ_K2, date(2023, 4, 11, 14, 9, JST),
               irt=MSGIDS[9], refs=refs_of(8, 9)),
    ("text", """佐伯様

ご連絡ありがとうございます。
候補IDは次の2つです。

・AWS09927164(2022年11月に作成し、普段使っているもの)
・AWS01145230(Builder ID でサインインしたときに、いつの間にか作成されていたもの)

どちらも nanami.kuwabara.72@gmail.com で登録されています。
残したいのは AWS09927164 の方です。よろしくお願いいたします。

桑原

2023年4月11日(火) 11:20 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
""" + q("""桑原 七海 様

お世話になっております。AWS トレーニングと認定サポート担当の佐伯でございます。

つきましては、お手数をおかけいたしますが、統合をご希望の各アカウントの AWS 候補 ID を、本メールへのご返信にてお知らせいただけますでしょうか。

佐伯"""), "utf-8", "8bit"),
    "User's Japanese reply, UTF-8 8bit, Gmail JA quote header; the quoted keigo request must not count.")

add(11, L("case_update", K2),
    support_headers(11, ME_P, SUBJ_K2, date(2023, 4, 14, 8, 2), irt=MSGIDS[10], refs=refs_of(8, 9, 10)),
    ("text", f"""Hello,

This is a status note on case {K2}.

We are handling a much larger volume of requests than usual at the moment, and your case is still waiting for an agent to review the two profiles you listed. It has not been lost, and there is no need to submit it again - doing so would only place a second copy at the back of the queue.

We will write to you here as soon as someone has looked at the profiles. Thank you for your patience.

AWS Training and Certification
""", "us-ascii", "7bit"),
    "Backlog notice: mentions 'submit it again' and 'write to you' but asks nothing.",
    crlf=True)

add(12, L("unrelated"),
    ext_headers(12, addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
                "【ご招待】AWS Summit Japan 2023 事前登録受付中",
                date(2023, 4, 17, 1, 0), ar_gmail("amazon.com", mailfrom="bounce-marketing@mktomail.com"), "mktomail.com"),
    ("html", """<html><body style="font-family:'Meiryo',sans-serif">
<table width="640" align="center"><tr><td>
<h1 style="color:#232f3e">AWS Summit Japan 2023</h1>
<p>いつも AWS をご利用いただきありがとうございます。</p>
<p>今年も AWS Summit Japan を開催いたします。基調講演、150 以上のセッション、AWS 認定者ラウンジなど、見どころ満載です。</p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。ご来場の際は認定アカウントのデジタルバッジをご提示ください。</p>
<p><a href="https://aws.amazon.com/jp/events/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#888">本メールは配信専用です。配信停止をご希望の場合は<a href="#">こちら</a>から手続きしてください。</p>
</td></tr></table></body></html>""", "utf-8", "base64"),
    "Japanese AWS marketing, HTML-only base64; mentions 認定アカウント.")

CONF_K2 = """Hi Nanami,

Thanks for sending the IDs. Both profiles are registered to the same address:

Account #1
  Candidate ID: AWS09927164
  Login email: nanami.kuwabara.72@gmail.com
  Training notification email: nanami.kuwabara.72@gmail.com
  Certification notification email: nanami.kuwabara.72@gmail.com
  Created: 2022-11-04

Account #2
  Candidate ID: AWS01145230
  Login email: nanami.kuwabara.72@gmail.com
  Training notification email: nanami.kuwabara.72@gmail.com
  Certification notification email: (not set)
  Created: 2023-02-19

Whichever one stays becomes your only profile: exam history and certifications from the other are copied into it and the other is switched off. I noticed you mentioned a preference in your earlier message, but as both share one login email I have to have it stated against this exact listing.

So, of the two above, which should remain active?

Priya
AWS Training and Certification"""

add(13, L("confirmation_request", K2, True, ["AWS09927164", "AWS01145230"]),
    support_headers(13, ME_P, SUBJ_K2, date(2023, 4, 18, 3, 44), irt=MSGIDS[10], refs=refs_of(8, 9, 10)),
    ("text", CONF_K2 + "\n", "utf-8", "quoted-printable"),
    "Account #1/#2 listing with identical login emails; the ask is a bare question with no 'please' or 'confirm'.")

add(14, L("closing_notice", K2, True),
    support_headers(14, ME_P, "RE: [CASE %s] %s" % (K2, FORM_SUBJ), date(2023, 4, 21, 0, 14), irt=MSGIDS[13], refs=refs_of(8, 9, 10, 13)),
    ("text", """Hi Nanami,

Circling back on my note from April 18 - I'm still missing your choice between the two profiles. If nothing arrives by April 24, the case will be closed automatically on our side. A reply to this email (even after it has closed) brings it straight back.

Priya
""", "us-ascii", "7bit"),
    "Short closing notice: 'closed automatically', reply brings it back; subject uses 'RE: [CASE' spacing."
)

add(15, L("user_reply", K2, cands=["AWS09927164"]),
    me_headers(15, ME_P, addr(TC_NAME, TC), "Re: RE: [CASE %s] %s" % (K2, FORM_SUBJ), date(2023, 4, 22, 9, 31, JST),
               irt=MSGIDS[14], refs=refs_of(8, 9, 10, 13, 14)),
    ("text", """Hi Priya,

Sorry for the slow reply. Please keep Account #1 (AWS09927164) and fold the other one into it.

Thanks,
Nanami

On Fri, Apr 21, 2023 at 9:14 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q("""Hi Nanami,

Circling back on my note from April 18 - I'm still missing your choice between the two profiles. If nothing arrives by April 24, the case will be closed automatically on our side. A reply to this email (even after it has closed) brings it straight back.

Priya

On Tue, Apr 18, 2023 at 12:44 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q(CONF_K2)), "utf-8", "quoted-printable"),
    "User's confirmation; quoted history holds AWS01145230 and the question (only AWS09927164 is in the new text).")

add(16, L("resolved", K2, cands=["AWS01145230", "AWS09927164"]),
    support_headers(16, ME_P, SUBJ_K2, date(2023, 4, 24, 6, 57), irt=MSGIDS[15], refs=refs_of(8, 9, 10, 13, 14, 15)),
    ("text", """Hello Nanami,

The merge is complete. AWS01145230 has been retired and everything it held now sits under AWS09927164. You can sign in the same way as before; nothing further is needed on your side. Your Credly badges should reappear within a day or so.

Kind regards,
Priya
AWS Training and Certification

-----Original Message-----
From: Nanami Kuwabara <nanami.kuwabara.72@gmail.com>
Sent: Saturday, April 22, 2023 12:31 AM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE: [CASE 13852270416] [AWS Training and Certification Form Submission] - account-assistance

Hi Priya,

Sorry for the slow reply. Please keep Account #1 (AWS09927164) and fold the other one into it.

Thanks,
Nanami

-----Original Message-----
From: AWS Training and Certification
Sent: Tuesday, April 18, 2023 3:44 AM
Subject: RE:[CASE 13852270416] [AWS Training and Certification Form Submission] - account-assistance

""" + CONF_K2 + "\n", "utf-8", "quoted-printable"),
    "Completion written above Outlook-style '-----Original Message-----' history that still contains the old 'which should remain active?' question.",
    crlf=True)

add(17, L("badge"),
    ext_headers(17, addr("Credly", CREDLY), ME_P, "Your AWS Certified Solutions Architect - Associate badge is waiting for you",
                date(2023, 4, 24, 11, 2), ar_gmail("credly.com", mailfrom="bounces+4471@em.credly.com", ip="167.89.20.31"), "credly.com"),
    ("alt", """Hi Nanami,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge by May 24, 2023 so you can share it:
https://www.credly.com/earner/earned/badge/8e1d40c2-77aa-4b6e-b2f1-0fd29c5e31a7

The Credly Team
""", to_html("""Hi Nanami,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge by May 24, 2023 so you can share it.

The Credly Team"""), "utf-8", "7bit", "quoted-printable"),
    "Credly badge with a deadline ('accept by'), not support.")

add(18, L("survey", K2),
    ext_headers(18, addr("Amazon Web Services", "aws-customer-feedback@amazon.com"), ME_P,
                f"Tell us about your recent support experience (Case {K2})",
                date(2023, 4, 25, 4, 30), ar_gmail("amazon.com", mailfrom="feedback@email.amazonses.com"), "email.amazonses.com"),
    ("alt", f"""Hello,

Your AWS Training and Certification case {K2} was recently resolved. Would you answer two short questions about how it went?

1. How satisfied were you with the support you received?
2. Was your issue fully resolved?

Start the survey: https://survey.aws.amazon.com/tc/{K2}

The survey closes in 7 days. Your answers are anonymous and help us improve.

Amazon Web Services
""", to_html(f"""Hello,

Your AWS Training and Certification case {K2} was recently resolved. Would you answer two short questions about how it went?

1. How satisfied were you with the support you received?
2. Was your issue fully resolved?

The survey closes in 7 days. Your answers are anonymous and help us improve."""), "utf-8", "7bit", "base64"),
    "Survey phrased as questions ('Would you answer…', 'Was your issue…') - not an ask by reply.")


# =====================================================================
# 2024 — background mail
# =====================================================================
add(19, L("unrelated"),
    ext_headers(19, addr("Kenta Ito", "notifications@github.com"), ME_P,
                "Re: [nkuwabara/tf-aws-modules] Add permissions boundary to CI role (PR #37)",
                date(2024, 2, 6, 7, 12), ar_gmail("github.com", mailfrom="noreply@github.com", ip="192.30.252.201"), "github.com",
                extra=[("List-ID", "nkuwabara/tf-aws-modules <tf-aws-modules.nkuwabara.github.com>"),
                       ("X-GitHub-Reason", "author")]),
    ("alt", """Merged #37 into main.

Thanks for the review, the boundary now applies to the deploy role as well. I've confirmed the plan is clean in the sandbox account 204518736690.

--
Reply to this email directly, view it on GitHub:
https://github.com/nkuwabara/tf-aws-modules/pull/37#event-11702283114
You are receiving this because you authored the thread.
""", to_html("""Merged #37 into main.

Thanks for the review, the boundary now applies to the deploy role as well. I've confirmed the plan is clean in the sandbox account 204518736690.

--
Reply to this email directly, view it on GitHub.
You are receiving this because you authored the thread."""), "utf-8", "quoted-printable", "quoted-printable"),
    "GitHub 'Merged … into main' + 'Reply to this email'; 12-digit AWS account ID.")

add(20, L("certification", cands=["AWS03318547"]),
    ext_headers(20, addr("AWS Certification", CERTM), ME_C,
                "Reminder: your AWS Certification expires in 45 days",
                date(2024, 5, 13, 16, 0), ar_m365("certmetrics.com", mailfrom_dom="certmetrics.com", ip="13.111.4.221"), "certmetrics.com"),
    ("text", """Hello Nanami Kuwabara (AWS03318547),

Your AWS Certified Solutions Architect - Associate certification will expire on June 28, 2024.

To keep it active, pass the current version of the exam or a higher-level exam before that date. Your 50% discount benefit can be applied when you schedule.

Manage your certifications: https://cp.certmetrics.com/amazon/en/home

This mailbox is not monitored.

AWS Certification
""", "utf-8", "7bit"),
    "Expiry reminder with candidate ID inline; imperatives about recertifying, not a reply request.")

add(21, L("unrelated"),
    ext_headers(21, addr("Yuki Shimada (Jira)", "jira@hoshizora-tech.atlassian.net"), ME_C,
                "[JIRA] (INFRA-2291) Review SCP change before Friday",
                date(2024, 5, 20, 1, 33), ar_m365("hoshizora-tech.atlassian.net", mailfrom_dom="atlassian.net", ip="18.234.32.150"),
                "atlassian.net"),
    ("text", """Yuki Shimada mentioned you on INFRA-2291:

@Nanami Kuwabara could you confirm which OU this SCP should attach to? Please reply in the ticket, not by email.

View issue: https://hoshizora-tech.atlassian.net/browse/INFRA-2291

This message was sent by Atlassian Jira.
""", "us-ascii", "7bit"),
    "Internal Jira asking the owner to confirm something - a real request, but not from support.",
    crlf=True)

add(22, L("suspicious"),
    ext_headers(22, addr("AWS Certification Support", "notice@aws-certmetrics-account.com"), ME_C,
                "Action required: verify your AWS Certification profile within 48 hours",
                date(2024, 6, 11, 22, 17),
                ar_m365("aws-certmetrics-account.com", dkim="none (message not signed)", dmarc="none",
                        mailfrom_dom="aws-certmetrics-account.com", ip="185.225.74.19"),
                "aws-certmetrics-account.com"),
    ("html", """<html><body style="font-family:Arial">
<img src="https://aws-certmetrics-account.com/img/aws-logo.png" alt="AWS">
<p>Dear Certified Professional,</p>
<p>During a routine audit we found that your AWS Certification profile is linked to more than one account. To prevent your certifications from being <b>suspended</b>, you must verify ownership within 48 hours.</p>
<p style="text-align:center"><a href="https://aws-certmetrics-account.com/verify?u=n-kuwabara" style="background:#ff9900;color:#fff;padding:10px 20px">Verify my profile</a></p>
<p>If you do not complete verification, your badges and benefits will be revoked.</p>
<p>AWS Training and Certification Team</p>
</body></html>""", "utf-8", "quoted-printable"),
    "Lookalike domain (aws-certmetrics-account.com), urgent 'verify' wording; not AWS.")

add(23, L("certification"),
    ext_headers(23, addr("AWS Certification", CERTM), ME_C,
                "Congratulations on recertifying your AWS Certification!",
                date(2024, 6, 20, 9, 24), ar_m365("certmetrics.com", mailfrom_dom="certmetrics.com", ip="13.111.4.220"), "certmetrics.com"),
    ("alt", """Congratulations, Nanami!

You have successfully recertified AWS Certified Solutions Architect - Associate. Your new expiration date is June 20, 2027.

Your updated certificate is available in your AWS Certification Account, and an updated badge will be sent to you by Credly.

We'd love to hear about your experience - tell us how recertification went:
https://pages.awscloud.com/certification-feedback

AWS Certification
""", to_html("""Congratulations, Nanami!

You have successfully recertified AWS Certified Solutions Architect - Associate. Your new expiration date is June 20, 2027.

Your updated certificate is available in your AWS Certification Account, and an updated badge will be sent to you by Credly.

We'd love to hear about your experience - tell us how recertification went.

AWS Certification"""), "utf-8", "7bit", "quoted-printable"),
    "Recertification notice with a feedback invitation (certification, not survey).")

# =====================================================================
# 2025 — leaving the company; cases K3 (main) and K4 (duplicate)
# =====================================================================
add(24, L("unrelated"),
    ext_headers(24, addr("人事部", "jinji@hoshizora-tech.co.jp"), ME_C, "【ご案内】退職手続きについて(3月31日付)",
                date(2025, 3, 3, 10, 5, JST), ar_m365("hoshizora-tech.co.jp", mailfrom_dom="hoshizora-tech.co.jp", ip="40.107.74.51"),
                "outlook"),
    ("text", """桑原さん

お疲れさまです。人事部の横山です。
3月31日付の退職に伴う手続きについてご案内します。

1. 貸与PC・社員証は最終出社日に情報システム部へ返却してください。
2. 会社のメールアカウントは3月31日18時に停止されます。外部サービスに会社アドレスで登録しているものがあれば、事前に変更をお願いします。
3. 源泉徴収票は4月中に郵送します。

不明な点があれば、このメールに返信してください。

人事部 横山
""", "utf-8", "base64"),
    "Internal HR mail (Japanese) that asks for action and a reply - not support; explains the company mailbox closes 3/31.")

add(25, L("unrelated"),
    ext_headers(25, addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "AWS Builder ID の確認コード",
                date(2025, 3, 10, 9, 2), ar_gmail("signin.aws", mailfrom="no-reply@signin.aws"), "signin.aws"),
    ("text", """こんにちは

AWS Builder ID のサインインを続けるには、次の確認コードを入力してください。

確認コード: 604175

このコードの有効期限は10分です。心当たりがない場合は、このメールを無視してください。

Amazon Web Services
""", "utf-8", "quoted-printable"),
    "Japanese Builder ID code (6 digits).")

add(26, L("unrelated"),
    ext_headers(26, addr("AWS Training and Certification", "no-reply@aws.training"), ME_P, "Welcome to AWS Skill Builder",
                date(2025, 3, 10, 9, 11), ar_gmail("aws.training", mailfrom="no-reply@aws.training"), "aws.training"),
    ("alt", """Hi Nanami,

Welcome to AWS Skill Builder. Your profile is ready.

Start with these:
- AWS Cloud Practitioner Essentials
- Exam Prep: AWS Certified Solutions Architect - Professional

Questions about your account? Contact AWS Training and Certification support.

AWS Training and Certification
""", to_html("""Hi Nanami,

Welcome to AWS Skill Builder. Your profile is ready.

Start with these:
- AWS Cloud Practitioner Essentials
- Exam Prep: AWS Certified Solutions Architect - Professional

Questions about your account? Contact AWS Training and Certification support.

AWS Training and Certification"""), "utf-8", "quoted-printable", "quoted-printable"),
    "Training platform welcome mail from no-reply@aws.training, display name identical to support's.")

SUBJ_K3 = f"RE:[CASE {K3}] {FORM_SUBJ}"
ACK_K3 = f"""Thank you for contacting AWS Training and Certification.

Your request has been logged under case ID {K3}. A member of our team will review it and get back to you, in most cases within one business day.

To avoid delays, please don't open a separate case for this same issue. Any additional details can be added by replying to this email.

Here is a copy of what you submitted:

Contact email: nanami.kuwabara.72@gmail.com
Inquiry type: Certification
Detail: Account Merge
Message:
  Use case: I am leaving Hoshizora Technologies at the end of March and would like to merge my company certification account into my personal one.
  Email addresses used: n-kuwabara@hoshizora-tech.co.jp, nanami.kuwabara.72@gmail.com
  Email address to keep: nanami.kuwabara.72@gmail.com

Regards,
AWS Training and Certification Customer Support"""

add(27, L("acknowledgement", K3),
    support_headers(27, ME_P, SUBJ_K3, date(2025, 3, 10, 9, 26)),
    ("alt", ACK_K3 + "\n", to_html(ACK_K3), "utf-8", "quoted-printable", "quoted-printable"),
    "Acknowledgement, 15-digit case; 'please don't open a separate case' + 'details can be added by replying' are not asks; echoes the user's own 'would like to merge'.")

ACK_K4 = f"""AWS トレーニングと認定へのお問い合わせありがとうございます。

お問い合わせを受け付け、ケース番号 {K4} を発行しました。
担当チームが内容を確認のうえ、原則として1営業日以内にご連絡差し上げます。

同一の内容で複数のケースをお送りいただきますと、確認に時間を要する場合がございます。
追加の情報がございましたら、このメールにご返信ください。

受付内容
連絡先メールアドレス: n-kuwabara@hoshizora-tech.co.jp
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容: 退職に伴い、会社アドレスの認定アカウントを個人アカウント(nanami.kuwabara.72@gmail.com)に統合してください。

AWS トレーニングと認定 カスタマーサービス"""
SUBJ_K4 = f"RE:[CASE {K4}] {FORM_SUBJ}"
add(28, L("acknowledgement", K4),
    support_headers(28, ME_C, SUBJ_K4, date(2025, 3, 10, 9, 36)),
    ("text", ACK_K4 + "\n", "utf-8", "base64"),
    "Duplicate form submission: second acknowledgement, Japanese, base64, to the company address; 〜がございましたら…ご返信ください is conditional.")

add(29, L("user_reply", K4),
    me_headers(29, ME_C, ME_P, "FW: " + SUBJ_K4, date(2025, 3, 10, 18, 52, JST), name=ME_NAME_JA, style="outlook"),
    ("text", f"""(自分用メモ)
フォームが送れていないと思って、会社アドレスからもう一度送ってしまった。
先に個人アドレスで出した {K3} と重複している。会社メールは3/31で止まるので念のため転送しておく。

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年3月10日 18:36
宛先: 桑原 七海 <n-kuwabara@hoshizora-tech.co.jp>
件名: {SUBJ_K4}

""" + ACK_K4 + "\n", "utf-8", "quoted-printable"),
    "Owner forwards the duplicate ack from company to personal address (Outlook JA forward header); a copy, nothing to answer; mentions both case numbers.",
    crlf=True)

HOLD_K3 = f"""Hello Nanami,

Thank you for your patience while I looked into case {K3}.

I was able to locate both certification profiles. The one registered with n-kuwabara@hoshizora-tech.co.jp is connected to an organization in the AWS Partner Network, Hoshizora Technologies Co., Ltd. Certifications held on a partner-linked profile count toward that partner's program requirements, so our policy is not to move them out while the certification holder is still employed by the partner.

For that reason the merge is on hold for the moment. Nothing has been changed on either profile.

The hold can be lifted as soon as we have a statement from you that your employment with Hoshizora Technologies is ending, together with the date of your last working day. With that in hand I'll coordinate with the partner team and carry on with the merge.

Best regards,
Rahul
AWS Training and Certification"""

add(30, L("on_hold", K3, True),
    support_headers(30, ME_P, SUBJ_K3, date(2025, 3, 11, 2, 10), irt=MSGIDS[27], refs=refs_of(27)),
    ("text", HOLD_K3 + "\n", "utf-8", "quoted-printable"),
    "APN hold; the ask is indirect ('the hold can be lifted as soon as we have a statement from you') and comes last, after policy explanation.")

add(31, L("resolved", K4),
    support_headers(31, ME_C, SUBJ_K4, date(2025, 3, 11, 3, 5), irt=MSGIDS[28], refs=refs_of(28)),
    ("text", f"""Hello,

While reviewing this request we noticed it duplicates case {K3}, which was submitted a few minutes earlier from nanami.kuwabara.72@gmail.com. To keep everything in one place, the merge will be handled on that case only.

This case ({K4}) has therefore been resolved. There is nothing you need to do here - just keep an eye out for our messages on the other case.

Regards,
Mei
AWS Training and Certification
""", "us-ascii", "7bit"),
    "Duplicate closed as resolved; body names the other case number first; 'keep an eye out' is not an ask.",
    crlf=True)

add(32, L("user_reply", K3),
    me_headers(32, ME_C, addr(TC_NAME, TC), "RE: " + SUBJ_K3, date(2025, 3, 11, 13, 40, JST),
               irt=MSGIDS[30], refs=refs_of(27, 30), style="outlook"),
    ("text", """Hi Rahul,

Yes, I am leaving Hoshizora Technologies. My last working day is 31 March 2025, and this mailbox will be closed the same day.

Best regards,
Nanami Kuwabara

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 11, 2025 11:10 AM
To: nanami.kuwabara.72@gmail.com
Subject: """ + SUBJ_K3 + "\n\n" + HOLD_K3 + "\n", "utf-8", "quoted-printable"),
    "Reply sent from the old company address (wrong address); Outlook quoting of the hold request.")

ASK_ADDR = """Hi Nanami,

Got your note, thanks. It came from n-kuwabara@hoshizora-tech.co.jp though, and for a merge we can only act on statements sent from the address of the account being kept. Send the same confirmation from nanami.kuwabara.72@gmail.com by replying to this message and I'll take it from there.

Rahul"""
add(33, L("info_request", K3, True),
    support_headers(33, ME_P, SUBJ_K3, date(2025, 3, 12, 1, 2), irt=MSGIDS[32], refs=refs_of(27, 30, 32),
                    extra=[("Cc", ME_C)]),
    ("text", ASK_ADDR + "\n", "us-ascii", "7bit"),
    "Terse: asks to re-send the statement from the personal address, imperative 'Send…' without 'please'.")

add(34, L("user_reply", K3),
    me_headers(34, ME_P, addr(TC_NAME, TC), "Re: last working day at Hoshizora", date(2025, 3, 12, 12, 25, JST),
               irt=MSGIDS[33], refs=refs_of(27, 30, 32, 33)),
    ("text", """Hello Rahul,

This is Nanami writing from my personal address as you asked. I confirm that I am leaving Hoshizora Technologies; my final day there is March 31, 2025.

Regards,
Nanami

On Wed, Mar 12, 2025 at 10:02 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q(ASK_ADDR) + "\n", "utf-8", "7bit"),
    "User reply whose subject has no case number: threaded only via In-Reply-To/References.")

add(35, L("unrelated"),
    ext_headers(35, addr("森 大輔", "d-mori@hoshizora-tech.co.jp"), ME_C, "自動応答: 引き継ぎ資料について",
                date(2025, 3, 12, 14, 1, JST), ar_m365("hoshizora-tech.co.jp", mailfrom_dom="hoshizora-tech.co.jp", ip="40.107.74.51"),
                "outlook", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    ("text", """お疲れさまです。森です。

3月12日から14日まで出張のため不在にしております。
メールは3月17日以降に順次返信いたします。

お急ぎの場合は、携帯電話までご連絡ください。
""", "iso-2022-jp", "7bit"),
    "Colleague's Japanese out-of-office auto-reply (ISO-2022-JP).", hcs="iso-2022-jp")

add(36, L("on_hold", K3),
    support_headers(36, ME_P, SUBJ_K3, date(2025, 3, 13, 4, 48), irt=MSGIDS[34], refs=refs_of(27, 30, 33, 34)),
    ("html", f"""<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Nanami,</p>
<p>Thank you for confirming from your personal address.</p>
<p>I have asked the AWS Partner Network team to release the certification records tied to Hoshizora Technologies. They normally finish this within two to three business days, and until they do, the merge stays paused.</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<tr><th align="left">Case</th><td>{K3}</td></tr>
<tr><th align="left">Status</th><td>Pending - waiting on AWS Partner Network</td></tr>
<tr><th align="left">Your action</th><td>None at this time</td></tr>
</table>
<p>You don't need to do anything right now; I'll write again once the records are released.</p>
<p>Best regards,<br>Rahul<br>AWS Training and Certification</p>
</body></html>""", "utf-8", "quoted-printable"),
    "HTML-only on_hold with a status table; explicitly no action; the confirmation it thanks for was a request earlier.")

add(37, L("suspicious"),
    [("Authentication-Results", ar_gmail("amazon.com", dkim="fail", spf="softfail", dmarc="fail",
                                         mailfrom="mailer@srv-4471.hostingsrv.top", ip="91.243.59.12")),
     ("From", addr(TC_NAME, TC)), ("To", ME_P),
     ("Subject", "RE:[CASE 174160022100951] Account merge - identity verification needed"),
     ("Date", date(2025, 3, 13, 11, 20)), ("Message-ID", mid("hostingsrv.top", 37))],
    ("alt", """Hello,

We are processing the merge of your AWS Certification accounts. Before we can continue, we need to verify your identity.

Please sign in at the link below within 24 hours and confirm your account details. If verification is not completed, the merge will be cancelled and your certifications may be lost.

https://aws-training-verify.net/case/174160022100951

Regards,
AWS Training and Certification
""", to_html("""Hello,

We are processing the merge of your AWS Certification accounts. Before we can continue, we need to verify your identity.

Please sign in at the link below within 24 hours and confirm your account details. If verification is not completed, the merge will be cancelled and your certifications may be lost.

Regards,
AWS Training and Certification"""), "utf-8", "quoted-printable", "quoted-printable"),
    "Genuine-looking sender and case-style subject, but DKIM/DMARC fail for amazon.com; arrives during the real case.",
    crlf=True)

add(38, L("unrelated"),
    support_headers(38, ME_P, "Amazon Web Services Billing Statement Available [Account: 731942068815]",
                    date(2025, 3, 14, 0, 31), frm_name="Amazon Web Services", frm=CONSOLE),
    ("text", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the billing period February 1 - February 28, 2025, is available on the AWS web site. Your account will be charged the following:

Total: $3.42

You can see a complete break-down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
(Please note: this e-mail was sent from an address that cannot accept incoming e-mails.)
""", "us-ascii", "7bit"),
    "Billing mail from the same no-reply-aws sender as console cases; 12-digit account ID in the subject.")


CONF_K3_HTML = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hi Nanami,</p>
<p>Good news on case {K3}: the AWS Partner Network team has released the certification records that were tied to Hoshizora Technologies, so the hold is lifted and the merge can go ahead.</p>
<p>These are the two profiles I found:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS09927164</td><td>AWS03318547</td></tr>
<tr><td>Login email</td><td>nanami.kuwabara.72@gmail.com</td><td>n-kuwabara@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>nanami.kuwabara.72@gmail.com</td><td>n-kuwabara@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>nanami.kuwabara.72@gmail.com</td><td>n-kuwabara@hoshizora-tech.co.jp</td></tr>
<tr><td>Active certifications</td><td>0</td><td>3</td></tr>
</table>
<p>When the merge runs, exam history, certifications and benefits from the other profile move to the one you keep, and the other login stops working. This cannot be undone afterwards.</p>
<p>If Account #1 is the one to keep, a one-line reply saying so is all I need. If you would rather keep Account #2, tell me that instead.</p>
<p>Kind regards,<br>Ines<br>AWS Training and Certification</p>
</body></html>"""

CONF_K3_TXT = f"""Hi Nanami,

Good news on case {K3}: the AWS Partner Network team has released the certification records that were tied to Hoshizora Technologies, so the hold is lifted and the merge can go ahead.

These are the two profiles I found:

                                  Account #1                      Account #2
Candidate ID                      AWS09927164                     AWS03318547
Login email                       nanami.kuwabara.72@gmail.com    n-kuwabara@hoshizora-tech.co.jp
Training notification email       nanami.kuwabara.72@gmail.com    n-kuwabara@hoshizora-tech.co.jp
Certification notification email  nanami.kuwabara.72@gmail.com    n-kuwabara@hoshizora-tech.co.jp
Active certifications             0                               3

When the merge runs, exam history, certifications and benefits from the other profile move to the one you keep, and the other login stops working. This cannot be undone afterwards.

If Account #1 is the one to keep, a one-line reply saying so is all I need. If you would rather keep Account #2, tell me that instead.

Kind regards,
Ines
AWS Training and Certification"""

add(39, L("confirmation_request", K3, True, ["AWS09927164", "AWS03318547"]),
    support_headers(39, ME_P, SUBJ_K3, date(2025, 3, 17, 5, 12), irt=MSGIDS[34], refs=refs_of(27, 30, 33, 34, 36)),
    ("html", CONF_K3_HTML, "utf-8", "base64"),
    "HTML-only (base64) with an Account #1/#2 table; opens with good news (hold lifted), the ask is phrased conditionally ('If Account #1 is the one to keep, a one-line reply … is all I need').")

add(40, L("unrelated"),
    ext_headers(40, addr("テックウィークリー", "newsletter@techweekly.jp"), ME_P, "今週の人気記事:転職時に AWS 認定アカウントを統合する手順ほか",
                date(2025, 3, 17, 22, 0), ar_gmail("techweekly.jp", mailfrom="bounce@mail.techweekly.jp", ip="202.61.11.34"),
                "techweekly.jp", extra=[("List-Unsubscribe", "<https://techweekly.jp/unsubscribe>")]),
    ("alt", """テックウィークリー 2025年3月第3週号

■ 今週の人気記事
1. 転職時に AWS 認定アカウントを個人アカウントへ統合する手順(サポートとのメールのやり取り付き)
2. Terraform 1.11 の新機能まとめ
3. 生成AIで障害対応の振り返りを自動化した話

■ 読者アンケート
記事のご感想をお聞かせください。このメールに返信するだけで送れます。

配信停止はこちら: https://techweekly.jp/unsubscribe
""", to_html("""テックウィークリー 2025年3月第3週号

■ 今週の人気記事
1. 転職時に AWS 認定アカウントを個人アカウントへ統合する手順(サポートとのメールのやり取り付き)
2. Terraform 1.11 の新機能まとめ
3. 生成AIで障害対応の振り返りを自動化した話

■ 読者アンケート
記事のご感想をお聞かせください。このメールに返信するだけで送れます。"""), "utf-8", "base64", "base64"),
    "Japanese newsletter about merging AWS certification accounts, with 'reply to this mail' survey; unrelated.")

add(41, L("certification"),
    ext_headers(41, addr("AWS Certification", CERTM), ME_C, "AWS Certification wants to hear from you",
                date(2025, 3, 18, 15, 30), ar_m365("certmetrics.com", mailfrom_dom="certmetrics.com", ip="13.111.4.222"), "certmetrics.com"),
    ("html", """<html><body style="font-family:Arial">
<p>Hello Nanami,</p>
<p>As an AWS Certified individual, your perspective matters. We are looking for volunteers to help review draft questions for upcoming exams as part of the AWS Certification Subject Matter Expert program.</p>
<p>Could you spare about two hours in April? <a href="https://pages.awscloud.com/sme-program">Tell us you're interested</a>.</p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:10px">Please do not reply to this email; this mailbox is not monitored.</p>
</body></html>""", "utf-8", "7bit"),
    "Certmetrics SME invitation with a question ('Could you spare…?') - certification, no reply to support.")

CLOSE_K3 = f"""Hello Nanami,

I'm writing again about the account choice I asked for on March 17. As we haven't had an answer yet, case {K3} is set to close on March 24, 2025 (UTC).

A reply to this email before then keeps it open; after that date, replying will reopen it.

Ines"""
add(42, L("closing_notice", K3, True),
    support_headers(42, ME_P, SUBJ_K3, date(2025, 3, 20, 6, 0), irt=MSGIDS[39], refs=refs_of(27, 30, 33, 34, 36, 39)),
    ("text", CLOSE_K3 + "\n\n---- Previous message ----\n" + q(CONF_K3_TXT) + "\n", "utf-8", "quoted-printable"),
    "Closing notice top-posted above the quoted confirmation request (candidate IDs only in the quote).",
    crlf=True)

add(43, L("user_reply", K3, cands=["AWS09927164"]),
    me_headers(43, ME_P, addr(TC_NAME, TC), "Re: " + SUBJ_K3, date(2025, 3, 20, 16, 44, JST),
               irt=MSGIDS[42], refs=refs_of(27, 30, 33, 34, 36, 39, 42)),
    ("alt", """Hi Ines,

Confirmed - please merge everything into Account #1 (AWS09927164, nanami.kuwabara.72@gmail.com). Sorry for the delay, it was a busy handover week.

Nanami

On Thu, Mar 20, 2025 at 3:00 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q(CLOSE_K3 + "\n\n---- Previous message ----\n" + q(CONF_K3_TXT)) + "\n",
     """<div dir="ltr">Hi Ines,<div><br></div><div>Confirmed - please merge everything into Account #1 (AWS09927164, nanami.kuwabara.72@gmail.com). Sorry for the delay, it was a busy handover week.</div><div><br></div><div>Nanami</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Mar 20, 2025 at 3:00 PM AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">""" + htmlmod.escape(CLOSE_K3).replace("\n", "<br>") + "<br><br>" + htmlmod.escape(CONF_K3_TXT).replace("\n", "<br>") + "</blockquote></div>\n",
     "utf-8", "quoted-printable", "quoted-printable"),
    "The confirmation reply, Gmail multipart with blockquote; contains 'please merge' (the user's request, not support's).")

RESOLVED_K3 = """Hello Nanami,

All done - I've merged the two profiles. Everything that was on the Hoshizora profile (three certifications, the full exam history and your benefits) now sits under Account #1, and the login for n-kuwabara@hoshizora-tech.co.jp no longer opens a certification account.

Digital badges are reissued automatically, so Credly may email you shortly. No further action is required on your part.

If something looks wrong when you check, reply here and we'll take another look.

Ines
AWS Training and Certification"""
add(44, L("resolved", K3),
    support_headers(44, ME_P, SUBJ_K3, date(2025, 3, 20, 8, 31), irt=MSGIDS[43], refs=refs_of(27, 30, 33, 34, 36, 39, 42, 43)),
    ("text", RESOLVED_K3 + "\n\nOn 2025-03-20 07:44 UTC, nanami.kuwabara.72@gmail.com wrote:\n"
     + q("Confirmed - please merge everything into Account #1 (AWS09927164, nanami.kuwabara.72@gmail.com).")
     + "\n\nOn 2025-03-17 05:12 UTC, AWS Training and Certification wrote:\n" + q(CONF_K3_TXT) + "\n", "utf-8", "quoted-printable"),
    "Merge completed; quoted history still shows the old 'a one-line reply … is all I need' request and candidate IDs; 'reply here' is conditional.")

add(45, L("badge"),
    ext_headers(45, addr("Credly", CREDLY), ME_P,
                "Amazon Web Services Training and Certification sent you a badge: AWS Certified Security - Specialty",
                date(2025, 3, 20, 8, 50), ar_gmail("credly.com", mailfrom="bounces+4471@em.credly.com", ip="167.89.20.31"), "credly.com"),
    ("alt", """Congratulations, Nanami!

Amazon Web Services Training and Certification has issued you a badge for AWS Certified Security - Specialty.

Accept your badge: https://www.credly.com/earner/earned/badge/0b6c3f5e-2d8a-4a2f-9c31-77e0d1a4b5c9

Once accepted, you can share it on LinkedIn or add it to your email signature.

Credly, a Pearson company
""", to_html("""Congratulations, Nanami!

Amazon Web Services Training and Certification has issued you a badge for AWS Certified Security - Specialty.

Once accepted, you can share it on LinkedIn or add it to your email signature.

Credly, a Pearson company"""), "utf-8", "7bit", "quoted-printable"),
    "Credly badge right after the merge.")

add(46, L("survey", K3),
    support_headers(46, ME_P, f"We'd like your feedback on case {K3}", date(2025, 3, 21, 8, 31),
                    frm_name="AWS Training and Certification", frm="aws-customer-feedback@amazon.com"),
    ("html", f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (Case ID: {K3}) has been resolved. How would you rate the support you received?</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws.amazon.com/tc?c={K3}&r=1">1</a></td>
<td><a href="https://survey.aws.amazon.com/tc?c={K3}&r=2">2</a></td>
<td><a href="https://survey.aws.amazon.com/tc?c={K3}&r=3">3</a></td>
<td><a href="https://survey.aws.amazon.com/tc?c={K3}&r=4">4</a></td>
<td><a href="https://survey.aws.amazon.com/tc?c={K3}&r=5">5</a></td>
</tr></table>
<p>1 = very dissatisfied, 5 = very satisfied. It takes less than a minute.</p>
</body></html>""", "utf-8", "quoted-printable"),
    "HTML-only rating survey with 'Case ID:' in the body.")

add(47, L("badge"),
    ext_headers(47, addr("Credly", CREDLY), ME_P, "You've been issued a new badge",
                date(2025, 3, 21, 10, 15), ar_gmail("credly.com", mailfrom="bounces+4471@em.credly.com", ip="167.89.20.33"), "credly.com"),
    ("html", """<html><body>
<table width="600"><tr><td style="font-family:Helvetica">
<h2>AWS Certified Solutions Architect - Professional</h2>
<p>Issued by Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/earner/earned/badge/a71d0e39-5b24-47f8-8e0c-3c6a2f90d41b">View and accept badge</a></p>
<p style="font-size:11px">You are receiving this email because a badge was issued to nanami.kuwabara.72@gmail.com.</p>
</td></tr></table></body></html>""", "utf-8", "base64"),
    "Second Credly badge, HTML-only base64.")

add(48, L("user_reply", K3),
    me_headers(48, ME_P, addr(TC_NAME, TC), "Re: " + SUBJ_K3, date(2025, 3, 24, 10, 3, JST),
               irt=MSGIDS[44], refs=refs_of(27, 30, 33, 34, 36, 39, 42, 43, 44)),
    ("text", """Hi Ines,

Thank you for the merge, the certifications and exam history are all there. One thing is missing though: the 50% exam discount voucher I had on the old profile. The Benefits page of Account #1 is empty. Could you check what happened to it?

Nanami

On Thu, Mar 20, 2025 at 5:31 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q(RESOLVED_K3) + "\n", "utf-8", "quoted-printable"),
    "User reopens the resolved case with a question of her own (a question to support, not to her).")

add(49, L("case_update", K3),
    support_headers(49, ME_P, SUBJ_K3, date(2025, 3, 24, 1, 4), irt=MSGIDS[48], refs=refs_of(44, 48)),
    ("text", f"""Hello,

Your reply has reopened case {K3}. It has been returned to the queue, and an agent will review the new information and respond to you.

You do not need to send anything else at this stage.

AWS Training and Certification
""", "us-ascii", "7bit"),
    "Automated 'case reopened' notice; could be mistaken for an acknowledgement.",
    crlf=True)

ASK_VOUCHER = f"""桑原様

AWS トレーニングと認定の小林です。再オープンされたケース {K3} を拝見しました。

旧アカウントに残っていたバウチャーは、統合の際に自動では移行されないことがあり、その場合は個別に再発行の手続きが必要になります。再発行にあたり、次の2点を教えてください。

1. バウチャーのコード(控えがあれば)
2. バウチャーが付与された試験の名称と合格日

記録と照合でき次第、再発行いたします。

小林
AWS トレーニングと認定"""
add(50, L("info_request", K3, True),
    support_headers(50, ME_P, SUBJ_K3, date(2025, 3, 25, 2, 40), irt=MSGIDS[48], refs=refs_of(44, 48, 49)),
    ("text", ASK_VOUCHER + "\n", "iso-2022-jp", "7bit"),
    "Japanese plain-form request (教えてください) in ISO-2022-JP after an explanation, numbered list of items.")

add(51, L("user_reply", K3),
    me_headers(51, ME_P, addr(TC_NAME, TC), "Re: " + SUBJ_K3, date(2025, 3, 25, 13, 17, JST),
               irt=MSGIDS[50], refs=refs_of(44, 48, 49, 50)),
    ("text", """小林様

ご確認ありがとうございます。

1. コードは控えていませんでした。旧アカウントの「特典」画面に「50% discount voucher」と表示されていたことは覚えています。
2. AWS Certified Security – Specialty、2024年9月3日合格です。

どうぞよろしくお願いいたします。
桑原

2025年3月25日(火) 11:40 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
""" + q(ASK_VOUCHER) + "\n", "utf-8", "8bit"),
    "Japanese user reply, 8bit UTF-8, quoted Japanese request below.")

add(52, L("resolved", K3),
    support_headers(52, ME_P, SUBJ_K3, date(2025, 3, 26, 5, 55), irt=MSGIDS[51], refs=refs_of(44, 48, 49, 50, 51)),
    ("text", """桑原 七海 様

いつもお世話になっております。AWS トレーニングと認定の小林でございます。

AWS Certified Security – Specialty の合格時に付与された50%割引バウチャーを再発行し、Account #1 の「特典」ページに追加いたしました。有効期限は元のバウチャーと同じく2025年9月3日でございます。

本件の対応は以上で完了となり、お客様に追加でご対応いただくことはございません。
ご不明な点がございましたら、本メールにご返信ください。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

小林

-----Original Message-----
""" + ASK_VOUCHER + "\n", "utf-8", "quoted-printable"),
    "Japanese keigo resolution with 〜がございましたら…ご返信ください; the old request sits under '-----Original Message-----' without '>' markers.")

add(53, L("unrelated"),
    ext_headers(53, addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
                "Action required: complete check-in for your AWS exam",
                date(2025, 3, 27, 6, 0), ar_gmail("pearson.com", mailfrom="noreply@pearson.com", ip="159.182.1.40"), "pearson.com"),
    ("text", """Dear Nanami Kuwabara,

Your exam is coming up.

Exam: AWS Certified DevOps Engineer - Professional (DOP-C02)
Registration ID: 472018395
Appointment: April 2, 2025, 09:30 JST (online)

Complete check-in up to 30 minutes before your appointment. Have your government-issued ID ready; the name must match your AWS Certification account exactly.

Please do not reply to this message.

Pearson VUE
""", "us-ascii", "7bit"),
    "Exam vendor 'Action required' with a 9-digit registration ID.")

add(54, L("suspicious"),
    ext_headers(54, addr("AWS認定サポート", "support@aws-training-certsupport.com"), ME_P,
                "【重要】AWS認定アカウント統合の最終確認のお願い",
                date(2025, 3, 28, 2, 11),
                ar_gmail("aws-training-certsupport.com", mailfrom="support@aws-training-certsupport.com", ip="45.153.160.8"),
                "aws-training-certsupport.com"),
    ("text", """桑原 七海 様

いつもAWSをご利用いただきありがとうございます。
お客様の認定アカウント統合について、最終確認が完了しておりません。

本メールにご返信のうえ、旧アカウントのパスワードと生年月日をお知らせいただけますでしょうか。
72時間以内にご返信がない場合、統合は取り消され、取得済みの認定は失効いたします。

AWS トレーニングと認定 サポートセンター
""", "utf-8", "base64"),
    "Japanese phishing from a lookalike domain (its own DKIM/DMARC pass); keigo ask for a reply.")

bounce_b = "=_bounce_" + hashlib.md5(b"55").hexdigest()[:16]
add(55, L("unrelated"),
    [("Authentication-Results", "mx.google.com; dkim=pass header.i=@googlemail.com"),
     ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", ME_P),
     ("Subject", "Delivery Status Notification (Failure)"), ("Date", date(2025, 4, 1, 0, 12)),
     ("Message-ID", mid("mx.google.com", 55)), ("Auto-Submitted", "auto-replied")],
    ("raw", (f"""Content-Type: multipart/report; report-type=delivery-status; boundary="{bounce_b}"

--{bounce_b}
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to n-kuwabara@hoshizora-tech.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient n-kuwabara@hoshizora-tech.co.jp not found by SMTP address lookup

--{bounce_b}
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 01 Apr 2025 09:12:01 +0900

Final-Recipient: rfc822; n-kuwabara@hoshizora-tech.co.jp
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound

--{bounce_b}
Content-Type: text/rfc822-headers

From: Nanami Kuwabara <nanami.kuwabara.72@gmail.com>
To: n-kuwabara@hoshizora-tech.co.jp
Subject: Fwd: {SUBJ_K3}
Date: Tue, 1 Apr 2025 09:11:58 +0900

--{bounce_b}--
""").encode()),
    "Bounce after the company mailbox closed; the bounced message's subject carries the K3 case token.")


# =====================================================================
# 2025-04 — console (Support Center) case K5: must be answered in the console
# =====================================================================
SUBJ_K5 = "Builder ID opens an empty certification profile after merge"
add(56, L("acknowledgement", K5),
    support_headers(56, ME_P, f"Amazon Web Services: New Support case: {K5}", date(2025, 4, 7, 9, 39),
                    frm_name="Amazon Web Services", frm=CONSOLE),
    ("text", f"""Dear Customer,

A new support case has been opened for your account [AWS ID 731942068815].

Case ID: {K5}
Subject: {SUBJ_K5}
Severity: General guidance
Correspondence: My certification accounts were merged last month (case {K3}). Since then, signing in with my Builder ID sometimes shows an empty certification profile instead of my merged one. Could you look into this?

To view your case or add correspondence, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={K5}&language=en

Amazon Web Services

(Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact AWS about this case.)
""", "us-ascii", "7bit"),
    "Console 'New Support case' acknowledgement; echoes the user's question and cites the older case number; 12-digit AWS ID.",
    crlf=True)

ASK_K5 = f"""Hello Nanami,

Thank you for the clear description.

An empty profile after a merge usually means a second Builder ID is involved - for example one created with the same address through a different sign-in path - and the browser reuses whichever session it saw last. I'd rather confirm that than guess, because unlinking the wrong identity would lock you out of the merged profile.

What I need from you is two things: the email address shown on your Builder ID profile page (https://profile.aws.amazon.com) at the moment you see the empty profile, and the candidate ID shown at the top right of that empty certification page. Both can go into a reply on this case in the Support Center.

Best regards,
Tomasz W.
Amazon Web Services

""" + CONSOLE_FOOTER.format(case=K5)

add(57, L("info_request", K5, True),
    support_headers(57, ME_P, f"RE:[CASE {K5}] {SUBJ_K5}", date(2025, 4, 7, 23, 5), frm_name="Amazon Web Services", frm=CONSOLE),
    ("alt", ASK_K5 + "\n", to_html(ASK_K5), "utf-8", "quoted-printable", "quoted-printable"),
    "Console request ('What I need from you is two things') to be answered in the Support Center, followed by the rating footer and the 'cannot accept incoming e-mails' note.")

add(58, L("unrelated"),
    ext_headers(58, addr("AWS", "no-reply@login.awsapps.com"), ME_P, "Your AWS Builder ID verification code",
                date(2025, 4, 8, 12, 40), ar_gmail("login.awsapps.com", mailfrom="no-reply@login.awsapps.com"), "login.awsapps.com"),
    ("text", """Verification code: 318462

Someone is trying to sign in to AWS Builder ID with nanami.kuwabara.72@gmail.com. If this was you, enter the code above. If not, you can ignore this message - your account is safe.
""", "us-ascii", "7bit"),
    "Builder ID sign-in code (6 digits).")

CLOSE_K5 = f"""Hello,

We haven't heard back from you on case {K5}. If we don't receive a response, this case will be resolved automatically in 3 days.

Please note that a case cannot be reopened once it has been resolved for more than 14 days. To keep this case active, add a reply in the AWS Support Center using the link below.

Best regards,
Amazon Web Services
"""
add(59, L("closing_notice", K5, True),
    support_headers(59, ME_P, f"RE:[CASE {K5}] {SUBJ_K5}", date(2025, 4, 10, 23, 6), frm_name="Amazon Web Services", frm=CONSOLE),
    ("alt", CLOSE_K5 + "\n" + CONSOLE_FOOTER.format(case=K5) + "\n",
     to_html(CLOSE_K5 + "\n" + CONSOLE_FOOTER.format(case=K5)), "utf-8", "7bit", "base64"),
    "Console auto-resolve warning: reply must be made in the Support Center, not by email.")

add(60, L("unrelated"),
    ext_headers(60, addr("KintaiCloud Support", "support@kintaicloud.jp"), ME_P, "[KintaiCloud] Request #58213 has been solved",
                date(2025, 4, 11, 4, 20), ar_gmail("kintaicloud.jp", mailfrom="support@kintaicloud.jp", ip="192.161.148.20"),
                "zendesk.com"),
    ("alt", """##- Please type your reply above this line -##

Your request (58213) has been solved. To reopen this request, reply to this email.

Haruto (KintaiCloud Support)
Apr 11, 2025, 13:19 JST

Hello, we have moved your export to the new account as requested. Your case is closed; if anything is missing, just reply and we'll pick it up again.

This email is a service from KintaiCloud Support.
""", to_html("""##- Please type your reply above this line -##

Your request (58213) has been solved. To reopen this request, reply to this email.

Haruto (KintaiCloud Support)

Hello, we have moved your export to the new account as requested. Your case is closed; if anything is missing, just reply and we'll pick it up again."""), "utf-8", "quoted-printable", "quoted-printable"),
    "Another vendor's 'request solved / case closed' with reopen-by-reply wording.")

RES_K5 = f"""Hello Nanami,

Thanks for adding the details in the Support Center. The empty profile was AWS07730291, created under a second Builder ID that used the same address. I've detached it, so your Builder ID now opens AWS09927164, your merged profile, every time.

I'm marking this case resolved. If the problem comes back, you can reopen the case from the Support Center within 14 days.

Best regards,
Tomasz W.
Amazon Web Services

""" + CONSOLE_FOOTER.format(case=K5)
add(61, L("resolved", K5, cands=["AWS07730291", "AWS09927164"]),
    support_headers(61, ME_P, f"RE:[CASE {K5}] {SUBJ_K5}", date(2025, 4, 12, 2, 18), frm_name="Amazon Web Services", frm=CONSOLE),
    ("text", RES_K5 + "\n", "utf-8", "quoted-printable"),
    "Console resolution with two candidate IDs, 'you can reopen' condition and rating footer ('Please share your experience').")

add(62, L("survey", K5),
    support_headers(62, ME_P, f"How did we do? AWS Support case {K5}", date(2025, 4, 13, 2, 30),
                    frm_name="AWS Support", frm="aws-support-survey@amazon.com"),
    ("alt", f"""Hello,

Your support case {K5} was recently resolved. Please take a moment to tell us about your experience with AWS Support - the survey has 3 questions.

https://survey.support.aws.amazon.com/?c={K5}

Thank you,
AWS Support
""", to_html(f"""Hello,

Your support case {K5} was recently resolved. Please take a moment to tell us about your experience with AWS Support - the survey has 3 questions.

Thank you,
AWS Support"""), "utf-8", "7bit", "quoted-printable"),
    "Console-case satisfaction survey ('Please take a moment').")

add(63, L("unrelated"),
    ext_headers(63, addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, "ご購入ありがとうございます: AWS Skill Builder 個人サブスクリプション",
                date(2025, 4, 15, 3, 3), ar_gmail("aws.training", mailfrom="no-reply@aws.training"), "aws.training"),
    ("html", """<html><body style="font-family:sans-serif">
<p>桑原 七海 様</p>
<p>AWS Skill Builder 個人サブスクリプションをご購入いただきありがとうございます。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>注文番号</td><td>SB-2025-0415-883102</td></tr>
<tr><td>プラン</td><td>個人 (月額)</td></tr>
<tr><td>金額</td><td>USD 29.00</td></tr>
<tr><td>次回請求日</td><td>2025年5月15日</td></tr>
</table>
<p>領収書はアカウント設定からダウンロードできます。ご不明な点がございましたら、AWS トレーニングと認定までお問い合わせください。</p>
</body></html>""", "utf-8", "quoted-printable"),
    "Japanese Skill Builder receipt, HTML table, conditional 'お問い合わせください'.")

add(64, L("certification", cands=["AWS09927164"]),
    ext_headers(64, addr("AWS Certification", CERTM), ME_P, "AWS 認定の有効期限が近づいています",
                date(2025, 5, 2, 15, 0), ar_gmail("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="13.111.4.220"), "certmetrics.com"),
    ("text", """桑原 七海 様(候補 ID: AWS09927164)

お持ちの AWS Certified Developer - Associate は 2025年7月28日 に有効期限を迎えます。

認定を維持するには、有効期限までに最新バージョンの試験、または上位の試験に合格してください。再認定の詳細は AWS 認定アカウントでご確認いただけます。

本メールは送信専用のため、ご返信いただいてもお答えできません。

AWS 認定
""", "utf-8", "base64"),
    "Japanese certmetrics expiry notice to the personal address after the merge; candidate ID in the greeting.")

add(65, L("unrelated"),
    ext_headers(65, addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P, "Registration is open: AWS re:Invent 2025",
                date(2025, 5, 20, 16, 0), ar_gmail("amazon.com", mailfrom="bounce-events@mktomail.com"), "mktomail.com"),
    ("alt", """Registration for AWS re:Invent 2025 is now open.

Join us in Las Vegas, December 1-5. AWS Certified attendees get access to the Certification Lounge - bring your digital badge.

Register now: https://reinvent.awsevents.com/

To stop receiving these emails, reply with "unsubscribe" or use the link below.
""", to_html("""Registration for AWS re:Invent 2025 is now open.

Join us in Las Vegas, December 1-5. AWS Certified attendees get access to the Certification Lounge - bring your digital badge.

To stop receiving these emails, reply with "unsubscribe" or use the link below."""), "utf-8", "7bit", "quoted-printable"),
    "AWS marketing from an amazon.com address, mentions certification and replying.")

# =====================================================================
# 2025-06 — case K6: remove the old partner association
# =====================================================================
SUBJ_K6 = f"RE:[CASE {K6}] {FORM_SUBJ}"
ACK_K6 = f"""Hello,

Thanks for getting in touch with AWS Training and Certification.

We've opened case {K6} for your request and it's now in our queue. Expect a reply within 24 hours on most business days.

The details of your request:

  Contact: nanami.kuwabara.72@gmail.com
  Inquiry type: Certification / Account Assistance
  Description: My certification profile (candidate ID AWS09927164) still appears under my former employer Hoshizora Technologies in AWS Partner Central, three months after I left. Please remove the association.

If you opened another case about this same request, there is no need to follow up on it separately.

AWS Training and Certification"""
add(66, L("acknowledgement", K6, cands=["AWS09927164"]),
    support_headers(66, ME_P, SUBJ_K6, date(2025, 6, 11, 22, 48)),
    ("alt", ACK_K6 + "\n", to_html(ACK_K6), "utf-8", "quoted-printable", "quoted-printable"),
    "Acknowledgement whose echoed form text holds a candidate ID and the user's own 'Please remove…'.")

add(67, L("case_update", K6),
    support_headers(67, ME_P, SUBJ_K6, date(2025, 6, 12, 7, 30), irt=MSGIDS[66], refs=refs_of(66)),
    ("text", """Hi,

Passed to our partner certification team. I'll update you here once they've replied.

- Jo
AWS T&C
""", "us-ascii", "7bit"),
    "Two-line progress note.", crlf=True)

ASK_K6 = f"""Hello Nanami,

Thank you for waiting. I've heard back from the partner certification team, and I'll summarise what they found so the next step makes sense.

When your two profiles were merged in March, the sharing consent that had been set on the Hoshizora profile - the setting that lets a partner organisation see a person's certifications in Partner Central - was carried over to the merged profile. That is why Hoshizora Technologies still sees your certifications. It isn't a mistake on your side; the consent simply travelled with the profile.

There are two ways to handle this. The team can withdraw the consent completely, so that no partner organisation sees your certifications until you grant it again yourself. Or they can leave consent switched on but remove only the Hoshizora association, which is useful if your current employer is, or may become, an AWS partner and you intend to link your profile to them later.

Both take about the same time to complete. I'll pass your decision to the team as soon as you let me know which of the two you prefer.

Kind regards,
Sebastián
AWS Training and Certification"""
add(68, L("info_request", K6, True),
    support_headers(68, ME_P, SUBJ_K6, date(2025, 6, 16, 5, 10), irt=MSGIDS[67], refs=refs_of(66, 67)),
    ("text", ASK_K6 + "\n", "utf-8", "quoted-printable"),
    "Long explanation; the actual ask is the last clause ('as soon as you let me know which of the two you prefer'); a choice that is not the merge choice.")

add(69, L("suspicious"),
    ext_headers(69, addr("Credly", "notifications@credly-badgecenter.com"), ME_P, "Your AWS badge will be revoked - verify your identity",
                date(2025, 6, 17, 19, 44),
                ar_gmail("credly-badgecenter.com", mailfrom="notifications@credly-badgecenter.com", ip="103.145.13.77"),
                "credly-badgecenter.com"),
    ("html", """<html><body style="font-family:Helvetica">
<p>Hi Nanami,</p>
<p>We were unable to verify the issuer record for your badge <b>AWS Certified Security - Specialty</b> after a recent account change. Badges that are not re-verified within 3 days are revoked.</p>
<p><a href="https://credly-badgecenter.com/verify">Re-verify my badge</a></p>
<p>The Credly Team</p>
</body></html>""", "utf-8", "7bit"),
    "Credly lookalike domain referencing the account change.")

CLOSE_K6 = f"""桑原 七海 様

いつもお世話になっております。AWS トレーニングと認定でございます。
6月16日にお送りしたご案内につきまして、現時点でご返信を確認できておりません。

誠に恐れ入りますが、6月24日までにご返信をいただけない場合、本ケース({K6})はクローズさせていただきます。
引き続き対応をご希望の場合は、本メールにそのままご返信いただけますと幸いです。クローズ後にご返信いただいた場合も、ケースは再開されます。

何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス"""
add(70, L("closing_notice", K6, True),
    support_headers(70, ME_P, SUBJ_K6, date(2025, 6, 19, 0, 3), irt=MSGIDS[68], refs=refs_of(66, 67, 68)),
    ("text", CLOSE_K6 + "\n", "shift_jis", "8bit"),
    "Japanese keigo closing notice in Shift_JIS 8bit (ご返信いただけますと幸いです).", crlf=True)

add(71, L("user_reply", K6),
    me_headers(71, ME_P, addr(TC_NAME, TC), "Re: " + SUBJ_K6, date(2025, 6, 19, 21, 40, JST),
               irt=MSGIDS[70], refs=refs_of(66, 67, 68, 70)),
    ("text", """Hello,

Sorry for late reply, I was in business trip. I choose the second way: please remove only Hoshizora association and keep consent on. My new company is not APN partner now but maybe later.

Thank you.
Nanami Kuwabara

2025年6月19日(木) 9:03 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
""" + q(CLOSE_K6) + "\n", "utf-8", "8bit"),
    "Non-native English reply under a Japanese Gmail quote header.")

add(72, L("on_hold", K6),
    support_headers(72, ME_P, SUBJ_K6, date(2025, 6, 23, 4, 12), irt=MSGIDS[71], refs=refs_of(66, 67, 68, 70, 71)),
    ("text", """Hi Nanami,

Thanks - your choice is with the partner certification team. Their queue is long this week and the change is waiting on them; expect roughly five business days. The case stays pending on their side until then.

No action needed from you.

Jo
AWS Training and Certification
""", "us-ascii", "7bit"),
    "On hold, waiting on another AWS team, asks nothing.")

add(73, L("resolved", K6),
    support_headers(73, ME_P, SUBJ_K6, date(2025, 6, 27, 6, 40), irt=MSGIDS[71], refs=refs_of(66, 67, 68, 70, 71, 72)),
    ("alt", """Hi Nanami - done.

Hoshizora Technologies no longer sees your certifications in Partner Central, and sharing consent remains on for any future partner link. No further action is required, and this case is now closed.

Jo
AWS Training and Certification

How was your experience? Rate this case: https://survey.aws.amazon.com/tc?c=174968203100733
""", to_html("""Hi Nanami - done.

Hoshizora Technologies no longer sees your certifications in Partner Central, and sharing consent remains on for any future partner link. No further action is required, and this case is now closed.

Jo
AWS Training and Certification

How was your experience? Rate this case."""), "utf-8", "7bit", "7bit"),
    "Very short resolution; 'case is now closed' without any non-response reason (not a closing notice); survey question footer.")

add(74, L("unrelated"),
    ext_headers(74, addr("dependabot[bot]", "notifications@github.com"), ME_P,
                "Re: [nkuwabara/tf-aws-modules] Bump hashicorp/aws from 5.98.0 to 5.100.0 (PR #52)",
                date(2025, 6, 27, 9, 1), ar_gmail("github.com", mailfrom="noreply@github.com", ip="192.30.252.202"), "github.com"),
    ("text", """Merged #52 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nkuwabara/tf-aws-modules/pull/52#event-17880021334
You are receiving this because you were assigned.
""", "us-ascii", "7bit"),
    "GitHub merged notification right after a resolved case.")

add(75, L("survey", K6),
    support_headers(75, ME_P, f"アンケートご協力のお願い(ケース {K6})", date(2025, 6, 28, 1, 0),
                    frm_name="AWS トレーニングと認定", frm="aws-customer-feedback@amazon.com"),
    ("alt", f"""桑原 七海 様

先日は AWS トレーニングと認定をご利用いただき、ありがとうございました。
ケース {K6} の対応について、簡単なアンケートにご協力いただけますでしょうか。所要時間は1分ほどです。

https://survey.aws.amazon.com/tc/ja?c={K6}

今後のサービス向上のため、率直なご意見をお聞かせください。

AWS トレーニングと認定
""", to_html(f"""桑原 七海 様

先日は AWS トレーニングと認定をご利用いただき、ありがとうございました。
ケース {K6} の対応について、簡単なアンケートにご協力いただけますでしょうか。所要時間は1分ほどです。

今後のサービス向上のため、率直なご意見をお聞かせください。

AWS トレーニングと認定"""), "utf-8", "base64", "base64"),
    "Japanese survey with keigo ask (ご協力いただけますでしょうか) - a survey, not a support request.")


# =====================================================================
# 2025-08 — case K7: name on the certificate
# =====================================================================
SUBJ_K7 = f"RE: [CASE {K7}] [AWS Training and Certification Form Submission] - certificate-name-correction"
add(76, L("acknowledgement", K7),
    support_headers(76, ME_P, SUBJ_K7, date(2025, 8, 4, 11, 53)),
    ("text", f"""Case ID: {K7}
Status: Open

Hello,

We received your message and created the case above. An agent will respond by email, usually within one business day. Replies to this message are added to the same case automatically, so there is no need to submit the form again.

Your message:
"The family name on my new certificates is printed as KUWAHARA instead of KUWABARA after my accounts were merged."

AWS Training and Certification Customer Service
""", "us-ascii", "7bit"),
    "Acknowledgement starting with 'Case ID:'; 'Replies to this message are added…' is information, not an ask.",
    crlf=True)

ASK_K7 = """Dear Candidate,

Greetings from AWS Training and Certification!

Please find below the note from our certificate team regarding your request.

---------- Forwarded message ---------
From: Certificate Operations
Date: Tue, Aug 5, 2025
Subject: name correction - case 175430712600581

Before regenerating the certificate we need the candidate's full legal name exactly as on the government issued ID, in Latin letters, and whether the Credly badge should carry the same name.
----------

Kindly share the above details by replying to this email so that we can proceed further.

Regards,
Ankit
AWS T&C Customer Service"""
add(77, L("info_request", K7, True),
    support_headers(77, ME_P, SUBJ_K7, date(2025, 8, 5, 6, 22), irt=MSGIDS[76], refs=refs_of(76)),
    ("text", ASK_K7 + "\n", "utf-8", "quoted-printable"),
    "Agent forwards an internal note inside his mail; the real ask is 'Kindly share the above details' after the forwarded block.")

add(78, L("user_reply", K7),
    me_headers(78, ME_P, addr(TC_NAME, TC), "Re: " + SUBJ_K7, date(2025, 8, 5, 19, 2, JST),
               irt=MSGIDS[77], refs=refs_of(76, 77)),
    ("text", """Hi Ankit,

Full legal name: Nanami Kuwabara (given name NANAMI, family name KUWABARA), as on my passport.
Yes, please use the same name on the Credly badge.

Thanks,
Nanami

On Tue, Aug 5, 2025 at 3:22 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q(ASK_K7) + "\n", "utf-8", "7bit"),
    "User answers the questions; quoted forwarded request below.")

add(79, L("resolved", K7),
    support_headers(79, ME_P, SUBJ_K7, date(2025, 8, 6, 4, 45), irt=MSGIDS[78], refs=refs_of(76, 77, 78)),
    ("text", """Dear Candidate,

Thank you for the confirmation.

We have updated the name on your certification profile to NANAMI KUWABARA and regenerated all certificates; they can be downloaded from your AWS Certification account now. Kindly note the Credly badge can take 24-48 hours to reflect the change.

Your case has been resolved. Please do not hesitate to write to us should you need further assistance.

Regards,
Ankit
AWS T&C Customer Service
""", "utf-8", "quoted-printable"),
    "'Kindly note' and 'Please do not hesitate to write' are not requests.")

add(80, L("badge"),
    ext_headers(80, addr("Credly", CREDLY), ME_P, "Your badge details have been updated",
                date(2025, 8, 7, 2, 10), ar_gmail("credly.com", mailfrom="bounces+4471@em.credly.com", ip="167.89.20.31"), "credly.com"),
    ("alt", """Hi Nanami,

Amazon Web Services Training and Certification has updated the recipient name on 4 of your badges. No action is needed; your public badge pages already show the new name.

View your badges: https://www.credly.com/users/nanami-kuwabara/badges

The Credly Team
""", to_html("""Hi Nanami,

Amazon Web Services Training and Certification has updated the recipient name on 4 of your badges. No action is needed; your public badge pages already show the new name.

The Credly Team"""), "utf-8", "quoted-printable", "base64"),
    "Credly update notice after the name correction.")

add(81, L("suspicious"),
    ext_headers(81, addr("AWS Certification", CERTM), ME_P, "Your AWS Certification has been suspended",
                date(2025, 8, 20, 17, 3),
                ar_gmail("certmetrics.com", dkim="fail", spf="fail", dmarc="fail", mailfrom="info@cm-notify-mail.ru", ip="77.83.198.42"),
                "cm-notify-mail.ru"),
    ("text", """Dear candidate,

Our systems detected a duplicate account linked to your AWS Certification profile. As a result, your certification status has been suspended.

To restore it, reply to this email with your candidate ID, date of birth and a photo of your ID document within 48 hours.

AWS Certification Team
""", "utf-8", "7bit"),
    "Claims the real certmetrics address but SPF/DKIM/DMARC all fail; asks for a reply.")

add(82, L("certification"),
    ext_headers(82, addr("AWS Certification", CERTM), ME_P, "AWS Certification wants to hear from you",
                date(2025, 9, 2, 15, 0), ar_gmail("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="13.111.4.221"), "certmetrics.com"),
    ("alt", """Hello Nanami,

You recently recertified. How was the experience? We'd appreciate five minutes of your time to answer a short survey about the AWS Certification program.

Take the survey: https://pages.awscloud.com/certification-survey-2025

AWS Certification
This mailbox is not monitored.
""", to_html("""Hello Nanami,

You recently recertified. How was the experience? We'd appreciate five minutes of your time to answer a short survey about the AWS Certification program.

AWS Certification
This mailbox is not monitored."""), "utf-8", "7bit", "quoted-printable"),
    "Certification-program feedback invitation that looks like a support survey (but belongs to no case).")


# =====================================================================
# write files
# =====================================================================
README_HEAD = f"""me: {ME_P} {ME_C}

# blind-22 — held-out corpus (written blind)

Owner: Nanami Kuwabara (桑原 七海). Personal address `{ME_P}` (Gmail; `Authentication-Results` from
mx.google.com). Old company address `{ME_C}` (Hoshizora Technologies, an APN partner; Microsoft 365
style `Authentication-Results`). The company mailbox closes on 2025-03-31 (a bounce follows).

Generated by `python3 gen.py` (standard library only); it rewrites every `NNN-msg.eml` / `NNN-msg.json`
and this README. Files are in arrival order; threads carry across files.

## Cases

| case | digits | channel | story |
|---|---|---|---|
| `{K1}` | 10 | T&C form, company address (2021) | exam voucher missing: ack → progress → resolved |
| `{K2}` | 11 | T&C form, personal address (2023) | two profiles on one address: ack (JA) → candidate-ID request (JA keigo) → reply → backlog note → confirmation request → closing notice → reply → merged → survey |
| `{K3}` | 15 | T&C form, personal address (2025) | leaving the company: ack → APN hold with an ask → reply from the wrong (company) address → "write from the personal address" → reply threaded only by In-Reply-To → hold (no ask) → confirmation request (HTML table) → closing notice → "Confirmed" → merged → survey → reopened (voucher) → JA request → JA reply → resolved (JA) |
| `{K4}` | 15 | T&C form, company address (2025) | duplicate form submission: ack (JA) → self-forward → resolved as duplicate of {K3} |
| `{K5}` | 15 | AWS Support Center (console) | ack "New Support case" → request to answer in the Support Center → auto-resolve warning → resolved → survey |
| `{K6}` | 15 | T&C form, personal address | remove old partner association: ack (echoes a candidate ID) → progress → long mail with buried choice → closing notice (JA Shift_JIS) → non-native reply → hold (no ask) → resolved → survey (JA) |
| `{K7}` | 15 | T&C form, personal address | name on certificate: ack → request with a forwarded internal note → reply → resolved |

Numbers that are not case IDs: 12-digit AWS account IDs (731942068815, 204518736690), 9-digit Pearson VUE
registration IDs (387214960, 472018395), 6-digit codes (915207, 604175, 318462), a vendor ticket #58213,
and the fake case 174160022100951 in a DMARC-failing mail (labelled case null).

Judgement calls worth knowing when scoring:
- 029 is the owner forwarding a support mail from her company address to her personal one: labelled
  `user_reply` (written by her, on case {K4}), needs_reply false.
- 031 (duplicate closed in favour of another case) and 073 ("this case is now closed" after the work was
  done) are `resolved`, not `closing_notice`: nothing was closed for lack of an answer.
- 049 (automatic "your reply has reopened the case") is `case_update`.
- 066's candidate ID sits in the form text the acknowledgement echoes back (not in a `>` quote), so it counts.
- 041 and 082 are certmetrics program invitations (`certification`), not case surveys.

## Messages

| # | kind | needs_reply | case | candidate_ids | what it is / what makes it hard |
|---|---|---|---|---|---|
"""


def write_readme():
    from collections import Counter
    rows = []
    for num, raw, label, note in MESSAGES:
        rows.append(f"| {num:03d} | {label['kind']} | {str(label['needs_reply']).lower()} | {label['case'] or '-'} | "
                    f"{' '.join(label['candidate_ids']) or '-'} | {note.replace('|', '/')} |")
    kinds = Counter(l['kind'] for _, _, l, _ in MESSAGES)
    nr = sum(l['needs_reply'] for _, _, l, _ in MESSAGES)
    tail = "\n\n## Totals\n\n" + f"{len(MESSAGES)} messages; needs_reply true: {nr}, false: {len(MESSAGES) - nr}.\n\n"
    tail += "| kind | count |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in sorted(kinds.items())) + "\n"
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + tail)


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    for num, raw, label, note in MESSAGES:
        base = f"{num:03d}-msg"
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()
    print(len(MESSAGES), "messages written to", OUT)


if __name__ == "__main__":
    main()
