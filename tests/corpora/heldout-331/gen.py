#!/usr/bin/env python3
"""Blind corpus blind-331: one ordinary mailbox (standard library only).

Run `python3 gen.py` from anywhere; files are written next to this script.
"""
import os, json, base64, quopri, random, string, datetime
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(331)
UTC = datetime.timezone.utc
JST = datetime.timezone(datetime.timedelta(hours=9))

ME_NAME = "Aya Takamura"
ME_P = "aya.takamura.88@gmail.com"          # personal (Gmail)
ME_C = "a.takamura@kitanami-sys.co.jp"      # company (Microsoft 365), closes 2025-03-31
FORM = "aws-cs-trainingcertification-form@amazon.com"
TC = "AWS Training and Certification"
CD = "14062593871"        # 2023 name-correction case (11 digits)
CA = "174156552003317"    # 2025 account merge case (15 digits, main)
CB = "174156619204586"    # 2025 duplicate of CA
CC = "174355800019225"    # 2025 console (Support Center) case, discount benefit
CE = "174528750081164"    # 2025 missing exam result case
ID_CO = "AWS02873316"     # candidate ID, company certification account
ID_P = "AWS05519042"      # candidate ID, personal certification account
ACCT = "[AWS Training and Certification Form Submission] - account-assistance"

KINDS = {"acknowledgement", "confirmation_request", "info_request", "on_hold",
         "closing_notice", "resolved", "survey", "badge", "certification",
         "user_reply", "case_update", "suspicious", "unrelated"}
MSGS, MID, REFS = [], {}, {}


def D(s, tz=UTC):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rs(n, alpha=string.ascii_letters + string.digits):
    return "".join(R.choice(alpha) for _ in range(n))


def ses_id():
    return f"<0100{hx(12)}-{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}-000000@email.amazonses.com>"


def gmail_id():
    return "<CAK" + rs(38, string.ascii_letters + string.digits + "-_") + "@mail.gmail.com>"


def outlook_id():
    box = f"TYCPR01MB{R.randint(1000, 9999)}"
    return f"<{box}{rs(12, string.ascii_uppercase + string.digits)}@{box}.jpnprd01.prod.outlook.com>"


def gen_id(dom):
    return f"<{hx(16)}.{hx(8)}.{R.randint(100000, 999999)}@{dom}>"


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{email}>"


def hval(s, cs="utf-8", name="Subject"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name=name).encode()


def part(text, ctype="text/plain", cs="utf-8", cte=None, extra=(), params=""):
    if cs.lower() == "iso-2022-jp":
        raw = text.encode("iso2022_jp")
        cte = cte or "7bit"
    else:
        raw = text.encode(cs)
    if cte is None:
        cte = "7bit" if all(b < 128 for b in raw) else "quoted-printable"
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    else:
        body = raw.decode("ascii")
    hd = [f'Content-Type: {ctype}; charset="{cs}"{params}', f"Content-Transfer-Encoding: {cte}"]
    return "\n".join(hd + list(extra)) + "\n\n" + body.rstrip("\n") + "\n"


def multi(sub, parts, style="aws", extra=""):
    if style == "gmail":
        b = "000000000000" + hx(16)
    elif style == "outlook":
        b = f"_000_TYCPR01MB{R.randint(1000, 9999)}{rs(12, string.ascii_uppercase + string.digits)}_"
    else:
        b = f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 10**13)}"
    s = f'Content-Type: multipart/{sub}; boundary="{b}"{extra}\n\n'
    for p in parts:
        s += f"--{b}\n{p}"
    return s + f"--{b}--\n"


def pac(d):
    """Pacific time for Gmail Received lines."""
    dst = {2023: (D("2023-03-12 10:00:00"), D("2023-11-05 09:00:00")),
           2024: (D("2024-03-10 10:00:00"), D("2024-11-03 09:00:00")),
           2025: (D("2025-03-09 10:00:00"), D("2025-11-02 09:00:00"))}[d.year]
    off = -7 if dst[0] <= d < dst[1] else -8
    return format_datetime(d.astimezone(datetime.timezone(datetime.timedelta(hours=off)))) + \
        (" (PDT)" if off == -7 else " (PST)")


def gtrace(d, host, ip, mailfrom, from_d, dkim_ds=None, dkim="pass", spf="pass", dmarc="pass",
           pol="p=QUARANTINE sp=QUARANTINE dis=NONE", to=ME_P):
    """Headers Gmail adds on delivery to the personal mailbox."""
    rcv = d + datetime.timedelta(seconds=R.randint(1, 5))
    dk = []
    for dom in (dkim_ds if dkim_ds is not None else [from_d]):
        dk.append(f"dkim={dkim} header.i=@{dom} header.s={rs(8).lower()} header.b={rs(8)};")
    spfword = {"pass": "designates", "softfail": "does not designate", "fail": "does not designate",
               "neutral": "neither permits nor denies"}[spf]
    ar = ("Authentication-Results: mx.google.com;\n       " + "\n       ".join(dk) +
          f"\n       spf={spf} (google.com: domain of {mailfrom} {spfword} {ip} as permitted sender)"
          f" smtp.mailfrom={mailfrom};\n       dmarc={dmarc} ({pol}) header.from={from_d}")
    return [f"Delivered-To: {to}",
            f"Received: from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id "
            f"{rs(22, string.ascii_lowercase + string.digits)}.{R.randint(10, 99)}.{d.year}.{R.randint(1, 9)}\n"
            f"        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
            f"        {pac(rcv)}",
            ar, f"Return-Path: <{mailfrom}>"]


def mtrace(d, host, ip, mailfrom_d, from_d, dkim_d=None, dkim="pass", spf="pass", dmarc="pass",
           action="none"):
    """Headers Microsoft 365 adds on delivery to the company mailbox."""
    rcv = d + datetime.timedelta(seconds=R.randint(1, 5))
    return [f"Received: from {host} ({ip}) by TY2PEPF0000AB8{R.randint(0, 9)}.mail.protection.outlook.com\n"
            f" (10.167.248.{R.randint(10, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n"
            f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.8534.{R.randint(10, 40)} via Frontend Transport; "
            f"{format_datetime(rcv)}",
            f"Authentication-Results: spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom_d}; "
            f"dkim={dkim} (signature was verified)\n header.d={dkim_d or from_d};dmarc={dmarc} action={action}\n"
            f" header.from={from_d};compauth={'pass' if dmarc == 'pass' else 'fail'} reason="
            f"{'100' if dmarc == 'pass' else '000'}",
            f"X-MS-Exchange-Organization-AuthSource: TY2PEPF0000AB8{R.randint(0, 9)}.jpnprd01.prod.outlook.com"]


def ses_host():
    n = R.choice([8, 9, 14, 15])
    o = R.randint(10, 250)
    return f"a{n}-{o}.smtp-out.amazonses.com", f"54.240.{n}.{o}"


def aws_in(d, to=ME_P, from_d="amazon.com"):
    """Trace headers for genuine Amazon SES mail, picked by the receiving mailbox."""
    host, ip = ses_host()
    bounce = f"0100{hx(12)}-{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}-000000@email.amazonses.com"
    if to == ME_C:
        return mtrace(d, host, ip, "email.amazonses.com", from_d)
    return gtrace(d, host, ip, bounce, from_d, [from_d, "amazonses.com"], to=to)


def add(key, kind, reply, case, cids, *, date, frm, to, subject, entity, mid=None, cc=None,
        reply_to=None, irt=None, trace=(), extra=(), crlf=False, subj_cs="utf-8"):
    assert kind in KINDS, kind
    n = len(MSGS) + 1
    mid = mid or gen_id("mail.example.invalid")
    h = list(trace)
    h.append(f"Date: {format_datetime(date)}")
    h.append(f"From: {frm}")
    h.append(f"To: {to}")
    if cc:
        h.append(f"Cc: {cc}")
    if reply_to:
        h.append(f"Reply-To: {reply_to}")
    h.append(f"Subject: {hval(subject, subj_cs)}")
    h.append(f"Message-ID: {mid}")
    refs = []
    if irt:
        refs = REFS.get(irt, []) + [MID[irt]]
        h.append(f"In-Reply-To: {MID[irt]}")
        h.append("References: " + "\n ".join(refs))
    h.extend(extra)
    MID[key], REFS[key] = mid, refs
    raw = "\n".join(h) + "\nMIME-Version: 1.0\n" + entity
    if not raw.endswith("\n"):
        raw += "\n"
    if crlf:
        raw = raw.replace("\n", "\r\n")
    data = raw.encode("ascii")
    with open(os.path.join(HERE, f"{n:03d}-msg.eml"), "wb") as f:
        f.write(data)
    label = {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(cids)}
    with open(os.path.join(HERE, f"{n:03d}-msg.json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False)
        f.write("\n")
    MSGS.append((n, kind, reply))


def quote(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.strip("\n").split("\n"))


def html(body, lang="en"):
    return (f'<html lang="{lang}">\n<head><meta http-equiv="Content-Type" content="text/html; '
            f'charset=utf-8"></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            f"{body}\n</body>\n</html>\n")


def p2h(text):
    """Plain paragraphs to simple HTML."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                   .replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


SAVED = {}   # plain text of earlier messages, for quoting later

# ---------------------------------------------------------------------------
# 2023: exam pass, badge, a name-correction case in Japanese (case CD)
# ---------------------------------------------------------------------------
d = D("2023-10-28 02:14:09")
t = f"""Dear Aya Takamura,

Well done! Your result for the AWS Certified Developer - Associate exam, taken on
October 27, 2023, is in: you passed.

Candidate ID: {ID_CO}
Certification: AWS Certified Developer - Associate
Validation number: QX4R7TB2NL1EQ3WV
Valid through: October 27, 2026

Your certificate and transcript are available in the Certification section of your
AWS Certification account. A digital badge will be offered to you through Credly,
usually within five business days.

As a certified individual you also receive a 50% discount on one future AWS
Certification exam. You will find it under Benefits once it has been activated.

AWS Training and Certification

This is an automated message sent to {ME_C}. Replies to this address are not monitored."""
add("cert_dva", "certification", False, None, [ID_CO], date=d,
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Congratulations, you are AWS Certified!",
    mid=gen_id("certmetrics.com"),
    trace=mtrace(d, "mta-17.certmetrics.com", "198.51.100.37", "certmetrics.com", "certmetrics.com"),
    entity=multi("alternative", [part(t), part(html(p2h(t)), "text/html", cte="quoted-printable")]))

d = D("2023-10-30 19:40:51")
h = f"""<table width="600" cellpadding="0" cellspacing="0" align="center" style="border:1px solid #ddd">
<tr><td style="background:#ff6b00;color:#fff;padding:16px;font-size:20px">Credly</td></tr>
<tr><td style="padding:24px">
<p>Hi Aya,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>
<p style="font-size:18px"><b>AWS Certified Developer &ndash; Associate</b></p>
<p><a href="https://www.credly.com/badges/3f6e1c2a-8b7d-4e39-9a51-0c2d7e4f9b13/accept"
 style="background:#1b75bb;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p>Once accepted, you can share it on LinkedIn, add it to your e-mail signature, or embed it on your site.</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#888">You are receiving this because a badge was issued
to {ME_C}. Credly, 13601 Preston Road, Suite 500W, Dallas, TX 75240. <a href="https://www.credly.com/notifications">Notification settings</a></td></tr>
</table>"""
add("badge_dva", "badge", False, None, [], date=d, frm=addr("Credly", "admin@credly.com"), to=ME_C,
    subject="Amazon Web Services Training and Certification sent you a new badge",
    mid=gen_id("credly.com"),
    trace=mtrace(d, "o1.ptr4821.credly.com", "149.72.61.18", "em.credly.com", "credly.com"),
    entity=part(html(h), "text/html", cte="quoted-printable"))

d = D("2023-11-01 06:03:30")
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitanami/infra-terraform/pull/412#event-10837264519
You are receiving this because you were mentioned.

Message ID: <kitanami/infra-terraform/pull/412/issue_event/10837264519@github.com>"""
add("gh_412", "unrelated", False, None, [], date=d,
    frm=addr("Ryo Hasegawa", "notifications@github.com"),
    to=addr("kitanami/infra-terraform", "infra-terraform@noreply.github.com"),
    cc=f"{addr(ME_NAME, ME_C)}, Mention <mention@noreply.github.com>",
    subject="Re: [kitanami/infra-terraform] Merge duplicate IAM Identity Center accounts module (PR #412)",
    mid="<kitanami/infra-terraform/pull/412/issue_event/10837264519@github.com>",
    trace=mtrace(d, "out-21.smtp.github.com", "192.30.252.204", "github.com", "github.com"),
    extra=["List-ID: kitanami/infra-terraform <infra-terraform.kitanami.github.com>",
           "X-GitHub-Reason: mention", "Precedence: list"],
    entity=part(t))

# --- case CD: acknowledgement in Japanese, ISO-2022-JP -----------------------
d = D("2023-11-06 04:27:12")
t = f"""Amazon Web Services へのお問い合わせありがとうございます。

ご依頼を受け付け、ケース {CD} を作成しました。担当者からの最初のご連絡は、通常24時間以内を目安としておりますが、内容により前後する場合がございます。

同じご依頼で新しいケースを作成されると、確認に時間がかかる原因となります。補足がある場合は、このメールにそのまま返信してください。

----- ケースの内容 -----
ケース ID: {CD}
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
AWS 候補 ID: {ID_CO}
お名前: 高村 彩
ご依頼内容:
認定証に印字されている氏名が「Takamra Aya」となっており、綴りと姓名の順序が誤っています。
正しい表記への修正をお願いします。
------------------------

AWS トレーニングと認定 カスタマーサービス"""
SAVED["cd_ack"] = t
add("cd_ack", "acknowledgement", False, CD, [ID_CO], date=d, frm=FORM, to=ME_C,
    subject=f"[CASE {CD}] [AWS Training and Certification Form Submission] - certification",
    mid=ses_id(), trace=aws_in(d, ME_C), entity=part(t, cs="iso-2022-jp"))

# --- case CD: information request, Shift_JIS, keigo -------------------------
d = D("2023-11-07 02:02:40")
t = f"""高村 彩 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの佐藤でございます。

このたびは認定証の氏名表記についてご連絡いただき、誠にありがとうございます。
記録の修正は、公的な身分証明書の表記に合わせて行う決まりとなっております。つきましては、恐れ入りますが以下の2点についてご回答いただけますでしょうか。

1. 身分証明書（パスポート等）に記載されているとおりのローマ字氏名（名・姓の順序を含む）
2. ミドルネームの有無

試験会場で提示いただく身分証明書の氏名とも一致している必要がございますので、念のためご確認のうえお知らせくださいますようお願い申し上げます。
ご回答を確認いたしましたら、速やかに記録を更新いたします。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

佐藤 恵子
AWS トレーニングと認定 カスタマーサービス
Amazon Web Services Japan"""
SAVED["cd_req"] = t
add("cd_req", "info_request", True, CD, [], date=d, frm=addr("AWS トレーニングと認定", FORM, "shift_jis"),
    to=addr("高村 彩", ME_C, "shift_jis"),
    subject=f"RE:[CASE {CD}] [AWS Training and Certification Form Submission] - certification",
    mid=ses_id(), irt="cd_ack", trace=aws_in(d, ME_C),
    entity=part(t, cs="shift_jis", cte="base64"), crlf=True)

# --- owner answers from Outlook (company), top-posted, Outlook header block ---
d = D("2023-11-07 05:48:19")
t = f"""佐藤様

ご連絡ありがとうございます。キタナミシステムズの高村です。

1. 身分証明書の表記: Aya Takamura（名: Aya / 姓: Takamura）
2. ミドルネーム: ありません

念のため、AWS 候補 ID は {ID_CO} です。
お手数ですが、修正をよろしくお願いいたします。

高村 彩
株式会社キタナミシステムズ クラウド推進部

________________________________
差出人: {FORM} <{FORM}>
送信日時: 2023年11月7日 11:02
宛先: 高村 彩 <{ME_C}>
件名: RE:[CASE {CD}] [AWS Training and Certification Form Submission] - certification

{SAVED['cd_req']}"""
SAVED["cd_user"] = t
add("cd_user", "user_reply", False, CD, [ID_CO], date=d, frm=addr("高村 彩", ME_C), to=FORM,
    subject=f"RE: [CASE {CD}] [AWS Training and Certification Form Submission] - certification",
    mid=outlook_id(), irt="cd_req",
    extra=[f"Thread-Topic: RE:[CASE {CD}] [AWS Training and Certification Form Submission] - certification",
           "Thread-Index: AdoRMq2vN0f1b4ZkT0uCzK8h3m9XwA==", "Content-Language: ja-JP",
           "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"],
    entity=multi("alternative", [part(t, cte="base64"),
                                 part(html(p2h(t), "ja"), "text/html", cte="base64")], "outlook"),
    crlf=True)

d = D("2023-11-08 22:00:05")
t = """CLOUD OPS DIGEST  -  Issue #218

This week
* Three AWS Certification exams retire in 2024: check the dates before you book.
* Terraform 1.6 "test" command, a first look.
* How we cut our NAT gateway bill by 60%.
* Reader question: "Do I need to merge my certification accounts when I change jobs?"
  Short answer: yes, if you want one history. Full answer inside.

Read online: https://cloudops-digest.io/issues/218

You are receiving this because you subscribed at cloudops-digest.io.
Unsubscribe: https://cloudops-digest.io/u/8f2e01c4"""
add("news_218", "unrelated", False, None, [], date=d,
    frm=addr("Cloud Ops Digest", "hello@cloudops-digest.io"), to=ME_P,
    subject="Cloud Ops Digest #218: exam retirements, Terraform test, NAT savings",
    mid=gen_id("mail.cloudops-digest.io"),
    trace=gtrace(d, "mail-a41.mailersend.net", "185.129.118.41", "bounce@mail.cloudops-digest.io",
                 "cloudops-digest.io", pol="p=NONE sp=NONE dis=NONE"),
    extra=["List-Unsubscribe: <https://cloudops-digest.io/u/8f2e01c4>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
    entity=part(t))

# --- case CD resolved, Japanese, QP, quotes the owner's answer ---------------
d = D("2023-11-09 01:15:33")
t = f"""高村 彩 様

AWS トレーニングと認定 カスタマーサービスの佐藤でございます。
ご回答いただき、ありがとうございました。

いただいた表記（Aya Takamura）に基づき、認定アカウントの氏名を更新いたしました。認定証およびトランスクリプトを改めてダウンロードいただきますと、新しい表記で発行されます。システムへの反映には最大で24時間ほどかかる場合がございます。

本件は以上で完了となります。
その他ご不明な点がございましたら、本メールへご返信いただければ引き続き承ります。

佐藤 恵子
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
From: 高村 彩 <{ME_C}>
Sent: Tuesday, November 7, 2023 5:48 AM
To: {FORM}
Subject: RE: [CASE {CD}] [AWS Training and Certification Form Submission] - certification

{SAVED['cd_user'].split('________________________________')[0].rstrip()}"""
add("cd_done", "resolved", False, CD, [], date=d, frm=addr("AWS トレーニングと認定", FORM),
    to=addr("高村 彩", ME_C),
    subject=f"RE:[CASE {CD}] [AWS Training and Certification Form Submission] - certification",
    mid=ses_id(), irt="cd_user", trace=aws_in(d, ME_C),
    entity=multi("alternative", [part(t, cte="quoted-printable"),
                                 part(html(p2h(t), "ja"), "text/html", cte="quoted-printable")]))

d = D("2023-11-10 09:30:00")
h = f"""<table width="580" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80"></td></tr>
<tr><td>
<p>Hello,</p>
<p>You recently worked with {TC} Customer Service on case <b>{CD}</b>.
We would like to know how it went. The survey has three questions and takes about two minutes.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<p>
<a href="https://survey.aws-tc-feedback.amazon.com/s/tc?c={CD}&amp;r=1">1</a> &nbsp;
<a href="https://survey.aws-tc-feedback.amazon.com/s/tc?c={CD}&amp;r=2">2</a> &nbsp;
<a href="https://survey.aws-tc-feedback.amazon.com/s/tc?c={CD}&amp;r=3">3</a> &nbsp;
<a href="https://survey.aws-tc-feedback.amazon.com/s/tc?c={CD}&amp;r=4">4</a> &nbsp;
<a href="https://survey.aws-tc-feedback.amazon.com/s/tc?c={CD}&amp;r=5">5</a></p>
<p style="font-size:12px;color:#666">1 = very dissatisfied, 5 = very satisfied. The survey closes 14 days after this message was sent.
Responses to this e-mail are not read; please use the links above.</p>
</td></tr></table>"""
add("cd_survey", "survey", False, CD, [], date=d,
    frm=addr("AWS Training and Certification Customer Service", "tc-feedback@amazon.com"), to=ME_C,
    subject=f"Your feedback on case {CD}", mid=ses_id(), trace=aws_in(d, ME_C),
    entity=part(html(h), "text/html", cte="7bit"))

d = D("2023-11-20 08:11:47")
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 4417, is
available on the AWS web site. Your account will be charged the following:

Total: $3.86

You can see a complete break down of all charges on the Billing & Cost Management page located
at https://console.aws.amazon.com/billing/home#/bills?year=2023&month=10

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210"""
add("bill_2023", "unrelated", False, None, [], date=d,
    frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
    subject="Amazon Web Services Billing Statement Available [Account: 305926184417]",
    mid=ses_id(), trace=aws_in(d), entity=part(t))

# ---------------------------------------------------------------------------
# 2024: marketing, expiry reminder, recertification, phishing
# ---------------------------------------------------------------------------
d = D("2024-05-14 01:00:12")
h = """<table width="640" align="center" cellpadding="0" cellspacing="0" style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:18px;font-size:22px">AWS Summit Japan 2024</td></tr>
<tr><td style="padding:20px">
<p>今年も AWS Summit Japan を幕張メッセで開催します。会期は 6 月 20 日（木）・21 日（金）の 2 日間です。</p>
<p>基調講演、150 を超えるセッション、ハンズオン、そして AWS 認定資格をお持ちの方だけが入れる「認定者ラウンジ」をご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_0514" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">今すぐ登録（無料）</a></p>
<p style="font-size:11px;color:#777">このメールは配信登録いただいた方にお送りしています。配信停止は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table>"""
add("mkt_summit", "unrelated", False, None, [], date=d,
    frm=addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="【AWS Summit Japan】6/20-21 幕張メッセ 参加登録受付中", mid=gen_id("mktomail.com"),
    trace=gtrace(d, "mail185-12.mktomail.com", "192.28.185.12", "112-TZM-766.0.41233.0.0.9911.9.8714201@mktomail.com",
                 "amazon.com", ["amazon.com", "mktomail.com"]),
    extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html>"],
    entity=multi("alternative", [
        part("AWS Summit Japan 2024 を 6 月 20 日・21 日に幕張メッセで開催します。\n"
             "AWS 認定資格をお持ちの方向けの認定者ラウンジもご用意しています。\n"
             "登録: https://aws.amazon.com/jp/summits/japan/?trk=em_jp_0514\n", cte="base64"),
        part(html(h, "ja"), "text/html", cte="base64")]))

d = D("2024-08-05 03:20:44")
t = f"""Hello Aya Takamura,

Your AWS Certified Solutions Architect - Associate certification will expire on
November 3, 2024 (90 days from today).

To keep it active, pass the current version of the exam, or earn the
AWS Certified Solutions Architect - Professional certification, before that date.
Your 50% discount benefit can be applied to a recertification exam.

Candidate ID: {ID_CO}

Review your certifications: https://cp.certmetrics.com/amazon/en/home/dashboard

AWS Certification"""
add("cert_expiry", "certification", False, None, [ID_CO], date=d,
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Your AWS Certification expires in 90 days", mid=gen_id("certmetrics.com"),
    trace=mtrace(d, "mta-17.certmetrics.com", "198.51.100.37", "certmetrics.com", "certmetrics.com"),
    entity=part(t))

d = D("2024-10-21 12:05:09")
t = f"""Dear Aya,

Congratulations! You have successfully recertified your AWS Certified Solutions
Architect - Associate certification. Your new expiration date is October 20, 2027.

Candidate ID: {ID_CO}

An updated certificate is available in your AWS Certification account, and your
Credly badge will be refreshed automatically.

Thank you for keeping your skills current.

AWS Certification"""
add("cert_recert", "certification", False, None, [ID_CO], date=d,
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Congratulations on recertifying your AWS Certification!", mid=gen_id("certmetrics.com"),
    trace=mtrace(d, "mta-17.certmetrics.com", "198.51.100.37", "certmetrics.com", "certmetrics.com"),
    entity=multi("alternative", [part(t), part(html(p2h(t)), "text/html")]))

d = D("2024-12-02 16:44:10")
h = """<div style="max-width:560px;margin:auto;font-family:Arial">
<img src="https://aws-certification-center.com/img/aws.png" width="90" alt="aws">
<h2>Action required: confirm your AWS Certification account</h2>
<p>Dear Certified Professional,</p>
<p>During a routine review we could not verify the e-mail linked to your AWS Certification account.
Unverified accounts will be <b>deactivated within 48 hours</b> and all certifications and badges will be lost.</p>
<p>To keep your certifications, verify your identity now:</p>
<p><a href="https://aws-certification-center.com/verify?u=a3f9c1" style="background:#ff9900;color:#000;padding:12px 22px;text-decoration:none;font-weight:bold">Verify my account</a></p>
<p>Alternatively, reply to this message with your Builder ID e-mail and password and our team will verify it for you.</p>
<p>AWS Certification Team</p>
</div>"""
add("phish_deact", "suspicious", False, None, [], date=d,
    frm=addr("AWS Certification", "support@aws-certification-center.com"), to=ME_P,
    subject="Action Required: Your AWS Certification account will be deactivated",
    mid=gen_id("aws-certification-center.com"),
    trace=gtrace(d, "vps-4f2a1.contabo.host", "185.244.26.91", "support@aws-certification-center.com",
                 "aws-certification-center.com", pol="p=NONE sp=NONE dis=NONE"),
    entity=part(html(h), "text/html", cte="base64"))

# ---------------------------------------------------------------------------
# 2025: leaving the company; the merge case (CA), its duplicate (CB)
# ---------------------------------------------------------------------------
d = D("2025-02-27 00:30:00")
t = """高村 彩 さん

情報システム部です。
退職手続きに伴い、以下のとおりアカウントを停止します。

　最終出社日: 2025年3月31日（月）
　メールボックス停止: 同日 18:00
　PC 返却: 同日 17:00 までに情報システム部へ

会社のメールアドレスで登録している外部サービス（AWS 認定アカウント、Credly、各種 SaaS など）がある場合は、停止日までに連絡先を個人のアドレスへ変更しておいてください。停止後は会社アドレス宛のメールを受け取れなくなります。

不明点は内線 2210 まで。

情報システム部 山口"""
add("it_notice", "unrelated", False, None, [], date=d,
    frm=addr("情報システム部", "it-helpdesk@kitanami-sys.co.jp", "iso-2022-jp"),
    to=addr("高村 彩", ME_C, "iso-2022-jp"),
    subject="【情報システム部】退職に伴うアカウント停止のお知らせ", subj_cs="iso-2022-jp",
    mid=outlook_id(), extra=["Content-Language: ja-JP", "X-MS-Has-Attach:"],
    entity=part(t, cs="iso-2022-jp"), crlf=True)

d = D("2025-03-03 08:12:55")
t = """高村さん

お疲れさまです、中川です。
3月末でご退職と伺いました。ささやかですが送別会を開きたいと思っています。

　候補1: 3月26日（水）19:00〜
　候補2: 3月27日（木）19:00〜
　場所: 浜松町駅近くの「さくら亭」

ご都合はいかがでしょうか？ 金曜までに教えていただけると助かります。

中川 純"""
add("farewell", "unrelated", False, None, [], date=d,
    frm=addr("中川 純", "j.nakagawa@kitanami-sys.co.jp", "iso-2022-jp"),
    to=addr("高村 彩", ME_C, "iso-2022-jp"),
    subject="送別会のご案内（ご都合伺い）", subj_cs="iso-2022-jp",
    mid=outlook_id(), extra=["Content-Language: ja-JP"],
    entity=part(t, cs="iso-2022-jp"))

d = D("2025-03-10 00:05:41")
t = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter this verification code:

    482913

The code expires in 30 minutes. If you did not request it, you can ignore this message.

Amazon Web Services"""
add("builder_code", "unrelated", False, None, [], date=d,
    frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address", mid=ses_id(),
    trace=gtrace(d, *ses_host(), "010001957a" + hx(6) + "@signin.aws", "signin.aws", ["signin.aws", "amazonses.com"]),
    entity=multi("alternative", [part(t), part(html(p2h(t)), "text/html")]))

# --- CA acknowledgement (English, plain) -------------------------------------
d = D("2025-03-10 00:12:40")
t = f"""Hello,

Thank you for getting in touch with Amazon Web Services. Your request has been
logged as case {CA}, and a member of the {TC} team will get
back to you. Most requests receive a first response within 24 hours; some take
longer while we look into them.

To avoid delays, please keep all correspondence about this request in this case
rather than submitting the form again.

Summary of your submission:

Case ID: {CA}
Inquiry type: Certification
Additional details: Account Merge
Contact e-mail: {ME_P}
How can we help you?
  Use case: I am leaving Kitanami Systems at the end of March and want my
  certification history moved to my personal account.
  E-mail addresses I have used: {ME_C}, {ME_P}
  E-mail address to keep: {ME_P}

Sincerely,
Amazon Web Services"""
SAVED["ca_ack"] = t
add("ca_ack", "acknowledgement", False, CA, [], date=d, frm=FORM, to=ME_P,
    subject=f"[CASE {CA}] {ACCT}", mid=ses_id(), trace=aws_in(d), entity=part(t))

# --- CB: the same form sent again from the office PC; Japanese ack, HTML only --
d = D("2025-03-10 00:23:30")
h = f"""<p>Amazon Web Services にお問い合わせいただきありがとうございます。</p>
<p>ケース <b>{CB}</b> としてご依頼を承りました。AWS トレーニングと認定の担当者より、通常24時間以内にご連絡いたします。</p>
<p>既に同じ内容でケースをお持ちの場合は、新しいケースを作らずに既存のケースへご返信ください。重複したケースがあると、対応が遅れることがあります。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><th align="left">ケース ID</th><td>{CB}</td></tr>
<tr><th align="left">お問い合わせタイプ</th><td>AWS トレーニングと認定 / 認定</td></tr>
<tr><th align="left">その他の詳細</th><td>アカウントの統合</td></tr>
<tr><th align="left">AWS 候補 ID</th><td>{ID_CO}</td></tr>
<tr><th align="left">メールアドレス</th><td>{ME_C}</td></tr>
<tr><th align="left">お問い合わせ内容</th><td>退職するため、会社アドレスの認定アカウントを個人アドレス（{ME_P}）のアカウントに統合してください。</td></tr>
</table>
<p>Amazon Web Services</p>"""
add("cb_ack", "acknowledgement", False, CB, [ID_CO], date=d, frm=FORM, to=ME_C,
    subject=f"[CASE {CB}] {ACCT}", mid=ses_id(), trace=aws_in(d, ME_C),
    entity=part(html(h, "ja"), "text/html", cte="base64"))

d = D("2025-03-10 00:41:02")
t = f"""Hello,

I sent the merge request form twice by mistake. Please close this case ({CB}).
The request is the same as case {CA}, which I opened from my personal address
{ME_P}; please keep everything in that one.

Sorry for the trouble.

Aya Takamura

________________________________
From: {FORM} <{FORM}>
Sent: Monday, March 10, 2025 9:23 AM
To: 高村 彩 <{ME_C}>
Subject: [CASE {CB}] {ACCT}

Amazon Web Services にお問い合わせいただきありがとうございます。
ケース {CB} としてご依頼を承りました。"""
add("cb_user", "user_reply", False, CB, [], date=d, frm=addr("高村 彩", ME_C), to=FORM,
    subject=f"RE: [CASE {CB}] {ACCT}", mid=outlook_id(), irt="cb_ack",
    extra=[f"Thread-Topic: [CASE {CB}] {ACCT}", "Thread-Index: AduRWk0p7d3VxJ2bS0y3QmvP1u4Ztw==",
           "Content-Language: en-US", "X-MS-Has-Attach:"],
    entity=multi("alternative", [part(t, cte="quoted-printable"),
                                 part(html(p2h(t)), "text/html", cte="quoted-printable")], "outlook"),
    crlf=True)

d = D("2025-03-10 03:10:27")
t = f"""Hello Aya,

Thanks for the heads-up. I have closed case {CB} as a duplicate and left a note on
case {CA} so the colleague handling it sees the full history. No further action is
needed on this case; you will hear from us on {CA}.

Kind regards,
Mariana G.
{TC} Customer Service

> I sent the merge request form twice by mistake. Please close this case ({CB}).
> The request is the same as case {CA}, which I opened from my personal address
> {ME_P}; please keep everything in that one."""
add("cb_closed", "case_update", False, CB, [], date=d, frm=FORM, to=ME_C,
    subject=f"RE:[CASE {CB}] {ACCT}", mid=ses_id(), irt="cb_user", trace=aws_in(d, ME_C),
    entity=part(t))

# --- CA: first request from support, the ask sits after a long explanation ---
d = D("2025-03-11 07:03:18")
t = f"""Hello Aya,

Thank you for contacting {TC}. My name is Rohan and I will be
looking after your request to combine your certification accounts.

A merge moves everything that sits on one certification account (exam history,
active and expired certifications, digital badges and unused benefits such as
exam discounts) onto the other account, after which the first account is closed.
Because this cannot be undone, we first make sure both accounts belong to the
same person and that we are merging in the right direction.

I searched our records using the two e-mail addresses listed in your form. The
address {ME_P} returns a recently created account, while the
company address returns more than one match, so I can't tell from the address
alone which record holds your certifications.

To go further I need the candidate ID of each account you want combined. It is
shown in the top right corner of the certification account page once you are
signed in, and it starts with "AWS" followed by eight digits.

As soon as I have them I'll continue with the review.

Best regards,
Rohan M.
{TC} Customer Service"""
SAVED["ca_req1"] = t
add("ca_req1", "info_request", True, CA, [], date=d, frm=FORM, to=ME_P,
    subject=f"RE:[CASE {CA}] {ACCT}", mid=ses_id(), irt="ca_ack", trace=aws_in(d),
    entity=multi("alternative", [part(t, cte="quoted-printable"),
                                 part(html(p2h(t)), "text/html", cte="quoted-printable")]))

d = D("2025-03-11 09:40:00")
t = """Thank you for your order.

AWS Skill Builder Individual subscription - monthly
Order number: SB-7F3K-22910
Billing period: Mar 11, 2025 - Apr 10, 2025
Amount charged: USD 29.00 (Visa ending 0871)

Your subscription includes AWS Builder Labs, AWS Jam, Cloud Quest and official
exam prep for AWS Certification. Manage your subscription at
https://skillbuilder.aws/subscriptions

AWS Skill Builder"""
add("sb_receipt", "unrelated", False, None, [], date=d,
    frm=addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=ME_P,
    subject="Your AWS Skill Builder receipt (SB-7F3K-22910)", mid=ses_id(),
    trace=gtrace(d, *ses_host(), "0100019584" + hx(6) + "@skillbuilder.aws", "skillbuilder.aws",
                 ["skillbuilder.aws", "amazonses.com"]),
    entity=multi("alternative", [part(t), part(html(p2h(t)), "text/html")]))

# --- owner answers with both candidate IDs (Gmail, > quoting) -----------------
d = D("2025-03-11 11:26:51")
t = f"""Hi Rohan,

Thanks for looking into this. Here are the two candidate IDs:

- company account ({ME_C}): {ID_CO}
- personal account ({ME_P}): {ID_P}

The certifications are all on the company one.

Best,
Aya

On Tue, Mar 11, 2025 at 4:03 PM <{FORM}> wrote:

{quote(SAVED['ca_req1'])}"""
SAVED["ca_user1"] = t
add("ca_user1", "user_reply", False, CA, [ID_CO, ID_P], date=d, frm=addr(ME_NAME, ME_P), to=FORM,
    subject=f"Re: RE:[CASE {CA}] {ACCT}", mid=gmail_id(), irt="ca_req1",
    entity=multi("alternative", [part(t),
                                 part(f'<div dir="ltr">{p2h(t.split("On Tue,")[0])}</div><br>'
                                      f'<div class="gmail_quote"><div class="gmail_attr">On Tue, Mar 11, 2025 at 4:03 PM '
                                      f'&lt;{FORM}&gt; wrote:<br></div><blockquote class="gmail_quote" '
                                      f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                                      f'{p2h(SAVED["ca_req1"])}</blockquote></div>\n', "text/html",
                                      cte="quoted-printable")], "gmail"))

# --- CA on hold for the partner; a question is buried in the middle ----------
d = D("2025-03-12 05:47:09")
t = f"""Hello Aya,

Thanks for sending the IDs so quickly.

While reviewing {ID_CO} I found that this certification account is linked to an
AWS Partner Network organization, Kitanami Systems Co., Ltd. Certifications on a
partner-linked account count toward the partner's own standing, so we cannot
move them to another account until our partner operations team has reviewed the
request with the partner. I have opened that review today, and your case is on
hold until it comes back.

The partner team usually asks one thing, and having the answer ready saves a
round trip: are you still employed at Kitanami Systems, and if you are leaving,
what is your last working day there?

Nothing will be lost from either account while the case is on hold.

Best regards,
Rohan M.
{TC} Customer Service"""
SAVED["ca_hold"] = t
add("ca_hold", "on_hold", True, CA, [ID_CO], date=d, frm=FORM, to=ME_P,
    subject=f"RE:[CASE {CA}] {ACCT}", mid=ses_id(), irt="ca_user1", trace=aws_in(d),
    entity=part(t, cte="quoted-printable"))

# --- genuine-looking case mail that fails DKIM/DMARC for amazon.com ---------
d = D("2025-03-13 14:22:35")
h = f"""<p>Hello,</p>
<p>Your request to merge AWS Certification accounts is ready for the final step. For your
protection, the account owner must re-confirm their sign-in before certifications are transferred.</p>
<p><a href="https://awstc-merge-verify.com/confirm?case=174178110942207">Confirm ownership and complete the merge</a></p>
<p>If ownership is not confirmed within 24 hours the request will be cancelled and your
certifications will stay locked on the old account.</p>
<p>Regards,<br>{TC} Customer Service</p>"""
add("phish_dmarc", "suspicious", False, None, [], date=d,
    frm=addr("AWS Training and Certification", FORM), to=ME_P,
    reply_to="merge-desk@awstc-merge-verify.com",
    subject=f"RE:[CASE 174178110942207] {ACCT} - action needed", mid=gen_id("amazon.com"),
    trace=gtrace(d, "mail.awstc-merge-verify.com", "45.137.21.77", "bounce@awstc-merge-verify.com",
                 "amazon.com", ["amazon.com"], dkim="fail", spf="pass", dmarc="fail"),
    entity=part(html(h), "text/html", cte="quoted-printable"))

d = D("2025-03-14 02:31:10")
t = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

Kenta (Tachyon Monitoring Support)
Mar 14, 2025, 11:30 JST

Hi Aya, the agent upgrade to 7.52 fixed the missing disk metrics on your side as well,
so I'm closing this case. Thanks for the detailed logs!

Aya Takamura
Mar 12, 2025, 17:05 JST

Disk metrics stopped arriving from two hosts after Monday's deploy. Logs attached.

[Tachyon Monitoring] This email is a service from Tachyon Monitoring Support. Delivered by Zendesk
[8QW2LK-R4P1]"""
add("zendesk", "unrelated", False, None, [], date=d,
    frm=addr("Kenta (Tachyon Monitoring Support)", "support@tachyon-monitoring.zendesk.com"), to=ME_C,
    subject="[Tachyon Monitoring] Re: Disk metrics missing after deploy (case closed)",
    mid="<8QW2LK-R4P1_67d393fe6a2b1_4c1e2b0c1f5d8_sprut@zendesk.com>",
    trace=mtrace(d, "out-14.smtp.zendesk.com", "192.161.157.14", "zendesk.com", "tachyon-monitoring.zendesk.com",
                 "zendesk.com"),
    entity=part(t))

# --- CA closing notice: no answer for four days ------------------------------
d = D("2025-03-16 06:00:44")
t = f"""Hello,

We are following up on case {CA}. On March 12 we asked for some information to move
your request forward and have not received a response yet.

If we do not hear from you within the next 3 business days, this case will be closed.
Simply replying to this message will keep it open; if it has already been closed by the
time you reply, your reply will reopen it.

Sincerely,
{TC} Customer Service

---------- Previous message ----------
{SAVED['ca_hold']}"""
add("ca_close", "closing_notice", True, CA, [], date=d, frm=FORM, to=ME_P,
    subject=f"RE: [CASE {CA}] {ACCT}", mid=ses_id(), irt="ca_hold", trace=aws_in(d), entity=part(t))

# --- owner answers from the wrong (company) address, Outlook style -----------
d = D("2025-03-17 00:30:12")
t = f"""Hello Rohan,

Sorry for the slow answer. Yes, I am leaving Kitanami Systems. My last working day
is March 31, 2025, and this mailbox will be switched off that evening.
Please go ahead with the partner review.

Regards,
Aya Takamura

-----Original Message-----
From: {FORM} <{FORM}>
Sent: Sunday, March 16, 2025 3:00 PM
To: {ME_P}
Subject: RE: [CASE {CA}] {ACCT}

Hello,

We are following up on case {CA}. On March 12 we asked for some information to move
your request forward and have not received a response yet."""
SAVED["ca_user2"] = t
add("ca_user2", "user_reply", False, CA, [], date=d, frm=addr("高村 彩", ME_C), to=FORM,
    subject=f"RE: [CASE {CA}] {ACCT}", mid=outlook_id(), irt="ca_close",
    extra=[f"Thread-Topic: [CASE {CA}] {ACCT}", "Thread-Index: AduW4u0x1b7nQ2XdRm6p9sKwLz3aBQ==",
           "Content-Language: en-US", "X-MS-Has-Attach:"],
    entity=part(t, cte="7bit"), crlf=True)

# --- CA: reply came from the wrong address; asked to write from the personal one
d = D("2025-03-17 05:02:31")
t = f"""Hello Aya,

This is Daniel from {TC}, covering for Rohan today.

We received a message on this case from {ME_C}. For the protection
of your records we can only act on instructions that come from the contact address
on the case, which is {ME_P}.

Would you reply to this e-mail from {ME_P} and repeat what you
wrote (that you are leaving and your last working day)? Once it arrives I will pass it
straight to the partner team.

Thank you,
Daniel O.
{TC} Customer Service

-----Original Message-----
From: {ME_C}
Sent: 3/17/2025 12:30 AM UTC

Yes, I am leaving Kitanami Systems. My last working day
is March 31, 2025, and this mailbox will be switched off that evening."""
SAVED["ca_req2"] = t
add("ca_req2", "info_request", True, CA, [], date=d, frm=FORM, to=ME_P, cc=ME_C,
    subject=f"RE:[CASE {CA}] {ACCT}", mid=ses_id(), irt="ca_user2", trace=aws_in(d),
    entity=multi("alternative", [part(t), part(html(p2h(t)), "text/html")]))

d = D("2025-03-17 06:12:09")
t = f"""Hi Daniel,

Writing from my personal address as asked: I am leaving Kitanami Systems, and my last
working day there is March 31, 2025. Please go ahead.

Thanks,
Aya

On Mon, Mar 17, 2025 at 2:02 PM <{FORM}> wrote:
{quote(SAVED['ca_req2'])}"""
add("ca_user3", "user_reply", False, CA, [], date=d, frm=addr(ME_NAME, ME_P), to=FORM,
    subject=f"Re: RE:[CASE {CA}] {ACCT}", mid=gmail_id(), irt="ca_req2",
    entity=part(t, cte="quoted-printable", params="; format=flowed"))

d = D("2025-03-17 06:20:40")
t = """高村さん

ご連絡ありがとうございます。
申し訳ありませんが、3月17日（月）から3月21日（金）まで出張のため不在にしております。
期間中はメールを確認できないことがあります。お急ぎの場合は開発部 代表アドレス dev@kitanami-sys.co.jp までご連絡ください。

中川 純"""
add("ooo", "unrelated", False, None, [], date=d,
    frm=addr("中川 純", "j.nakagawa@kitanami-sys.co.jp"), to=addr("高村 彩", ME_C),
    subject="自動応答: 送別会のご案内（ご都合伺い）", mid=outlook_id(),
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
           "X-MS-Exchange-Inbox-Rules-Loop: j.nakagawa@kitanami-sys.co.jp"],
    entity=part(t, cte="base64"))

# --- CA: passed to the partner team, nothing asked ---------------------------
d = D("2025-03-18 02:44:15")
t = f"""Hello Aya,

Thank you, that came through fine from your personal address.

I have passed your confirmation to our partner operations team. They will contact
the partner administrator at Kitanami Systems to release {ID_CO} from the partner
profile. This usually takes a few business days. There is nothing you need to do in
the meantime; I will write on this case as soon as they get back to me.

Best regards,
Daniel O.
{TC} Customer Service"""
add("ca_upd1", "case_update", False, CA, [ID_CO], date=d, frm=FORM, to=ME_P,
    subject=f"RE:[CASE {CA}] {ACCT}", mid=ses_id(), irt="ca_user3", trace=aws_in(d),
    entity=part(t))

d = D("2025-03-19 01:00:03")
t = """Hello Aya,

AWS Certification wants to hear from you.

As someone who holds an active AWS Certification, your view helps shape future
exams. Tell us about the tasks you perform in your job and how well our exams
reflect them. The survey takes about 10 minutes and is open until April 4, 2025.

Start the survey: https://cp.certmetrics.com/amazon/en/survey/jta-2025-q1

Answers are anonymous and are not linked to your certification record.

AWS Certification"""
add("cert_survey", "certification", False, None, [], date=d,
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="AWS Certification wants to hear from you", mid=gen_id("certmetrics.com"),
    trace=mtrace(d, "mta-17.certmetrics.com", "198.51.100.37", "certmetrics.com", "certmetrics.com"),
    entity=multi("alternative", [part(t), part(html(p2h(t)), "text/html")]))

d = D("2025-03-20 10:09:58")
h = """<div style="font-family:Helvetica,Arial;max-width:600px">
<div style="background:#ff6b00;color:#fff;padding:14px;font-size:20px">Credly</div>
<p>Hello,</p>
<p>We detected that the e-mail address holding your <b>Amazon Web Services</b> badges belongs to an
organization that is closing your account. Badges attached to a closed address are removed after 48 hours.</p>
<p>To move your badges to a personal address, sign in below and confirm your details:</p>
<p><a href="https://credly-badges.com/transfer/login?ref=aws" style="background:#1b75bb;color:#fff;padding:10px 18px;text-decoration:none">Keep my badges</a></p>
<p>The Credly Team</p></div>"""
add("phish_credly", "suspicious", False, None, [], date=d,
    frm=addr("Credly", "admin@credly-badges.com"), to=ME_P,
    subject="Your AWS badges will be removed in 48 hours", mid=gen_id("credly-badges.com"),
    trace=gtrace(d, "smtp.credly-badges.com", "103.151.44.210", "admin@credly-badges.com",
                 "credly-badges.com", pol="p=NONE sp=NONE dis=NONE"),
    entity=part(html(h), "text/html", cte="quoted-printable"))

d = D("2025-03-21 04:18:26")
t = """Hello,

Thank you for contacting AWS Educate. We have opened case 174253070661592 for your
request and will reply within 2 business days.

Case ID: 174253070661592
Subject: Classroom access for a university workshop
Contact: aya.takamura.88@gmail.com

Please reply to this e-mail if you have more to add.

AWS Educate Support"""
add("educate", "unrelated", False, None, [], date=d, frm="aws-cs-educate-form@amazon.com", to=ME_P,
    subject="[CASE 174253070661592] [AWS Educate Form Submission] - classroom-access",
    mid=ses_id(), trace=aws_in(d), entity=part(t))

# --- CA: hold lifted ---------------------------------------------------------
d = D("2025-03-24 08:31:50")
t = f"""Hi Aya,

Good news: our partner operations team has heard back from Kitanami Systems, and
the company certification account has been released from the partner profile.
The hold on your case is lifted.

I am now preparing the merge and will send you the details of both accounts to
look over before anything is moved.

Best regards,
Rohan M.
{TC} Customer Service"""
add("ca_upd2", "case_update", False, CA, [], date=d, frm=FORM, to=ME_P,
    subject=f"RE:[CASE {CA}] {ACCT}", mid=ses_id(), irt="ca_upd1", trace=aws_in(d),
    entity=part(t), crlf=True)

# --- CA: confirmation request, HTML only, account table ----------------------
d = D("2025-03-25 02:15:37")
rows = ""
for label, login, cid in (("Account #1", ME_P, ID_P), ("Account #2", ME_C, ID_CO)):
    rows += (f'<tr><td colspan="2" style="background:#eef3f8"><b>{label}</b></td></tr>\n'
             f"<tr><td>Candidate ID</td><td>{cid}</td></tr>\n"
             f"<tr><td>Login email</td><td>{login}</td></tr>\n"
             f"<tr><td>Training notification email</td><td>{login}</td></tr>\n"
             f"<tr><td>Certification notification email</td><td>{login}</td></tr>\n")
h = f"""<p>Hello Aya,</p>
<p>My name is Priya and I'll be completing the merge on case {CA}. Below are the two
certification accounts I located:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
{rows}</table>
<p>Please look these over and reply to confirm that both accounts are yours and that
everything should be merged into <b>Account #1</b>. If you would rather keep Account #2,
just say so in your reply.</p>
<p>Thank you,<br>Priya R.<br>{TC} Customer Service</p>"""
SAVED["ca_conf_html"] = h
SAVED["ca_conf"] = f"""Hello Aya,

My name is Priya and I'll be completing the merge on case {CA}. Below are the two
certification accounts I located:

Account #1
Candidate ID {ID_P}
Login email {ME_P}
Training notification email {ME_P}
Certification notification email {ME_P}
Account #2
Candidate ID {ID_CO}
Login email {ME_C}
Training notification email {ME_C}
Certification notification email {ME_C}

Please look these over and reply to confirm that both accounts are yours and that
everything should be merged into Account #1. If you would rather keep Account #2,
just say so in your reply."""
add("ca_conf", "confirmation_request", True, CA, [ID_P, ID_CO], date=d, frm=FORM, to=ME_P,
    subject=f"RE:[CASE {CA}] {ACCT}", mid=ses_id(), irt="ca_upd2", trace=aws_in(d),
    entity=part(html(h), "text/html", cte="base64"))

d = D("2025-03-25 03:02:11")
t = """Hi Priya,

Confirmed: both accounts are mine. Please merge everything into Account #1.

Thank you,
Aya"""
add("ca_user4", "user_reply", False, CA, [], date=d, frm=addr(ME_NAME, ME_P), to=FORM,
    subject=f"Re: RE:[CASE {CA}] {ACCT}", mid=gmail_id(), irt="ca_conf",
    entity=multi("alternative", [
        part(t + f"\n\nOn Tue, Mar 25, 2025 at 11:15 AM <{FORM}> wrote:\n" + quote(SAVED["ca_conf"])),
        part(f'<div dir="ltr">{p2h(t)}</div><br><div class="gmail_quote"><div class="gmail_attr">'
             f"On Tue, Mar 25, 2025 at 11:15 AM &lt;{FORM}&gt; wrote:<br></div>"
             f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
             f'padding-left:1ex">{SAVED["ca_conf_html"]}</blockquote></div>\n', "text/html",
             cte="quoted-printable")], "gmail"))

# --- CA: a second confirmation, go-ahead needed because of a booked exam ------
d = D("2025-03-25 06:40:02")
t = f"""Hi Aya,

Thanks for confirming. Before I run the merge there is one thing you should know.

Account #2 has an exam appointment booked: AWS Certified Solutions Architect -
Professional, April 18, 2025, at a Pearson VUE test center in Tokyo. The merge
moves this booking to Account #1, and the confirmation and any reminders will go
to {ME_P} from then on. The appointment itself does not change.

Are you happy for me to go ahead on that basis? I'll run the merge as soon as you
give the word.

Priya R.
{TC} Customer Service"""
SAVED["ca_conf2"] = t
add("ca_conf2", "confirmation_request", True, CA, [], date=d, frm=FORM, to=ME_P,
    subject=f"RE:[CASE {CA}] {ACCT}", mid=ses_id(), irt="ca_user4", trace=aws_in(d),
    entity=multi("alternative", [part(t, cte="quoted-printable"),
                                 part(html(p2h(t)), "text/html", cte="quoted-printable")]))

d = D("2025-03-25 07:05:48")
t = f"""Yes, please go ahead. Moving the booking is fine.

Aya

On Tue, Mar 25, 2025 at 3:40 PM <{FORM}> wrote:
{quote(SAVED['ca_conf2'])}"""
add("ca_user5", "user_reply", False, CA, [], date=d, frm=addr(ME_NAME, ME_P), to=FORM,
    subject=f"Re: RE:[CASE {CA}] {ACCT}", mid=gmail_id(), irt="ca_conf2", entity=part(t))

# --- CA resolved; the old confirmation request is quoted underneath -----------
d = D("2025-03-26 01:20:05")
t = f"""Hello Aya,

I have merged both accounts. Your exam history, certifications, digital badges and
the exam discount benefit now sit on Account #1 ({ME_P}), together with the
April 18 exam booking. Account #2 has been closed.

Sign in with your AWS Builder ID to check that everything is where you expect it.
Badges in Credly may take up to 48 hours to show under the new address.

If something looks wrong, reply to this message and we'll take another look.

Best regards,
Priya R.
{TC} Customer Service

-----Original Message-----
Sent: 3/25/2025 2:15 AM UTC
Subject: RE:[CASE {CA}] {ACCT}

{SAVED['ca_conf']}"""
SAVED["ca_done"] = t
add("ca_done", "resolved", False, CA, [], date=d, frm=FORM, to=ME_P,
    subject=f"RE:[CASE {CA}] {ACCT}", mid=ses_id(), irt="ca_user5", trace=aws_in(d),
    entity=multi("alternative", [part(t, cte="quoted-printable"),
                                 part(html(p2h(t)), "text/html", cte="quoted-printable")]))

d = D("2025-03-26 01:58:40")
h = f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial">
<tr><td style="background:#ff6b00;color:#fff;padding:16px;font-size:20px">Credly</td></tr>
<tr><td style="padding:22px">
<p>Hi Aya,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued badges to {ME_P}:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li>
<li>AWS Certified Developer &ndash; Associate</li>
<li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned" style="background:#1b75bb;color:#fff;padding:10px 18px;text-decoration:none">View your badges</a></p>
<p style="font-size:11px;color:#888">Credly, 13601 Preston Road, Suite 500W, Dallas, TX 75240</p>
</td></tr></table>"""
add("badge_merge", "badge", False, None, [], date=d, frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="You have 3 new badges from Amazon Web Services Training and Certification",
    mid=gen_id("credly.com"),
    trace=gtrace(d, "o1.ptr4821.credly.com", "149.72.61.18", "bounces+4821@em.credly.com", "credly.com",
                 ["credly.com", "sendgrid.info"]),
    entity=part(html(h), "text/html", cte="quoted-printable"))

d = D("2025-03-26 10:00:00")
t = f"""Hello,

Your recent case with {TC} Customer Service ({CA}) was marked as
resolved. Would you take a minute to tell us how we did?

Rate your experience: https://survey.aws-tc-feedback.amazon.com/s/tc?c={CA}

Your feedback goes to the team that handled your case and helps us improve.
This mailbox does not accept replies.

{TC}"""
add("ca_survey", "survey", False, CA, [], date=d,
    frm=addr("AWS Training and Certification Customer Service", "tc-feedback@amazon.com"), to=ME_P,
    subject="How did we do? Tell us about your recent support experience", mid=ses_id(),
    trace=aws_in(d), entity=multi("alternative", [part(t), part(html(p2h(t)), "text/html")]))

# --- owner forwards the result to her manager (Gmail forward, Japanese note) --
d = D("2025-03-26 12:34:27")
t = f"""近藤さん

お疲れさまです。高村です。
AWS 認定アカウントの個人アドレスへの統合が完了しましたので、共有します。
パートナー側（APN）の解除にご対応いただきありがとうございました。

高村

---------- Forwarded message ---------
From: <{FORM}>
Date: Wed, Mar 26, 2025 at 10:20 AM
Subject: RE:[CASE {CA}] {ACCT}
To: <{ME_P}>


{SAVED['ca_done']}"""
add("ca_fwd", "user_reply", False, CA, [], date=d, frm=addr("高村 彩", ME_P), to=addr("近藤 正樹", "m.kondo@kitanami-sys.co.jp"),
    subject=f"Fwd: RE:[CASE {CA}] {ACCT}", mid=gmail_id(),
    entity=part(t, cte="base64"))

d = D("2025-03-28 03:00:00")
t = """Tokyo Cloud Meetup #57 の参加登録が完了しました。

日時: 2025年4月17日（木）19:00〜21:00
会場: 渋谷ソラスタ 14F イベントスペース
テーマ: 資格を取った後の学び方 / 認定アカウント運用の小ネタ

受付番号: 0057-0142

キャンセルの場合はイベントページから手続きしてください。
https://tokyo-cloud-meetup.connpass.com/event/349921/"""
add("meetup", "unrelated", False, None, [], date=d,
    frm=addr("connpass", "no-reply@connpass.com"), to=ME_P,
    subject="【connpass】Tokyo Cloud Meetup #57 への参加登録が完了しました", mid=gen_id("connpass.com"),
    trace=gtrace(d, "mail-b11.connpass.com", "52.69.118.11", "bounce@connpass.com", "connpass.com",
                 pol="p=NONE sp=NONE dis=NONE"),
    entity=part(t, cs="iso-2022-jp"), subj_cs="iso-2022-jp")

# ---------------------------------------------------------------------------
# April 2025: console case CC (answer only in the Support Center)
# ---------------------------------------------------------------------------
CONSOLE = f"https://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en"
FOOT = f"""
To see all correspondence and reply, open the case in the AWS Support Center:
{CONSOLE}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To contact us about this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""
CSUBJ = "Exam discount benefit missing after certification account merge"

d = D("2025-04-02 01:40:22")
t = f"""Dear Amazon Web Services Customer,

Thank you for reaching out. Support case {CC} has been created for you.

Subject: {CSUBJ}
Severity: General guidance
Service: Training and Certification

Correspondence: After my certification accounts were merged on March 26, the 50%
exam discount that was on my old account does not appear under Benefits on the
remaining account.

We will respond through the Support Center; you will also receive an e-mail when
there is an update.
{FOOT}"""
add("cc_ack", "acknowledgement", False, CC, [], date=d,
    frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
    subject=f"Amazon Web Services: New Support case: {CC}", mid=ses_id(), trace=aws_in(d),
    entity=part(t))

d = D("2025-04-03 04:12:50")
t = f"""Hello,

Thank you for contacting AWS Support. I'm Tomasz and I'll be working on your case.

I checked the certification account that remained after the merge on March 26. The
exam history and certifications came across correctly, but I don't see an active
exam discount on it, and the closed account no longer shows one either.

Could you let me know which exam you intended to use the discount for, and roughly
when it first appeared on your old account? If you still have a screenshot of the old
Benefits page, please attach it to the case as well; it will speed things up with the
benefits team.

Please add your answer in the Support Center using the link below, as replies to this
e-mail are not received.

Best regards,
Tomasz K.
Amazon Web Services

We value your feedback. Please rate this response in the Support Center.
{FOOT}"""
SAVED["cc_req"] = t
add("cc_req", "info_request", True, CC, [], date=d,
    frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
    subject=f"RE:[CASE {CC}] {CSUBJ}", mid=ses_id(), irt="cc_ack", trace=aws_in(d),
    entity=multi("alternative", [part(t), part(html(p2h(t)), "text/html", cte="quoted-printable")]))

# --- owner replies by e-mail to the console case anyway; it bounces -----------
d = D("2025-04-03 09:55:31")
t = f"""Hi Tomasz,

It was for the Solutions Architect - Professional exam (I have it booked for April 18).
The discount appeared after I recertified SAA in October 2024. I don't have a
screenshot, sorry.

Aya

On Thu, Apr 3, 2025 at 1:12 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:
{quote(SAVED['cc_req'].split('We value your feedback')[0])}"""
add("cc_user", "user_reply", False, CC, [], date=d, frm=addr(ME_NAME, ME_P), to="no-reply-aws@amazon.com",
    subject=f"Re: RE:[CASE {CC}] {CSUBJ}", mid=gmail_id(), irt="cc_req", entity=part(t))
bounced_mid = MID["cc_user"]

d = D("2025-04-03 09:55:36")
dsn_text = f"""
** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
dsn = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; {ME_P}
Arrival-Date: {format_datetime(d - datetime.timedelta(seconds=4))}

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected
Last-Attempt-Date: {format_datetime(d)}
"""
hdrs = f"""Date: {format_datetime(D('2025-04-03 09:55:31'))}
From: {ME_NAME} <{ME_P}>
To: no-reply-aws@amazon.com
Subject: Re: RE:[CASE {CC}] {CSUBJ}
Message-ID: {bounced_mid}
"""
add("bounce", "unrelated", False, CC, [], date=d,
    frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)", mid=gmail_id(), irt="cc_user",
    extra=["Auto-Submitted: auto-replied"],
    entity=multi("report", [part(dsn_text),
                            "Content-Type: message/delivery-status\n\n" + dsn,
                            "Content-Type: text/rfc822-headers\n\n" + hdrs], "gmail",
                 '; report-type=delivery-status'))

d = D("2025-04-04 18:31:09")
t = """AWS Free Tier usage alert

Your AWS account 305926184417 has exceeded 85% of the usage limit for one or more AWS
Free Tier-eligible services for the month of April.

Product: Amazon Elastic Compute Cloud
Usage: 638 of 750 Hrs

To see usage details, visit the Billing and Cost Management console.
To stop receiving these alerts, change your preferences at
https://console.aws.amazon.com/billing/home#/preferences

Amazon Web Services"""
add("freetier", "unrelated", False, None, [], date=d,
    frm=addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), to=ME_P,
    subject="AWS Free Tier limit alert", mid=ses_id(),
    trace=gtrace(d, *ses_host(), "01000196" + hx(6) + "@costalerts.amazonaws.com", "costalerts.amazonaws.com",
                 ["costalerts.amazonaws.com", "amazonses.com"]),
    entity=part(t))

d = D("2025-04-06 21:17:42")
h = """<div style="font-family:Arial;max-width:580px">
<div style="background:#003057;color:#fff;padding:12px;font-size:18px">Pearson | VUE</div>
<p>Dear Candidate,</p>
<p>Your upcoming <b>AWS Certified Solutions Architect - Professional</b> appointment could not be
confirmed because of a payment verification issue. To avoid cancellation and loss of your exam fee,
a one-time verification fee of USD 4.99 must be paid within 24 hours.</p>
<p><a href="https://pearsonvue-scheduling.com/pay?c=AW77120">Verify payment</a></p>
<p>Pearson VUE Candidate Services</p></div>"""
add("phish_vue", "suspicious", False, None, [], date=d,
    frm=addr("Pearson VUE", "candidate-services@pearsonvue-scheduling.com"), to=ME_P,
    subject="Important: your AWS exam appointment will be cancelled", mid=gen_id("pearsonvue-scheduling.com"),
    trace=gtrace(d, "mx1.pearsonvue-scheduling.com", "91.215.85.40",
                 "candidate-services@pearsonvue-scheduling.com", "pearsonvue-scheduling.com",
                 dkim="pass", spf="pass", dmarc="pass", pol="p=NONE sp=NONE dis=NONE"),
    entity=part(html(h), "text/html", cte="quoted-printable"))

d = D("2025-04-07 04:30:18")
t = f"""Hello,

We haven't heard back from you on this case since our last message on April 3.

We'll keep the case open for a few more days. If we don't receive a response in the
Support Center by then, the case will be resolved automatically. Resolved cases can be
reopened from the Support Center for up to 14 days; after that a new case is needed.

Please use the Support Center link below to respond.

Best regards,
Amazon Web Services
{FOOT}"""
add("cc_close", "closing_notice", True, CC, [], date=d,
    frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
    subject=f"RE:[CASE {CC}] {CSUBJ}", mid=ses_id(), irt="cc_req", trace=aws_in(d), entity=part(t))

# owner answers in the Support Center (no mail); support moves the case on
d = D("2025-04-08 02:05:44")
t = f"""Hello,

Thank you for the details you added in the Support Center.

I have passed your case to the certification benefits team, who are able to reissue
exam discounts. They usually take three to five business days. You don't need to do
anything further for now; I'll update this case when they have finished.

Best regards,
Tomasz K.
Amazon Web Services

We value your feedback. Please rate this response in the Support Center.
{FOOT}"""
add("cc_upd", "case_update", False, CC, [], date=d,
    frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
    subject=f"RE:[CASE {CC}] {CSUBJ}", mid=ses_id(), irt="cc_close", trace=aws_in(d),
    entity=multi("alternative", [part(t), part(html(p2h(t)), "text/html", cte="quoted-printable")]))

# --- CA reopened by the owner: duplicate badge --------------------------------
d = D("2025-04-10 00:48:12")
t = f"""Hi Priya,

Sorry to come back to this. Since the merge, my Credly profile shows the AWS Certified
Developer - Associate badge twice, and one copy is still tied to my old company address.
Could you have a look?

Thanks,
Aya

On Wed, Mar 26, 2025 at 10:20 AM <{FORM}> wrote:
{quote(SAVED['ca_done'].split('-----Original Message-----')[0])}"""
SAVED["ca_reopen"] = t
add("ca_reopen", "user_reply", False, CA, [], date=d, frm=addr(ME_NAME, ME_P), to=FORM,
    subject=f"Re: RE:[CASE {CA}] {ACCT}", mid=gmail_id(), irt="ca_done", entity=part(t))

d = D("2025-04-10 00:49:30")
t = f"""Hello,

We have received your reply on case {CA}. The case had been resolved and has now been
reopened. A member of the {TC} team will respond, usually
within 24 hours.

Case ID: {CA}
Status: Reopened

Sincerely,
Amazon Web Services"""
add("ca_reack", "acknowledgement", False, CA, [], date=d, frm=FORM, to=ME_P,
    subject=f"RE:[CASE {CA}] {ACCT}", mid=ses_id(), irt="ca_reopen", trace=aws_in(d), entity=part(t),
    crlf=True)

d = D("2025-04-11 06:22:03")
t = f"""Hello,

Good news: the certification benefits team has reissued your 50% exam discount. It
now appears under Benefits on your AWS Certification account and is valid until
October 20, 2027. Because your Solutions Architect - Professional appointment is
already booked, it cannot be applied to that booking retroactively; it remains
available for your next exam.

With that, I'm marking this case as resolved. If anything else comes up, you can
reopen it from the Support Center within the next 14 days.

Best regards,
Tomasz K.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.
{FOOT}"""
add("cc_done", "resolved", False, CC, [], date=d,
    frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
    subject=f"RE:[CASE {CC}] {CSUBJ}", mid=ses_id(), irt="cc_upd", trace=aws_in(d),
    entity=multi("alternative", [part(t), part(html(p2h(t)), "text/html", cte="quoted-printable")]))

# --- CA: fix done but support waits for a check reported back ---------------
d = D("2025-04-14 01:35:57")
t = f"""Hello Aya,

Thanks for flagging this. The second copy of the Developer - Associate badge came from
the old account's link to Credly, which the merge did not remove. I asked Credly to
revoke that copy, and they confirmed it this morning.

When you have a moment, check your Credly profile and tell me whether only one
Developer - Associate badge is left. I'll keep the case open until I hear from you.

Priya R.
{TC} Customer Service"""
SAVED["ca_check"] = t
add("ca_check", "info_request", True, CA, [], date=d, frm=FORM, to=ME_P,
    subject=f"RE:[CASE {CA}] {ACCT}", mid=ses_id(), irt="ca_reack", trace=aws_in(d),
    entity=multi("alternative", [part(t), part(html(p2h(t)), "text/html", cte="base64")]))

d = D("2025-04-14 01:41:10")
h = """<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial">
<tr><td style="background:#ff6b00;color:#fff;padding:16px;font-size:20px">Credly</td></tr>
<tr><td style="padding:22px">
<p>Hi Aya,</p>
<p><b>Amazon Web Services Training and Certification</b> has revoked the following badge:</p>
<p><b>AWS Certified Developer &ndash; Associate</b> (issued October 30, 2023)</p>
<p>Reason given by the issuer: duplicate badge after account consolidation.</p>
<p>Your other badges are not affected. <a href="https://www.credly.com/earner/earned">See your badges</a></p>
<p style="font-size:11px;color:#888">Credly, 13601 Preston Road, Suite 500W, Dallas, TX 75240</p>
</td></tr></table>"""
add("badge_revoke", "badge", False, None, [], date=d, frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="A badge has been revoked", mid=gen_id("credly.com"),
    trace=gtrace(d, "o1.ptr4821.credly.com", "149.72.61.18", "bounces+4821@em.credly.com", "credly.com",
                 ["credly.com", "sendgrid.info"]),
    entity=part(html(h), "text/html", cte="quoted-printable"))

d = D("2025-04-15 11:03:39")
t = f"""Hi Priya,

Checked just now: only one Developer - Associate badge is left. All good, thank you!

Aya

On Mon, Apr 14, 2025 at 10:35 AM <{FORM}> wrote:
{quote(SAVED['ca_check'])}"""
add("ca_user6", "user_reply", False, CA, [], date=d, frm=addr(ME_NAME, ME_P), to=FORM,
    subject=f"Re: RE:[CASE {CA}] {ACCT}", mid=gmail_id(), irt="ca_check", entity=part(t))

d = D("2025-04-15 23:50:14")
t = f"""Hello Aya,

Thank you for checking. I'm glad the profile looks right now. I have marked this case
as resolved; no further action is required on your part.

Priya R.
{TC} Customer Service

-----Original Message-----
Sent: 4/14/2025 1:35 AM UTC
Subject: RE:[CASE {CA}] {ACCT}

{SAVED['ca_check']}"""
add("ca_done2", "resolved", False, CA, [], date=d, frm=FORM, to=ME_P,
    subject=f"RE:[CASE {CA}] {ACCT}", mid=ses_id(), irt="ca_user6", trace=aws_in(d), entity=part(t))

d = D("2025-04-16 09:00:00")
h = f"""<p>高村 彩 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。</p>
<p>ケース {CA} の対応品質向上のため、簡単なアンケートへのご協力をお願いしております。所要時間は 2 分ほどです。</p>
<p><a href="https://survey.aws-tc-feedback.amazon.com/s/tc?c={CA}&amp;lang=ja" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">アンケートに回答する</a></p>
<p style="font-size:12px;color:#666">本メールは送信専用アドレスからお送りしています。ご返信いただいても対応いたしかねますので、あらかじめご了承ください。</p>
<p>AWS トレーニングと認定</p>"""
add("ca_survey2", "survey", False, CA, [], date=d,
    frm=addr("AWS トレーニングと認定", "tc-feedback@amazon.com"), to=addr("高村 彩", ME_P),
    subject="AWS トレーニングと認定 カスタマーサービスに関するアンケートのお願い", mid=ses_id(),
    trace=aws_in(d), entity=part(html(h, "ja"), "text/html", cte="base64"))

# ---------------------------------------------------------------------------
# late April 2025: exam taken, result missing (case CE), result arrives
# ---------------------------------------------------------------------------
d = D("2025-04-18 08:44:02")
t = """Dear Aya Takamura,

Thank you for testing with Pearson VUE today.

Exam: SAP-C02 AWS Certified Solutions Architect - Professional
Test center: Pearson VUE Tokyo Hamamatsucho
Registration ID: 492018377

Your score report will be available in your AWS Certification account within five
business days. Pearson VUE does not send exam results by e-mail.

Pearson VUE"""
add("vue_done", "unrelated", False, None, [], date=d,
    frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
    subject="Thank you for testing with Pearson VUE", mid=gen_id("pearson.com"),
    trace=gtrace(d, "mail-out3.pearson.com", "159.182.20.33", "bounce@pearson.com", "pearson.com",
                 pol="p=REJECT sp=REJECT dis=NONE"),
    entity=part(t))

d = D("2025-04-22 02:05:17")
t = f"""Hello,

Thank you for contacting Amazon Web Services. We have created case {CE} for your
request. Someone from {TC} will reply by e-mail, normally
within one business day.

Please don't open another case for the same request; add any new details by replying
to this message.

Case ID: {CE}
Inquiry type: Certification
Additional details: Exam results
AWS Candidate ID: {ID_P}
Message: I took SAP-C02 on April 18 at Pearson VUE Tokyo Hamamatsucho. Four days later
no result shows in my certification account (exam history only says "Pending").

Sincerely,
Amazon Web Services"""
add("ce_ack", "acknowledgement", False, CE, [ID_P], date=d, frm=FORM, to=ME_P,
    subject=f"[CASE {CE}] [AWS Training and Certification Form Submission] - exam-results",
    mid=ses_id(), trace=aws_in(d), entity=part(t, cte="quoted-printable"))

d = D("2025-04-23 05:26:40")
t = f"""Hello Aya,

Thanks for your patience. I contacted our exam delivery provider about your April 18
SAP-C02 appointment. Your exam was received, but the result is held in their quality
review, which happens from time to time and is not related to anything you did.

Your case is on hold until the provider releases the result to us. There is nothing
you need to do in the meantime; I'll write as soon as the result reaches your account.

Felipe A.
{TC} Customer Service"""
add("ce_hold", "on_hold", False, CE, [], date=d, frm=FORM, to=ME_P,
    subject=f"RE: [CASE {CE}] [AWS Training and Certification Form Submission] - exam-results",
    mid=ses_id(), irt="ce_ack", trace=aws_in(d), entity=part(t, cte="quoted-printable"), crlf=True)

d = D("2025-04-24 10:15:00")
t = """高村さん

ご無沙汰しています、中川です。新しい職場はどうですか？
こちらは相変わらずバタバタしています。

そういえば、例の AWS 認定アカウントの件は無事に片付きましたか？
落ち着いたらランチでも行きましょう。来週の水曜か木曜あたり空いてますか？

中川"""
add("colleague", "unrelated", False, None, [], date=d,
    frm=addr("Jun Nakagawa", "jun.nakagawa.works@gmail.com"), to=ME_P,
    subject="お久しぶりです", mid=gmail_id(),
    trace=gtrace(d, "mail-sor-f41.google.com", "209.85.220.41", "jun.nakagawa.works@gmail.com", "gmail.com",
                 ["gmail.com"], pol="p=NONE sp=QUARANTINE dis=NONE"),
    entity=multi("alternative", [part(t, cte="base64"),
                                 part(f'<div dir="ltr">{p2h(t)}</div>\n', "text/html", cte="base64")], "gmail"))

d = D("2025-04-28 00:10:31")
t = f"""高村 彩 様

おめでとうございます。AWS Certified Solutions Architect - Professional に合格されました。

AWS 候補 ID: {ID_P}
受験日: 2025年4月18日
認定の有効期限: 2028年4月18日

認定証は AWS 認定アカウントの「認定」ページからダウンロードできます。デジタルバッジは Credly から数日以内にご案内します。

AWS 認定"""
add("cert_sap", "certification", False, None, [ID_P], date=d,
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=addr("高村 彩", ME_P, "iso-2022-jp"),
    subject="おめでとうございます。AWS 認定を取得されました", subj_cs="iso-2022-jp", mid=gen_id("certmetrics.com"),
    trace=gtrace(d, "mta-17.certmetrics.com", "198.51.100.37", "bounce@certmetrics.com", "certmetrics.com",
                 pol="p=NONE sp=NONE dis=NONE"),
    entity=part(t, cs="iso-2022-jp"))

d = D("2025-04-28 02:47:55")
t = f"""Hello Aya,

The exam delivery provider has released your result, and your April 18 SAP-C02 result
now shows in your certification account. Congratulations on passing! Your certificate
is ready to download, and Credly should offer you the badge shortly.

I'm resolving this case. Should anything else come up on this matter, a reply to this
message will reach us.

Felipe A.
{TC} Customer Service"""
add("ce_done", "resolved", False, CE, [], date=d, frm=FORM, to=ME_P,
    subject=f"RE: [CASE {CE}] [AWS Training and Certification Form Submission] - exam-results",
    mid=ses_id(), irt="ce_hold", trace=aws_in(d),
    entity=multi("alternative", [part(t), part(html(p2h(t)), "text/html", cte="quoted-printable")]))

d = D("2025-04-29 15:20:44")
h = """<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial">
<tr><td style="background:#ff6b00;color:#fff;padding:16px;font-size:20px">Credly</td></tr>
<tr><td style="padding:22px">
<p>Hi Aya,</p>
<p>Congratulations! <b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect &ndash; Professional</b></p>
<p><a href="https://www.credly.com/badges/9b1d77e0-52c4-4f1a-b8e2-6a30c7d5f214/accept" style="background:#1b75bb;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, 13601 Preston Road, Suite 500W, Dallas, TX 75240</p>
</td></tr></table>"""
add("badge_sap", "badge", False, None, [], date=d, frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Congratulations, you earned a badge from Amazon Web Services Training and Certification",
    mid=gen_id("credly.com"),
    trace=gtrace(d, "o1.ptr4821.credly.com", "149.72.61.18", "bounces+4821@em.credly.com", "credly.com",
                 ["credly.com", "sendgrid.info"]),
    entity=part(html(h), "text/html", cte="quoted-printable"))

# ---------------------------------------------------------------------------
if __name__ == "__main__":
    from collections import Counter
    c = Counter(k for _, k, _ in MSGS)
    print(f"{len(MSGS)} messages")
    for k in sorted(c):
        print(f"  {k:22s} {c[k]}")
    print(f"  needs_reply=true       {sum(1 for *_, r in MSGS if r)}")
    import sys
    if "--check" in sys.argv:
        import email, re, glob
        from email import policy
        from email.utils import parsedate_to_datetime
        bad, last = 0, None
        b64line = re.compile(r"^[A-Za-z0-9+/=]{60,}$", re.M)
        for path in sorted(glob.glob(os.path.join(HERE, "*-msg.eml"))):
            name = os.path.basename(path)
            m = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
            lab = json.load(open(path[:-4] + ".json", encoding="utf-8"))
            if set(lab) != {"kind", "needs_reply", "case", "candidate_ids"}:
                print(name, "label fields", lab); bad += 1
            for hname in ("Message-ID", "Date", "From", "To", "Subject", "MIME-Version"):
                if m[hname] is None:
                    print(name, "missing", hname); bad += 1
            dt_ = parsedate_to_datetime(m["Date"])
            if last and dt_ < last:
                print(name, "date goes backwards"); bad += 1
            last = dt_
            alltext = str(m["Subject"]) + "\n"
            ntext = 0
            for p in m.walk():
                if p.get_content_maintype() != "text":
                    continue
                ntext += 1
                cs = p.get_content_charset() or "us-ascii"
                raw = p.get_payload(decode=True)
                try:
                    s = raw.decode(cs)
                except Exception as e:
                    print(name, "decode", cs, e); bad += 1; continue
                if b64line.search(s) or "\x1b" in s or "\ufffd" in s or re.search("Ã.|â€|ã\x81|ã\x82", s):
                    print(name, "suspect text in", p.get_content_type(), cs); bad += 1
                alltext += s
            if not ntext:
                print(name, "no text part"); bad += 1
            for cid in lab["candidate_ids"]:
                if cid not in alltext:
                    print(name, "cid not found", cid); bad += 1
            if lab["case"] and lab["case"] not in alltext:
                print(name, "case not found", lab["case"]); bad += 1
            if any(p.defects for p in m.walk()):
                print(name, "defects", [p.defects for p in m.walk()]); bad += 1
        print("check:", "OK" if not bad else f"{bad} problems")
