#!/usr/bin/env python3
"""Generate the blind held-out stress corpus (blind-60).

Standard library only. Writes NNN-xxxxxx.eml and NNN-xxxxxx.json next to this file.
Mailbox owner: Kenta Tanabe, personal kenta.tanabe.mail@gmail.com, company k-tanabe@nagisa-sys.co.jp
"""
import base64
import hashlib
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "kenta.tanabe.mail@gmail.com"
ME_C = "k-tanabe@nagisa-sys.co.jp"
ME_NAME = "Kenta Tanabe"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = formataddr(("AWS Training and Certification", TC))
CONSOLE = formataddr(("Amazon Web Services", "no-reply-aws@amazon.com"))

C1 = "8234019576"          # 2021, 10 digits
C2 = "12894457031"         # 2023, 11 digits
C3 = "174902331200418"     # 2025 main merge case, 15 digits
C4 = "174902498700263"     # 2025 duplicate form submission
C5 = "175041230600917"     # 2025 console case (Support Center)
C6 = "175142118300265"     # 2025 Japanese case about a missing benefit
C7 = "175318664100733"     # 2025 partner association case

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

def subj_tc(case, tail="account-assistance", re="RE:"):
    return f"{re}[CASE {case}] [AWS Training and Certification Form Submission] - {tail}"

def subj_console(case, title):
    return f"RE:[CASE {case}] {title}"

def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))

AUTH_AMAZON_G = ("mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=szqgv33erturdv5cvz4vtb5qcy4ds3bk header.b=Xk2p9QaL;\n"
                 "       spf=pass (google.com: domain of {bounce} designates 54.240.8.{ip} as permitted sender) smtp.mailfrom={bounce};\n"
                 "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com")
AUTH_AMAZON_O = ("spf=pass (sender IP is 54.240.13.{ip}) smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n"
                 " header.d=amazon.com;dkim=pass (signature was verified) header.d=amazonses.com;dmarc=pass action=none\n"
                 " header.from=amazon.com;compauth=pass reason=100")

def auth_for(to, dom="amazon.com", i=0, extra=None):
    if extra:
        return extra
    if to.endswith("gmail.com"):
        if dom == "amazon.com":
            return AUTH_AMAZON_G.format(bounce=f"0100019{i:03d}a7c3e1d2@email.amazonses.com", ip=20 + i % 200)
        return (f"mx.google.com;\n       dkim=pass header.i=@{dom};\n       spf=pass (google.com: domain of bounce@{dom} designates 198.51.100.{i % 250} as permitted sender) smtp.mailfrom=bounce@{dom};\n"
                f"       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={dom}")
    if dom == "amazon.com":
        return AUTH_AMAZON_O.format(ip=30 + i % 200)
    return (f"spf=pass (sender IP is 203.0.113.{i % 250}) smtp.mailfrom={dom}; dkim=pass (signature was verified)\n"
            f" header.d={dom};dmarc=pass action=none header.from={dom};compauth=pass reason=100")

def mid(i, dom):
    h = hashlib.sha1(f"blind60-{i}-{dom}".encode()).hexdigest()
    if dom == "amazonses":
        return f"<0100019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:37]}-000000@email.amazonses.com>"
    if dom == "gmail.com":
        return f"<CA+{h[:12]}{h[12:24].upper()}-{h[24:30]}w@mail.gmail.com>"
    if dom == "outlook":
        return f"<TYCPR01MB{h[:5].upper()}{h[5:9].upper()}{h[9:20].upper()}@TYCPR01MB{h[20:24].upper()}.jpnprd01.prod.outlook.com>"
    return f"<{h[:16]}.{h[16:24]}@{dom}>"

MSGS = []
IDS = {}

def hdr_text(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

def addr(name, a, charset="utf-8"):
    if name is None:
        return a
    return formataddr((name, a), charset)

def add(key, label, *, frm, to, date, subject, text=None, html=None, cc=None,
        charset="utf-8", cte="7bit", html_cte=None, crlf=False, msgid_dom="amazonses",
        irt=None, refs=None, auth=None, auth_dom="amazon.com", extra_headers=None,
        hdr_charset=None, note=""):
    n = len(MSGS) + 1
    m = mid(n, msgid_dom)
    IDS[key] = m
    MSGS.append(dict(n=n, key=key, label=label, frm=frm, to=to, cc=cc, date=date, subject=subject,
                     text=text, html=html, charset=charset, cte=cte, html_cte=html_cte or cte,
                     crlf=crlf, msgid=m, irt=irt, refs=refs, auth=auth, auth_dom=auth_dom,
                     extra=extra_headers or [], hdr_charset=hdr_charset or charset, note=note))

def body_bytes(text, charset, cte):
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(charset.lower(), charset)
    b = text.encode(codec)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte == "7bit":
        for ch in b:
            if ch > 127:
                raise ValueError("non-ascii in 7bit part: " + text[:60])
    return b if b.endswith(b"\n") else b + b"\n"

def part_bytes(ctype, text, charset, cte):
    cs = "Shift_JIS" if charset.lower() == "shift_jis" else ("ISO-2022-JP" if charset.lower() == "iso-2022-jp" else charset)
    h = f'Content-Type: {ctype}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n\n'
    return h.encode("ascii"), body_bytes(text, charset, cte)

def render(msg):
    hc = msg["hdr_charset"]
    hc = {"shift_jis": "shift_jis", "iso-2022-jp": "iso-2022-jp"}.get(hc.lower(), hc)
    if hc == "shift_jis":
        hc = "utf-8"  # Header() does not support shift_jis encoding well; UTF-8 encoded words
    lines = []
    to_addr = msg["to"].split("<")[-1].rstrip(">")
    ar = msg["auth"]
    if ar is not False:
        recv = to_addr
        ar = auth_for(recv, msg["auth_dom"], msg["n"], ar)
        lines.append(f"Authentication-Results: {ar}")
    lines.append(f"From: {msg['frm']}")
    lines.append(f"To: {msg['to']}")
    if msg["cc"]:
        lines.append(f"Cc: {msg['cc']}")
    lines.append(f"Subject: {hdr_text(msg['subject'], hc)}")
    lines.append(f"Date: {format_datetime(msg['date'])}")
    lines.append(f"Message-ID: {msg['msgid']}")
    if msg["irt"]:
        lines.append(f"In-Reply-To: {msg['irt']}")
    if msg["refs"]:
        lines.append("References: " + "\n ".join(msg["refs"]))
    for h in msg["extra"]:
        lines.append(h)
    lines.append("MIME-Version: 1.0")
    head = "\n".join(lines).encode("utf-8")
    if msg["text"] is not None and msg["html"] is not None:
        bnd = "=_b60_" + hashlib.md5(msg["msgid"].encode()).hexdigest()[:20]
        head += f'\nContent-Type: multipart/alternative; boundary="{bnd}"\n\n'.encode()
        out = head + b"This is a multi-part message in MIME format.\n\n"
        for ct, t, cte in (("text/plain", msg["text"], msg["cte"]), ("text/html", msg["html"], msg["html_cte"])):
            ph, pb = part_bytes(ct, t, msg["charset"], cte)
            out += f"--{bnd}\n".encode() + ph + pb + b"\n"
        out += f"--{bnd}--\n".encode()
    else:
        ct = "text/plain" if msg["text"] is not None else "text/html"
        t = msg["text"] if msg["text"] is not None else msg["html"]
        ph, pb = part_bytes(ct, t, msg["charset"], msg["cte"])
        out = head + b"\n" + ph + pb
    if msg["crlf"]:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out

def L(kind, needs, case, ids=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(ids)}

def d(y, mo, da, h, mi, tz=UTC):
    return datetime(y, mo, da, h, mi, tzinfo=tz)

# ---------------------------------------------------------------------------------------------
# 2021: case C1 (10-digit), certificate name correction, company address
# ---------------------------------------------------------------------------------------------
c1_form = ("Hello, the name printed on my certificates is \"Kenta Tanbe\" but it should be \"Kenta Tanabe\".\n"
           "Could you correct it? Thank you.")
add("c1_ack", L("acknowledgement", False, C1), frm=TC_FROM, to=ME_C, date=d(2021, 4, 12, 2, 41),
    subject=subj_tc(C1, "certification-support"), note="2021 ack, 10-digit case, 'you can reply to this email' conditional",
    text=f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {C1} to address your request.
The details of your case are as follows:

Case ID: {C1}
Subject: [AWS Training and Certification Form Submission] - certification-support
Severity: General guidance
Correspondence: {c1_form}

We normally respond within 24 hours. If you have more information to add to this case, you can reply to this email.

Sincerely,
AWS Training and Certification
""")

c1_q = f"""Hi Kenta,

I can fix that. I see the profile AWS04718826 under {ME_C}.
What is your full legal name exactly as it appears on the ID you show at the test center?

Thanks,
Jordan
AWS Training and Certification
"""
add("c1_q", L("info_request", True, C1, ["AWS04718826"]), frm=TC_FROM, to=ME_C, date=d(2021, 4, 13, 0, 2),
    subject=subj_tc(C1, "certification-support"), irt=IDS["c1_ack"], refs=[IDS["c1_ack"]], text=c1_q,
    note="very short; bare question, no 'please'")

add("c1_reply", L("user_reply", False, C1, ["AWS04718826"]), frm=addr(ME_NAME, ME_C), to=TC_FROM,
    date=d(2021, 4, 13, 9, 15, JST), subject=subj_tc(C1, "certification-support", "RE: "), msgid_dom="outlook",
    irt=IDS["c1_q"], refs=[IDS["c1_ack"], IDS["c1_q"]], auth=False, crlf=True,
    note="Outlook reply from company address; gives candidate ID",
    text=f"""Hi Jordan,

It should be "Kenta Tanabe" (T-A-N-A-B-E). My candidate ID is AWS04718826, in case you need it.

Thanks,
Kenta Tanabe
Nagisa Systems Co., Ltd.

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Tuesday, April 13, 2021 9:02 AM
To: {ME_C}
Subject: {subj_tc(C1, "certification-support")}

{c1_q}""")

add("c1_done", L("resolved", False, C1), frm=TC_FROM, to=ME_C, date=d(2021, 4, 15, 4, 30),
    subject=subj_tc(C1, "certification-support"), irt=IDS["c1_reply"], refs=[IDS["c1_ack"], IDS["c1_q"], IDS["c1_reply"]],
    note="resolution quoting the earlier bare question",
    text=f"""Hello Kenta,

The name on your certification profile has been corrected to Kenta Tanabe. Updated certificates can be
downloaded from the Certifications tab straight away. No further action is required on your part.

Best,
Jordan

---- On Tue, 13 Apr 2021, Jordan wrote ----
{q(c1_q)}
""")

add("acclaim", L("badge", False, None), frm=addr("Acclaim", "admin@youracclaim.com"), to=ME_C, date=d(2021, 5, 3, 16, 5),
    subject="Kenta, you earned a badge from Amazon Web Services Training and Certification", auth_dom="youracclaim.com",
    note="old Acclaim sender; 'Accept your badge' call to action",
    text="""Congratulations, Kenta!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Cloud Practitioner

Accept your badge to share it on LinkedIn, in your email signature and more:
https://www.youracclaim.com/badges/3f2a9c1e-5b7d-4e0a-9d61-0c8e2b7f4a19/accept

Why accept? Digital badges are a verified record of what you know.

Acclaim | Pittsburgh, PA
""")

# ---------------------------------------------------------------------------------------------
# 2023: case C2 (11-digit), Japanese, duplicate accounts on the same address
# ---------------------------------------------------------------------------------------------
add("bid_2023", L("unrelated", False, None), frm=addr("AWS", "no-reply@signin.aws"), to=ME_P, date=d(2023, 2, 7, 1, 58),
    subject="Verify your AWS Builder ID email address", auth_dom="signin.aws",
    note="Builder ID code (6 digits), not case mail",
    text="""Hello,

To finish creating your AWS Builder ID, enter this verification code:

Verification code: 482913

This code expires in 10 minutes. If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
""")

add("c2_ack", L("acknowledgement", False, C2), frm=TC_FROM, to=ME_P, date=d(2023, 2, 7, 2, 20),
    subject=subj_tc(C2), charset="utf-8", cte="base64",
    note="Japanese ack, base64; 〜がございましたら…ご返信ください is conditional",
    text=f"""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。ケース {C2} をオープンいたしました。
ケースの詳細は以下のとおりです。

ケース ID: {C2}
件名: [AWS Training and Certification Form Submission] - account-assistance
内容: 同じメールアドレスで AWS 認定アカウントが 2 つ作成されてしまい、Credly にバッジが反映されません。統合をお願いします。

通常24時間以内に担当者よりご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

本件について追加の情報がございましたら、このメールにご返信ください。

AWS トレーニングと認定
""")

c2_ask = """田辺 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
お問い合わせいただき、誠にありがとうございます。

ご連絡いただいたメールアドレスにて確認いたしましたところ、同一のメールアドレスに紐づく認定アカウントが複数存在していることを確認いたしました。Credly でバッジが表示されない事象は、ログイン中のアカウントと認定を保持しているアカウントが異なる場合に発生することがございます。

統合の際には、誤ったアカウントを統合してしまうことを防ぐため、各アカウントを候補 ID で特定させていただいております。候補 ID は、認定アカウントにサインインした際に画面右上に表示される「AWS」から始まる番号でございます。

恐れ入りますが、統合対象となる両アカウントの候補 ID をお知らせいただけますでしょうか。

何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
add("c2_ask", L("info_request", True, C2), frm=TC_FROM, to=ME_P, date=d(2023, 2, 9, 6, 45),
    subject=subj_tc(C2), charset="shift_jis", cte="base64", crlf=True,
    irt=IDS["c2_ack"], refs=[IDS["c2_ack"]], text=c2_ask,
    note="Shift_JIS base64; keigo ask 〜いただけますでしょうか after two explanatory paragraphs")

add("c2_close", L("closing_notice", True, C2), frm=TC_FROM, to=ME_P, date=d(2023, 2, 14, 0, 30),
    subject=subj_tc(C2), charset="utf-8", cte="quoted-printable",
    irt=IDS["c2_ask"], refs=[IDS["c2_ack"], IDS["c2_ask"]],
    note="'has been closed' + reply reopens; conditional 引き続き…ご希望でしたら that the person certainly meets",
    text="""田辺 様

佐々木でございます。
2月9日にお送りしたご連絡について、その後ご返信を確認できておりませんでしたため、本ケースはいったんクローズとさせていただきました。

引き続きアカウントの統合をご希望でしたら、本メールにそのままご返信いただければケースを再開いたします。その際、前回お願いしておりました候補 ID を併せてお知らせいただけますと幸いです。

よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
""")

add("c2_reply1", L("user_reply", False, C2, ["AWS20931874", "AWS20955102"]), frm=addr("田辺健太", ME_P), to=TC_FROM,
    date=d(2023, 2, 14, 10, 12, JST), subject=subj_tc(C2, re="Re: RE:"), msgid_dom="gmail.com", auth=False,
    irt=IDS["c2_close"], refs=[IDS["c2_ack"], IDS["c2_ask"], IDS["c2_close"]], charset="utf-8", cte="base64",
    note="Japanese Gmail reply, 「…より:」-style header, two candidate IDs",
    text=f"""佐々木様

ご連絡が遅くなり申し訳ございません。
候補IDは以下のとおりです。

・普段使っているアカウント: AWS20931874
・誤って作成したアカウント: AWS20955102

AWS20931874 の方を残していただけますと助かります。
よろしくお願いいたします。

田辺 健太

2023年2月14日(火) 9:30 AWS Training and Certification <{TC}>:
{q('''田辺 様

佐々木でございます。
2月9日にお送りしたご連絡について、その後ご返信を確認できておりませんでしたため、本ケースはいったんクローズとさせていただきました。''')}
""")

c2_confirm = f"""田辺 様

候補 ID のご連絡ありがとうございます。ケースを再開いたしました。
以下の 2 つのアカウントを確認いたしました。

アカウント #1
候補 ID: AWS20931874
ログインメールアドレス: {ME_P}
トレーニング通知先メールアドレス: {ME_P}
認定通知先メールアドレス: {ME_P}

アカウント #2
候補 ID: AWS20955102
ログインメールアドレス: {ME_P}
トレーニング通知先メールアドレス: {ME_P}
認定通知先メールアドレス: (未設定)

アカウント #1 を残し、アカウント #2 の履歴をアカウント #1 へ統合する形で進めてよろしいでしょうか。
統合後は元に戻すことができませんので、念のためご確認のうえ、ご返信くださいますようお願い申し上げます。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
add("c2_confirm", L("confirmation_request", True, C2, ["AWS20931874", "AWS20955102"]), frm=TC_FROM, to=ME_P,
    date=d(2023, 2, 15, 1, 10), subject=subj_tc(C2), charset="shift_jis", cte="8bit",
    irt=IDS["c2_reply1"], refs=[IDS["c2_ack"], IDS["c2_ask"], IDS["c2_close"], IDS["c2_reply1"]], text=c2_confirm,
    note="Shift_JIS 8bit; アカウント #1/#2 listing; よろしいでしょうか + ご返信くださいますよう")

add("c2_reply2", L("user_reply", False, C2), frm=addr("田辺健太", ME_P), to=TC_FROM, date=d(2023, 2, 15, 11, 2, JST),
    subject=subj_tc(C2, re="Re: RE:"), msgid_dom="gmail.com", auth=False, charset="utf-8", cte="8bit",
    irt=IDS["c2_confirm"], refs=[IDS["c2_ack"], IDS["c2_ask"], IDS["c2_close"], IDS["c2_reply1"], IDS["c2_confirm"]],
    note="Japanese confirmation; candidate IDs only in the quote",
    text=f"""佐々木様

ご確認ありがとうございます。
アカウント #1 への統合で問題ございません。よろしくお願いいたします。

田辺

2023年2月15日(水) 10:10 AWS Training and Certification <{TC}>:
{q(c2_confirm)}
""")

add("c2_done", L("resolved", False, C2), frm=TC_FROM, to=ME_P, date=d(2023, 2, 16, 3, 25), subject=subj_tc(C2),
    charset="iso-2022-jp", cte="7bit", irt=IDS["c2_reply2"],
    refs=[IDS["c2_ack"], IDS["c2_confirm"], IDS["c2_reply2"]],
    note="ISO-2022-JP; completion quoting the confirmation request; conditional ご不明な点がございましたら…ご返信ください",
    text=f"""田辺 様

統合作業が完了いたしましたのでご連絡いたします。
アカウント #1 にすべての試験履歴と認定が移行されております。Credly のバッジは、反映まで最大 48 時間ほどかかる場合がございます。

お客様にご対応いただく事項はございません。
ご不明な点がございましたら、お気軽に本メールへご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
{c2_confirm}""")

add("c2_survey", L("survey", False, C2), frm=addr("AWS Training and Certification", "aws-cs-survey@amazon.com"), to=ME_P,
    date=d(2023, 2, 17, 8, 0), subject=f"How did we do? (Case {C2})",
    note="survey with direct questions and 'do not reply'",
    text=f"""You recently contacted AWS Training and Certification (case {C2}).

Would you take two minutes to tell us how it went?

How satisfied were you with the outcome of your case?
  Very satisfied   https://survey.aws-cs.example.amazon.com/r?c={C2}&s=5
  Satisfied        https://survey.aws-cs.example.amazon.com/r?c={C2}&s=4
  Neutral          https://survey.aws-cs.example.amazon.com/r?c={C2}&s=3
  Dissatisfied     https://survey.aws-cs.example.amazon.com/r?c={C2}&s=2

Did the agent understand your question the first time? Yes / No

The survey is optional. Replies to this address are not monitored.

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
""")

add("credly_2023", L("badge", False, None), frm=addr("Credly", "admin@credly.com"), to=ME_P, date=d(2023, 2, 18, 14, 40),
    subject="Reminder: your AWS Certified Developer - Associate badge is waiting", auth_dom="credly.com",
    note="Credly reminder phrased as an action request (to Credly, not support)",
    text="""Hi Kenta,

Amazon Web Services Training and Certification issued you a badge a few days ago and it's still waiting for you.

AWS Certified Developer - Associate
Accept badge: https://www.credly.com/badges/9d0c7a52-2e31-4f6b-b8a4-7c1e05d3f982/accept

Not sure what to do with it? Share it on LinkedIn or add it to your email signature.

Credly, Inc.
""")

# ---------------------------------------------------------------------------------------------
# 2025: leaving the company
# ---------------------------------------------------------------------------------------------
add("billing", L("unrelated", False, None), frm=CONSOLE, to=ME_P, date=d(2025, 5, 2, 8, 3),
    subject="Amazon Web Services Billing Statement Available [Account: 482910337165]",
    note="same no-reply-aws sender as console cases; 12-digit account ID",
    text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 7165, is available on the AWS web site.

Account ID: 482910337165
Billing period: April 1 - April 30, 2025
Total: USD 3.18

You can view your statement at https://console.aws.amazon.com/billing/home#/bills

Please do not reply to this e-mail; this mailbox is not monitored.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""")

add("cm_expiry", L("certification", False, None, ["AWS04718826"]), frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_C, date=d(2025, 5, 8, 15, 0), subject="Your AWS Certification expires in 90 days", auth_dom="certmetrics.com",
    note="certmetrics expiry notice with imperative 'recertify'",
    text="""Dear Kenta Tanabe,

Candidate ID: AWS04718826

Your AWS Certified Solutions Architect - Associate certification will expire on August 6, 2025.

To keep it active, pass the current version of the exam or a higher-level exam before that date.
Log in to your AWS Certification Account to schedule an exam and to see any benefits you can use.

AWS Certification
This is an automated message; please do not reply.
""")

add("hr", L("unrelated", False, None), frm=addr("人事部 労務グループ", "jinji-roumu@nagisa-sys.co.jp"), to=ME_C,
    date=d(2025, 5, 20, 17, 30, JST), subject="【ご案内】退職手続きについて(6月13日付)", msgid_dom="nagisa-sys.co.jp",
    auth_dom="nagisa-sys.co.jp", charset="iso-2022-jp", cte="7bit",
    note="HR mail full of keigo requests with deadlines - not support",
    text="""田辺 健太 さん

お疲れさまです。人事部 労務グループです。
6月13日付のご退職にあたり、以下の手続きをお願いいたします。

1. 退職届および秘密保持誓約書を 6月6日(金)までに人事部へご提出ください。
2. 貸与 PC・入館証は最終出社日に情報システム部へご返却をお願いいたします。
3. 社用メールアカウントは最終出社日の18時に停止されます。社外サービスに登録している会社のメールアドレスは、事前に変更を済ませておいてください。

ご不明な点がありましたら、人事部までお問い合わせください。

人事部 労務グループ
""")

add("pvue", L("unrelated", False, None), frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_C,
    date=d(2025, 5, 22, 3, 12), subject="Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Professional",
    auth_dom="pearson.com", note="exam vendor; 9-digit registration ID; instructions for later",
    text="""Dear Kenta Tanabe,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 418275903
Appointment: Friday, June 20, 2025, 10:00 JST
Location: Pearson Professional Centers-Tokyo Shinjuku

On exam day, please arrive 15 minutes before your appointment and bring two forms of valid identification.
To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.

Pearson VUE
""")

add("github", L("unrelated", False, None), frm=addr("Miho Saito", "notifications@github.com"), to=ME_P,
    date=d(2025, 6, 2, 6, 20), subject="Re: [ktanabe/cert-notes] Merge account export script (PR #48)",
    msgid_dom="github.com", auth_dom="github.com", note="GitHub 'Merged' notification",
    text="""Merged #48 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/ktanabe/cert-notes/pull/48#event-17492033
You are receiving this because you authored the thread.
""")

add("bid_2025", L("unrelated", False, None), frm=addr("AWS Builder ID", "no-reply@login.awsapps.com"), to=ME_P,
    date=d(2025, 6, 3, 23, 50), subject="Your AWS Builder ID verification code", auth_dom="login.awsapps.com",
    note="6-digit sign-in code",
    text="""Your verification code is: 730418

Someone is trying to sign in to AWS Builder ID with your email address. If this was you, enter the code above.
If it wasn't you, you can safely ignore this email.
""")

c3_form = (f"Use Case: I will no longer be an employee of Nagisa Systems after June 13 and would like to merge my accounts.\n"
           f"All email addresses you may have used in our system: {ME_C}, {ME_P}\n"
           f"The email address you would like to keep on file: {ME_P}")
add("c3_ack", L("acknowledgement", False, C3), frm=TC_FROM, to=ME_P, date=d(2025, 6, 4, 0, 10), subject=subj_tc(C3),
    note="15-digit case; 'please do not open another case' imperative + conditional reply",
    text=f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {C3} to address your request.

The details of your case are as follows:

Case ID: {C3}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Inquiry type: Certification / Account Merge
Correspondence: {c3_form}

A member of our team will typically respond within 24 hours. If a case has already been opened for this issue,
please do not open another case for the same request; doing so may delay our response.

If you have additional information about this request, reply to this email.

Sincerely,
AWS Training and Certification Customer Support
""")

c4_form = f"Please merge my company certification account ({ME_C}) into my personal one ({ME_P}). I am leaving the company on June 13."
add("c4_ack", L("acknowledgement", False, C4), frm=TC_FROM, to=ME_C, date=d(2025, 6, 4, 0, 52), subject=subj_tc(C4),
    cte="quoted-printable", html_cte="quoted-printable",
    note="duplicate form submission from the company address; multipart QP",
    text=f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {C4} to address your request.

Case ID: {C4}
Correspondence: {c4_form}

We usually respond within 24 hours. Please don=E2=80=99t open another case for the same request.

AWS Training and Certification""".replace("=E2=80=99", "\u2019"),
    html=f"""<html><body><p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case <b>{C4}</b> to address your request.</p>
<table><tr><td>Case ID:</td><td>{C4}</td></tr><tr><td>Correspondence:</td><td>{c4_form}</td></tr></table>
<p>We usually respond within 24 hours. Please don\u2019t open another case for the same request.</p>
<p>AWS Training and Certification</p></body></html>""")

add("phish1", L("suspicious", False, None), frm=addr("AWS Certification Support", "case-team@aws-certsupport-center.com"),
    to=ME_P, date=d(2025, 6, 4, 11, 0), subject="RE:[CASE 1749031187] Account merge on hold - verify within 24 hours",
    msgid_dom="aws-certsupport-center.com", auth_dom="aws-certsupport-center.com",
    note="lookalike domain, passes its own DMARC; urgent confirmation ask",
    text="""Dear Candidate,

Your certification account merge request has been placed ON HOLD because we could not verify your identity.

To avoid permanent loss of your certifications and exam benefits, confirm the merge within 24 hours:
https://aws-certsupport-center.com/verify?case=1749031187

Reply to this email with your AWS Builder ID and password if the link does not work.

AWS Training & Certification Support Team
""")

add("c4_wrongaddr", L("info_request", True, C4), frm=TC_FROM, to=ME_C, date=d(2025, 6, 4, 18, 3), subject=subj_tc(C4),
    irt=IDS["c4_ack"], refs=[IDS["c4_ack"]],
    note="write-from-the-kept-address request, phrased as 'we need you to' inside an apology",
    text=f"""Hi Kenta,

Thanks for reaching out. I'm sorry to be a stickler, but merge requests have to come from the address of the
account that will stay on file, which you listed as {ME_P}. This one reached us from {ME_C},
so we need you to write to us from {ME_P} (a reply to this email from that address, keeping the
case number in the subject, is fine) before we can act on it.

Regards,
Dev P.
AWS Training and Certification Customer Support
""")

c3_ask = f"""Hello Kenta,

Thank you for your patience, and congratulations on the next step in your career.

I have looked up the address you'd like to keep, {ME_P}, and it is tied to a single certification
profile, AWS20931874, created in 2019 and consolidated with a duplicate in 2023. That profile shows your
Developer - Associate certification and no pending exam registrations.

The company address is a different story. Searching for {ME_C} returns more than one match across our
systems, which is not unusual for people who signed in through AWS Partner Central at some point, since that
sign-in can create a profile of its own. To be sure I merge the right record and not someone else's, I will need
the candidate ID shown at the top right of the certification account you use with your company address (AWS
followed by eight digits) before going any further. Once I have it, the rest is usually quick.

Kind regards,
Marisol R.
AWS Training and Certification Customer Support
"""
add("c3_ask", L("info_request", True, C3, ["AWS20931874"]), frm=TC_FROM, to=ME_P, date=d(2025, 6, 5, 1, 14),
    subject=subj_tc(C3), irt=IDS["c3_ack"], refs=[IDS["c3_ack"]], text=c3_ask, crlf=True,
    note="request as a statement ('I will need ... before going any further') buried mid-paragraph")

add("ooo", L("unrelated", False, None), frm=addr("斎藤 美穂", "m-saito@nagisa-sys.co.jp"), to=ME_C,
    date=d(2025, 6, 5, 10, 31, JST), subject="自動応答: 引き継ぎ資料の件", msgid_dom="nagisa-sys.co.jp",
    auth_dom="nagisa-sys.co.jp", charset="utf-8", cte="base64",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    note="colleague's Japanese out-of-office with a conditional 'contact X'",
    text="""申し訳ありませんが、6月5日から6月9日まで休暇のため不在にしております。
期間中はメールを確認できません。

お急ぎの場合は、山本(y-yamamoto@nagisa-sys.co.jp)までご連絡ください。
""")

add("c3_reply_id", L("user_reply", False, C3, ["AWS04718826"]), frm=addr(ME_NAME, ME_P), to=TC_FROM,
    date=d(2025, 6, 5, 12, 30, JST), subject="Re: " + subj_tc(C3), msgid_dom="gmail.com", auth=False,
    irt=IDS["c3_ask"], refs=[IDS["c3_ack"], IDS["c3_ask"]],
    note="user supplies ID and asks a question; quoted text holds another ID",
    text=f"""Hi Marisol,

Thanks! The candidate ID on the company account is AWS04718826.

Also, apologies: I submitted the form a second time from my work address by mistake (case {C4}).
Is it OK to just ignore that one?

Best regards,
Kenta

On Thu, Jun 5, 2025 at 10:14 AM AWS Training and Certification <{TC}> wrote:
{q(c3_ask)}
""")

add("c4_reply", L("user_reply", False, C4), frm=addr(ME_NAME, ME_P), to=TC_FROM, date=d(2025, 6, 5, 12, 41, JST),
    subject="Re: " + subj_tc(C4), msgid_dom="gmail.com", auth=False, irt=IDS["c4_wrongaddr"],
    refs=[IDS["c4_ack"], IDS["c4_wrongaddr"]], note="reply from the right address; mentions the other case number",
    text=f"""Hello Dev,

Writing from {ME_P} as you asked. This request is actually the same as case {C3}, which
your colleague is already handling, so feel free to fold this one into that.

Kenta Tanabe
""")

add("c4_update", L("case_update", False, C4), frm=TC_FROM, to=ME_P, date=d(2025, 6, 5, 17, 10), subject=subj_tc(C4),
    irt=IDS["c4_reply"], refs=[IDS["c4_ack"], IDS["c4_wrongaddr"], IDS["c4_reply"]],
    note="'no need to reply' note that contains a question",
    text=f"""Thanks Kenta,

I've linked this request to case {C3}; Marisol will carry on there, so everything happens in one place.
There's nothing else needed on this one and no need to reply.

Sent the form twice? You're far from the first - the confirmation page is easy to miss.

Dev P.
AWS Training and Certification Customer Support
""")

c3_hold = f"""Hello Kenta,

Thank you for the candidate ID.

AWS04718826 is associated with an AWS Partner Network (APN) organization, Nagisa Systems Co., Ltd. Certifications
held on a partner-linked account count toward that partner's standing, so we don't merge these accounts away while
the holder is still with the partner. I have put the merge on hold for now.

If you are leaving Nagisa Systems, a reply confirming that and giving your last working day is all I need to lift the hold.

Kind regards,
Marisol R.
AWS Training and Certification Customer Support
"""
add("c3_hold", L("on_hold", True, C3, ["AWS04718826"]), frm=TC_FROM, to=ME_P, cc=ME_C, date=d(2025, 6, 6, 2, 40),
    subject=subj_tc(C3), irt=IDS["c3_reply_id"], refs=[IDS["c3_ack"], IDS["c3_ask"], IDS["c3_reply_id"]], text=c3_hold,
    note="APN hold; ask phrased as a condition the person certainly meets ('If you are leaving...')")

add("c3_reply_leaving", L("user_reply", False, C3), frm=addr(ME_NAME, ME_C), to=TC_FROM, cc=ME_P,
    date=d(2025, 6, 6, 13, 5, JST), subject=subj_tc(C3, re="RE: "), msgid_dom="outlook", auth=False, crlf=True,
    irt=IDS["c3_hold"], refs=[IDS["c3_ack"], IDS["c3_ask"], IDS["c3_reply_id"], IDS["c3_hold"]],
    note="wrong-address reply from company mailbox, Outlook top-post with '________' header block",
    text=f"""Hello Marisol,

Yes, I am leaving Nagisa Systems. My last working day is Friday, June 13, and this mailbox will be deactivated
that evening. Please go ahead with the merge into my personal account.

Regards,
Kenta Tanabe

________________________________
From: AWS Training and Certification <{TC}>
Sent: Friday, June 6, 2025 11:40
To: {ME_P}
Cc: {ME_C}
Subject: {subj_tc(C3)}

{c3_hold}""")

add("c3_hold2", L("on_hold", False, C3), frm=TC_FROM, to=ME_P, date=d(2025, 6, 9, 5, 20), subject=subj_tc(C3),
    irt=IDS["c3_reply_leaving"], refs=[IDS["c3_ack"], IDS["c3_hold"], IDS["c3_reply_leaving"]],
    note="hold waiting on the APN team; explicitly asks nothing",
    text="""Hi Kenta,

Thanks for confirming. Because the account is partner-linked, the association has to be released on the partner
side before I can merge. I've raised a request with the APN team, and the case stays on hold until they've done
that - typically two to three business days.

You don't need to do anything in the meantime; I'll write again as soon as it clears.

Marisol
""")

add("cm_voice", L("certification", False, None), frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    date=d(2025, 6, 10, 16, 0), subject="AWS Certification wants to hear from you", auth_dom="certmetrics.com",
    html_cte="quoted-printable", cte="quoted-printable",
    note="certification-program feedback invitation full of questions",
    text="""Hello Kenta,

You opted in to "Lend Your Voice to AWS Certification". We're running a short study on the exam experience.

How likely are you to recommend AWS Certification to a colleague?
Which exam did you find most relevant to your job?
What would you change about online proctoring?

Take the survey (about 10 minutes): https://survey.certmetrics.com/aws/2025-06

AWS Certification
""",
    html="""<html><body><p>Hello Kenta,</p><p>You opted in to <i>Lend Your Voice to AWS Certification</i>. We're running a short study on the exam experience.</p>
<ul><li>How likely are you to recommend AWS Certification to a colleague?</li><li>Which exam did you find most relevant to your job?</li>
<li>What would you change about online proctoring?</li></ul>
<p><a href="https://survey.certmetrics.com/aws/2025-06">Take the survey</a> (about 10 minutes)</p><p>AWS Certification</p></body></html>""")

c3_conf_rows = [("Candidate ID", "AWS20931874", "AWS04718826"), ("Login email", ME_P, ME_C),
                ("Training notification email", ME_P, ME_C), ("Certification notification email", ME_P, ME_C)]
c3_conf_html = ("""<html><head><style>td,th{border:1px solid #999;padding:4px 8px;font-family:Arial}</style></head><body>
<p>Hi Kenta,</p>
<p>Good news: the partner association on the company account has been released, so the hold is off.</p>
<p>Here is what I'd be merging:</p>
<table cellspacing="0"><tr><th></th><th>Account #1</th><th>Account #2</th></tr>
""" + "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in c3_conf_rows) + """
</table>
<p>Which of these two should stay active after the merge?</p>
<p>Marisol R.<br>AWS Training and Certification Customer Support</p>
</body></html>""")
c3_conf_plain = ("Hi Kenta,\n\nGood news: the partner association on the company account has been released, so the hold is off.\n\n"
                 "Here is what I'd be merging:\n\n"
                 "Account #1\n" + "\n".join(f"{a}: {b}" for a, b, c in c3_conf_rows) + "\n\nAccount #2\n" +
                 "\n".join(f"{a}: {c}" for a, b, c in c3_conf_rows) +
                 "\n\nWhich of these two should stay active after the merge?\n\nMarisol R.\nAWS Training and Certification Customer Support\n")
add("c3_confirm", L("confirmation_request", True, C3, ["AWS20931874", "AWS04718826"]), frm=TC_FROM, to=ME_P, cc=ME_C,
    date=d(2025, 6, 11, 2, 0), subject=subj_tc(C3), html=c3_conf_html, cte="quoted-printable",
    irt=IDS["c3_hold2"], refs=[IDS["c3_ack"], IDS["c3_hold"], IDS["c3_hold2"]],
    note="HTML-only table; ask is a bare question with no 'please'; opens with progress news")

add("c3_fwd", L("user_reply", False, C3), frm=addr(ME_NAME, ME_C), to=ME_P, date=d(2025, 6, 11, 12, 20, JST),
    subject="FW: " + subj_tc(C3), msgid_dom="outlook", auth=None, auth_dom="nagisa-sys.co.jp", charset="utf-8", cte="base64",
    note="person forwards the open request to themselves - contains the ask but is the person's own mail",
    text=f"""自分用メモ: 個人アドレス({ME_P})から返信すること。会社のメールは13日で止まる。

________________________________
From: AWS Training and Certification <{TC}>
Sent: Wednesday, June 11, 2025 11:00
To: {ME_P}
Cc: {ME_C}
Subject: {subj_tc(C3)}

{c3_conf_plain}""")

add("summit", L("unrelated", False, None), frm=addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"),
    to=ME_P, date=d(2025, 6, 12, 1, 0), subject="AWS Summit Japan 2025 のご登録はお済みですか?", charset="utf-8",
    cte="quoted-printable", html_cte="quoted-printable",
    note="Japanese marketing with rhetorical questions and imperatives",
    text="""田辺 健太 様

AWS Summit Japan 2025 の開催まであとわずか。まだご登録がお済みでない方は、今すぐご登録ください。

AWS 認定をお持ちですか? 会場では認定者限定ラウンジをご用意しています。ぜひお立ち寄りください。

ご登録はこちら: https://aws.amazon.com/jp/summits/japan/

配信停止をご希望の場合は、こちらから設定を変更してください。
アマゾン ウェブ サービス ジャパン合同会社
""",
    html="""<html><body><p>田辺 健太 様</p><p>AWS Summit Japan 2025 の開催まであとわずか。まだご登録がお済みでない方は、<a href="https://aws.amazon.com/jp/summits/japan/">今すぐご登録ください</a>。</p>
<p>AWS 認定をお持ちですか? 会場では認定者限定ラウンジをご用意しています。</p></body></html>""")

add("c3_close", L("closing_notice", True, C3), frm=TC_FROM, to=ME_P, date=d(2025, 6, 12, 23, 0), subject=subj_tc(C3),
    irt=IDS["c3_confirm"], refs=[IDS["c3_ack"], IDS["c3_confirm"]],
    note="closing notice from a different agent; 'If you still want these accounts merged' (certainly true)",
    text="""Hello,

I'm following up on the message my colleague Marisol sent on June 11 asking which account should remain active.
We haven't received an answer yet.

This case will be closed automatically after 3 business days without a response. If you still want these accounts
merged, reply to this message with your choice and we'll carry on from there.

Regards,
Tomasz W.
AWS Training and Certification Customer Support
""")

add("c3_confirmed", L("user_reply", False, C3, ["AWS20931874"]), frm=addr(ME_NAME, ME_P), to=TC_FROM,
    date=d(2025, 6, 13, 9, 30, JST), subject="Re: which account to keep", msgid_dom="gmail.com", auth=False,
    irt=IDS["c3_confirm"], refs=[IDS["c3_ack"], IDS["c3_hold2"], IDS["c3_confirm"]],
    note="reply threaded only by In-Reply-To/References; no case number in subject",
    text=f"""Hi Marisol, Tomasz,

Confirmed. Please merge into Account #1 ({ME_P}, AWS20931874).
Sorry for the delay - it was my last week at the office.

Kenta

On Wed, Jun 11, 2025 at 11:00 AM AWS Training and Certification <{TC}> wrote:
{q(c3_conf_plain)}
""")

c3_check = """Hi Kenta,

Thank you. One thing I have to check before I submit the merge: the company account still has an exam booked with
Pearson VUE - AWS Certified Solutions Architect - Professional on June 20. Merging cancels open registrations on
the account being merged away, and the exam fee isn't moved over automatically.

Are you happy for that registration to be cancelled, or shall I hold the merge until after June 20?

Marisol
"""
add("c3_check", L("info_request", True, C3), frm=TC_FROM, to=ME_P, date=d(2025, 6, 13, 2, 0), subject=subj_tc(C3),
    irt=IDS["c3_confirmed"], refs=[IDS["c3_ack"], IDS["c3_confirm"], IDS["c3_confirmed"]], text=c3_check,
    note="after the merge is confirmed: asks to confirm something else (exam cancellation); either/or question")

add("c3_reply_cancel", L("user_reply", False, C3), frm=addr(ME_NAME, ME_P), to=TC_FROM, date=d(2025, 6, 13, 11, 20, JST),
    subject="Re: " + subj_tc(C3), msgid_dom="gmail.com", auth=False, irt=IDS["c3_check"],
    refs=[IDS["c3_ack"], IDS["c3_confirm"], IDS["c3_confirmed"], IDS["c3_check"]],
    note="short user answer",
    text=f"""Please go ahead and cancel it. I'll rebook from my personal account once the merge is done.

Kenta

On Fri, Jun 13, 2025 at 11:00 AM AWS Training and Certification <{TC}> wrote:
{q(c3_check)}
""")

add("c3_update", L("case_update", False, C3), frm=TC_FROM, to=ME_P, date=d(2025, 6, 13, 3, 0), subject=subj_tc(C3),
    irt=IDS["c3_reply_cancel"], refs=[IDS["c3_ack"], IDS["c3_check"], IDS["c3_reply_cancel"]],
    note="progress news; 'no need to reply' + a self-answered question",
    text="""Thanks, Kenta.

I've submitted the merge to our certification operations team. These normally complete within 2-3 business days,
and you'll hear from me when it's done. There's nothing you need to do in the meantime, so no need to reply to this one.

Will your exam voucher come across? Yes - benefits move with the merged record.

Marisol
""")

add("spoof", L("suspicious", False, None), frm=TC_FROM, to=ME_P, date=d(2025, 6, 16, 4, 12),
    subject=subj_tc("174903990100552"), msgid_dom="mail-relay.example.net",
    auth=("mx.google.com;\n       dkim=fail (body hash did not verify) header.i=@amazon.com header.s=szqgv33erturdv5cvz4vtb5qcy4ds3bk;\n"
          "       spf=fail (google.com: domain of aws-cs-trainingcertification-form@amazon.com does not designate 185.220.101.47 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n"
          "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
    note="real sender address and subject shape, dmarc=fail; asks for a confirmation",
    text="""Hello,

Thank you for contacting AWS Training and Certification. Before we can merge your accounts, we need you to confirm
your identity. Please sign in below and confirm the account you would like to keep:

https://aws-training-verify.net/merge/confirm?case=174903990100552

If we do not receive your confirmation within 48 hours, your request will be cancelled.

Kind regards,
AWS Training and Certification Customer Support
""")

add("c3_done", L("resolved", False, C3, ["AWS04718826", "AWS20931874"]), frm=TC_FROM, to=ME_P, date=d(2025, 6, 17, 7, 2),
    subject=subj_tc(C3), irt=IDS["c3_update"], refs=[IDS["c3_ack"], IDS["c3_confirm"], IDS["c3_check"], IDS["c3_update"]],
    note="'successfully merged' + optional offer + tips for later + quoted old question",
    text=f"""Hello Kenta,

I have successfully merged all accounts. Your exam history, certifications and benefits from AWS04718826 are now
under Account #1 (AWS20931874), and the June 20 registration has been cancelled as agreed.

A couple of tips for later: when you rebook the Professional exam, sign in with the Builder ID for {ME_P}
so it lands on the right account. And if your next employer is an AWS Partner, you can share your certifications
with their Partner Central profile from your account settings.

If you'd also like your Credly badges moved to your personal address, I can look into that for you - just say the word.

Kind regards,
Marisol R.
AWS Training and Certification Customer Support

On 11/06/2025 02:00, Marisol R. wrote:
{q(c3_conf_plain)}
""")

add("c3_survey", L("survey", False, C3), frm=addr("AWS Training and Certification", "aws-cs-survey@amazon.com"), to=ME_P,
    date=d(2025, 6, 17, 9, 0), subject="Tell us about your recent experience with AWS Training and Certification",
    cte="quoted-printable", html_cte="quoted-printable", note="rating request, multipart, case number in body",
    text=f"""Hi Kenta,

Your case {C3} was recently resolved. How would you rate the support you received?

1 (poor)  2  3  4  5 (excellent): https://survey.aws-cs.example.amazon.com/r?c={C3}

What is one thing we could have done better?

This message was sent from an unmonitored address.
""",
    html=f"""<html><body><p>Hi Kenta,</p><p>Your case {C3} was recently resolved. How would you rate the support you received?</p>
<table><tr>""" + "".join(f'<td><a href="https://survey.aws-cs.example.amazon.com/r?c={C3}&amp;s={i}">{i}</a></td>' for i in range(1, 6)) +
    """</tr></table><p>What is one thing we could have done better?</p><p style="font-size:10px">This message was sent from an unmonitored address.</p></body></html>""")

add("credly_2025", L("badge", False, None), frm=addr("Credly", "admin@credly.com"), to=ME_P, date=d(2025, 6, 17, 12, 33),
    subject="Amazon Web Services Training and Certification has issued you a new badge", auth_dom="credly.com",
    html_cte="base64", cte="base64", note="Credly HTML+text, base64, badge UUID",
    text="""Kenta, you've earned a new badge!

AWS Certified Solutions Architect - Associate
Issued by Amazon Web Services Training and Certification

Accept your badge: https://www.credly.com/badges/b7e4c2d0-9a11-4f3e-8c25-61d0e2f3a9b7/accept
""",
    html="""<html><body><h2>Kenta, you've earned a new badge!</h2><p>AWS Certified Solutions Architect - Associate<br>Issued by Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/badges/b7e4c2d0-9a11-4f3e-8c25-61d0e2f3a9b7/accept">Accept your badge</a></p></body></html>""")

add("skillbuilder", L("unrelated", False, None), frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
    date=d(2025, 6, 18, 3, 10), subject="Your AWS Skill Builder subscription receipt", auth_dom="aws.training",
    note="Skill Builder receipt",
    text="""Thank you for subscribing to AWS Skill Builder Individual.

Order ID: SB-250618-7731
Amount charged: USD 29.00
Next renewal: July 18, 2025

Manage your subscription at https://skillbuilder.aws/account
""")

# ---------------------------------------------------------------------------------------------
# Console case C5 (Support Center): root email change
# ---------------------------------------------------------------------------------------------
CONSOLE_FOOT = f"""
============================================
To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId={C5}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
============================================
AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/
"""
RATE = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link
at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of
each correspondence within the AWS Support Center.
"""
add("c5_new", L("acknowledgement", False, C5), frm=CONSOLE, to=ME_P, date=d(2025, 6, 20, 6, 40),
    subject=f"Amazon Web Services: New Support case: {C5}", note="console 'New Support case' with 12-digit account ID",
    text=f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {C5} to address your request.
The details of your case are as follows:

Case ID: {C5}
Subject: Change root user email address [AWS ID 482910337165]
Severity: General guidance
Correspondence: The root user email of my personal account 482910337165 is my former company address {ME_C},
which was deactivated on June 13. I can still sign in with MFA. How can I change it to {ME_P}?

To see the case or add correspondence, please use the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C5}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.

Amazon Web Services
""")

c5_ask = f"""Hello,

Thank you for contacting AWS Support. My name is Priya and I'll be helping you today.

The root email address can normally be changed by the root user from the Account page, but since the current root
address no longer receives mail, the verification code for the change can't be delivered to it. In that case our
Account team can make the change after verifying ownership.

For that, we need you to confirm the last four digits of the payment card on file for account 482910337165 and the
approximate date of your most recent invoice. Please add this to the case in the Support Center using the link below;
this email address cannot receive replies.

Best regards,
Priya S.
Amazon Web Services
"""
add("c5_ask", L("info_request", True, C5), frm=CONSOLE, to=ME_P, date=d(2025, 6, 21, 1, 5),
    subject=subj_console(C5, "Change root user email address [AWS ID 482910337165]"),
    irt=IDS["c5_new"], refs=[IDS["c5_new"]], text=c5_ask + RATE + CONSOLE_FOOT,
    html=("<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in (c5_ask + RATE).strip().split("\n\n")) +
          f'<hr><p>To contact us again about this case, please return to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={C5}&amp;language=en">AWS Support Center</a>.</p>'
          "<p>*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>"),
    cte="quoted-printable", html_cte="quoted-printable", crlf=True,
    note="console info request (answer in Support Center) followed by feedback footer")

add("bounce", L("unrelated", False, None), frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    date=d(2025, 6, 21, 3, 2), subject="Delivery Status Notification (Failure)", msgid_dom="mx.google.com", auth_dom="googlemail.com",
    note="bounce of the person's email reply to no-reply-aws; quotes the case subject and an answer",
    text=f"""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail

----- Original message -----

From: {ME_NAME} <{ME_P}>
Date: Sat, 21 Jun 2025 12:01:44 +0900
Subject: Re: {subj_console(C5, "Change root user email address [AWS ID 482910337165]")}
To: Amazon Web Services <no-reply-aws@amazon.com>

The card ends in 4417 and the last invoice was on June 2.
""")

add("c5_close", L("closing_notice", True, C5), frm=CONSOLE, to=ME_P, date=d(2025, 6, 24, 1, 5),
    subject=subj_console(C5, "Change root user email address [AWS ID 482910337165]"),
    irt=IDS["c5_ask"], refs=[IDS["c5_new"], IDS["c5_ask"]],
    note="console auto-resolve warning; reply must go through the Support Center",
    text=f"""Hello,

We haven't heard back from you regarding the information requested on June 21. If we don't receive a response, this
case will be automatically resolved in 3 days. To keep it open, reply in the AWS Support Center using the link below.

Best regards,
Amazon Web Services
{CONSOLE_FOOT}""")

add("c5_done", L("resolved", False, C5), frm=CONSOLE, to=ME_P, date=d(2025, 6, 25, 8, 45),
    subject=subj_console(C5, "Change root user email address [AWS ID 482910337165]"),
    irt=IDS["c5_close"], refs=[IDS["c5_new"], IDS["c5_ask"], IDS["c5_close"]],
    note="console resolution with 'reopen within 14 days' + rating footer",
    text=f"""Hello,

Thank you for the details. I've verified ownership and updated the root user email address for account
482910337165 to {ME_P}. You can sign in with the new address right away; your password and MFA device
are unchanged.

I'm marking this case as resolved. If anything else comes up about this change, you can reopen the case from the
Support Center within 14 days.

Best regards,
Priya S.
Amazon Web Services
{RATE}{CONSOLE_FOOT}""")

add("vendor_closed", L("unrelated", False, None), frm=addr("Cloudnest Support", "support@cloudnest.io"), to=ME_P,
    date=d(2025, 6, 25, 10, 0), subject="[Cloudnest] Your case #00917734 has been closed", auth_dom="cloudnest.io",
    msgid_dom="cloudnest.io", note="other vendor's 'closed for no answer, reply to reopen'",
    text="""Hi Kenta,

We haven't heard from you in 7 days, so we've closed case #00917734 (Invoice address change).
If you still need help, simply reply to this email and the case will reopen automatically.

Cloudnest Support
""")

# ---------------------------------------------------------------------------------------------
# C3 reopened
# ---------------------------------------------------------------------------------------------
c3_done_short = """I have successfully merged all accounts. Your exam history, certifications and benefits from AWS04718826 are now
under Account #1 (AWS20931874), and the June 20 registration has been cancelled as agreed."""
add("c3_reopen", L("user_reply", False, C3), frm=addr(ME_NAME, ME_P), to=TC_FROM, date=d(2025, 6, 26, 21, 15, JST),
    subject="Re: " + subj_tc(C3), msgid_dom="gmail.com", auth=False, irt=IDS["c3_done"],
    refs=[IDS["c3_ack"], IDS["c3_confirm"], IDS["c3_done"]],
    note="person reopens with a question; top-posted over the resolution",
    text=f"""Hi Marisol,

Sorry to come back to this. Everything looks right except one thing: my Cloud Practitioner exam from 2019 doesn't
appear in the exam history of the merged account. Could you check whether it came across?

Thanks,
Kenta

On Tue, Jun 17, 2025 at 4:02 PM AWS Training and Certification <{TC}> wrote:
> Hello Kenta,
>
{q(c3_done_short)}
> [...]
""")

add("c3_reask", L("info_request", True, C3), frm=TC_FROM, to=ME_P, date=d(2025, 6, 27, 0, 50), subject=subj_tc(C3),
    irt=IDS["c3_reopen"], refs=[IDS["c3_ack"], IDS["c3_done"], IDS["c3_reopen"]],
    note="mixed: reopening news + ask phrased 'What would help me ... is'",
    text=f"""Hi Kenta,

I've reopened the case. The Cloud Practitioner certification itself is on your merged account, but the 2019 exam
result isn't listed, which usually means it was recorded under a third profile that wasn't part of this merge.

What would help me find it is the date you sat the exam and, if you still have it, the registration number from the
confirmation email.

Marisol

On Thu, Jun 26, 2025, Kenta Tanabe <{ME_P}> wrote:
> Everything looks right except one thing: my Cloud Practitioner exam from 2019 doesn't
> appear in the exam history of the merged account. Could you check whether it came across?
""")

add("c3_reply_date", L("user_reply", False, C3), frm=addr(ME_NAME, ME_P), to=TC_FROM, date=d(2025, 6, 27, 12, 4, JST),
    subject="Re: " + subj_tc(C3), msgid_dom="gmail.com", auth=False, irt=IDS["c3_reask"],
    refs=[IDS["c3_ack"], IDS["c3_reopen"], IDS["c3_reask"]], crlf=True,
    note="answer with a 9-digit registration number (not a case ID)",
    text="""It was on 14 November 2019 at the Pearson VUE centre in Shinjuku; the registration number was 302118846.

Kenta
""")

add("c3_done2", L("resolved", False, C3), frm=TC_FROM, to=ME_P, date=d(2025, 6, 30, 5, 30), subject=subj_tc(C3),
    irt=IDS["c3_reply_date"], refs=[IDS["c3_ack"], IDS["c3_reask"], IDS["c3_reply_date"]],
    note="second resolution after reopening",
    text="""Hi Kenta,

Found it - the 2019 result was on an orphaned profile and I've moved it over. Your exam history now shows it.
Nothing else is needed from you, and I've set the case back to resolved.

Marisol
""")

add("jira", L("unrelated", False, None), frm=addr("Yuki Mori (Jira)", "jira@hoshizora-cloud.atlassian.net"), to=ME_P,
    date=d(2025, 7, 1, 2, 0), subject="[JIRA] (INFRA-214) Please review: IAM role cleanup", auth_dom="atlassian.net",
    msgid_dom="atlassian.net", note="Jira request at the new job",
    text="""Yuki Mori assigned INFRA-214 to you.

INFRA-214: IAM role cleanup
Please review the attached list by Friday and confirm which roles can be deleted.

View issue: https://hoshizora-cloud.atlassian.net/browse/INFRA-214
""")

# ---------------------------------------------------------------------------------------------
# C6: Japanese case about a missing benefit
# ---------------------------------------------------------------------------------------------
add("c6_ack", L("acknowledgement", False, C6), frm=TC_FROM, to=ME_P, date=d(2025, 7, 2, 1, 15),
    subject=subj_tc(C6, "certification-benefits"), charset="utf-8", cte="8bit",
    note="Japanese ack in UTF-8 8bit; 補足事項がございましたら…",
    text=f"""お客様

アマゾン ウェブ サービスへのお問い合わせありがとうございます。お客様のリクエストに対応するため、ケース {C6} を作成しました。

ケース ID: {C6}
お問い合わせの種類: 認定 / 特典
内容: アカウント統合後、認定特典の 50% 割引バウチャーが表示されません。

通常24時間以内に担当者よりご連絡いたします。同じ内容で新しいケースを作成されますと、対応が遅れる場合がございます。
補足事項がございましたら、本メールにご返信いただくことでケースに追加できます。

AWS トレーニングと認定
""")

c6_ask = """田辺 様

AWS トレーニングと認定 サポートの林と申します。お問い合わせいただきありがとうございます。

統合後の特典について確認いたしました。認定特典(次回試験の 50% 割引など)は、認定を取得したアカウントに付与され、統合時には原則として統合先のアカウントへ移行されます。ただし、統合のタイミングによっては反映までお時間をいただく場合や、有効期限の判定により移行対象外となる場合がございます。

お客様のアカウント(AWS20931874)では、現在有効な特典が確認できない状態でございます。調査にあたり、該当の特典が付与された認定の名称と、その認定を取得された時期をご教示いただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

林
AWS トレーニングと認定 カスタマーサポート
"""
add("c6_ask", L("info_request", True, C6, ["AWS20931874"]), frm=TC_FROM, to=ME_P, date=d(2025, 7, 2, 8, 0),
    subject=subj_tc(C6, "certification-benefits"), charset="iso-2022-jp", cte="7bit", irt=IDS["c6_ack"],
    refs=[IDS["c6_ack"]], text=c6_ask, note="ISO-2022-JP keigo ask ご教示いただけますでしょうか in the third paragraph")

add("c6_reply1", L("user_reply", False, C6, ["AWS04718826"]), frm=addr("田辺健太", ME_P), to=TC_FROM,
    date=d(2025, 7, 3, 9, 40, JST), subject="Re: " + subj_tc(C6, "certification-benefits"), msgid_dom="gmail.com",
    auth=False, charset="utf-8", cte="base64", irt=IDS["c6_ask"], refs=[IDS["c6_ack"], IDS["c6_ask"]],
    note="Japanese reply; quoted ask contains another ID",
    text=f"""林様

ご確認ありがとうございます。
対象は AWS Certified Developer - Associate(2024年9月取得)で、当時は会社のアカウント(AWS04718826)で取得しました。

よろしくお願いいたします。
田辺

2025年7月2日(水) 17:00 AWS Training and Certification <{TC}>:
{q(c6_ask)}
""")

add("c6_update", L("case_update", False, C6), frm=TC_FROM, to=ME_P, date=d(2025, 7, 4, 2, 30),
    subject=subj_tc(C6, "certification-benefits"), charset="utf-8", cte="quoted-printable", irt=IDS["c6_reply1"],
    refs=[IDS["c6_ack"], IDS["c6_ask"], IDS["c6_reply1"]],
    note="progress; 「ご返信は不要です」 with a rhetorical question",
    text="""田辺 様

ご連絡ありがとうございます。いただいた情報をもとに、特典を管理する担当部署へ調査を依頼いたしました。結果が分かり次第、改めてご連絡いたします。

なお、本メールへのご返信は不要です。
なぜそんなに時間がかかるのか、と思われるかもしれませんが、特典の再発行には試験配信事業者側での確認が必要となるため、通常 3~5 営業日ほどいただいております。

林
AWS トレーニングと認定 カスタマーサポート
""")

add("phish_ja", L("suspicious", False, None), frm=addr("AWS認定サポート", "support@aws-certification-jp.net"), to=ME_P,
    date=d(2025, 7, 4, 6, 0), subject="【重要】AWS認定アカウント統合の最終確認(24時間以内にご対応ください)",
    msgid_dom="aws-certification-jp.net", auth_dom="aws-certification-jp.net", charset="utf-8", cte="base64",
    note="Japanese lookalike phishing with deadline",
    text="""AWS認定をご利用のお客様

お客様の AWS 認定アカウント統合手続きが保留されています。
ご本人確認のため、以下のリンクよりサインインのうえ、統合を承認してください。

https://aws-certification-jp.net/account/merge/confirm

24時間以内にご対応いただけない場合、保有資格はすべて失効いたします。

AWS トレーニングと認定 サポートセンター
""")

add("c6_ask2", L("info_request", True, C6, ["AWS04718826"]), frm=TC_FROM, to=ME_P, date=d(2025, 7, 8, 6, 10),
    subject=subj_tc(C6, "certification-benefits"), charset="shift_jis", cte="base64", irt=IDS["c6_update"],
    refs=[IDS["c6_ack"], IDS["c6_ask"], IDS["c6_reply1"], IDS["c6_update"]],
    note="Shift_JIS; findings first, ask お知らせいただけますと幸いです buried at the end after つきましては",
    text="""田辺 様

林でございます。大変お待たせいたしました。

担当部署より回答があり、AWS04718826 で取得された Developer - Associate の 50% 割引特典は、統合処理の際に有効期限の判定で移行対象外となっていたことが判明いたしました。特典自体は 2025年9月まで有効なものでございますので、再発行が可能でございます。

再発行した特典はアカウント宛てに通知されますが、統合前の会社のメールアドレスが通知先として一部残っている状態のため、このままでは通知が届かない可能性がございます。つきましては、再発行の通知をお受け取りになるメールアドレスをお知らせいただけますと幸いです。

引き続きよろしくお願いいたします。

林
AWS トレーニングと認定 カスタマーサポート
""")

add("c6_close", L("closing_notice", True, C6), frm=TC_FROM, to=ME_P, date=d(2025, 7, 11, 1, 0),
    subject=subj_tc(C6, "certification-benefits"), charset="iso-2022-jp", cte="7bit", crlf=True, irt=IDS["c6_ask2"],
    refs=[IDS["c6_ack"], IDS["c6_ask2"]],
    note="Japanese closing notice; conditional 引き続きご対応が必要な場合",
    text="""田辺 様

林でございます。7月8日にお送りしたメールについて、ご返信をお待ちしております。

3 営業日以内にご返信が確認できない場合、本ケースはクローズさせていただきます。
引き続き特典の再発行が必要な場合は、本メールへご返信ください。

林
AWS トレーニングと認定 カスタマーサポート
""")

add("c6_reply2", L("user_reply", False, C6), frm=addr("田辺健太", ME_P), to=TC_FROM, date=d(2025, 7, 11, 19, 2, JST),
    subject="Re: " + subj_tc(C6, "certification-benefits"), msgid_dom="gmail.com", auth=False, charset="utf-8", cte="8bit",
    irt=IDS["c6_close"], refs=[IDS["c6_ack"], IDS["c6_ask2"], IDS["c6_close"]],
    note="short Japanese reply",
    text=f"""林様

ご連絡が遅くなり失礼いたしました。
通知先は {ME_P} でお願いいたします。

田辺
""")

add("c6_done", L("resolved", False, C6), frm=TC_FROM, to=ME_P, date=d(2025, 7, 12, 2, 20),
    subject=subj_tc(C6, "certification-benefits"), charset="utf-8", cte="base64", irt=IDS["c6_reply2"],
    refs=[IDS["c6_ack"], IDS["c6_close"], IDS["c6_reply2"]],
    note="Japanese resolution; 対応いただく必要はございません + conditional ご返信ください",
    text=f"""田辺 様

特典を再発行し、通知先を {ME_P} に変更いたしました。新しいバウチャーは認定アカウントの「特典」ページからご確認いただけます。
お客様にて追加でご対応いただく必要はございません。

ほかにご不明な点がございましたら、お気軽にご返信ください。

林
AWS トレーニングと認定 カスタマーサポート
""")

add("c6_survey", L("survey", False, C6), frm=addr("AWS トレーニングと認定", "aws-cs-survey@amazon.com"), to=ME_P,
    date=d(2025, 7, 12, 9, 0), subject="AWS トレーニングと認定サポートに関するアンケートのお願い", charset="utf-8",
    cte="quoted-printable", note="Japanese survey with questions",
    text=f"""田辺 健太 様

先日はお問い合わせいただきありがとうございました(ケース {C6})。

今回のサポートにどの程度満足されましたか?
担当者の説明は分かりやすかったですか?

以下のリンクからご回答ください(所要時間 約1分)。
https://survey.aws-cs.example.amazon.com/ja/r?c={C6}

本メールは送信専用アドレスからお送りしています。
""")

add("cm_recert", L("certification", False, None, ["AWS20931874"]), frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_P, date=d(2025, 7, 15, 14, 0), subject="Congratulations on recertifying your AWS Certification!",
    auth_dom="certmetrics.com", note="recertification notice",
    text="""Dear Kenta Tanabe,

Candidate ID: AWS20931874

Congratulations on recertifying your AWS Certified Solutions Architect - Associate. Your new expiration date is July 14, 2028.

Your digital badge will be updated on Credly within a few days. Visit your AWS Certification Account to download
your updated certificate.

AWS Certification
""")

add("credly_recert", L("badge", False, None), frm=addr("Credly", "admin@credly.com"), to=ME_P, date=d(2025, 7, 16, 11, 0),
    subject="Your badge from Amazon Web Services Training and Certification has been updated", auth_dom="credly.com",
    note="Credly update",
    text="""Hi Kenta,

Your AWS Certified Solutions Architect - Associate badge has been renewed by Amazon Web Services Training and
Certification. The new expiration date is July 14, 2028.

View badge: https://www.credly.com/badges/2c81f0ab-4d3e-49a7-a5f2-90d1c6e7b3f4
""")

add("newsletter", L("unrelated", False, None), frm=addr("Cloud Career Weekly", "newsletter@cloudcareerweekly.com"), to=ME_P,
    date=d(2025, 7, 18, 13, 0), subject="Changing jobs? Don't lose your AWS certifications", auth_dom="cloudcareerweekly.com",
    note="newsletter about the very same topic; rhetorical questions + 'reply and tell us'",
    text="""This week: what happens to your AWS certifications when your work mailbox closes?

Did you know your certification account may be tied to your employer's email address? And that AWS Partner accounts
can't be merged while you still work there? Here's the step-by-step we wish we'd had.

Have you been through it? Reply to this email and tell us your story - we may feature it next week.

Cloud Career Weekly | Unsubscribe
""")

# ---------------------------------------------------------------------------------------------
# C7: sharing certifications with the new employer's partner profile
# ---------------------------------------------------------------------------------------------
add("c7_ack", L("acknowledgement", False, C7), frm=TC_FROM, to=ME_P, date=d(2025, 7, 22, 0, 30),
    subject=subj_tc(C7, "partner-association"), cte="quoted-printable", crlf=True,
    note="ack; QP + CRLF",
    text=f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {C7} to address your request.

Case ID: {C7}
Correspondence: I recently joined Hoshizora Cloud, an AWS Partner, and would like my certifications (personal account
{ME_P}) to count toward their partner profile.

A member of our team will respond as soon as possible, usually within 24 hours.

AWS Training and Certification
""")

add("c7_hold", L("on_hold", True, C7), frm=TC_FROM, to=ME_P, date=d(2025, 7, 22, 9, 45),
    subject=subj_tc(C7, "partner-association"), irt=IDS["c7_ack"], refs=[IDS["c7_ack"]],
    note="on hold waiting on partner admin, but with a question inside",
    text="""Hi Kenta,

Thanks for getting in touch. Linking an individual certification account to a partner organization requires the
partner's Alliance Lead to approve the association in Partner Central, so I have placed this case on hold until that
approval comes through.

So that the approval request goes to the right organization: what is your company's legal name exactly as registered
in Partner Central? A few partners have very similar names.

Best,
Lin
AWS Training and Certification Customer Support
""")

add("c7_reply1", L("user_reply", False, C7), frm=addr(ME_NAME, ME_P), to=TC_FROM, date=d(2025, 7, 22, 20, 10, JST),
    subject="Re: " + subj_tc(C7, "partner-association"), msgid_dom="gmail.com", auth=False, irt=IDS["c7_hold"],
    refs=[IDS["c7_ack"], IDS["c7_hold"]], note="user answer with Japanese company name, 8bit", cte="8bit",
    text="""Hi Lin,

It's "Hoshizora Cloud Inc." (株式会社ホシゾラクラウド).

Thanks,
Kenta
""")

add("c7_check", L("info_request", True, C7, ["AWS20931874"]), frm=TC_FROM, to=ME_P, date=d(2025, 7, 24, 4, 0),
    subject=subj_tc(C7, "partner-association"), irt=IDS["c7_reply1"], refs=[IDS["c7_ack"], IDS["c7_hold"], IDS["c7_reply1"]],
    note="Account #1-style listing but it asks to confirm the account to share (not a merge)",
    text=f"""Hi Kenta,

Hoshizora Cloud's Alliance Lead has approved the request. Before I link anything, please confirm this is the
certification account that should be shared with them:

Account #1
Candidate ID: AWS20931874
Login email: {ME_P}
Certification notification email: {ME_P}

A one-line "yes" is enough.

Lin
""")

add("c7_reply2", L("user_reply", False, C7), frm=addr(ME_NAME, ME_P), to=TC_FROM, date=d(2025, 7, 24, 14, 0, JST),
    subject="Re: " + subj_tc(C7, "partner-association"), msgid_dom="gmail.com", auth=False, irt=IDS["c7_check"],
    refs=[IDS["c7_ack"], IDS["c7_check"]], note="one-line yes",
    text="""Yes, that's the one. Thank you!

Kenta
""")

add("c7_done", L("resolved", False, C7), frm=TC_FROM, to=ME_P, date=d(2025, 7, 25, 1, 30),
    subject=subj_tc(C7, "partner-association"), irt=IDS["c7_reply2"], refs=[IDS["c7_ack"], IDS["c7_check"], IDS["c7_reply2"]],
    note="resolution with 'no further action is required'",
    text="""Hi Kenta,

Done - your certifications are now shared with Hoshizora Cloud's partner profile. It can take up to five days to
show in Partner Central. No further action is required.

Lin
""")


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(HERE, f))
    for m in MSGS:
        slug = hashlib.sha1(f"slug-{m['key']}".encode()).hexdigest()[:6]
        base = f"{m['n']:03d}-m{slug}"
        m["file"] = base
        with open(os.path.join(HERE, base + ".eml"), "wb") as fh:
            fh.write(render(m))
        with open(os.path.join(HERE, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    print(len(MSGS), "messages written")


if __name__ == "__main__":
    main()
