#!/usr/bin/env python3
"""Blind corpus generator (standard library only). Writes NNN-msg.eml / NNN-msg.json next to itself."""
import os, json, base64, quopri, random, hashlib, datetime as dt
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(341)
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc

ME_P = "ayaka.nomura.k@gmail.com"
ME_C = "a-nomura@hoshizora-tech.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CASE_A = "174885391200583"   # merge case (15 digits, Unix-time prefix)
CASE_B = "174885419700914"   # accidental duplicate form submission
CASE_C = "13925573840"       # Support Center (console) case, name on record
CASE_D = "8365024197"        # Japanese form case, exam result missing
CASE_X = "14102867350"       # console billing case (not T&C)
SUBJ_TAIL = "[AWS Training and Certification Form Submission] - account-assistance"

M = []


def d(y, mo, da, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, da, h, mi, s, tzinfo=tz)


def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def uuidish():
    return f"{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}"


def mid_ses():
    return f"<0100{hexs(12)}-{uuidish()}-000000@email.amazonses.com>"


def mid_gmail():
    s = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+") for _ in range(40))
    return f"<CA{s}@mail.gmail.com>"


def mid_outlook():
    box = "TYCPR01MB" + str(rnd.randint(1000, 9999))
    return f"<{box}{hexs(12).upper()}@{box}.jpnprd01.prod.outlook.com>"


def mid_generic(domain):
    return f"<{hexs(16)}.{rnd.randint(100000, 999999)}@{domain}>"


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def enc(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


CODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "utf-8": "utf-8", "us-ascii": "ascii"}


def leaf(ctype, text, charset="utf-8", cte="base64", disp=None):
    return {"leaf": True, "ctype": ctype, "text": text, "charset": charset, "cte": cte, "disp": disp}


def multi(subtype, *parts):
    return {"leaf": False, "subtype": subtype, "parts": list(parts)}


def ser(node):
    """Return (list of header lines, body bytes with \\n line ends)."""
    if node["leaf"]:
        text = node["text"].replace("\r\n", "\n")
        data = text.encode(CODEC[node["charset"]])
        cte = node["cte"]
        if cte == "base64":
            body = base64.encodebytes(data)
        elif cte == "quoted-printable":
            body = quopri.encodestring(data)
            if not body.endswith(b"\n"):
                body += b"\n"
        else:
            body = data if data.endswith(b"\n") else data + b"\n"
        hl = [f'Content-Type: {node["ctype"]}; charset="{node["charset"]}"',
              f"Content-Transfer-Encoding: {cte}"]
        if node["disp"]:
            hl.append(f"Content-Disposition: {node['disp']}")
        return hl, body
    b = "----=_Part_" + str(rnd.randint(10 ** 6, 10 ** 7)) + "_" + hexs(10)
    out = b""
    if rnd.random() < 0.5:
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in node["parts"]:
        h, bd = ser(p)
        out += b"--" + b.encode() + b"\n" + "\n".join(h).encode() + b"\n\n" + bd
    out += b"--" + b.encode() + b"--\n"
    return [f'Content-Type: multipart/{node["subtype"]};\n\tboundary="{b}"'], out


def gmail_in(date, to, ip, host, mailfrom, dkim_d, dkim="pass", spf="pass", dmarc="pass", policy="QUARANTINE"):
    ds = format_datetime(date.astimezone(dt.timezone(dt.timedelta(hours=-7))))
    return [
        ("Delivered-To", to),
        ("Received", f"by 2002:a05:7010:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {hexs(6)}csp{rnd.randint(100000, 999999)}pxb;\n        {ds}"),
        ("Authentication-Results", f"mx.google.com;\n       dkim={dkim} header.i=@{dkim_d} header.s={hexs(8)} header.b={hexs(8)};\n"
         f"       spf={spf} (google.com: " + (f"domain of {mailfrom} designates {ip} as permitted sender" if spf == "pass" else f"domain of transitioning {mailfrom} does not designate {ip} as permitted sender") + f") smtp.mailfrom={mailfrom};\n"
         f"       dmarc={dmarc} (p={policy} sp={policy} dis={'NONE' if dmarc == 'pass' else policy}) header.from={dkim_d if dkim == 'pass' else 'amazon.com'}"),
        ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {hexs(12)}.{rnd.randint(10, 99)}.2025\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {ds}"),
    ]


def m365_in(ip, mailfrom, hdr_d, dkim="pass", dmarc="pass"):
    return [
        ("Authentication-Results", f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom}; dkim={dkim} (signature was verified)\n header.d={hdr_d};dmarc={dmarc} action=none header.from={hdr_d};compauth=pass reason=100"),
        ("Received-SPF", f"Pass (protection.outlook.com: domain of {mailfrom} designates {ip} as permitted sender)"),
    ]


def ses_in(date, to):
    ip = f"54.240.{rnd.randint(1, 60)}.{rnd.randint(1, 250)}"
    host = f"a{rnd.randint(8, 48)}-{rnd.randint(10, 99)}.smtp-out.amazonses.com"
    if to.endswith("gmail.com"):
        return gmail_in(date, to, ip, host, "amazonses.com", "amazon.com")
    return m365_in(ip, "amazonses.com", "amazon.com")


def add(kind, needs, case, cands, note, *, frm, to, subject, date, body, cc=None, mid=None,
        irt=None, refs=None, pre=None, extra=None, crlf=False, subj_cs="utf-8"):
    mid = mid or mid_generic("mail.example.net")
    hdrs = list(pre or [])
    hdrs += [("Date", format_datetime(date)), ("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", enc(subject, subj_cs)))
    hdrs.append(("Message-ID", mid))
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs or irt:
        hdrs.append(("References", "\n ".join(refs or [irt])))
    hdrs += list(extra or [])
    hdrs.append(("MIME-Version", "1.0"))
    bh, bb = ser(body)
    raw = "\n".join(f"{k}: {v}" for k, v in hdrs).encode("ascii") + b"\n" + "\n".join(bh).encode() + b"\n\n" + bb
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    M.append({"raw": raw, "label": {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)},
              "note": note, "subject": subject, "date": date})
    return mid


def q(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.split("\n"))


TC_FROM = addr("AWS Training and Certification", TC)
ME_P_FROM = addr("Ayaka Nomura", ME_P)
ME_C_FROM = addr("Nomura Ayaka", ME_C)

# ---------------------------------------------------------------- batch 1
dt1 = d(2025, 5, 30, 18, 12, tz=JST)
add("unrelated", False, None, [], "colleague's farewell-party notice in ISO-2022-JP; asks for attendance reply, but not support",
    frm=addr("佐藤 健一", "k-sato@hoshizora-tech.co.jp", "iso-2022-jp"),
    to=addr("開発二部", "dev2@hoshizora-tech.co.jp", "iso-2022-jp"), cc=ME_C_FROM,
    subject="【ご案内】野村さん送別会のお知らせ", subj_cs="iso-2022-jp", date=dt1, mid=mid_outlook(),
    extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=leaf("text/plain", """開発二部の皆さま

お疲れさまです、佐藤です。
すでにご存じの方も多いと思いますが、野村さんが6月末で退職されます。
つきましては、下記のとおり送別会を開催します。

日時：6月27日（金）19:00から
場所：新橋駅前の「炭火 かがり」（予約済み）
会費：5,000円（野村さんは無料）

出欠は6月13日までにこのメールへの返信でお知らせください。
寄せ書きの色紙は私の席に置いておきます。

佐藤
""", "iso-2022-jp", "7bit"))

dt2 = d(2025, 6, 2, 8, 31, 4)
add("unrelated", False, None, [], "Builder ID one-time code; 6-digit number is not a case ID",
    pre=gmail_in(dt2, ME_P, "52.94.210.17", "e226-4.smtp-out.us-east-1.amazonses.com", "signin.aws", "signin.aws", policy="REJECT"),
    frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P, subject="Verify your AWS Builder ID email address",
    date=dt2, mid=mid_ses(),
    body=multi("alternative",
               leaf("text/plain", "Hello,\n\nUse this code to finish creating your AWS Builder ID:\n\n    482913\n\nThe code expires in 10 minutes. If you did not ask for it, you can ignore this message.\n\nAmazon Web Services\n", "utf-8", "7bit"),
               leaf("text/html", "<html><body style=\"font-family:Arial\"><p>Hello,</p><p>Use this code to finish creating your AWS Builder ID:</p><p style=\"font-size:28px;letter-spacing:6px\"><b>482913</b></p><p>The code expires in 10 minutes. If you did not ask for it, you can ignore this message.</p><p>Amazon Web Services</p></body></html>\n", "utf-8", "quoted-printable")))

ACK_A_TEXT = f"""Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been logged as case {CASE_A}.

Someone from our team normally gets back to you within one business day, although a few requests need more research. Submitting the form again about the same issue creates a second case and tends to slow things down, so if you want to add something, just reply to this message.

What you sent us:
----------------------------------------
Inquiry type: Certification
Additional details: Account Merge
AWS candidate ID: AWS11956302
How can we help you?:
I am leaving Hoshizora Technologies at the end of June and would like all of my certifications to live in my personal certification account.
Email addresses I have used: a-nomura@hoshizora-tech.co.jp, ayaka.nomura.k@gmail.com
Email address to keep: ayaka.nomura.k@gmail.com
Candidate ID of the company account: AWS03728145
----------------------------------------

AWS トレーニングと認定へのお問い合わせありがとうございます。ケース番号 {CASE_A} として受け付けました。
担当者から原則として 1 営業日以内にご連絡します。同じ内容でフォームを再送信すると別のケースができてしまいますので、追加の情報は本メールへの返信でお送りください。

Regards,
AWS Training and Certification Customer Support
"""
dt3 = d(2025, 6, 2, 8, 45, 31)
MID_A_ACK = add("acknowledgement", False, CASE_A, ["AWS11956302", "AWS03728145"],
                "bilingual ack echoing the form text (candidate IDs in the echo count as the message's own text); 'avoid submitting again' is not a request",
                pre=ses_in(dt3, ME_P), frm=TC_FROM, to=ME_P, subject=f"[CASE {CASE_A}] {SUBJ_TAIL}", date=dt3,
                mid=mid_ses(), body=leaf("text/plain", ACK_A_TEXT, "utf-8", "base64"))

ACK_B_TEXT = ACK_A_TEXT.replace(CASE_A, CASE_B)
ACK_B_HTML = "<html><body><div style=\"font-family:Amazon Ember,Arial,sans-serif;font-size:14px\">" + "".join(
    f"<p>{p.replace(chr(10), '<br>')}</p>" for p in ACK_B_TEXT.strip().split("\n\n")) + "</div></body></html>\n"
dt4 = d(2025, 6, 2, 8, 50, 22)
MID_B_ACK = add("acknowledgement", False, CASE_B, ["AWS11956302", "AWS03728145"],
                "second ack for an accidental double submission: same template, different 15-digit case number; multipart QP",
                pre=ses_in(dt4, ME_P), frm=TC_FROM, to=ME_P, subject=f"[CASE {CASE_B}] {SUBJ_TAIL}", date=dt4,
                mid=mid_ses(), body=multi("alternative", leaf("text/plain", ACK_B_TEXT, "utf-8", "quoted-printable"),
                                          leaf("text/html", ACK_B_HTML, "utf-8", "quoted-printable")))

dt5 = d(2025, 6, 2, 6, 30, 40)
add("unrelated", False, None, [], "GitHub 'Merged #412' notification; the word merge is about a pull request",
    pre=m365_in("192.30.252.206", "github.com", "github.com"),
    frm=addr("Kenta Mori", "notifications@github.com"), to=addr("hoshizora/infra-terraform", "infra-terraform@noreply.github.com"),
    cc=addr("Ayaka Nomura", ME_C) + ", " + addr("Review requested", "review_requested@noreply.github.com"),
    subject="Re: [hoshizora/infra-terraform] Merge account baseline modules into one stack (PR #412)",
    date=dt5, mid="<hoshizora/infra-terraform/pull/412/c2931847761@github.com>",
    irt="<hoshizora/infra-terraform/pull/412@github.com>",
    extra=[("List-ID", "hoshizora/infra-terraform <infra-terraform.hoshizora.github.com>"), ("X-GitHub-Reason", "review_requested")],
    body=multi("alternative",
               leaf("text/plain", "Merged #412 into main.\n\nThanks @ayaka-nomura for the review, the account modules now plan cleanly in both workspaces.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/hoshizora/infra-terraform/pull/412#event-17748120934\nYou are receiving this because your review was requested.\n", "utf-8", "7bit"),
               leaf("text/html", "<p>Merged <a href=\"https://github.com/hoshizora/infra-terraform/pull/412\">#412</a> into main.</p><p>Thanks @ayaka-nomura for the review, the account modules now plan cleanly in both workspaces.</p><p style=\"font-size:small;color:#666\">Reply to this email directly, view it on GitHub.</p>\n", "utf-8", "7bit")))

dt6 = d(2025, 6, 3, 0, 58, 10)
add("case_update", False, CASE_B, [],
    "duplicate case closed and linked to the main case; mentions both case numbers, belongs to the duplicate; 'nothing is needed'",
    pre=ses_in(dt6, ME_P), frm=TC_FROM, to=ME_P, subject=f"RE:[CASE {CASE_B}] {SUBJ_TAIL}", date=dt6, mid=mid_ses(),
    irt=MID_B_ACK,
    body=leaf("text/plain", f"""Hello Ayaka,

It looks like the form went through twice: this case ({CASE_B}) and case {CASE_A} carry the same request. So that two agents don't end up working on the same accounts, I have closed this one and added a note to {CASE_A}, which stays open. All further updates will come from that case.

Nothing is needed from you here.

Best regards,
Tomasz
AWS Training and Certification
""", "us-ascii", "7bit"))

CONF_ROWS = [("Candidate ID", "AWS11956302", "AWS03728145"),
             ("Login email", ME_P, ME_C),
             ("Training notification email", ME_P, ME_C),
             ("Certification notification email", ME_P, ME_C),
             ("Active certifications", "-", "Solutions Architect - Professional; Developer - Associate; Cloud Practitioner")]
CONF_TEXT = ("Hello Ayaka,\n\nThank you for waiting. I found two certification accounts tied to the addresses in your request:\n\n"
             + "\n".join(f"{r[0]}: Account #1 {r[1]} / Account #2 {r[2]}" for r in CONF_ROWS)
             + "\n\nA merge moves everything on Account #2 (exam history, active certifications and benefits) into Account #1, and Account #2 can no longer be signed in to afterwards. It cannot be reversed.\n\n"
               "Before I go ahead, I need your confirmation that both accounts belong to you and that Account #1 is the one to keep.\n\nKind regards,\nPriya S.\nAWS Training and Certification\n")
CONF_HTML = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
             "<p>Hello Ayaka,</p><p>Thank you for waiting. I found two certification accounts tied to the addresses in your request:</p>"
             "<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse\"><tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
             + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in CONF_ROWS)
             + "</table><p>A merge moves everything on Account #2 (exam history, active certifications and benefits) into Account #1, "
               "and Account #2 can no longer be signed in to afterwards. It cannot be reversed.</p>"
               "<p>Before I go ahead, I need your confirmation that both accounts belong to you and that Account #1 is the one to keep.</p>"
               "<p>Kind regards,<br>Priya S.<br>AWS Training and Certification</p></body></html>\n")
dt7 = d(2025, 6, 3, 2, 5, 44)
MID_A_CONF = add("confirmation_request", True, CASE_A, ["AWS11956302", "AWS03728145"],
                 "HTML-only merge confirmation with an Account #1/#2 table; the ask is 'I need your confirmation', no question mark",
                 pre=ses_in(dt7, ME_P), frm=TC_FROM, to=ME_P, subject=f"RE:[CASE {CASE_A}] {SUBJ_TAIL}", date=dt7,
                 mid=mid_ses(), irt=MID_A_ACK, body=leaf("text/html", CONF_HTML, "utf-8", "quoted-printable"))

dt8 = d(2025, 6, 3, 8, 0, 5)
add("unrelated", False, None, [], "AWS marketing in Japanese, HTML-only, from an amazon.com address",
    pre=ses_in(dt8, ME_P), frm=addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="【AWS Summit Japan】セッション資料とオンデマンド配信を公開しました", date=dt8, mid=mid_ses(),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?lang=ja>")],
    body=leaf("text/html", """<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<h2>AWS Summit Japan にご参加いただきありがとうございました</h2>
<p>基調講演と 150 以上のセッションの資料、オンデマンド動画を公開しました。見逃したセッションもぜひご覧ください。</p>
<table><tr><td><a href="https://aws.amazon.com/jp/summits/japan/">セッション一覧を見る</a></td></tr></table>
<p>アンケートにご回答いただいた方には、限定デジタル特典をお送りします。</p>
<p style="font-size:11px;color:#888">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p>
</body></html>
""", "utf-8", "base64"))

FWD_TEXT = f"""佐藤さん

認定アカウントの統合の件、AWSから確認の連絡が来ました。
会社アカウント側の認定がパートナーの認定者数から外れると思うので、念のため共有します。
特に対応いただくことはありません。

野村

---------- Forwarded message ---------
From: AWS Training and Certification <{TC}>
Date: 2025年6月3日(火) 11:05
Subject: RE:[CASE {CASE_A}] {SUBJ_TAIL}
To: <{ME_P}>

{CONF_TEXT}"""
dt9 = d(2025, 6, 3, 21, 14, 2, tz=JST)
add("user_reply", False, CASE_A, [], "owner forwards the confirmation request to her manager (Japanese); the forwarded ask is not hers to answer",
    frm=ME_P_FROM, to=addr("佐藤 健一", "k-sato@hoshizora-tech.co.jp"),
    subject=f"Fwd: RE:[CASE {CASE_A}] {SUBJ_TAIL}", date=dt9, mid=mid_gmail(), irt=MID_A_CONF, refs=[MID_A_ACK, MID_A_CONF],
    body=multi("alternative", leaf("text/plain", FWD_TEXT, "utf-8", "base64"),
               leaf("text/html", "<div dir=\"ltr\">" + FWD_TEXT.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>\n", "utf-8", "base64")))

dt10 = d(2025, 6, 4, 10, 2, 33, tz=dt.timezone(dt.timedelta(hours=-5)))
add("unrelated", False, None, ["AWS03728145"], "exam-vendor appointment confirmation; 9-digit registration number and a candidate ID",
    pre=m365_in("159.182.1.45", "pearson.com", "pearson.com"),
    frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME_C,
    subject="Pearson VUE Confirmation of Booking", date=dt10, mid=mid_generic("pearsonvue.com"),
    body=multi("alternative",
               leaf("text/plain", """Dear Ayaka Nomura,

Thank you for scheduling with Pearson VUE. Please keep this confirmation for your records.

Exam: SCS-C02: AWS Certified Security - Specialty
Appointment: Saturday, June 28, 2025, 10:00 AM Japan Standard Time
Test center: Tokyo Shinbashi Test Center, 2-chome Shinbashi, Minato-ku, Tokyo
Registration ID: 418802663
Candidate ID: AWS03728145

Arrive 30 minutes early and bring two forms of identification with the same name as your profile.
To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Pearson VUE
""", "utf-8", "quoted-printable"),
               leaf("text/html", "<p>Dear Ayaka Nomura,</p><p>Thank you for scheduling with Pearson VUE.</p><table><tr><td>Exam</td><td>SCS-C02: AWS Certified Security - Specialty</td></tr><tr><td>Appointment</td><td>Saturday, June 28, 2025, 10:00 AM JST</td></tr><tr><td>Registration ID</td><td>418802663</td></tr><tr><td>Candidate ID</td><td>AWS03728145</td></tr></table><p>Pearson VUE</p>\n", "utf-8", "quoted-printable")))

dt11 = d(2025, 6, 5, 13, 0, 0)
add("unrelated", False, None, [], "English tech newsletter talking about support cases and 'please reply' in prose",
    pre=gmail_in(dt11, ME_P, "198.2.180.14", "mail180-14.suw21.mandrillapp.com", "mandrillapp.com", "cloudopsweekly.io", policy="NONE"),
    frm=addr("Cloud Ops Weekly", "hello@cloudopsweekly.io"), to=ME_P, subject="Cloud Ops Weekly #188: support cases that close themselves",
    date=dt11, mid=mid_generic("cloudopsweekly.io"), extra=[("List-Unsubscribe", "<mailto:unsubscribe@cloudopsweekly.io>")],
    body=leaf("text/plain", """CLOUD OPS WEEKLY #188

1. Support cases that close themselves
Most providers auto-resolve a case a few days after they ask you something. If you're waiting on
a vendor, put a reminder in your calendar: "please reply within 3 days" means exactly that.

2. Terraform 1.12 notes
Moved blocks now work across modules. Merge your state carefully.

3. Reader question
"Our certification counts dropped after two engineers left. Why?" Partner programs count certified
people per organisation; when someone moves their certification to a personal account, the
count follows them.

You are receiving this because you subscribed at cloudopsweekly.io.
""", "utf-8", "7bit"))

CLOSE_A_TEXT = f"""Hello,

I'm following up on case {CASE_A}. On June 3 we asked you to confirm the two accounts listed below before we merge them, and we haven't heard back yet.

If there is still no reply after 3 business days, the case will be closed automatically. Answering this email before then keeps it open; if it has already closed, your reply will reopen it.

Best,
Daniel
AWS Training and Certification

"""
dt12 = d(2025, 6, 6, 3, 10, 2)
MID_A_CLOSE = add("closing_notice", True, CASE_A, [],
                  "closing warning that re-quotes the confirmation table; candidate IDs only in the quote; sent to both addresses",
                  pre=ses_in(dt12, ME_P), frm=TC_FROM, to=ME_P, cc=ME_C, subject=f"RE:[CASE {CASE_A}] {SUBJ_TAIL}",
                  date=dt12, mid=mid_ses(), irt=MID_A_CONF, refs=[MID_A_ACK, MID_A_CONF],
                  body=leaf("text/plain", CLOSE_A_TEXT + q(CONF_TEXT) + "\n", "utf-8", "quoted-printable"), crlf=True)

REPLY_C_TEXT = f"""Yes, both accounts are mine. Go ahead and merge everything into Account #1.

Ayaka Nomura
Cloud Infrastructure Group, Hoshizora Technologies

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Friday, June 6, 2025 12:10 PM
To: {ME_P}
Cc: {ME_C}
Subject: RE:[CASE {CASE_A}] {SUBJ_TAIL}

{CLOSE_A_TEXT}{q(CONF_TEXT)}
"""
dt13 = d(2025, 6, 6, 12, 32, 40, tz=JST)
MID_A_R1 = add("user_reply", False, CASE_A, [], "owner's Outlook reply from the company address (the wrong one), top-posted over -----Original Message-----",
               frm=ME_C_FROM, to=TC_FROM, subject=f"RE: RE:[CASE {CASE_A}] {SUBJ_TAIL}", date=dt13, mid=mid_outlook(),
               irt=MID_A_CLOSE, refs=[MID_A_ACK, MID_A_CONF, MID_A_CLOSE], extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
               body=leaf("text/plain", REPLY_C_TEXT, "utf-8", "quoted-printable"), crlf=True)

dt14 = d(2025, 6, 6, 8, 40, 15)
MID_A_WRONG = add("info_request", True, CASE_A, [],
                  "asks the owner to resend the confirmation from the personal address; the ask sits after a policy explanation",
                  pre=ses_in(dt14, ME_P), frm=TC_FROM, to=ME_P, cc=ME_C, subject=f"RE:[CASE {CASE_A}] {SUBJ_TAIL}",
                  date=dt14, mid=mid_ses(), irt=MID_A_R1, refs=[MID_A_ACK, MID_A_CONF, MID_A_CLOSE, MID_A_R1],
                  body=multi("alternative",
                             leaf("text/plain", f"""Hello Ayaka,

Thanks for getting back to us so quickly. Your reply came from {ME_C}, which is the login address of Account #2, the account that goes away in the merge. We only accept a merge approval from the address of the account that is being kept, so that nobody can pull certifications into an account they don't control.

Would you send the same confirmation from {ME_P}? A reply to this email from that mailbox is all we need.

Thanks,
Daniel
AWS Training and Certification
""", "utf-8", "quoted-printable"),
                             leaf("text/html", f"<html><body><p>Hello Ayaka,</p><p>Thanks for getting back to us so quickly. Your reply came from {ME_C}, which is the login address of Account #2, the account that goes away in the merge. We only accept a merge approval from the address of the account that is being kept, so that nobody can pull certifications into an account they don't control.</p><p>Would you send the same confirmation from <b>{ME_P}</b>? A reply to this email from that mailbox is all we need.</p><p>Thanks,<br>Daniel<br>AWS Training and Certification</p></body></html>\n", "utf-8", "quoted-printable")))

# ---------------------------------------------------------------- batch 2
AWS_NR = addr("Amazon Web Services", "no-reply-aws@amazon.com")


def console_footer(case):
    return f"""
===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.

====================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""


dt15 = d(2025, 6, 7, 0, 5, 12)
add("unrelated", False, None, [], "Skill Builder subscription receipt from aws.training; order number is not a case",
    pre=ses_in(dt15, ME_P), frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
    subject="Your AWS Skill Builder receipt (Order 2025-0607-88314)", date=dt15, mid=mid_ses(),
    body=multi("alternative",
               leaf("text/plain", "Thank you for your purchase.\n\nOrder: 2025-0607-88314\nItem: AWS Skill Builder Individual subscription (monthly)\nAmount: USD 29.00\nBilling period: June 7, 2025 - July 6, 2025\n\nYou can manage or cancel your subscription at any time from My Account.\n\nAWS Training and Certification\n", "utf-8", "7bit"),
               leaf("text/html", "<p>Thank you for your purchase.</p><table><tr><td>Order</td><td>2025-0607-88314</td></tr><tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr></table><p>You can manage or cancel your subscription at any time from My Account.</p>\n", "utf-8", "quoted-printable")))

WRONG_TEXT = f"""Hello Ayaka,

Thanks for getting back to us so quickly. Your reply came from {ME_C}, which is the login address of Account #2, the account that goes away in the merge. We only accept a merge approval from the address of the account that is being kept, so that nobody can pull certifications into an account they don't control.

Would you send the same confirmation from {ME_P}? A reply to this email from that mailbox is all we need.

Thanks,
Daniel
AWS Training and Certification"""
dt16 = d(2025, 6, 7, 9, 20, 51, tz=JST)
MID_A_R2 = add("user_reply", False, CASE_A, ["AWS03728145", "AWS11956302"],
               "owner re-sends the confirmation from the personal address, Gmail 'On ... wrote:' quoting",
               frm=ME_P_FROM, to=TC_FROM, subject=f"Re: RE:[CASE {CASE_A}] {SUBJ_TAIL}", date=dt16, mid=mid_gmail(),
               irt=MID_A_WRONG, refs=[MID_A_ACK, MID_A_CONF, MID_A_CLOSE, MID_A_R1, MID_A_WRONG],
               body=leaf("text/plain", f"""Hello Daniel,

Sending this from my personal address as asked. Both accounts are mine.
Please merge Account #2 (AWS03728145) into Account #1 (AWS11956302) and keep Account #1.

Thank you,
Ayaka Nomura

On Fri, Jun 6, 2025 at 17:40 AWS Training and Certification <{TC}> wrote:

{q(WRONG_TEXT)}
""", "utf-8", "quoted-printable"))

dt17 = d(2025, 6, 7, 0, 21, 40)
MID_A_RACK = add("acknowledgement", False, CASE_A, [],
                 "automatic 'your reply was added to the case' notice; says no reply needed",
                 pre=ses_in(dt17, ME_P), frm=TC_FROM, to=ME_P, subject=f"RE:[CASE {CASE_A}] {SUBJ_TAIL}", date=dt17,
                 mid=mid_ses(), irt=MID_A_R2,
                 body=leaf("text/plain", f"We received your message and added it to case {CASE_A}. An agent will review it and respond here.\n\nThere's no need to reply to this notification.\n\nAWS Training and Certification\n", "us-ascii", "7bit"))

dt18 = d(2025, 6, 8, 23, 47, 3)
add("suspicious", False, None, [], "lookalike domain asks to 'verify the merge' by signing in within 24 hours and even to reply with a password",
    pre=gmail_in(dt18, ME_P, "185.220.101.47", "mail.aws-certification-merge.com", "aws-certification-merge.com", "aws-certification-merge.com", policy="NONE"),
    frm=addr("AWS Training & Certification", "support@aws-certification-merge.com"), to=ME_P,
    subject="Action required: verify your certification account merge", date=dt18, mid=mid_generic("aws-certification-merge.com"),
    body=leaf("text/html", """<html><body style="font-family:Arial">
<img src="http://aws-certification-merge.com/img/aws-logo.png" alt="aws"><p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. To avoid losing your certifications,
you must verify your identity within <b>24 hours</b>.</p>
<p><a href="http://aws-certification-merge.com/verify?u=ayaka.nomura.k">Verify my account now</a></p>
<p>If the link does not work, reply to this email with your AWS Builder ID email and password and our team will complete the verification for you.</p>
<p>AWS Training &amp; Certification Security Team</p></body></html>
""", "utf-8", "quoted-printable"))

HOLD_A_TEXT = f"""Hello Ayaka,

Thank you for confirming from your personal address.

When I went to start the merge, our system flagged that Account #2 (AWS03728145) is associated with an AWS Partner Network organization, Hoshizora Technologies K.K. Certifications held in a partner-linked account count toward that partner's program tiers, so we can't move them while the association is active. I've put the case on hold and asked our partner operations team to review the association.

One detail would help them: are you still employed at Hoshizora Technologies, and if you are leaving, what is your last working day? We can normally only release an account from a partner organization once the person has left or is about to.

I'll update you as soon as I hear back from the partner team.

Regards,
Mariko
AWS Training and Certification"""
dt19 = d(2025, 6, 9, 5, 10, 26)
MID_A_HOLD = add("on_hold", True, CASE_A, ["AWS03728145"],
                 "APN partner hold; the question about employment/last day is buried in the middle, so a reply is needed",
                 pre=ses_in(dt19, ME_P), frm=TC_FROM, to=ME_P, subject=f"RE:[CASE {CASE_A}] {SUBJ_TAIL}", date=dt19, mid=mid_ses(),
                 irt=MID_A_R2, refs=[MID_A_ACK, MID_A_CONF, MID_A_R2],
                 body=multi("alternative", leaf("text/plain", HOLD_A_TEXT + "\n", "utf-8", "base64"),
                            leaf("text/html", "<html><body>" + "".join(f"<p>{p}</p>" for p in HOLD_A_TEXT.split("\n\n")).replace("\n", "<br>") + "</body></html>\n", "utf-8", "base64")))

dt20 = d(2025, 6, 9, 10, 3, 9, tz=JST)
add("unrelated", False, None, [], "colleague's out-of-office auto-reply (Japanese/English)",
    frm=addr("田中 由紀", "y-tanaka@hoshizora-tech.co.jp"), to=ME_C_FROM, subject="自動応答: 引き継ぎ資料のレビュー依頼",
    date=dt20, mid=mid_outlook(), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body=leaf("text/plain", "田中は6月9日から6月13日まで休暇のため不在にしております。\n急ぎの件は中村（d-nakamura@hoshizora-tech.co.jp）までご連絡ください。\n\nI am on leave from June 9 to June 13 with limited access to email. For urgent matters please contact d-nakamura@hoshizora-tech.co.jp.\n", "utf-8", "base64"))

dt21 = d(2025, 6, 9, 22, 5, 37, tz=JST)
MID_A_R3 = add("user_reply", False, CASE_A, [], "owner answers the buried hold question (last working day)",
               frm=ME_P_FROM, to=TC_FROM, subject=f"Re: RE:[CASE {CASE_A}] {SUBJ_TAIL}", date=dt21, mid=mid_gmail(),
               irt=MID_A_HOLD, refs=[MID_A_ACK, MID_A_CONF, MID_A_R2, MID_A_HOLD],
               body=leaf("text/plain", f"""Hi Mariko,

Yes, I'm leaving Hoshizora Technologies. My last working day is June 30, 2025. The company mailbox will be closed after that, so please keep using this address.

Best regards,
Ayaka

On Mon, Jun 9, 2025 at 14:10 AWS Training and Certification <{TC}> wrote:
{q(HOLD_A_TEXT)}
""", "utf-8", "quoted-printable"))

dt22 = d(2025, 6, 10, 1, 30, 55)
MID_A_UPD1 = add("case_update", False, CASE_A, [], "passed to partner operations, still working; 'you don't need to do anything'",
                 pre=ses_in(dt22, ME_P), frm=TC_FROM, to=ME_P, subject=f"RE:[CASE {CASE_A}] {SUBJ_TAIL}", date=dt22, mid=mid_ses(),
                 irt=MID_A_R3, refs=[MID_A_ACK, MID_A_HOLD, MID_A_R3],
                 body=leaf("text/plain", """Hello Ayaka,

Thank you, that is exactly what the partner team needed. I've passed your last working day on to them and asked them to release Account #2 from the partner organization. This usually takes three to five business days.

You don't need to do anything in the meantime. I'll write again once the account has been released.

Regards,
Mariko
AWS Training and Certification
""", "us-ascii", "7bit"))

dt23 = d(2025, 6, 10, 14, 0, 0)
add("certification", False, None, [], "CertMetrics expiry reminder sent to the company address; not a case",
    pre=m365_in("3.217.44.90", "certmetrics.com", "certmetrics.com"),
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Your AWS Certified Developer - Associate certification expires in 90 days", date=dt23, mid=mid_generic("certmetrics.com"),
    body=multi("alternative",
               leaf("text/plain", "Hello Ayaka,\n\nYour AWS Certified Developer - Associate certification expires on September 8, 2025.\n\nTo keep it active, pass the current version of the exam or a higher-level AWS Certification before that date. Your 50% discount benefit can be applied to the exam.\n\nValidation number: 7KQ2W1D2FJB41ZS9\n\nAWS Certification\n", "utf-8", "quoted-printable"),
               leaf("text/html", "<p>Hello Ayaka,</p><p>Your <b>AWS Certified Developer - Associate</b> certification expires on <b>September 8, 2025</b>.</p><p>To keep it active, pass the current version of the exam or a higher-level AWS Certification before that date.</p><p>AWS Certification</p>\n", "utf-8", "quoted-printable")))

dt24 = d(2025, 6, 11, 2, 44, 18)
add("unrelated", False, None, [], "other vendor's ticket marked solved with 'reply to reopen'; not AWS",
    pre=m365_in("192.161.148.10", "tasklane.zendesk.com", "tasklane.zendesk.com"),
    frm=addr("Tasklane Support", "support@tasklane.zendesk.com"), to=ME_C,
    subject="[Tasklane] Re: SSO login loop after IdP change (Request #48213)", date=dt24, mid=mid_generic("tasklane.zendesk.com"),
    body=leaf("text/plain", """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, reply to this email within 7 days.

Jordan (Tasklane Support)
Jun 11, 2025, 11:44 AM JST

Hi Ayaka, the redirect loop was caused by a stale SAML certificate on our side. We rotated it this morning and your team should be able to sign in again. Case closed from our end; thanks for the detailed HAR file.

This email is a service from Tasklane Support.
""", "utf-8", "7bit"))

CONS_C_DESC = f"""Hello, the name on my new AWS Certification account (candidate ID AWS11956302) shows as NOMURA AYAKA, family name first. My certifications will soon be merged into this account, and I would like certificates to print my name as AYAKA NOMURA, the same order as on my passport. Thank you."""
dt25 = d(2025, 6, 12, 4, 15, 49)
MID_C_ACK = add("acknowledgement", False, CASE_C, ["AWS11956302"],
                "Support Center (console) new-case mail; case description echoed with a candidate ID; cannot be answered by mail",
                pre=ses_in(dt25, ME_P), frm=AWS_NR, to=ME_P, subject=f"Amazon Web Services: New Support case: {CASE_C}",
                date=dt25, mid=mid_ses(),
                body=leaf("text/plain", f"""Dear Customer,

Case {CASE_C} has been created for your request. Here is a summary:

Case ID: {CASE_C}
Subject: Name order on my AWS Certification record
Severity: General guidance
Correspondence: {CONS_C_DESC}

To view or respond to this case, sign in to the AWS Support Center.
{console_footer(CASE_C)}""", "utf-8", "7bit"))

dt26 = d(2025, 6, 12, 9, 3, 0)
add("unrelated", False, None, [], "AWS billing statement from the same no-reply address as console cases; 12-digit account ID",
    pre=ses_in(dt26, ME_P), frm=AWS_NR, to=ME_P, subject="Amazon Web Services Billing Statement Available [Account: 918273645501]",
    date=dt26, mid=mid_ses(),
    body=leaf("text/html", "<html><body><p>Greetings from Amazon Web Services,</p><p>This e-mail confirms that your latest billing statement, for the account ending in 5501, is available on the AWS web site. Your account will be charged the following:</p><p><b>Total: $4.87</b></p><p>You can see a complete break down of all charges on the Bills page located at: https://console.aws.amazon.com/billing/home#/bill</p><p>Thank you for using Amazon Web Services.</p><p>Sincerely,<br>Amazon Web Services</p><p style=\"font-size:10px\">This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p></body></html>\n", "utf-8", "quoted-printable"))

INFO_C_TEXT = f"""Hello,

Thank you for contacting AWS Training and Certification through AWS Support.

We can correct the name on a certification account, but it has to match your identification exactly, because the same name is used to check you in at the test center and is printed on every certificate.

Could you reply with your given name and family name exactly as they appear, in Latin letters, on the government-issued ID you bring to exams? If the ID also shows a middle name, include it.

We look forward to hearing from you.

Best regards,
Kevin L.
Amazon Web Services
{console_footer(CASE_C)}"""
dt27 = d(2025, 6, 13, 6, 40, 12)
MID_C_INFO = add("info_request", True, CASE_C, [],
                 "console case asks for the name as on the ID; answer must go through the Support Center, the mail says it cannot receive replies",
                 pre=ses_in(dt27, ME_P), frm=AWS_NR, to=ME_P, subject=f"RE:[CASE {CASE_C}] Name order on my AWS Certification record",
                 date=dt27, mid=mid_ses(), body=leaf("text/plain", INFO_C_TEXT, "utf-8", "quoted-printable"), crlf=True)

# ---------------------------------------------------------------- batch 3
dt28 = d(2025, 6, 14, 16, 30, 0)
add("certification", False, None, [], "CertMetrics program feedback invitation: a survey, but about the certification program, not a support case",
    pre=gmail_in(dt28, ME_P, "3.217.44.91", "mta-44-91.certmetrics.com", "certmetrics.com", "certmetrics.com", policy="NONE"),
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P, subject="AWS Certification wants to hear from you",
    date=dt28, mid=mid_generic("certmetrics.com"),
    body=leaf("text/html", """<html><body style="font-family:Arial"><p>Hi Ayaka,</p>
<p>You opted in to <i>Lend Your Voice to AWS Certification</i>. We are reviewing how candidates prepare for the
Specialty exams and would value 10 minutes of your time.</p>
<p><a href="https://survey.certmetrics.com/s/aws-2025-specialty">Take the survey</a></p>
<p>Participation is voluntary and does not affect your certification status.</p>
<p>AWS Certification</p></body></html>
""", "utf-8", "base64"))

dt29 = d(2025, 6, 15, 11, 20, 7)
add("badge", False, None, [], "old-style youracclaim sender: badge expiry reminder to the company address",
    pre=m365_in("50.31.36.211", "youracclaim.com", "youracclaim.com"),
    frm=addr("Credly", "admin@youracclaim.com"), to=ME_C,
    subject="Your AWS Certified Developer - Associate badge expires soon", date=dt29, mid=mid_generic("credly.com"),
    body=multi("alternative",
               leaf("text/plain", "Hi Ayaka,\n\nThe badge AWS Certified Developer - Associate issued by Amazon Web Services Training and Certification expires on September 8, 2025.\n\nOnce it expires it stays on your profile marked as expired. Recertify with the issuer to receive a new badge.\n\nView badge: https://www.credly.com/badges/5c0f7e1e-2d7a-4c83-9a51-0b6e2f9d41aa\n\nCredly\n", "utf-8", "7bit"),
               leaf("text/html", "<p>Hi Ayaka,</p><p>The badge <b>AWS Certified Developer - Associate</b> issued by Amazon Web Services Training and Certification expires on September 8, 2025.</p><p><a href=\"https://www.credly.com/badges/5c0f7e1e-2d7a-4c83-9a51-0b6e2f9d41aa\">View badge</a></p>\n", "utf-8", "7bit")))

dt30 = d(2025, 6, 16, 1, 12, 44)
add("suspicious", False, None, [],
    "spoofs the real T&C form address and a [CASE n] subject, but DKIM and DMARC fail; asks for a reply with candidate ID and birth date",
    pre=gmail_in(dt30, ME_P, "91.208.197.33", "vps-3319.hostingserv.ru", "amazon.com", "amazon.com", dkim="fail", spf="softfail", dmarc="fail"),
    frm=TC_FROM, to=ME_P, subject="RE:[CASE 1750036188] AWS Training and Certification - account suspension notice",
    date=dt30, mid=mid_generic("hostingserv.ru"),
    body=leaf("text/plain", """Dear Certified Professional,

Our records show more than one certification account registered under your identity. Under the AWS Certification
Program Agreement duplicate accounts are suspended and the certifications on them revoked.

To keep your certifications, confirm your identity within 48 hours at:
https://aws-training-verify.net/case/1750036188

Alternatively reply to this email with your candidate ID and date of birth.

AWS Training and Certification
""", "utf-8", "quoted-printable"))

dt31 = d(2025, 6, 16, 7, 0, 31)
add("closing_notice", True, CASE_C, [],
    "console case auto-resolve warning; the answer must be given in the Support Center, not by mail",
    pre=ses_in(dt31, ME_P), frm=AWS_NR, to=ME_P, subject=f"RE:[CASE {CASE_C}] Name order on my AWS Certification record",
    date=dt31, mid=mid_ses(),
    body=leaf("text/plain", f"""Hello,

We're checking in on support case {CASE_C}, which has been waiting for information from you since June 13.

If we don't hear back, the case will be resolved automatically in 3 days. A resolved case can still be reopened for 14 days; after that you would need to open a new case.

Best regards,
Amazon Web Services
{console_footer(CASE_C)}""", "utf-8", "7bit"))

dt32 = d(2025, 6, 16, 18, 22, 10, tz=JST)
add("unrelated", False, None, [], "team lead's handover request in Shift_JIS with a deadline and a reply request; colleague mail",
    frm=addr("中村 大輔", "d-nakamura@hoshizora-tech.co.jp", "shift_jis"), to=ME_C_FROM,
    subject="引き継ぎ資料の件", subj_cs="shift_jis", date=dt32, mid=mid_outlook(), extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=leaf("text/plain", """野村さん

お疲れさまです。中村です。
引き継ぎの件で2点お願いがあります。

1. 監視基盤の運用手順書を社内Wikiに移しておいてください（6月25日まで）
2. 本番アカウントのIAMユーザーの棚卸し結果を共有してください

対応できそうか、今週中に返信もらえると助かります。

中村
""", "shift_jis", "base64"))

dt33 = d(2025, 6, 17, 8, 5, 3, tz=JST)
add("user_reply", False, CASE_C, [], "owner's note to herself (Japanese) that she answered the console case in the Support Center",
    frm=ME_P_FROM, to=ME_P_FROM, subject=f"メモ: 認定の氏名順の修正 (case {CASE_C})", date=dt33, mid=mid_gmail(),
    body=leaf("text/plain", f"""自分用メモ

・ケース {CASE_C}（氏名の順番）はメールでは返信できない。サポートセンターから回答済み（6/17 朝）
・パスポート表記どおり AYAKA NOMURA と回答
・3日で自動解決になるので念のため明日も画面を確認する
""", "utf-8", "quoted-printable"))

dt34 = d(2025, 6, 18, 2, 0, 40)
MID_A_UPD2 = add("case_update", False, CASE_A, [], "hold lifted: partner association removed, merge in progress; asks nothing",
                 pre=ses_in(dt34, ME_P), frm=TC_FROM, to=ME_P, subject=f"RE:[CASE {CASE_A}] {SUBJ_TAIL}", date=dt34, mid=mid_ses(),
                 irt=MID_A_UPD1, refs=[MID_A_ACK, MID_A_HOLD, MID_A_R3, MID_A_UPD1],
                 body=leaf("text/plain", """Hi Ayaka,

Good news: the partner operations team has released Account #2 from the Hoshizora Technologies partner organization, so your case is off hold and back with me. I'm continuing with the merge now and will confirm when it's complete.

Regards,
Mariko
AWS Training and Certification
""", "us-ascii", "7bit"))

CONF3_TEXT = f"""野村様

AWS トレーニングと認定 カスタマーサポートの山口でございます。
統合作業の準備中に、個人メールアドレス（{ME_P}）をログイン用に登録したアカウントがもう一件見つかりました。

候補 ID：AWS07730418
作成日：2023年11月2日（AWS Partner Central からのシングルサインオンで作成）
試験履歴・認定：なし

こちらのアカウントも、今回の統合先であるアカウント #1 に併せて統合してよろしいでしょうか。
統合しない場合はそのまま残しますので、どちらをご希望かお知らせいただけますと幸いです。
ご確認のほど、よろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート"""
dt35 = d(2025, 6, 18, 5, 31, 9)
MID_A_CONF3 = add("confirmation_request", True, CASE_A, ["AWS07730418"],
                  "Japanese keigo: a third account found; asks whether to merge it too (〜よろしいでしょうか / お知らせいただけますと幸いです)",
                  pre=ses_in(dt35, ME_P), frm=TC_FROM, to=ME_P, subject=f"RE: [CASE {CASE_A}] {SUBJ_TAIL}", date=dt35,
                  mid=mid_ses(), irt=MID_A_UPD2, refs=[MID_A_ACK, MID_A_UPD1, MID_A_UPD2],
                  body=leaf("text/plain", CONF3_TEXT + "\n", "utf-8", "quoted-printable"))

dt36 = d(2025, 6, 18, 19, 48, 27, tz=JST)
MID_A_R4 = add("user_reply", False, CASE_A, ["AWS07730418", "AWS11956302"], "owner's Japanese reply with Gmail-JP quote header (…:)",
               frm=ME_P_FROM, to=TC_FROM, subject=f"Re: RE: [CASE {CASE_A}] {SUBJ_TAIL}", date=dt36, mid=mid_gmail(),
               irt=MID_A_CONF3, refs=[MID_A_ACK, MID_A_UPD2, MID_A_CONF3],
               body=leaf("text/plain", f"""山口様

ご連絡ありがとうございます。
AWS07730418 も以前誤って作成したものですので、アカウント #1（AWS11956302）にまとめて統合してください。

よろしくお願いいたします。
野村 彩花

2025年6月18日(水) 14:31 AWS Training and Certification <{TC}>:

{q(CONF3_TEXT)}
""", "utf-8", "base64"))

dt37 = d(2025, 6, 18, 23, 55, 2)
add("resolved", False, CASE_C, [],
    "console case resolved with a feedback/rating footer and 'if you have questions' invitation; resolution, not survey",
    pre=ses_in(dt37, ME_P), frm=AWS_NR, to=ME_P, subject=f"RE:[CASE {CASE_C}] Name order on my AWS Certification record",
    date=dt37, mid=mid_ses(),
    body=leaf("text/plain", f"""Hello,

Thank you for the details. I have updated the name on your certification account to AYAKA NOMURA. Certificates you download from now on will show this order; it can take up to 24 hours to appear everywhere.

If you have any other questions about this change, feel free to reply through the Support Center and we'll be happy to help.

Best regards,
Kevin L.
Amazon Web Services

Your feedback matters to us. You can rate this reply with the stars shown next to it in the AWS Support Center, or through the link at the end of this message.
{console_footer(CASE_C)}""", "utf-8", "quoted-printable"))

RES_A_NEW = """Hello Ayaka,

The merge is complete. Account #2 (AWS03728145) and the extra account AWS07730418 have been merged into Account #1 (AWS11956302). Your exam history, certifications and benefits are now all under ayaka.nomura.k@gmail.com. Credly may take up to a day to show the badges on the new account.

With all accounts now successfully combined, I'm marking this case as resolved. If anything looks wrong when you sign in, a reply to this email will bring it back to us.

Regards,
Mariko
AWS Training and Certification
"""
RES_A_HIST = f"""
________________________________
From: AWS Training and Certification <{TC}>
Sent: Wednesday, June 18, 2025 5:31 AM
To: {ME_P}
Subject: RE: [CASE {CASE_A}] {SUBJ_TAIL}

{CONF3_TEXT}

________________________________
From: AWS Training and Certification <{TC}>
Sent: Monday, June 9, 2025 5:10 AM
To: {ME_P}
Subject: RE:[CASE {CASE_A}] {SUBJ_TAIL}

{HOLD_A_TEXT}

________________________________
From: AWS Training and Certification <{TC}>
Sent: Tuesday, June 3, 2025 2:05 AM
To: {ME_P}
Subject: RE:[CASE {CASE_A}] {SUBJ_TAIL}

{CONF_TEXT}"""
dt38 = d(2025, 6, 19, 3, 2, 14)
MID_A_RES = add("resolved", False, CASE_A, ["AWS03728145", "AWS07730418", "AWS11956302"],
                "'the merge is complete' top-posted over Outlook-style history that still contains the hold question and both confirmation requests",
                pre=ses_in(dt38, ME_P), frm=TC_FROM, to=ME_P, subject=f"RE:[CASE {CASE_A}] {SUBJ_TAIL}", date=dt38, mid=mid_ses(),
                irt=MID_A_R4, refs=[MID_A_ACK, MID_A_CONF, MID_A_HOLD, MID_A_CONF3, MID_A_R4],
                body=multi("alternative", leaf("text/plain", RES_A_NEW + RES_A_HIST, "utf-8", "quoted-printable"),
                           leaf("text/html", "<html><body><div>" + RES_A_NEW.replace("\n", "<br>\n") + "</div><div style=\"border-top:1px solid #ccc\">"
                                + RES_A_HIST.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div></body></html>\n", "utf-8", "quoted-printable")),
                crlf=True)

# ---------------------------------------------------------------- batch 4
dt39 = d(2025, 6, 19, 3, 40, 51)
add("badge", False, None, [], "Credly: badges waiting to be accepted after the merge",
    pre=gmail_in(dt39, ME_P, "50.31.36.212", "o1.email.credly.com", "credly.com", "credly.com", policy="NONE"),
    frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="You have 3 new badges from Amazon Web Services Training and Certification", date=dt39, mid=mid_generic("credly.com"),
    body=multi("alternative",
               leaf("text/plain", "Hi Ayaka,\n\nAmazon Web Services Training and Certification has issued you 3 badges:\n\n- AWS Certified Solutions Architect - Professional\n- AWS Certified Developer - Associate\n- AWS Certified Cloud Practitioner\n\nAccept your badges to share them on LinkedIn and elsewhere:\nhttps://www.credly.com/earner/earned\n\nCredly, a Pearson company\n", "utf-8", "7bit"),
               leaf("text/html", "<p>Hi Ayaka,</p><p>Amazon Web Services Training and Certification has issued you 3 badges.</p><ul><li>AWS Certified Solutions Architect - Professional</li><li>AWS Certified Developer - Associate</li><li>AWS Certified Cloud Practitioner</li></ul><p><a href=\"https://www.credly.com/earner/earned\">Accept your badges</a></p>\n", "utf-8", "7bit")))

dt40 = d(2025, 6, 19, 9, 15, 0)
add("survey", False, CASE_A, [], "satisfaction survey for the merge case, optional; from the case address",
    pre=ses_in(dt40, ME_P), frm=TC_FROM, to=ME_P, subject=f"How did we do? Case {CASE_A}", date=dt40, mid=mid_ses(),
    body=leaf("text/html", f"""<html><body style="font-family:Arial"><p>Hello,</p>
<p>Your case {CASE_A} was recently resolved. Would you take two minutes to tell us how it went?</p>
<p><a href="https://amazonsurveys.aws/s/tc-cs?case={CASE_A}">Rate your experience</a></p>
<p>The survey is optional and your answers help us improve support for everyone.</p>
<p>AWS Training and Certification</p></body></html>
""", "utf-8", "quoted-printable"))

dt41 = d(2025, 6, 20, 0, 12, 33)
add("survey", False, CASE_C, [], "console case survey mail with displayId link",
    pre=ses_in(dt41, ME_P), frm=AWS_NR, to=ME_P, subject=f"Tell us about your AWS Support experience (Case {CASE_C})",
    date=dt41, mid=mid_ses(),
    body=multi("alternative",
               leaf("text/plain", f"Hello,\n\nYou recently worked with AWS Support on case {CASE_C}. How satisfied were you with the support you received?\n\nRate now: https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&survey=true\n\nThis message was sent from an address that cannot accept incoming e-mails.\n", "utf-8", "7bit"),
               leaf("text/html", f"<p>Hello,</p><p>You recently worked with AWS Support on case {CASE_C}. How satisfied were you with the support you received?</p><p>1 2 3 4 5</p><p><a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&amp;survey=true\">Rate now</a></p>\n", "utf-8", "7bit")))

dt42 = d(2025, 6, 20, 15, 0, 0)
add("unrelated", False, None, [], "Skill Builder learning digest from aws.training",
    pre=ses_in(dt42, ME_P), frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
    subject="Your weekly learning picks: Security Specialty exam prep", date=dt42, mid=mid_ses(),
    body=leaf("text/html", "<html><body><h3>Picked for you</h3><ul><li>Exam Prep Standard Course: AWS Certified Security - Specialty</li><li>Lab: Detecting findings with Amazon GuardDuty</li><li>Official Practice Question Set (SCS-C02)</li></ul><p>Keep your streak going: you studied 4 days this week.</p><p><a href=\"https://skillbuilder.aws/\">Continue learning</a></p></body></html>\n", "utf-8", "base64"))

dt43 = d(2025, 6, 21, 10, 15, 8, tz=JST)
MID_A_R5 = add("user_reply", False, CASE_A, [], "owner reopens the resolved case: benefit missing, asks a question herself",
               frm=ME_P_FROM, to=TC_FROM, subject=f"Re: RE:[CASE {CASE_A}] {SUBJ_TAIL}", date=dt43, mid=mid_gmail(),
               irt=MID_A_RES, refs=[MID_A_ACK, MID_A_CONF, MID_A_HOLD, MID_A_CONF3, MID_A_RES],
               body=leaf("text/plain", f"""Hi Mariko,

Thank you, the certifications and exam history are all there.

One thing is missing: Account #2 had an unused 50% exam discount benefit (earned with Solutions Architect - Professional), and nothing shows under Benefits on my account now. Could you take a look?

Ayaka

On Thu, Jun 19, 2025 at 12:02 PM AWS Training and Certification <{TC}> wrote:
{q(RES_A_NEW)}
""", "utf-8", "quoted-printable"))

dt44 = d(2025, 6, 22, 4, 40, 0)
MID_A_REOPEN = add("case_update", False, CASE_A, [], "case reopened and handed to the benefits team; no ask",
                   pre=ses_in(dt44, ME_P), frm=TC_FROM, to=ME_P, subject=f"RE:[CASE {CASE_A}] {SUBJ_TAIL}", date=dt44, mid=mid_ses(),
                   irt=MID_A_R5, refs=[MID_A_ACK, MID_A_RES, MID_A_R5],
                   body=leaf("text/plain", f"""Hello Ayaka,

Thanks for letting us know. I've reopened case {CASE_A} and passed it to our certification benefits team, who handle discount vouchers. One of them will contact you here shortly.

Regards,
Mariko
AWS Training and Certification
""", "us-ascii", "7bit"))

dt45 = d(2025, 6, 23, 6, 2, 11)
add("suspicious", False, None, [], "Credly lookalike domain threatening badge revocation and asking for a sign-in",
    pre=gmail_in(dt45, ME_P, "45.137.21.9", "smtp.credly-badgecenter.com", "credly-badgecenter.com", "credly-badgecenter.com", policy="NONE"),
    frm=addr("Credly Support", "no-reply@credly-badgecenter.com"), to=ME_P,
    subject="Action needed: your AWS badges will be revoked", date=dt45, mid=mid_generic("credly-badgecenter.com"),
    body=leaf("text/html", """<html><body><p>Hello,</p><p>We detected that your AWS badges were moved between accounts. For security, all 3 badges
will be <b>revoked in 24 hours</b> unless you re-verify ownership.</p>
<p><a href="https://credly-badgecenter.com/verify/login">Sign in to keep my badges</a></p>
<p>Credly Trust &amp; Safety</p></body></html>
""", "utf-8", "base64"))

dt46 = d(2025, 6, 23, 7, 30, 45)
add("unrelated", False, None, [], "GitHub issue comment on a cert-tracking repo that mentions merges and AWS IDs in prose",
    pre=gmail_in(dt46, ME_P, "192.30.252.201", "out-18.smtp.github.com", "github.com", "github.com", policy="REJECT"),
    frm=addr("yuki-t", "notifications@github.com"), to=addr("ayaka-nomura/cert-tracker", "cert-tracker@noreply.github.com"),
    cc=addr("Mention", "mention@noreply.github.com"),
    subject="Re: [ayaka-nomura/cert-tracker] Add account merge checklist (Issue #37)", date=dt46,
    mid="<ayaka-nomura/cert-tracker/issues/37/2996310427@github.com>", irt="<ayaka-nomura/cert-tracker/issues/37@github.com>",
    body=leaf("text/plain", """@ayaka-nomura nice write-up. Could you add a step for checking the Benefits page after the merge? Mine lost a voucher too.
Happy to review the PR once it's up.

--
Reply to this email directly, view it on GitHub:
https://github.com/ayaka-nomura/cert-tracker/issues/37#issuecomment-2996310427
You are receiving this because you were mentioned.
""", "utf-8", "7bit"))

INFO_A_JP = """野村様

いつもお世話になっております。AWS トレーニングと認定 特典担当の小林と申します。
統合前のアカウント #2 に付与されていた 50% 割引特典について、調査を進めております。

特典を再発行するにあたり、恐れ入りますが次の 2 点をご確認いただけますでしょうか。

1. 現在のアカウント（AWS11956302）の［特典］ページに、割引特典が一件も表示されていないこと
2. 6 月 28 日の試験予約に、旧アカウントの割引特典を適用されていないこと

お手数をおかけいたしますが、確認結果を本メールへのご返信にてお知らせくださいますよう、よろしくお願い申し上げます。

小林
AWS トレーニングと認定 カスタマーサポート"""
dt47 = d(2025, 6, 24, 1, 12, 30)
MID_A_INFO2 = add("info_request", True, CASE_A, ["AWS11956302"],
                  "Japanese keigo request to check two things and report back (〜いただけますでしょうか / 〜くださいますよう)",
                  pre=ses_in(dt47, ME_P), frm=TC_FROM, to=ME_P, subject=f"RE:[CASE {CASE_A}] {SUBJ_TAIL}", date=dt47, mid=mid_ses(),
                  irt=MID_A_REOPEN, refs=[MID_A_ACK, MID_A_R5, MID_A_REOPEN],
                  body=multi("alternative", leaf("text/plain", INFO_A_JP + "\n", "utf-8", "base64"),
                             leaf("text/html", "<html><body><div style=\"font-family:Meiryo\">" + INFO_A_JP.replace("\n", "<br>\n") + "</div></body></html>\n", "utf-8", "base64")))

dt48 = d(2025, 6, 25, 9, 0, 12, tz=JST)
add("unrelated", False, None, [], "farewell-party reminder from a colleague, ISO-2022-JP, quotes the first notice",
    frm=addr("佐藤 健一", "k-sato@hoshizora-tech.co.jp", "iso-2022-jp"), to=addr("開発二部", "dev2@hoshizora-tech.co.jp", "iso-2022-jp"),
    cc=ME_C_FROM, subject="Re: 【ご案内】野村さん送別会のお知らせ", subj_cs="iso-2022-jp", date=dt48, mid=mid_outlook(),
    body=leaf("text/plain", """皆さま

佐藤です。送別会はいよいよ今週金曜です。
現時点で18名参加、会場は変更ありません。
寄せ書きがまだの方は木曜中にお願いします。

佐藤

-----Original Message-----
From: 佐藤 健一
Sent: Friday, May 30, 2025 6:12 PM
Subject: 【ご案内】野村さん送別会のお知らせ

日時：6月27日（金）19:00から
場所：新橋駅前の「炭火 かがり」
""", "iso-2022-jp", "7bit"))

dt49 = d(2025, 6, 25, 21, 33, 5, tz=JST)
MID_A_R6 = add("user_reply", False, CASE_A, [], "owner answers the Japanese check request; quote header 「…:」 style",
               frm=ME_P_FROM, to=TC_FROM, subject=f"Re: RE:[CASE {CASE_A}] {SUBJ_TAIL}", date=dt49, mid=mid_gmail(),
               irt=MID_A_INFO2, refs=[MID_A_ACK, MID_A_REOPEN, MID_A_INFO2],
               body=leaf("text/plain", f"""小林様

ご連絡ありがとうございます。確認しました。

1. ［特典］ページには何も表示されていません。
2. 6 月 28 日の試験は割引を使わず、通常料金で予約しています。

お手数ですが、よろしくお願いいたします。
野村

2025年6月24日(火) 10:12 AWS Training and Certification <{TC}>:
{q(INFO_A_JP)}
""", "utf-8", "quoted-printable"))

dt50 = d(2025, 6, 26, 2, 25, 40)
MID_A_RES2 = add("resolved", False, CASE_A, [],
                 "voucher reissued; 'no further action is required' plus a conditional invitation; quotes the owner's answers",
                 pre=ses_in(dt50, ME_P), frm=TC_FROM, to=ME_P, subject=f"RE:[CASE {CASE_A}] {SUBJ_TAIL}", date=dt50, mid=mid_ses(),
                 irt=MID_A_R6, refs=[MID_A_ACK, MID_A_INFO2, MID_A_R6],
                 body=leaf("text/plain", f"""Hello Ayaka,

Thank you for checking. A new 50% exam discount voucher has been added to your account; you'll find it under Benefits, valid until June 25, 2026. No further action is required on your part, and I've set the case back to resolved.

Should you notice anything else, just reply and we'll pick it up again.

Best regards,
Kobayashi
AWS Training and Certification

-----Original Message-----
From: {ME_P}
Sent: Wednesday, June 25, 2025 12:33 PM
Subject: Re: RE:[CASE {CASE_A}] {SUBJ_TAIL}

1. ［特典］ページには何も表示されていません。
2. 6 月 28 日の試験は割引を使わず、通常料金で予約しています。
""", "utf-8", "base64"))

# ---------------------------------------------------------------- batch 5
dt51 = d(2025, 6, 29, 11, 5, 0, tz=dt.timezone(dt.timedelta(hours=-5)))
add("unrelated", False, None, ["AWS03728145"], "exam vendor's 'thank you for testing' with registration and candidate IDs, to the company address",
    pre=m365_in("159.182.1.46", "pearson.com", "pearson.com"),
    frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME_C, subject="Thank you for testing with Pearson VUE",
    date=dt51, mid=mid_generic("pearsonvue.com"),
    body=leaf("text/plain", """Dear Ayaka Nomura,

Thank you for taking SCS-C02: AWS Certified Security - Specialty on June 28, 2025.
Registration ID: 418802663
Candidate ID: AWS03728145

Your result will be sent by the exam sponsor, normally within 5 business days. Pearson VUE does not issue scores for this program.

Pearson VUE
""", "utf-8", "7bit"))

dt52 = d(2025, 6, 30, 17, 30, 20, tz=JST)
add("user_reply", False, None, [], "owner's farewell mail to all staff from the company address (ISO-2022-JP); hers, but no case",
    frm=ME_C_FROM, to=addr("全社員", "all@hoshizora-tech.co.jp", "iso-2022-jp"), subject="退職のご挨拶", subj_cs="iso-2022-jp",
    date=dt52, mid=mid_outlook(), extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=leaf("text/plain", f"""皆さま

お疲れさまです。クラウド基盤グループの野村です。
本日をもって退職いたします。5年間、大変お世話になりました。

このアドレスは本日で使えなくなりますので、今後のご連絡は
{ME_P} までお願いいたします。

皆さまのご活躍をお祈りしております。

野村 彩花
""", "iso-2022-jp", "7bit"))

dt53 = d(2025, 7, 1, 0, 40, 11)
add("unrelated", False, None, [], "bounce: owner's test mail to her closed company mailbox",
    pre=[("Delivered-To", ME_P)], frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)", date=dt53, mid=mid_gmail(), extra=[("Auto-Submitted", "auto-replied")],
    body=leaf("text/plain", f"""** Address not found **

Your message wasn't delivered to {ME_C} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

----- Original message -----
Subject: test
To: {ME_C}

forwarding test
""", "utf-8", "7bit"))

SUBJ_D = f"[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification"
dt54 = d(2025, 7, 1, 3, 20, 47)
MID_D_ACK = add("acknowledgement", False, CASE_D, ["AWS11956302", "AWS03728145"],
                "Japanese ack in ISO-2022-JP, 10-digit case number; '〜がございましたら本メールにご返信ください' is conditional",
                pre=ses_in(dt54, ME_P), frm=TC_FROM, to=ME_P, subject=SUBJ_D, date=dt54, mid=mid_ses(),
                body=leaf("text/plain", f"""野村 彩花 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせをケース {CASE_D} として登録いたしました。

通常は24時間以内に担当者よりご連絡いたしますが、内容によってはお時間をいただく場合がございます。
同じご要望で別のケースを作成されますと確認に時間を要しますので、追加情報がございましたら本メールにご返信ください。

【お問い合わせ内容】
お問い合わせタイプ：認定
その他の詳細：試験結果
AWS 候補 ID：AWS11956302
内容：
6月28日に受験した AWS Certified Security - Specialty の結果が認定アカウントに表示されません。
受験は統合前の会社アカウント（AWS03728145）で予約したものです。

AWS トレーニングと認定 カスタマーサポート
""", "iso-2022-jp", "7bit"))

dt55 = d(2025, 7, 2, 0, 0, 0)
add("unrelated", False, None, [], "Japanese tech newsletter (UTF-8 base64) mentioning certification account merges",
    pre=gmail_in(dt55, ME_P, "203.0.113.25", "mail.cloud-shuho.jp", "cloud-shuho.jp", "cloud-shuho.jp", policy="NONE"),
    frm=addr("クラウド週報", "news@cloud-shuho.jp"), to=ME_P, subject="クラウド週報 第212号：転職時に忘れがちな手続きまとめ",
    date=dt55, mid=mid_generic("cloud-shuho.jp"),
    body=leaf("text/plain", """クラウド週報 第212号

■ 今週の特集：転職時に忘れがちな手続きまとめ
会社のメールアドレスで作った各種アカウントは、退職前に個人アドレスへ移しておきましょう。
AWS 認定アカウントの統合はサポートへの問い合わせが必要で、返信が来たら早めに答えるのがコツです。

■ ニュース
・東京リージョンで新しいインスタンスタイプが利用可能に
・Terraform の AWS プロバイダー 6.0 がリリース

配信停止はこちら：https://cloud-shuho.jp/unsubscribe
""", "utf-8", "base64"))

INFO_D_TEXT = """野村様

AWS トレーニングと認定 カスタマーサポートの松本です。
お問い合わせの試験結果について確認いたしました。

6月28日の試験は、統合により使用できなくなった旧アカウント（AWS03728145）に紐づいて記録されているため、現在のアカウントに表示されていない状況です。試験記録を移すには、ピアソン VUE 側の受験記録を特定する必要がございます。

つきましては、以下をお知らせいただけますでしょうか。

・ピアソン VUE の登録番号（予約確認メールに記載の9桁の番号）
・受験時にお持ちいただいた本人確認書類に記載のお名前（ローマ字表記）

お手数をおかけしますが、ご返信のほどよろしくお願いいたします。

松本
AWS トレーニングと認定"""
dt56 = d(2025, 7, 2, 5, 45, 30)
MID_D_INFO = add("info_request", True, CASE_D, ["AWS03728145"],
                 "Shift_JIS base64 info request: explanation first, then two bullet items to send back",
                 pre=ses_in(dt56, ME_P), frm=TC_FROM, to=ME_P, subject=f"RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification",
                 date=dt56, mid=mid_ses(), irt=MID_D_ACK, body=leaf("text/plain", INFO_D_TEXT + "\n", "shift_jis", "base64"))

CLOSE_D_TEXT = """野村様

AWS トレーニングと認定の松本です。
7月2日にお送りしたご依頼について、まだご返信をいただけていないようでしたので、改めてご連絡いたしました。

7月10日までにご返信がない場合は、本ケースをクローズさせていただきます。
本メールにご返信いただければ、ケースは引き続きオープンのまま対応いたします。クローズ後にご返信いただいた場合も、ケースは再開されます。

松本
AWS トレーニングと認定
"""
dt57 = d(2025, 7, 7, 1, 5, 9)
MID_D_CLOSE = add("closing_notice", True, CASE_D, [], "Japanese closing notice quoting the earlier request with '>'",
                  pre=ses_in(dt57, ME_P), frm=TC_FROM, to=ME_P, subject=f"RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification",
                  date=dt57, mid=mid_ses(), irt=MID_D_INFO, refs=[MID_D_ACK, MID_D_INFO],
                  body=leaf("text/plain", CLOSE_D_TEXT + "\n" + q(INFO_D_TEXT) + "\n", "utf-8", "quoted-printable"))

dt58 = d(2025, 7, 7, 19, 2, 40, tz=JST)
MID_D_R1 = add("user_reply", False, CASE_D, ["AWS03728145"], "owner's iPhone reply in Japanese with iOS-style quote header",
               frm=ME_P_FROM, to=TC_FROM, subject=f"Re: RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification",
               date=dt58, mid=f"<{uuidish().upper()}@gmail.com>", irt=MID_D_CLOSE, refs=[MID_D_ACK, MID_D_INFO, MID_D_CLOSE],
               extra=[("X-Mailer", "iPhone Mail (22F76)")],
               body=leaf("text/plain", f"""松本様

ご連絡が遅くなり申し訳ありません。
・登録番号：418802663
・氏名：AYAKA NOMURA（パスポート表記）
旧アカウントの候補IDは AWS03728145 です。

よろしくお願いいたします。
野村

iPhoneから送信

2025/07/07 10:05、AWS Training and Certification <{TC}>のメール:

{q(CLOSE_D_TEXT)}
""", "utf-8", "quoted-printable"))

dt59 = d(2025, 7, 8, 2, 30, 0)
MID_D_HOLD = add("on_hold", False, CASE_D, [], "Japanese hold waiting on the exam vendor; explicitly nothing for the owner to do",
                 pre=ses_in(dt59, ME_P), frm=TC_FROM, to=ME_P, subject=f"RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification",
                 date=dt59, mid=mid_ses(), irt=MID_D_R1, refs=[MID_D_ACK, MID_D_INFO, MID_D_R1],
                 body=leaf("text/plain", """野村様

松本です。ご回答ありがとうございます。
いただいた登録番号をもとに、ピアソン VUE へ受験記録の付け替えを依頼いたしました。
同社からの回答待ちのため、本ケースは現在保留とさせていただいております。

野村様に追加でご対応いただくことは、現時点ではございません。
進展がございましたら、こちらからご連絡いたします。

松本
AWS トレーニングと認定
""", "utf-8", "base64"))

# ---------------------------------------------------------------- batch 6
dt60 = d(2025, 7, 9, 1, 15, 0)
add("unrelated", False, None, [], "new employer's IT service desk asks for a reply to confirm an address; not AWS",
    pre=gmail_in(dt60, ME_P, "149.96.5.12", "mx1.service-now.com", "service-now.com", "kumolabs.jp", policy="NONE"),
    frm=addr("Kumo Labs IT Service Desk", "servicedesk@kumolabs.jp"), to=ME_P,
    subject="INC0012345 - Laptop delivery: please confirm your shipping address", date=dt60, mid=mid_generic("service-now.com"),
    body=leaf("text/plain", """Hello Ayaka,

Welcome to Kumo Labs! Your laptop is ready to ship before your first day (July 14).
Please reply to this email to confirm that the address below is correct:

  3-8-12 Kichijoji Honcho, Musashino-shi, Tokyo

Ref:MSG4419021

Kumo Labs IT Service Desk
""", "utf-8", "7bit"))

RES_D_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Meiryo,sans-serif">
<p>野村様</p>
<p>松本です。お待たせいたしました。</p>
<p>ピアソン VUE での確認が完了し、6月28日の AWS Certified Security - Specialty の試験記録を現在のアカウント（AWS11956302）へ移行いたしました。
認定ステータスとデジタルバッジは、24時間以内に反映される見込みです。</p>
<p>以上をもちまして、本件は解決とさせていただきます。ご不明な点がございましたら、本メールにご返信ください。</p>
<p>松本<br>AWS トレーニングと認定</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">
{INFO_D_TEXT.replace(chr(10), '<br>' + chr(10))}
</blockquote></body></html>
"""
dt61 = d(2025, 7, 10, 4, 10, 22)
MID_D_RES = add("resolved", False, CASE_D, ["AWS11956302"],
                "HTML-only Japanese resolution; quotes the old request in a blockquote; 'ご不明な点がございましたら' is conditional",
                pre=ses_in(dt61, ME_P), frm=TC_FROM, to=ME_P, subject=f"RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification",
                date=dt61, mid=mid_ses(), irt=MID_D_R1, refs=[MID_D_ACK, MID_D_INFO, MID_D_R1, MID_D_HOLD],
                body=leaf("text/html", RES_D_HTML, "utf-8", "quoted-printable"))

dt62 = d(2025, 7, 10, 9, 1, 30)
add("certification", False, None, ["AWS11956302"], "CertMetrics congratulations on a new certification; candidate ID in the body",
    pre=gmail_in(dt62, ME_P, "3.217.44.91", "mta-44-91.certmetrics.com", "certmetrics.com", "certmetrics.com", policy="NONE"),
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Congratulations, you're AWS Certified Security - Specialty!", date=dt62, mid=mid_generic("certmetrics.com"),
    body=multi("alternative",
               leaf("text/plain", "Congratulations, Ayaka!\n\nYou have earned AWS Certified Security - Specialty.\nCandidate ID: AWS11956302\nCertification date: June 28, 2025\nExpires: June 28, 2028\n\nYour digital badge will arrive from Credly shortly. Download your certificate and explore your benefits in your AWS Certification account.\n\nAWS Certification\n", "utf-8", "quoted-printable"),
               leaf("text/html", "<h2>Congratulations, Ayaka!</h2><p>You have earned <b>AWS Certified Security - Specialty</b>.</p><p>Candidate ID: AWS11956302<br>Certification date: June 28, 2025<br>Expires: June 28, 2028</p>\n", "utf-8", "quoted-printable")))

dt63 = d(2025, 7, 10, 9, 30, 4)
add("badge", False, None, [], "Credly new badge mail; badge UUID in a link",
    pre=gmail_in(dt63, ME_P, "50.31.36.213", "o1.email.credly.com", "credly.com", "credly.com", policy="NONE"),
    frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Ayaka, you've earned the AWS Certified Security - Specialty badge", date=dt63, mid=mid_generic("credly.com"),
    body=leaf("text/html", """<html><body><p>Ayaka, congratulations!</p><p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Security - Specialty</b> badge.</p>
<p><a href="https://www.credly.com/badges/a83f2c1d-6e4b-4f7a-bd90-3c5e11f0e7d2/accept">Accept badge</a></p>
<p>Credly</p></body></html>
""", "utf-8", "quoted-printable"))

dt64 = d(2025, 7, 11, 6, 0, 0)
add("survey", False, CASE_D, [], "Japanese survey request for the exam-result case; optional",
    pre=ses_in(dt64, ME_P), frm=TC_FROM, to=ME_P, subject=f"サポートに関するアンケートのお願い（ケース {CASE_D}）", date=dt64, mid=mid_ses(),
    body=leaf("text/plain", f"""野村 彩花 様

先日はケース {CASE_D} にてお問い合わせいただき、ありがとうございました。
今後のサポート品質向上のため、簡単なアンケートへのご協力をお願いしております。所要時間は2分ほどです。

https://amazonsurveys.aws/s/tc-cs-ja?case={CASE_D}

ご回答は任意です。

AWS トレーニングと認定
""", "utf-8", "base64"))

dt65 = d(2025, 7, 14, 14, 0, 0)
add("certification", False, None, [], "CertMetrics benefits notice after the new certification (mentions a voucher, not a case)",
    pre=gmail_in(dt65, ME_P, "3.217.44.90", "mta-44-90.certmetrics.com", "certmetrics.com", "certmetrics.com", policy="NONE"),
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Your AWS Certification benefits are ready", date=dt65, mid=mid_generic("certmetrics.com"),
    body=leaf("text/plain", """Hello Ayaka,

As an AWS Certified individual you have new benefits waiting in your AWS Certification account:

- 50% discount voucher for your next exam
- Access to the AWS Certified Global Community
- Certified merchandise store

Sign in and open Benefits to use them.

AWS Certification
""", "utf-8", "7bit"))

dt66 = d(2025, 7, 15, 3, 3, 3)
add("suspicious", False, None, [], "exam-vendor lookalike asking for a 'score release fee'",
    pre=gmail_in(dt66, ME_P, "103.145.13.77", "mx.pearsonvue-scorereport.com", "pearsonvue-scorereport.com", "pearsonvue-scorereport.com", policy="NONE"),
    frm=addr("Pearson VUE Score Center", "scores@pearsonvue-scorereport.com"), to=ME_P,
    subject="Your AWS exam score report is on hold", date=dt66, mid=mid_generic("pearsonvue-scorereport.com"),
    body=leaf("text/html", """<html><body><p>Dear Candidate,</p><p>Your score report for SCS-C02 is on hold because of an unpaid processing fee of JPY 3,300.</p>
<p>Pay within 48 hours to release your result: <a href="https://pearsonvue-scorereport.com/pay">Release my score</a></p>
<p>Pearson VUE Score Center</p></body></html>
""", "utf-8", "base64"))

dt67 = d(2025, 7, 16, 8, 20, 55)
add("unrelated", False, CASE_X, [], "console case about a billing charge, same sender and subject shape as a T&C console case, resolved",
    pre=ses_in(dt67, ME_P), frm=AWS_NR, to=ME_P, subject=f"RE:[CASE {CASE_X}] Unexpected NAT Gateway charges in June",
    date=dt67, mid=mid_ses(),
    body=leaf("text/plain", f"""Hello,

I reviewed the NAT Gateway charges on account 918273645501. The gateway was created by a test stack that was never deleted; as a one-time courtesy I have applied a credit of USD 31.20, which will appear on your July bill.

I'm marking this case as resolved. No further action is required.

Best regards,
Sandeep R.
Amazon Web Services
{console_footer(CASE_X)}""", "utf-8", "quoted-printable"))

dt68 = d(2025, 7, 18, 10, 44, 12, tz=JST)
add("user_reply", False, CASE_D, ["AWS11956302"], "owner forwards the Japanese resolution to her new manager, adds her candidate ID",
    frm=ME_P_FROM, to=addr("Masato Ishii", "m.ishii@kumolabs.jp"),
    subject=f"Fwd: RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification", date=dt68, mid=mid_gmail(),
    irt=MID_D_RES, refs=[MID_D_ACK, MID_D_RES],
    body=leaf("text/plain", f"""Ishii-san,

For the partner registration: AWS has confirmed that my Security Specialty result is now on my personal certification account. My candidate ID is AWS11956302.

Best,
Ayaka

---------- Forwarded message ---------
From: AWS Training and Certification <{TC}>
Date: Thu, Jul 10, 2025 at 1:10 PM
Subject: RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification
To: <{ME_P}>

野村様

松本です。お待たせいたしました。
ピアソン VUE での確認が完了し、6月28日の AWS Certified Security - Specialty の試験記録を現在のアカウント（AWS11956302）へ移行いたしました。
以上をもちまして、本件は解決とさせていただきます。
""", "utf-8", "base64"))

# ---------------------------------------------------------------- output
README_HEAD = f"""me: {ME_P} {ME_C}

# Blind corpus blind-341: an ordinary mailbox

Mailbox of Ayaka Nomura (野村 彩花), who leaves Hoshizora Technologies (an AWS Partner Network company) on
2025-06-30 and moves her AWS Certification history to her personal address. Her company mail is read in
the same mailbox until that day; her own sent mail (from either address) is included. Arrival order is
the Date order, 2025-05-30 to 2025-07-18. Regenerate with `python3 gen.py` (standard library only).

## Cases
| case | format | channel | topic | path |
|---|---|---|---|---|
| {CASE_A} | 15 digits (Unix-time prefix) | T&C form, English + Japanese agents | merge company account AWS03728145 into personal AWS11956302 | ack, confirmation request, closing notice, reply from the wrong (company) address, request to resend from the personal address, APN partner hold with a buried question, hold lifted, second confirmation (third account AWS07730418, Japanese), merged, survey, reopened by the owner (missing 50% voucher), Japanese check request, voucher reissued |
| {CASE_B} | 15 digits | T&C form | accidental second submission of the same form | ack, closed as duplicate of {CASE_A} |
| {CASE_C} | 11 digits | Support Center (console), no-reply-aws | name order on the certification record | new-case mail, info request (answer in the console), auto-resolve warning, resolved with rating footer, survey |
| {CASE_D} | 10 digits | T&C form, Japanese | Security Specialty result recorded on the merged-away account | ISO-2022-JP ack, Shift_JIS info request, closing notice, reply from iPhone, hold waiting for Pearson VUE, resolved (HTML only), survey, forwarded by the owner |
| {CASE_X} | 11 digits | Support Center (console) | billing credit on an AWS account, not T&C | one resolved mail, labelled unrelated |

## Labelling decisions
- needs_reply is true only on support mail of a real T&C case ({CASE_A}, {CASE_C}, {CASE_D}) where support waits for her now: confirmation requests, info requests, closing notices, and the APN hold that asks for her last working day. The console case's requests count even though the answer goes through the Support Center rather than e-mail.
- The request to re-send the confirmation from the personal address is labelled info_request (writing from another address), not confirmation_request.
- The Japanese mail about a third account AWS07730418 asks whether to merge it too: confirmation_request.
- "Passed to the partner team / benefits team", "case reopened", "hold lifted" and the duplicate-closed notice are case_update; the duplicate notice carries the duplicate's own number {CASE_B} as its case.
- The Case D hold (waiting for Pearson VUE, "nothing for you to do") is on_hold with needs_reply false; the Case A hold is on_hold with needs_reply true because it asks a question.
- A resolution with a rating footer or "reply if anything is wrong" stays resolved, needs_reply false. Automatic "your reply was added" notice is acknowledgement.
- The CertMetrics "wants to hear from you" program survey and the benefits notice are certification, not survey (no support case).
- Mail written by the owner is user_reply wherever it goes (to support, to her manager, to herself, the farewell mail to all staff); case is the case it concerns, null for the farewell mail.
- case is set for any AWS support case the message belongs to (including the billing console case {CASE_X}, kind unrelated); it is null for other vendors' tickets, phishing (even with a [CASE n] subject) and non-case mail.
- candidate_ids: AWS + 8 digits in the message's own text, in order, including the form text echoed in an acknowledgement and IDs in exam-vendor and CertMetrics mail; IDs only inside quoted or forwarded history are left out.
- The mail from {TC} with dkim=fail/dmarc=fail is suspicious whatever it says; lookalike domains (aws-certification-merge.com, credly-badgecenter.com, pearsonvue-scorereport.com) are suspicious.
- Colleague and vendor mail that asks for a reply (farewell RSVP, handover, IT desk, Tasklane) is unrelated with needs_reply false.

## Messages
| # | kind | reply? | case | subject | what it is / what makes it hard |
|---|---|---|---|---|---|
"""


def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    msgs = sorted(M, key=lambda m: m["date"])
    counts = {}
    rows = []
    for i, m in enumerate(msgs, 1):
        base = os.path.join(HERE, f"{i:03d}-msg")
        with open(base + ".eml", "wb") as fh:
            fh.write(m["raw"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        lb = m["label"]
        counts[lb["kind"]] = counts.get(lb["kind"], 0) + 1
        subj = m["subject"].replace("|", "/")
        rows.append(f"| {i:03d} | {lb['kind']} | {'yes' if lb['needs_reply'] else 'no'} | {lb['case'] or '-'} | {subj} | {m['note']} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n")
    for k in sorted(counts):
        print(f"{k:22s} {counts[k]}")
    print(f"{'total':22s} {len(msgs)}")
    print(f"{'needs_reply':22s} {sum(m['label']['needs_reply'] for m in msgs)}")


if __name__ == "__main__":
    main()
