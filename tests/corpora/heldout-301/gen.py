#!/usr/bin/env python3
"""Generate a blind corpus of mailbox messages around AWS Training and
Certification support cases (plus the unrelated mail around them).

Run:  python3 gen.py      (from any directory; files are written next to this script)

Writes NNN-msg.eml / NNN-msg.json in mailbox arrival order and README.md.
Standard library only.
"""
import base64
import hashlib
import json
import os
import quopri
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))

# --------------------------------------------------------------------------
# The mailbox owner
ME_P = "daisuke.moriyama.jp@gmail.com"          # personal
ME_C = "d.moriyama@kitahama-systems.co.jp"      # company (closes 2025-05-30)
ME_EN = "Daisuke Moriyama"
ME_JA = "森山 大輔"
TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

# Candidate IDs
CID_MAIN = "AWS02837461"    # personal certification account (kept)
CID_DUP = "AWS05512098"     # accidental second account on the same address (merged 2023)
CID_CORP = "AWS06190375"    # company / APN-linked account (merged 2025)


def D(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(dt, tail):
    return str(int(dt.timestamp())) + tail


CASE_D = "7942281530"                                   # 2021, name correction
CASE_E = "20931877456"                                  # 2023, duplicate account, Japanese agent
CASE_B = case15(D(2025, 5, 8, 0, 41, 2), "00127")       # 2025, filed from company address
CASE_A = case15(D(2025, 5, 12, 1, 14, 7), "00318")      # 2025, main merge (APN hold)
CASE_C = case15(D(2025, 6, 4, 5, 2, 44), "01096")       # 2025, console case, voucher
CASE_F = case15(D(2025, 6, 20, 3, 55, 10), "00743")     # 2025, missing exam record, reopened
CASE_EDU = case15(D(2025, 6, 5, 22, 31, 0), "00817")    # AWS Educate (other program)
CASE_TANAKA = case15(D(2025, 7, 7, 8, 40, 0), "00512")  # a colleague's own case
FAKE_1 = "174713390211804"                              # in phishing
FAKE_2 = "174798221100274"                              # in dmarc=fail spoof

SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"


# --------------------------------------------------------------------------
# Low-level MIME helpers (hand-built so charsets, encodings and line endings
# can be varied exactly like real mail)

def hx(*parts, n=16):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def enc(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def fold(name, value):
    line = f"{name}: {value}"
    if len(line) <= 78 or "\n" in value or name in ("Message-ID", "In-Reply-To"):
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 78 and cur.strip():
            out.append(cur)
            cur = "\t" + w if name in ("Received", "DKIM-Signature") else " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


def render_headers(headers):
    return ("\n".join(fold(n, v) for n, v in headers) + "\n").encode("ascii")


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def text(body, sub="plain", cs="utf-8", cte="quoted-printable", label=None, extra=None):
    raw = body.encode(cs)
    if cte == "base64":
        payload = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    else:
        payload = raw
    if not payload.endswith(b"\n"):
        payload += b"\n"
    ct = f"text/{sub}; charset=\"{label or cs}\""
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    return Part(hdrs + (extra or []), payload)


def raw_part(ctype, body_bytes, extra=None):
    return Part([("Content-Type", ctype)] + (extra or []), body_bytes)


def binary(ctype, data, filename):
    return Part([("Content-Type", f"{ctype}; name=\"{filename}\""),
                 ("Content-Disposition", f"attachment; filename=\"{filename}\""),
                 ("Content-Transfer-Encoding", "base64")],
                base64.encodebytes(data))


def multi(sub, parts, boundary, params="", preamble=None):
    body = b""
    if preamble:
        body += preamble.encode() + b"\n\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + render_headers(p.headers) + b"\n" + p.body
        if not p.body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    ct = f"multipart/{sub};{params}\n\tboundary=\"{boundary}\""
    return Part([("Content-Type", ct)], body)


def alt(plain, html, seed, cs="utf-8", cte="quoted-printable", label=None):
    return multi("alternative",
                 [text(plain, "plain", cs, cte, label), text(html, "html", cs, cte, label)],
                 "----=_Part_" + hx("alt", seed, n=20))


def html_page(inner, lang="en"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\"></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            "%s\n</body></html>\n" % (lang, inner))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def t2h(s):
    """plain text -> simple HTML paragraphs"""
    paras = s.strip("\n").split("\n\n")
    return "\n".join("<p>" + esc(p).replace("\n", "<br>\n") + "</p>" for p in paras)


def gq(s):
    """Gmail/RFC 3676 style '>' quoting"""
    return "\n".join(("> " + l) if l else ">" for l in s.rstrip("\n").split("\n"))


def en_attr(dt, name, email):
    dt = dt.astimezone(JST)
    h12 = (dt.hour % 12) or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    return f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {h12}:{dt:%M} {ampm} {name} <{email}> wrote:"


def ja_attr(dt, name, email):
    dt = dt.astimezone(JST)
    wd = "月火水木金土日"[dt.weekday()]
    return f"{dt.year}年{dt.month}月{dt.day}日({wd}) {dt.hour}:{dt:%M} {name} <{email}>:"


def outlook_block(dt, frm, to, subj, tz=JST, sep="-----Original Message-----"):
    dt = dt.astimezone(tz)
    h12 = (dt.hour % 12) or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    return (f"{sep}\nFrom: {frm}\nSent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {h12}:{dt:%M} {ampm}\n"
            f"To: {to}\nSubject: {subj}\n")


# --------------------------------------------------------------------------
# Header builders

def ses_mid(seed, dt):
    return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        format(int(dt.timestamp() * 1000), "x")[-12:], hx(seed, "a", n=8), hx(seed, "b", n=4),
        hx(seed, "c", n=4), hx(seed, "d", n=12))


def gmail_mid(seed):
    return "<CAH%s%s@mail.gmail.com>" % (hx(seed, 1, n=20).upper(), hx(seed, 2, n=18))


def outlook_mid(seed):
    return "<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (
        str(int(hx(seed, 3, n=6), 16))[:4], hx(seed, 4, n=8).upper(), str(int(hx(seed, 5, n=6), 16))[:4])


def recv_gmail(dt, host, ip, to):
    dt2 = dt + timedelta(seconds=2)
    return ("Received", f"from {host} ({host}. [{ip}]) by mx.google.com with ESMTPS id "
            f"{hx(host, dt, n=16)}.{int(hx(dt, n=4), 16) % 99}.2025.{hx(dt, host, n=6)} for <{to}> "
            f"(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128); {format_datetime(dt2.astimezone(PDT))}")


def auth_gmail(mailfrom, ip, hdr_from_domain, dkim_d, ok=True, dkim_d2=None):
    if ok:
        dk = f"dkim=pass header.i=@{dkim_d} header.s=s{hx(dkim_d, n=6)} header.b={hx(mailfrom, n=8)}"
        if dkim_d2:
            dk += f"; dkim=pass header.i=@{dkim_d2} header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b={hx(mailfrom, 9, n=8)}"
        return ("Authentication-Results",
                f"mx.google.com; {dk}; spf=pass (google.com: domain of {mailfrom} designates {ip} as "
                f"permitted sender) smtp.mailfrom={mailfrom}; dmarc=pass (p=QUARANTINE sp=QUARANTINE "
                f"dis=NONE) header.from={hdr_from_domain}")
    raise ValueError


def auth_o365(mailfrom_domain, ip, hdr_from_domain, dkim_d):
    return ("Authentication-Results",
            f"spf=pass (sender IP is {ip}) smtp.mailfrom={mailfrom_domain}; dkim=pass (signature was "
            f"verified) header.d={dkim_d};dmarc=pass action=none header.from={hdr_from_domain};"
            f"compauth=pass reason=100")


def aws_headers(dt, to, subject, seed, frm_name=TC_NAME, frm=TC_FORM, irt=None, refs=None,
                company=False, extra=(), to_name=None):
    """Mail really sent by Amazon (SES), as it lands in gmail or in Exchange Online."""
    msgid = ses_mid(seed, dt)
    rp = "0100%s-%s-000000@amazonses.com" % (hx(seed, "rp", n=12), hx(seed, "rq", n=8))
    ip = "54.240.%d.%d" % (int(hx(seed, "i", n=2), 16) % 40, int(hx(seed, "j", n=2), 16) % 250 + 1)
    host = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
    if company:
        h = [("Received", f"from {host} ({ip}) by TY2PEPF0000AB8A.mail.protection.outlook.com "
                          f"(10.167.248.{int(hx(seed, 'k', n=2), 16) % 200}) with Microsoft SMTP Server "
                          f"(version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.18 via Frontend "
                          f"Transport; {format_datetime(dt + timedelta(seconds=3))}"),
             auth_o365("amazonses.com", ip, "amazon.com", "amazon.com"),
             ("Received-SPF", f"Pass (protection.outlook.com: domain of amazonses.com designates {ip} "
                              f"as permitted sender) receiver=protection.outlook.com; client-ip={ip}; helo={host};")]
    else:
        h = [("Delivered-To", to),
             recv_gmail(dt, host, ip, to),
             auth_gmail(rp, ip, "amazon.com", "amazon.com", dkim_d2="amazonses.com")]
    h += [("Return-Path", f"<{rp}>"),
          ("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=224i4yxa5dv7c2xz3womw6peuasteono; "
                             f"d=amazon.com; t={int(dt.timestamp())}; h=From:To:Subject:MIME-Version:Content-Type:"
                             f"Message-ID:Date; bh={base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()}; "
                             f"b={base64.b64encode(hashlib.sha512(seed.encode()).digest()).decode()}"),
          ("From", addr(frm_name, frm)),
          ("To", addr(to_name, to) if to_name else to),
          ("Subject", enc(subject)),
          ("Date", format_datetime(dt)),
          ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", " ".join(refs)))
    h += [("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % base64.b64encode(hx(seed, n=24).encode()).decode()[:43]),
          ("X-SES-Outgoing", f"{dt:%Y.%m.%d}-{ip}")]
    h += list(extra)
    return h, msgid


def inbound(dt, frm, to, subject, msgid, mailfrom, ip, host, dom, dkim_d=None, irt=None, refs=None,
            extra=(), company=False, cs="utf-8"):
    """Other legitimate inbound mail."""
    dkim_d = dkim_d or dom
    if company:
        h = [("Received", f"from {host} ({ip}) by OS0PEPF00000190.mail.protection.outlook.com "
                          f"(10.167.249.3) with Microsoft SMTP Server id 15.20.8722.18 via Frontend "
                          f"Transport; {format_datetime(dt + timedelta(seconds=2))}"),
             auth_o365(mailfrom.split("@")[-1], ip, dom, dkim_d)]
    else:
        h = [("Delivered-To", to if "@" in to and "<" not in to else ME_P),
             recv_gmail(dt, host, ip, ME_P),
             auth_gmail(mailfrom, ip, dom, dkim_d)]
    h += [("Return-Path", f"<{mailfrom}>"),
          ("From", frm), ("To", to), ("Subject", enc(subject, cs)),
          ("Date", format_datetime(dt)), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", " ".join(refs)))
    h += list(extra)
    return h


def sent(dt, frm, to, subject, msgid, irt=None, refs=None, extra=(), cs="utf-8", cc=None):
    """Mail written by the mailbox owner (as stored in Sent)."""
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", enc(subject, cs)), ("Date", format_datetime(dt)), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", " ".join(refs)))
    h += list(extra)
    return h


# --------------------------------------------------------------------------
MSGS = []


def add(kind, reply, case, cands, note, dt, headers, part, crlf=False):
    data = render_headers(headers + [("MIME-Version", "1.0")] + part.headers) + b"\n" + part.body
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    MSGS.append(dict(dt=dt, data=data, note=note,
                     label={"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": cands}))


def case_footer(cid):
    return (f"\n---\nCase ID: {cid}\nTo add to this case, reply to this message and keep the case "
            f"number in the subject line.\n")


# ==========================================================================
# 2021: certification, badge, case D (10-digit) name correction
# ==========================================================================

dt = D(2021, 2, 26, 6, 12, 40)
mid = f"<{hx('cm1', n=24)}@certmetrics.com>"
plain = f"""Hello Daisuke Moriyma,

Congratulations! You have earned the AWS Certified Solutions Architect - Associate
certification. Passing this exam shows you can design resilient, cost-aware
architectures on AWS.

  Candidate ID:        {CID_MAIN}
  Validation number:   9QW2LXK1E1B4QZ3M
  Certification date:  Feb 25, 2021
  Expiration date:     Feb 25, 2024

Your digital badge will be issued through Credly within the next few days.
Your certificate and your benefits (including a 50% discount on your next
exam) are available in your AWS Certification Account:
https://www.aws.training/Certification

Well done,
AWS Certification
"""
add("certification", False, None, [CID_MAIN],
    "Certification welcome (2021). Carries the candidate ID and a mis-spelt name that motivates case D; "
    "'50% discount' and 'benefits' words, no case.",
    dt,
    inbound(dt, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
            "Congratulations! You are now AWS Certified", mid,
            "bounces+2201938@em4012.certmetrics.com", "167.89.21.54", "o7.ptr4012.certmetrics.com",
            "certmetrics.com"),
    alt(plain, html_page(t2h(plain)), "cm1"))

dt = D(2021, 2, 27, 18, 3, 11)
mid = f"<{hx('acclaim1', n=22)}@youracclaim.com>"
badge_uuid = "3f9c2a1e-7b4d-4e1a-9a0c-2d5e8b7f6c11"
html = html_page(f"""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://images.youracclaim.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="">
<h2 style="font-weight:normal">Daisuke, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p>Accept it to add it to your profile and share it with your network.</p>
<p><a href="https://www.youracclaim.com/badges/{badge_uuid}/accept" style="background:#0070c0;color:#fff;padding:10px 22px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#777">You received this email because Amazon Web Services Training and Certification uses Acclaim to issue digital credentials.
<a href="https://www.youracclaim.com/earner/settings/notifications">Notification settings</a></p>
</td></tr></table>""")
add("badge", False, None, [],
    "Older Acclaim-era badge mail (youracclaim.com); badge UUID full of digits; 'Accept' call to action.",
    dt,
    inbound(dt, addr("Acclaim", "admin@youracclaim.com"), ME_P,
            "Daisuke, you've earned a badge from Amazon Web Services Training and Certification", mid,
            "bounces+441209-7a1f@sg.youracclaim.com", "149.72.150.17", "o1.sg.youracclaim.com", "youracclaim.com"),
    text(html, "html", cte="quoted-printable"), crlf=True)

dt = D(2021, 3, 3, 1, 22, 9)
subj_d = f"RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification"
ack_d = f"""Hello,

Thanks for your message to AWS Training and Certification. Your request has
been logged as case {CASE_D}, and a member of our team will get back to you,
typically within 24 hours.

Here is what you sent us:

Case ID: {CASE_D}
Subject: certification
Severity: General question
Correspondence:
  First name: Daisuke
  Last name: Moriyama
  Candidate ID: {CID_MAIN}
  Inquiry: My certificate and my profile show my last name as "Moriyma".
  The correct spelling is Moriyama (M-O-R-I-Y-A-M-A). Could you correct it?

Opening another case for the same issue will not speed things up. You can add
information to this case by replying to this email.

Sincerely,
AWS Training and Certification Customer Service
"""
h, ack_d_mid = aws_headers(dt, ME_P, subj_d, "ackD")
add("acknowledgement", False, CASE_D, [CID_MAIN],
    "Ack of a 2021 case with a 10-digit ID. Echo of the form contains the owner's own question "
    "('Could you correct it?') and an invitation to reply with more information.",
    dt, h, text(ack_d, cte="7bit"), crlf=True)

dt = D(2021, 3, 4, 9, 47, 31)
res_d = """Hi Daisuke,

Done - your last name now reads Moriyama on your certification profile. The
certificate PDF is regenerated automatically, so a fresh download from your
Certification Account will show the correct spelling. Credly picks up the
change within 24-48 hours.

If anything still looks off, just respond here.

Kevin R.
AWS Training and Certification
"""
h, res_d_mid = aws_headers(dt, ME_P, subj_d, "resD", irt=ack_d_mid, refs=[ack_d_mid])
add("resolved", False, CASE_D, [],
    "Terse agent, record fixed. Closing line 'If anything still looks off, just respond here' is a conditional invitation.",
    dt, h, text(res_d, cte="7bit"))

dt = D(2021, 3, 5, 15, 2, 0)
surv_d = html_page(f"""<p>Hello,</p>
<p>Your AWS Training and Certification case <b>{CASE_D}</b> was recently resolved. Would you take two minutes to tell us how we did?</p>
<p>How satisfied were you with the support you received?</p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws.training/s/{hx('sd', n=10)}?case={CASE_D}&amp;r=1">1</a></td>
<td><a href="https://survey.aws.training/s/{hx('sd', n=10)}?case={CASE_D}&amp;r=2">2</a></td>
<td><a href="https://survey.aws.training/s/{hx('sd', n=10)}?case={CASE_D}&amp;r=3">3</a></td>
<td><a href="https://survey.aws.training/s/{hx('sd', n=10)}?case={CASE_D}&amp;r=4">4</a></td>
<td><a href="https://survey.aws.training/s/{hx('sd', n=10)}?case={CASE_D}&amp;r=5">5</a></td>
</tr><tr><td>Very dissatisfied</td><td></td><td></td><td></td><td>Very satisfied</td></tr></table>
<p>Your answers are anonymous and help us improve. This is a one-time invitation; replies to this email are not monitored.</p>
<p>AWS Training and Certification</p>""")
h, _ = aws_headers(dt, ME_P, f"How did we do? Tell us about case {CASE_D}", "survD",
                   frm_name="AWS Training and Certification", frm="aws-cs-survey@amazon.com")
add("survey", False, CASE_D, [],
    "Separate survey mail after case D; case number only in subject/body text, HTML-only.",
    dt, h, text(surv_d, "html", cte="quoted-printable"))

# ==========================================================================
# 2023: marketing, exam vendor, recertification, case E (11-digit, Japanese)
# ==========================================================================

dt = D(2023, 9, 14, 2, 30, 0)
mk = html_page("""<div style="max-width:640px;margin:auto">
<p style="font-size:20px;font-weight:bold">AWS Summit Tokyo 2023 の人気セッションをオンデマンドで</p>
<p>森山 様</p>
<p>今年の AWS Summit Tokyo で特に反響の大きかった基調講演とブレイクアウトセッションを、オンデマンドでご視聴いただけるようになりました。</p>
<ul>
<li>生成 AI を活用したアプリケーション開発の最前線</li>
<li>マルチアカウント環境のガバナンスとアカウント統合の実践</li>
<li>AWS 認定取得者が語る、学習のロードマップ</li>
</ul>
<p><a href="https://aws.amazon.com/jp/summits/tokyo/on-demand/?trk=em_ja">今すぐ視聴する</a></p>
<p style="font-size:11px;color:#687078">このメールは配信登録いただいた方にお送りしています。配信停止をご希望の場合は<a href="https://pages.awscloud.com/PreferenceCenter.html">こちら</a>から手続きしてください。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</div>""", lang="ja")
mid = f"<{hx('mk1', n=8)}.{hx('mk1b', n=6)}@pages.awscloud.com>"
add("unrelated", False, None, [],
    "AWS marketing in Japanese; mentions 'アカウント統合' (multi-account governance) and 'AWS 認定' but is an ad.",
    dt,
    inbound(dt, addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"),
            ME_P, "【オンデマンド配信】AWS Summit Tokyo 2023 の人気セッションを今すぐ視聴", mid,
            "112-TZM-766.0.48211.0.0.13804.9.4400571@mkto.awscloud.com", "199.15.214.171",
            "mail214-171.mkto.awscloud.com", "amazon.com", dkim_d="amazon.com"),
    text(mk, "html", cte="base64"))

dt = D(2023, 10, 30, 7, 5, 12)
pv = f"""Dear Daisuke Moriyama,

Thank you for scheduling your exam with Pearson VUE. Please keep this email
for your records.

Registration Number:  482913305
Candidate ID:         {CID_MAIN}
Exam:                 SAA-C03: AWS Certified Solutions Architect - Associate
Appointment:          Thursday, November 2, 2023 at 10:00 AM JST
Location:             OnVUE - online proctored exam
Language:             Japanese

Before exam day, run the system test on the computer you will use and have
a valid, government-issued ID ready. If you need to reschedule or cancel,
please do so at least 24 hours before your appointment; changes made later
than that may cost you the exam fee.

Pearson VUE
This is an automated message. Please do not reply.
"""
mid = f"<{hx('pv1', n=12)}.{hx('pv1b', n=10)}@pearson.com>"
add("unrelated", False, None, [CID_MAIN],
    "Exam vendor booking: 9-digit registration number and a candidate ID; 'please do so' instructions that are not a support request.",
    dt,
    inbound(dt, addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
            "Pearson VUE Confirmation of Booking", mid,
            "pearsonvueconfirmation@pearson.com", "159.182.1.77", "mail3.pearson.com", "pearson.com"),
    text(pv, cte="quoted-printable"))

dt = D(2023, 11, 3, 4, 40, 55)
rc = """Hi Daisuke,

Congratulations on recertifying your AWS Certified Solutions Architect -
Associate certification! Your certification is now valid through
November 2, 2026.

What happens next:
- Your updated certificate is available in your AWS Certification Account.
- Credly will update your digital badge shortly.
- A new 50% discount benefit has been added to your account.

Thank you for keeping your skills current.

AWS Certification
"""
mid = f"<{hx('cm2', n=24)}@certmetrics.com>"
add("certification", False, None, [],
    "Recertification notice; 'what happens next' list is informational only.",
    dt,
    inbound(dt, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
            "Congratulations on recertifying your AWS Certification!", mid,
            "bounces+2201938@em4012.certmetrics.com", "167.89.21.54", "o7.ptr4012.certmetrics.com",
            "certmetrics.com"),
    text(rc, cte="7bit"), crlf=True)

subj_e = f"RE:[CASE {CASE_E}] {SUBJ_FORM}"
dt = D(2023, 11, 13, 3, 8, 41)
ack_e = f"""お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース {CASE_E} としてお問い合わせを承りました。

担当者より、原則として24時間以内にご連絡いたします。内容によっては、最適な
解決策をご案内するためにお時間をいただく場合がございます。

お問い合わせ内容:
ケース ID: {CASE_E}
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
内容: 同じメールアドレス ({ME_P}) で AWS 認定アカウントが
2 つできてしまい、再認定したバッジが Credly に表示されません。
{CID_MAIN} のアカウントへの統合をお願いします。

同じ内容で新しいケースを作成されますと、対応が遅れる場合がございますので
ご注意ください。追加の情報がございましたら、このメールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
"""
h, ack_e_mid = aws_headers(dt, ME_P, subj_e, "ackE")
add("acknowledgement", False, CASE_E, [CID_MAIN],
    "Japanese ack, ISO-2022-JP, 11-digit case. Echo of the owner's own request ('統合をお願いします') and "
    "'追加の情報がございましたら…ご返信ください' conditional.",
    dt, h, text(ack_e, cs="iso-2022-jp", cte="7bit", label="ISO-2022-JP"))

dt = D(2023, 11, 14, 2, 20, 5)
req_e = f"""森山 大輔 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの佐々木でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ご連絡いただいたメールアドレスで検索いたしましたところ、{CID_MAIN} のアカウントは
確認できましたが、もう一方のアカウントにつきましては、当方のシステム上で候補 ID を
特定することができませんでした。同一のメールアドレスで複数のアカウントが作成されている場合、
サインイン方法 (AWS Builder ID、Amazon アカウントなど) ごとに別々に管理されていることがございます。

つきましては、お手数をおかけいたしますが、もう一方のアカウントにサインインいただき、
画面右上に表示される「AWS」から始まる候補 ID をご確認のうえ、本メールへのご返信にて
お知らせいただけますでしょうか。
あわせて、そのアカウントへのサインインにご利用の方法もお知らせいただけますと幸いです。

ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
h, req_e_mid = aws_headers(dt, ME_P, subj_e, "reqE", irt=ack_e_mid, refs=[ack_e_mid])
add("info_request", True, CASE_E, [CID_MAIN],
    "Japanese keigo request (〜いただけますでしょうか) after a long explanation: asks for the other candidate ID and sign-in method.",
    dt, h, alt(req_e, html_page(t2h(req_e), "ja"), "reqE"))

dt = D(2023, 11, 14, 12, 51, 30, JST)
rep_e1 = f"""佐々木様

ご確認ありがとうございます。
もう一方のアカウントの候補 ID は {CID_DUP} でした。サインインは AWS Builder ID
(同じ gmail のアドレス) で行っています。
残したいのは、これまで使っていた {CID_MAIN} の方です。

よろしくお願いいたします。
森山
"""
body = rep_e1 + "\n" + ja_attr(D(2023, 11, 14, 2, 20, 5), TC_NAME, TC_FORM) + "\n\n" + gq(req_e)
rep_e1_mid = gmail_mid("repE1")
add("user_reply", False, CASE_E, [CID_DUP, CID_MAIN],
    "Owner's Japanese reply with both candidate IDs, Gmail 「…:」 attribution and '>' quote of the request.",
    dt,
    sent(dt, addr(ME_JA, ME_P), addr(TC_NAME, TC_FORM), "Re: " + subj_e, rep_e1_mid,
         irt=req_e_mid, refs=[ack_e_mid, req_e_mid]),
    text(body, cte="base64"))

dt = D(2023, 11, 15, 9, 2, 17)
bud = """AWS Budgets Notification November 15, 2023
AWS Account 318274650921

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your
personal-lab budget is greater than $20.00 for the current month. The ACTUAL
Cost associated with this budget is $23.41. You can find additional details
below and by accessing the AWS Budgets dashboard.

Budget Name: personal-lab
Budget Type: Cost
Budgeted Amount: $25.00
Alert Type: ACTUAL
Alert Threshold: > $20.00
ACTUAL Amount: $23.41

Go to the AWS Budgets dashboard:
https://console.aws.amazon.com/billing/home#/budgets/

This email was sent by Amazon Web Services, Inc. Please do not reply.
"""
h, _ = aws_headers(dt, ME_P, "AWS Budgets: personal-lab has exceeded your alert threshold", "bud1",
                   frm_name="AWS Budgets", frm="no-reply@budgets.amazonaws.com")
add("unrelated", False, None, [],
    "Billing alert from AWS with a 12-digit account ID (not a case number).",
    dt, h, text(bud, cte="7bit"))

dt = D(2023, 11, 17, 5, 5, 0)
conf_e = f"""森山 大輔 様

いつもお世話になっております。AWS トレーニングと認定の佐々木でございます。
候補 ID をお知らせいただき、ありがとうございました。

いただいた情報をもとに確認いたしましたところ、以下の 2 つのアカウントが見つかりました。

[統合元]
  候補 ID: {CID_DUP}
  ログイン用メールアドレス: {ME_P} (AWS Builder ID)
  認定通知用メールアドレス: {ME_P}
  作成日: 2023年10月28日

[統合先]
  候補 ID: {CID_MAIN}
  ログイン用メールアドレス: {ME_P}
  認定通知用メールアドレス: {ME_P}
  作成日: 2021年2月3日

統合を行いますと、統合元のアカウントには今後サインインできなくなり、元に戻すことは
できません。
上記 2 つのアカウントがいずれもご本人様のものであること、ならびに統合先を上記の
[統合先] アカウントとすることについて、ご確認のほどよろしくお願いいたします。
ご確認いただけ次第、統合作業を進めさせていただきます。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
h, conf_e_mid = aws_headers(dt, ME_P, subj_e, "confE", irt=rep_e1_mid,
                            refs=[ack_e_mid, req_e_mid, rep_e1_mid])
add("confirmation_request", True, CASE_E, [CID_DUP, CID_MAIN],
    "Japanese confirmation (〜のほどよろしくお願いいたします) with source/destination listing; ISO-2022-JP; "
    "the ask is the confirmation of ownership and destination.",
    dt, h, text(conf_e, cs="iso-2022-jp", cte="7bit", label="ISO-2022-JP"))

dt = D(2023, 11, 17, 14, 12, 44, JST)
rep_e2 = """佐々木様

内容を確認しました。どちらも私のアカウントで間違いありません。
この内容で統合を進めてください。

森山
"""
body = rep_e2 + "\n" + ja_attr(D(2023, 11, 17, 5, 5, 0), TC_NAME, TC_FORM) + "\n\n" + gq(conf_e)
rep_e2_mid = gmail_mid("repE2")
add("user_reply", False, CASE_E, [],
    "Top-posted go-ahead; candidate IDs appear only in the quoted request.",
    dt,
    sent(dt, addr(ME_JA, ME_P), addr(TC_NAME, TC_FORM), "Re: " + subj_e, rep_e2_mid,
         irt=conf_e_mid, refs=[ack_e_mid, req_e_mid, rep_e1_mid, conf_e_mid]),
    text(body, cte="quoted-printable"))

dt = D(2023, 11, 21, 6, 33, 2)
gh = """Merged #87 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitahama-sys/tf-modules/pull/87#event-10993412871
You are receiving this because you were mentioned.
"""
ghh = """<p>Merged <a href="https://github.com/kitahama-sys/tf-modules/pull/87" class="issue-link">#87</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kitahama-sys/tf-modules/pull/87#event-10993412871">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>"""
mid = "<kitahama-sys/tf-modules/pull/87/issue_event/10993412871@github.com>"
add("unrelated", False, None, [],
    "GitHub 'Merged' notification with 'Reply to this email directly' footer, to the company address.",
    dt,
    inbound(dt, addr("Kenta Ueno", "notifications@github.com"),
            "kitahama-sys/tf-modules <tf-modules@noreply.github.com>",
            "Re: [kitahama-sys/tf-modules] Merge account-baseline module into main (PR #87)", mid,
            "noreply@github.com", "192.30.252.201", "out-18.smtp.github.com", "github.com",
            irt="<kitahama-sys/tf-modules/pull/87@github.com>", refs=["<kitahama-sys/tf-modules/pull/87@github.com>"],
            extra=[("Cc", ME_C + ", Mention <mention@noreply.github.com>"),
                   ("List-ID", "kitahama-sys/tf-modules <tf-modules.kitahama-sys.github.com>"),
                   ("X-GitHub-Reason", "mention")],
            company=True),
    alt(gh, html_page(ghh), "gh1"))

dt = D(2023, 11, 25, 1, 40, 18)
res_e = f"""森山 大輔 様

お世話になっております。AWS トレーニングと認定の佐々木でございます。
大変お待たせいたしました。窓口が混み合っており、ご連絡が遅くなりましたことを
お詫び申し上げます。

ご確認いただいた内容のとおり、{CID_DUP} のアカウントを {CID_MAIN} の
アカウントへ統合いたしました。受験履歴および認定資格は、すべて統合先のアカウントで
ご確認いただけます。Credly のデジタルバッジにつきましても、通常 1〜2 日程度で
反映されます。

本件についてご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサービス

{outlook_block(D(2023, 11, 17, 5, 12, 44), f"{ME_JA} <{ME_P}>", TC_NAME, "Re: " + subj_e)}
{rep_e2}
> {conf_e.splitlines()[0]}
> (中略)
> 上記 2 つのアカウントがいずれもご本人様のものであること、ならびに統合先を上記の
> [統合先] アカウントとすることについて、ご確認のほどよろしくお願いいたします。
"""
h, res_e_mid = aws_headers(dt, ME_P, subj_e, "resE", irt=rep_e2_mid,
                           refs=[ack_e_mid, req_e_mid, rep_e1_mid, conf_e_mid, rep_e2_mid])
add("resolved", False, CASE_E, [CID_DUP, CID_MAIN],
    "Japanese completion after 8 days; quotes the owner's go-ahead and the old confirmation sentence "
    "under '-----Original Message-----'; 'ご不明な点がございましたら' conditional.",
    dt, h, alt(res_e, html_page(t2h(res_e), "ja"), "resE", cte="base64"))

dt = D(2023, 11, 25, 2, 4, 51)
cr = html_page(f"""<table width="600" align="center"><tr><td>
<p style="font-size:18px">Your new badge from Amazon Web Services Training and Certification is ready</p>
<p>Hi Daisuke,</p>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b> has been issued to you by Amazon Web Services Training and Certification.
Claim it to show your verified skills on LinkedIn, your resume and your email signature.</p>
<p><a href="https://www.credly.com/badges/{hx('cr2', n=8)}-{hx('cr2', 2, n=4)}-4c1d-9e2b-{hx('cr2', 3, n=12)}/accept">Accept Badge</a></p>
<p style="color:#888;font-size:11px">Credly, Inc. &middot; 1 Pierce Place, Itasca, IL 60143 &middot; <a href="https://www.credly.com/earner/settings/privacy">Manage email preferences</a></p>
</td></tr></table>""")
mid = f"<{hx('cr2m', n=20)}@credly.com>"
add("badge", False, None, [],
    "Credly badge offer right after the 2023 merge; 'Claim it' call to action.",
    dt,
    inbound(dt, addr("Credly", "admin@credly.com"), ME_P,
            "Your new badge from Amazon Web Services Training and Certification is ready", mid,
            "bounces+1833421-0f1e@em.credly.com", "168.245.72.14", "o4.em.credly.com", "credly.com"),
    text(cr, "html", cte="base64"))

dt = D(2023, 11, 28, 0, 15, 0)
sv_e = f"""森山 様

先日は AWS トレーニングと認定カスタマーサービスにお問い合わせいただき、誠にありがとう
ございました。

ケース {CASE_E} の対応について、簡単なアンケートにご協力ください (所要時間: 約 1 分)。
https://survey.aws.training/ja/s/{hx('svE', n=12)}?case={CASE_E}

いただいたご意見は、今後のサポート品質の向上に活用させていただきます。
なお、このメールは送信専用アドレスから送信しております。

AWS トレーニングと認定
"""
h, _ = aws_headers(dt, ME_P, f"ケース {CASE_E} に関するアンケートのお願い", "svE",
                   frm_name="AWS トレーニングと認定", frm="aws-cs-survey@amazon.com")
add("survey", False, CASE_E, [],
    "Japanese survey with plain 〜ください ('アンケートにご協力ください'): a request, but not one support waits on.",
    dt, h, text(sv_e, cte="base64"))

# ==========================================================================
# 2025: cases B, A, C, F and the mail around them
# ==========================================================================

dt = D(2025, 3, 3, 16, 20, 0)
ex = """Hello Daisuke,

Your AWS Certified Developer - Associate certification expires on
June 1, 2025.

To keep it active, pass the current version of the Developer - Associate
exam, or earn the AWS Certified DevOps Engineer - Professional certification,
before your expiration date. You can use your 50% exam discount benefit
toward either exam.

Sign in to your AWS Certification Account to see your options:
https://www.aws.training/Certification

AWS Certification
"""
mid = f"<{hx('cm3', n=24)}@certmetrics.com>"
add("certification", False, None, [],
    "Expiry reminder; 'To keep it active, pass…' is advice, not a case request.",
    dt,
    inbound(dt, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
            "Your AWS Certification expires in 90 days", mid,
            "bounces+2201938@em4012.certmetrics.com", "167.89.21.54", "o7.ptr4012.certmetrics.com",
            "certmetrics.com"),
    alt(ex, html_page(t2h(ex)), "cm3"), crlf=True)

dt = D(2025, 3, 20, 8, 11, 27)
sb = html_page("""<h3>Thanks for your purchase</h3>
<p>Hi Daisuke,</p>
<p>Here is your receipt for AWS Skill Builder.</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Order</th><td>SB-2025-0320-88127</td></tr>
<tr><th align="left">Item</th><td>AWS Skill Builder Individual subscription (monthly)</td></tr>
<tr><th align="left">Amount</th><td>USD 29.00</td></tr>
<tr><th align="left">Tax</th><td>USD 2.90</td></tr>
<tr><th align="left">Total</th><td>USD 31.90</td></tr>
<tr><th align="left">Billing period</th><td>Mar 20, 2025 &ndash; Apr 19, 2025</td></tr>
</table>
<p>You can manage or cancel your subscription any time from your Skill Builder account settings.</p>
<p>AWS Training and Certification</p>""")
mid = f"<{hx('sb1', n=28)}@aws.training>"
add("unrelated", False, None, [],
    "Skill Builder receipt from no-reply@aws.training, signed 'AWS Training and Certification'.",
    dt,
    inbound(dt, addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
            "Your AWS Skill Builder receipt", mid,
            "0100019a-skillbuilder@amazonses.com", "54.240.11.73", "a11-73.smtp-out.amazonses.com",
            "aws.training"),
    text(sb, "html", cte="quoted-printable"))

dt = D(2025, 4, 10, 4, 2, 10)
ts = """Hi Daisuke,

Following up on your case about the agent that stops reporting after the
upgrade to 7.4.

Could you please send us the agent log (/var/log/tessera/agent.log) and the
output of `tessera-agent status --verbose` from one affected host? With those
we should be able to tell whether this is the known TLS issue.

If we don't hear back within 7 days, we'll close this case automatically.
Reply to this email to update the case.

Best,
Nadia
Tessera Monitoring Support
ref:_00Dd0e4kQ._5004x1Tz9QK:ref
"""
mid = f"<{hx('ts1', n=20)}@sfdc.net>"
add("unrelated", False, None, [],
    "Another vendor's case asking for logs with a closing threat; 8-digit case number and a Salesforce ref token.",
    dt,
    inbound(dt, addr("Tessera Support", "support@tesseramon.io"), ME_C,
            "[Case 00482913] Awaiting your response: agent stops reporting after upgrade", mid,
            "support=tesseramon.io@sfdc.net", "13.110.6.220", "smtp06-ia4-sp3.mta.salesforce.com",
            "tesseramon.io", company=True),
    text(ts, cte="quoted-printable"))

# ---- case B: filed from the company address
subj_b = f"RE: [CASE {CASE_B}] {SUBJ_FORM}"
dt = D(2025, 5, 8, 0, 41, 40)
ack_b = f"""Hello,

We've received your request and opened case {CASE_B}.

Here is a copy of what you submitted:

Contact email: {ME_C}
Inquiry type: Certification
Additional details: Account Merge
Description:
  Use case: I am leaving Kitahama Systems at the end of May and want to
  keep my certifications under my personal account.
  Addresses I have used: {ME_C}, {ME_P}
  Address to keep: {ME_P}
  Candidate ID (company account): {CID_CORP}

A member of our team will respond, in most cases within one business day.
Opening additional cases for the same request will not speed things up and
may slow them down.

Thank you,
AWS Training and Certification Support
"""
h, ack_b_mid = aws_headers(dt, ME_C, subj_b, "ackB", company=True)
add("acknowledgement", False, CASE_B, [CID_CORP],
    "Ack to the company address (Exchange Online headers), 'RE: [CASE' with a space; echo lists addresses and candidate ID.",
    dt, h, text(ack_b, cte="quoted-printable"), crlf=True)

dt = D(2025, 5, 9, 2, 3, 15)
req_b = f"""Hi Daisuke,

Thanks for reaching out. For account security we only action merge requests
that come from the email address that will remain on file. Since you'd like to
keep {ME_P}, we'll need you to reply to this email from that
address; we can move forward as soon as it arrives.

Best,
Aileen
AWS Training and Certification
"""
h, req_b_mid = aws_headers(dt, ME_C, subj_b, "reqB", irt=ack_b_mid, refs=[ack_b_mid], company=True,
                           to_name=ME_EN)
add("info_request", True, CASE_B, [],
    "Short templated agent, no 'please': 'we'll need you to reply … from that address' (write from the destination address).",
    dt, h, text(req_b, cte="quoted-printable"), crlf=True)

dt = D(2025, 5, 9, 12, 26, 3, JST)
fw_b = ("(個人アドレスから返信する必要あり。週末に対応する)\n\n"
        + outlook_block(D(2025, 5, 9, 2, 3, 15), f"{TC_NAME} <{TC_FORM}>", f"{ME_JA} <{ME_C}>", subj_b)
        + "\n" + req_b)
fw_b_mid = outlook_mid("fwB")
add("user_reply", False, CASE_B, [],
    "Owner forwards the request from the company mailbox to himself (Outlook, Shift_JIS, base64) with a "
    "note; the request text is forwarded, not new.",
    dt,
    sent(dt, addr(ME_JA, ME_C, "shift_jis"), ME_P, "FW: " + subj_b, fw_b_mid,
         extra=[("Thread-Topic", subj_b), ("Thread-Index", "AQHbwJ" + hx("ti", n=14)),
                ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""),
                ("X-Mailer", "Microsoft Outlook 16.0")], cs="shift_jis"),
    text(fw_b, cs="shift_jis", cte="base64", label="Shift_JIS"), crlf=True)

dt = D(2025, 5, 12, 1, 9, 52)
otp = """Verify your identity

Hello,

Use the code below to sign in to your AWS Builder ID.

Verification code: 739204

This code expires in 10 minutes. If you did not try to sign in, you can
ignore this email; someone may have typed your email address by mistake.

Amazon Web Services
"""
mid = ses_mid("otp1", dt)
add("unrelated", False, None, [],
    "Builder ID one-time code (6 digits); 'Verify your identity' wording that phishing also uses.",
    dt,
    inbound(dt, addr("AWS", "no-reply@signin.aws"), ME_P, "Your AWS Builder ID verification code", mid,
            "0100019b-otp@us-east-1.amazonses.com", "54.240.9.33", "a9-33.smtp-out.amazonses.com",
            "signin.aws"),
    text(otp, cte="7bit"))

# ---- case A: filed again from the personal address
subj_a = f"RE:[CASE {CASE_A}] {SUBJ_FORM}"
dt = D(2025, 5, 12, 1, 14, 39)
ack_a = f"""Hello Daisuke,

Thanks for getting in touch with AWS Training and Certification. Your request
is now case {CASE_A}, and one of our specialists will pick it up shortly.
Most requests receive a first response within 24 hours; some take longer when
we need to look into records in more detail.

Summary of your submission
  Contact email:   {ME_P}
  Inquiry type:    Certification / Account Merge
  Description:     I am no longer going to be an employee of Kitahama Systems
                   after May 30 and would like my company certification account
                   merged into my personal one.
                   Company account: {ME_C} (candidate ID {CID_CORP})
                   Personal account (keep): {ME_P} (candidate ID {CID_MAIN})

Please avoid submitting the same request again; duplicate cases are handled
one at a time and can delay your answer.

AWS Training and Certification
"""
ack_a_html = html_page(f"""<p>Hello Daisuke,</p>
<p>Thanks for getting in touch with AWS Training and Certification. Your request is now case <b>{CASE_A}</b>, and one of our specialists will pick it up shortly.
Most requests receive a first response within 24 hours; some take longer when we need to look into records in more detail.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb">
<tr><td colspan="2" style="background:#232f3e;color:#fff"><b>Summary of your submission</b></td></tr>
<tr><td>Contact email</td><td>{ME_P}</td></tr>
<tr><td>Inquiry type</td><td>Certification / Account Merge</td></tr>
<tr><td>Description</td><td>I am no longer going to be an employee of Kitahama Systems after May 30 and would like my company certification account merged into my personal one.<br>
Company account: {ME_C} (candidate ID {CID_CORP})<br>Personal account (keep): {ME_P} (candidate ID {CID_MAIN})</td></tr>
</table>
<p>Please avoid submitting the same request again; duplicate cases are handled one at a time and can delay your answer.</p>
<p>AWS Training and Certification</p>""")
h, ack_a_mid = aws_headers(dt, ME_P, subj_a, "ackA")
add("acknowledgement", False, CASE_A, [CID_CORP, CID_MAIN],
    "Ack of the main 15-digit case (the owner's second form, effectively a duplicate of case B); "
    "multipart with an HTML table echo; 'Please avoid submitting…' is not a request to answer.",
    dt, h, alt(ack_a, ack_a_html, "ackA"), crlf=True)

dt = D(2025, 5, 13, 0, 52, 8)
dup_b = f"""Hi Daisuke,

I noticed you've submitted the same merge request from your personal address,
which is now case {CASE_A}. To keep everything in one place I'm closing this
case ({CASE_B}) as a duplicate. Your request will be handled under case
{CASE_A}, and replies will go to your personal address.

No further action is required on this case.

Best,
Aileen
AWS Training and Certification
"""
h, _ = aws_headers(dt, ME_C, subj_b, "dupB", irt=req_b_mid, refs=[ack_b_mid, req_b_mid], company=True,
                   to_name=ME_EN)
add("case_update", False, CASE_B, [],
    "Duplicate case closed and linked to case A (both numbers in the body; the mail belongs to B). "
    "'closing' wording but not a no-response closing notice; the earlier request on B is now moot.",
    dt, h, text(dup_b, cte="quoted-printable"), crlf=True)

dt = D(2025, 5, 13, 9, 2, 31)
hold_a = f"""Hello Daisuke,

Thank you for your patience, and thank you for including both candidate IDs in
your request - that saved us a good amount of searching.

I have looked into both accounts. Your personal account ({CID_MAIN}) is a
standard certification account, and there is nothing unusual about it. The
company account ({CID_CORP}), however, is linked to the AWS Partner Network
profile of Kitahama Systems Co., Ltd. Certifications held on partner-linked
accounts count toward the partner's tier and program requirements, so we are
not able to move them out of the partner's profile at the individual's request
alone. Either the partner's Alliance Lead (or another Partner Central
administrator) removes the association, or we need to be able to record that
your employment with the partner is ending.

Because of this, I have placed your case on hold for the time being. Nothing
has been changed on either account, and your exam history and benefits remain
exactly as they were.

Is your departure from Kitahama Systems already confirmed? If it is, let me
know your last working day so that I can note it on the case. Separately, if
you are able to ask your Partner Central administrator to unlink your account,
that is usually the fastest route; once they do, we are notified and can
resume.

Kind regards,
Priya S.
AWS Training and Certification Customer Support
"""
h, hold_a_mid = aws_headers(dt, ME_P, subj_a, "holdA", irt=ack_a_mid, refs=[ack_a_mid])
add("on_hold", True, CASE_A, [CID_MAIN, CID_CORP],
    "Long APN-partner hold; the question ('Is your departure … already confirmed? … let me know your last working "
    "day') is buried in the fourth paragraph. Kind on_hold, but support waits for an answer.",
    dt, h, text(hold_a, cte="quoted-printable"))

dt = D(2025, 5, 13, 19, 40, 12, JST)
mgr = f"""佐藤さん

お疲れさまです。森山です。

退職に伴い、会社アドレスで作成した AWS 認定アカウントを個人のアカウントへ統合する
手続きを AWS に依頼しています (ケース番号: {CASE_A})。
AWS から、会社の APN パートナーアカウントに紐付いているため、Partner Central の
管理者による紐付け解除が必要との連絡がありました。

お手数ですが、アライアンス推進室の方に解除をご依頼いただけますでしょうか。
対象の候補 ID は {CID_CORP} です。

よろしくお願いします。
森山
"""
mgr_mid = outlook_mid("mgr")
subj_mgr = "【ご相談】AWS認定アカウントの APN 紐付け解除について"
add("user_reply", False, CASE_A, [CID_CORP],
    "Owner's own mail to his manager (ISO-2022-JP, company address) about case A; contains a keigo request, "
    "but it is the owner asking, not support.",
    dt,
    sent(dt, addr(ME_JA, ME_C, "iso-2022-jp"), addr("佐藤 健一", "k.sato@kitahama-systems.co.jp", "iso-2022-jp"),
         subj_mgr, mgr_mid, cs="iso-2022-jp",
         cc="partner-alliance@kitahama-systems.co.jp",
         extra=[("Thread-Topic", enc(subj_mgr, "iso-2022-jp")), ("Content-Language", "ja-JP"), ("X-Mailer", "Microsoft Outlook 16.0")]),
    text(mgr, cs="iso-2022-jp", cte="7bit", label="ISO-2022-JP"), crlf=True)

dt = D(2025, 5, 13, 19, 40, 20, JST)
ooo = """5月13日から5月16日まで出張のため不在にしております。
メールの確認が遅れる場合がございます。
お急ぎの場合は、アライアンス推進室 (partner-alliance@kitahama-systems.co.jp)
までご連絡ください。

佐藤
"""
ooo_h = [("From", addr("佐藤 健一", "k.sato@kitahama-systems.co.jp", "iso-2022-jp")),
         ("To", addr(ME_JA, ME_C, "iso-2022-jp")),
         ("Subject", enc("自動応答: " + subj_mgr, "iso-2022-jp")),
         ("Date", format_datetime(dt)),
         ("Message-ID", outlook_mid("ooo")),
         ("In-Reply-To", mgr_mid), ("References", mgr_mid),
         ("Auto-Submitted", "auto-replied"),
         ("X-Auto-Response-Suppress", "All"),
         ("X-MS-Exchange-Inbox-Rules-Loop", "k.sato@kitahama-systems.co.jp"),
         ("Content-Language", "ja-JP")]
add("unrelated", False, None, [],
    "Manager's out-of-office auto-reply, threaded (In-Reply-To) under the owner's mail about case A but carrying no case number.",
    dt, ooo_h, text(ooo, cs="iso-2022-jp", cte="7bit", label="ISO-2022-JP"), crlf=True)

dt = D(2025, 5, 14, 8, 17, 45, JST)
rep_a1 = f"""Hi Priya,

Thanks for the detailed explanation.

Yes, it's confirmed - my last working day at Kitahama Systems is May 30, 2025.
I've also asked my manager to have our Partner Central administrator remove the
link for {CID_CORP}, but he is travelling this week, so it may take a few days.

Please let me know if you need anything else from me.

Best regards,
Daisuke Moriyama
"""
body = rep_a1 + "\n" + en_attr(D(2025, 5, 13, 9, 2, 31), TC_NAME, TC_FORM) + "\n\n" + gq(hold_a)
bq = (f"<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
      f"{esc(en_attr(D(2025, 5, 13, 9, 2, 31), TC_NAME, TC_FORM))}<br></div>"
      f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
      f"rgb(204,204,204);padding-left:1ex\">{t2h(hold_a)}</blockquote></div>")
rep_a1_mid = gmail_mid("repA1")
add("user_reply", False, CASE_A, [CID_CORP],
    "Owner answers the hold question (Gmail multipart, quoted history); ends with 'let me know if you need anything'.",
    dt,
    sent(dt, addr(ME_EN, ME_P), addr(TC_NAME, TC_FORM), subj_a, rep_a1_mid,
         irt=hold_a_mid, refs=[ack_a_mid, hold_a_mid]),
    multi("alternative", [text(body, cte="quoted-printable"),
                          text(f"<div dir=\"ltr\">{t2h(rep_a1)}</div><br>{bq}\n", "html", cte="quoted-printable")],
          "000000000000" + hx("repA1b", n=16)))

dt = D(2025, 5, 13, 23, 19, 2)
autoack = f"""This is an automated message.

Your reply to case {CASE_A} has been added to the case, and the assigned agent
has been notified. There is no need to send it again or to open a new case.

AWS Training and Certification
"""
h, _ = aws_headers(dt, ME_P, subj_a, "autoackA", irt=rep_a1_mid, refs=[ack_a_mid, hold_a_mid, rep_a1_mid],
                   extra=[("Auto-Submitted", "auto-replied")])
add("acknowledgement", False, CASE_A, [],
    "System acknowledgement of the owner's reply (auto-replied); says nothing new is needed.",
    dt, h, text(autoack, cte="7bit"), crlf=True)

dt = D(2025, 5, 15, 4, 26, 50)
hold_a2 = f"""Hi Daisuke,

Thank you for confirming - I've recorded May 30 as your last day on the case.

We'll keep the case on hold until the partner association is removed or until
your last day has passed, whichever comes first, and we'll pick it up again
then. You don't need to follow up with us in the meantime.

Kind regards,
Priya S.
AWS Training and Certification Customer Support

{outlook_block(D(2025, 5, 13, 23, 17, 45), f"{ME_EN} <{ME_P}>", TC_NAME, subj_a, sep="________________________________")}
{rep_a1}"""
h, hold_a2_mid = aws_headers(dt, ME_P, subj_a, "holdA2", irt=rep_a1_mid, refs=[ack_a_mid, hold_a_mid, rep_a1_mid])
add("on_hold", False, CASE_A, [],
    "Hold continues, nothing asked ('You don't need to follow up'); quotes the owner's reply which ends in "
    "'let me know if you need anything else' (a request in quoted text, by the owner).",
    dt, h, text(hold_a2, cte="quoted-printable"))

dt = D(2025, 5, 15, 11, 47, 3)
ph1 = html_page(f"""<div style="max-width:600px;margin:auto;border-top:4px solid #ff9900">
<p><img src="https://aws-certsupport.com/static/aws-logo.png" alt="aws" width="60"></p>
<p>Dear Candidate,</p>
<p>Your account merge request <b>[CASE {FAKE_1}]</b> is pending identity verification.
To avoid the <b>permanent loss</b> of your certifications and exam history, you must verify your identity within <b>24 hours</b>.</p>
<p style="text-align:center"><a href="https://aws-certsupport.com/verify?case={FAKE_1}&amp;u=daisuke.moriyama.jp" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none;font-weight:bold">Verify now</a></p>
<p>Sign in with your AWS Builder ID password and enter the one-time code sent to your phone.
If you cannot sign in, reply to this email with your candidate ID and date of birth and an agent will complete the merge for you.</p>
<p>AWS Training &amp; Certification Support Team</p>
<p style="font-size:10px;color:#999">&copy; 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</div>""")
mid = f"<{hx('ph1', n=30)}@aws-certsupport.com>"
ph_h = [("Delivered-To", ME_P),
        recv_gmail(dt, "mail.aws-certsupport.com", "45.133.194.27", ME_P),
        ("Authentication-Results", "mx.google.com; dkim=pass header.i=@aws-certsupport.com header.s=default "
                                   "header.b=Qm3x7Z1k; spf=pass (google.com: domain of case-update@aws-certsupport.com "
                                   "designates 45.133.194.27 as permitted sender) smtp.mailfrom=case-update@aws-certsupport.com; "
                                   "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certsupport.com"),
        ("Return-Path", "<case-update@aws-certsupport.com>"),
        ("From", addr("AWS Training & Certification", "case-update@aws-certsupport.com")),
        ("To", ME_P),
        ("Subject", f"[CASE {FAKE_1}] Final notice: verify your identity to complete account merge"),
        ("Date", format_datetime(dt)), ("Message-ID", mid), ("X-Priority", "1")]
add("suspicious", False, None, [],
    "Credential phishing from a lookalike domain that passes its own SPF/DKIM/DMARC; fake case number and "
    "'reply with your candidate ID' demand; urgency.",
    dt, ph_h, text(ph1, "html", cte="quoted-printable"))

dt = D(2025, 5, 16, 7, 30, 0)
ts2 = """Hi Daisuke,

We haven't heard back from you, so we've closed case 00482913 (agent stops
reporting after upgrade).

If the problem is still happening, simply reply to this email within 14 days
and the case will be reopened with its history.

How did we do? Rate this support experience: https://tesseramon.io/csat/00482913

Tessera Monitoring Support
ref:_00Dd0e4kQ._5004x1Tz9QK:ref
"""
mid = f"<{hx('ts2', n=20)}@sfdc.net>"
add("unrelated", False, None, [],
    "Other vendor's no-response closure that a reply would reopen, with a rating link: looks like closing_notice + survey.",
    dt,
    inbound(dt, addr("Tessera Support", "support@tesseramon.io"), ME_C,
            "[Case 00482913] Your case has been closed", mid,
            "support=tesseramon.io@sfdc.net", "13.110.6.221", "smtp07-ia4-sp3.mta.salesforce.com",
            "tesseramon.io", company=True),
    text(ts2, cte="7bit"))

dt = D(2025, 5, 19, 6, 5, 44)
lift_a = f"""Hello Daisuke,

A quick update: the administrator of the Kitahama Systems Partner Central
account removed the association for {CID_CORP} earlier today, so the hold on
your case has been lifted.

I've transferred your case to our account-merge team. They will verify the
account details with you before anything is merged; you should hear from them
within one to two business days.

Kind regards,
Priya S.
AWS Training and Certification Customer Support
"""
h, lift_a_mid = aws_headers(dt, ME_P, subj_a, "liftA", irt=hold_a2_mid,
                            refs=[ack_a_mid, hold_a_mid, rep_a1_mid, hold_a2_mid])
add("case_update", False, CASE_A, [CID_CORP],
    "Hold lifted, passed to another team; announces a future verification ('They will verify the account details with you') "
    "but asks nothing now.",
    dt, h, text(lift_a, cte="quoted-printable"))

dt = D(2025, 5, 20, 8, 31, 5)
conf_a_rows = [("Candidate ID", CID_MAIN, CID_CORP),
               ("Login email", ME_P, ME_C),
               ("Training notification email", ME_P, ME_C),
               ("Certification notification email", ME_P, ME_C),
               ("Partner association", "None", "Removed 2025-05-19")]
tbl = "\n".join(f"<tr><td style=\"padding:6px;border:1px solid #d5dbdb\"><b>{a}</b></td>"
                f"<td style=\"padding:6px;border:1px solid #d5dbdb\">{b}</td>"
                f"<td style=\"padding:6px;border:1px solid #d5dbdb\">{c}</td></tr>" for a, b, c in conf_a_rows)
conf_a_html = html_page(f"""<div>Hello Daisuke,</div><br>
<div>My name is Marco and I'm taking over your merge request from the account-merge team. Before anything is merged I need your confirmation on the two accounts below.</div><br>
<table cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><th style="padding:6px;border:1px solid #d5dbdb"></th><th style="padding:6px;border:1px solid #d5dbdb;background:#f2f3f3">Account #1</th><th style="padding:6px;border:1px solid #d5dbdb;background:#f2f3f3">Account #2</th></tr>
{tbl}
</table><br>
<div>Are both of these accounts yours, and should everything be merged into Account #1? Once merged, Account #2 is closed and its login stops working, so please double-check the addresses.</div><br>
<div>As soon as I have your confirmation I'll go ahead.</div><br>
<div>Thanks,<br>Marco<br><span style="color:#687078">AWS Training and Certification | Account Services</span></div>""")
conf_a_text = f"""Hello Daisuke,

My name is Marco and I'm taking over your merge request from the account-merge
team. Before anything is merged I need your confirmation on the two accounts
below.

Account #1
  Candidate ID: {CID_MAIN}
  Login email: {ME_P}
  Training notification email: {ME_P}
  Certification notification email: {ME_P}
  Partner association: None
Account #2
  Candidate ID: {CID_CORP}
  Login email: {ME_C}
  Training notification email: {ME_C}
  Certification notification email: {ME_C}
  Partner association: Removed 2025-05-19

Are both of these accounts yours, and should everything be merged into
Account #1? Once merged, Account #2 is closed and its login stops working, so
please double-check the addresses.

As soon as I have your confirmation I'll go ahead.

Thanks,
Marco
AWS Training and Certification | Account Services
"""
h, conf_a_mid = aws_headers(dt, ME_P, subj_a, "confA", irt=lift_a_mid,
                            refs=[ack_a_mid, hold_a_mid, rep_a1_mid, hold_a2_mid, lift_a_mid])
add("confirmation_request", True, CASE_A, [CID_MAIN, CID_CORP],
    "HTML-only Account #1/#2 table (no text part); the ask is two questions ('Are both … yours, and should "
    "everything be merged into Account #1?').",
    dt, h, text(conf_a_html, "html", cte="quoted-printable"), crlf=True)

dt = D(2025, 5, 21, 17, 2, 40, JST)
fw = """森山さん

お疲れさまです。山本です。
森山さんの送別会を、下記のとおり予定しています。

日時: 5月29日(木) 19:00〜
場所: 炉端 かねまる 東口店
会費: 不要 (主賓のため)

もしご都合が悪い日があれば、5月23日(金) までに返信ください。
ほかの方には別途案内します。

山本
"""
mid = outlook_mid("farewell")
add("unrelated", False, None, [],
    "Colleague's Japanese mail (Shift_JIS, 8bit) asking for a reply by a deadline - a plain ください request, but not support.",
    dt,
    inbound(dt, addr("山本 亜美", "a.yamamoto@kitahama-systems.co.jp", "shift_jis"), addr(ME_JA, ME_C, "shift_jis"),
            "送別会のご案内 (5/29)", mid, "a.yamamoto@kitahama-systems.co.jp", "10.20.1.15",
            "TYWPR01MB9982.jpnprd01.prod.outlook.com", "kitahama-systems.co.jp", company=True, cs="shift_jis",
            extra=[("Content-Language", "ja-JP"), ("X-Mailer", "Microsoft Outlook 16.0")]),
    text(fw, cs="shift_jis", cte="8bit", label="Shift_JIS"), crlf=True)

dt = D(2025, 5, 22, 16, 0, 0)
ri = html_page("""<div style="max-width:600px;margin:auto">
<h1 style="font-size:24px">re:Invent 2025 registration is open</h1>
<p>Join us in Las Vegas, December 1&ndash;5, for five days of keynotes, builder sessions and hands-on labs.</p>
<p>AWS Certified? Get access to the Certification Lounge and exclusive swag &mdash; bring your digital badge.</p>
<p><a href="https://reinvent.awsevents.com/register/?trk=em">Register now</a> and save $300 with early pricing through July 15.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109.
<a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p>
</div>""")
mid = f"<{hx('ri', n=8)}.{hx('ri2', n=6)}@pages.awscloud.com>"
add("unrelated", False, None, [],
    "AWS event marketing that mentions certification and badges.",
    dt,
    inbound(dt, addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
            "re:Invent 2025 registration is open - save $300", mid,
            "112-TZM-766.0.51302.0.0.13804.9.4508113@mkto.awscloud.com", "199.15.214.173",
            "mail214-173.mkto.awscloud.com", "amazon.com"),
    text(ri, "html", cte="quoted-printable"))

dt = D(2025, 5, 24, 0, 12, 9)
conf_a_quoted = (outlook_block(D(2025, 5, 20, 8, 31, 5), TC_NAME, f"{ME_EN} <{ME_P}>", subj_a, tz=UTC,
                               sep="________________________________") + "\n" + conf_a_text)
close_a = f"""Dear Daisuke,

We are following up on case {CASE_A}. On May 20 we asked you to confirm the
accounts to be merged, and we have not yet received your reply.

If we do not hear from you within 3 business days, this case will be closed
automatically. Responding to this email will keep it open.

Regards,
Hyun-woo
AWS Training and Certification

{conf_a_quoted}"""
h, close_a_mid = aws_headers(dt, ME_P, subj_a, "closeA", irt=conf_a_mid,
                             refs=[ack_a_mid, hold_a_mid, rep_a1_mid, hold_a2_mid, lift_a_mid, conf_a_mid])
add("closing_notice", True, CASE_A, [],
    "Templated no-response warning; the confirmation request (with candidate IDs) is only in the quoted part below a divider.",
    dt, h, text(close_a, cte="quoted-printable"), crlf=True)

dt = D(2025, 5, 24, 10, 41, 27, JST)
rep_a2 = f"""Hi Hyun-woo, Marco,

Apologies for the slow reply - it's my handover week.

Confirmed: both accounts are mine. Please merge Account #2 into Account #1
({CID_MAIN}) and keep {ME_P} as the login.

Thanks,
Daisuke
"""
body = rep_a2 + "\n" + en_attr(D(2025, 5, 24, 0, 12, 9), TC_NAME, TC_FORM) + "\n\n" + gq(close_a)
rep_a2_mid = gmail_mid("repA2")
add("user_reply", False, CASE_A, [CID_MAIN],
    "Owner's confirmation top-posted over a long quoted history that itself contains quoted history.",
    dt,
    sent(dt, addr(ME_EN, ME_P), addr(TC_NAME, TC_FORM), subj_a, rep_a2_mid, irt=close_a_mid,
         refs=[ack_a_mid, hold_a_mid, rep_a1_mid, hold_a2_mid, lift_a_mid, conf_a_mid, close_a_mid]),
    text(body, cte="quoted-printable"))

dt = D(2025, 5, 25, 3, 3, 33)
sp = f"""Hello,

Our records show that the merge of your AWS Certification accounts was
interrupted and could not be completed.

To prevent the loss of your certification history, confirm your identity
within 48 hours:

https://awstc-support.net/merge/confirm?id={FAKE_2}

After signing in you will receive a one-time code. Reply to this email with
that code and we will finish the merge for you.

Case ID: {FAKE_2}

AWS Training and Certification Customer Service
"""
sp_h = [("Delivered-To", ME_P),
        recv_gmail(dt, "vps-4471.hostkey-nl.net", "185.224.128.77", ME_P),
        ("Authentication-Results",
         "mx.google.com; dkim=fail (no key for signature) header.i=@amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono "
         "header.b=Zq1c8Hn2; spf=fail (google.com: domain of aws-cs-trainingcertification-form@amazon.com does not "
         "designate 185.224.128.77 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com; "
         "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
        ("Received-SPF", "fail (google.com: domain of aws-cs-trainingcertification-form@amazon.com does not designate "
                         "185.224.128.77 as permitted sender) client-ip=185.224.128.77;"),
        ("Return-Path", f"<{TC_FORM}>"),
        ("From", addr(TC_NAME, TC_FORM)),
        ("Reply-To", "merge-verification@awstc-support.net"),
        ("To", ME_P),
        ("Subject", f"RE:[CASE {FAKE_2}] {SUBJ_FORM}"),
        ("Date", format_datetime(dt)),
        ("Message-ID", f"<{hx('sp', n=24)}@amazon.com>")]
add("suspicious", False, None, [],
    "Spoof using the real T&C From address and subject format but dmarc=fail/spf=fail; Reply-To elsewhere; "
    "fake case ID in body; demands a reply with a code.",
    dt, sp_h, text(sp, cte="7bit"))

dt = D(2025, 5, 26, 1, 50, 12)
chk_a = f"""Hi Daisuke,

Thanks. Quick check before I run it: after the merge, the Kitahama address
disappears from the account entirely - no login, no notifications, nothing
forwarded there. Given you're leaving on the 30th that sounds right, but I
want to hear it from you. OK to drop {ME_C} completely?

Marco
"""
body = chk_a + "\n" + en_attr(D(2025, 5, 24, 1, 41, 27), ME_EN, ME_P) + "\n" + gq(rep_a2)
h, chk_a_mid = aws_headers(dt, ME_P, subj_a, "chkA", irt=rep_a2_mid,
                           refs=[ack_a_mid, conf_a_mid, close_a_mid, rep_a2_mid])
add("confirmation_request", True, CASE_A, [],
    "Terse follow-up double-check, no 'please', ends with a yes/no question about dropping the old address "
    "(a go-ahead for the merge).",
    dt, h, text(body, cte="7bit"))

dt = D(2025, 5, 26, 11, 22, 8, JST)
rep_a3 = """Yes, that's fine - please drop it. The company mailbox is being closed anyway.

Daisuke
"""
body = rep_a3 + "\n" + en_attr(D(2025, 5, 26, 1, 50, 12), TC_NAME, TC_FORM) + "\n" + gq(body)
rep_a3_mid = gmail_mid("repA3")
add("user_reply", False, CASE_A, [],
    "Two-line go-ahead from the owner; quoted history contains a candidate ID (not new text).",
    dt,
    sent(dt, addr(ME_EN, ME_P), addr(TC_NAME, TC_FORM), subj_a, rep_a3_mid, irt=chk_a_mid,
         refs=[ack_a_mid, conf_a_mid, close_a_mid, rep_a2_mid, chk_a_mid]),
    text(body, cte="7bit"))

dt = D(2025, 5, 26, 4, 5, 40)
res_a = f"""Hello Daisuke,

Thank you for confirming. The merge is complete: Account #2 ({CID_CORP})
has been merged into Account #1 ({CID_MAIN}). Your exam history,
certifications and benefits are now all on Account #1, and you can keep
signing in with {ME_P} as usual. Account #2 has been deactivated.

Two things to expect:
- Credly may re-issue your badges to the remaining account over the next
  day or so, so you might receive a few emails from Credly.
- Your former employer's Partner Central profile will stop listing these
  certifications; that can take a few days to show.

If you notice anything missing, you're welcome to reply to this email.
Otherwise there is nothing further you need to do.

Regards,
Marco
AWS Training and Certification | Account Services

Your feedback helps us improve. Rate this case: https://survey.aws.training/s/{hx('resA', n=12)}?case={CASE_A}

-----Original Message-----
From: {ME_EN} <{ME_P}>
Sent: Monday, May 26, 2025 2:22 AM
To: {TC_NAME} <{TC_FORM}>
Subject: {subj_a}

{rep_a3}
> Quick check before I run it: after the merge, the Kitahama address
> disappears from the account entirely ... OK to drop {ME_C} completely?

-----Original Message-----
From: {TC_NAME}
Sent: Tuesday, May 20, 2025 8:31 AM
Subject: {subj_a}

{conf_a_text}"""
h, res_a_mid = aws_headers(dt, ME_P, subj_a, "resA", irt=rep_a3_mid,
                           refs=[ack_a_mid, conf_a_mid, close_a_mid, rep_a2_mid, chk_a_mid, rep_a3_mid])
add("resolved", False, CASE_A, [CID_CORP, CID_MAIN],
    "Merge done; conditional 'If you notice anything missing… reply', rating link, and two levels of quoted history "
    "including the full Account #1/#2 confirmation request.",
    dt, h, alt(res_a, html_page(t2h(res_a)), "resA"), crlf=True)

dt = D(2025, 5, 26, 4, 31, 2)
cr3 = html_page(f"""<table width="600" align="center"><tr><td>
<p style="font-size:18px"><b>Action required:</b> accept your AWS Certified Developer &ndash; Associate badge</p>
<p>Hi Daisuke,</p>
<p>Amazon Web Services Training and Certification has issued you a badge. Your badge will be waiting for you, but it won't be visible to others until you accept it.</p>
<p><a href="https://www.credly.com/badges/{hx('cr3', n=8)}-{hx('cr3', 2, n=4)}-4a77-8b10-{hx('cr3', 3, n=12)}/accept">Accept badge</a></p>
<p style="color:#888;font-size:11px">Credly, Inc. &middot; <a href="https://www.credly.com/earner/settings/privacy">Manage email preferences</a></p>
</td></tr></table>""")
mid = f"<{hx('cr3m', n=20)}@credly.com>"
add("badge", False, None, [],
    "Credly badge re-issued right after the merge; subject starts 'Action required'.",
    dt,
    inbound(dt, addr("Credly", "admin@credly.com"), ME_P,
            "Action required: accept your AWS Certified Developer - Associate badge", mid,
            "bounces+1833421-0f1e@em.credly.com", "168.245.72.15", "o5.em.credly.com", "credly.com"),
    text(cr3, "html", cte="quoted-printable"))

dt = D(2025, 5, 27, 15, 10, 0)
sv_a = html_page(f"""<p>Hi Daisuke,</p>
<p>You recently worked with AWS Training and Certification on case {CASE_A}. We'd like to hear how it went &mdash; two questions, under a minute.</p>
<p><b>Overall, how satisfied are you with the resolution of your case?</b></p>
<p><a href="https://survey.aws.training/s/{hx('svA', n=12)}?case={CASE_A}&amp;q1=5">Very satisfied</a> &middot;
<a href="https://survey.aws.training/s/{hx('svA', n=12)}?case={CASE_A}&amp;q1=3">Neutral</a> &middot;
<a href="https://survey.aws.training/s/{hx('svA', n=12)}?case={CASE_A}&amp;q1=1">Very dissatisfied</a></p>
<p>Thank you,<br>AWS Customer Experience</p>""")
h, _ = aws_headers(dt, ME_P, f"Quick question about your case {CASE_A}", "svA",
                   frm_name="AWS Customer Experience", frm="aws-cx-survey@amazon.com")
add("survey", False, CASE_A, [],
    "Survey about case A from a different AWS sender; subject 'Quick question about…' sounds like a request.",
    dt, h, text(sv_a, "html", cte="base64"))

dt = D(2025, 6, 2, 1, 15, 31)
dsn_txt = f"""
** Address not found **

Your message wasn't delivered to {ME_C} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {ME_C} not found by SMTP address lookup
"""
dsn_status = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: {format_datetime(D(2025, 6, 2, 10, 15, 22, JST))}

Final-Recipient: rfc822; {ME_C}
Action: failed
Status: 5.1.10
Remote-MTA: dns; kitahamasystems-co-jp.mail.protection.outlook.com. (52.101.228.12, the server for the domain kitahama-systems.co.jp.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Last-Attempt-Date: {format_datetime(D(2025, 6, 2, 10, 15, 30, JST))}
"""
fwd_mid = gmail_mid("fwdA")
dsn_hdrs = f"""From: {ME_EN} <{ME_P}>
Date: {format_datetime(D(2025, 6, 2, 10, 15, 21, JST))}
Message-ID: {fwd_mid}
Subject: Fwd: {subj_a}
To: {ME_C}
"""
dsn = multi("report", [text(dsn_txt, cte="7bit"),
                       raw_part("message/delivery-status", dsn_status.encode()),
                       raw_part("text/rfc822-headers", dsn_hdrs.encode())],
            "000000000000" + hx("dsn", n=16), params=" report-type=delivery-status;")
dsn_h = [("Delivered-To", ME_P),
         ("Received", f"by 2002:a05:7300:1c4a:b0:1bd:4d3:8c11 with SMTP id {hx('dsnr', n=10)}; "
                      f"{format_datetime(dt.astimezone(PDT))}"),
         ("Return-Path", "<>"),
         ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
         ("To", ME_P),
         ("Auto-Submitted", "auto-replied"),
         ("Subject", "Delivery Status Notification (Failure)"),
         ("References", fwd_mid), ("In-Reply-To", fwd_mid),
         ("Date", format_datetime(dt.astimezone(PDT))),
         ("Message-ID", f"<{hx('dsnm', n=12)}.{hx('dsnm2', n=8)}@mx.google.com>")]
add("unrelated", False, None, [],
    "Bounce of the owner's forward of the resolution to his closed company mailbox; the case number appears only "
    "in the returned headers part.",
    dt, dsn_h, dsn)

dt = D(2025, 6, 3, 17, 0, 0)
hy = """Hello Daisuke,

AWS Certification wants to hear from you.

As someone who holds an active AWS Certification, you're invited to take a
10-minute survey about your exam experience and how you use your certification
at work. Your answers shape future exams and benefits.

Take the survey: https://www.certmetrics.com/amazon/survey/?s=cx2025q2

The survey closes on June 30, 2025. Participation is voluntary.

AWS Certification
"""
mid = f"<{hx('cm4', n=24)}@certmetrics.com>"
add("certification", False, None, [],
    "Certification program survey (not about a support case): kind certification, not survey.",
    dt,
    inbound(dt, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
            "AWS Certification wants to hear from you", mid,
            "bounces+2201938@em4012.certmetrics.com", "167.89.21.55", "o8.ptr4012.certmetrics.com",
            "certmetrics.com"),
    text(hy, cte="quoted-printable"))

# ---- case C: console case
subj_c_new = f"Amazon Web Services: New Support case: {CASE_C}"
subj_c = f"RE:[CASE {CASE_C}] 50% exam discount missing after certification account merge"
console_link = f"https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en"
dt = D(2025, 6, 4, 5, 3, 20)
ack_c = f"""Dear Amazon Web Services customer,

We have received your request and created case {CASE_C}. Our support staff
will respond as soon as possible.

Case ID: {CASE_C}
Subject: 50% exam discount missing after certification account merge
Severity: General guidance
Correspondence: My certification accounts were merged on May 26 (case
{CASE_A}). Before the merge, the old account {CID_CORP} had an unused 50%
exam discount. It is not on the Benefits page of {CID_MAIN} now. Could you
check where it went?

To view or add to this case, visit the AWS Support Center:
{console_link}

Please do not reply to this e-mail. This address is not monitored and cannot
receive incoming messages.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
h, ack_c_mid = aws_headers(dt, ME_P, subj_c_new, "ackC", frm_name="Amazon Web Services", frm=CONSOLE)
add("acknowledgement", False, CASE_C, [CID_CORP, CID_MAIN],
    "Console case ack ('New Support case'); the echo names case A in a 'case N' context - the message belongs to C; "
    "the owner's own question in the echo.",
    dt, h, text(ack_c, cte="7bit"), crlf=True)

dt = D(2025, 6, 5, 0, 44, 9)
req_c = f"""Hello,

Thank you for contacting AWS Support. My name is Tomasz and I'll be assisting
you with this case.

I checked the merge record from case {CASE_A} and can see that both accounts
were combined on May 26. Benefits are carried over by a separate process, and
in some situations a voucher that had already been assigned to an exam
registration - even one that was later cancelled - does not move with the rest
of the account.

To find out which situation applies, we need you to sign in to AWS
Certification with {ME_P}, open Benefits, and tell us whether
the 50% discount appears there as Used, as Expired, or not at all. A
screenshot of the page would be ideal. Also, do you remember whether you had
started scheduling an exam with the discount before the merge?

We look forward to your response.

Best regards,

Tomasz W.
Amazon Web Services

===================================================

To see all the correspondence for this case or to respond, please use the link below:
{console_link}

Note: this e-mail was sent from an address that does not accept replies.
Messages sent to it will not reach us; please respond through the Support Center.

===================================================
"""
h, req_c_mid = aws_headers(dt, ME_P, subj_c, "reqC", frm_name="Amazon Web Services", frm=CONSOLE,
                           irt=ack_c_mid, refs=[ack_c_mid])
add("info_request", True, CASE_C, [],
    "Console case: 'we need you to … tell us' plus a question; the answer must go through the Support Center, "
    "not e-mail. Mentions case A in the body.",
    dt, h, alt(req_c, html_page(t2h(req_c)), "reqC"), crlf=True)

dt = D(2025, 6, 5, 21, 8, 14, JST)
rep_c = """Hi Tomasz,

The 50% discount is not listed at all on the Benefits page - screenshot
attached. I had not scheduled any exam with it before the merge.

Daisuke
"""
body = rep_c + "\n" + en_attr(D(2025, 6, 5, 0, 44, 9), "Amazon Web Services", CONSOLE) + "\n" + gq(req_c)
png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
rep_c_mid = gmail_mid("repC")
add("user_reply", False, CASE_C, [],
    "Owner answers the console case by e-mail to the no-reply address (it will not arrive); multipart/mixed with a PNG.",
    dt,
    sent(dt, addr(ME_EN, ME_P), addr("Amazon Web Services", CONSOLE), "Re: " + subj_c, rep_c_mid,
         irt=req_c_mid, refs=[ack_c_mid, req_c_mid]),
    multi("mixed", [text(body, cte="quoted-printable"), binary("image/png", png, "benefits.png")],
          "000000000000" + hx("repCm", n=16)))

dt = D(2025, 6, 6, 2, 10, 51)
edu = f"""Hello Daisuke,

Thank you for your interest in running an AWS Educate study group at
Shinagawa Institute of Technology.

Educator accounts are reserved for faculty and staff of accredited
institutions. To verify your status, could you reply with the name of your
institution and a link to a page that lists you as faculty, staff or a visiting
lecturer? Once we have that, we can enable the educator features on your
account.

Best regards,
Kofi
AWS Educate Support
"""
h, _ = aws_headers(dt, ME_P, f"RE:[CASE {CASE_EDU}] [AWS Educate Form Submission] - educator-account", "edu",
                   frm_name="AWS Educate", frm="aws-cs-educate-form@amazon.com")
add("unrelated", False, None, [],
    "Same AWS form-case format but from the AWS Educate program: a real question, but not a Training and "
    "Certification case.",
    dt, h, text(edu, cte="quoted-printable"))

dt = D(2025, 6, 9, 1, 2, 37)
close_c = f"""Hello,

We haven't heard back from you regarding case {CASE_C}.

If we don't receive a response, this case will be resolved automatically in
3 days. To keep it open, reply through the Support Center using the link below.
A resolved case can be reopened from the Support Center for up to 14 days.

Best regards,
Amazon Web Services

===================================================

To see all the correspondence for this case or to respond, please use the link below:
{console_link}

Note: this e-mail was sent from an address that does not accept replies.

===================================================
"""
h, close_c_mid = aws_headers(dt, ME_P, subj_c, "closeC", frm_name="Amazon Web Services", frm=CONSOLE,
                             irt=req_c_mid, refs=[ack_c_mid, req_c_mid])
add("closing_notice", True, CASE_C, [],
    "Console auto-resolve warning (the owner's e-mail reply never arrived); must answer in the Support Center.",
    dt, h, text(close_c, cte="7bit"))

dt = D(2025, 6, 9, 12, 30, 5, JST)
memo = f"""no-reply-aws 宛にメールで返信しても届かない。
今日中にサポートセンターでケース {CASE_C} を開いて、Benefits のスクショと回答を貼り直すこと。

{console_link}

(自分宛メモ)
"""
memo_mid = gmail_mid("memo")
add("user_reply", False, CASE_C, [],
    "Owner's note to self in Japanese (UTF-8 base64); case identified by displayId= in a URL and 'ケース N'.",
    dt,
    sent(dt, addr(ME_JA, ME_P), ME_P, "メモ: AWSサポートへの返信はメールではなくサポートセンターから", memo_mid),
    text(memo, cte="base64"))

dt = D(2025, 6, 10, 6, 18, 40)
upd_c = f"""Hello Daisuke,

Thank you for the screenshot and for confirming the discount had not been
used. I've sent the details to the AWS Certification benefits team, who are
able to reissue discounts. Their turnaround is usually 3 to 5 business days.

Nothing more is needed from you at this point; I'll update this case as soon
as I hear back.

Best regards,

Tomasz W.
Amazon Web Services

===================================================

To see all the correspondence for this case or to respond, please use the link below:
{console_link}

Note: this e-mail was sent from an address that does not accept replies.

===================================================
"""
h, upd_c_mid = aws_headers(dt, ME_P, subj_c, "updC", frm_name="Amazon Web Services", frm=CONSOLE,
                           irt=close_c_mid, refs=[ack_c_mid, req_c_mid, close_c_mid])
add("case_update", False, CASE_C, [],
    "Escalated to another team, 'Nothing more is needed from you'; same console footer as the request.",
    dt, h, alt(upd_c, html_page(t2h(upd_c)), "updC"), crlf=True)

dt = D(2025, 6, 13, 9, 45, 12)
ph3 = html_page("""<table width="560" align="center" style="font-family:Helvetica,Arial"><tr><td>
<p><img src="https://credly-badgecenter.com/img/credly.png" width="90" alt="Credly"></p>
<p>Hello,</p>
<p>We were unable to verify the email address linked to your <b>Amazon Web Services Training and Certification</b> badges after a recent account change.</p>
<p>To keep your badges visible, confirm your Credly login within <b>48 hours</b>. Unverified badges will be revoked.</p>
<p><a href="https://credly-badgecenter.com/login?next=/verify" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Confirm my badges</a></p>
<p style="font-size:11px;color:#999">Credly by Pearson</p>
</td></tr></table>""")
mid = f"<{hx('ph3', n=26)}@credly-badgecenter.com>"
ph3_h = [("Delivered-To", ME_P),
         recv_gmail(dt, "smtp.credly-badgecenter.com", "91.215.85.140", ME_P),
         ("Authentication-Results", "mx.google.com; spf=pass (google.com: domain of notifications@credly-badgecenter.com "
                                    "designates 91.215.85.140 as permitted sender) smtp.mailfrom=notifications@credly-badgecenter.com; "
                                    "dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=credly-badgecenter.com"),
         ("Return-Path", "<notifications@credly-badgecenter.com>"),
         ("From", addr("Credly", "notifications@credly-badgecenter.com")),
         ("To", ME_P),
         ("Subject", "Your AWS badges will be revoked - action required"),
         ("Date", format_datetime(dt)), ("Message-ID", mid)]
add("suspicious", False, None, [],
    "Credly lookalike domain, credential harvesting, timed to look like a follow-up of the merge.",
    dt, ph3_h, text(ph3, "html", cte="base64"))

dt = D(2025, 6, 16, 3, 0, 2)
res_c = f"""Hello Daisuke,

Good news: the benefits team has reissued the 50% exam discount to your
certification account. It now appears on the Benefits page of your AWS
Certification Account and is valid until June 16, 2026.

I'm marking this case as resolved. If the discount doesn't work when you
schedule your exam, you can reopen this case from the Support Center within
14 days.

Best regards,

Tomasz W.
Amazon Web Services

Was this response helpful? Click here to rate it:
https://console.aws.amazon.com/support/feedback?eventId={hx('fbC', n=20)}&displayId={CASE_C}&language=en

===================================================

To see all the correspondence for this case or to respond, please use the link below:
{console_link}

Note: this e-mail was sent from an address that does not accept replies.

===================================================
"""
h, _ = aws_headers(dt, ME_P, subj_c, "resC", frm_name="Amazon Web Services", frm=CONSOLE,
                   irt=upd_c_mid, refs=[ack_c_mid, req_c_mid, close_c_mid, upd_c_mid])
add("resolved", False, CASE_C, [],
    "Console resolution with a rating link and a 'reopen within 14 days if…' conditional.",
    dt, h, text(res_c, cte="quoted-printable"), crlf=True)

dt = D(2025, 6, 16, 11, 40, 0)
bn = """Hello Daisuke,

A new benefit is available in your AWS Certification Account:

  50% discount on your next AWS Certification exam
  Valid until: June 16, 2026

Sign in to your AWS Certification Account and open Benefits to view the
discount code, then apply it when you schedule your exam.

AWS Certification
"""
mid = f"<{hx('cm5', n=24)}@certmetrics.com>"
add("certification", False, None, [],
    "Benefit notice that is the visible effect of case C but comes from the certification system, not the case.",
    dt,
    inbound(dt, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
            "A new benefit is available in your AWS Certification Account", mid,
            "bounces+2201938@em4012.certmetrics.com", "167.89.21.54", "o7.ptr4012.certmetrics.com",
            "certmetrics.com"),
    text(bn, cte="7bit"))

# ---- case F: missing 2019 exam record (reopened)
subj_f = f"RE:[CASE {CASE_F}] {SUBJ_FORM}"
dt = D(2025, 6, 20, 3, 55, 48)
ack_f = f"""森山 大輔 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
ケース {CASE_F} としてお問い合わせを承りました。

原則として 1 営業日以内に担当者よりご連絡いたします。
追加の情報がある場合は、件名を変更せずにこのメールへ返信してください。
重複したケースを作成しないでください。

お問い合わせ内容:
統合後のアカウント {CID_MAIN} の試験履歴に、2019 年 8 月に受験した
AWS Certified Cloud Practitioner が表示されません。確認をお願いします。

AWS トレーニングと認定
"""
h, ack_f_mid = aws_headers(dt, ME_P, subj_f, "ackF")
add("acknowledgement", False, CASE_F, [CID_MAIN],
    "Japanese ack with imperative ください sentences ('返信してください', '作成しないでください') that are "
    "instructions, not requests awaiting an answer.",
    dt, h, alt(ack_f, html_page(t2h(ack_f), "ja"), "ackF", cte="base64"))

dt = D(2025, 6, 23, 7, 12, 30)
req_f = f"""Hi Daisuke,

Thanks for writing in, and sorry to hear part of your history didn't make the
move.

Some background that may help: exam results are attached to the account that
was used to register for the exam. When two accounts are merged, results follow
automatically only if they were already linked to one of the merged accounts.
Results from before 2020 were sometimes stored against the test vendor's
profile only, and need to be matched by hand. That looks like what has
happened here - I can see the Cloud Practitioner certification on your old
account ({CID_CORP}) in our archive, but the exam record itself isn't
attached to it.

For the manual match, our records team works from the test vendor's data.
What they need is the Pearson VUE registration number for that appointment
(a 9-digit number in your booking confirmation), or failing that the exam
date, the test center, and the email address you registered with at the time.

Once that's in, I'll pass it along.

Cheers,
Jess
AWS Training and Certification
"""
h, req_f_mid = aws_headers(dt, ME_P, subj_f, "reqF", irt=ack_f_mid, refs=[ack_f_mid])
add("info_request", True, CASE_F, [CID_CORP],
    "Request buried at the end of a long explanation, no question mark and no 'please': 'What they need is … "
    "Once that's in, I'll pass it along.'",
    dt, h, text(req_f, cte="quoted-printable"))

dt = D(2025, 6, 24, 22, 0, 0)
nl = """CLOUD WEEKLY - Issue #212

This week:
* Aurora adds zero-downtime major version upgrades
* Post-mortem: how a "case closed" automation closed 4,000 open tickets
* Merging AWS Certification accounts when you change jobs - a reader's guide
* Terraform 1.12: what changed in `moved` blocks

Reply to this email to send us tips; we read everything.

You're receiving this because you subscribed at cloudweekly.dev.
Unsubscribe: https://cloudweekly.dev/u/8f21c
"""
mid = f"<{hx('nl', n=20)}@mail.cloudweekly.dev>"
add("unrelated", False, None, [],
    "Newsletter mentioning 'case closed' and merging AWS Certification accounts; 'Reply to this email' for tips.",
    dt,
    inbound(dt, addr("Cloud Weekly", "newsletter@cloudweekly.dev"), ME_P,
            "Cloud Weekly #212: zero-downtime Aurora upgrades, merging cert accounts", mid,
            "bounce-212@mail.cloudweekly.dev", "198.2.180.61", "mail180-61.suw21.mandrillapp.com",
            "cloudweekly.dev", extra=[("List-Unsubscribe", "<https://cloudweekly.dev/u/8f21c>")]),
    text(nl, cte="7bit"))

dt = D(2025, 7, 1, 7, 30, 0)
close_f = f"""Hello,

Case {CASE_F} has been closed because we did not receive the information we
requested on June 23, 2025.

If you still need help with this request, reply to this email and the case
will reopen automatically. Please don't open a new case.

Regards,
AWS Training and Certification Customer Service
"""
h, close_f_mid = aws_headers(dt, ME_P, subj_f, "closeF", irt=req_f_mid, refs=[ack_f_mid, req_f_mid])
add("closing_notice", True, CASE_F, [],
    "Already closed for no answer; a reply reopens it (past-tense closing notice).",
    dt, h, text(close_f, cte="7bit"), crlf=True)

dt = D(2025, 7, 1, 20, 4, 51, JST)
rep_f = f"""Hello Jess,

Sorry, I missed your message in June. Here are the details:

- Pearson VUE registration number: 375920418
- Exam: AWS Certified Cloud Practitioner (CLF-C01), August 9, 2019
- Test center: Pearson Professional Centers Tokyo Shinjuku
- Email at the time: {ME_C} (old company account {CID_CORP})

Daisuke
"""
body = rep_f + "\n" + en_attr(D(2025, 7, 1, 7, 30, 0), TC_NAME, TC_FORM) + "\n" + gq(close_f)
rep_f_mid = gmail_mid("repF")
add("user_reply", False, CASE_F, [CID_CORP],
    "Owner's reply with a changed subject (no [CASE] token); belongs to F only through In-Reply-To/References "
    "and the quoted closing notice.",
    dt,
    sent(dt, addr(ME_EN, ME_P), addr(TC_NAME, TC_FORM), "Re: missing exam record (Cloud Practitioner 2019)",
         rep_f_mid, irt=close_f_mid, refs=[ack_f_mid, req_f_mid, close_f_mid]),
    text(body, cte="quoted-printable"))

dt = D(2025, 7, 2, 3, 48, 19)
upd_f = """Hello Daisuke,

Your case has been reopened. Thank you for the registration number - I've
passed it, together with the other details, to our records team, who will
attach the 2019 result to your account. This usually takes up to five business
days, and you don't need to do anything in the meantime.

Regards,
Rafael
AWS Training and Certification
"""
h, upd_f_mid = aws_headers(dt, ME_P, subj_f, "updF", irt=rep_f_mid, refs=[ack_f_mid, req_f_mid, close_f_mid, rep_f_mid])
add("case_update", False, CASE_F, [],
    "Reopened and handed to another team; nothing asked.",
    dt, h, text(upd_f, cte="7bit"))

dt = D(2025, 7, 8, 2, 26, 0)
res_f = html_page(f"""<p>森山 大輔 様</p>
<p>AWS トレーニングと認定の山口です。<br>
お問い合わせの件につきまして、記録チームでの確認が完了いたしました。</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><td>ケース ID</td><td>{CASE_F}</td></tr>
<tr><td>対象アカウント</td><td>{CID_MAIN}</td></tr>
<tr><td>追加した記録</td><td>AWS Certified Cloud Practitioner (2019年8月9日受験・合格)</td></tr>
</table>
<p>上記の受験結果を受験履歴に追加いたしました。認定アカウントの「試験履歴」から、すでにご確認いただけます。<br>
なお、Cloud Practitioner の認定は有効期限が過ぎているため、デジタルバッジは発行されません。</p>
<p>本件はこれにて完了とさせていただきます。今後ご不明な点がございましたら、お気軽にお問い合わせください。</p>
<p>山口<br>AWS トレーニングと認定</p>""", lang="ja")
h, _ = aws_headers(dt, ME_P, "AWS トレーニングと認定へのお問い合わせについて", "resF", irt=upd_f_mid,
                   refs=[ack_f_mid, req_f_mid, close_f_mid, rep_f_mid, upd_f_mid])
add("resolved", False, CASE_F, [CID_MAIN],
    "Japanese HTML-only resolution; subject has no case token, the case ID sits in a table cell; "
    "'お気軽にお問い合わせください' is a courtesy.",
    dt, h, text(res_f, "html", cte="base64"), crlf=True)

dt = D(2025, 7, 8, 9, 55, 33)
tanaka_fwd = f"""森山さん

ご無沙汰してます、田中です。森山さんも前に認定アカウントの統合やってましたよね?
AWS からこんなメールが来たんですが、このまま "Confirmed" って返せば大丈夫ですかね...
Account #1 が個人のほうです。
お時間あるときに教えてください!

田中

-----Original Message-----
From: AWS Training and Certification <{TC_FORM}>
Sent: Monday, July 7, 2025 6:14 PM
To: 田中 翔 <tanaka.sho@kitahama-systems.co.jp>
Subject: RE:[CASE {CASE_TANAKA}] {SUBJ_FORM}

Hello Sho,

Please review the two accounts below and let us know whether we should merge
them into Account #1.

Account #1
Candidate ID: AWS07755120
Login email: sho.tanaka.aws@gmail.com
Certification notification email: sho.tanaka.aws@gmail.com

Account #2
Candidate ID: AWS04410982
Login email: tanaka.sho@kitahama-systems.co.jp
Certification notification email: tanaka.sho@kitahama-systems.co.jp

Thanks,
Lena
AWS Training and Certification
"""
mid = outlook_mid("tanaka")
add("unrelated", False, None, [],
    "A former colleague forwards his OWN confirmation request (real T&C format, Account #1/#2, candidate IDs) "
    "and asks the owner for advice; not the owner's case.",
    dt,
    inbound(dt, addr("田中 翔", "tanaka.sho@kitahama-systems.co.jp"), addr(ME_JA, ME_P),
            f"FW: RE:[CASE {CASE_TANAKA}] {SUBJ_FORM}", mid,
            "tanaka.sho@kitahama-systems.co.jp", "52.101.229.80", "mail-os0jpn01on2080.outbound.protection.outlook.com",
            "kitahama-systems.co.jp",
            extra=[("Content-Language", "ja-JP"), ("Thread-Topic", f"RE:[CASE {CASE_TANAKA}] {SUBJ_FORM}"),
                   ("X-Mailer", "Microsoft Outlook 16.0")]),
    text(tanaka_fwd, cte="quoted-printable"))

dt = D(2025, 7, 10, 0, 30, 0)
sv_f = f"""森山 様

先日はお問い合わせいただき、ありがとうございました。
ケース {CASE_F} の対応について、ご意見をお聞かせいただけますと幸いです。

▼ アンケートに回答する (約 1 分)
https://survey.aws.training/ja/s/{hx('svF', n=12)}?case={CASE_F}

本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできませんので、
あらかじめご了承ください。

AWS トレーニングと認定
"""
h, _ = aws_headers(dt, ME_P, f"【AWS トレーニングと認定】お問い合わせ対応に関するアンケート (ケース {CASE_F})", "svF",
                   frm_name="AWS トレーニングと認定", frm="aws-cs-survey@amazon.com")
add("survey", False, CASE_F, [],
    "Japanese survey with keigo '〜いただけますと幸いです' (sounds like a request).",
    dt, h, text(sv_f, cs="iso-2022-jp", cte="7bit", label="ISO-2022-JP"))

dt = D(2025, 7, 14, 5, 12, 48)
gh2 = """Merged #3 into main.

Merge accounts section into notes/aws-cert.md (#3)

--
Reply to this email directly, view it on GitHub:
https://github.com/moriyama-d/cert-notes/pull/3#event-18622091734
You are receiving this because you authored the thread.
"""
mid = "<moriyama-d/cert-notes/pull/3/issue_event/18622091734@github.com>"
add("unrelated", False, None, [],
    "GitHub merge notification on the owner's personal repo about notes on merging cert accounts.",
    dt,
    inbound(dt, addr("mori-bot", "notifications@github.com"), "moriyama-d/cert-notes <cert-notes@noreply.github.com>",
            "Re: [moriyama-d/cert-notes] Add notes on merging AWS Certification accounts (PR #3)", mid,
            "noreply@github.com", "192.30.252.206", "out-23.smtp.github.com", "github.com",
            irt="<moriyama-d/cert-notes/pull/3@github.com>", refs=["<moriyama-d/cert-notes/pull/3@github.com>"],
            extra=[("Cc", f"{ME_P}, Author <author@noreply.github.com>"),
                   ("List-ID", "moriyama-d/cert-notes <cert-notes.moriyama-d.github.com>"),
                   ("X-GitHub-Reason", "author")]),
    text(gh2, cte="7bit"))


# ==========================================================================
README_HEAD = f"""me: {ME_P} {ME_C}

# Blind corpus blind-301

A mailbox of Daisuke Moriyama (personal Gmail and, until 2025-05-30, a company Exchange
mailbox) from 2021 to mid-2025: six AWS Training and Certification support cases and the
unrelated mail around them, in arrival order. Generated by `python3 gen.py` (standard library
only; writes next to the script). Written blind: only PROMPT.md, DOMAIN.md, BLIND-CORPUS.md and
the seeds were read.

## Candidate IDs
- `{CID_MAIN}` personal certification account (the one kept throughout)
- `{CID_DUP}` accidental second account on the same Gmail address (merged in case E)
- `{CID_CORP}` company account, linked to the employer's APN profile (merged in case A)
- `AWS07755120`, `AWS04410982` belong to a colleague and appear only in forwarded text

## Cases
| id | case number | digits | channel | topic | outcome |
|---|---|---|---|---|---|
| D | {CASE_D} | 10 | T&C form | surname misspelt on certificate (2021) | ack → resolved → survey |
| E | {CASE_E} | 11 | T&C form, agent writes Japanese | two certification accounts on one address, Credly badge missing (2023) | ack → info request (candidate ID) → reply → confirmation → reply → resolved after 8 days → survey |
| B | {CASE_B} | 15 | T&C form, to the company address | merge request filed from the old address | ack → "write from the address you keep" → owner forwards it to himself → closed as duplicate of A |
| A | {CASE_A} | 15 | T&C form, personal address | merge company account into personal (APN partner) | ack → APN hold with a buried question → reply → auto-ack → hold (no ask) → hold lifted → Account #1/#2 confirmation → closing warning → reply → double-check → reply → merged → survey |
| C | {CASE_C} | 15 | Support Center (console, no-reply) | 50% exam discount lost in the merge | ack → request (answer in console) → owner wrongly e-mails no-reply → auto-resolve warning → escalated → resolved |
| F | {CASE_F} | 15 | T&C form | 2019 exam missing from history after merge | Japanese ack → buried request → closed for no answer → reply (subject changed) → reopened → resolved (Japanese, no case token in subject) → survey |

Numbers that look like cases but are not the owner's cases: `{CASE_EDU}` (AWS Educate form case),
`{CASE_TANAKA}` (a colleague's case, forwarded), `{FAKE_1}` and `{FAKE_2}` (phishing/spoof),
`00482913` (another vendor), 12-digit AWS account ID, 9-digit Pearson VUE registration numbers,
a 6-digit one-time code, Credly badge UUIDs.

## Labelling decisions (judgement calls)
- **`case` is set only for the owner's own AWS Training and Certification cases** (including the
  console case C, which is about a certification benefit). Phishing and the DMARC-failing spoof
  carry invented case numbers in the subject/body and are labelled `case: null`: they belong to no
  case. The AWS Educate form case, the colleague's forwarded case and other vendors' cases are
  `unrelated` with `case: null`.
- **Owner-written mail about a case carries that case**, even without a subject token: the note to
  self (case C, found via `displayId=`), the mail to his manager (mentions `ケース番号`), and the
  reply whose subject he rewrote (case F, threaded by In-Reply-To/References).
- **The manager's out-of-office reply and the Gmail bounce are `unrelated` with `case: null`**, although
  they are threaded under case mail (the bounce's returned headers show `Fwd: RE:[CASE {CASE_A}] …`):
  they are not correspondence on the case and nobody at AWS waits on them.
- **The APN hold (case A, 2025-05-13) is `on_hold` with `needs_reply: true`**: the case is paused
  because the partner must act, but the agent also asks whether the departure is confirmed and for
  the last working day. The second hold mail (2025-05-15) says "You don't need to follow up" → false.
- **The agent's double-check before merging (2025-05-26, "OK to drop the company address
  completely?") is `confirmation_request`**: it is the go-ahead for the merge, not new information.
- **Closing notices are `needs_reply: true` whether the case "will be" closed (A, console C) or
  "has been" closed and a reply reopens it (F).**
- **Case B's duplicate closure is `case_update`, not `closing_notice`**: it is closed because another
  case carries the request, not because the owner failed to answer; it says no action is required.
  Case B's earlier request ("reply from the address you keep") stays labelled `info_request` / true at
  the time it arrived.
- **The console-case request is `info_request` / true** even though it cannot be answered by
  e-mail: the owner must answer (in the Support Center).
- **The certmetrics "AWS Certification wants to hear from you" mail is `certification`, not
  `survey`**: it is a program survey, not feedback about a support case. Support-case surveys
  (D, E, A, F) are `survey`.
- **The benefit notice after case C and the Credly mails after merges are `certification` / `badge`**, not
  part of the case, and carry no case number.
- **Acknowledgements that echo the submitted form** ("Here is what you sent us", "Summary of
  your submission", console "Correspondence:") count the echo as the message's own text, so candidate IDs
  in the echo are listed. The owner's own questions inside an echo ("Could you correct it?") do not
  make the ack a request.
- **Forwarded text is treated like quoted history**: candidate IDs in the colleague's forwarded AWS
  mail and in quoted parts are not listed; `candidate_ids` lists each ID once, in order of first
  appearance in the new text.
- The Credly phishing passes SPF but fails DMARC for its own lookalike domain; the first phishing
  passes everything for its lookalike domain - the domain itself is what makes it `suspicious`.

## Messages
| # | kind | reply? | case | what it is and what makes it hard |
|---|---|---|---|---|
"""


def main():
    for a, b in zip(MSGS, MSGS[1:]):
        assert a["dt"] <= b["dt"], (a["note"], b["note"])
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        n = f"{i:03d}"
        with open(os.path.join(OUT, f"{n}-msg.eml"), "wb") as fh:
            fh.write(m["data"])
        with open(os.path.join(OUT, f"{n}-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        lab = m["label"]
        rows.append(f"| {n} | {lab['kind']} | {'yes' if lab['needs_reply'] else 'no'} | "
                    f"{lab['case'] or '-'} | {m['dt'].astimezone(JST):%Y-%m-%d}: {m['note']} |")
    c = Counter(m["label"]["kind"] for m in MSGS)
    nr = sum(1 for m in MSGS if m["label"]["needs_reply"])
    summary = "\n## Counts\n" + "\n".join(f"- {k}: {v}" for k, v in sorted(c.items())) + \
        f"\n- total: {len(MSGS)}, needs_reply: {nr}\n"
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n" + summary)
    for k, v in sorted(c.items()):
        print(f"{k:22s} {v}")
    print(f"{'total':22s} {len(MSGS)}  (needs_reply: {nr})")


if __name__ == "__main__":
    main()
