#!/usr/bin/env python3
"""Generate blind corpus 395: AWS Training and Certification support-case mail in which
support withdraws, corrects, narrows or answers its own asks (English and Japanese), plus the
ordinary mailbox around it.  Standard library only.  Run: python3 gen.py (from any directory)."""
import base64, quopri, json, os, hashlib, html, datetime as dt
from collections import Counter
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME_NAME = "Mika Terasawa"
ME_P = "mika.terasawa.dev@gmail.com"          # personal (Gmail)
ME_C = "m.terasawa@hoshizora-tech.co.jp"      # company (Microsoft 365)
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_A = "174702311500093"   # merge company -> personal (APN hold, corrected listing)
CASE_B = "174711894000127"   # duplicate form sent from the company address
CASE_C = "174798102500338"   # 50% voucher missing after the merge (Japanese agent)
CASE_D = "14930572816"       # console case: name order on certificates
CASE_E = "174908113200741"   # second profile under the same address (Credly)
CASE_F = "174960418200956"   # 2019 exam missing from history
ID_OLD, ID_NEW, ID_TYPO, ID_DUP = "AWS04417250", "AWS11839062", "AWS11893062", "AWS09260714"

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7))

SUBJ_A = f"RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = f"RE:[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_C = f"RE: [CASE {CASE_C}] [AWS Training and Certification Form Submission] - certification-benefits"
SUBJ_D0 = f"Amazon Web Services: New Support case: {CASE_D}"
SUBJ_D = f"RE:[CASE {CASE_D}] Name order on my certification profile and certificates"
SUBJ_E = f"RE: [CASE {CASE_E}] [AWS Training and Certification Form Submission] - digital-badges"
SUBJ_F = f"RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - exam-history"

CS_NAME = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS",
           "us-ascii": "us-ascii"}

MSGS = []
THREAD = {}


def when(s, tz=UTC):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def h40(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def mid(n, style):
    h = h40("blind395", n, style)
    if style == "ses":
        return (f"<010101{h[:10]}-{h[10:18]}-{h[18:22]}-{h[22:26]}-{h[26:30]}-"
                f"{h[30:40]}-000000@us-west-2.amazonses.com>")
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h)).decode().replace("/", "_").replace("+", "-").rstrip("=")
        return f"<CAH{b}{h[:6].upper()}@mail.gmail.com>"
    if style == "outlook":
        return f"<TY{h[:4].upper()}PR01MB{h[4:8].upper()}{h[8:20].upper()}@TY{h[20:24].upper()}PR01MB{h[24:28].upper()}.jpnprd01.prod.outlook.com>"
    return f"<{h[:16]}.{h[16:24]}@{style}>"


def T(text, sub="plain", cs="utf-8", cte="quoted-printable", extra=None):
    return {"kind": "leaf", "type": f"text/{sub}", "cs": cs, "cte": cte, "text": text,
            "extra": extra or []}


def MP(sub, *parts, extra=None):
    return {"kind": "multi", "type": f"multipart/{sub}", "parts": list(parts), "extra": extra or []}


def render(p, n, counter):
    if p["kind"] == "multi":
        counter[0] += 1
        b = f"----=_Part_{n:03d}_{counter[0]}.{h40(n, counter[0])[:14]}"
        out = b""
        if counter[0] == 1:
            out += b"This is a multi-part message in MIME format.\n\n"
        for sp in p["parts"]:
            hh, body = render(sp, n, counter)
            out += b"--" + b.encode() + b"\n" + "\n".join(hh).encode() + b"\n\n" + body
            if not body.endswith(b"\n"):
                out += b"\n"
        out += b"--" + b.encode() + b"--\n"
        return [f'Content-Type: {p["type"]}; boundary="{b}"'] + p["extra"], out
    raw = p["text"].encode(p["cs"])
    if p["cte"] == "base64":
        body = base64.encodebytes(raw)
    elif p["cte"] == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    hh = [f'Content-Type: {p["type"]}; charset="{CS_NAME[p["cs"]]}"',
          f'Content-Transfer-Encoding: {p["cte"]}'] + p["extra"]
    return hh, body


def hval(s, cs="utf-8"):
    if s.isascii():
        return s
    return Header(s, cs).encode()


def A(name, addr, cs="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset=cs)


def gmail_auth(from_dom, mailfrom, dkim="pass", spf="pass", dmarc="pass", dkim_dom=None,
               p="QUARANTINE", ip="54.240.27.18"):
    sel = h40(from_dom, mailfrom)[:8]
    dd = dkim_dom or from_dom
    spf_txt = ("designates" if spf == "pass" else "does not designate")
    return [("Authentication-Results",
             f"mx.google.com;\n       dkim={dkim} header.i=@{dd} header.s={sel} header.b={sel[:4]}Q{sel[4:]};\n"
             f"       spf={spf} (google.com: domain of {mailfrom} {spf_txt} {ip} as permitted sender) "
             f"smtp.mailfrom={mailfrom};\n"
             f"       dmarc={dmarc} (p={p} sp={p} dis={'NONE' if dmarc == 'pass' else p}) header.from={from_dom}")]


def ms_auth(from_dom, mailfrom, ip="54.240.8.31", dmarc="pass"):
    return [("Authentication-Results",
             f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom}; dkim=pass (signature was verified)\n"
             f" header.d={from_dom};dmarc={dmarc} action=none\n header.from={from_dom};compauth=pass reason=100")]


def recv_gmail(host, ip, date):
    return [("Delivered-To", ME_P),
            ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id "
             f"{h40(host, date)[:12]}.{h40(date)[:3]}\n        for <{ME_P}>\n        "
             f"(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {format_datetime(date)}")]


def recv_ms(host, ip, date):
    return [("Received", f"from {host} ({ip}) by\n TYCP286MB2401.JPNP286.PROD.OUTLOOK.COM with Microsoft SMTP Server\n"
             f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.24;\n {format_datetime(date)}")]


SES = ("a27-18.smtp-out.us-west-2.amazonses.com", "54.240.27.18")


def aws_in(to, date, from_dom="amazon.com"):
    """Trace + auth headers a mailbox provider adds to genuine SES mail from amazon.com."""
    mf = "us-west-2.amazonses.com"
    if to == ME_P:
        return recv_gmail(SES[0], SES[1], date) + gmail_auth(from_dom, mf, dkim_dom=from_dom)
    return recv_ms(SES[0], SES[1], date) + ms_auth(from_dom, mf, ip=SES[1])


def add(date, frm, to, subject, body, kind, reply, case, ids, note, *, thread=None, style="ses",
        cc=None, hdrs=None, crlf=False, subj_cs="utf-8", extra_top=None, irt=None):
    n = len(MSGS) + 1
    m = mid(n, style)
    ref = None
    if thread is not None:
        prev = THREAD.setdefault(thread, [])
        if irt is None and prev:
            irt = prev[-1]
        ref = prev[-6:]
        prev.append(m)
    MSGS.append(dict(n=n, date=date, frm=frm, to=to, cc=cc, subject=subject, body=body,
                     kind=kind, reply=reply, case=case, ids=ids, note=note, mid=m, irt=irt,
                     refs=ref, hdrs=hdrs or [], crlf=crlf, subj_cs=subj_cs,
                     extra_top=extra_top or []))
    return m


def build(msg):
    lines = []
    for k, v in msg["hdrs"]:
        lines.append(f"{k}: {v}")
    lines.append(f"From: {msg['frm']}")
    lines.append(f"To: {msg['to']}")
    if msg["cc"]:
        lines.append(f"Cc: {msg['cc']}")
    lines.append(f"Subject: {hval(msg['subject'], msg['subj_cs'])}")
    lines.append(f"Date: {format_datetime(msg['date'])}")
    lines.append(f"Message-ID: {msg['mid']}")
    if msg["irt"]:
        lines.append(f"In-Reply-To: {msg['irt']}")
        refs = [r for r in (msg["refs"] or [])]
        if msg["irt"] not in refs:
            refs.append(msg["irt"])
        lines.append("References: " + "\n ".join(refs))
    for k, v in msg["extra_top"]:
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    hh, body = render(msg["body"], msg["n"], [0])
    lines += hh
    raw = "\n".join(lines).encode("ascii") + b"\n\n" + body
    if msg["crlf"]:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def gmail_html(new, attr, quoted):
    def para(t):
        return "<br>\n".join(html.escape(l) for l in t.strip("\n").split("\n"))
    return ('<div dir="ltr">' + para(new) + '</div><br>\n<div class="gmail_quote"><div dir="ltr" '
            'class="gmail_attr">' + html.escape(attr) + '<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + para(quoted) + '</blockquote></div>\n')


def gmail_reply(new, attr, quoted, cs="utf-8", cte="quoted-printable"):
    text = new.rstrip("\n") + "\n\n" + attr + "\n\n" + quote(quoted) + "\n"
    return MP("alternative", T(text, cs=cs, cte=cte), T(gmail_html(new, attr, quoted), "html", cs=cs, cte=cte))


def simple_html(text, font="Arial, sans-serif"):
    body = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>\n" for p in text.strip().split("\n\n"))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body style="font-family:{font};font-size:14px">\n{body}</body></html>\n')


def alt(text, cte="quoted-printable", cs="utf-8"):
    return MP("alternative", T(text, cs=cs, cte=cte), T(simple_html(text), "html", cs=cs, cte=cte))

# ---------------------------------------------------------------- messages 001-014
TCF = A("Amazon Web Services", TC)
TCF2 = A("AWS Training and Certification", TC)

# 001 Skill Builder receipt
d = when("2025-05-07 02:14")
t = """Hello Mika,

Thank you for your purchase. Here is your receipt.

Order number:   SB-2025-0507-88412
Plan:           AWS Skill Builder Individual (monthly)
Billing period: May 7, 2025 - June 6, 2025
Amount charged: USD 29.00 (Visa ending 4471)

Your subscription renews automatically each month. You can cancel at any time from
"My account > Subscription" in AWS Skill Builder.

No action is needed on your part.

AWS Skill Builder
"""
add(d, A("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder receipt - Individual subscription", alt(t),
    "unrelated", False, None, [],
    "Skill Builder receipt from an AWS training domain; not a support case.",
    hdrs=recv_gmail("a8-44.smtp-out.amazonses.com", "54.240.8.44", d)
    + gmail_auth("aws.training", "amazonses.com", dkim_dom="aws.training"))

# 002 certification expiry to the company address
d = when("2025-05-08 01:02")
t2 = """Hello Mika Terasawa,

Your AWS Certified Solutions Architect - Associate certification will expire on July 9, 2025.

Candidate ID: AWS04417250

To keep the certification active, pass the current version of the exam (or a higher-level
exam in the same path) before the expiration date. A 50% discount voucher from a previous
certification is waiting in the Benefits section of your certification account.

Sign in: https://www.aws.training/certification

Best regards,
AWS Certification
"""
add(d, A("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Your AWS Certified Solutions Architect - Associate certification expires in 60 days",
    alt(t2), "certification", False, None, [ID_OLD],
    "Certification expiry notice to the company address; carries the old candidate ID.",
    hdrs=recv_ms("mta-07.certmetrics.com", "198.51.100.77", d) + ms_auth("certmetrics.com", "certmetrics.com", ip="198.51.100.77"))

# 003 colleague asks for a handover document (ISO-2022-JP)
d = when("2025-05-09 10:21", JST)
t3 = """寺沢さん

お疲れさまです。山口です。
監視基盤の引き継ぎ資料の件ですが、最新版のパラメータ一覧を
メールで送ってもらえますか?今週中だと助かります。

よろしくお願いします。

山口 拓海
株式会社ほしぞらテクノロジーズ クラウド推進部
"""
m003 = add(d, A("山口 拓海", "t.yamaguchi@hoshizora-tech.co.jp", "iso-2022-jp"), A("寺沢 美香", ME_C, "iso-2022-jp"),
           "引き継ぎ資料(監視基盤)について", T(t3, cs="iso-2022-jp", cte="7bit"),
           "unrelated", False, None, [],
           "Colleague's request in Japanese (ISO-2022-JP); a real ask, but not from AWS support.",
           style="outlook", subj_cs="iso-2022-jp", thread="yamaguchi")

# 004 owner forwards the expiry notice to herself with notes
d = when("2025-05-11 21:47", JST)
t4 = """自分用メモ(退職前に控え)
- 旧認定アカウント 候補ID: AWS04417250
- SAA 有効期限 2025-07-09
- 特典: 50%割引バウチャー(未使用)
- 試験履歴: CLF-C01 (2019/03), SAA-C03 (2022/11)
- 会社メールは 5/30 で停止

________________________________
差出人: AWS Certification <do-not-reply@certmetrics.com>
送信日時: 2025年5月8日 10:02
宛先: 寺沢 美香 <m.terasawa@hoshizora-tech.co.jp>
件名: Your AWS Certified Solutions Architect - Associate certification expires in 60 days

""" + t2
add(d, A("寺沢 美香", ME_C), ME_P,
    "FW: Your AWS Certified Solutions Architect - Associate certification expires in 60 days",
    MP("alternative", T(t4, cte="base64"), T(simple_html(t4, "Yu Gothic, sans-serif"), "html", cte="base64")),
    "user_reply", False, None, [ID_OLD],
    "Owner forwards a certification notice to her personal address with her own notes (Outlook JP forward header).",
    style="outlook",
    hdrs=recv_gmail("mail-tycjpn01on2112.outbound.protection.outlook.com", "40.107.114.112", d.astimezone(UTC))
    + gmail_auth("hoshizora-tech.co.jp", "hoshizora-tech.co.jp", p="NONE", ip="40.107.114.112"))

# 005 acknowledgement, case A (CRLF)
d = when("2025-05-12 04:25")
t5 = f"""Hello Mika,

Thanks for reaching out to AWS Training and Certification. This message confirms that we
received your request and created case {CASE_A} for it.

What you sent us
  Inquiry type: Certification
  Additional detail: Account Merge
  Description: I am leaving Hoshizora Technologies at the end of May and would like my
  certification history moved to my personal account. Addresses I have used:
  m.terasawa@hoshizora-tech.co.jp, mika.terasawa.dev@gmail.com. Address to keep:
  mika.terasawa.dev@gmail.com.

Most requests get a first answer within one business day; some take longer when another
team has to be involved. Opening a second case for the same request will not speed it up
and can delay it, so if you need to add something, reply to this message and keep the case
number in the subject line.

Sincerely,
AWS Training and Certification
"""
add(d, TCF, ME_P, SUBJ_A, T(t5), "acknowledgement", False, CASE_A, [],
    "Case A opened; conditional 'if you need to add something, reply'. CRLF line ends.",
    thread="A", hdrs=aws_in(ME_P, d), crlf=True)

# 006 GitHub merged notification
d = when("2025-05-12 06:03")
t6 = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/412#event-17730218842
You are receiving this because you were mentioned.
"""
add(d, A("Kenta Ishii", "notifications@github.com"), A("hoshizora/infra-modules", "infra-modules@noreply.github.com"),
    "Re: [hoshizora/infra-modules] Pin provider versions in monitoring stack (PR #412)",
    MP("alternative", T(t6), T(f"<p><b>Merged</b> #412 into main.</p><p style=\"font-size:small\">&mdash;<br>Reply to this email directly, "
                            f"<a href=\"https://github.com/hoshizora/infra-modules/pull/412\">view it on GitHub</a>.</p>", "html")),
    "unrelated", False, None, [],
    "GitHub 'merged' notification with a 'reply to this email' footer.",
    style="github.com", cc=A(ME_NAME, ME_C),
    hdrs=recv_ms("out-21.smtp.github.com", "192.30.252.204", d) + ms_auth("github.com", "github.com", ip="192.30.252.204"))

# 007 info request, case A: candidate IDs
d = when("2025-05-12 23:40")
t7 = """Hi Mika,

Thank you for your patience while we looked into this.

I searched our records for the two addresses in your request, but there are a few similar
profiles on our side and I want to be certain I have the right ones before going further.

Could you send me the candidate ID for each of the two certification accounts? It is the
code that starts with "AWS" followed by eight digits, shown at the top right once you sign
in to the certification account.

Kind regards,
Tomasz K.
AWS Training & Certification | Customer Experience
"""
m007 = add(d, TCF2, ME_P, SUBJ_A, T(t7, cs="us-ascii", cte="7bit"),
           "info_request", True, CASE_A, [],
           "Plain ask for both candidate IDs (question form, no 'please').",
           thread="A", hdrs=aws_in(ME_P, d))

# 008 withdrawal of 007
d = when("2025-05-13 02:55")
t8 = f"""Hi Mika,

Please disregard my earlier email - you don't need to look up the candidate IDs
after all. I was able to match both profiles using the addresses from your form:

  {ID_OLD} - m.terasawa@hoshizora-tech.co.jp
  {ID_NEW} - mika.terasawa.dev@gmail.com

I'm now reviewing both accounts before the merge and will write again once I have the
details ready for you.

Kind regards,
Tomasz K.
AWS Training & Certification | Customer Experience

On Mon, May 12, 2025 at 11:40 PM UTC, AWS Training and Certification <{TC}> wrote:
{quote(t7)}
"""
add(d, TCF2, ME_P, SUBJ_A, T(t8), "case_update", False, CASE_A, [ID_OLD, ID_NEW],
    "Withdraws 007 ('disregard... you don't need to look up the IDs'); the ask survives only in the quote.",
    thread="A", hdrs=aws_in(ME_P, d))

# 009 owner answers 007 anyway, with a typo
d = when("2025-05-13 12:10", JST)
n9 = f"""Hello Tomasz,

Here are the candidate IDs:
- company account (m.terasawa@hoshizora-tech.co.jp): {ID_OLD}
- personal account (mika.terasawa.dev@gmail.com): {ID_TYPO}

Best regards,
Mika Terasawa
"""
m009 = add(d, A(ME_NAME, ME_P), A("AWS Training and Certification", TC), SUBJ_A,
           gmail_reply(n9, f"On Tue, May 13, 2025 at 8:40 AM AWS Training and Certification <{TC}> wrote:", t7),
           "user_reply", False, CASE_A, [ID_OLD, ID_TYPO],
           "Owner answers the (already withdrawn) ask; quotes the ask; one ID has swapped digits.",
           thread="A", style="gmail", irt=m007)

# 010 owner's own correction
d = when("2025-05-13 12:18", JST)
t10 = f"""Sorry, a small correction to my last message: the personal account is {ID_NEW}, not
{ID_TYPO} (I swapped two digits).

I have also just seen your follow-up saying you found both accounts already, so please
ignore my mail if it is no longer needed.

Mika
"""
add(d, A(ME_NAME, ME_P), A("AWS Training and Certification", TC), SUBJ_A, T(t10, cte="7bit", cs="us-ascii"),
    "user_reply", False, CASE_A, [ID_NEW, ID_TYPO],
    "Owner corrects her own mail (self-withdrawal by the owner, not by support).",
    thread="A", style="gmail")

# 011 acknowledgement, case B (Japanese template, ISO-2022-JP, company address)
d = when("2025-05-13 06:49")
t11 = f"""寺沢 美香 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
お問い合わせを受け付け、ケース {CASE_B} を作成いたしました。

【お問い合わせ内容】
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 退職に伴い、会社アドレスの認定アカウントを個人アカウントへ統合したいです。
50% 割引バウチャーも引き継げますか。

担当者より順次ご連絡いたします。通常は 1 営業日以内にご回答しておりますが、内容によっては
お時間をいただく場合がございます。
同じ内容のお問い合わせを重ねて作成されますと、かえってご回答が遅れることがございます。
補足事項がございましたら、件名のケース番号を変えずに本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート
"""
add(d, A("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_C, SUBJ_B, T(t11, cs="iso-2022-jp", cte="7bit"),
    "acknowledgement", False, CASE_B, [],
    "Second (duplicate) case, opened from the company address; Japanese ack, ISO-2022-JP, conditional reply invitation.",
    thread="B", hdrs=aws_in(ME_C, d))

# 012 newsletter (HTML only)
d = when("2025-05-13 21:00")
h12 = """<html><body style="font-family:Georgia,serif">
<h2>Cloud Ops Digest &mdash; Issue #118</h2>
<p>This week: cost anomaly alerts that actually fire, a field guide to IAM policy conditions,
and why your Terraform state file is bigger than you think.</p>
<table cellpadding="6"><tr><td><b>Deep dive</b></td><td>Tag-based cost allocation in practice</td></tr>
<tr><td><b>Tool</b></td><td>tflint rules we turned off (and why)</td></tr></table>
<p>Got a topic you want covered? Just hit reply and tell us.</p>
<p style="font-size:11px;color:#888">You are subscribed as mika.terasawa.dev@gmail.com.
<a href="https://cloudopsdigest.dev/unsub?u=8f2a">Unsubscribe</a></p>
</body></html>
"""
add(d, A("Cloud Ops Digest", "digest@cloudopsdigest.dev"), ME_P, "Cloud Ops Digest #118: cost alerts, IAM conditions, state files",
    T(h12, "html"), "unrelated", False, None, [],
    "HTML-only newsletter inviting replies.",
    style="cloudopsdigest.dev",
    hdrs=recv_gmail("mail.cloudopsdigest.dev", "203.0.113.40", d) + gmail_auth("cloudopsdigest.dev", "cloudopsdigest.dev", p="NONE", ip="203.0.113.40"))

# 013 info request, case B: write from the address to keep
d = when("2025-05-14 01:10")
t13 = """Hello Mika,

Thanks for writing in. I see that this request was submitted from
m.terasawa@hoshizora-tech.co.jp. For an account merge we need the request to come from the
address that will stay on file, since that account is the one that receives the history.

Would you reply to this email from the address you want to keep? As soon as we hear from
that address we can carry on.

Best,
Priya S.
AWS Training and Certification Support
"""
m013 = add(d, TCF2, ME_C, SUBJ_B, alt(t13), "info_request", True, CASE_B, [],
           "Asks the owner to write from the address she keeps (case B, company mailbox).",
           thread="B", hdrs=aws_in(ME_C, d))

# 014 withdrawal of 013 / duplicate closed
d = when("2025-05-14 03:32")
t14 = f"""Hello Mika,

Please ignore my previous message on this case - there is no need to write from another
address. I've just noticed that you already opened case {CASE_A} from
mika.terasawa.dev@gmail.com for the same merge, and a colleague is working on it there,
including your question about the 50% voucher.

So that two people aren't working on one request, I have closed this case ({CASE_B}) as a
duplicate. Nothing further is needed here; all updates will come on case {CASE_A}.

Best,
Priya S.
AWS Training and Certification Support

---- Original Message ----
From: AWS Training and Certification <{TC}>
Sent: 5/14/2025 1:10 AM
To: m.terasawa@hoshizora-tech.co.jp
Subject: {SUBJ_B}

{t13}"""
add(d, TCF2, ME_C, SUBJ_B, alt(t14), "case_update", False, CASE_B, [],
    "Withdraws 013 and closes B as a duplicate of A; mentions both case numbers (label B); old ask sits unindented below.",
    thread="B", hdrs=aws_in(ME_C, d))
# ---------------------------------------------------------------- messages 015-029
SIG_T = "Kind regards,\nTomasz K.\nAWS Training & Certification | Customer Experience\n"

# 015 partner hold (HTML only)
d = when("2025-05-14 06:20")
h15 = f"""<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Mika,</p>
<p>I've reviewed both profiles. The one registered to m.terasawa@hoshizora-tech.co.jp
(<b>{ID_OLD}</b>) is linked to an AWS Partner Network organization, <i>Hoshizora Technologies K.K.</i>
Certifications earned on a partner-linked profile count toward that partner's standing, so we
cannot move them until the partner releases the link.</p>
<p>I have contacted the alliance lead the partner has on file and placed your case on hold until they
respond. There is nothing you need to do at the moment; I'll update you as soon as I hear back.</p>
<p>Kind regards,<br>Tomasz K.<br>AWS Training &amp; Certification | Customer Experience</p>
</body></html>
"""
add(d, TCF2, ME_P, SUBJ_A, T(h15, "html"), "on_hold", False, CASE_A, [ID_OLD],
    "APN partner hold, HTML only, explicitly nothing to do.",
    thread="A", hdrs=aws_in(ME_P, d))

# 016 colleague withdraws his own ask (Shift_JIS)
d = when("2025-05-15 09:45", JST)
t16 = """寺沢さん

山口です。先日お願いしたパラメータ一覧の件ですが、共有ドライブの
「監視基盤/引き継ぎ」フォルダに最新版が置いてあったので、送ってもらわなくて大丈夫です!
お騒がせしました。

山口

> 寺沢さん
>
> お疲れさまです。山口です。
> 監視基盤の引き継ぎ資料の件ですが、最新版のパラメータ一覧を
> メールで送ってもらえますか?今週中だと助かります。
"""
add(d, A("山口 拓海", "t.yamaguchi@hoshizora-tech.co.jp", "iso-2022-jp"), A("寺沢 美香", ME_C, "iso-2022-jp"),
    "RE: 引き継ぎ資料(監視基盤)について", T(t16, cs="shift_jis", cte="8bit"),
    "unrelated", False, None, [],
    "Colleague withdraws his own ask ('送ってもらわなくて大丈夫'); same theme, but not support mail. Shift_JIS 8bit.",
    style="outlook", subj_cs="iso-2022-jp", thread="yamaguchi")

# 017 hold with a buried question
d = when("2025-05-15 02:05")
t17 = """Hi Mika,

A short update: the partner's alliance lead has acknowledged our request and is reviewing it
with their team. Your case stays on hold until they confirm the release.

They did ask one thing that only you can answer. Has your departure date from Hoshizora
Technologies been fixed, and if so, what is your last working day? Reply here with the date
and I'll pass it on.

""" + SIG_T
m017 = add(d, TCF2, ME_P, SUBJ_A, MP("alternative", T(t17, cte="base64"), T(simple_html(t17), "html", cte="base64")),
           "on_hold", True, CASE_A, [],
           "Still on hold, but a question only the owner can answer is buried in the middle (base64).",
           thread="A", hdrs=aws_in(ME_P, d))

# 018 withdraws the buried question, Outlook-style unindented history
d = when("2025-05-15 05:40")
t18 = f"""Hi Mika,

Scratch my question from earlier today - the alliance lead got back to me and gave me your
last day (30 May) themselves, so there's nothing for you to send. We're still waiting on
their formal release, so the case stays on hold for now.

Tomasz

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Thursday, May 15, 2025 2:05 AM
To: mika.terasawa.dev@gmail.com
Subject: {SUBJ_A}

{t17}"""
add(d, TCF2, ME_P, SUBJ_A, T(t18), "on_hold", False, CASE_A, [],
    "'Scratch my question': the buried ask of 017 is answered by the partner; history below is not indented.",
    thread="A", hdrs=aws_in(ME_P, d))

# 019 phishing from a lookalike domain, framed as a correction
d = when("2025-05-16 08:12")
h19 = """<html><body style="font-family:Arial">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:20px;font-weight:bold">aws</span>
<span style="color:#fff"> Training and Certification</span></div>
<p>Dear Candidate,</p>
<p>Please disregard the notice we sent you yesterday, which contained an incorrect link.</p>
<p>Your certification account merge is still <b>pending verification</b>. To avoid losing your
certifications and benefits, sign in through the corrected link below within 24 hours and
confirm your Candidate ID and password.</p>
<p><a href="http://aws-trainingcert-support.com/verify?c=7781" style="background:#ff9900;color:#000;padding:8px 16px;text-decoration:none">Verify my account</a></p>
<p>AWS Training and Certification Support Team</p>
</body></html>
"""
add(d, A("AWS Training & Certification", "notice@aws-trainingcert-support.com"), ME_P,
    "Correction: action still required on your certification account", T(h19, "html", cte="base64"),
    "suspicious", False, None, [],
    "Lookalike domain; 'disregard our previous notice' framing plus a credential link.",
    style="aws-trainingcert-support.com",
    hdrs=recv_gmail("mx1.aws-trainingcert-support.com", "185.220.14.9", d)
    + gmail_auth("aws-trainingcert-support.com", "aws-trainingcert-support.com", p="NONE", ip="185.220.14.9"))

# 020 Pearson VUE correction: no need to upload ID
d = when("2025-05-16 14:30")
t20 = """Dear Mika Terasawa,

Please disregard our earlier message about identification for your upcoming exam. You do NOT
need to upload a copy of your ID in advance.

On exam day, bring one valid, government-issued ID with a photo and signature. The name must
match the name on your exam registration.

Exam:            AWS Certified Security - Specialty (SCS-C02)
Date and time:   Friday, June 6, 2025, 10:00 JST
Test center:     Osaka Umeda Test Center
Registration ID: 482915736

Pearson VUE
"""
add(d, A("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
    "Updated: identification requirements for your upcoming exam", alt(t20),
    "unrelated", False, None, [],
    "Exam vendor withdraws an ID-upload ask; 9-digit registration ID is not a case number.",
    style="pearson.com",
    hdrs=recv_gmail("mail2.pearson.com", "192.0.2.60", d) + gmail_auth("pearson.com", "pearson.com", p="REJECT", ip="192.0.2.60"))

# 021 automated closing reminder (sent in error, but the owner can't know yet)
d = when("2025-05-17 00:00")
t21 = f"""Hello,

We're still waiting to hear from you about case {CASE_A}.

To keep things moving, please reply to this email with the information we requested. If we
don't hear from you within 3 business days, the case will be closed automatically. You can
reopen it at any time by replying to this message.

AWS Training and Certification
"""
m021 = add(d, TCF, ME_P, SUBJ_A, alt(t21), "closing_notice", True, CASE_A, [],
           "Automatic pending-customer reminder; on its face it waits for the owner (later called an error by 022).",
           thread="A", hdrs=aws_in(ME_P, d))

# 022 'ignore the reminder' - still on hold
d = when("2025-05-17 02:30")
t22 = f"""Hi Mika,

You may have received an automatic reminder on this case earlier today saying we were waiting
on you. Please disregard it: it went out because of the way the hold was recorded in our
system, which I have now fixed. We are waiting on the partner, not on you, and the case will
not be closed.

I'll let you know as soon as the release comes through.

Tomasz
"""
add(d, TCF2, ME_P, SUBJ_A, T(t22, cs="us-ascii", cte="7bit"), "on_hold", False, CASE_A, [],
    "Withdraws the closing reminder 021; the case stays on the partner hold.",
    thread="A", hdrs=aws_in(ME_P, d))

# 023 AWS billing statement
d = when("2025-05-18 07:41")
t23 = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $3.84

Account ID: 402318850917

You can view the statement in the Billing and Cost Management console.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210.
"""
add(d, A("Amazon Web Services", NOREPLY), ME_P,
    "Amazon Web Services Billing Statement Available [Account: 402318850917]", T(t23),
    "unrelated", False, None, [],
    "AWS billing from the same no-reply address as console cases; 12-digit account ID.",
    hdrs=aws_in(ME_P, d))

# 024 hold lifted
d = when("2025-05-19 01:15")
t24 = f"""Hi Mika,

Good news: Hoshizora Technologies has released the partner link on {ID_OLD}, so the hold on
your case is lifted. I'm putting together the account summary for the merge now and will
send it to you shortly for review.

{SIG_T}"""
add(d, TCF2, ME_P, SUBJ_A, T(t24), "case_update", False, CASE_A, [ID_OLD],
    "Hold lifted, announces a summary to come; asks nothing yet.",
    thread="A", hdrs=aws_in(ME_P, d))


def listing(cert2):
    return f"""Account #1
Candidate ID: {ID_NEW}
Login email: mika.terasawa.dev@gmail.com
Training notification email: mika.terasawa.dev@gmail.com
Certification notification email: mika.terasawa.dev@gmail.com

Account #2
Candidate ID: {ID_OLD}
Login email: m.terasawa@hoshizora-tech.co.jp
Training notification email: m.terasawa@hoshizora-tech.co.jp
Certification notification email: {cert2}
"""


def listing_html(cert2, mark=False):
    rows = [("Candidate ID", ID_NEW, ID_OLD), ("Login email", ME_P, ME_C),
            ("Training notification email", ME_P, ME_C), ("Certification notification email", ME_P, cert2)]
    hl = ' style="background:#fff3cd"'
    tr = "".join(f"<tr><td>{a}</td><td>{b}</td><td{hl if mark and a.startswith('Cert') else ''}>{c}</td></tr>" for a, b, c in rows)
    return ('<table border="1" cellpadding="6" style="border-collapse:collapse">'
            '<tr><th></th><th>Account #1</th><th>Account #2</th></tr>' + tr + '</table>')


# 025 confirmation request (with a wrong field)
d = when("2025-05-19 02:40")
t25 = f"""Hi Mika,

Below are the two certification accounts I found for you.

{listing(ME_P)}
Once merged, Account #2 will be closed and its exam history, certifications and benefits
(including the 50% exam voucher) will appear under Account #1.

Please confirm that both accounts are yours and that Account #1 is the one we should keep.

{SIG_T}"""
h25 = (f"<html><body style=\"font-family:Arial;font-size:14px\"><p>Hi Mika,</p><p>Below are the two certification accounts I found for you.</p>"
       f"{listing_html(ME_P)}<p>Once merged, Account #2 will be closed and its exam history, certifications and benefits "
       f"(including the 50% exam voucher) will appear under Account #1.</p><p>Please confirm that both accounts are yours and "
       f"that Account #1 is the one we should keep.</p><p>Kind regards,<br>Tomasz K.<br>AWS Training &amp; Certification | Customer Experience</p></body></html>\n")
m025 = add(d, TCF2, ME_P, SUBJ_A, MP("alternative", T(t25), T(h25, "html")),
           "confirmation_request", True, CASE_A, [ID_NEW, ID_OLD],
           "Account #1/#2 listing with an HTML table; asks to confirm which to keep.",
           thread="A", hdrs=aws_in(ME_P, d))

# 026 corrected listing, the ask stands
d = when("2025-05-19 03:05")
t26 = f"""Hi Mika,

Correction to the summary I sent half an hour ago: I copied one notification address for
Account #2 from the wrong field. Please disregard that version and use the corrected one
below.

{listing(ME_C)}
With that fixed: are you happy for Account #2 to be merged into Account #1? A quick yes is
all I need.

{SIG_T}"""
h26 = (f"<html><body style=\"font-family:Arial;font-size:14px\"><p>Hi Mika,</p><p>Correction to the summary I sent half an hour ago: "
       f"I copied one notification address for Account #2 from the wrong field. Please disregard that version and use the corrected "
       f"one below (changed cell highlighted).</p>{listing_html(ME_C, True)}<p>With that fixed: are you happy for Account #2 to be "
       f"merged into Account #1? A quick yes is all I need.</p><p>Kind regards,<br>Tomasz K.</p></body></html>\n")
m026 = add(d, TCF2, ME_P, SUBJ_A, MP("alternative", T(t26), T(h26, "html")),
           "confirmation_request", True, CASE_A, [ID_NEW, ID_OLD],
           "Opens with 'Correction... please disregard that version' yet repeats the confirmation ask.",
           thread="A", hdrs=aws_in(ME_P, d))

# 027 owner confirms
d = when("2025-05-19 12:31", JST)
n27 = """Hi Tomasz,

Confirmed - both accounts are mine. Please merge Account #2 into Account #1.

Thank you!
Mika
"""
m027 = add(d, A(ME_NAME, ME_P), A("AWS Training and Certification", TC), SUBJ_A,
           gmail_reply(n27, f"On Mon, May 19, 2025 at 12:05 PM AWS Training and Certification <{TC}> wrote:", t26),
           "user_reply", False, CASE_A, [],
           "Owner's confirmation; candidate IDs only in the quoted listing.",
           thread="A", style="gmail")

# 028 AWS billing 'disregard' notice
d = when("2025-05-20 00:20")
t28 = """Hello,

On May 19, 2025 you may have received an AWS Free Tier usage alert for Amazon S3 on account
402318850917. That alert was sent in error because of a metering issue on our side.

Please disregard it. Your usage is within the Free Tier and no action is required.

We apologize for any confusion.

Amazon Web Services
"""
add(d, A("Amazon Web Services", NOREPLY), ME_P,
    "Please disregard: AWS Free Tier usage alert sent in error", T(t28, cs="us-ascii", cte="7bit"),
    "unrelated", False, None, [],
    "Genuine AWS 'please disregard' mail, but billing, not a T&C case.",
    hdrs=aws_in(ME_P, d))

# 029 resolved, top-posted over history
d = when("2025-05-20 01:50")
t29 = f"""Hi Mika,

Thanks for confirming. I have merged Account #2 ({ID_OLD}) into Account #1 ({ID_NEW}). Your
exam history and certifications now sit under mika.terasawa.dev@gmail.com; sign in to the
certification account to check them.

Your Credly badges will be reissued to the merged account over the next few hours, and
benefits such as the 50% voucher usually show up within a day.

This case is now resolved. If something looks wrong, just reply here and the case will
reopen.

{SIG_T}
On Mon, May 19, 2025 at 3:31 AM, Mika Terasawa <{ME_P}> wrote:
{quote(n27)}
>
> On Mon, May 19, 2025 at 12:05 PM AWS Training and Certification <{TC}> wrote:
{quote(quote(t26))}
"""
add(d, TCF2, ME_P, SUBJ_A, T(t29), "resolved", False, CASE_A, [ID_OLD, ID_NEW],
    "Merge done; quoted history still holds the confirmation ask; conditional 'if something looks wrong'.",
    thread="A", hdrs=aws_in(ME_P, d))
# ---------------------------------------------------------------- messages 030-044
CREDLY_HDR = lambda d: (recv_gmail("o1.email.credly.com", "167.89.12.30", d)
                        + gmail_auth("credly.com", "em1234.credly.com", dkim_dom="credly.com", p="REJECT", ip="167.89.12.30"))

# 030 Credly badge (HTML only)
d = when("2025-05-20 04:10")
h30 = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="600" align="center" style="background:#fff;padding:24px"><tr><td>
<p>Hi Mika,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.credly.com/badges/7c1e0d52-93a4-4b7e-9f6a-0b8d2e41c7aa/accept"
style="background:#2d7ff9;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p>Share it on LinkedIn or add it to your email signature to let people know.</p>
<p style="font-size:11px;color:#777">Credly, Inc. &middot; You received this email because a badge was issued to mika.terasawa.dev@gmail.com.</p>
</td></tr></table></body></html>
"""
add(d, A("Credly", "admin@credly.com"), ME_P, "Mika, you've been issued a badge by Amazon Web Services Training and Certification",
    T(h30, "html"), "badge", False, None, [],
    "Credly issue mail right after the merge; 'Accept badge' call to action, no reply.",
    style="credly.com", hdrs=CREDLY_HDR(d))

# 031 survey, case A
d = when("2025-05-21 00:05")
t31 = f"""Hello,

Your recent case with AWS Training and Certification ({CASE_A}) was marked as resolved.

Would you take two minutes to tell us how we did? Your answers go straight to the team that
handled your request.

How satisfied were you with the support you received?
https://survey.aws.training/s/feedback?case={CASE_A}&score=1  (Very dissatisfied)
...
https://survey.aws.training/s/feedback?case={CASE_A}&score=5  (Very satisfied)

Replies to this email are not monitored.

AWS Training and Certification
"""
add(d, A("AWS Training and Certification", "aws-training-feedback@amazon.com"), ME_P,
    f"How did we do? Case {CASE_A}", alt(t31), "survey", False, CASE_A, [],
    "Satisfaction survey for case A; 'tell us how we did' is not a reply ask.",
    hdrs=aws_in(ME_P, d))

# 032 correction to the resolution (request is still done)
d = when("2025-05-21 03:00")
t32 = """Hi Mika,

One correction to my last message: I wrote that the 50% voucher would appear within a day.
I have since learned that benefits moved from a merged account can take up to five business
days to show up, so please don't worry if it isn't there yet.

The merge itself is complete and nothing else is needed from you.

Tomasz
"""
add(d, TCF2, ME_P, SUBJ_A, T(t32, cs="us-ascii", cte="7bit"), "resolved", False, CASE_A, [],
    "Support corrects its own completion mail; restates the merge is done, asks nothing.",
    thread="A", hdrs=aws_in(ME_P, d))

# 033 company IT notice with a correction (ISO-2022-JP)
d = when("2025-05-22 09:00", JST)
t33 = """寺沢 美香 様

情報システム部です。
退職に伴うアカウント停止について、以下のとおりご案内いたします。

・メールボックス停止: 5月30日(金) 18:00
・停止後の転送設定: できません
・必要なメールや資料は各自で退避してください

なお、5月20日にお送りしたご案内に誤りがございました。PC の返却期限は 5月29日 ではなく
5月30日(金) 17:00 です。お詫びして訂正いたします。

情報システム部 ヘルプデスク(内線 2200)
"""
add(d, A("情報システム部", "it-helpdesk@hoshizora-tech.co.jp", "iso-2022-jp"), A("寺沢 美香", ME_C, "iso-2022-jp"),
    "【ご案内】退職に伴うアカウント停止について", T(t33, cs="iso-2022-jp", cte="7bit"),
    "unrelated", False, None, [],
    "Company IT notice that also corrects an earlier notice; internal, not AWS.",
    style="outlook", subj_cs="iso-2022-jp")

# 034 acknowledgement, case C (Japanese template, UTF-8 base64)
d = when("2025-05-23 06:18")
t34 = f"""寺沢 美香 様

AWS トレーニングと認定をご利用いただきありがとうございます。
以下の内容でお問い合わせを承りました。

ケース ID: {CASE_C}
件名: 統合後に 50% 割引バウチャーが表示されない
お問い合わせ内容: 5/20 にアカウント統合が完了しましたが(ケース {CASE_A})、
旧アカウントにあった 50% 割引バウチャーが特典ページに表示されません。

担当者が内容を確認のうえ、ご連絡いたします。通常 24 時間以内にご回答しておりますが、
調査が必要な場合はさらにお時間をいただくことがございます。
本件について既にケースをお持ちの場合は、新たなケースの作成はお控えください。

AWS トレーニングと認定
"""
add(d, A("AWS トレーニングと認定", TC), ME_P, SUBJ_C, T(t34, cte="base64"),
    "acknowledgement", False, CASE_C, [],
    "Japanese ack (base64); echoes the earlier case number A inside the form text, label is C.",
    thread="C", hdrs=aws_in(ME_P, d))

# 035 info request, case C (keigo, ISO-2022-JP)
d = when("2025-05-24 01:30")
t35 = """寺沢 美香 様

お問い合わせいただきありがとうございます。
AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

統合後のアカウントで 50% 割引バウチャーが表示されていない件、ご不便をおかけしており
申し訳ございません。

調査のため、統合前の旧アカウントの特典ページに表示されていたバウチャーコードと、
その有効期限をお知らせいただけますでしょうか。お手元に控えがない場合は、その旨を
お知らせください。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
m035 = add(d, A("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, SUBJ_C, T(t35, cs="iso-2022-jp", cte="7bit"),
           "info_request", True, CASE_C, [],
           "Keigo ask (お知らせいただけますでしょうか) for the voucher code and expiry; ISO-2022-JP.",
           thread="C", hdrs=aws_in(ME_P, d))

# 036 AWS marketing (Japanese, HTML only)
d = when("2025-05-24 03:00")
h36 = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<h2>AWS Summit Japan 2025 セッション登録受付中</h2>
<p>基調講演、150 以上のセッション、ハンズオンをご用意しています。
人気のセッションは満席が予想されますので、お早めにご登録ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#666">本メールは送信専用です。配信停止をご希望の場合は
<a href="https://pages.awscloud.com/unsubscribe">こちら</a>から手続きしてください。<br>
アマゾン ウェブ サービス ジャパン合同会社</p>
</body></html>
"""
add(d, A("AWS Japan", "aws-marketing-email-replies@amazon.com", "iso-2022-jp"), ME_P,
    "【AWS Summit Japan 2025】セッション登録受付中", T(h36, "html", cte="base64"),
    "unrelated", False, None, [],
    "Japanese AWS marketing, HTML only, from a genuine amazon.com address.",
    hdrs=aws_in(ME_P, d), subj_cs="iso-2022-jp")

# 037 withdrawal of 035 (Japanese, 「…より:」 quoting)
d = when("2025-05-25 02:10")
t37 = f"""寺沢 美香 様

佐々木でございます。
昨日お願いいたしましたバウチャーコードと有効期限の件ですが、統合前のアカウントの記録から
当方で確認することができました。ご返信いただく必要はございませんので、先のお願いは
取り消させてください。

現在、特典の再付与を担当チームへ依頼しております。完了いたしましたら改めてご連絡いたします。

佐々木
AWS トレーニングと認定 カスタマーサポート

2025/05/24 10:30 AWS トレーニングと認定 <{TC}> より:
{quote(t35)}
"""
m037 = add(d, A("AWS トレーニングと認定", TC), ME_P, SUBJ_C, T(t37),
           "case_update", False, CASE_C, [],
           "Japanese withdrawal ('ご返信いただく必要はございません', '取り消させてください'); ask only in the quote.",
           thread="C", hdrs=aws_in(ME_P, d))

# 038 narrowed ask (Shift_JIS), quotes the 'no reply needed' mail
d = when("2025-05-26 00:50")
t38 = f"""寺沢 美香 様

度々失礼いたします。佐々木でございます。

先日はご返信不要とお伝えいたしましたが、担当チームより、再付与にあたって一点だけ
確認させていただきたいとの連絡がございました。

バウチャーコードは引き続きお送りいただく必要はございません。代わりに、バウチャーを
ご利用になる予定の試験名をご教示いただけますでしょうか。
(例: AWS Certified Solutions Architect - Professional)

ご返信をお待ちしております。

佐々木
AWS トレーニングと認定 カスタマーサポート

2025/05/25 11:10 AWS トレーニングと認定 <{TC}> より:
{quote(t37.split(chr(10) + '2025/05/24')[0])}
"""
m038 = add(d, A("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, SUBJ_C, T(t38, cs="shift_jis", cte="8bit"),
           "info_request", True, CASE_C, [],
           "Narrowed ask: 'code still not needed' + new question; quoted mail says 返信不要. Shift_JIS 8bit.",
           thread="C", hdrs=aws_in(ME_P, d))

# 039 CertMetrics: disregard an erroneous expiry mail
d = when("2025-05-26 08:00")
t39 = f"""Hello Mika Terasawa,

Earlier today you may have received an email saying that your AWS Certified Developer -
Associate certification had expired. That message was sent in error.

Your certification remains active until March 14, 2027. No action is needed.

Candidate ID: {ID_NEW}

We apologize for the confusion.
AWS Certification
"""
add(d, A("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Please disregard: certification status email sent in error", alt(t39),
    "certification", False, None, [ID_NEW],
    "Certification program retracts an erroneous expiry notice; not a support case.",
    style="certmetrics.com",
    hdrs=recv_gmail("mta-07.certmetrics.com", "198.51.100.77", d) + gmail_auth("certmetrics.com", "certmetrics.com", ip="198.51.100.77"))

# 040 closing notice, case C
d = when("2025-05-28 01:00")
t40 = f"""Hello,

This is a reminder about case {CASE_C}. We asked you for some information and haven't
received a response yet.

If we don't hear back from you by May 31, 2025, we'll assume the issue has been taken care
of and close the case. To keep it open, simply reply to this email.

Thank you,
AWS Training and Certification
"""
add(d, TCF, ME_P, SUBJ_C, alt(t40), "closing_notice", True, CASE_C, [],
    "English closing reminder on the Japanese case; follows the narrowed ask 038.",
    thread="C", hdrs=aws_in(ME_P, d))

# 041 owner replies (Japanese, Gmail)
d = when("2025-05-28 21:05", JST)
n41 = """佐々木様

ご連絡が遅くなり申し訳ありません。
バウチャーは AWS Certified Solutions Architect - Professional (SAP-C02) の受験に
使う予定です。

よろしくお願いいたします。
寺沢 美香
"""
add(d, A("寺沢 美香", ME_P), A("AWS トレーニングと認定", TC), SUBJ_C,
    gmail_reply(n41, f"2025年5月26日(月) 9:50 AWS トレーニングと認定 <{TC}>:", t38.split(chr(10) + '2025/05/25')[0], cte="base64"),
    "user_reply", False, CASE_C, [],
    "Owner's Japanese answer (Gmail JP attribution), quoting the narrowed ask.",
    thread="C", style="gmail", subj_cs="utf-8")

# 042 self-answered question (Japanese, 8bit UTF-8)
d = when("2025-05-28 23:40")
t42 = """寺沢 美香 様

ご回答いただきありがとうございます。担当チームへ共有いたしました。

なお、ご希望の受験時期についてもお伺いする予定でしたが、再付与するバウチャーの有効期限は
受験時期にかかわらず一律で設定されることが確認できましたので、こちらについてのご回答は
不要です。

再付与が完了次第、ご連絡いたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
add(d, A("AWS トレーニングと認定", TC), ME_P, SUBJ_C, T(t42, cte="8bit"),
    "case_update", False, CASE_C, [],
    "Support answers its own would-be question ('ご回答は不要です'); work continues.",
    thread="C", hdrs=aws_in(ME_P, d))

# 043 resolved, case C (English)
d = when("2025-05-29 06:15")
t43 = f"""Hello Mika,

I'm following up on behalf of my colleague Sasaki. The 50% discount voucher from your former
account has been reissued to your merged account ({ID_NEW}) and is now visible under
Benefits. It is valid until May 19, 2026 and can be used for SAP-C02 or any other AWS
Certification exam.

You may notice that an earlier message on this case asked for your voucher code; please
disregard that request, it is no longer relevant.

We're marking this case as resolved. If you have other questions about it, you're welcome to
reply to this email.

Best regards,
Hannah L.
AWS Training and Certification Customer Support
"""
add(d, TCF2, ME_P, SUBJ_C, T(t43), "resolved", False, CASE_C, [ID_NEW],
    "Voucher reissued; re-withdraws the old voucher-code ask; conditional invitation.",
    thread="C", hdrs=aws_in(ME_P, d))

# 044 survey, case C (Japanese)
d = when("2025-05-30 00:30")
t44 = f"""寺沢 美香 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース {CASE_C} でのサポートについて、簡単なアンケートにご協力いただけますと幸いです。
所要時間は 1 分ほどです。

アンケートに回答する:
https://survey.aws.training/s/feedback?case={CASE_C}&lang=ja

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。

AWS トレーニングと認定
"""
add(d, A("AWS トレーニングと認定", "aws-training-feedback@amazon.com"), ME_P,
    f"【アンケートのお願い】ケース {CASE_C} のサポートについて", alt(t44, cte="base64"),
    "survey", False, CASE_C, [],
    "Japanese survey; polite 'ご協力いただけますと幸いです' but a survey, not a support ask.",
    hdrs=aws_in(ME_P, d))
# ---------------------------------------------------------------- messages 045-058
CONSOLE_LINK = f"https://console.aws.amazon.com/support/home#/case/?displayId={CASE_D}&language=en"
CONSOLE_FOOT = f"""
======================================================
To see the full history of this case, or to reply to it, sign in to the AWS Support Center:
{CONSOLE_LINK}

Note: this message was sent from an address that does not receive mail. Replies to this
e-mail will not reach us.
======================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""

# 045 console case acknowledgement
d = when("2025-05-30 05:00")
t45 = f"""Dear Customer,

We have received your support request and created case {CASE_D}.

Case ID:    {CASE_D}
Subject:    Name order on my certification profile and certificates
Severity:   General guidance
Account:    [AWS ID 402318850917]
Opened by:  mika.terasawa.dev@gmail.com

An AWS Support representative will respond through the Support Center. You can view the case,
add correspondence or upload attachments at any time:
{CONSOLE_LINK}

Sincerely,
Amazon Web Services
"""
add(d, A("Amazon Web Services", NOREPLY), ME_P, SUBJ_D0, T(t45), "acknowledgement", False, CASE_D, [],
    "Console case opened; 11-digit case ID next to a 12-digit AWS account ID.",
    thread="D", hdrs=aws_in(ME_P, d))

# 046 console info request: upload an ID
d = when("2025-05-31 02:20")
t46 = """Hello,

Thank you for contacting AWS Support. I've passed your request to the AWS Certification team,
who can change how your name appears on certificates.

Because this changes the name we hold on record, they need a copy of a government-issued
photo ID showing your full name. Please upload a photo or scan of the ID to this case in the
Support Center using the link below. For your privacy, don't send the ID by email.

Best regards,

Jordan M.
Amazon Web Services
""" + CONSOLE_FOOT
m046 = add(d, A("Amazon Web Services", NOREPLY), ME_P, SUBJ_D, alt(t46), "info_request", True, CASE_D, [],
           "Console case: upload an ID through the Support Center; the footer says mail replies are not received.",
           thread="D", hdrs=aws_in(ME_P, d))

# 047 no ID needed after all
d = when("2025-06-01 01:00")
t47 = """Hello again,

Good news: you don't need to upload your ID after all. The Certification team reviewed your
request and, since you are only changing the order of your given and family names rather than
the name itself, they can make the change without any documents.

They have started the update. I'll keep this case open until they confirm it is done.

Best regards,

Jordan M.
Amazon Web Services
""" + CONSOLE_FOOT
add(d, A("Amazon Web Services", NOREPLY), ME_P, SUBJ_D, alt(t47), "case_update", False, CASE_D, [],
    "'No need to upload your ID after all'; the Support Center reply footer remains (boilerplate).",
    thread="D", hdrs=aws_in(ME_P, d))

# 048 other vendor withdraws its log request
d = when("2025-06-01 16:40")
t48 = """Hi Mika,

Quick follow-up on ticket #58213: please disregard our request for the agent debug logs. Our
engineers reproduced the crash on their own ARM test host, and the fix is scheduled for agent
version 4.12.3.

We'll keep this ticket open until the release and let you know when it's out.

Ravi
Tessera Monitoring Support
"""
add(d, A("Tessera Monitoring Support", "support@tesseramon.io"), ME_P,
    "[Tessera Support] Re: Agent crashes on ARM hosts (#58213)", alt(t48),
    "unrelated", False, None, [],
    "Another vendor's support case with the same 'disregard our request' move.",
    style="tesseramon.io",
    hdrs=recv_gmail("mail-sor-f41.zendesk.com", "192.161.148.41", d) + gmail_auth("tesseramon.io", "tesseramon.io", p="NONE", ip="192.161.148.41"))

# 049 after all, one question (narrowed)
d = when("2025-06-02 03:10")
t49 = """Hello,

A follow-up from the Certification team. As I mentioned, no ID is needed. Before they finalise
the change, though, they need to know exactly how you would like your name to appear on
certificates and in Credly:

  (a) Mika Terasawa
  (b) TERASAWA Mika

Let us know which you prefer by replying to this case in the Support Center.

Best regards,

Jordan M.
Amazon Web Services
""" + CONSOLE_FOOT
add(d, A("Amazon Web Services", NOREPLY), ME_P, SUBJ_D, alt(t49), "info_request", True, CASE_D, [],
    "Repeats 'no ID is needed' but asks a new, narrower question to answer in the console.",
    thread="D", hdrs=aws_in(ME_P, d))

# 050 bounce: owner wrote to her own closed company mailbox
d = when("2025-06-02 10:02")
t50a = """** Address not found **

Your message wasn't delivered to m.terasawa@hoshizora-tech.co.jp because the address couldn't
be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.terasawa@hoshizora-tech.co.jp not found
by SMTP address lookup
"""
t50b = f"""From: Mika Terasawa <{ME_P}>
To: m.terasawa@hoshizora-tech.co.jp
Subject: test
Date: Mon, 2 Jun 2025 19:01:40 +0900
Message-ID: {mid(9050, 'gmail')}
"""
add(d, A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)",
    MP("report; report-type=delivery-status", T(t50a, cs="us-ascii", cte="7bit"), T(t50b, "rfc822-headers", cs="us-ascii", cte="7bit"),
       extra=[]),
    "unrelated", False, None, [],
    "Bounce of the owner's test mail to her closed company mailbox.",
    style="mx.google.com", hdrs=[("Delivered-To", ME_P)])

# 051 resolved, console case, survey footer
d = when("2025-06-03 01:30")
t51 = f"""Hello,

The Certification team has updated your profile. Your name now appears as "Mika Terasawa" on
your certification account, on newly downloaded certificates and on your Credly badges.
Certificates you downloaded earlier will still show the old order, so download fresh copies if
you need them.

We're marking this case as resolved.

Best regards,

Jordan M.
Amazon Web Services

Was this response helpful? Rate it in the Support Center:
{CONSOLE_LINK}&rating=true
""" + CONSOLE_FOOT
add(d, A("Amazon Web Services", NOREPLY), ME_P, SUBJ_D, alt(t51), "resolved", False, CASE_D, [],
    "Console case done; rating footer and reply boilerplate are not asks.",
    thread="D", hdrs=aws_in(ME_P, d))

# 052 acknowledgement, case E (HTML only)
d = when("2025-06-04 23:52")
h52 = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Mika,</p>
<p>We received your request. Here is a summary:</p>
<table border="0" cellpadding="4" style="border:1px solid #d5dbdb">
<tr><td style="color:#687078">Case ID</td><td><b>{CASE_E}</b></td></tr>
<tr><td style="color:#687078">Inquiry type</td><td>Certification</td></tr>
<tr><td style="color:#687078">Additional detail</td><td>Digital Badges</td></tr>
<tr><td style="color:#687078">Description</td><td>My Developer - Associate badge does not appear in Credly. I think a second
certification account exists under the same personal address. Please merge it into my main account.</td></tr>
</table>
<p>Our team usually replies within 24 hours. To avoid delays, please don't open another case for this
request; if you have more to tell us, reply to this email.</p>
<p>AWS Training and Certification</p>
</body></html>
"""
add(d, TCF, ME_P, SUBJ_E, T(h52, "html"), "acknowledgement", False, CASE_E, [],
    "HTML-only ack with a summary table ('RE: [CASE' with a space).",
    thread="E", hdrs=aws_in(ME_P, d))

# 053 support asks, then answers its own question
d = when("2025-06-05 04:30")
t53 = f"""Hi Mika,

Thanks for the details. You do have two certification profiles under
mika.terasawa.dev@gmail.com: {ID_NEW} and {ID_DUP}.

Which of the two did you use to sit the Developer - Associate exam last year? Actually, never
mind - I can see the DVA-C02 result is recorded on the first one, which also holds the history
from your earlier merge, so that is clearly the profile to keep. No need to answer that.

I'll prepare the merge and get back to you.

Alejandra R.
AWS Training and Certification Support
"""
add(d, TCF2, ME_P, SUBJ_E, T(t53, cs="us-ascii", cte="7bit"), "case_update", False, CASE_E, [ID_NEW, ID_DUP],
    "A question with a question mark, answered by the agent in the next sentence.",
    thread="E", hdrs=aws_in(ME_P, d))

# 054 Builder ID verification code
d = when("2025-06-05 09:12")
t54 = """Verify your AWS Builder ID email address

Your verification code is:

482913

This code expires 10 minutes after it was sent. If you didn't request it, you can ignore this
message.

Amazon Web Services
"""
add(d, A("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address", alt(t54),
    "unrelated", False, None, [],
    "One-time code mail (6 digits); not case mail.",
    hdrs=recv_gmail(SES[0], SES[1], d) + gmail_auth("signin.aws", "us-west-2.amazonses.com", dkim_dom="signin.aws"))

# 055 confirmation request that withdraws the earlier question but keeps the go-ahead ask
d = when("2025-06-06 00:40")
t55 = f"""Hi Mika,

Before I submit the merge I need your go-ahead.

  Keep:            {ID_NEW} (mika.terasawa.dev@gmail.com, created 2021)
  Merge and close: {ID_DUP} (mika.terasawa.dev@gmail.com, created 2023, no exams)

If you were about to answer my question about the DVA exam, you can ignore it - that part is
settled. The one thing I still need: can you confirm both profiles belong to you and that I
should keep the first one?

Alejandra R.
AWS Training and Certification Support
"""
m055 = add(d, TCF2, ME_P, SUBJ_E, MP("alternative", T(t55), T(simple_html(t55), "html")),
           "confirmation_request", True, CASE_E, [ID_NEW, ID_DUP],
           "Withdraws one question ('you can ignore it') but keeps the confirmation ask.",
           thread="E", hdrs=aws_in(ME_P, d))

# 056 confirmation no longer needed
d = when("2025-06-06 02:15")
t56 = f"""Hi Mika,

Please disregard my request for confirmation this morning. I went back to your original form,
where you had already written that both profiles are yours and asked for everything to end up
on your main one - that is all the confirmation we need. I have submitted the merge to our
back-end team; it usually takes two to three business days, and I'll let you know when it is
finished.

No reply needed in the meantime.

Alejandra R.
AWS Training and Certification Support

On Fri, Jun 6, 2025 at 12:40 AM UTC, AWS Training and Certification <{TC}> wrote:
{quote(t55)}
"""
m056 = add(d, TCF2, ME_P, SUBJ_E, T(t56), "case_update", False, CASE_E, [],
           "Withdraws the confirmation ask of 055; the quoted request still sits below with its IDs.",
           thread="E", hdrs=aws_in(ME_P, d))

# 057 owner confirms anyway
d = when("2025-06-06 12:20", JST)
n57 = f"""Hi Alejandra,

Thanks! Just for the record: yes, both are mine and {ID_NEW} is the one to keep.

Mika
"""
add(d, A(ME_NAME, ME_P), A("AWS Training and Certification", TC), SUBJ_E,
    gmail_reply(n57, f"On Fri, Jun 6, 2025 at 11:15 AM AWS Training and Certification <{TC}> wrote:", t56.split("\nOn Fri")[0]),
    "user_reply", False, CASE_E, [ID_NEW],
    "Owner confirms although support said no reply was needed.",
    thread="E", style="gmail")

# 058 resolved, case E
d = when("2025-06-09 05:00")
t58 = f"""Hi Mika,

The merge is complete: {ID_DUP} has been closed and everything now sits on {ID_NEW}.
Credly should pick up your Developer - Associate badge within 24 hours.

This case will close automatically in 7 days. If anything is missing before then, reply to
this email and I'll take another look.

Alejandra R.
AWS Training and Certification Support
"""
add(d, TCF2, ME_P, SUBJ_E, alt(t58), "resolved", False, CASE_E, [ID_DUP, ID_NEW],
    "Done; automatic-close sentence is conditional, not a closing notice.",
    thread="E", hdrs=aws_in(ME_P, d))
# ---------------------------------------------------------------- messages 059-068
# 059 Credly new badge (multipart)
d = when("2025-06-09 11:00")
t59 = """Congratulations, Mika!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Developer - Associate

Accept your badge and share it with your network:
https://www.credly.com/badges/1f8b39c0-5e2d-4a6f-8d71-c24a9e0b3d15/accept

The Credly Team
"""
add(d, A("Credly", "admin@credly.com"), ME_P, "Congratulations, you've earned a badge from Amazon Web Services Training and Certification",
    alt(t59), "badge", False, None, [],
    "Badge after the case-E merge; UUID in URL is not a case number.",
    style="credly.com", hdrs=CREDLY_HDR(d))

# 060 Credly: disregard the reminder
d = when("2025-06-10 01:00")
t60 = """Hi Mika,

Yesterday we sent you a reminder to accept your AWS Certified Solutions Architect - Associate
badge. You had already accepted it, so that reminder was sent in error. Please disregard it;
no action is needed.

Sorry for the extra email.
The Credly Team
"""
add(d, A("Credly", "admin@credly.com"), ME_P, "Please disregard our earlier badge reminder", alt(t60),
    "badge", False, None, [],
    "Credly's own 'please disregard' correction.",
    style="credly.com", hdrs=CREDLY_HDR(d))

# 061 spoofed amazon.com, DMARC fail, 'disregard the resolution' + credential ask
d = when("2025-06-10 06:30")
t61 = """Hello,

Please disregard the resolution email sent to you on June 9. A quality audit found that your
account merge is incomplete and your certifications may be removed within 48 hours.

To restore them, reply to this email with:
 - your Candidate ID
 - your AWS Builder ID password
 - the one-time code we will send to your phone

AWS Training and Certification
Account Integrity Team
"""
add(d, TCF2, ME_P, "RE:[CASE 174909552100318] [AWS Training and Certification Form Submission] - account-assistance",
    alt(t61), "suspicious", False, None, [],
    "Genuine-looking From and case-style subject, but dkim/spf/dmarc fail for amazon.com; asks for a password.",
    style="certif-notify.top",
    hdrs=recv_gmail("vps-21877.certif-notify.top", "91.208.184.77", d)
    + gmail_auth("amazon.com", "mailer.certif-notify.top", dkim="fail", spf="fail", dmarc="fail",
                 dkim_dom="amazon.com", ip="91.208.184.77"),
    extra_top=[("Reply-To", "aws-cert-team@certif-notify.top")])

# 062 survey, case E
d = when("2025-06-11 00:10")
h62 = f"""<html><body style="font-family:Arial;font-size:14px">
<p>Hi Mika,</p>
<p>Thanks for contacting AWS Training and Certification about case <b>{CASE_E}</b>.</p>
<p>Did we solve your problem?</p>
<p><a href="https://survey.aws.training/s/q?case={CASE_E}&a=yes">Yes</a> &nbsp;|&nbsp;
<a href="https://survey.aws.training/s/q?case={CASE_E}&a=no">No</a></p>
<p style="font-size:11px;color:#777">This survey is optional. Replies to this address are not read.</p>
</body></html>
"""
add(d, A("AWS Training and Certification", "aws-training-feedback@amazon.com"), ME_P,
    "Tell us about your recent support experience", T(h62, "html"), "survey", False, CASE_E, [],
    "HTML-only one-question survey, case number only in the body.",
    hdrs=aws_in(ME_P, d))

# 063 acknowledgement, case F (CRLF, quoted-printable)
d = when("2025-06-11 01:10")
t63 = f"""Hello Mika,

Thank you for contacting AWS Training and Certification. Your case number is {CASE_F}.

Summary of your request:
  "After my accounts were merged, my Cloud Practitioner exam from 2019 (CLF-C01) does not show
  in my exam history. Everything else moved correctly."

We aim to reply within 24 hours. Please keep the case number in the subject if you write to
us about this request.

AWS Training and Certification
"""
add(d, TCF, ME_P, SUBJ_F, T(t63), "acknowledgement", False, CASE_F, [],
    "Ack for case F, CRLF.", thread="F", hdrs=aws_in(ME_P, d), crlf=True)

# 064 wrong template: looks like a resolution
d = when("2025-06-12 00:30")
t64 = """Hello Mika,

I have completed the merge of your certification accounts. Your exam history, certifications
and benefits are now available when you sign in with your login email.

This case is now resolved.

Noor A.
AWS Training and Certification Support
"""
add(d, TCF2, ME_P, SUBJ_F, T(t64, cs="us-ascii", cte="7bit"), "resolved", False, CASE_F, [],
    "Wrong canned reply: on its face a completion (withdrawn by 065 twenty minutes later).",
    thread="F", hdrs=aws_in(ME_P, d))

# 065 disregard the previous mail, then the real ask
d = when("2025-06-12 00:52")
t65 = """Hello Mika,

Apologies - please disregard my previous reply. I used the wrong template; it was meant for a
different kind of request, and nothing has been changed on your account yet.

To find the missing Cloud Practitioner exam, could you tell me roughly when and where you took
it, and the Pearson VUE registration number if you still have the confirmation email?

Thank you,
Noor A.
AWS Training and Certification Support
"""
m065 = add(d, TCF2, ME_P, SUBJ_F, alt(t65), "info_request", True, CASE_F, [],
           "Opens with 'please disregard my previous reply', then asks the real question.",
           thread="F", hdrs=aws_in(ME_P, d))

# 066 owner answers
d = when("2025-06-12 19:40", JST)
n66 = """Hi Noor,

No problem. I took CLF-C01 on 22 March 2019 at a Pearson VUE test centre in Osaka.
Registration number from the confirmation: 318440297.

At the time I signed in with my university address, m.terasawa@student.naniwa-u.ac.jp, in case
that helps.

Best regards,
Mika
"""
add(d, A(ME_NAME, ME_P), A("AWS Training and Certification", TC), SUBJ_F,
    gmail_reply(n66, f"On Thu, Jun 12, 2025 at 9:52 AM AWS Training and Certification <{TC}> wrote:", t65),
    "user_reply", False, CASE_F, [],
    "Owner's answer; 9-digit Pearson registration number is not a case or candidate ID.",
    thread="F", style="gmail")

# 067 resolved, case F; withdraws a colleague's idea
d = when("2025-06-13 02:00")
t67 = f"""Hi Mika,

Taking over from Noor. Thanks for the registration number - that is what found it. The 2019
exam was sitting on an old profile created with your university address. I have moved it to
{ID_NEW}, and it now shows in your exam history as a pass.

Noor had wondered whether we would need you to sign in to the old profile to verify it; that
won't be necessary.

Case resolved. Reply if anything else looks off.

Kwame O.
AWS Training and Certification Support

On Thu, Jun 12, 2025 at 10:40 AM, Mika Terasawa <{ME_P}> wrote:
{quote(n66)}
"""
add(d, TCF2, ME_P, SUBJ_F, T(t67, cte="base64"), "resolved", False, CASE_F, [ID_NEW],
    "Done; mentions a possible ask that will not be needed; conditional reply invitation (base64).",
    thread="F", hdrs=aws_in(ME_P, d))

# 068 AWS marketing correction
d = when("2025-06-14 03:00")
t68 = """Hello,

Please disregard the start time in our previous invitation. The AWS Builders Online Series
session "Designing event-driven architectures" starts at 14:00 JST on June 26, not 13:00.

Your registration is still valid; there is nothing you need to do.

AWS Events
"""
add(d, A("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Correction: new start time for AWS Builders Online Series", alt(t68),
    "unrelated", False, None, [],
    "AWS marketing correction ('please disregard the start time').",
    hdrs=aws_in(ME_P, d))
# ---------------------------------------------------------------- output
README_HEAD = f"""me: {ME_P} {ME_C}

# Blind corpus 395 - withdrawn and corrected asks

Mailbox of Mika Terasawa (寺沢 美香), who leaves Hoshizora Technologies (an AWS Partner Network
company) at the end of May 2025 and moves her certification history to her personal address.
Personal mail is Gmail ({ME_P}); company mail is Microsoft 365 ({ME_C}), closed on 30 May.
Messages run from 7 May to 14 June 2025 in arrival order. `python3 gen.py` rewrites every file.

Stress theme: support's newest text withdraws an earlier ask ("please disregard", "no need to
send", "we found it ourselves", "scratch my question", 「ご返信いただく必要はございません」),
corrects an earlier mail, or answers its own question - set against newest text that repeats,
narrows or replaces the ask. Non-support mail around it uses the same wording (colleague, Pearson
VUE, Credly, CertMetrics, AWS billing/marketing, another vendor, phishing).

## Cases

| case | format | topic | course |
|---|---|---|---|
| {CASE_A} | 15 digits, form | merge company -> personal | ack, ask for candidate IDs, ask withdrawn, APN hold, buried question then withdrawn, erroneous closing reminder then withdrawn, hold lifted, listing, corrected listing (ask stands), owner confirms, merged, survey, correction of the completion |
| {CASE_B} | 15 digits, form (company address) | duplicate of A | Japanese ack, ask to write from the kept address, ask withdrawn and case closed as duplicate |
| {CASE_C} | 15 digits, form, Japanese agent | 50% voucher missing after merge | ack, keigo ask, ask withdrawn, narrowed new ask, closing reminder, owner answers, self-answered question, voucher reissued, survey |
| {CASE_D} | 11 digits, Support Center console | name order on certificates | ack, upload-ID ask (console), "no need to upload your ID after all", narrower console question, resolved |
| {CASE_E} | 15 digits, form | second profile under the same address (Credly) | ack, question answered by the agent itself, confirmation ask that drops one question, confirmation withdrawn, owner confirms anyway, merged, survey |
| {CASE_F} | 15 digits, form | 2019 exam missing from history | ack, wrong canned "done" reply, "disregard my previous reply" + real ask, owner answers, resolved |

A further case number, 174909552100318, appears only in the subject of the spoofed mail 061; it
is not a real case of this mailbox.

## Labelling decisions

- **The line drawn for the theme.** Each message is judged on its own newest author-written text,
  as it stands when it arrives. If that text withdraws every open ask (disregard / no need / we
  found it / scratch my question / answers its own question / "you can ignore it"), `needs_reply`
  is false and the kind is what is left: `case_update` when work continues (008, 014, 037, 042,
  047, 053, 056), `on_hold` when the hold continues (018, 022), `resolved` when it is done (043,
  067). If the same text withdraws or corrects something but still asks - a corrected listing
  with "are you happy for ... to be merged" (026), "code still not needed, but which exam?" (038),
  "no ID is needed, but which name order?" (049), "ignore my DVA question; I still need your
  confirmation" (055), "disregard my previous reply" followed by the real question (065) - it is a
  request and `needs_reply` is true; the kind follows the surviving ask. An ask or a withdrawal
  that appears only in quoted history counts for nothing in either direction (029, 038's quote of
  a "no reply needed" mail, 056's quote of the request). A message is not relabelled by later
  mail: the automatic closing reminder 021 is `closing_notice` / true although 022 calls it an
  error two hours later, and the wrong canned reply 064 is `resolved` / false although 065 takes
  it back - the owner reading them at arrival would act on them as written. The owner's own
  corrections (010) and replies to already-withdrawn asks (009, 057) are `user_reply` / false.
  Withdrawals by anyone other than AWS T&C support (colleague 016, Pearson VUE 020, AWS billing
  028, CertMetrics 039, another vendor 048, Credly 060, AWS marketing 068) keep their usual kinds
  and are false; phishing dressed as a correction (019, 061) is `suspicious` / false.
- A question buried in a partner hold (017) is `on_hold` with `needs_reply` true.
- 032 corrects a detail of the completion mail and says the merge is done: `resolved`.
- Console case D: asks to answer in the Support Center count as `info_request` (046, 049);
  the "does not receive mail / sign in to reply" footer is boilerplate and does not make 047 or
  051 a request.
- `case` is the case the message is written on: 014 (names A and B) is B, 034 (echoes A in the
  form text) is C. Surveys carry their case. The spoofed 061 uses a case-like subject but belongs
  to no case: `null`. The owner's forward 004 has no case.
- `candidate_ids` come only from the message's own new text, in order, each ID once per message;
  IDs in quoted history (027, 057's quote, 029's quote) are not listed. 009 and 010 list the
  owner's mistyped ID as written.
- Conditional invitations ("if you need to add something, reply", "reply if anything looks off",
  「補足事項がございましたら」) and survey links are never requests.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    rows = []
    for m in MSGS:
        n = m["n"]
        with open(os.path.join(HERE, f"{n:03d}-msg.eml"), "wb") as fh:
            fh.write(build(m))
        label = {"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"], "candidate_ids": m["ids"]}
        with open(os.path.join(HERE, f"{n:03d}-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append(f"| {n:03d} | {m['kind']} | {'yes' if m['reply'] else 'no'} | {m['case'] or '-'} | {m['note']} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n")
    c = Counter(m["kind"] for m in MSGS)
    print(f"{len(MSGS)} messages")
    for k, v in sorted(c.items()):
        print(f"  {k:22s} {v}")
    print(f"  needs_reply true: {sum(1 for m in MSGS if m['reply'])}")


if __name__ == "__main__":
    main()
