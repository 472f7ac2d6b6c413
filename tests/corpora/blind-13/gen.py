#!/usr/bin/env python3
"""Blind held-out corpus (blind-13) for the AWS T&C account-merge mail classifier.

Writes NNN-m.eml / NNN-m.json (and README.md) into the directory this script lives in.
Standard library only. Deterministic.
"""
import base64
import hashlib
import json
import os
import quopri
import struct
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME = "takumi.kurosawa.jp@gmail.com"          # personal
CO = "t-kurosawa@hoshizora-sys.co.jp"        # old company (APN partner), closes 2025-03-31
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
TCS = "[AWS Training and Certification Form Submission] - account-assistance"

C21 = "8816402937"          # 2021 T&C form case, duplicate account (10 digits)
CCON = "12873304615"        # 2023 Support Center (console) case (11 digits)
CP = "13582046691"          # 2023 T&C form case, Partner Central SSO account (11 digits)
CM = "174156552500417"      # 2025 main merge case (15 digits)
CD = "174157449700562"      # 2025 duplicate form submission (15 digits)
CN = "174436951200238"      # 2025 voucher-after-merge case (15 digits)
for c, ts in ((CM, "2025-03-10T00:12:05"), (CD, "2025-03-10T02:41:37"), (CN, "2025-04-11T11:05:12")):
    assert int(c[:10]) == int(datetime.fromisoformat(ts).replace(tzinfo=timezone.utc).timestamp())

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))


# ----------------------------------------------------------------- helpers
def h8(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def dt(s, tz=JST):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


def enc(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if name is None:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def mid_ses(seed):
    x = h8(seed, 40)
    return f"<0100{x[:12]}-{x[12:20]}-{x[20:24]}-{x[24:28]}-{x[28:40]}-000000@email.amazonses.com>"


def mid_gmail(seed):
    x = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    x = x.replace("/", "_").replace("+", "-").rstrip("=")
    return f"<CAK{x[:40]}@mail.gmail.com>"


def mid_ol(seed):
    x = h8(seed, 32).upper()
    return f"<TYWPR01MB{int(x[:6], 16) % 100000:05d}{x[6:30]}@TYWPR01MB{int(x[:4], 16) % 10000:04d}.jpnprd01.prod.outlook.com>"


def mid_other(seed, dom):
    return f"<{h8(seed, 24)}.{h8(seed + 'x', 8)}@{dom}>"


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def ar_g(dom, mailfrom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.48.93",
         policy="p=QUARANTINE sp=QUARANTINE dis=NONE", sel=None):
    sel = sel or h8(dom, 32)
    b = base64.b64encode(hashlib.md5((dom + mailfrom).encode()).digest()).decode()[:8]
    if spf == "pass":
        spft = f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender)"
    elif spf == "softfail":
        spft = f"spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender)"
    else:
        spft = f"spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender)"
    dk = f"dkim={dkim} header.i=@{dom} header.s={sel} header.b={b}" if dkim != "none" else "dkim=none"
    if dkim == "fail":
        dk = f"dkim=fail header.i=@{dom} header.s={sel} header.b={b} (signature did not verify)"
    return ("Authentication-Results",
            f"mx.google.com;\n       {dk};\n       {spft} smtp.mailfrom={mailfrom};\n"
            f"       dmarc={dmarc} ({policy}) header.from={dom}")


def ar_ms(dom, mfdom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.27.11", compauth="pass reason=100"):
    dk = "dkim=pass (signature was verified)" if dkim == "pass" else f"dkim={dkim} (no signature)"
    act = "none" if dmarc == "pass" else "quarantine"
    return ("Authentication-Results",
            f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mfdom}; {dk}\n header.d={dom};dmarc={dmarc} action={act}\n"
            f" header.from={dom};compauth={compauth}")


def recv_g(ip, host, when):
    return ("Received", f"from {host} ({host} [{ip}])\n        by mx.google.com with ESMTPS id {h8(host + when, 16)}\n"
                        f"        for <{ME}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {when}")


def recv_ms(ip, host, when):
    return ("Received", f"from {host} ({ip}) by\n OS0P286MB0577.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:b9::14) with\n"
                        f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{int(h8(host, 4), 16) % 9000}.12; {when}")


def dkim_sig(dom, seed):
    b = base64.b64encode(hashlib.sha256(seed.encode()).digest() * 3).decode()
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={h8(dom, 32)}; d={dom}; t=1;\n"
                              f"\th=From:To:Subject:Message-ID:Date:Content-Type:MIME-Version;\n\tbh={b[:44]};\n\tb={b[44:120]}\n\t{b[120:190]}")


def leaf(ctype, text, charset="utf-8", cte="8bit", extra=(), crlf_inner=True):
    if isinstance(text, str):
        raw = text.encode(charset) if charset else text.encode("ascii")
    else:
        raw = text
    if cte == "base64":
        if crlf_inner and isinstance(text, str):
            raw = text.replace("\n", "\r\n").encode(charset)
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = f'Content-Type: {ctype}; charset="{charset}"' if charset else f"Content-Type: {ctype}"
    hl = [ct]
    if cte:
        hl.append(f"Content-Transfer-Encoding: {cte}")
    hl += list(extra)
    return hl, body


def multi(sub, parts, boundary, params=""):
    hl = [f'Content-Type: multipart/{sub};{params}\n\tboundary="{boundary}"']
    body = b""
    for ph, pb in parts:
        body += b"--" + boundary.encode() + b"\n" + "\n".join(ph).encode("ascii") + b"\n\n" + pb
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return hl, body


def png(w=24, h=16):
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes(((x * 9 + y * 5) & 0xff) for x in range(w)) for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


MSGS = []


def add(label, note, headers, entity, crlf=False, mime=True):
    n = len(MSGS) + 1
    slug = f"{n:03d}-m"
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    if mime:
        lines.append("MIME-Version: 1.0")
    lines += entity[0]
    raw = ("\n".join(lines) + "\n\n").encode("ascii") + entity[1]
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    kind, nr, case, cands = label
    MSGS.append((slug, {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cands}, note, raw))
    return slug


def L(kind, nr=False, case=None, cands=()):
    return (kind, nr, case, list(cands))


def H(frm, to, subj, date, mid, cc=None, irt=None, refs=None, extra=(), pre=(), scs="utf-8", reply_to=None):
    hs = list(pre)
    hs += [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += [("Subject", enc(subj, scs)), ("Date", date), ("Message-ID", mid)]
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", refs))
    hs += list(extra)
    return hs


def g_in(dom, mailfrom, when, **kw):
    """Headers the personal (Gmail) mailbox adds on receipt."""
    return [("Delivered-To", ME),
            recv_g(kw.pop("ip", "54.240.48.93"), kw.pop("host", "a48-93.smtp-out.amazonses.com"), when),
            ar_g(dom, mailfrom, **kw)]


def ms_in(dom, mfdom, when, **kw):
    """Headers the company (Microsoft 365) mailbox adds on receipt."""
    return [recv_ms(kw.get("ip", "54.240.27.11"), kw.pop("host", "a27-11.smtp-out.us-west-2.amazonses.com"), when),
            ar_ms(dom, mfdom, **kw),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
            ("X-MS-Has-Attach", "")]


AWS_TC = addr("AWS Training and Certification", TC)
AWS_CS = addr("Amazon Web Services", TC)
AWS_NR = addr("Amazon Web Services", NOREPLY)
ME_A = addr("Takumi Kurosawa", ME)
CO_A = addr("黒澤 拓海", CO)
CO_AJ = addr("黒澤 拓海", CO, "iso-2022-jp")

# ======================================================================= 2021
# 001 Pearson VUE booking, 9-digit registration id
t = """Dear Takumi Kurosawa,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 418203967
Exam: AWS Certified Solutions Architect - Associate (SAA-C02)
Language: Japanese
Appointment: Saturday, June 26, 2021 at 10:00 AM Japan Standard Time
Test center: Pearson Professional Centers - Tokyo Shinjuku, Japan

Please arrive at least 30 minutes before your appointment and bring two valid forms of
identification. The name on your ID must match the name in your profile exactly.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your
appointment. Appointments changed less than 24 hours in advance forfeit the exam fee.

This mailbox is not monitored. Please do not reply to this message.

Pearson VUE
"""
html = "<html><body style=\"font-family:Arial\"><p>Dear Takumi Kurosawa,</p><p>Thank you for scheduling your exam with Pearson VUE.</p>" \
       "<table border=\"0\" cellpadding=\"3\"><tr><td><b>Registration ID:</b></td><td>418203967</td></tr>" \
       "<tr><td><b>Exam:</b></td><td>AWS Certified Solutions Architect - Associate (SAA-C02)</td></tr>" \
       "<tr><td><b>Appointment:</b></td><td>Saturday, June 26, 2021 at 10:00 AM JST</td></tr>" \
       "<tr><td><b>Test center:</b></td><td>Pearson Professional Centers - Tokyo Shinjuku</td></tr></table>" \
       "<p>Please arrive at least 30 minutes before your appointment.</p><p style=\"color:#777\">This mailbox is not monitored. Please do not reply to this message.</p></body></html>"
add(L("unrelated"), "Exam-vendor booking; 9-digit registration ID that is not a case number.",
    H(addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), CO, "Pearson VUE Confirmation of Booking",
      dt("2021-06-14 18:02:11", UTC), mid_other("001", "pearson.com"),
      pre=ms_in("pearson.com", "pearson.com", "Mon, 14 Jun 2021 18:02:13 +0000", ip="159.182.1.27", host="mail1.pearson.com")),
    multi("alternative", [leaf("text/plain", t, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "7bit")],
          "----=_Part_99120_1622194.1623693731"), crlf=True)

# 002 certmetrics: newly certified, candidate id in text, survey footer
t = """Dear Takumi Kurosawa,

Congratulations! You have successfully achieved the AWS Certified Solutions Architect - Associate
certification. This is a significant accomplishment and we are glad to welcome you to the
community of AWS Certified individuals.

Candidate ID: AWS01938475
Certification: AWS Certified Solutions Architect - Associate
Validation Number: 7QW2X1B2ME41Q5SL
Expiration Date: June 26, 2024

Your digital badge will be issued through our badging partner Credly within five business days.
You can download your certificate from your AWS Certification Account at any time.

Help us improve: tell us about your exam experience in a three-minute survey
https://www.surveymonkey.com/r/awscert-exam-exp

Regards,
AWS Training and Certification

This is an automated message; please do not reply.
"""
add(L("certification", cands=["AWS01938475"]), "certmetrics pass notice; candidate ID in a non-case mail; survey invitation footer.",
    H(addr("AWS Certification", "do-not-reply@certmetrics.com"), CO, "Congratulations! You are now AWS Certified",
      dt("2021-06-27 03:15:40", UTC), mid_other("002", "certmetrics.com"),
      pre=ms_in("certmetrics.com", "certmetrics.com", "Sun, 27 Jun 2021 03:15:42 +0000", ip="168.245.12.3", host="o1.email.certmetrics.com")),
    leaf("text/plain", t, "us-ascii", "7bit"), crlf=True)

# 003 Japanese newsletter
t = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 週刊クラウドダイジェスト 第112号 (2021/06/30)
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週のトピック
・AWS Lambda で新しいランタイムが利用可能に
・Amazon EKS が Kubernetes 1.21 をサポート
・AWS 認定試験のオンライン受験、日本語での提供が拡大

■ 連載「はじめての IaC」第7回
  Terraform の state をチームで安全に共有する方法

■ イベント情報
  7/15(木) オンライン勉強会「コンテナ運用の落とし穴」

ご意見・ご感想は、このメールにそのままご返信いただければ編集部に届きます。
配信停止: https://cloud-digest.jp/unsubscribe?u=8f21c0
"""
add(L("unrelated"), "Japanese newsletter (UTF-8 8bit) with a 'reply to this mail' invitation.",
    H(addr("週刊クラウドダイジェスト", "news@cloud-digest.jp"), CO, "【週刊クラウドダイジェスト】第112号 Lambda 新ランタイム、EKS 1.21 ほか",
      dt("2021-06-30 07:00:02"), mid_other("003", "cloud-digest.jp"),
      pre=ms_in("cloud-digest.jp", "cloud-digest.jp", "Tue, 29 Jun 2021 22:00:04 +0000", ip="203.0.113.40", host="mta2.cloud-digest.jp")),
    leaf("text/plain", t, "utf-8", "8bit"))

# 004 acknowledgement 2021, Japanese, ISO-2022-JP
m004 = mid_other("004", "sfdc.net")
t004 = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。

お問い合わせを受け付け、ケース {C21} を作成いたしました。担当者より通常24時間以内にご連絡いたしますが、内容によっては調査にお時間をいただく場合がございます。

同じ内容についてすでにケースをお持ちの場合は、別のケースを作成なさらないようお願いいたします。重複したケースは回答の遅れにつながります。

ケースの詳細は以下のとおりです。

ケース ID: {C21}
件名: account-assistance
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
内容:
先月 AWS Certified Solutions Architect - Associate に合格しましたが、Credly にバッジが届きません。
同じメールアドレス (t-kurosawa@hoshizora-sys.co.jp) で認定アカウントが2つできてしまっているようです。
1つにまとめていただけますでしょうか。

追加でお伝えいただきたい情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
Amazon Web Services
"""
add(L("acknowledgement", case=C21), "Japanese acknowledgement (ISO-2022-JP, CRLF); the echoed form text contains the user's own keigo request and the footer has a conditional 〜がございましたら…ご返信ください.",
    H(AWS_CS, CO, f"RE:[CASE {C21}] {TCS}", dt("2021-07-05 01:22:10", UTC), m004,
      pre=ms_in("amazon.com", "amazonses.com", "Mon, 5 Jul 2021 01:22:12 +0000")),
    leaf("text/plain", t004, "iso-2022-jp", "7bit"), crlf=True)

# 005 info_request 2021, Japanese keigo, QP
m005 = mid_other("005", "sfdc.net")
t005 = """黒澤 拓海 様

AWS トレーニングと認定サポートの佐藤でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ご連絡いただいた内容を拝見いたしました。同一のメールアドレスで複数の AWS 認定アカウントが存在する場合、Credly のデジタルバッジが正しく発行されないことがございます。アカウントを統合いたしますと、取得済みの認定およびバッジは統合先のアカウントにまとめて反映されます。

ただ、弊社のシステムではメールアドレスのみでは対象のアカウントを一意に特定できない場合がございます。つきましては、統合の対象となる各アカウントの AWS 候補 ID (「AWS」に続く8桁の数字です。例: AWSxxxxxxxx) を、本メールへのご返信にてお知らせいただけますでしょうか。候補 ID は、各アカウントで AWS 認定アカウントにサインインした後、画面右上に表示されます。

あわせて、どちらのアカウントを統合先として残すご希望かも記載いただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

--
佐藤
AWS Training and Certification
"""
add(L("info_request", True, C21), "Japanese keigo request for candidate IDs buried in the second paragraph (いただけますでしょうか), quoted-printable; placeholder AWSxxxxxxxx is not an ID.",
    H(addr("AWS Training and Certification", TC), CO, f"RE:[CASE {C21}] {TCS}", dt("2021-07-06 02:05:33", UTC), m005,
      refs=m004, pre=ms_in("amazon.com", "amazonses.com", "Tue, 6 Jul 2021 02:05:35 +0000")),
    leaf("text/plain", t005, "utf-8", "quoted-printable"))

# 006 user_reply 2021 (Outlook JP, ISO-2022-JP)
m006 = mid_ol("006")
t006 = f"""佐藤様

ご連絡ありがとうございます。黒澤です。
2つのアカウントの候補IDは以下のとおりです。

・AWS01938475 (2019年から使っているアカウント。こちらを残したいです)
・AWS02284716 (今年6月の受験時に誤って作成したと思われるアカウント)

AWS02284716 を AWS01938475 に統合していただけますでしょうか。
よろしくお願いいたします。

黒澤 拓海
株式会社ほしぞらシステムズ クラウド推進部
t-kurosawa@hoshizora-sys.co.jp

________________________________
差出人: AWS Training and Certification <{TC}>
送信日時: 2021年7月6日 11:05
宛先: 黒澤 拓海 <{CO}>
件名: RE:[CASE {C21}] {TCS}

{t005}"""
add(L("user_reply", case=C21, cands=["AWS01938475", "AWS02284716"]),
    "User's Japanese reply from the company address (Outlook JP header block, ISO-2022-JP); it contains the user's own いただけますでしょうか and quotes support's request.",
    H(CO_AJ, addr("AWS Training and Certification", TC), f"RE: RE:[CASE {C21}] {TCS}", dt("2021-07-06 13:48:20"), m006,
      irt=m005, refs=f"{m004} {m005}", scs="iso-2022-jp",
      extra=[("Thread-Topic", enc(f"RE:[CASE {C21}] {TCS}")), ("Thread-Index", "AQHXcbJ8q0k3nVd1QkCkA2mZ5eFxaKt4tq8A"),
             ("X-Mailer", "Microsoft Outlook 16.0")]),
    leaf("text/plain", t006, "iso-2022-jp", "7bit"), crlf=True)

# 007 GitHub merged
t = """Merged #214 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/214#event-4995021834
You are receiving this because your review was requested.
"""
html = "<p>Merged <a href=\"https://github.com/hoshizora/infra-modules/pull/214\">#214</a> into main.</p><p style=\"font-size:small;color:#666\">&mdash;<br />Reply to this email directly, <a href=\"https://github.com/hoshizora/infra-modules/pull/214#event-4995021834\">view it on GitHub</a>.<br />You are receiving this because your review was requested.</p>"
add(L("unrelated"), "GitHub 'Merged #214' notification with 'Reply to this email directly'.",
    H(addr("Shun Ota", "notifications@github.com"), "hoshizora/infra-modules <infra-modules@noreply.github.com>",
      "Re: [hoshizora/infra-modules] Bump hashicorp/aws provider to 3.49 (#214)", dt("2021-07-08 05:44:19", UTC),
      "<hoshizora/infra-modules/pull/214/issue_event/4995021834@github.com>",
      cc=f"{addr('Takumi Kurosawa', CO)}, Review requested <review_requested@noreply.github.com>",
      irt="<hoshizora/infra-modules/pull/214@github.com>", refs="<hoshizora/infra-modules/pull/214@github.com>",
      extra=[("List-ID", "hoshizora/infra-modules <infra-modules.hoshizora.github.com>"), ("X-GitHub-Reason", "review_requested")],
      pre=ms_in("github.com", "github.com", "Thu, 8 Jul 2021 05:44:21 +0000", ip="192.30.252.204", host="out-21.smtp.github.com")),
    multi("alternative", [leaf("text/plain", t, "UTF-8", "8bit"), leaf("text/html", html, "UTF-8", "7bit")],
          "--==_mimepart_60e6914b2a5b3_7a1f3fc1d8c5c2e0411935"), crlf=True)

# 008 confirmation_request 2021, Marcus, bare question, quoted history
m008 = mid_other("008", "sfdc.net")
t008 = f"""Hello Takumi,

Thanks for sending the candidate IDs. Marcus here, I've picked up your case from my colleague.

I looked at both records. This is what I'm planning to do:

  Keep:   AWS01938475  (t-kurosawa@hoshizora-sys.co.jp, created 2019-04-22)
  Merge:  AWS02284716  (t-kurosawa@hoshizora-sys.co.jp, created 2021-06-25)

After the merge AWS02284716 will no longer exist. Your SAA exam result from June moves over to
AWS01938475 together with everything else, and the badge gets issued from there.

Is that right? Once I hear back from you I'll run it.

Best regards,
Marcus
AWS Training and Certification Customer Service
"""
t008q = f"""{t008}
--------------- Original Message ---------------
From: [{CO}]
Sent: 7/6/2021 4:48 AM
To: {TC}
Subject: RE: RE:[CASE {C21}] {TCS}

{t006.split('________________________________')[0].rstrip()}
"""
add(L("confirmation_request", True, C21, ["AWS01938475", "AWS02284716"]),
    "Confirmation without the Account #1/#2 template and without 'please': Keep/Merge lines and a bare 'Is that right?'; quoted Japanese history below repeats the IDs.",
    H(addr("AWS Training and Certification", TC), CO, f"RE:[CASE {C21}] {TCS}", dt("2021-07-09 02:14:51", UTC), m008,
      irt=m006, refs=f"{m004} {m005} {m006}", pre=ms_in("amazon.com", "amazonses.com", "Fri, 9 Jul 2021 02:14:53 +0000")),
    leaf("text/plain", t008q, "utf-8", "8bit"))

# 009 user_reply 2021 English Outlook
m009 = mid_ol("009")
t009 = f"""Hi Marcus,

Yes, that's correct. Please go ahead.

Thanks,
Takumi

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Friday, July 9, 2021 11:14 AM
To: 黒澤 拓海 <{CO}>
Subject: RE:[CASE {C21}] {TCS}

{t008}"""
add(L("user_reply", case=C21), "User confirmation from the company address, Outlook '-----Original Message-----' quoting the request.",
    H(addr("Takumi Kurosawa", CO), addr("AWS Training and Certification", TC), f"RE: RE:[CASE {C21}] {TCS}",
      dt("2021-07-09 10:31:07"), m009, irt=m008, refs=f"{m004} {m005} {m006} {m008}",
      extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    leaf("text/plain", t009, "utf-8", "8bit"), crlf=True)

# 010 resolved 2021 Marcus, QP, quotes old requests
m010 = mid_other("010", "sfdc.net")
t010 = f"""Hi Takumi,

Apologies for the slow turnaround on this one - we've had a much higher volume of contacts than
usual over the past week.

The merge is done. AWS02284716 has been merged into AWS01938475, and all exam history,
certifications and benefits now sit under AWS01938475. I also triggered a re-sync with Credly, so
your Solutions Architect - Associate badge should reach you within 48 hours.

There's nothing else you need to do. If the badge still hasn't shown up by the end of the week,
just reply here and I'll look into it.

Kind regards,
Marcus
AWS Training and Certification Customer Service

--------------- Original Message ---------------
From: [{CO}]
Sent: 7/9/2021 1:31 AM
To: {TC}
Subject: RE: RE:[CASE {C21}] {TCS}

Hi Marcus,

Yes, that's correct. Please go ahead.

--------------- Original Message ---------------
From: {TC}
Sent: 7/9/2021 2:14 AM
Subject: RE:[CASE {C21}] {TCS}

{t008}
--------------- Original Message ---------------
From: {TC}
Sent: 7/6/2021 2:05 AM
Subject: RE:[CASE {C21}] {TCS}

{t005}"""
add(L("resolved", case=C21, cands=["AWS02284716", "AWS01938475"]),
    "Resolution opening with an apology; quotes both earlier requests (English bare question and Japanese keigo ask); conditional 'just reply here'.",
    H(addr("AWS Training and Certification", TC), CO, f"RE:[CASE {C21}] {TCS}", dt("2021-07-14 07:50:02", UTC), m010,
      irt=m009, refs=f"{m004} {m005} {m006} {m008} {m009}", pre=ms_in("amazon.com", "amazonses.com", "Wed, 14 Jul 2021 07:50:04 +0000")),
    leaf("text/plain", t010, "utf-8", "quoted-printable"))

# 011 Acclaim badge
t = """Takumi, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge to start sharing it on LinkedIn, Twitter, your email signature and more.

Accept your badge: https://www.youracclaim.com/earner/earned/badge/5d1f2b3c-8e7a-4f60-9b2d-0c7e3a1f9e44

Questions? Visit https://support.youracclaim.com
Acclaim | Powered by Credly
"""
html = "<html><body><h2>Takumi, you've earned a badge!</h2><p>Amazon Web Services Training and Certification has issued you a badge:</p>" \
       "<p><b>AWS Certified Solutions Architect - Associate</b></p><p><a href=\"https://www.youracclaim.com/earner/earned/badge/5d1f2b3c-8e7a-4f60-9b2d-0c7e3a1f9e44\" " \
       "style=\"background:#1a73e8;color:#fff;padding:10px 18px\">Accept your badge</a></p></body></html>"
add(L("badge"), "Acclaim (older Credly domain) badge mail; 'Accept your badge' looks like a call to action; badge UUID.",
    H(addr("Acclaim", "admin@youracclaim.com"), CO, "Amazon Web Services Training and Certification has issued you a new badge",
      dt("2021-07-14 16:20:33", UTC), mid_other("011", "youracclaim.com"),
      pre=ms_in("youracclaim.com", "youracclaim.com", "Wed, 14 Jul 2021 16:20:35 +0000", ip="167.89.33.10", host="o3.ptr7001.youracclaim.com")),
    multi("alternative", [leaf("text/plain", t, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "7bit")],
          "----=_Part_4412_18866.1626279633"), crlf=True)

# 012 survey 2021
t = f"""Hello,

Your recent case {C21} with AWS Training and Certification was marked as resolved.

How satisfied are you with the support you received?

  1 - Very dissatisfied   https://survey.aws.training/s/c?case={C21}&r=1
  2                       https://survey.aws.training/s/c?case={C21}&r=2
  3                       https://survey.aws.training/s/c?case={C21}&r=3
  4                       https://survey.aws.training/s/c?case={C21}&r=4
  5 - Very satisfied      https://survey.aws.training/s/c?case={C21}&r=5

The survey takes less than a minute. Replies to this message are not monitored.

AWS Training and Certification
"""
add(L("survey", case=C21), "Satisfaction survey naming the case number, sent from the same form address.",
    H(addr("AWS Training and Certification", TC), CO, f"Your feedback on case {C21}", dt("2021-07-16 09:00:12", UTC),
      mid_ses("012"), pre=ms_in("amazon.com", "amazonses.com", "Fri, 16 Jul 2021 09:00:14 +0000")),
    leaf("text/plain", t, "us-ascii", "7bit"), crlf=True)

# ======================================================================= 2023 console case
t = """Dear Takumi Kurosawa,

Congratulations on recertifying your AWS Certification!

Certification: AWS Certified Solutions Architect - Associate
Candidate ID: AWS01938475
New expiration date: January 27, 2026

As a thank-you for maintaining your certification, a 50% discount voucher for your next AWS
Certification exam has been added to your AWS Certification Account. You can find it under
Benefits.

Keep learning,
AWS Training and Certification

You are receiving this email because you hold an AWS Certification. Please do not reply.
"""
add(L("certification", cands=["AWS01938475"]), "certmetrics recertification notice with candidate ID and benefit voucher mention.",
    H(addr("AWS Certification", "do-not-reply@certmetrics.com"), CO, "Congratulations on recertifying your AWS Certification!",
      dt("2023-01-28 02:41:09", UTC), mid_other("013", "certmetrics.com"),
      pre=ms_in("certmetrics.com", "certmetrics.com", "Sat, 28 Jan 2023 02:41:11 +0000", ip="168.245.12.3", host="o1.email.certmetrics.com")),
    leaf("text/plain", t, "us-ascii", "7bit"), crlf=True)

# 014 billing from no-reply-aws@amazon.com: account id + 10-digit invoice id
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 5562
[AWS ID 483920175562], is available on the AWS web site. Your account will be charged the
following:

Total: USD 214.38

Invoice ID: 1289407733

You can see a complete break down of all charges on the Billing page located here:
https://console.aws.amazon.com/billing/home?#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
add(L("unrelated"), "AWS billing from the same no-reply-aws@amazon.com sender as console cases; 12-digit account ID and a 10-digit invoice ID that is not a case number.",
    H(AWS_NR, CO, "Amazon Web Services Invoice Available [Account: 483920175562] [Invoice ID: 1289407733]",
      dt("2023-02-03 01:08:55", UTC), mid_ses("014"),
      pre=ms_in("amazon.com", "amazonses.com", "Fri, 3 Feb 2023 01:08:57 +0000")),
    leaf("text/plain", t, "us-ascii", "7bit"))

CONSOLE_FOOT = f"""
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

===========================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={CCON}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.

====================================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
CSUB = "Certification exam benefit voucher missing after recertification"
m015 = mid_ses("015")
t = f"""Dear AWS Customer,

Thank you for contacting AWS Support. We have opened case {CCON} to address your issue.

The details of your case are as follows:

Case ID: {CCON}
Subject: {CSUB}
Severity: General guidance
Correspondence: Hello, I recertified Solutions Architect - Associate at the end of January and the
recertification email says a 50% voucher was added to my certification account, but I cannot see it
under Benefits. Could you check? AWS account: 483920175562

We will respond to your case as soon as possible. You can view and update your case at any time here:

https://console.aws.amazon.com/support/home#/case/?displayId={CCON}&language=en

Best regards,
Amazon Web Services

This e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above.
"""
add(L("acknowledgement", case=CCON), "Console 'New Support case' acknowledgement (11 digits); echoed correspondence contains the user's own question; 12-digit account ID nearby.",
    H(AWS_NR, CO, f"Amazon Web Services: New Support case: {CCON}", dt("2023-02-20 07:03:18", UTC), m015,
      pre=ms_in("amazon.com", "amazonses.com", "Mon, 20 Feb 2023 07:03:20 +0000")),
    leaf("text/plain", t, "us-ascii", "7bit"))

# 016 console info_request, multipart with feedback footer, bare questions
m016 = mid_ses("016")
t016 = f"""Hello,

Thank you for reaching out. My name is Priya and I'll be assisting you with this case.

I checked the certification records linked to the email address on this AWS account and I can see the
recertification on January 27. Benefit vouchers are attached to the certification account, not to the
AWS account the case was opened from, so before I go further I need to make sure I am looking at the
right profile.

Which candidate ID do you see in the top right corner after signing in to your AWS Certification
Account? And when you sign in there, do you use an AWS Builder ID or the older Amazon (retail) login?

With those two answers I can trace where the voucher was issued.
{CONSOLE_FOOT}"""
html = "<html><body><p>Hello,</p><p>Thank you for reaching out. My name is Priya and I'll be assisting you with this case.</p>" \
       "<p>I checked the certification records linked to the email address on this AWS account and I can see the recertification on January 27. " \
       "Benefit vouchers are attached to the certification account, not to the AWS account the case was opened from, so before I go further I need to make sure I am looking at the right profile.</p>" \
       "<p>Which candidate ID do you see in the top right corner after signing in to your AWS Certification Account? And when you sign in there, do you use an AWS Builder ID or the older Amazon (retail) login?</p>" \
       "<p>With those two answers I can trace where the voucher was issued.</p>" \
       "<p>We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.</p>" \
       f"<p>Best regards,<br>Amazon Web Services</p><hr><p>To contact us again about this case, please return to the AWS Support Center using the following URL: " \
       f"<a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={CCON}&amp;language=en\">https://console.aws.amazon.com/support/home#/case/?displayId={CCON}&amp;language=en</a></p>" \
       "<p><small>*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</small></p></body></html>"
add(L("info_request", True, CCON), "Console-case request: two bare questions, no 'please'; must be answered in the Support Center; feedback footer with 'Please share your experience'.",
    H(AWS_NR, CO, f"RE:[CASE {CCON}] {CSUB}", dt("2023-02-21 02:37:44", UTC), m016,
      pre=ms_in("amazon.com", "amazonses.com", "Tue, 21 Feb 2023 02:37:46 +0000")),
    multi("alternative", [leaf("text/plain", t016, "UTF-8", "quoted-printable"), leaf("text/html", html, "UTF-8", "quoted-printable")],
          "----=_Part_2218831_1057734416.1676947064102"))

# 017 bounce: user tried to answer by email
m017u = mid_ol("017u")
orig = f"""From: =?utf-8?B?6buS5r6kIOaLk+a1tw==?= <{CO}>
To: Amazon Web Services <{NOREPLY}>
Subject: RE: RE:[CASE {CCON}] {CSUB}
Date: Tue, 21 Feb 2023 11:52:10 +0900
Message-ID: {m017u}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Hello Priya,

I sign in with a Builder ID registered to this work address. The candidate ID at the top right
is the one ending in 8475.

Regards,
Takumi Kurosawa
"""
t = f"""Your message to {NOREPLY} couldn't be delivered.

{NOREPLY} wasn't found at amazon.com.

t-kurosawa    Office 365    amazon.com
Action Required                Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Generating server: OS0P286MB0577.JPNP286.PROD.OUTLOOK.COM
{NOREPLY}
Remote Server returned '550 5.1.1 <{NOREPLY}>: Recipient address rejected: mailbox does not accept incoming mail'
"""
ds = f"""Reporting-MTA: dns;OS0P286MB0577.JPNP286.PROD.OUTLOOK.COM
Received-From-MTA: dns;OS0P286MB0577.JPNP286.PROD.OUTLOOK.COM
Arrival-Date: Tue, 21 Feb 2023 02:52:11 +0000

Final-Recipient: rfc822;{NOREPLY}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 Recipient address rejected: mailbox does not accept incoming mail
"""
add(L("unrelated"), "Exchange NDR: the user tried to answer the console case by email; subject carries the case number and the attached original is the user's answer.",
    H(addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hoshizora-sys.co.jp"), CO,
      f"Undeliverable: RE: RE:[CASE {CCON}] {CSUB}", dt("2023-02-21 02:52:13", UTC), mid_ol("017"),
      irt=m017u, refs=m017u, extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]),
    multi("report", [leaf("text/plain", t, "us-ascii", "7bit"),
                     leaf("message/delivery-status", ds, None, None),
                     leaf("message/rfc822", orig.encode("utf-8"), None, None)],
          "_000_OS0P286MB0577B1C2_", params=" report-type=delivery-status;"), crlf=True)

# 018 Jira
t = """Kenta Mori updated INFRA-3321
-------------------------------

本番アカウントの IAM ロール棚卸し

Assignee: Takumi Kurosawa
Status: In Review

Kenta Mori commented:
@Takumi Kurosawa 棚卸し結果のシートを更新しました。金曜までにレビューをお願いします。
不要なロールの削除は来週の定例で決めましょう。

View issue: https://hoshizora.atlassian.net/browse/INFRA-3321
This message was sent by Atlassian Jira. To stop receiving these emails, adjust your notification settings.
"""
add(L("unrelated"), "Jira notification asking for a review by Friday (not AWS support).",
    H(addr("Kenta Mori (Jira)", "jira@hoshizora.atlassian.net"), CO, "[JIRA] (INFRA-3321) 本番アカウントの IAM ロール棚卸し",
      dt("2023-02-22 06:12:45", UTC), mid_other("018", "Atlassian.JIRA"),
      pre=ms_in("hoshizora.atlassian.net", "bounce.atlassian.net", "Wed, 22 Feb 2023 06:12:47 +0000", ip="104.192.142.19", host="mail-b.atlassian.net")),
    leaf("text/plain", t, "UTF-8", "quoted-printable"))

# 019 console closing_notice
m019 = mid_ses("019")
t = f"""Hello,

We haven't heard back from you on this case, so we wanted to check in.

If we don't receive a response within the next 3 business days, this case will be resolved
automatically. You can keep it open by adding a reply to the case in the Support Center. Resolved
cases can be reopened for 14 days; after that a new case is needed.
{CONSOLE_FOOT}"""
add(L("closing_notice", True, CCON), "Console auto-resolve warning; the only way to keep it open is a reply in the Support Center (email replies bounce).",
    H(AWS_NR, CO, f"RE:[CASE {CCON}] {CSUB}", dt("2023-02-24 03:00:07", UTC), m019,
      pre=ms_in("amazon.com", "amazonses.com", "Fri, 24 Feb 2023 03:00:09 +0000")),
    leaf("text/plain", t, "us-ascii", "7bit"))

# 020 console resolved
t = f"""Hello again,

Thank you for adding the details in the Support Center - the candidate ID (AWS01938475) and the
confirmation that you sign in with a Builder ID were exactly what I needed.

The voucher had been generated against an older record that was merged into your account in 2021.
I've reissued it to AWS01938475 and it now shows under Benefits (50% discount, valid until
January 27, 2026).

I'm going to mark this case as resolved. If the voucher doesn't appear for you, you can reopen the
case from the Support Center within 14 days.
{CONSOLE_FOOT}"""
add(L("resolved", case=CCON, cands=["AWS01938475"]), "Console resolution with candidate ID, reopen-within-14-days sentence and the 'share your experience' footer.",
    H(AWS_NR, CO, f"RE:[CASE {CCON}] {CSUB}", dt("2023-02-27 05:21:30", UTC), mid_ses("020"),
      pre=ms_in("amazon.com", "amazonses.com", "Mon, 27 Feb 2023 05:21:32 +0000")),
    leaf("text/plain", t, "us-ascii", "7bit"))

# 021 console survey
t = f"""Hello,

You recently worked with AWS Support on case {CCON}: "{CSUB}".

Would you take a minute to tell us how we did? Your answers go directly to the team that handled
your case.

How likely are you to recommend AWS Support to a colleague? (0 = not at all likely, 10 = extremely likely)
https://pulse.aws/survey/ZR4Q1XNB?case={CCON}

Thank you,
AWS Support

This survey link is unique to you. Please do not forward this email.
"""
add(L("survey", case=CCON), "AWS Support survey for the console case.",
    H(AWS_NR, CO, f"How did we do? Share feedback on AWS Support case {CCON}", dt("2023-03-01 18:30:00", UTC), mid_ses("021"),
      pre=ms_in("amazon.com", "amazonses.com", "Wed, 1 Mar 2023 18:30:02 +0000")),
    leaf("text/plain", t, "us-ascii", "7bit"))

# ======================================================================= 2023 T&C case P
t = """Hi Takumi,

Thanks for your purchase. Here is your receipt.

Order ID: SB-20230901-88231
Subscription: AWS Skill Builder Individual (monthly)
Billing period: Sep 1, 2023 - Sep 30, 2023
Amount: JPY 4,400 (incl. tax)
Payment method: Visa ending in 4417

Manage your subscription: https://skillbuilder.aws/subscription

AWS Training and Certification
"""
add(L("unrelated"), "Skill Builder receipt from no-reply@aws.training to the personal address.",
    H(addr("AWS Skill Builder", "no-reply@aws.training"), ME, "Your AWS Skill Builder receipt", dt("2023-09-01 00:05:12", UTC),
      mid_ses("022"), pre=g_in("aws.training", "010001f4@bounce.aws.training", "Fri, 01 Sep 2023 00:05:13 -0700 (PDT)")),
    leaf("text/plain", t, "us-ascii", "7bit"))

m023 = mid_other("023", "sfdc.net")
t023 = f"""Hello,

Thank you for contacting AWS Training and Certification.

We have received your request and created case {CP}. Our team typically replies within 24 hours;
some requests need additional research and may take longer.

To avoid delays, please don't open a new case for the same request. If you want to add information,
reply to this email and it will be added to this case automatically.

Your request:
-----
Inquiry type: Certification
Additional details: Account Merge
Description: When I signed in through AWS Partner Central last week, a second certification account
seems to have been created for my work address. Please merge it into the account I have used since
2019 (same email, t-kurosawa@hoshizora-sys.co.jp).
-----

Sincerely,
AWS Training and Certification Customer Service
"""
add(L("acknowledgement", case=CP), "2023 ack template ('RE: [CASE' with a space, 11 digits); contains 'please don't open a new case' and the user's own 'Please merge' in the echo.",
    H(addr("AWS Training & Certification Support", TC), CO, f"RE: [CASE {CP}] {TCS}", dt("2023-09-11 05:20:44", UTC), m023,
      pre=ms_in("amazon.com", "amazonses.com", "Mon, 11 Sep 2023 05:20:46 +0000")),
    leaf("text/plain", t023, "us-ascii", "7bit"), crlf=True)

m024 = mid_other("024", "sfdc.net")
t = """Dear Customer,

Thank you for your patience.

We have confirmed that the second account was generated by the sign in from AWS Partner Central and
it is associated to the APN partner organization "Hoshizora Systems Co., Ltd.". For the account in
such state, the merge is only possible after the partner side release the association. We have
requested the release to our partner operations team, and currently we are waiting for their
response.

The case will remain in pending state until that time. It is not needed for you to take any action.
We will contact you again as soon as we receive the reply from the team.

We appreciate your kind understanding.

Best Regards,
Wei
AWS Training and Certification
"""
add(L("on_hold", case=CP), "APN hold in stiff translated English that asks nothing ('It is not needed for you to take any action').",
    H(addr("AWS Training & Certification Support", TC), CO, f"RE: [CASE {CP}] {TCS}", dt("2023-09-12 08:47:03", UTC), m024,
      refs=m023, pre=ms_in("amazon.com", "amazonses.com", "Tue, 12 Sep 2023 08:47:05 +0000")),
    leaf("text/plain", t, "us-ascii", "7bit"), crlf=True)

m025 = mid_other("025", "sfdc.net")
t025 = """黒澤 様

いつも AWS をご利用いただき、ありがとうございます。
AWS トレーニングと認定カスタマーサービスの山口でございます。

先日ご案内いたしましたパートナー組織との関連付けにつきまして、解除が完了した旨の連絡をパートナー担当チームより受領いたしました。お待たせいたしまして大変申し訳ございません。

つきましては、下記 2 件のアカウントの統合を進めさせていただきたく存じます。

アカウント 1 (統合先)
  候補 ID: AWS01938475
  ログイン用メールアドレス: t-kurosawa@hoshizora-sys.co.jp
  トレーニング通知用メールアドレス: t-kurosawa@hoshizora-sys.co.jp
  認定通知用メールアドレス: t-kurosawa@hoshizora-sys.co.jp

アカウント 2 (統合元。統合後は削除されます)
  候補 ID: AWS02750918
  ログイン用メールアドレス: t-kurosawa@hoshizora-sys.co.jp (AWS Partner Central 経由)
  トレーニング通知用メールアドレス: t-kurosawa@hoshizora-sys.co.jp
  認定通知用メールアドレス: (未設定)

上記の内容で、アカウント 1 へ統合してよろしいでしょうか。恐れ入りますが、本メールにご返信のうえ、ご確認のほどよろしくお願いいたします。

なお、統合後はアカウント 2 ではサインインできなくなりますので、あらかじめご了承ください。

山口
AWS Training and Certification
"""
rows = "".join(f"<tr><td style=\"border:1px solid #999;padding:4px\">{a}</td><td style=\"border:1px solid #999;padding:4px\">{b}</td><td style=\"border:1px solid #999;padding:4px\">{c}</td></tr>"
               for a, b, c in [("候補 ID", "AWS01938475", "AWS02750918"),
                               ("ログイン用メールアドレス", CO, CO + " (AWS Partner Central 経由)"),
                               ("トレーニング通知用メールアドレス", CO, CO),
                               ("認定通知用メールアドレス", CO, "(未設定)")])
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=shift_jis\"></head><body>"
        "<p>黒澤 様</p><p>いつも AWS をご利用いただき、ありがとうございます。<br>AWS トレーニングと認定カスタマーサービスの山口でございます。</p>"
        "<p>先日ご案内いたしましたパートナー組織との関連付けにつきまして、解除が完了した旨の連絡をパートナー担当チームより受領いたしました。お待たせいたしまして大変申し訳ございません。</p>"
        "<p>つきましては、下記 2 件のアカウントの統合を進めさせていただきたく存じます。</p>"
        "<table style=\"border-collapse:collapse\"><tr><th></th><th>アカウント 1 (統合先)</th><th>アカウント 2 (統合元)</th></tr>"
        + rows + "</table>"
        "<p>上記の内容で、アカウント 1 へ統合してよろしいでしょうか。恐れ入りますが、本メールにご返信のうえ、ご確認のほどよろしくお願いいたします。</p>"
        "<p>なお、統合後はアカウント 2 ではサインインできなくなりますので、あらかじめご了承ください。</p><p>山口<br>AWS Training and Certification</p></body></html>")
add(L("confirmation_request", True, CP, ["AWS01938475", "AWS02750918"]),
    "Japanese keigo confirmation (よろしいでしょうか / ご確認のほどよろしくお願いいたします) with アカウント 1/2 instead of Account #1/#2; Shift_JIS base64, text+HTML table; opens with hold-lifted news.",
    H(addr("AWS Training & Certification Support", TC), CO, f"RE: [CASE {CP}] {TCS}", dt("2023-09-15 04:40:19", UTC), m025,
      refs=f"{m023} {m024}", pre=ms_in("amazon.com", "amazonses.com", "Fri, 15 Sep 2023 04:40:21 +0000")),
    multi("alternative", [leaf("text/plain", t025, "shift_jis", "base64"), leaf("text/html", html, "shift_jis", "base64")],
          "----=_Part_78813_442019.1694752819771"))

m026 = mid_ol("026")
t = f"""山口様

ご連絡ありがとうございます。
内容を確認しました。上記のとおり、アカウント1 (AWS01938475) への統合をお願いいたします。

黒澤

________________________________
差出人: AWS Training & Certification Support <{TC}>
送信日時: 2023年9月15日 13:40
宛先: 黒澤 拓海 <{CO}>
件名: RE: [CASE {CP}] {TCS}

{t025}"""
add(L("user_reply", case=CP, cands=["AWS01938475"]), "Short Japanese confirmation from the user (UTF-8 8bit, CRLF) above the quoted keigo request with both IDs.",
    H(CO_A, addr("AWS Training & Certification Support", TC), f"RE: RE: [CASE {CP}] {TCS}", dt("2023-09-15 15:02:44"), m026,
      irt=m025, refs=f"{m023} {m024} {m025}", extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    leaf("text/plain", t, "utf-8", "8bit"), crlf=True)

t = f"""<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Takumi,</p>
<p>All set &mdash; the two accounts are now one.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">
<tr style="background:#f2f3f3"><th align="left">Record</th><th align="left">Candidate ID</th><th align="left">Status</th></tr>
<tr><td>Surviving account</td><td>AWS01938475</td><td>Active</td></tr>
<tr><td>Merged account</td><td>AWS02750918</td><td>Merged / closed</td></tr>
</table>
<p>Your exam history, certifications and benefits are all under AWS01938475. No further action is needed on your side.</p>
<p>If anything looks off when you sign in, just reply to this email and we'll take a look.</p>
<p>Best,<br>Daniela<br>AWS Training and Certification Customer Service</p>
<div style="color:#999;font-size:11px">Case {CP}</div>
</body></html>
"""
add(L("resolved", case=CP, cands=["AWS01938475", "AWS02750918"]), "HTML-only resolution with a status table; 'No further action is needed' plus conditional reply invitation.",
    H(addr("AWS Training & Certification Support", TC), CO, f"RE: [CASE {CP}] {TCS}", dt("2023-09-18 01:12:55", UTC), mid_other("027", "sfdc.net"),
      irt=m026, refs=f"{m023} {m025} {m026}", pre=ms_in("amazon.com", "amazonses.com", "Mon, 18 Sep 2023 01:12:57 +0000")),
    leaf("text/html", t, "utf-8", "quoted-printable"))

t = """黒澤 拓海 様

「クラウド勉強会 #48」へのお申し込みありがとうございます。
明日 10/3(火) 19:00 より開催いたします。

■ 会場: オンライン (参加用 URL は開始 30 分前にお送りします)
■ テーマ: マルチアカウント運用と AWS Organizations

参加できなくなった場合は、お手数ですがイベントページからキャンセル手続きをお願いします。
ご質問は本メールへの返信でも受け付けております。

クラウド勉強会 運営事務局
"""
add(L("unrelated"), "Japanese event reminder (UTF-8 base64) with お願いします and a reply invitation.",
    H(addr("クラウド勉強会 運営事務局", "no-reply@benkyokai-portal.jp"), ME, "【リマインド】クラウド勉強会 #48 は明日開催です",
      dt("2023-10-02 12:00:05"), mid_other("028", "benkyokai-portal.jp"),
      pre=g_in("benkyokai-portal.jp", "bounce@benkyokai-portal.jp", "Mon, 02 Oct 2023 03:00:06 -0700 (PDT)", ip="198.51.100.23", host="mail.benkyokai-portal.jp")),
    leaf("text/plain", t, "utf-8", "base64"))

# ======================================================================= 2025
t = """Dear Takumi Kurosawa,

AWS Certification wants to hear from you!

You are invited to take part in a short survey about your experience with AWS Certification:
preparing for exams, scheduling, the exam day and what your certification has done for your career.
Your input helps us shape the future of the program.

Take the survey (about 10 minutes): https://certmetrics.com/amazon/survey/2025q1?i=6f0e21

The survey closes on February 28, 2025. This invitation is unique to you; please do not forward it.

Thank you,
AWS Certification
"""
add(L("certification"), "certmetrics 'wants to hear from you' feedback invitation: reads like a survey but is a certification-program notice.",
    H(addr("AWS Certification", "do-not-reply@certmetrics.com"), CO, "AWS Certification wants to hear from you",
      dt("2025-02-14 15:30:00", UTC), mid_other("029", "certmetrics.com"),
      pre=ms_in("certmetrics.com", "certmetrics.com", "Fri, 14 Feb 2025 15:30:02 +0000", ip="168.245.12.3", host="o1.email.certmetrics.com")),
    leaf("text/plain", t, "us-ascii", "7bit"), crlf=True)

t = """黒澤 拓海 さん

情報システム部です。
退職予定日 (2025年3月31日) にともない、以下のとおりアカウントを停止します。

・メール (t-kurosawa@hoshizora-sys.co.jp): 3月31日 23:59 に停止します。
  4月1日以降にこのアドレス宛に届いたメールは、送信元にエラーとして返送されます。
・転送設定: 社外アドレスへの自動転送は規程により設定できません。
・外部サービスの登録 (資格・学習サイトなど) は、退職日までにご自身で個人のアドレスへ変更してください。

不明点があれば、このメールに返信してください。

情報システム部 ヘルプデスク (内線 2200)
"""
add(L("unrelated"), "Company IT notice about the mailbox closing (Shift_JIS base64, CRLF); plain 返信してください from non-AWS.",
    H(addr("情報システム部", "it-helpdesk@hoshizora-sys.co.jp", "shift_jis"), CO, "【情報システム部】退職予定者のメールアカウント停止について",
      dt("2025-02-19 10:03:27"), mid_ol("030"), scs="shift_jis",
      extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    leaf("text/plain", t, "shift_jis", "base64"), crlf=True)

t = """黒澤 拓海 様

人事部 労務グループの田中です。
退職に伴う手続きについてご連絡いたします。

下記の書類を、3月14日(金)までにご提出いただけますでしょうか。

・退職届 (原本)
・健康保険被保険者証 (ご本人分およびご家族分)
・貸与物返却チェックシート

また、離職票の送付先のご住所に変更がある場合は、本メールにてお知らせください。

ご不明な点がございましたら、本メールにご返信ください。
何卒よろしくお願いいたします。

人事部 労務グループ 田中
"""
add(L("unrelated"), "HR keigo request with いただけますでしょうか and ご返信ください (ISO-2022-JP) - a real request, but not from AWS support.",
    H(addr("人事部 労務グループ", "jinji@hoshizora-sys.co.jp", "iso-2022-jp"), CO_AJ, "退職手続き書類のご提出のお願い",
      dt("2025-02-27 16:40:10"), mid_ol("031"), scs="iso-2022-jp", extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    leaf("text/plain", t, "iso-2022-jp", "7bit"), crlf=True)

t = """Hello,

Thank you for creating an AWS Builder ID. To verify your email address, enter this code:

Verification code: 604219

This code expires 30 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
"""
add(L("unrelated"), "Builder ID verification with a 6-digit code.",
    H(addr("AWS", "no-reply@signin.aws"), ME, "Verify your AWS Builder ID email address", dt("2025-03-08 02:11:40", UTC),
      mid_ses("032"), pre=g_in("signin.aws", "0101@us-east-1.amazonses.com", "Fri, 07 Mar 2025 18:11:41 -0800 (PST)")),
    leaf("text/plain", t, "us-ascii", "7bit"))

t = """Hi Takumi,

Welcome! Your AWS Certification Account has been created.

Candidate ID: AWS03317264
Email: takumi.kurosawa.jp@gmail.com

From your account you can schedule exams, see your results, download certificates and manage
benefits.

Already hold AWS Certifications under another account? Contact AWS Training and Certification
support to have the accounts merged: https://support.aws.amazon.com/#/contacts/aws-training

AWS Certification
"""
add(L("certification", cands=["AWS03317264"]), "certmetrics welcome for the new personal certification account; new candidate ID; mentions merging.",
    H(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME, "Welcome to your AWS Certification Account",
      dt("2025-03-08 02:24:03", UTC), mid_other("033", "certmetrics.com"),
      pre=g_in("certmetrics.com", "bounces+2291@em.certmetrics.com", "Fri, 07 Mar 2025 18:24:04 -0800 (PST)", ip="168.245.12.3", host="o1.email.certmetrics.com")),
    leaf("text/plain", t, "us-ascii", "7bit"))

# 034 ack M
m034 = mid_ses("034")
t034 = f"""AWS Training and Certification | Customer Support
------------------------------------------------------------
Case {CM} - Status: Open

Hello Takumi,

Thanks for getting in touch. We've received your request and opened case {CM}.
In most cases you can expect an answer within 24 hours; at busy times it may take a little longer.

Please keep all correspondence about this request on this case. Opening another case for the same
request will not speed things up and may slow down our reply.

If you have anything to add, reply to this email and keep the case number in the subject line.

What you told us
------------------------------------------------------------
Use case: I am leaving Hoshizora Systems at the end of March and would like to merge my company
certification account into my personal one.
Email addresses used: t-kurosawa@hoshizora-sys.co.jp, takumi.kurosawa.jp@gmail.com
Email address to keep: takumi.kurosawa.jp@gmail.com

------------------------------------------------------------
AWS Training and Certification Customer Support
This message was sent to takumi.kurosawa.jp@gmail.com regarding case {CM}.
"""
html = (f"<html><body style=\"font-family:Arial,sans-serif\"><div style=\"background:#232f3e;color:#fff;padding:10px\">AWS Training and Certification | Customer Support</div>"
        f"<p style=\"color:#555\">Case {CM} &middot; Status: <b>Open</b></p><p>Hello Takumi,</p>"
        f"<p>Thanks for getting in touch. We've received your request and opened case {CM}. In most cases you can expect an answer within 24 hours; at busy times it may take a little longer.</p>"
        "<p>Please keep all correspondence about this request on this case. Opening another case for the same request will not speed things up and may slow down our reply.</p>"
        "<p>If you have anything to add, reply to this email and keep the case number in the subject line.</p>"
        "<h4>What you told us</h4><table cellpadding=\"4\"><tr><td>Use case</td><td>I am leaving Hoshizora Systems at the end of March and would like to merge my company certification account into my personal one.</td></tr>"
        f"<tr><td>Email addresses used</td><td>{CO}, {ME}</td></tr><tr><td>Email address to keep</td><td>{ME}</td></tr></table>"
        f"<p style=\"color:#888;font-size:11px\">This message was sent to {ME} regarding case {CM}.</p></body></html>")
add(L("acknowledgement", case=CM), "2025 ack template (15-digit case, multipart); 'If you have anything to add, reply to this email'; echoed use case.",
    H(AWS_TC, ME, f"RE:[CASE {CM}] {TCS}", dt("2025-03-10 00:12:41", UTC), m034,
      pre=g_in("amazon.com", "0101019578a1b2c3@us-east-1.amazonses.com", "Sun, 09 Mar 2025 17:12:42 -0700 (PDT)")),
    multi("alternative", [leaf("text/plain", t034, "UTF-8", "7bit"), leaf("text/html", html, "UTF-8", "quoted-printable")],
          "----=_Part_1207749_311872004.1741565561377"))

# 035 ack D (duplicate, Japanese, base64)
m035 = mid_ses("035")
t035 = f"""AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

ケース {CD} を作成しました。通常 24 時間以内にご回答いたしますが、最善の解決策を見つけるためにさらにお時間をいただく場合がございます。

すでに同じ内容でケースを作成されている場合は、新たなケースを作成しないでください。同様のリクエストについて複数のケースがあると、対応が遅れる原因となります。

お問い合わせ内容:
退職に伴い、会社のメールアドレスの認定アカウントを個人アカウント (takumi.kurosawa.jp@gmail.com) に統合したいです。

補足事項がございましたら、このメールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサポート
"""
add(L("acknowledgement", case=CD), "Second acknowledgement for the same request (duplicate form submission) to the company address; Japanese UTF-8 base64; conditional 補足事項がございましたら…ご返信ください.",
    H(addr("AWS トレーニングと認定", TC), CO, f"RE: [CASE {CD}] {TCS}", dt("2025-03-10 02:42:10", UTC), m035,
      pre=ms_in("amazon.com", "amazonses.com", "Mon, 10 Mar 2025 02:42:12 +0000")),
    leaf("text/plain", t035, "UTF-8", "base64"))

m036 = mid_ol("036")
t = f"""メモ: フォームを2回送ってしまった。こちらは重複 (本命は個人アドレスの {CM})。
会社アドレスは3月末で止まるので、念のため個人にも転送しておく。

________________________________
差出人: AWS トレーニングと認定 <{TC}>
送信日時: 2025年3月10日 11:42
宛先: 黒澤 拓海 <{CO}>
件名: RE: [CASE {CD}] {TCS}

{t035}"""
add(L("user_reply", case=CD), "User forwards the duplicate ack from the company to the personal address with a note; own text mentions the other case number.",
    H(CO_A, addr("Takumi Kurosawa", ME), f"FW: RE: [CASE {CD}] {TCS}", dt("2025-03-10 11:50:31"), m036,
      extra=[("X-Mailer", "Microsoft Outlook 16.0")],
      pre=g_in("hoshizora-sys.co.jp", CO, "Sun, 09 Mar 2025 19:50:33 -0700 (PDT)", ip="40.107.74.92", host="mail-os0jpn01on2092.outbound.protection.outlook.com",
               policy="p=NONE sp=NONE dis=NONE")),
    leaf("text/plain", t, "utf-8", "8bit"), crlf=True)

m037 = mid_ol("037")
t = f"""Hello,

Sorry, I submitted the form twice by mistake. My request is already open as case {CM} (sent
from my personal address). Could you please close this duplicate one?

Takumi Kurosawa

-----Original Message-----
From: AWS トレーニングと認定 <{TC}>
Sent: Monday, March 10, 2025 11:42 AM
To: 黒澤 拓海 <{CO}>
Subject: RE: [CASE {CD}] {TCS}

{t035}"""
add(L("user_reply", case=CD), "User asks support to close the duplicate (the user's own 'Could you please'), citing the other case number in the body.",
    H(addr("Takumi Kurosawa", CO), addr("AWS トレーニングと認定", TC), f"RE: [CASE {CD}] {TCS}", dt("2025-03-10 12:05:48"), m037,
      irt=m035, refs=m035, extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    leaf("text/plain", t, "utf-8", "8bit"), crlf=True)

t = f"""Hi Takumi,

No problem at all. I've closed case {CD} as a duplicate. Your original request, case
{CM}, stays open and my colleagues will follow up with you there.

No further action is required on this case.

Thanks,
Jun
AWS Training and Certification
"""
add(L("resolved", case=CD), "Duplicate closed by support at the user's request: words 'closed' and a second case number, but nothing left to do.",
    H(AWS_TC, CO, f"RE: [CASE {CD}] {TCS}", dt("2025-03-11 03:10:26", UTC), mid_ses("038"),
      irt=m037, refs=f"{m035} {m037}", pre=ms_in("amazon.com", "amazonses.com", "Tue, 11 Mar 2025 03:10:28 +0000")),
    leaf("text/plain", t, "us-ascii", "7bit"))

# 039 phishing lookalike domain
t = """<html><body style="font-family:Arial">
<img src="https://aws-certification-merge.com/img/aws-logo.png" alt="aws" width="80">
<h3>Action required: verify your AWS Certification account</h3>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (Case 174168523300871).
To protect your certifications, you must verify your identity within <b>24 hours</b>.
If we do not receive your verification the merge will be cancelled and your certifications may be suspended.</p>
<p><a href="https://aws-certification-merge.com/verify?c=174168523300871" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Verify now</a></p>
<p>AWS Training &amp; Certification Team</p>
</body></html>
"""
add(L("suspicious"), "Lookalike domain aws-certification-merge.com (its own DKIM/DMARC pass); fake 15-digit case number; urgent verify link.",
    H(addr("AWS Training & Certification", "support@aws-certification-merge.com"), ME,
      "Action Required: Verify your certification account before merge [Case 174168523300871]", dt("2025-03-11 09:27:13", UTC),
      mid_other("039", "aws-certification-merge.com"),
      pre=g_in("aws-certification-merge.com", "bounce@aws-certification-merge.com", "Tue, 11 Mar 2025 02:27:15 -0700 (PDT)",
               ip="185.234.72.19", host="mx1.aws-certification-merge.com", policy="p=NONE sp=NONE dis=NONE")),
    leaf("text/html", t, "utf-8", "7bit"))

# 040 on_hold M with ask, long
m040 = mid_ses("040")
t040 = f"""Hello Takumi,

Thank you for your patience while we looked into this, and for the detail in your request - it made
the search much easier.

I was able to find both certification accounts:

- the account you created on March 8 with takumi.kurosawa.jp@gmail.com, and
- the account registered with t-kurosawa@hoshizora-sys.co.jp, which holds your exam history, your
  active certifications and a 50% exam voucher.

The second account, however, is associated with an AWS Partner Network (APN) organization, Hoshizora
Systems Co., Ltd. Certifications held on a partner-associated account count toward that partner's
program requirements, and for that reason we don't move them to a personal account while the holder
is still employed by the partner - doing so would change the partner's records without their
knowledge. Usually the association is released when the person leaves the company, and our partner
operations team can release it earlier if the partner agrees.

I have put the merge on hold for now. For us to take it forward, could you let us know whether you
are leaving Hoshizora Systems and, if so, what your last working day will be? It also helps to know
whether you still have access to the company mailbox, as some partners ask us to confirm through the
employee's company address.

Kind regards,
Oksana
AWS Training and Certification Customer Service
"""
html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in t040.split("\n\n")) + "</body></html>"
add(L("on_hold", True, CM), "APN hold with the ask ('could you let us know…') at the end of a long explanation; multipart.",
    H(AWS_TC, ME, f"RE:[CASE {CM}] {TCS}", dt("2025-03-12 01:40:09", UTC), m040, refs=m034,
      pre=g_in("amazon.com", "0101019587d3e4f5@us-east-1.amazonses.com", "Tue, 11 Mar 2025 18:40:10 -0700 (PDT)")),
    multi("alternative", [leaf("text/plain", t040, "UTF-8", "quoted-printable"), leaf("text/html", html, "UTF-8", "quoted-printable")],
          "----=_Part_1283341_1994433871.1741743609551"))

m041 = mid_ol("041")
t041 = """Hello Oksana,

Thank you for the explanation. Yes, I am leaving Hoshizora Systems; my last working day is
March 31, 2025. I still have access to this mailbox until then. I have copied my manager,
Mr. Yoshida, who can confirm.

Best regards,
Takumi Kurosawa
"""
t = f"""{t041}
-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Wednesday, March 12, 2025 10:40 AM
To: Takumi Kurosawa <{ME}>
Subject: RE:[CASE {CM}] {TCS}

{t040}"""
add(L("user_reply", case=CM), "User answers the hold from the company address (not the address on the case), cc manager; Outlook quoting of the long request.",
    H(addr("Takumi Kurosawa", CO), AWS_TC, f"RE: RE:[CASE {CM}] {TCS}", dt("2025-03-12 10:15:02"), m041,
      cc=addr("吉田 圭", "k-yoshida@hoshizora-sys.co.jp"), irt=m040, refs=f"{m034} {m040}",
      extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    leaf("text/plain", t, "utf-8", "8bit"), crlf=True)

t = """3月14日(金)まで出張のため不在にしております。
期間中はメールの確認が遅れますので、お急ぎの場合は部内の佐々木までご連絡ください。

I am out of the office on a business trip until Friday, March 14, with limited access to email.
For urgent matters please contact Sasaki in our department.

吉田 圭
"""
add(L("unrelated"), "Manager's out-of-office (ISO-2022-JP) whose subject carries the case number; auto-reply belongs to no case.",
    H(addr("吉田 圭", "k-yoshida@hoshizora-sys.co.jp", "iso-2022-jp"), addr("Takumi Kurosawa", CO),
      f"自動応答: RE: RE:[CASE {CM}] {TCS}", dt("2025-03-12 10:15:09"), mid_ol("042"), irt=m041, refs=m041, scs="iso-2022-jp",
      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "k-yoshida@hoshizora-sys.co.jp")]),
    leaf("text/plain", t, "iso-2022-jp", "7bit"), crlf=True)

m043 = mid_ses("043")
t043 = f"""Please send the confirmation above again from takumi.kurosawa.jp@gmail.com - we can only act on
instructions that come from the address on the account you're keeping, and your last message came
from the company domain.

Thanks
Tom | AWS T&C Support
"""
t = f"""{t043}
-----
On 2025-03-12 01:15 GMT, {CO} wrote:
{q(t041)}
"""
add(L("info_request", True, CM), "Terse wrong-address request, ask in the very first line; sent to both addresses.",
    H(AWS_TC, ME, f"RE:[CASE {CM}] {TCS}", dt("2025-03-13 00:20:51", UTC), m043, cc=CO, irt=m041, refs=f"{m034} {m040} {m041}",
      pre=g_in("amazon.com", "0101019588aa01bb@us-east-1.amazonses.com", "Wed, 12 Mar 2025 17:20:52 -0700 (PDT)")),
    leaf("text/plain", t, "us-ascii", "7bit"))

m044 = mid_gmail("044")
t044 = """Hello Tom,

Resending from my personal address as requested:

I am leaving Hoshizora Systems Co., Ltd. My last working day is March 31, 2025. Please go ahead
with the merge into this account (takumi.kurosawa.jp@gmail.com) once the partner association is
released.

Best regards,
Takumi Kurosawa
"""
t = f"""{t044}
2025年3月13日(木) 9:20 AWS Training and Certification <{TC}>:

{q(t043)}
> -----
> On 2025-03-12 01:15 GMT, {CO} wrote:
{q(q(t041))}
"""
html = ("<div dir=\"ltr\">" + t044.replace("\n\n", "<br><br>").replace("\n", " ") + "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
        f"2025年3月13日(木) 9:20 AWS Training and Certification &lt;{TC}&gt;:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
        + t043.replace("\n", "<br>") + "</blockquote></div>")
add(L("user_reply", case=CM), "User resends from the personal address; Gmail Japanese attribution line (2025年3月13日(木) … :) over quoted request.",
    H(ME_A, TC, f"Re: RE:[CASE {CM}] {TCS}", dt("2025-03-13 09:41:17"), m044, irt=m043, refs=f"{m034} {m040} {m041} {m043}"),
    multi("alternative", [leaf("text/plain", t, "UTF-8", "quoted-printable"), leaf("text/html", html, "UTF-8", "quoted-printable")],
          "000000000000a9e3f4063027c1d2"))

m045 = mid_ses("045")
t = f"""Hello Takumi,

Thanks - that's all I needed from you for now.

I've passed your case to our partner operations team with a request to release the APN association on
the Hoshizora Systems account. They normally come back within 3 to 5 business days, sometimes sooner.
Until then the case stays on hold on our side; you don't need to do anything.

If your last day changes, feel free to let us know by replying to this email.

Kind regards,
Oksana
AWS Training and Certification Customer Service
"""
add(L("on_hold", case=CM), "Hold waiting on the partner team that asks nothing; conditional 'feel free to let us know by replying'.",
    H(AWS_TC, ME, f"RE:[CASE {CM}] {TCS}", dt("2025-03-14 02:02:33", UTC), m045, irt=m044, refs=f"{m034} {m040} {m044}",
      pre=g_in("amazon.com", "010101958d1e2f30@us-east-1.amazonses.com", "Thu, 13 Mar 2025 19:02:34 -0700 (PDT)")),
    leaf("text/plain", t, "us-ascii", "7bit"))

t = """@kurosawa-t merged commit 3f9c2ab into main 1 minute ago.

Add notes on AWS certification account merge (#12)

—
Reply to this email directly, view it on GitHub:
https://github.com/kurosawa-t/aws-cert-notes/pull/12#event-16733019422
You are receiving this because you authored the thread.
"""
add(L("unrelated"), "GitHub notification: a PR about 'certification account merge' was merged.",
    H(addr("Takumi Kurosawa", "notifications@github.com"), "kurosawa-t/aws-cert-notes <aws-cert-notes@noreply.github.com>",
      "Re: [kurosawa-t/aws-cert-notes] Add notes on AWS certification account merge (PR #12)", dt("2025-03-15 05:10:44", UTC),
      "<kurosawa-t/aws-cert-notes/pull/12/issue_event/16733019422@github.com>", cc=f"{ME_A}, Author <author@noreply.github.com>",
      irt="<kurosawa-t/aws-cert-notes/pull/12@github.com>", refs="<kurosawa-t/aws-cert-notes/pull/12@github.com>",
      extra=[("X-GitHub-Reason", "author")],
      pre=g_in("github.com", "noreply@github.com", "Fri, 14 Mar 2025 22:10:45 -0700 (PDT)", ip="192.30.252.205", host="out-22.smtp.github.com")),
    leaf("text/plain", t, "UTF-8", "8bit"))

t = """送別会のお知らせ

黒澤さんが3月末でご退職されることになりました。
つきましては、下記のとおり送別会を開催します。

日時: 3月28日(金) 19:00〜
場所: 品川駅港南口 「炭火焼 こなん」

出欠を3月21日(金)までにこのメールへの返信でお知らせください。
(黒澤さんご本人は出欠の返信は不要です!)

幹事 佐々木
"""
add(L("unrelated"), "Colleagues' farewell party mail (UTF-8 8bit): asks for an RSVP by reply, explicitly not from the person.",
    H(addr("佐々木 美穂", "m-sasaki@hoshizora-sys.co.jp"), "cloud-dept@hoshizora-sys.co.jp", "【ご案内】黒澤さん送別会 (3/28)",
      dt("2025-03-17 12:31:09"), mid_ol("046b"), extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    leaf("text/plain", t, "utf-8", "8bit"), crlf=True)

t = """##- Please type your reply above this line -##

Hi Takumi,

We haven't heard back from you in 7 days, so we've closed case #04821937 ("Unable to export
dashboard to PDF").

If you still need help, simply reply to this email within the next 14 days and the case will be
reopened automatically.

Thanks,
Cloudpeak Support

This email is a service from Cloudpeak Support. [ZD7Q-R42K]
"""
add(L("unrelated"), "Another vendor's closed-for-inactivity notice ('reply to reopen') - same shape as an AWS closing notice.",
    H(addr("Cloudpeak Support", "support@cloudpeak.io"), ME, "[Cloudpeak Support] Case #04821937 closed: Unable to export dashboard to PDF",
      dt("2025-03-17 16:02:18", UTC), mid_other("047", "cloudpeak.zendesk.com"),
      pre=g_in("cloudpeak.io", "support+id04821937@cloudpeak.zendesk.com", "Mon, 17 Mar 2025 09:02:19 -0700 (PDT)", ip="192.161.144.10", host="spruce-goose-bd.zendesk.com")),
    leaf("text/plain", t, "utf-8", "8bit"))

# 048 spoof of the genuine sender with dmarc=fail
t = """Hello,

We are ready to merge your AWS Certification accounts. Please review:

Account #1
Login email: takumi.kurosawa.jp@gmail.com
Training notification email: takumi.kurosawa.jp@gmail.com
Certification notification email: takumi.kurosawa.jp@gmail.com

Account #2
Login email: t-kurosawa@hoshizora-sys.co.jp
Training notification email: t-kurosawa@hoshizora-sys.co.jp
Certification notification email: t-kurosawa@hoshizora-sys.co.jp

To confirm the merge into Account #1, sign in with your Builder ID at the secure link below within
48 hours. Unconfirmed requests are cancelled automatically.

https://aws-training-certification.support-verify.com/merge?case=174227420400911

Sincerely,
AWS Training and Certification Customer Service
"""
add(L("suspicious"), "Spoofed From of the real form address, Account #1/#2 listing and confirm ask, but Authentication-Results show dkim=fail / dmarc=fail for amazon.com; different case number.",
    H(addr("AWS Training and Certification", TC), ME, f"RE:[CASE 174227420400911] {TCS}", dt("2025-03-18 05:03:24", UTC),
      "<20250318050324.6F1C2A0B91@mail-srv41.sendq.top>", reply_to="aws-tc-support@support-verify.com",
      pre=g_in("amazon.com", TC, "Mon, 17 Mar 2025 22:03:26 -0700 (PDT)", dkim="fail", spf="fail", dmarc="fail",
               ip="45.148.10.77", host="mail-srv41.sendq.top", policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE")),
    leaf("text/plain", t, "us-ascii", "7bit"))

m049 = mid_ses("049")
t = f"""Hi Takumi,

Quick update on your case. Our partner operations team has heard back from Hoshizora Systems, and
the partner association on your company certification account is being released so we can proceed
before your last day.

I'm now preparing the merge and will send you a summary of both accounts to check before anything
is moved. Nothing is needed from you at this point.

Rafael
AWS Training and Certification
"""
add(L("case_update", case=CM), "Progress news; announces a later check ('will send you a summary to check') but asks nothing now.",
    H(AWS_TC, ME, f"RE:[CASE {CM}] {TCS}", dt("2025-03-18 07:44:12", UTC), m049, refs=f"{m034} {m045}",
      pre=g_in("amazon.com", "01010195a7c2d3e4@us-east-1.amazonses.com", "Tue, 18 Mar 2025 00:44:13 -0700 (PDT)")),
    leaf("text/plain", t, "us-ascii", "7bit"))

m050 = mid_ses("050")
t050 = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Takumi,</p>
<p>While putting the merge summary together I noticed the two accounts have different mailing addresses on file:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Account</th><th>Mailing address</th><th>Type</th></tr>
<tr><td>{CO}</td><td>Hoshizora Systems Co., Ltd., 2-3-1 Konan, Minato-ku, Tokyo 108-0075</td><td>Business</td></tr>
<tr><td>{ME}</td><td>4-12-8 Kyodo, Setagaya-ku, Tokyo 156-0052</td><td>Home</td></tr>
</table>
<p>Only one survives the merge. Which one should we keep? It is the address we use for anything we ship to you, for example certification merchandise.</p>
<p>Rafael<br>AWS Training and Certification</p>
</body></html>
"""
add(L("info_request", True, CM), "HTML-only mail with a table; the ask is a bare question after the table about something other than the merge choice (which mailing address to keep).",
    H(AWS_TC, ME, f"RE:[CASE {CM}] {TCS}", dt("2025-03-19 02:02:40", UTC), m050, refs=f"{m034} {m049}",
      pre=g_in("amazon.com", "01010195ab11c2d3@us-east-1.amazonses.com", "Tue, 18 Mar 2025 19:02:41 -0700 (PDT)")),
    leaf("text/html", t050, "UTF-8", "7bit"))

m051 = mid_gmail("051")
t = f"""Please keep the home address in Setagaya. Thanks!

Takumi

On Wed, Mar 19, 2025 at 11:02 AM AWS Training and Certification <{TC}> wrote:
> Hi Takumi,
>
> While putting the merge summary together I noticed the two accounts have different mailing
> addresses on file:
>
> Account  Mailing address  Type
> {CO}  Hoshizora Systems Co., Ltd., 2-3-1 Konan, Minato-ku, Tokyo 108-0075  Business
> {ME}  4-12-8 Kyodo, Setagaya-ku, Tokyo 156-0052  Home
>
> Only one survives the merge. Which one should we keep? It is the address we use for anything we
> ship to you, for example certification merchandise.
>
> Rafael
> AWS Training and Certification
"""
add(L("user_reply", case=CM), "One-line user answer, English Gmail 'On … wrote:' quoting the question.",
    H(ME_A, TC, f"Re: RE:[CASE {CM}] {TCS}", dt("2025-03-19 12:47:55"), m051, irt=m050, refs=f"{m034} {m049} {m050}"),
    leaf("text/plain", t, "UTF-8", "7bit"))

m052 = mid_ses("052")
td = "style=\"border:1px solid #bbb;padding:5px 8px\""
acct_rows = "".join(f"<tr><td {td}>{a}</td><td {td}>{b}</td><td {td}>{c}</td></tr>" for a, b, c in [
    ("Candidate ID", "AWS03317264", "AWS01938475"),
    ("Login email", ME, CO),
    ("Training notification email", ME, CO),
    ("Certification notification email", ME, CO),
    ("Mailing address", "Setagaya-ku, Tokyo (home)", "Minato-ku, Tokyo (business)")])
t052 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hi Takumi,</p>
<p>Thanks for your patience. The APN association on your company account has been released and I've noted your address preference. Below are the two accounts I found for you:</p>
<table style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th {td}></th><th {td}>Account #1</th><th {td}>Account #2</th></tr>
{acct_rows}
</table>
<p>Once merged, Account #2 will be closed and its exam history, certifications and benefits (including the 50% exam voucher) moved to Account #1.</p>
<p>Please confirm that you would like to merge the accounts into Account #1 by replying to this email. If you would rather keep Account #2 as the primary account, let me know that instead.</p>
<p>Regards,<br>Brendan<br>AWS Training and Certification Customer Service</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:12px;color:#687078">How are we doing? <a href="https://survey.aws.training/r?c={CM}&amp;v=up">&#128077;</a> <a href="https://survey.aws.training/r?c={CM}&amp;v=down">&#128078;</a></p>
</body></html>
"""
add(L("confirmation_request", True, CM, ["AWS03317264", "AWS01938475"]),
    "HTML-only (quoted-printable) Account #1/#2 table; ask after the table; thumbs-up/down feedback footer.",
    H(AWS_TC, ME, f"RE:[CASE {CM}] {TCS}", dt("2025-03-20 04:18:30", UTC), m052, refs=f"{m034} {m050} {m051}",
      pre=g_in("amazon.com", "01010195b0a1b2c3@us-east-1.amazonses.com", "Wed, 19 Mar 2025 21:18:31 -0700 (PDT)")),
    leaf("text/html", t052, "UTF-8", "quoted-printable"))

t = """黒澤 拓海 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の確認をお知らせします。

注文番号: 250-4418203-9916632
注文日: 2025/03/20

Anker PowerExpand 8-in-1 USB-C ハブ   数量: 1   ¥6,990
お届け予定: 3月22日(土)

ご注文内容の確認や変更は「注文履歴」から行えます。
このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。

Amazon.co.jp
"""
add(L("unrelated"), "Amazon.co.jp order confirmation (amazon domain, passing DMARC, Japanese QP).",
    H(addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), ME, "Amazon.co.jp ご注文の確認 「Anker PowerExpand 8-in-1 USB-C ハブ」",
      dt("2025-03-20 21:14:02"), mid_ses("053"),
      pre=g_in("amazon.co.jp", "20250320121402c7d1@bounces.amazon.co.jp", "Thu, 20 Mar 2025 05:14:03 -0700 (PDT)", ip="52.95.49.10", host="a49-10.smtp-out.amazonses.com")),
    leaf("text/plain", t, "utf-8", "quoted-printable"))

t = """AWS Summit Japan 2025 の登録受付を開始しました。

日程: 2025年6月25日(水)・26日(木)
会場: 幕張メッセ

基調講演、150 以上のセッション、AWS 認定者ラウンジなどをご用意しています。
AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。

今すぐ登録: https://aws.amazon.com/jp/summits/japan/

本メールは配信専用です。配信停止をご希望の場合はこちら。
アマゾン ウェブ サービス ジャパン合同会社
"""
html = "<html><body><h2>AWS Summit Japan 2025 の登録受付を開始しました</h2><p>日程: 2025年6月25日(水)・26日(木)<br>会場: 幕張メッセ</p><p>AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。</p><p><a href=\"https://aws.amazon.com/jp/summits/japan/\">今すぐ登録</a></p></body></html>"
add(L("unrelated"), "AWS marketing in Japanese from aws-marketing-email-replies@amazon.com (genuine AWS, not a case).",
    H(addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME, "【AWS Summit Japan 2025】登録受付を開始しました",
      dt("2025-03-21 01:00:00", UTC), mid_other("054", "mktomail.com"),
      pre=g_in("amazon.com", "112-TZM-766.0.41823.0.0.1234@mktomail.com", "Thu, 20 Mar 2025 18:00:01 -0700 (PDT)", ip="199.15.214.180", host="mail180.mktomail.com")),
    multi("alternative", [leaf("text/plain", t, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
          "----=_Part_55710_1198264.1742518800000"))

m055 = mid_ses("055")
t052txt = f"""Hi Takumi,

Thanks for your patience. The APN association on your company account has been released and I've
noted your address preference. Below are the two accounts I found for you:

                                  Account #1               Account #2
Candidate ID                      AWS03317264              AWS01938475
Login email                       {ME}  {CO}
Training notification email       {ME}  {CO}
Certification notification email  {ME}  {CO}

Once merged, Account #2 will be closed and its exam history, certifications and benefits (including
the 50% exam voucher) moved to Account #1.

Please confirm that you would like to merge the accounts into Account #1 by replying to this email.
If you would rather keep Account #2 as the primary account, let me know that instead.

Regards,
Brendan
AWS Training and Certification Customer Service
"""
t055own = """Hi Takumi,

Just checking in on the message below. We haven't had a reply yet, and cases with no response for
72 hours are closed automatically. If you still want the merge, a reply to this email keeps the case
open.

Brendan
"""
t055 = f"""{t055own}
-------- Original message --------
From: AWS Training and Certification <{TC}>
Date: 3/20/25 4:18 AM (GMT+00:00)
To: {ME}
Subject: RE:[CASE {CM}] {TCS}

{t052txt}"""
add(L("closing_notice", True, CM), "Closing warning top-posted above the quoted confirmation request (the IDs and the ask are only in the quote).",
    H(AWS_TC, ME, f"RE:[CASE {CM}] {TCS}", dt("2025-03-24 05:30:12", UTC), m055, irt=m052, refs=f"{m034} {m051} {m052}",
      pre=g_in("amazon.com", "01010195c4d5e6f7@us-east-1.amazonses.com", "Sun, 23 Mar 2025 22:30:13 -0700 (PDT)")),
    leaf("text/plain", t055, "UTF-8", "8bit"))

t = """Dear Takumi Kurosawa,

This is a reminder of your upcoming exam appointment.

Registration ID: 502918377
Exam: AWS Certified Developer - Associate (DVA-C02)
Appointment: Saturday, March 29, 2025 at 1:00 PM Japan Standard Time
Delivery: OnVUE online proctored

Before exam day, please run the system test on the computer you will use and confirm that the name
in your profile matches your government-issued ID.

Pearson VUE
"""
add(L("unrelated"), "Exam-vendor reminder: 9-digit registration ID, 'please confirm' about the ID (not support).",
    H(addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME, "Reminder: Your AWS exam appointment is in 4 days",
      dt("2025-03-25 01:00:31", UTC), mid_other("056", "pearson.com"),
      pre=g_in("pearson.com", "bounce@pearson.com", "Mon, 24 Mar 2025 18:00:32 -0700 (PDT)", ip="159.182.1.27", host="mail1.pearson.com")),
    leaf("text/plain", t, "us-ascii", "7bit"))

t = """お客様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

お客様の AWS 認定アカウント統合のお手続きが保留状態となっております。
本日中に下記 URL よりサインインのうえ、本人確認を完了してください。
本人確認が完了しない場合、保有されている認定資格が失効する可能性がございます。

▼本人確認はこちら
https://aws-training-jp.net/verify/certification?id=83ae12

※本メールは送信専用アドレスから配信しております。

AWS トレーニングと認定 サポートセンター
"""
add(L("suspicious"), "Japanese phishing from lookalike aws-training-jp.net (Shift_JIS base64), urgent 'today' verification.",
    H(addr("AWS トレーニングと認定", "no-reply@aws-training-jp.net", "shift_jis"), ME, "【重要】AWS認定アカウント統合の最終確認のお願い(本日中)",
      dt("2025-03-26 08:14:50"), mid_other("057", "aws-training-jp.net"), scs="shift_jis",
      pre=g_in("aws-training-jp.net", "info@aws-training-jp.net", "Tue, 25 Mar 2025 16:14:52 -0700 (PDT)", dkim="none",
               dmarc="none", ip="103.145.13.90", host="vps-13-90.example-host.ru", policy="p=NONE sp=NONE dis=NONE")),
    leaf("text/plain", t, "shift_jis", "base64"))

m058 = mid_ses("058")
t058 = f"""お客様

AWS トレーニングと認定カスタマーサポートです。

ケース {CM} につきまして、担当者からのご連絡に対するご返信を確認できなかったため、本日ケースをクローズいたしました。

引き続きサポートをご希望の場合は、クローズから14日以内に本メールへご返信いただければ、ケースは自動的に再開されます。14日を過ぎた場合は、お手数ですが新たにお問い合わせください。

AWS トレーニングと認定カスタマーサポート
"""
add(L("closing_notice", True, CM), "System-generated Japanese 'case has been closed' notice (ISO-2022-JP); a reply within 14 days reopens it.",
    H(addr("AWS Training and Certification", TC), ME, f"RE:[CASE {CM}] {TCS}", dt("2025-03-27 01:00:04", UTC), m058, refs=f"{m034} {m052} {m055}",
      pre=g_in("amazon.com", "01010195d2e3f4a5@us-east-1.amazonses.com", "Wed, 26 Mar 2025 18:00:05 -0700 (PDT)")),
    leaf("text/plain", t058, "iso-2022-jp", "7bit"))

m059 = mid_gmail("059")
t059own = """Confirmed. Please merge to Account #1.

Sorry for the late reply - I was travelling and only saw your messages now. If the case has already
been closed, please reopen it.

Takumi
"""
t = f"""{t059own}
On Mon, Mar 24, 2025 at 2:30 PM AWS Training and Certification <{TC}> wrote:

{q(t055)}
"""
add(L("user_reply", case=CM, cands=[]), "User's confirmation top-posted over a long quoted history that contains the Account table, the ask and the closing warning.",
    H(ME_A, TC, f"Re: RE:[CASE {CM}] {TCS}", dt("2025-03-27 21:30:44"), m059, irt=m055, refs=f"{m034} {m052} {m055}"),
    leaf("text/plain", t, "UTF-8", "8bit"))

m060 = mid_ses("060")
t = f"""Hello Takumi,

Your reply has reopened case {CM} and it has been assigned to me. I can see the merge summary my
colleague Brendan sent and your confirmation, so there is nothing more we need from you. I'll start
the merge today and let you know when it's done.

Samira
AWS Training and Certification Customer Service
"""
add(L("case_update", case=CM), "Reopened-case note: 'reopened', 'assigned', nothing needed.",
    H(AWS_TC, ME, f"RE:[CASE {CM}] {TCS}", dt("2025-03-28 01:05:19", UTC), m060, irt=m059, refs=f"{m034} {m055} {m059}",
      pre=g_in("amazon.com", "01010195d8a9b0c1@us-east-1.amazonses.com", "Thu, 27 Mar 2025 18:05:20 -0700 (PDT)")),
    leaf("text/plain", t, "us-ascii", "7bit"))

m061 = mid_ses("061")
t061own = f"""Hello Takumi,

I have successfully merged all accounts. Your exam history, certifications and the 50% exam voucher
now sit under Account #1 (candidate ID AWS03317264, {ME}). The company account has been
closed.

A couple of things to expect:
- Credly will re-issue your badges to {ME}; those mails usually arrive within the hour.
- If you were listed on the Hoshizora Systems partner profile, that listing updates by itself within
  about a week.

No further action is required. This case is now resolved, and you may receive a short survey about
your experience.

Best,
Samira
AWS Training and Certification Customer Service
"""
t = f"""{t061own}
-------- Original message --------
From: Takumi Kurosawa <{ME}>
Date: 3/27/25 12:30 PM (GMT+00:00)
To: {TC}
Subject: Re: RE:[CASE {CM}] {TCS}

{t059own}
-------- Original message --------
From: AWS Training and Certification <{TC}>
Date: 3/20/25 4:18 AM (GMT+00:00)
To: {ME}
Subject: RE:[CASE {CM}] {TCS}

{t052txt}"""
add(L("resolved", case=CM, cands=["AWS03317264"]), "'successfully merged' resolution quoting the earlier confirmation request and the user's reply (Account #1/#2, 'Please confirm…').",
    H(AWS_TC, ME, f"RE:[CASE {CM}] {TCS}", dt("2025-03-28 06:40:37", UTC), m061, irt=m059, refs=f"{m034} {m052} {m059} {m060}",
      pre=g_in("amazon.com", "01010195d9f0e1d2@us-east-1.amazonses.com", "Thu, 27 Mar 2025 23:40:38 -0700 (PDT)")),
    leaf("text/plain", t, "UTF-8", "quoted-printable"))

for i, (cert, uuid) in enumerate([("AWS Certified Solutions Architect - Associate", "9b1f7c2e-0d4a-4e5b-8a61-3f2c9d7e1a08"),
                                  ("AWS Certified Developer - Associate", "e2a4d6c8-5b3f-4a71-9c0e-7d1b8f6a2c45")]):
    t = f"""Hi Takumi,

Amazon Web Services Training and Certification sent you a badge:

{cert}

Accept your badge to add it to your Credly profile and share it on LinkedIn and other networks.
Accept badge: https://www.credly.com/earner/earned/badge/{uuid}

Need help? https://support.credly.com
Credly, a Pearson company
"""
    html = (f"<html><body style=\"font-family:Helvetica,Arial\"><p>Hi Takumi,</p><p>Amazon Web Services Training and Certification sent you a badge:</p>"
            f"<h3>{cert}</h3><p><a href=\"https://www.credly.com/earner/earned/badge/{uuid}\" style=\"background:#ff6b00;color:#fff;padding:10px 22px;border-radius:4px;text-decoration:none\">Accept badge</a></p>"
            "<p style=\"font-size:11px;color:#888\">Credly, a Pearson company</p></body></html>")
    add(L("badge"), "Credly re-issue after the merge; 'Accept badge' call to action; badge UUID." + (" Second badge of the same batch." if i else ""),
        H(addr("Credly", "admin@credly.com"), ME, "Amazon Web Services Training and Certification sent you a badge",
          dt(f"2025-03-28 07:{12 + i * 3:02d}:0{i}", UTC), mid_other(f"062{i}", "credly.com"),
          pre=g_in("credly.com", f"bounces+1889{i}@em.credly.com", f"Fri, 28 Mar 2025 00:{12 + i * 3:02d}:0{i + 1} -0700 (PDT)", ip="167.89.33.10", host="o3.ptr7001.credly.com")),
        multi("alternative", [leaf("text/plain", t, "UTF-8", "7bit"), leaf("text/html", html, "UTF-8", "7bit")], f"bnd_credly_{i}_{h8(uuid, 10)}"))

t = f"""<html><body style="font-family:Arial;font-size:14px">
<p>Hello Takumi,</p>
<p>Your case <b>{CM}</b> with AWS Training and Certification has been resolved. Tell us how we did &mdash; it takes under a minute.</p>
<table><tr>
<td><a href="https://survey.aws.training/csat?c={CM}&amp;s=1">1</a></td>
<td><a href="https://survey.aws.training/csat?c={CM}&amp;s=2">2</a></td>
<td><a href="https://survey.aws.training/csat?c={CM}&amp;s=3">3</a></td>
<td><a href="https://survey.aws.training/csat?c={CM}&amp;s=4">4</a></td>
<td><a href="https://survey.aws.training/csat?c={CM}&amp;s=5">5</a></td>
</tr><tr><td colspan="5" style="font-size:11px;color:#777">1 = very dissatisfied, 5 = very satisfied</td></tr></table>
<p style="font-size:11px;color:#777">This is an automated message. Replies to this address are not monitored.</p>
</body></html>
"""
add(L("survey", case=CM), "HTML-only CSAT survey naming the 15-digit case.",
    H(addr("AWS Training and Certification", "no-reply@aws.training"), ME, f"Tell us how we did - case {CM}",
      dt("2025-03-29 06:45:00", UTC), mid_ses("064"),
      pre=g_in("aws.training", "01010195df00a1b2@bounce.aws.training", "Fri, 28 Mar 2025 23:45:01 -0700 (PDT)")),
    leaf("text/html", t, "UTF-8", "7bit"))

t = """Dear Takumi Kurosawa,

Congratulations on recertifying your AWS Certification!

Certification: AWS Certified Developer - Associate
New expiration date: March 29, 2028

Your updated certificate is available in your AWS Certification Account, and Credly will update your
digital badge shortly.

AWS Training and Certification
"""
add(L("certification"), "certmetrics recertification mail after the merge (to the personal address).",
    H(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME, "Congratulations on recertifying your AWS Certification!",
      dt("2025-03-31 02:02:11", UTC), mid_other("065", "certmetrics.com"),
      pre=g_in("certmetrics.com", "bounces+2291@em.certmetrics.com", "Sun, 30 Mar 2025 19:02:12 -0700 (PDT)", ip="168.245.12.3", host="o1.email.certmetrics.com")),
    leaf("text/plain", t, "us-ascii", "7bit"))

# 067 Gmail bounce of a forward to the closed company mailbox
mfwd = mid_gmail("067f")
t = f"""** Address not found **

Your message wasn't delivered to {CO} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {CO} not found by SMTP address lookup
"""
ds = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 01 Apr 2025 01:12:40 -0700 (PDT)
X-Original-Message-ID: {mfwd}

Final-Recipient: rfc822; {CO}
Action: failed
Status: 5.1.10
Remote-MTA: dns; hoshizora-sys-co-jp.mail.protection.outlook.com. (52.101.229.12)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {CO} not found by SMTP address lookup
"""
hdrs = f"""From: Takumi Kurosawa <{ME}>
To: {CO}
Subject: Fwd: RE:[CASE {CM}] {TCS}
Date: Tue, 1 Apr 2025 17:12:38 +0900
Message-ID: {mfwd}
"""
add(L("unrelated"), "Gmail bounce of the user's forward to the now-closed company mailbox; subject names the case, body says 'wasn't delivered'.",
    H(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME, "Delivery Status Notification (Failure)",
      "Tue, 01 Apr 2025 01:12:41 -0700 (PDT)", mid_gmail("067"), irt=mfwd, refs=mfwd,
      pre=[("Delivered-To", ME), ("Auto-Submitted", "auto-replied")]),
    multi("report", [leaf("text/plain", t, "UTF-8", "7bit"),
                     leaf("message/delivery-status", ds, None, None),
                     leaf("text/rfc822-headers", hdrs, None, None)],
          "000000000000d2c1f70631b43e57", params=" report-type=delivery-status;"))

t = """アマゾン ウェブ サービス ジャパン合同会社より、2025年3月分のご請求についてお知らせいたします。

アカウント ID: 209385716624
請求期間: 2025年3月1日 - 2025年3月31日
ご請求金額: ¥1,283 (税込)

請求書の詳細は、AWS Billing and Cost Management コンソールでご確認いただけます。
https://console.aws.amazon.com/billing/home#/bills

このメールは送信専用アドレスから送信されています。
"""
add(L("unrelated"), "Japanese AWS billing for the personal AWS account: 12-digit account ID, genuine amazon.com.",
    H(addr("Amazon Web Services", "aws-billing@amazon.com"), ME, "AWS 請求書のお知らせ [アカウント ID: 209385716624]",
      dt("2025-04-03 02:30:00", UTC), mid_ses("068"),
      pre=g_in("amazon.com", "0101019600b1c2@us-east-1.amazonses.com", "Wed, 02 Apr 2025 19:30:01 -0700 (PDT)")),
    leaf("text/plain", t, "UTF-8", "base64"))

t = """Dear Takumi Kurosawa,

Your AWS Certified SysOps Administrator - Associate certification will expire on July 4, 2025.

To keep your certification active, pass the current version of the exam (or a qualifying higher-level
exam) before that date. If you hold a 50% exam voucher, you can apply it when you schedule.

Recertify now: https://www.aws.training/certification

AWS Certification
"""
add(L("certification"), "certmetrics expiry notice: an action for the person, but not a reply to support.",
    H(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME, "Your AWS Certification expires in 90 days",
      dt("2025-04-05 03:00:00", UTC), mid_other("069", "certmetrics.com"),
      pre=g_in("certmetrics.com", "bounces+2291@em.certmetrics.com", "Fri, 04 Apr 2025 20:00:01 -0700 (PDT)", ip="168.245.12.3", host="o1.email.certmetrics.com")),
    leaf("text/plain", t, "us-ascii", "7bit"))

# ---- case N
m070 = mid_ses("070")
t = f"""AWS Training and Certification | Customer Support
------------------------------------------------------------
Case {CN} - Status: Open

Hello Takumi,

Thanks for getting in touch. We've received your request and opened case {CN}.
In most cases you can expect an answer within 24 hours; at busy times it may take a little longer.

Please keep all correspondence about this request on this case. Opening another case for the same
request will not speed things up and may slow down our reply.

If you have anything to add, reply to this email and keep the case number in the subject line.

What you told us
------------------------------------------------------------
Use case: My accounts were merged on March 28 (previous case {CM}). The 50% exam voucher from my old
account does not appear under Benefits on my current account. Can you check?
Email address on file: takumi.kurosawa.jp@gmail.com

------------------------------------------------------------
AWS Training and Certification Customer Support
This message was sent to takumi.kurosawa.jp@gmail.com regarding case {CN}.
"""
add(L("acknowledgement", case=CN), "Ack for a new case that names the previous case number in the echoed text and ends with the user's own question.",
    H(AWS_TC, ME, f"RE:[CASE {CN}] {TCS}", dt("2025-04-11 11:05:40", UTC), m070,
      pre=g_in("amazon.com", "010101962345abcd@us-east-1.amazonses.com", "Fri, 11 Apr 2025 04:05:41 -0700 (PDT)")),
    leaf("text/plain", t, "UTF-8", "7bit"))

m071 = mid_ses("071")
t071 = f"""Dear Takumi,

Thank you so much for reaching out to us, and please accept my sincere apologies for the trouble you
have had since your accounts were merged. I completely understand how frustrating it is to go looking
for a benefit you earned and not find it, especially after already going through the merge process
with us only a couple of weeks ago.

I have gone through the notes on your previous case and I can see that the merge itself completed
normally on March 28. Benefits behave a little differently from exam history and certifications,
because each voucher is issued against a specific certification record, and in some cases the voucher
stays linked to the original record when that record is retired, which I suspect is what happened
here. To be able to trace it we need you to send us the voucher code as it appeared in the email you
received when the voucher was issued, or, if you no longer have that email, a screenshot of the
Benefits page on your current account; it would also help to know roughly when you last saw the
voucher on the old account. With that I can ask our benefits team to look at the right record
straight away.

Once again I'm very sorry for the inconvenience, and thank you for your patience while we get this
sorted out for you.

Warm regards,
Lakshmi
AWS Training and Certification Customer Service
"""
add(L("info_request", True, CN), "Long apologetic mail; the ask ('we need you to send us…') sits in the middle of the second paragraph.",
    H(AWS_TC, ME, f"RE:[CASE {CN}] {TCS}", dt("2025-04-12 06:22:08", UTC), m071, refs=m070,
      pre=g_in("amazon.com", "01010196289abcde@us-east-1.amazonses.com", "Fri, 11 Apr 2025 23:22:09 -0700 (PDT)")),
    leaf("text/plain", t071, "UTF-8", "quoted-printable"))

m072 = mid_gmail("072")
t = f"""Hi Lakshmi,

I don't have the original voucher email any more (it went to my old company mailbox, which is closed
now). Attached is a screenshot of the Benefits page on my current account, AWS03317264. I last saw
the voucher on the old account in early March, just before I asked for the merge.

Thanks,
Takumi

On Sat, Apr 12, 2025 at 3:22 PM AWS Training and Certification <{TC}> wrote:

{q(t071)}
"""
add(L("user_reply", case=CN, cands=["AWS03317264"]), "User reply with a new subject (no case number) threaded only by In-Reply-To/References; multipart/mixed with a PNG attachment.",
    H(ME_A, TC, "Benefits page screenshot (voucher after merge)", dt("2025-04-12 22:10:33"), m072, irt=m071, refs=f"{m070} {m071}"),
    multi("mixed", [leaf("text/plain", t, "UTF-8", "quoted-printable"),
                    leaf("image/png; name=\"benefits.png\"", png(), None, "base64",
                         extra=["Content-Disposition: attachment; filename=\"benefits.png\"", "X-Attachment-Id: f_m8x2k1q40"])],
          "000000000000f1e2d30632a9b7c8"))

m073 = mid_ses("073")
t = f"""Hi Takumi,

Thank you for the screenshot - that was exactly what I needed. I found the voucher: it was still
attached to the retired company record. I've moved it to your account (AWS03317264); it can take up
to 48 hours before it shows on the Benefits page. I'll check again on my side and write to you once
I can see it there.

Warm regards,
Lakshmi
AWS Training and Certification Customer Service
"""
add(L("case_update", case=CN, cands=["AWS03317264"]), "Progress news on a thread whose previous message had no case number in its subject; promises a follow-up, asks nothing.",
    H(AWS_TC, ME, f"RE:[CASE {CN}] {TCS}", dt("2025-04-14 04:11:50", UTC), m073, irt=m072, refs=f"{m070} {m071} {m072}",
      pre=g_in("amazon.com", "0101019632aabbcc@us-east-1.amazonses.com", "Sun, 13 Apr 2025 21:11:51 -0700 (PDT)")),
    leaf("text/plain", t, "us-ascii", "7bit"))

t = """##- Please type your reply above this line -##

Hi Takumi,

Thanks for reopening your request about PDF exports. To continue troubleshooting we need a little
more information. Could you please reply with:

1. A HAR file recorded while reproducing the problem
2. The browser and version you are using

Once we have those, we'll get back to you within one business day.

Best,
Mateo
Cloudpeak Support
"""
add(L("unrelated"), "Other vendor's information request ('Could you please reply with…'): a real ask, but not AWS.",
    H(addr("Cloudpeak Support", "support@cloudpeak.io"), ME, "[Cloudpeak Support] Case #04829110: We need a bit more information",
      dt("2025-04-15 15:40:27", UTC), mid_other("074", "cloudpeak.zendesk.com"),
      pre=g_in("cloudpeak.io", "support+id04829110@cloudpeak.zendesk.com", "Tue, 15 Apr 2025 08:40:28 -0700 (PDT)", ip="192.161.144.10", host="spruce-goose-bd.zendesk.com")),
    leaf("text/plain", t, "utf-8", "8bit"))

m075 = mid_ses("075")
t075 = f"""Hi Takumi,

Good news - the 50% voucher is now showing on your account (AWS03317264) under Benefits, valid until
January 27, 2026. You can apply it when you schedule your next exam.

Warm regards,
Lakshmi

P.S. While checking, I noticed your Pearson VUE profile still has {CO} as its email, so exam
confirmations would go to a mailbox you no longer have. Shall I switch it to
{ME}? I need your OK before changing it.
"""
add(L("info_request", True, CN, ["AWS03317264"]), "Reads like a resolution ('Good news'); the real ask is a bare question in the P.S.",
    H(AWS_TC, ME, f"RE:[CASE {CN}] {TCS}", dt("2025-04-16 02:30:05", UTC), m075, refs=f"{m070} {m072} {m073}",
      pre=g_in("amazon.com", "010101963c1d2e3f@us-east-1.amazonses.com", "Tue, 15 Apr 2025 19:30:06 -0700 (PDT)")),
    leaf("text/plain", t075, "us-ascii", "7bit"))

m076 = mid_gmail("076")
t = f"""Yes, please switch it to my Gmail address. Thank you for all your help!

Takumi

2025年4月16日(水) 11:30 AWS Training and Certification <{TC}>:

{q(t075)}
"""
add(L("user_reply", case=CN, cands=[]), "Short user OK with a Japanese Gmail attribution line; quoted part holds the candidate ID.",
    H(ME_A, TC, f"Re: RE:[CASE {CN}] {TCS}", dt("2025-04-16 12:02:58"), m076, irt=m075, refs=f"{m070} {m073} {m075}"),
    leaf("text/plain", t, "UTF-8", "8bit"))

t = f"""黒澤 拓海 様

AWS トレーニングと認定カスタマーサービスの中村と申します。担当の Lakshmi に代わりご連絡いたします。

Pearson VUE のプロフィールに登録されているメールアドレスを {ME} に変更いたしました。今後の試験予約の確認メールは、こちらのアドレスに届きます。

特典 (50% 割引バウチャー) の移行とあわせ、ご依頼いただいた内容はすべて完了いたしましたので、本ケースはこれにて解決とさせていただきます。

その他ご不明な点がございましたら、お気軽に本メールへご返信ください。
今後とも AWS トレーニングと認定をよろしくお願いいたします。

中村
AWS Training and Certification

―――――――――――――――――――――
サポート品質向上のため、アンケートへのご協力をお願いいたします (所要時間 1 分)。
https://survey.aws.training/csat?c={CN}&lang=ja
"""
html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in t.split("\n\n")) + "</body></html>"
add(L("resolved", case=CN), "Japanese keigo resolution by a different agent; conditional ご不明な点がございましたら…ご返信ください and a survey request footer (お願いいたします).",
    H(addr("AWS Training and Certification", TC), ME, f"RE:[CASE {CN}] {TCS}", dt("2025-04-18 01:15:44", UTC), mid_ses("077"),
      irt=m076, refs=f"{m070} {m075} {m076}",
      pre=g_in("amazon.com", "0101019645e6f7a8@us-east-1.amazonses.com", "Thu, 17 Apr 2025 18:15:45 -0700 (PDT)")),
    multi("alternative", [leaf("text/plain", t, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
          "----=_Part_3381022_77120931.1744938944512"))

t = """<html><body style="font-family:Helvetica">
<p>Hello,</p>
<p>We detected unusual activity on the Credly account linked to your AWS Certifications after a recent account change.
Your badges from <b>Amazon Web Services Training and Certification</b> will be revoked in <b>48 hours</b> unless you re-verify ownership.</p>
<p><a href="https://credly-badge-center.com/reverify?u=takumi.kurosawa.jp">Re-verify my badges</a></p>
<p>Credly Trust &amp; Safety</p>
</body></html>
"""
add(L("suspicious"), "Credly lookalike (credly-badge-center.com) threatening badge revocation; HTML-only.",
    H(addr("Credly", "admin@credly-badge-center.com"), ME, "Action needed: your AWS badges will be revoked in 48 hours",
      dt("2025-04-22 13:08:19", UTC), mid_other("078", "credly-badge-center.com"),
      pre=g_in("credly-badge-center.com", "admin@credly-badge-center.com", "Tue, 22 Apr 2025 06:08:20 -0700 (PDT)", ip="91.92.243.18",
               host="smtp.credly-badge-center.com", policy="p=NONE sp=NONE dis=NONE")),
    leaf("text/html", t, "utf-8", "7bit"))

t = """Dear AWS Certified Individual,

Following the recent change to your AWS Certification Account, your certifications have been
temporarily suspended pending identity verification.

Please reply to this email with your full name, date of birth and the candidate ID of your merged
account so that we can restore your certifications within 2 business days.

AWS Certification Program
"""
add(L("suspicious"), "Spoofed do-not-reply@certmetrics.com (dkim=fail, dmarc=fail) asking for a reply with personal data - looks like an info request.",
    H(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME, "Your AWS Certification has been suspended",
      dt("2025-04-25 09:55:02", UTC), "<8d2c1e0f9a7b@certmetrics.com>", reply_to="aws-cert-verify@protonmail.com",
      pre=g_in("certmetrics.com", "do-not-reply@certmetrics.com", "Fri, 25 Apr 2025 02:55:04 -0700 (PDT)", dkim="fail", spf="fail",
               dmarc="fail", ip="5.181.80.143", host="unknown-80-143.hostwindsdns.com", policy="p=REJECT sp=REJECT dis=QUARANTINE")),
    leaf("text/plain", t, "us-ascii", "7bit"))

t = """Hi Takumi,

You still have a badge waiting for you:

AWS Certified Developer - Associate
Issued by Amazon Web Services Training and Certification on March 31, 2025

Accept it to show it on your profile: https://www.credly.com/earner/earned/badge/4c7e9a21-6b0d-4f38-a5e2-91d0c3b7f864

Credly, a Pearson company
"""
add(L("badge"), "Credly reminder for a pending badge ('You still have a badge waiting').",
    H(addr("Credly", "admin@credly.com"), ME, "Reminder: You have a pending badge from Amazon Web Services Training and Certification",
      dt("2025-04-28 14:00:00", UTC), mid_other("080", "credly.com"),
      pre=g_in("credly.com", "bounces+18890@em.credly.com", "Mon, 28 Apr 2025 07:00:01 -0700 (PDT)", ip="167.89.33.10", host="o3.ptr7001.credly.com")),
    leaf("text/plain", t, "UTF-8", "7bit"))

t = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 週刊クラウドダイジェスト 第312号 (2025/05/02)
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週のトピック
・AWS 認定アカウントの統合手順まとめ (転職時の注意点)
・Amazon Bedrock の新しいモデルが東京リージョンで利用可能に
・GitHub Actions から OIDC で AWS にデプロイする

■ 読者アンケート実施中
  今後取り上げてほしいテーマを教えてください (回答は 1 分で終わります)
  https://cloud-digest.jp/survey/2025spring

ご意見・ご感想は、このメールにそのままご返信ください。
配信停止: https://cloud-digest.jp/unsubscribe?u=c41d77
"""
add(L("unrelated"), "Newsletter whose headline is about certification account merges; reader survey and reply invitation.",
    H(addr("週刊クラウドダイジェスト", "news@cloud-digest.jp"), ME, "【週刊クラウドダイジェスト】第312号 AWS 認定アカウントの統合手順まとめ ほか",
      dt("2025-05-02 07:00:03"), mid_other("081", "cloud-digest.jp"),
      pre=g_in("cloud-digest.jp", "bounce@cloud-digest.jp", "Thu, 01 May 2025 15:00:04 -0700 (PDT)", ip="203.0.113.40", host="mta2.cloud-digest.jp",
               policy="p=NONE sp=NONE dis=NONE")),
    leaf("text/plain", t, "utf-8", "8bit"))


# ----------------------------------------------------------------- write
def main():
    for fn in os.listdir(OUT):
        if fn.endswith((".eml", ".json")) and fn[:3].isdigit():
            os.remove(os.path.join(OUT, fn))
    for slug, label, note, raw in MSGS:
        with open(os.path.join(OUT, slug + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(OUT, slug + ".json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
    write_readme()
    print(f"wrote {len(MSGS)} messages to {OUT}")


def write_readme():
    from collections import Counter
    kinds = Counter(l["kind"] for _, l, _, _ in MSGS)
    nr = sum(1 for _, l, _, _ in MSGS if l["needs_reply"])
    out = [f"me: {ME} {CO}", "",
           "# blind-13: held-out corpus (one mailbox, 2021-2025)", "",
           "Written blind from DOMAIN.md, the five seed write-ups and BLIND-CORPUS.md only. "
           "Regenerate with `python3 gen.py` (standard library only; deterministic).", "",
           "Owner: Takumi Kurosawa (黒澤 拓海). Personal address (Gmail mailbox, Authentication-Results from mx.google.com) "
           f"`{ME}`; company address (Microsoft 365 mailbox, Hoshizora Systems Co., Ltd., an APN partner; mailbox closed 2025-03-31) `{CO}`. "
           "Mails the owner sent appear as sent items (no Authentication-Results).", "",
           "## Cases", "",
           "| case | digits | channel | story |", "|---|---|---|---|",
           f"| {C21} | 10 | T&C form, company address | 2021: duplicate certification account with the same address; Japanese ack, keigo request for candidate IDs, user reply, bare-question confirmation, resolved, survey |",
           f"| {CCON} | 11 | AWS Support Center (console), company address | 2023: benefit voucher missing; console ack, request that must be answered in the Support Center, email reply bounces, auto-resolve warning, resolved, survey |",
           f"| {CP} | 11 | T&C form, company address | 2023: account created via Partner Central SSO; ack, APN hold (no ask), Japanese keigo confirmation (Shift_JIS), reply, HTML resolution |",
           f"| {CM} | 15 | T&C form, personal address | 2025: leaving the company; ack, APN hold with ask, reply from the wrong (company) address, request to resend from the personal address, hold without ask, update, address question, Account #1/#2 confirmation, 72h warning, closed-for-no-reply (Japanese), user confirms, reopened, merged, survey |",
           f"| {CD} | 15 | T&C form, company address | 2025: duplicate form submission of the same request; Japanese ack, user's forward to self, user asks to close it, support closes it as duplicate |",
           f"| {CN} | 15 | T&C form, personal address | 2025: voucher missing after the merge; ack, buried request, user reply threaded only by In-Reply-To/References (new subject, no case number), update, request in a P.S., Japanese resolution |",
           "", "Fake case numbers appear only in suspicious mail (174168523300871, 174227420400911) and must not be attached to any case. "
           "Numbers that are not case numbers: 12-digit AWS account IDs (483920175562, 209385716624), 10-digit invoice ID 1289407733, "
           "9-digit Pearson VUE registration IDs (418203967, 502918377), 6-digit code 604219, vendor case numbers (#04821937, #04829110), badge UUIDs.", "",
           "## Counts", "",
           f"{len(MSGS)} messages; needs_reply true: {nr}.", "",
           "| kind | count |", "|---|---|"]
    for k in ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice", "resolved", "survey",
              "badge", "certification", "user_reply", "case_update", "suspicious", "unrelated"]:
        out.append(f"| {k} | {kinds.get(k, 0)} |")
    out += ["", "## Messages", "", "| file | kind | reply? | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
    for slug, l, note, raw in MSGS:
        out.append(f"| {slug} | {l['kind']} | {'yes' if l['needs_reply'] else 'no'} | {l['case'] or '-'} | {note.replace('|', '/')} |")
    out += ["", "## Judgement calls", "",
            "- 036 (owner forwards the duplicate acknowledgement to himself with a note) is labelled `user_reply` on the duplicate case, not needing a reply.",
            "- 038 (support closes the duplicate at the owner's request) is `resolved`, not `closing_notice`: it is not closed for lack of an answer.",
            "- 056 re-states nothing itself; the confirmation ask is only in the quoted part, so it is a `closing_notice`.",
            "- 017 and 067 are bounces (auto-replies) and so `unrelated` with case null, although their subjects carry case numbers.",
            "- 033 (certmetrics welcome for the new account) is `certification`.",
            "- candidate_ids exclude IDs that appear only in quoted or forwarded history or in attached originals; the placeholder AWSxxxxxxxx is not an ID.",
            ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
