#!/usr/bin/env python3
"""Blind held-out corpus generator (blind-7).

Mailbox owner: Kaito Morishita (森下 海斗)
  personal: kaito.morishita.dev@gmail.com   (Gmail; mx.google.com adds Authentication-Results)
  company : k-morishita@nagisa-sys.co.jp    (Microsoft 365; Exchange Online adds Authentication-Results)

Writes NNN-slug.eml and NNN-slug.json into the directory this script lives in.
Standard library only.
"""
import base64
import datetime as _dt
import email.utils
import hashlib
import json
import os
import quopri

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "kaito.morishita.dev@gmail.com"
ME_C = "k-morishita@nagisa-sys.co.jp"
ME_NAME = "Kaito Morishita"
ME_P_FULL = f"{ME_NAME} <{ME_P}>"
ME_C_FULL = f"Morishita Kaito / 森下 海斗 <{ME_C}>"  # non-ascii, encoded by hdr()

TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FULL = f"AWS Training and Certification <{TC}>"
CONSOLE = "no-reply-aws@amazon.com"
CONSOLE_FULL = f"Amazon Web Services <{CONSOLE}>"

# case numbers
CASE_F = "8134470921"        # 2021, 10 digits (voucher missing)
CASE_E = "13840277151"       # 2023, 11 digits (duplicate cert account, Japanese thread)
CASE_K = "14471930261"       # 2024, 11 digits (exam appointment missing)
CASE_A = "174701180104127"   # 2025, 15 digits (main merge company -> personal)
CASE_B = "174701224800583"   # 2025, 15 digits (duplicate form submission)
CASE_C = "175005246902216"   # 2025, 15 digits (console / Support Center case)
CASE_J = "175085391300764"   # 2025, 15 digits (name on certificate)

CID_OLD = "AWS03917482"      # company certification account
CID_SSO = "AWS07265018"      # APN SSO duplicate (merged 2023)
CID_NEW = "AWS11820593"      # personal certification account

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc
PDT = _dt.timezone(_dt.timedelta(hours=-7))

MSGIDS = {}      # key -> Message-ID
_counter = [0]
_written = []


# ---------------------------------------------------------------- helpers

def dt(s, tz=UTC):
    """'2025-05-12 01:03' -> aware datetime in tz."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return _dt.datetime.strptime(s, fmt).replace(tzinfo=tz)


def rfcdate(d):
    return email.utils.format_datetime(d)


def _h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def mid_ses(key):
    h = hashlib.sha1(key.encode()).hexdigest()
    return f"<0100{h[:12]}-{h[12:20]}-{h[20:24]}-{h[24:28]}-{h[28:40]}-000000@email.amazonses.com>"


def mid_gmail(key):
    h = base64.b64encode(hashlib.sha1(key.encode()).digest()).decode().rstrip("=")
    h = h.replace("/", "_").replace("+", "-")
    return f"<CAJ{h}8Kq@mail.gmail.com>"


def mid_outlook(key):
    h = hashlib.sha1(key.encode()).hexdigest().upper()
    return f"<TYCPR01MB{h[:4]}{h[4:16]}{h[16:20]}@TYCPR01MB{h[:4]}.jpnprd01.prod.outlook.com>"


def mid_generic(key, domain):
    return f"<{_h(key, 24)}.{_h(key + 'x', 8)}@{domain}>"


def ew(s, cs="utf-8", maxlen=40):
    """RFC 2047 B-encode a string as one or more encoded-words (chunked by characters)."""
    words = []
    cur = ""
    for ch in s:
        if len((cur + ch).encode(cs)) > maxlen:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    label = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS"}[cs]
    for w in words:
        out.append(f"=?{label}?B?{base64.b64encode(w.encode(cs)).decode()}?=")
    return "\n ".join(out)


def hdr(value, cs="utf-8"):
    """Encode a header value if it has non-ascii characters.
    Handles 'Display Name <addr>' by encoding only the display name."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    if value.endswith(">") and "<" in value:
        name, addr = value.rsplit("<", 1)
        return ew(name.strip(), cs) + " <" + addr
    return ew(value, cs)


def gmail_auth(from_dom, dkim_d=None, spf=True, dkim=True, dmarc=True, mailfrom=None, ip="54.240.48.97"):
    dkim_d = dkim_d or from_dom
    mailfrom = mailfrom or f"bounce@{dkim_d}"
    s = "mx.google.com;\n"
    s += f"       dkim={'pass' if dkim else 'fail'} header.i=@{dkim_d} header.s=s{_h(from_dom, 6)} header.b={_h(from_dom + 'b', 8)};\n"
    mdom = mailfrom.split("@")[1]
    if spf:
        s += f"       spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};\n"
    else:
        s += f"       spf=fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom};\n"
    if dmarc:
        s += f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={from_dom}"
    else:
        s += f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={from_dom}"
    return s


def m365_auth(from_dom, dkim_d=None, spf=True, dkim=True, dmarc=True, mailfrom=None, ip="54.240.27.18"):
    dkim_d = dkim_d or from_dom
    mailfrom = mailfrom or f"amazonses.com"
    mdom = mailfrom.split("@")[-1]
    s = (f"spf={'pass' if spf else 'fail'} (sender IP is {ip})\n"
         f" smtp.mailfrom={mdom}; dkim={'pass' if dkim else 'fail'} "
         f"({'signature was verified' if dkim else 'body hash did not verify'})\n"
         f" header.d={dkim_d};dmarc={'pass action=none' if dmarc else 'fail action=quarantine'}\n"
         f" header.from={from_dom};compauth={'pass reason=100' if dmarc else 'fail reason=000'}")
    return s


def received(by, frm, d):
    return f"from {frm} by {by} with ESMTPS id {_h(frm + str(d), 10)};\n        {rfcdate(d)}"


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str (ascii-safe, already transfer-encoded)


def text(body, ctype="text/plain", cs="utf-8", cte="8bit", flowed=False):
    """Leaf part. body is a python str; encoded per cs + cte."""
    raw = body.encode(cs)
    if cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        enc = raw.decode(cs) if cs == "utf-8" else raw.decode("latin-1")
        if cte == "7bit":
            raw.decode("ascii")  # must be 7bit
    else:
        raise ValueError(cte)
    label = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS",
             "us-ascii": "us-ascii"}.get(cs, cs)
    ct = f'{ctype}; charset="{label}"'
    if flowed:
        ct += "; format=flowed"
    p = Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], enc)
    p.cs = cs
    p.cte = cte
    return p


def emit(slug, *, frm, to, subject, date, part, kind, needs_reply=False, case=None, cands=(),
         key=None, msgid=None, reply_to_key=None, refs_keys=(), cc=None, auth=None, extra=(),
         subj_cs="utf-8", crlf=False, received_by=None, reply_to=None, note=""):
    """Write one message + label.  key: name to remember its Message-ID under."""
    _counter[0] += 1
    n = _counter[0]
    name = f"{n:03d}-{slug}"
    if msgid is None:
        msgid = mid_generic(name, "mail.example.invalid")
    if key:
        MSGIDS[key] = msgid
    headers = []
    if received_by:
        headers.append(("Received", received_by))
    if auth:
        headers.append(("Authentication-Results", auth))
    for h in extra:
        if h[0].lower().startswith("x-") or h[0] in ("Return-Path", "DKIM-Signature", "ARC-Authentication-Results"):
            headers.append(h)
    headers += [
        ("From", hdr(frm, subj_cs)),
        ("To", hdr(to, subj_cs)),
    ]
    if cc:
        headers.append(("Cc", hdr(cc, subj_cs)))
    if reply_to:
        headers.append(("Reply-To", reply_to))
    headers += [
        ("Subject", hdr(subject, subj_cs)),
        ("Date", rfcdate(date)),
        ("Message-ID", msgid),
    ]
    if reply_to_key:
        headers.append(("In-Reply-To", MSGIDS[reply_to_key]))
        refs = [MSGIDS[k] for k in refs_keys] + [MSGIDS[reply_to_key]]
        seen = []
        for r in refs:
            if r not in seen:
                seen.append(r)
        headers.append(("References", "\n ".join(seen)))
    for h in extra:
        if not (h[0].lower().startswith("x-") or h[0] in ("Return-Path", "DKIM-Signature", "ARC-Authentication-Results")):
            headers.append(h)
    raw = _assemble(headers, part, crlf)
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(raw)
    label = {"kind": kind, "needs_reply": bool(needs_reply),
             "case": case, "candidate_ids": list(cands)}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False)
        f.write("\n")
    _written.append((name, kind, needs_reply, case, note))
    return name


def _assemble(headers, part, crlf):
    """Assemble bytes: headers are ascii; leaf bodies may be 8bit in utf-8/shift_jis."""
    nl = b"\r\n" if crlf else b"\n"
    out = []
    for n, v in headers + [("MIME-Version", "1.0")] + part.headers:
        if v is None:
            continue
        line = f"{n}: {v}"
        out.append(line.encode("ascii"))
    head = nl.join(x.replace(b"\r\n", b"\n").replace(b"\n", nl) for x in out)
    body = _body_bytes(part)
    body = body.replace(b"\r\n", b"\n").replace(b"\n", nl)
    if not body.endswith(nl):
        body += nl
    return head + nl + nl + body


def _body_bytes(part):
    if part.cte is None:  # multipart: body str built from children; rebuild as bytes
        return part._bytes
    if part.cte == "8bit":
        return part.body.encode(part.cs) if part.cs == "utf-8" else part.body.encode("latin-1")
    return part.body.encode("ascii")


def multi2(subtype, parts, key):
    """multipart container that keeps raw bytes of children (8bit-safe)."""
    b = f"----=_Part_{_h(key + subtype, 6)}_{_h(key, 10)}"
    chunks = []
    for p in parts:
        chunks.append(f"--{b}".encode())
        for n, v in p.headers:
            chunks.append(f"{n}: {v}".encode("ascii"))
        chunks.append(b"")
        chunks.append(_body_bytes(p).rstrip(b"\n"))
    chunks.append(f"--{b}--".encode())
    chunks.append(b"")
    mp = Part([("Content-Type", f'multipart/{subtype};\n boundary="{b}"')], None)
    mp._bytes = b"\n".join(chunks)
    mp.cs = None
    mp.cte = None
    return mp


multi = multi2  # use the byte-safe version


def alt(plain, html, key, cs="utf-8", cte="quoted-printable"):
    return multi("alternative", [text(plain, "text/plain", cs, cte), text(html, "text/html", cs, cte)], key)


def quote_gt(s):
    return "\n".join(("> " + l) if l.strip() else ">" for l in s.strip("\n").split("\n"))


def html_wrap(inner, title="", cs="utf-8"):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + cs + "\">"
            f"<title>{title}</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n"
            + inner + "\n</body></html>\n")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p2html(s):
    """plain paragraphs -> html paragraphs"""
    out = []
    for para in s.strip().split("\n\n"):
        out.append("<p>" + esc(para).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


# common support blocks ---------------------------------------------------

def tc_subject(case, re="RE:"):
    return f"{re}[CASE {case}] {TC_SUBJ}"


def tc_auth_gmail(ok=True):
    if ok:
        return gmail_auth("amazon.com", "amazon.com", mailfrom="0100018f2c3d7e11@email.amazonses.com",
                          ip="54.240.8.21")
    return gmail_auth("amazon.com", "amaz0n-mailer.net", spf=False, dkim=False, dmarc=False,
                      mailfrom="notice@amaz0n-mailer.net", ip="185.220.101.47")


def tc_auth_m365(ok=True):
    return m365_auth("amazon.com", "amazon.com", mailfrom="amazonses.com") if ok else \
        m365_auth("amazon.com", "amaz0n-mailer.net", spf=False, dkim=False, dmarc=False, mailfrom="amaz0n-mailer.net",
                  ip="185.220.101.47")


RCV_G = "mx.google.com"
RCV_M = "TYZPR01MB5561.jpnprd01.prod.outlook.com (2603:1096:400:1c4::9)"


# ======================================================================
# Batch 1: 2021 (case F, 10 digits) and 2023 (case E, 11 digits, JP)
# ======================================================================

def batch1():
    # 001 Pearson VUE booking (9-digit registration id, not a case)
    d = dt("2021-03-08 02:14")
    body = """Dear Kaito Morishita,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for your records.

Registration Number: 371046258
Exam: SAA-C02: AWS Certified Solutions Architect - Associate
Appointment: Friday, March 12, 2021 at 10:00 AM Japan Standard Time
Location: Pearson VUE Testing Center - Tokyo Shinjuku

If you need to reschedule or cancel, please do so at least 24 hours before your appointment
through your exam sponsor's website. Appointments changed within 24 hours are forfeited.

Please confirm that the name on your ID matches the name on this booking exactly.
If it does not, contact Pearson VUE customer service before exam day.

Sincerely,
Pearson VUE
"""
    emit("pearson-booking", frm="Pearson VUE <pearsonvueconfirmation@pearson.com>", to=ME_C,
         subject="Pearson VUE Confirmation of Booking, Reservation 371046258", date=d,
         part=text(body, cte="7bit", cs="us-ascii"), kind="unrelated",
         msgid=mid_generic("pv1", "pearson.com"), auth=m365_auth("pearson.com", mailfrom="pearson.com", ip="159.182.12.7"),
         crlf=True, note="Exam-vendor booking; 9-digit registration number; 'please confirm' aimed at ID name, not support")

    # 002 certmetrics: now certified (candidate id in text)
    d = dt("2021-03-15 06:40")
    body = """Dear Kaito Morishita,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Associate
exam and you are now AWS Certified.

Candidate ID: AWS03917482
Validation Number: Q7TB1KRL2FE4QV3S
Certification Date: March 12, 2021
Expiration Date: March 12, 2024

You can access your digital badge, certificate and benefits in your AWS Certification Account.
A 50% discount voucher for your next exam is available under Benefits.

Thank you,
AWS Training and Certification

This is an automated message. Please do not reply to this email.
"""
    emit("certmetrics-certified", frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_C,
         subject="Congratulations, You Are Now AWS Certified!", date=d,
         part=text(body, cte="7bit", cs="us-ascii"), kind="certification", cands=[CID_OLD],
         msgid=mid_generic("cm1", "certmetrics.com"), auth=m365_auth("certmetrics.com", mailfrom="certmetrics.com", ip="52.8.115.20"),
         crlf=True, note="Certification notice carrying a candidate ID outside any case")

    # 003 Acclaim badge (older sender domain)
    d = dt("2021-03-16 01:05")
    plain = """Kaito,

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, Twitter, Facebook or your email signature:
https://www.youracclaim.com/earner/earned/badge/3f1c9a2e-7b41-4d0e-9a55-1c2b7e04d8f1

Your badge is pending. Claim it within 90 days or it may be revoked.

Acclaim
"""
    html = html_wrap("<table width=\"600\" align=\"center\"><tr><td>" + p2html(plain) +
                     "<p><a href=\"https://www.youracclaim.com/earner/earned/badge/3f1c9a2e-7b41-4d0e-9a55-1c2b7e04d8f1\" "
                     "style=\"background:#0a5fa8;color:#fff;padding:10px 18px\">Accept Badge</a></p></td></tr></table>")
    emit("acclaim-badge", frm="Acclaim <admin@youracclaim.com>", to=ME_C,
         subject="Amazon Web Services Training and Certification has issued you a badge", date=d,
         part=alt(plain, html, "acclaim1"), kind="badge",
         msgid=mid_generic("acc1", "youracclaim.com"), auth=m365_auth("youracclaim.com", mailfrom="youracclaim.com", ip="198.2.179.30"),
         note="Badge mail from the older Acclaim domain; 'claim within 90 days' is not a support ask")

    # 004 Case F ack (10 digits)
    d = dt("2021-03-22 04:31:07")
    body = f"""Hello,

Thank you for contacting Amazon Web Services Training and Certification. We have opened case {CASE_F} to address your inquiry.

The details of your case are as follows:

Case ID: {CASE_F}
Subject: [AWS Training and Certification Form Submission] - benefits
Severity: General guidance
Correspondence: Hello, I passed AWS Certified Solutions Architect - Associate on March 12 but the 50% discount voucher is not shown under Benefits in my certification account. Could you check?

We will respond to your case within 24 hours. If you have any additional information to share about this issue, you can reply to this email and it will be added to your case.

Please do not open a new case for the same issue, as duplicate cases may delay our response.

Sincerely,
Amazon Web Services
"""
    emit("caseF-ack", frm=TC_FULL, to=ME_C,
         subject=f"RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - benefits", date=d,
         part=text(body, cte="7bit", cs="us-ascii"), kind="acknowledgement", case=CASE_F,
         key="F1", msgid=mid_ses("F1"), auth=tc_auth_m365(), crlf=True,
         note="Ack of a 10-digit case; 'reply to this email' is conditional; user's question echoed in Correspondence")

    # 005 Case F info request: terse bare question
    d = dt("2021-03-23 00:02:44")
    body = f"""Hi Kaito,

What's your candidate ID? It's at the top right of the Certification Account page after you sign in (AWS + 8 digits).

Ines R.
AWS Training and Certification
"""
    emit("caseF-candidate-id-question", frm=TC_FULL, to=ME_C, subject=tc_subject(CASE_F, "RE:").replace("account-assistance", "benefits"),
         date=d, part=text(body, cte="7bit", cs="us-ascii"), kind="info_request", needs_reply=True, case=CASE_F,
         key="F2", msgid=mid_ses("F2"), reply_to_key="F1", auth=tc_auth_m365(), crlf=True,
         note="Two-line bare question, no 'please', no 'reply'")

    # 006 user reply (Outlook, company address)
    d = dt("2021-03-23 10:18", JST)
    body = f"""Hi Ines,

It's {CID_OLD}.

Thanks,
Kaito

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Tuesday, March 23, 2021 9:02 AM
To: Morishita Kaito <{ME_C}>
Subject: RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - benefits

Hi Kaito,

What's your candidate ID? It's at the top right of the Certification Account page after you sign in (AWS + 8 digits).

Ines R.
AWS Training and Certification
"""
    emit("caseF-user-gives-id", frm=ME_C_FULL, to=TC, subject=f"RE: [CASE {CASE_F}] [AWS Training and Certification Form Submission] - benefits",
         date=d, part=text(body, cte="7bit", cs="us-ascii"), kind="user_reply", case=CASE_F, cands=[CID_OLD],
         key="F3", msgid=mid_outlook("F3"), reply_to_key="F2", refs_keys=["F1"], crlf=True,
         extra=[("Thread-Topic", f"[CASE {CASE_F}] [AWS Training and Certification Form Submission] - benefits"),
                ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
         note="Owner's reply from company address (Outlook quoting); the quoted question must not count")

    # 007 Case F resolved, quotes the old question
    d = dt("2021-03-24 03:47:12")
    body = f"""Kaito,

Thanks. The 50% discount voucher is on your account now (Benefits > Certification benefits, valid until March 12, 2022). No further action is required on your side.

Ines R.
AWS Training and Certification

> It's {CID_OLD}.
>
> Thanks,
> Kaito
>
> -----Original Message-----
> From: AWS Training and Certification <{TC}>
> Sent: Tuesday, March 23, 2021 9:02 AM
> Subject: RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - benefits
>
> Hi Kaito,
>
> What's your candidate ID? It's at the top right of the Certification Account page after you sign in (AWS + 8 digits).
"""
    emit("caseF-voucher-added", frm=TC_FULL, to=ME_C, subject=f"RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - benefits",
         date=d, part=text(body, cte="7bit", cs="us-ascii"), kind="resolved", case=CASE_F,
         key="F4", msgid=mid_ses("F4"), reply_to_key="F3", refs_keys=["F1", "F2"], auth=tc_auth_m365(), crlf=True,
         note="Short resolution without 'resolved'/'merged'; old question and candidate ID only in quoted history")

    # ---------------- 2023: case E (Japanese) ----------------
    # 008 JP ack, ISO-2022-JP
    d = dt("2023-10-03 05:22:41")
    body = f"""森下 海斗 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。ケース {CASE_E} を開始いたしました。

ケースの詳細は以下のとおりです。

ケース ID: {CASE_E}
件名: [AWS Training and Certification Form Submission] - account-assistance
重要度: 一般的なガイダンス
お問い合わせ内容: 同じメールアドレスで AWS 認定アカウントが 2 つあるようで、Credly にバッジが表示されません。アカウントの統合をお願いします。

通常 24 時間以内にご回答いたしますが、最善の解決策を見つけるためにさらにお時間を頂戴する場合がございます。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる原因となります。

本件について追加の情報がございましたら、このメールにご返信ください。ケースに追記されます。

よろしくお願いいたします。
Amazon Web Services
"""
    emit("caseE-ack-ja", frm="AWS トレーニングと認定 <" + TC + ">", to=ME_C_FULL,
         subject=f"RE:[CASE {CASE_E}] {TC_SUBJ}", date=d, subj_cs="iso-2022-jp",
         part=text(body, cs="iso-2022-jp", cte="7bit"), kind="acknowledgement", case=CASE_E,
         key="E1", msgid=mid_ses("E1"), auth=tc_auth_m365(),
         note="Japanese ack in ISO-2022-JP; 〜がございましたら…ご返信ください is conditional")

    # 009 JP info request, Shift_JIS 8bit, very formal keigo, ask in the middle
    d = dt("2023-10-04 01:09:30")
    body = f"""森下 海斗 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの小野寺でございます。

このたびはアカウント統合のお申し込みをいただき、ありがとうございます。ご登録のメールアドレス {ME_C} にて検索いたしましたところ、該当する認定アカウントが複数表示されており、どちらを統合先として残すべきか、当方では判断いたしかねる状況でございます。

つきましては、お手数をおかけいたしまして大変恐縮ではございますが、それぞれのアカウントの AWS 候補 ID（AWS から始まる 8 桁の番号）と、今後もご利用を継続されたいアカウントがどちらであるかを、本メールへのご返信にてお知らせいただけますでしょうか。なお、候補 ID は AWS 認定アカウントにサインインいただいた後、画面右上にてご確認いただけます。

ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。

小野寺 恵
AWS トレーニングと認定 カスタマーサポート
"""
    emit("caseE-ask-candidate-ids-sjis", frm="AWS Training and Certification <" + TC + ">", to=ME_C_FULL,
         subject=f"RE:[CASE {CASE_E}] {TC_SUBJ}", date=d,
         part=text(body, cs="shift_jis", cte="8bit"), kind="info_request", needs_reply=True, case=CASE_E,
         key="E2", msgid=mid_ses("E2"), reply_to_key="E1", auth=tc_auth_m365(), subj_cs="shift_jis",
         note="Shift_JIS 8bit; keigo request (〜いただけますでしょうか) buried in a long paragraph")

    # 010 internal company mail asking for reply (unrelated)
    d = dt("2023-10-05 09:30", JST)
    body = """各位

総務部の井上です。

AWS パートナー認定の更新に伴い、社員の AWS 認定資格の保有状況を取りまとめております。
AWS 認定資格をお持ちの方は、以下の項目を記入のうえ、10月20日（金）までに本メールへご返信ください。

1. 氏名
2. 保有資格名（複数可）
3. 取得日・有効期限
4. AWS 認定アカウントに登録しているメールアドレス

※ Partner Central との資格共有がまだの方は、共有設定もあわせてお願いいたします。

よろしくお願いいたします。

――――――――――――――――
株式会社なぎさシステムズ 総務部
井上 沙織
"""
    emit("company-cert-survey-ja", frm="井上 沙織 <s-inoue@nagisa-sys.co.jp>", to="all-staff@nagisa-sys.co.jp",
         subject="【全社】AWS 認定資格の保有状況ご報告のお願い（10/20 締切）", date=d,
         part=text(body, cs="utf-8", cte="8bit"), kind="unrelated",
         msgid=mid_outlook("inoue1"), auth=m365_auth("nagisa-sys.co.jp", mailfrom="nagisa-sys.co.jp", ip="10.4.2.8"),
         note="Internal mail: AWS certification words + numbered questions + 'reply by' — but not support")

    # 011 JP closing notice, ISO-2022-JP, plain style
    d = dt("2023-10-09 00:40:02")
    body = f"""森下様

10月4日にお送りしたメールについて、まだご返信をいただいておりません。

候補 ID をご連絡いただければ、すぐに統合作業を進めます。72 時間以内にご返信がない場合、このケースは自動的にクローズされます。ケースを継続する場合は、このメールに返信してください。

AWS トレーニングと認定
小野寺
"""
    emit("caseE-closing-ja", frm="AWS Training and Certification <" + TC + ">", to=ME_C_FULL,
         subject=f"RE:[CASE {CASE_E}] {TC_SUBJ}", date=d, subj_cs="iso-2022-jp",
         part=text(body, cs="iso-2022-jp", cte="7bit"), kind="closing_notice", needs_reply=True, case=CASE_E,
         key="E3", msgid=mid_ses("E3"), reply_to_key="E2", refs_keys=["E1"], auth=tc_auth_m365(),
         note="Japanese closing notice, plain 〜してください")

    # 012 user reply JP (Outlook JP quoting), utf-8 8bit
    d = dt("2023-10-09 11:02", JST)
    body = f"""小野寺様

ご連絡が遅くなり申し訳ありません。森下です。

該当のアカウントは以下の 2 つです。
・{CID_OLD}（2021 年から使用しているアカウント）
・{CID_SSO}（Partner Central からの SSO で作成されたもの）

{CID_OLD} の方を残し、{CID_SSO} をそちらへ統合していただけますでしょうか。

よろしくお願いいたします。
森下

________________________________
差出人: AWS Training and Certification <{TC}>
送信日時: 2023年10月9日 9:40
宛先: 森下 海斗 <{ME_C}>
件名: RE:[CASE {CASE_E}] {TC_SUBJ}

森下様

10月4日にお送りしたメールについて、まだご返信をいただいておりません。

候補 ID をご連絡いただければ、すぐに統合作業を進めます。72 時間以内にご返信がない場合、このケースは自動的にクローズされます。ケースを継続する場合は、このメールに返信してください。
"""
    emit("caseE-user-ids-ja", frm=ME_C_FULL, to=TC, subject=f"RE: [CASE {CASE_E}] {TC_SUBJ}", date=d,
         part=text(body, cs="utf-8", cte="8bit"), kind="user_reply", case=CASE_E, cands=[CID_OLD, CID_SSO],
         key="E4", msgid=mid_outlook("E4"), reply_to_key="E3", refs_keys=["E1", "E2"],
         extra=[("Thread-Topic", f"[CASE {CASE_E}] {TC_SUBJ}"), ("Content-Language", "ja-JP")],
         note="Owner's own keigo request (いただけますでしょうか) to support; Outlook JP 差出人/送信日時 quote")

    # 013 on hold (APN) that asks a yes/no question
    d = dt("2023-10-10 07:15:55")
    plain = f"""Hello Kaito,

Thank you for the candidate IDs.

I looked at both records. {CID_SSO} was created through the AWS Partner Network (APN) single sign-on of Nagisa Systems Co., Ltd., so it is associated with that partner organization. Merges that involve a partner-associated account have to be reviewed by our partner team first, so I have placed your case on hold while they review it. This usually takes 2-3 business days.

One question from their side so they can complete the review: after the merge, should the remaining account ({CID_OLD}) continue to share its certifications with Nagisa Systems in APN Partner Central? A simple yes or no in reply to this email is enough.

Regards,
Priyanka S.
AWS Training and Certification
"""
    html = html_wrap(p2html(plain))
    emit("caseE-apn-hold-question", frm=TC_FULL, to=ME_C, subject=f"RE:[CASE {CASE_E}] {TC_SUBJ}", date=d,
         part=alt(plain, html, "E5"), kind="on_hold", needs_reply=True, case=CASE_E, cands=[CID_SSO, CID_OLD],
         key="E5", msgid=mid_ses("E5"), reply_to_key="E4", refs_keys=["E1", "E2", "E3"], auth=tc_auth_m365(),
         note="APN hold that also asks a yes/no question (QP multipart/alternative)")

    # 014 user reply (Outlook -----Original Message-----)
    d = dt("2023-10-10 17:31", JST)
    body = f"""Hi Priyanka,

Yes, please keep sharing with Nagisa Systems. I still work there.

Best regards,
Kaito Morishita

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Tuesday, October 10, 2023 4:15 PM
To: Morishita Kaito <{ME_C}>
Subject: RE:[CASE {CASE_E}] {TC_SUBJ}

Hello Kaito,

Thank you for the candidate IDs.

I looked at both records. {CID_SSO} was created through the AWS Partner Network (APN) single sign-on of Nagisa Systems Co., Ltd., so it is associated with that partner organization. [...]

One question from their side so they can complete the review: after the merge, should the remaining account ({CID_OLD}) continue to share its certifications with Nagisa Systems in APN Partner Central? A simple yes or no in reply to this email is enough.
"""
    emit("caseE-user-yes-share", frm=ME_C_FULL, to=TC, subject=f"RE: [CASE {CASE_E}] {TC_SUBJ}", date=d,
         part=text(body, cs="us-ascii", cte="7bit"), kind="user_reply", case=CASE_E,
         key="E6", msgid=mid_outlook("E6"), reply_to_key="E5", refs_keys=["E1", "E2", "E3", "E4"], crlf=True,
         note="Owner's answer; candidate IDs only inside the quoted request")

    # 015 confirmation request with Account #1/#2 (both same email)
    d = dt("2023-10-12 02:48:19")
    plain = f"""Hello Kaito,

Good news: the partner team has approved the merge. Before I make any change, here is what I see on our side.

Account #1
Candidate ID: {CID_OLD}
Login email: {ME_C}
Training notification email: {ME_C}
Certification notification email: {ME_C}

Account #2
Candidate ID: {CID_SSO}
Login: APN Partner Central single sign-on ({ME_C})
Training notification email: {ME_C}
Certification notification email: (not set)

Please confirm that Account #2 should be merged into Account #1. Once merged, Account #2 can no longer be used to sign in.

Regards,
Priyanka S.
AWS Training and Certification
"""
    html = html_wrap(p2html(plain))
    emit("caseE-confirm-accounts", frm=TC_FULL, to=ME_C, subject=f"RE:[CASE {CASE_E}] {TC_SUBJ}", date=d,
         part=alt(plain, html, "E7"), kind="confirmation_request", needs_reply=True, case=CASE_E,
         cands=[CID_OLD, CID_SSO],
         key="E7", msgid=mid_ses("E7"), reply_to_key="E6", refs_keys=["E1", "E2", "E3", "E4", "E5"], auth=tc_auth_m365(),
         note="Classic Account #1/#2 confirmation opening with 'Good news' progress")

    # 016 user confirms
    d = dt("2023-10-12 12:05", JST)
    body = f"""Confirmed. Please merge Account #2 into Account #1.

Kaito

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Thursday, October 12, 2023 11:48 AM
To: Morishita Kaito <{ME_C}>
Subject: RE:[CASE {CASE_E}] {TC_SUBJ}

Hello Kaito,

Good news: the partner team has approved the merge. Before I make any change, here is what I see on our side.

Account #1
Candidate ID: {CID_OLD}
Login email: {ME_C}

Account #2
Candidate ID: {CID_SSO}
Login: APN Partner Central single sign-on ({ME_C})

Please confirm that Account #2 should be merged into Account #1. Once merged, Account #2 can no longer be used to sign in.
"""
    emit("caseE-user-confirmed", frm=ME_C_FULL, to=TC, subject=f"RE: [CASE {CASE_E}] {TC_SUBJ}", date=d,
         part=text(body, cs="us-ascii", cte="7bit"), kind="user_reply", case=CASE_E,
         key="E8", msgid=mid_outlook("E8"), reply_to_key="E7", refs_keys=["E1", "E5", "E6"], crlf=True,
         note="'Confirmed. Please merge' written by the owner; quoted request below")

    # 017 resolved with rating footer
    d = dt("2023-10-13 04:20:33")
    plain = f"""Hello Kaito,

I have successfully merged all accounts. Your certifications and exam history are now on {CID_OLD}, and the partner association with Nagisa Systems is unchanged. Credly can take up to 48 hours to show the badges again.

Regards,
Priyanka S.
AWS Training and Certification

--
How would you rate this response? Excellent | Good | Fair | Poor
https://aws-tc-feedback.amazon.com/r?c={CASE_E}&m=7
"""
    html = html_wrap(p2html(plain.replace("https://aws-tc-feedback.amazon.com/r?c=" + CASE_E + "&m=7", "")) +
                     f"<p><a href=\"https://aws-tc-feedback.amazon.com/r?c={CASE_E}&amp;m=7&amp;s=5\">Excellent</a> | "
                     "<a href=\"#\">Good</a> | <a href=\"#\">Fair</a> | <a href=\"#\">Poor</a></p>")
    emit("caseE-merged", frm=TC_FULL, to=ME_C, subject=f"RE:[CASE {CASE_E}] {TC_SUBJ}", date=d,
         part=alt(plain, html, "E9"), kind="resolved", case=CASE_E, cands=[CID_OLD],
         key="E9", msgid=mid_ses("E9"), reply_to_key="E8", refs_keys=["E1", "E7"], auth=tc_auth_m365(),
         note="Resolution with a rating footer (still resolved, not survey)")

    # 018 Credly badge
    d = dt("2023-10-13 05:02")
    plain = """Hi Kaito,

Amazon Web Services Training and Certification has issued you a new badge.

  AWS Certified Solutions Architect - Associate
  AWS Certified Developer - Associate

Accept your badges and start sharing them:
https://www.credly.com/earner/earned/badge/90de12fa-0c88-4a17-b2f0-5d3c6e1b7a44

Questions? Visit https://support.credly.com

Credly, Inc. | 2025 Avenue of the Americas | New York, NY
"""
    html = html_wrap("<table role=\"presentation\" width=\"600\"><tr><td>" + p2html(plain) + "</td></tr></table>")
    emit("credly-badges-reissued", frm="Credly <admin@credly.com>", to=ME_C,
         subject="You've been awarded 2 badges by Amazon Web Services Training and Certification", date=d,
         part=alt(plain, html, "credly2"), kind="badge",
         msgid=mid_generic("cr2", "credly.com"), auth=m365_auth("credly.com", mailfrom="credly.com", ip="149.72.120.5"),
         note="Credly badge mail right after a merge")

    # 019 JP survey (utf-8 base64, html only)
    d = dt("2023-10-16 03:00")
    inner = f"""<p>森下 海斗 様</p>
<p>先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。</p>
<p>サービス向上のため、ケース {CASE_E} の対応についてアンケートにご協力ください。所要時間は約 2 分です。</p>
<table cellpadding="8" style="border:1px solid #ccc"><tr><td>担当者の対応に満足しましたか？</td>
<td><a href="https://survey.aws-tc.amazon.com/s/{CASE_E}?q1=5">とても満足</a></td>
<td><a href="https://survey.aws-tc.amazon.com/s/{CASE_E}?q1=3">普通</a></td>
<td><a href="https://survey.aws-tc.amazon.com/s/{CASE_E}?q1=1">不満</a></td></tr></table>
<p>※ このメールは送信専用です。ご返信いただいてもお答えできません。</p>"""
    emit("caseE-survey-ja", frm="AWS トレーニングと認定 <aws-tc-feedback@amazon.com>", to=ME_C,
         subject=f"サポートに関するアンケートのお願い（ケース {CASE_E}）", date=d,
         part=text(html_wrap(inner), "text/html", "utf-8", "base64"), kind="survey", case=CASE_E,
         msgid=mid_ses("E10"), auth=m365_auth("amazon.com", mailfrom="amazonses.com"),
         note="Japanese survey, HTML-only base64; ご協力ください is a survey ask")


def rawpart(ctype, body, cte="7bit"):
    p = Part([("Content-Type", ctype)] + ([("Content-Transfer-Encoding", cte)] if cte else []), body)
    p.cs = "utf-8"
    p.cte = "7bit"
    return p


GMAIL_SIG = "\n"


def gmail_quote_en(d, who, body):
    """Gmail English attribution line + '>' quote."""
    when = d.astimezone(JST).strftime("%a, %b %-d, %Y at %-I:%M %p")
    return f"On {when} {who} wrote:\n" + quote_gt(body)


def gmail_quote_ja(d, who, body):
    wd = "月火水木金土日"[d.astimezone(JST).weekday()]
    t = d.astimezone(JST)
    return f"{t.year}年{t.month}月{t.day}日({wd}) {t.hour}:{t.minute:02d} {who}:\n" + quote_gt(body)


def gmail_html(new_text, quoted_html=""):
    inner = "<div dir=\"ltr\">" + esc(new_text.strip()).replace("\n", "<br>") + "</div>"
    if quoted_html:
        inner += "<br><div class=\"gmail_quote\">" + quoted_html + "</div>"
    return "<div dir=\"ltr\">" + inner + "</div>\n"


def gmail_reply(new_text, quote_line, quoted_body, key):
    plain = new_text.rstrip() + "\n\n" + quote_line + "\n" + quote_gt(quoted_body) + "\n"
    qhtml = ("<div dir=\"ltr\" class=\"gmail_attr\">" + esc(quote_line) + "<br></div>"
             "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
             + esc(quoted_body.strip()).replace("\n", "<br>") + "</blockquote>")
    html = gmail_html(new_text, qhtml)
    return multi("alternative", [text(plain, "text/plain", "utf-8", "quoted-printable"),
                                 text(html, "text/html", "utf-8", "quoted-printable")], key)


def gattr_en(d, who):
    when = d.astimezone(JST).strftime("%a, %b %-d, %Y at %-I:%M %p")
    return f"On {when} {who} wrote:"


def gattr_ja(d, who):
    t = d.astimezone(JST)
    wd = "月火水木金土日"[t.weekday()]
    return f"{t.year}年{t.month}月{t.day}日({wd}) {t.hour}:{t.minute:02d} {who}:"


BODIES = {}   # key -> plain body text of support mail, for quoting later


# ======================================================================
# Batch 2: 2024 (case K, 11 digits) and May 2025 start (cases A and B)
# ======================================================================

def batch2():
    # 020 Pearson VUE JP booking (ISO-2022-JP)
    d = dt("2024-01-29 14:20", JST)
    body = """森下 海斗 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

登録番号: 428193075
試験: SAP-C02: AWS Certified Solutions Architect - Professional
日時: 2024年2月22日(木) 13:30 (日本時間)
会場: ピアソン VUE テストセンター 東京・秋葉原

予約の変更・キャンセルは、試験日の 24 時間前までに試験スポンサーのウェブサイトから行ってください。
当日は、ご予約時の氏名と一致する本人確認書類を 2 点ご持参ください。

ピアソン VUE
"""
    emit("pearson-booking-ja", frm="ピアソン VUE <pearsonvueconfirmation@pearson.com>", to=ME_C,
         subject="ピアソン VUE 予約確認のお知らせ（登録番号 428193075）", date=d, subj_cs="iso-2022-jp",
         part=text(body, cs="iso-2022-jp", cte="7bit"), kind="unrelated",
         msgid=mid_generic("pv2", "pearson.com"), auth=m365_auth("pearson.com", mailfrom="pearson.com", ip="159.182.12.9"),
         note="Japanese exam-vendor mail, 9-digit registration number in subject")

    # 021 Case K ack (11 digits, 'RE: [CASE' with space, different suffix)
    d = dt("2024-02-07 08:55:10")
    body = f"""Hello Kaito,

Thank you for reaching out to AWS Training and Certification. Your case {CASE_K} has been created and is in the queue for our support team.

Case ID: {CASE_K}
Inquiry type: Certification
Additional details: Exam registration
Description: My SAP-C02 appointment booked on Pearson VUE (Feb 22) does not show under Exam registration in my AWS Certification Account.

Our team typically responds within 24 hours. To add details, reply to this email and keep the case ID in the subject line. To avoid delays, please don't submit another request about the same issue.

Best regards,
AWS Training and Certification Customer Support
"""
    BODIES["K1"] = body
    emit("caseK-ack", frm=TC_FULL, to=ME_C,
         subject=f"RE: [CASE {CASE_K}] [AWS Training and Certification Form Submission] - exam-registration", date=d,
         part=text(body, cte="7bit", cs="us-ascii"), kind="acknowledgement", case=CASE_K,
         key="K1", msgid=mid_ses("K1"), auth=tc_auth_m365(), crlf=True,
         note="11-digit case, 'RE: [CASE' spacing, ack phrased 'has been created'; 'To add details, reply' is conditional")

    # 022 Case K info request, JP plain ください (base64)
    d = dt("2024-02-08 02:31:40")
    body = f"""森下様

AWSトレーニングと認定サポートの高木です。

お問い合わせの件、Pearson VUE 側の予約と認定アカウントの紐付けを確認するため、以下の2点を教えてください。

- Pearson VUE の登録番号（9桁）
- 予約時に使用したメールアドレス

確認でき次第、こちらで修正します。

高木
AWS トレーニングと認定
"""
    BODIES["K2"] = body
    emit("caseK-ask-registration-ja", frm=TC_FULL, to=ME_C,
         subject=f"RE: [CASE {CASE_K}] [AWS Training and Certification Form Submission] - exam-registration", date=d,
         part=text(body, cs="utf-8", cte="base64"), kind="info_request", needs_reply=True, case=CASE_K,
         key="K2", msgid=mid_ses("K2"), reply_to_key="K1", auth=tc_auth_m365(),
         note="Japanese plain 〜教えてください, base64 body, bulleted items")

    # 023 Case K closing notice: already closed, reply reopens
    d = dt("2024-02-13 03:10:00")
    body = f"""Hello Kaito,

We did not receive a reply to our message of February 8, so we have closed this case for now.

If you still need help with your exam appointment, simply reply to this email within 14 days. Your case will be reopened and routed back to the same team.

Best regards,
AWS Training and Certification Customer Support
"""
    BODIES["K3"] = body
    emit("caseK-closed-no-reply", frm=TC_FULL, to=ME_C,
         subject=f"RE: [CASE {CASE_K}] [AWS Training and Certification Form Submission] - exam-registration", date=d,
         part=text(body, cte="7bit", cs="us-ascii"), kind="closing_notice", needs_reply=True, case=CASE_K,
         key="K3", msgid=mid_ses("K3"), reply_to_key="K2", refs_keys=["K1"], auth=tc_auth_m365(), crlf=True,
         note="Closing notice in past tense ('we have closed'); reply within 14 days reopens; no 'please reply'")

    # 024 user reply JP (Outlook JP header quote of English mail)
    d = dt("2024-02-13 13:44", JST)
    body = f"""高木様

返信が遅くなり申し訳ありません。森下です。

Pearson VUE 登録番号: 428193075
予約時のメールアドレス: {ME_C}

よろしくお願いいたします。

________________________________
差出人: AWS Training and Certification <{TC}>
送信日時: 2024年2月13日 12:10
宛先: 森下 海斗 <{ME_C}>
件名: RE: [CASE {CASE_K}] [AWS Training and Certification Form Submission] - exam-registration

{BODIES['K3']}
________________________________
差出人: AWS Training and Certification <{TC}>
送信日時: 2024年2月8日 11:31
件名: RE: [CASE {CASE_K}] [AWS Training and Certification Form Submission] - exam-registration

{BODIES['K2']}"""
    emit("caseK-user-registration-ja", frm=ME_C_FULL, to=TC,
         subject=f"RE: [CASE {CASE_K}] [AWS Training and Certification Form Submission] - exam-registration", date=d,
         part=text(body, cs="utf-8", cte="8bit"), kind="user_reply", case=CASE_K,
         key="K4", msgid=mid_outlook("K4"), reply_to_key="K3", refs_keys=["K1", "K2"], crlf=True,
         extra=[("Thread-Topic", f"[CASE {CASE_K}] [AWS Training and Certification Form Submission] - exam-registration")],
         note="Owner reopens by replying; 9-digit registration number is not a case id; quoted JP request below")

    # 025 Case K resolved JP
    d = dt("2024-02-14 01:05:33")
    body = f"""森下様

高木です。ご連絡ありがとうございます。

Pearson VUE の予約（登録番号 428193075）と認定アカウントの紐付けを修正しました。試験登録の画面に 2月22日の SAP-C02 の予約が表示されていることをご確認ください。

本件はこれで解決とさせていただきます。ほかにご不明な点がございましたら、お気軽にお問い合わせください。

高木
AWS トレーニングと認定
"""
    emit("caseK-fixed-ja", frm=TC_FULL, to=ME_C,
         subject=f"RE: [CASE {CASE_K}] [AWS Training and Certification Form Submission] - exam-registration", date=d,
         part=text(body, cs="utf-8", cte="quoted-printable"), kind="resolved", case=CASE_K,
         key="K5", msgid=mid_ses("K5"), reply_to_key="K4", refs_keys=["K1", "K2", "K3"], auth=tc_auth_m365(),
         note="Japanese resolution; 'ご確認ください' means check the site, not reply; 〜がございましたら conditional")

    # 026 certmetrics recert congratulations
    d = dt("2024-02-26 07:12")
    plain = """Dear Kaito Morishita,

Congratulations on recertifying your AWS Certification!

By passing AWS Certified Solutions Architect - Professional you have also recertified:
  AWS Certified Solutions Architect - Associate (new expiration date: February 22, 2027)

Your updated digital badge will be available on Credly shortly.

AWS Training and Certification
Please do not reply to this message. This mailbox is not monitored.
"""
    html = html_wrap(p2html(plain))
    emit("certmetrics-recertified", frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_C,
         subject="Congratulations on recertifying your AWS Certification!", date=d,
         part=alt(plain, html, "cm2"), kind="certification",
         msgid=mid_generic("cm2", "certmetrics.com"), auth=m365_auth("certmetrics.com", mailfrom="certmetrics.com", ip="52.8.115.21"),
         note="Certification notice")

    # 027 certmetrics feedback invitation (looks like a survey)
    d = dt("2024-03-04 16:00")
    plain = """Hello Kaito,

AWS Certification wants to hear from you!

As an AWS Certified individual, your perspective helps shape the future of our certification program.
Please take 10 minutes to tell us how AWS Certification has affected your career and what you would
like to see next. Take the survey: https://pages.awscloud.com/cert-feedback-2024.html

Thank you,
AWS Certification

You are receiving this email because you opted in to "Lend Your Voice to AWS Certification".
"""
    emit("certmetrics-wants-feedback", frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_C,
         subject="AWS Certification wants to hear from you", date=d,
         part=text(plain, cs="us-ascii", cte="7bit"), kind="certification",
         msgid=mid_generic("cm3", "certmetrics.com"), auth=m365_auth("certmetrics.com", mailfrom="certmetrics.com", ip="52.8.115.22"),
         note="Certification-program feedback invitation (certification, not survey, no reply needed)")

    # ---------------- 2025 ----------------
    # 028 HR resignation procedures (JP, base64), asks for a reply (not support)
    d = dt("2025-04-28 10:02", JST)
    body = f"""森下さん

人事部の松田です。退職に伴うお手続きについてご案内します。

■ 最終出社日: 2025年5月30日（金）
■ 貸与 PC・セキュリティカードの返却: 5月30日 17:00 までに情報システム部へ
■ 会社メールアドレス（{ME_C}）は 5月30日 18:00 に停止されます。
  AWS 認定アカウントなど、会社アドレスで登録している外部サービスがあれば、
  停止前に個人アドレスへの移行を済ませてください。
■ 健康保険証は退職日翌日以降、速やかに郵送でご返却ください。

本メールを受け取りましたら、確認のため返信をお願いします。

人事部 松田 恵理子
株式会社なぎさシステムズ
"""
    emit("hr-resignation-ja", frm="松田 恵理子 <e-matsuda@nagisa-sys.co.jp>", to=ME_C_FULL,
         subject="【人事部】退職手続きのご案内", date=d,
         part=text(body, cs="utf-8", cte="base64"), kind="unrelated",
         msgid=mid_outlook("hr1"), auth=m365_auth("nagisa-sys.co.jp", mailfrom="nagisa-sys.co.jp", ip="10.4.2.8"),
         note="HR mail mentioning AWS 認定アカウント and asking for a reply; not a support case")

    # 029 Builder ID code
    d = dt("2025-05-12 00:41:55")
    plain = """AWS Builder ID

Verify your email address

Hello,

Thank you for creating an AWS Builder ID. To finish, enter the following verification code:

604918

This code expires 30 minutes after it was sent. If you didn't request this code, you can ignore this email.

Amazon Web Services
"""
    emit("builder-id-code", frm="AWS Builder ID <no-reply@signin.aws>", to=ME_P,
         subject="Verify your AWS Builder ID email address", date=d,
         part=alt(plain, html_wrap(p2html(plain)), "bid1"), kind="unrelated",
         msgid=mid_generic("bid1", "signin.aws"), auth=gmail_auth("signin.aws", mailfrom="bounce@signin.aws", ip="54.240.11.93"),
         received_by=received(RCV_G, "a11-93.smtp-out.amazonses.com (a11-93.smtp-out.amazonses.com. [54.240.11.93])", d),
         note="Builder ID one-time code (6 digits)")

    # 030 Case A ack (15 digits), multipart, personal address
    d = dt("2025-05-12 01:03:29")
    plain = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_A} to address your inquiry.

The details of your case are as follows:

Case ID: {CASE_A}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General guidance
Correspondence: Use Case: I am leaving my current employer (Nagisa Systems) at the end of May and would like to merge my company certification account into my personal one.
All email addresses you may have used in our system: {ME_C}, {ME_P}
The email address you would like to keep on file: {ME_P}

We usually respond within 24 hours, but sometimes need more time to find the best solution. If a case has already been raised, please don't raise another case for the same request.

If you have anything to add, reply to this email.

Sincerely,
Amazon Web Services
"""
    BODIES["A1"] = plain
    emit("caseA-ack", frm=TC_FULL, to=ME_P, subject=f"RE:[CASE {CASE_A}] {TC_SUBJ}", date=d,
         part=alt(plain, html_wrap(p2html(plain)), "A1"), kind="acknowledgement", case=CASE_A,
         key="A1", msgid=mid_ses("A1"), auth=tc_auth_gmail(),
         received_by=received(RCV_G, "a8-21.smtp-out.amazonses.com (a8-21.smtp-out.amazonses.com. [54.240.8.21])", d),
         note="15-digit case ack; echoes both addresses; conditional 'If you have anything to add, reply'")

    # 031 Case B ack: duplicate submission 7 minutes later
    d = dt("2025-05-12 01:10:55")
    plain = BODIES["A1"].replace(CASE_A, CASE_B)
    emit("caseB-duplicate-ack", frm=TC_FULL, to=ME_P, subject=f"RE:[CASE {CASE_B}] {TC_SUBJ}", date=d,
         part=alt(plain, html_wrap(p2html(plain)), "B1"), kind="acknowledgement", case=CASE_B,
         key="B1", msgid=mid_ses("B1"), auth=tc_auth_gmail(),
         received_by=received(RCV_G, "a8-22.smtp-out.amazonses.com (a8-22.smtp-out.amazonses.com. [54.240.8.22])", d),
         note="Duplicate form submission: a second ack for the same request, new case number")

    # 032 Case B: terse confirmation request from another agent
    d = dt("2025-05-13 00:12:03")
    body = f"""Kaito,

Account #1 - {ME_P} ({CID_NEW})
Account #2 - {ME_C} ({CID_OLD})

Merge #2 into #1 and keep #1? Yes/no.

Dmitri | AWS T&C Support
"""
    BODIES["B2"] = body
    emit("caseB-terse-confirm", frm=TC_FULL, to=ME_P, subject=f"RE:[CASE {CASE_B}] {TC_SUBJ}", date=d,
         part=text(body, cs="us-ascii", cte="7bit"), kind="confirmation_request", needs_reply=True, case=CASE_B,
         cands=[CID_NEW, CID_OLD],
         key="B2", msgid=mid_ses("B2"), reply_to_key="B1", auth=tc_auth_gmail(),
         note="Extremely terse confirmation on the duplicate case: no greeting, no 'please', no 'confirm'")

    # 033 user reply on B: it's a duplicate
    d = dt("2025-05-13 09:40", JST)
    new = f"""Hi Dmitri,

Sorry, I submitted the form twice by mistake. This is the same request as case {CASE_A}. Could you close this one and keep everything in that case?

(And yes, #2 into #1 is what I want.)

Thanks,
Kaito"""
    emit("caseB-user-says-duplicate", frm=ME_P_FULL, to=TC, subject=f"Re: [CASE {CASE_B}] {TC_SUBJ}".replace("Re: [", "RE:["), date=d,
         part=gmail_reply(new, gattr_en(dt("2025-05-13 00:12:03"), f"AWS Training and Certification <{TC}>"), BODIES["B2"], "B3"),
         kind="user_reply", case=CASE_B,
         key="B3", msgid=mid_gmail("B3"), reply_to_key="B2", refs_keys=["B1"],
         note="Owner's reply naming the other case number in its body; thread is case B; IDs only in the quote")

    # 034 Case B closed as duplicate
    d = dt("2025-05-13 02:30:47")
    body = f"""Hi Kaito,

No problem. I've closed this case as a duplicate of case {CASE_A}; my colleague will continue with the merge there. Nothing else is needed on this case.

Dmitri | AWS T&C Support
"""
    emit("caseB-closed-duplicate", frm=TC_FULL, to=ME_P, subject=f"RE:[CASE {CASE_B}] {TC_SUBJ}", date=d,
         part=text(body, cs="us-ascii", cte="7bit"), kind="resolved", case=CASE_B,
         key="B4", msgid=mid_ses("B4"), reply_to_key="B3", refs_keys=["B1", "B2"], auth=tc_auth_gmail(),
         note="Duplicate case closed at the owner's request (resolved, not closing_notice); mentions the other case")

    # 035 GitHub merged notification (company)
    d = dt("2025-05-13 05:18")
    plain = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/nagisa-sys/infra-terraform/pull/412#event-17612043981
You are receiving this because you authored the thread.
"""
    html = html_wrap("<p>Merged <a href=\"https://github.com/nagisa-sys/infra-terraform/pull/412\">#412</a> into main.</p>"
                     "<p style=\"font-size:small;color:#666\">—<br>Reply to this email directly, "
                     "<a href=\"https://github.com/nagisa-sys/infra-terraform/pull/412#event-17612043981\">view it on GitHub</a>.<br>"
                     "You are receiving this because you authored the thread.</p>")
    emit("github-merged", frm="Tanaka Ryo <notifications@github.com>", to="nagisa-sys/infra-terraform <infra-terraform@noreply.github.com>",
         cc=f"Kaito Morishita <{ME_C}>, Author <author@noreply.github.com>",
         subject="Re: [nagisa-sys/infra-terraform] Merge aws-accounts module into shared account baseline (PR #412)", date=d,
         part=alt(plain, html, "gh1"), kind="unrelated",
         msgid="<nagisa-sys/infra-terraform/pull/412/issue_event/17612043981@github.com>",
         auth=m365_auth("github.com", mailfrom="github.com", ip="192.30.252.201"),
         extra=[("X-GitHub-Reason", "author"), ("List-ID", "nagisa-sys/infra-terraform <infra-terraform.nagisa-sys.github.com>")],
         note="GitHub 'Merged' about 'aws-accounts'; 'Reply to this email' footer")


def outlook_hdr_en(d, frm, to, subj, cc=None):
    t = d.astimezone(JST)
    s = f"From: {frm}\nSent: {t.strftime('%A, %B %-d, %Y %-I:%M %p')}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subj}\n"


def outlook_hdr_ja(d, frm, to, subj, cc=None):
    t = d.astimezone(JST)
    s = f"差出人: {frm}\n送信日時: {t.year}年{t.month}月{t.day}日 {t.hour}:{t.minute:02d}\n宛先: {to}\n"
    if cc:
        s += f"CC: {cc}\n"
    return s + f"件名: {subj}\n"


SEP = "________________________________"


# ======================================================================
# Batch 3: case A, APN hold -> confirmation -> closing -> merge (May/June 2025)
# ======================================================================

def batch3():
    SUBJ_A = f"RE:[CASE {CASE_A}] {TC_SUBJ}"

    # 036 APN hold, verbose, ask buried mid-paragraph; to personal, cc company
    d36 = dt("2025-05-14 03:26:51")
    body = f"""Hello Kaito,

Thank you for your patience while I reviewed your request to merge your AWS Certification accounts. I wanted to give you the full picture of where things stand, because your situation has one extra step compared to a typical merge.

When I looked up the account registered to {ME_C} ({CID_OLD}), I found that it is associated with an AWS Partner Network (APN) organization, Nagisa Systems Co., Ltd. Certifications held on partner-associated accounts count toward that partner's tier and competency requirements, which is why we cannot move them to another account while the association is active without the partner being informed. This protects both you and the partner: in the past we have seen accounts merged away from a partner while the person was still employed there, and the partner lost credit it was entitled to.

For that reason I have placed your case on hold for now. The usual way forward is that the individual confirms they are leaving (or have left) the partner organization, after which we notify the partner administrator and remove the association before merging. So that I can start that process I'll need you to tell me whether you are leaving Nagisa Systems and what your last working day will be; I can't move forward on my own. Once the association is removed, the merge itself usually takes less than a day.

In the meantime your accounts remain exactly as they are, and your certifications are still valid on the current account. You don't need to open a new case or resubmit the form.

If you have any questions about the partner association itself, your Partner Central administrator is usually the best person to ask.

Kind regards,
Theodore W.
AWS Training and Certification | Account Services
"""
    BODIES["A2"] = body
    emit("caseA-apn-hold-buried-question", frm=TC_FULL, to=ME_P, cc=ME_C, subject=SUBJ_A, date=d36,
         part=alt(body, html_wrap(p2html(body)), "A2"), kind="on_hold", needs_reply=True, case=CASE_A, cands=[CID_OLD],
         key="A2", msgid=mid_ses("A2"), reply_to_key="A1", auth=tc_auth_gmail(),
         note="APN hold; the question (leaving? last day?) is buried in paragraph 3 as 'I'll need you to tell me'")

    # 037 user reply from the COMPANY address (Outlook), cc manager
    d37 = dt("2025-05-14 15:02", JST)
    new = f"""Hi Theodore,

Thank you for the detailed explanation. Yes, I am leaving Nagisa Systems. My last working day is May 30, 2025, and this mailbox will be deactivated on that day.

Please go ahead. I've cc'd my manager, Mr. Tajima, for reference.

Best regards,
Kaito Morishita
Nagisa Systems Co., Ltd. | Cloud Integration Dept.
"""
    body = new + "\n" + SEP + "\n" + outlook_hdr_en(d36, f"AWS Training and Certification <{TC}>", f"Kaito Morishita <{ME_P}>", SUBJ_A, cc=ME_C) + "\n" + BODIES["A2"]
    BODIES["A3"] = new
    emit("caseA-user-reply-from-company", frm=ME_C_FULL, to=TC, cc="田島 浩一 <k-tajima@nagisa-sys.co.jp>",
         subject=f"RE: [CASE {CASE_A}] {TC_SUBJ}", date=d37,
         part=text(body, cs="utf-8", cte="quoted-printable"), kind="user_reply", case=CASE_A,
         key="A3", msgid=mid_outlook("A3"), reply_to_key="A2", refs_keys=["A1"], crlf=True,
         extra=[("Thread-Topic", f"[CASE {CASE_A}] {TC_SUBJ}"), ("Content-Language", "en-US")],
         note="Owner replies from the old company address (wrong address for verification); Outlook quote of the ask")

    # 038 manager's auto-reply (has the case token in its subject)
    d = dt("2025-05-14 15:02:40", JST)
    body = """お疲れさまです。田島です。

5月14日（水）〜5月16日（金）は出張のため不在にしております。
メールの確認が遅れる場合がございます。お急ぎの場合は携帯までご連絡ください。

I am out of the office until Monday, May 19 with limited access to email.

田島 浩一
株式会社なぎさシステムズ クラウドインテグレーション部
"""
    emit("manager-auto-reply-ja", frm="田島 浩一 <k-tajima@nagisa-sys.co.jp>", to=ME_C_FULL,
         subject=f"自動応答: RE: [CASE {CASE_A}] {TC_SUBJ}", date=d, subj_cs="iso-2022-jp",
         part=text(body, cs="iso-2022-jp", cte="7bit"), kind="unrelated",
         msgid=mid_outlook("tajima-oof"), reply_to_key="A3", auth=m365_auth("nagisa-sys.co.jp", mailfrom="nagisa-sys.co.jp", ip="10.4.2.9"),
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
         note="Colleague's out-of-office whose subject carries the [CASE] token; not support, no case")

    # 039 non-native English agent: write from the destination address (sent to company address)
    d39 = dt("2025-05-15 02:02:18")
    body = f"""Dear Customer,

Greetings from AWS Training and Certification !!

Thank you for the revert and for confirming about your last working day. However as per our security policy we are unable to take action on the request which is coming from the email id associated to the source account. Kindly revert back to us from the email id registered on the destination account i.e. {ME_P} confirming the same details, so that we can verify the ownership and proceed further with the partner team.

Request you to not create a new case for the same, simply reply on this email thread from the above email id.

Thanks & Regards,
Rahul K.
AWS Training and Certification
"""
    BODIES["A4"] = body
    emit("caseA-write-from-personal-address", frm=TC_FULL, to=ME_C, subject=SUBJ_A, date=d39,
         part=text(body, cs="us-ascii", cte="7bit"), kind="info_request", needs_reply=True, case=CASE_A,
         key="A4", msgid=mid_ses("A4"), reply_to_key="A3", refs_keys=["A1", "A2"], auth=tc_auth_m365(), crlf=True,
         note="Non-native English ('Kindly revert back', 'email id'); asks to write again from the destination address")

    # 040 user reply from personal address (Gmail)
    d40 = dt("2025-05-15 20:11", JST)
    new = f"""Hello Rahul,

I'm writing from my personal address as requested.

I confirm that I am leaving Nagisa Systems Co., Ltd. My last working day is May 30, 2025. Please merge my company certification account into the account registered to this address.

Best regards,
Kaito Morishita"""
    BODIES["A5"] = new
    emit("caseA-user-confirms-from-personal", frm=ME_P_FULL, to=TC, subject=SUBJ_A, date=d40,
         part=gmail_reply(new, gattr_en(d39, f"AWS Training and Certification <{TC}>"), BODIES["A4"], "A5"),
         kind="user_reply", case=CASE_A,
         key="A5", msgid=mid_gmail("A5"), reply_to_key="A4", refs_keys=["A1", "A2", "A3"],
         note="Owner's reply from the personal address, Gmail quoting; contains 'Please merge' (own request)")

    # 041 on hold, asks nothing
    d = dt("2025-05-16 04:44:09")
    body = f"""Hello Kaito,

Thanks for confirming from your personal address - that is all I needed from you.

I have notified the partner administrator of Nagisa Systems and asked our partner operations team to remove the association between {CID_OLD} and the partner organization. They usually complete this within 5 business days, and your case stays on hold until then. There is nothing you need to do in the meantime; I will write again as soon as I hear back.

Kind regards,
Theodore W.
AWS Training and Certification | Account Services
"""
    BODIES["A6"] = body
    emit("caseA-on-hold-nothing-to-do", frm=TC_FULL, to=ME_P, subject=SUBJ_A, date=d,
         part=alt(body, html_wrap(p2html(body)), "A6"), kind="on_hold", case=CASE_A, cands=[CID_OLD],
         key="A6", msgid=mid_ses("A6"), reply_to_key="A5", refs_keys=["A1", "A2", "A4"], auth=tc_auth_gmail(),
         note="On hold waiting on the partner; explicitly nothing to do")

    # 042 AWS billing statement from no-reply-aws@amazon.com (12-digit account id)
    d = dt("2025-05-16 08:01")
    inner = """<table width="600" cellpadding="6" style="border-collapse:collapse">
<tr><td colspan="2"><img src="https://d1.awsstatic.com/logos/aws-logo.png" alt="AWS"></td></tr>
<tr><td colspan="2"><h2>Your AWS Billing Statement is available</h2></td></tr>
<tr><td>Account</td><td>[AWS ID 482019375516]</td></tr>
<tr><td>Billing period</td><td>April 1 - April 30, 2025</td></tr>
<tr><td>Total</td><td>USD 1,284.37</td></tr>
<tr><td colspan="2">Your payment method on file will be charged. To view your statement, sign in to the
<a href="https://console.aws.amazon.com/billing/home#/bills">Billing and Cost Management console</a>.</td></tr>
<tr><td colspan="2" style="font-size:11px;color:#666">This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210. Please do not reply to this email; this address cannot accept incoming e-mails.</td></tr>
</table>"""
    emit("aws-billing-statement", frm=CONSOLE_FULL, to=ME_C,
         subject="Amazon Web Services Billing Statement Available [Account: 482019375516]", date=d,
         part=text(html_wrap(inner), "text/html", "utf-8", "quoted-printable"), kind="unrelated",
         msgid=mid_ses("bill1"), auth=tc_auth_m365(),
         note="Same sender as console cases (no-reply-aws@amazon.com); 12-digit AWS account ID; HTML-only table")

    # 043 phishing from lookalike domain: fake merge confirmation
    d = dt("2025-05-19 11:37")
    inner = """<div style="max-width:600px;font-family:Arial">
<p><img src="https://aws-certification-support.com/img/aws.png" width="90"></p>
<p>Dear AWS Certified Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (Request ID: CRT-2025-0519-8831).
To prevent suspension of your certifications, you must confirm which account to keep within <b>48 hours</b>.</p>
<table cellpadding="6" style="border:1px solid #ddd"><tr><td>Account #1</td><td>Personal</td></tr>
<tr><td>Account #2</td><td>Company</td></tr></table>
<p style="text-align:center"><a href="https://aws-certification-support.com/merge/confirm?r=8831"
style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none">Confirm merge</a></p>
<p>If you do not confirm, your certification status will be set to <i>Inactive</i>.</p>
<p>AWS Training and Certification Support</p></div>"""
    emit("phish-lookalike-confirm-merge", frm="AWS Certification Support <support@aws-certification-support.com>", to=ME_P,
         subject="Action required: confirm your AWS Certification account merge", date=d,
         part=text(html_wrap(inner), "text/html", "utf-8", "base64"), kind="suspicious",
         msgid=mid_generic("ph1", "aws-certification-support.com"),
         auth=gmail_auth("aws-certification-support.com", mailfrom="mailer@aws-certification-support.com", ip="45.83.122.14"),
         received_by=received(RCV_G, "mail.aws-certification-support.com ([45.83.122.14])", d),
         note="Lookalike domain with passing DKIM/DMARC for itself; mimics Account #1/#2 confirmation")

    # 044 JetBrains merge confirmation (other vendor asks to reply)
    d = dt("2025-05-20 09:15")
    body = f"""##- Please type your reply above this line -##

Your request (5082716) has been updated. To add additional comments, reply to this email.

Hanna (JetBrains Sales Support)

May 20, 2025, 11:15 CEST

Hello Kaito,

We can merge the JetBrains Account associated with {ME_C} into the one associated with {ME_P}.

Before we do so, please confirm by replying to this email that you want us to:
  - keep: {ME_P}
  - merge and close: {ME_C}

Note that licenses assigned to you by your organization (Nagisa Systems) will not be transferred.

Kind regards,
Hanna
JetBrains Sales Support
"""
    emit("jetbrains-merge-confirm", frm="Hanna (JetBrains Sales Support) <sales@jetbrains.com>", to=ME_C,
         subject="[JetBrains] Re: Merge my JetBrains Accounts (#5082716)", date=d,
         part=text(body, cs="us-ascii", cte="7bit"), kind="unrelated",
         msgid=mid_generic("jb1", "jetbrains.zendesk.com"), auth=m365_auth("jetbrains.com", mailfrom="jetbrains.com", ip="104.18.10.3"),
         note="Another vendor's account-merge confirmation with 'please confirm by replying'; not AWS")

    # 045 farewell party (JP, Shift_JIS), asks for RSVP by reply
    d = dt("2025-05-20 19:30", JST)
    body = """クラウドインテグレーション部の皆さま

お疲れさまです。中村です。

5月末でご退職される森下さんの送別会を、下記のとおり開催します。

日時: 5月29日（木）19:00〜
場所: 新橋「炉端 かじや」
会費: 5,000円（森下さんは無料）

出欠を 5月26日（月）までに、このメールへの返信でお知らせください。

中村
"""
    emit("farewell-party-ja", frm="中村 陽介 <y-nakamura@nagisa-sys.co.jp>", to="cloud-int@nagisa-sys.co.jp",
         subject="【ご案内】森下さん送別会のお知らせ", date=d, subj_cs="shift_jis",
         part=text(body, cs="shift_jis", cte="8bit"), kind="unrelated",
         msgid=mid_outlook("nakamura1"), auth=m365_auth("nagisa-sys.co.jp", mailfrom="nagisa-sys.co.jp", ip="10.4.2.8"),
         note="Colleague asks for an RSVP reply (Shift_JIS); not support")

    # 046 template-driven status update
    d = dt("2025-05-21 06:12:40")
    body = f"""============================================================
 AWS Training and Certification - Case Status Update
============================================================
 Case ID          : {CASE_A}
 Status           : In progress
 Last updated     : 2025-05-21 06:12 UTC
 Action required  : None
 Owner            : Theodore W.
------------------------------------------------------------
 Update:
 The partner administrator of Nagisa Systems acknowledged our
 notification. Partner operations is now removing the association
 from your company account; I expect this to be done by May 23.
------------------------------------------------------------
 To add a comment to this case, reply to this email. Replies are
 added to the case automatically.
============================================================
"""
    emit("caseA-status-template", frm=TC_FULL, to=ME_P, subject=SUBJ_A, date=d,
         part=text(body, cs="us-ascii", cte="7bit"), kind="case_update", case=CASE_A,
         key="A7", msgid=mid_ses("A7"), reply_to_key="A6", refs_keys=["A1", "A2", "A4", "A5"], auth=tc_auth_gmail(), crlf=True,
         note="Ticket-system template: 'Action required : None'; footer 'To add a comment, reply'")

    # 047 Japanese newsletter (Shift_JIS) mentioning account merge
    d = dt("2025-05-22 07:00", JST)
    body = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　クラウド実践ジャーナル 週刊ダイジェスト　2025年5月22日号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の注目記事
1. 転職前に必ずやっておきたい「AWS 認定アカウントの統合」手順
   ― 会社アドレスから個人アドレスへ。サポートからの確認メールには必ず返信を
2. Amazon Bedrock の新機能まとめ（5月版）
3. AWS 認定 新試験ガイド：受験前に確認しておくべきこと

■ 読者アンケートのお願い
本誌へのご意見・ご感想を、このメールへの返信でお寄せください。

配信停止: https://cloud-jissen.jp/unsubscribe
発行: クラウド実践ジャーナル編集部
"""
    emit("newsletter-ja-sjis", frm="クラウド実践ジャーナル <news@cloud-jissen.jp>", to=ME_P,
         subject="【週刊】転職前にやっておきたい AWS 認定アカウント統合／Bedrock 新機能", date=d, subj_cs="shift_jis",
         part=text(body, cs="shift_jis", cte="8bit"), kind="unrelated",
         msgid=mid_generic("nl1", "cloud-jissen.jp"), auth=gmail_auth("cloud-jissen.jp", mailfrom="bounce@mail.cloud-jissen.jp", ip="203.0.113.40"),
         extra=[("List-Unsubscribe", "<https://cloud-jissen.jp/unsubscribe>")],
         note="Japanese newsletter about account merges, 'reply to this mail' reader survey")

    # 048 mixed: progress news + question about notification email
    d48 = dt("2025-05-23 01:50:27")
    body = f"""Hi Kaito,

Quick update and one question.

The partner association on {CID_OLD} was removed yesterday, so nothing is blocking the merge anymore. I've taken over your case from Theodore.

While preparing the merge I noticed that your personal account ({CID_NEW}) still has its certification notification email set to {ME_C} - probably copied over when you created the profile. Since that mailbox closes on May 30, do you want me to switch it to {ME_P} as part of the merge, or leave it as it is?

Best,
Anneliese K.
AWS Training and Certification
"""
    BODIES["A8"] = body
    emit("caseA-progress-plus-question", frm=TC_FULL, to=ME_P, subject=SUBJ_A, date=d48,
         part=alt(body, html_wrap(p2html(body)), "A8"), kind="info_request", needs_reply=True, case=CASE_A,
         cands=[CID_OLD, CID_NEW],
         key="A8", msgid=mid_ses("A8"), reply_to_key="A7", refs_keys=["A1", "A2", "A4", "A5", "A6"], auth=tc_auth_gmail(),
         note="Mixed mail: hold lifted (news) + a question about the notification email (ask decides)")

    # 049 user reply
    d49 = dt("2025-05-23 12:31", JST)
    new = f"""Hi Anneliese,

Yes, please switch it to {ME_P}. Thanks!

Kaito"""
    BODIES["A9"] = new
    emit("caseA-user-switch-email", frm=ME_P_FULL, to=TC, subject=SUBJ_A, date=d49,
         part=gmail_reply(new, gattr_en(d48, f"AWS Training and Certification <{TC}>"), BODIES["A8"], "A9"),
         kind="user_reply", case=CASE_A,
         key="A9", msgid=mid_gmail("A9"), reply_to_key="A8", refs_keys=["A1", "A2", "A4", "A5", "A6", "A7"],
         note="Short owner reply; candidate IDs only in quoted part")

    # 050 confirmation request, HTML-only table
    d50 = dt("2025-05-26 04:03:11")
    rows = [("Candidate ID", CID_NEW, CID_OLD), ("Login email", ME_P, ME_C),
            ("Training notification email", ME_P, ME_C), ("Certification notification email", ME_P, ME_C),
            ("Certifications", "-", "SAA, DVA, SOA, SAP")]
    table = ("<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse\">"
             "<tr style=\"background:#232f3e;color:#fff\"><th></th><th>Account #1</th><th>Account #2</th></tr>" +
             "".join(f"<tr><td><b>{a}</b></td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) + "</table>")
    inner = (f"<p>Hi Kaito,</p><p>Done &mdash; the certification notification email on the personal account is now {ME_P}. "
             "Here are the two accounts I'm about to merge:</p>" + table +
             "<p>Account #1 would be kept and Account #2 merged into it. Is that right? A one-line reply is fine.</p>"
             "<p>Best,<br>Anneliese K.<br>AWS Training and Certification</p>")
    BODIES["A10"] = (f"Hi Kaito,\n\nDone - the certification notification email on the personal account is now {ME_P}. "
                     "Here are the two accounts I'm about to merge:\n\n" +
                     "\n".join(f"{a}: {b} | {c}" for a, b, c in [("", "Account #1", "Account #2")] + rows) +
                     "\n\nAccount #1 would be kept and Account #2 merged into it. Is that right? A one-line reply is fine.\n\n"
                     "Best,\nAnneliese K.\nAWS Training and Certification\n")
    emit("caseA-confirm-html-table", frm=TC_FULL, to=ME_P, subject=SUBJ_A, date=d50,
         part=text(html_wrap(inner), "text/html", "utf-8", "quoted-printable"), kind="confirmation_request",
         needs_reply=True, case=CASE_A, cands=[CID_NEW, CID_OLD],
         key="A10", msgid=mid_ses("A10"), reply_to_key="A9", refs_keys=["A1", "A2", "A4", "A5", "A6", "A7", "A8"],
         auth=tc_auth_gmail(),
         note="HTML-only confirmation with Account #1/#2 table; the ask is 'Is that right?'")

    # 051 bounce of the owner's reply to a mistyped address
    d = dt("2025-05-27 08:20:14")
    orig = f"""From: Kaito Morishita <{ME_P}>
To: aws-cs-trainingcertification-from@amazon.com
Subject: {SUBJ_A}
Date: Tue, 27 May 2025 17:20:09 +0900
Message-ID: {mid_gmail('bounced-orig')}
Content-Type: text/plain; charset="UTF-8"

Confirmed - please merge Account #2 into Account #1.

Kaito
"""
    report = f"""** Address not found **

Your message wasn't delivered to aws-cs-trainingcertification-from@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <aws-cs-trainingcertification-from@amazon.com>: Recipient address rejected: User unknown in virtual mailbox table
"""
    status = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 27 May 2025 01:20:09 -0700 (PDT)

Final-Recipient: rfc822; aws-cs-trainingcertification-from@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.6, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 User unknown
Last-Attempt-Date: Tue, 27 May 2025 01:20:14 -0700 (PDT)
"""
    mp = multi("report", [text(report, "text/plain", "utf-8", "7bit"),
                          rawpart("message/delivery-status", status, cte=None),
                          rawpart("message/rfc822", orig, cte=None)], "bounce1")
    mp.headers[0] = ("Content-Type", mp.headers[0][1].replace("multipart/report;", "multipart/report; report-type=delivery-status;"))
    emit("bounce-mistyped-support-address", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=ME_P,
         subject="Delivery Status Notification (Failure)", date=d, part=mp, kind="unrelated",
         msgid=mid_generic("bounce1", "mx.google.com"), auth=gmail_auth("googlemail.com", mailfrom="mailer-daemon@googlemail.com", ip="209.85.220.41"),
         extra=[("Auto-Submitted", "auto-replied")],
         note="Bounce carrying the owner's 'Confirmed - please merge' and the case subject; a bounce, not a case mail")

    # 052 top-posted bump over the long history
    d52 = dt("2025-05-28 05:47:30")
    hist = [
        (d50, f"AWS Training and Certification <{TC}>", ME_P, BODIES["A10"]),
        (d49, f"Kaito Morishita <{ME_P}>", TC, BODIES["A9"]),
        (d48, f"AWS Training and Certification <{TC}>", ME_P, BODIES["A8"]),
        (d40, f"Kaito Morishita <{ME_P}>", TC, BODIES["A5"]),
        (d39, f"AWS Training and Certification <{TC}>", ME_C, BODIES["A4"]),
        (d37, f"Morishita Kaito <{ME_C}>", TC, BODIES["A3"]),
        (d36, f"AWS Training and Certification <{TC}>", ME_P, BODIES["A2"]),
    ]
    body = f"""Hi Kaito,

Following up on Anneliese's note below - we still need your go-ahead on which account to keep before anything is merged. Account #1 ({CID_NEW}) or Account #2?

Thanks,
Ravi M.
AWS Training and Certification

"""
    for hd, hf, ht, hb in hist:
        body += SEP + "\n" + outlook_hdr_en(hd, hf, ht, SUBJ_A) + "\n" + hb.strip() + "\n\n"
    BODIES["A11"] = body
    emit("caseA-bump-top-posted", frm=TC_FULL, to=ME_P, subject=SUBJ_A, date=d52,
         part=text(body, cs="utf-8", cte="quoted-printable"), kind="confirmation_request", needs_reply=True,
         case=CASE_A, cands=[CID_NEW],
         key="A11", msgid=mid_ses("A11"), reply_to_key="A10", refs_keys=["A1", "A2", "A4", "A5", "A6", "A7", "A8", "A9"],
         auth=tc_auth_gmail(),
         note="Short top-posted reminder over seven quoted mails (which contain old asks and the owner's own 'Please merge')")

    # 053 Skill Builder receipt (no-reply@aws.training)
    d = dt("2025-05-28 10:05")
    plain = f"""AWS Skill Builder

Thank you for your order.

Order number: SB-7781-2045-9931
Product: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billed to: {ME_P}

Your subscription renews automatically on June 28, 2025. You can cancel at any time from
My Account > Subscription.

Questions about your order? Contact us at https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
"""
    emit("skillbuilder-receipt", frm="AWS Training and Certification <no-reply@aws.training>", to=ME_P,
         subject="Your AWS Skill Builder receipt (Order SB-7781-2045-9931)", date=d,
         part=alt(plain, html_wrap(p2html(plain)), "sb1"), kind="unrelated",
         msgid=mid_generic("sb1", "aws.training"), auth=gmail_auth("aws.training", mailfrom="bounce@aws.training", ip="54.240.48.12"),
         note="Other AWS Training mail (receipt) from aws.training")

    # 054 owner self-forwards the APN hold mail from company to personal (JP note)
    d = dt("2025-05-29 17:48", JST)
    body = ("会社アドレス停止前に念のため個人アドレスへ転送。\n\n" + SEP + "\n" +
            outlook_hdr_ja(d36, f"AWS Training and Certification <{TC}>", f"Kaito Morishita <{ME_P}>", SUBJ_A, cc=ME_C) +
            "\n" + BODIES["A2"])
    emit("self-forward-apn-hold-ja", frm=ME_C_FULL, to=ME_P_FULL,
         subject=f"FW: {SUBJ_A}", date=d,
         part=text(body, cs="utf-8", cte="quoted-printable"), kind="user_reply", case=CASE_A, cands=[],
         key="A12", msgid=mid_outlook("A12"), auth=gmail_auth("nagisa-sys.co.jp", "nagisa-sys.co.jp", mailfrom="k-morishita@nagisa-sys.co.jp", ip="40.107.74.51"),
         note="Owner forwards the old APN-hold request to himself; a copy, not a new request; IDs only in forwarded part")

    # 055 closing notice (case A)
    d55 = dt("2025-05-30 02:15:02")
    body = f"""Hi Kaito,

We haven't heard back from you on the merge confirmation (see below), and your case is now set to close automatically on June 2 if there's no reply. Replying to this email, even with a one-liner, keeps it open.

Anneliese K.
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Monday, May 26, 2025 4:03 AM
To: {ME_P}
Subject: {SUBJ_A}

{BODIES['A10']}"""
    BODIES["A13"] = body
    emit("caseA-closing-notice", frm=TC_FULL, to=ME_P, subject=SUBJ_A, date=d55,
         part=text(body, cs="utf-8", cte="quoted-printable"), kind="closing_notice", needs_reply=True, case=CASE_A,
         key="A13", msgid=mid_ses("A13"), reply_to_key="A11", refs_keys=["A1", "A2", "A4", "A5", "A6", "A7", "A8", "A9", "A10"],
         auth=tc_auth_gmail(),
         note="Closing notice worded 'set to close automatically… Replying keeps it open'; no 'please'")

    # 056 owner confirms (after the bounce)
    d56 = dt("2025-05-30 12:09", JST)
    new = f"""Hi Anneliese, hi Ravi,

Sorry about that - I did reply on the 27th, but it bounced because I mistyped your address.

Confirmed: please merge Account #2 into Account #1 and keep {CID_NEW}.

Kaito"""
    emit("caseA-user-confirmed", frm=ME_P_FULL, to=TC, subject=SUBJ_A, date=d56,
         part=gmail_reply(new, gattr_en(d55, f"AWS Training and Certification <{TC}>"), BODIES["A13"], "A14"),
         kind="user_reply", case=CASE_A, cands=[CID_NEW],
         key="A14", msgid=mid_gmail("A14"), reply_to_key="A13", refs_keys=["A1", "A10", "A11"],
         note="The owner's confirmation; quoted closing notice and table below")

    # 057 spoof: exact support From + real case number, but dmarc=fail
    d = dt("2025-06-02 00:58:31")
    plain = f"""Hello Kaito,

Your account merge is almost complete. For security reasons we must re-verify the destination account before your certifications are released.

Please sign in within 24 hours to complete verification:
https://aws-training-verify.com/merge/verify?case={CASE_A}

If verification is not completed, the merge will be cancelled and your case closed.

Sincerely,
AWS Training and Certification
"""
    emit("spoof-dmarc-fail-case-subject", frm=TC_FULL, to=ME_P, subject=SUBJ_A, date=d,
         part=alt(plain, html_wrap(p2html(plain)), "spoof1"), kind="suspicious",
         msgid=mid_generic("spoof1", "amazon.com"),
         auth=tc_auth_gmail(ok=False),
         received_by=received(RCV_G, "vps-2231.hostingzone.ru ([185.220.101.47])", d),
         reply_to="verify@aws-training-verify.com",
         note="Genuine From and the real case subject, but DKIM/SPF/DMARC fail; link to lookalike")

    # 058 resolved: merged; quotes the confirmation request
    d58 = dt("2025-06-02 03:31:48")
    new = f"""Hi Kaito,

Thanks for confirming, and sorry about the bounce.

I have successfully merged all accounts. Everything from {CID_OLD} (certifications, exam history and benefits) is now on {CID_NEW}, and you can sign in with your Builder ID ({ME_P}) as usual. The old login no longer works.

Your Credly badges will be re-issued to this address within a day; the Partner Central profile of Nagisa Systems may take a few more days to update. No further action is required.

Best,
Anneliese K.
AWS Training and Certification
"""
    body = new + "\n" + gattr_en(d56, f"Kaito Morishita <{ME_P}>") + "\n" + quote_gt(
        "Confirmed: please merge Account #2 into Account #1 and keep " + CID_NEW + ".\n\nKaito\n\n" + BODIES["A13"])
    BODIES["A15"] = new
    emit("caseA-merged", frm=TC_FULL, to=ME_P, subject=SUBJ_A, date=d58,
         part=alt(body, html_wrap(p2html(new) + "<blockquote>" + esc(BODIES["A13"]).replace("\n", "<br>") + "</blockquote>"), "A15"),
         kind="resolved", case=CASE_A, cands=[CID_OLD, CID_NEW],
         key="A15", msgid=mid_ses("A15"), reply_to_key="A14", refs_keys=["A1", "A10", "A11", "A13"], auth=tc_auth_gmail(),
         note="'successfully merged' above a quoted closing notice and confirmation request")

    # 059 Credly badges after merge
    d = dt("2025-06-02 03:58")
    plain = """Kaito, you've earned new badges!

Amazon Web Services Training and Certification has issued you 4 badges:
  - AWS Certified Solutions Architect - Professional
  - AWS Certified Solutions Architect - Associate
  - AWS Certified SysOps Administrator - Associate
  - AWS Certified Developer - Associate

Accept your badges: https://www.credly.com/earner/earned?ref=aws-tc

Your badges are pending until you accept them.

Credly
"""
    emit("credly-badges-after-merge", frm="Credly <admin@credly.com>", to=ME_P,
         subject="Kaito, you have 4 new badges from Amazon Web Services Training and Certification", date=d,
         part=alt(plain, html_wrap(p2html(plain)), "credly3"), kind="badge",
         msgid=mid_generic("cr3", "credly.com"), auth=gmail_auth("credly.com", mailfrom="bounce@mail.credly.com", ip="149.72.120.7"),
         note="Credly badge mail right after the merge")

    # 060 survey for case A
    d = dt("2025-06-03 02:00")
    inner = f"""<table width="600" cellpadding="10"><tr><td>
<p>Hello Kaito,</p>
<p>Your recent case with AWS Training and Certification (Case ID {CASE_A}) was resolved. How would you rate your support experience?</p>
<p style="font-size:28px"><a href="https://aws-tc-feedback.amazon.com/s?c={CASE_A}&amp;r=1">&#9733;</a>
<a href="https://aws-tc-feedback.amazon.com/s?c={CASE_A}&amp;r=2">&#9733;</a>
<a href="https://aws-tc-feedback.amazon.com/s?c={CASE_A}&amp;r=3">&#9733;</a>
<a href="https://aws-tc-feedback.amazon.com/s?c={CASE_A}&amp;r=4">&#9733;</a>
<a href="https://aws-tc-feedback.amazon.com/s?c={CASE_A}&amp;r=5">&#9733;</a></p>
<p>The survey takes less than two minutes. Please do not reply to this email.</p>
</td></tr></table>"""
    plain = (f"Hello Kaito,\n\nYour recent case with AWS Training and Certification (Case ID {CASE_A}) was resolved. "
             f"How would you rate your support experience?\n\nRate it here: https://aws-tc-feedback.amazon.com/s?c={CASE_A}\n\n"
             "The survey takes less than two minutes. Please do not reply to this email.\n")
    emit("caseA-survey", frm="AWS Training and Certification <aws-tc-feedback@amazon.com>", to=ME_P,
         subject=f"How did we do? Case {CASE_A}", date=d,
         part=alt(plain, html_wrap(inner), "A-survey"), kind="survey", case=CASE_A,
         msgid=mid_ses("A-survey"), auth=gmail_auth("amazon.com", mailfrom="0100018f2c3d7e11@email.amazonses.com", ip="54.240.8.30"),
         note="Satisfaction survey for case A")


CONSOLE_FOOTER = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in the top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services

======================================================================
To see all of the correspondence for this case and to reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={case}%26language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To contact us again about this same issue, please use the link above.
======================================================================

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

C_TITLE = "Cannot open AWS Certification account from AWS Skill Builder after account merge"


def console_auth():
    return gmail_auth("amazon.com", "amazon.com", mailfrom="0100018f7e20aa11@us-west-2.amazonses.com", ip="54.240.27.55")


# ======================================================================
# Batch 4: case A reopened (June 2025), console case C, case J, tail
# ======================================================================

def batch4():
    SUBJ_A = f"RE:[CASE {CASE_A}] {TC_SUBJ}"

    # 061 owner reopens case A by replying
    d61 = dt("2025-06-05 21:40", JST)
    new = f"""Hi Anneliese,

Sorry to come back to this. After the merge I checked the new account and two things look off:

- The 50% exam discount voucher that was on my old account ({CID_OLD}) is not listed under Benefits.
- Exam history shows only 2 of my 4 exams (SAA-C02 in 2021 and SAP-C02 in 2024). DVA-C01 and SOA-C02 are missing, although the certifications themselves are there.

Could you take a look?

Kaito"""
    emit("caseA-user-reopens", frm=ME_P_FULL, to=TC, subject=SUBJ_A, date=d61,
         part=gmail_reply(new, gattr_en(dt("2025-06-02 03:31:48"), f"AWS Training and Certification <{TC}>"), BODIES["A15"], "A16"),
         kind="user_reply", case=CASE_A, cands=[CID_OLD],
         key="A16", msgid=mid_gmail("A16"), reply_to_key="A15", refs_keys=["A1", "A14"],
         note="Owner's follow-up after resolution (reopens the case); own question 'Could you take a look?'")

    # 062 reopened, numbered questions
    d62 = dt("2025-06-05 23:55:17")
    body = f"""Hello Kaito,

I've reopened your case and I'm looking into both points. To track down the missing records I need a few details from you:

1. The approximate dates of the two missing exams, and whether you took them at a test center or online.
2. Was either of them booked while signed in through APN Partner Central rather than with your Builder ID?
3. The voucher code, if you noted it down before the merge (it starts with "CERT50").
4. Any other email addresses you have ever used for AWS Certification.

Regards,
Jonas B.
AWS Training and Certification
"""
    BODIES["A17"] = body
    emit("caseA-reopened-numbered-questions", frm=TC_FULL, to=ME_P, subject=SUBJ_A, date=d62,
         part=text(body, cs="us-ascii", cte="7bit"), kind="info_request", needs_reply=True, case=CASE_A,
         key="A17", msgid=mid_ses("A17"), reply_to_key="A16", refs_keys=["A1", "A15"], auth=tc_auth_gmail(),
         note="Reopened case; numbered questions without a question word on items 1, 3 and 4")

    # 063 Amazon.co.jp order (JP, base64)
    d = dt("2025-06-06 19:12", JST)
    body = """森下 海斗 様

Amazon.co.jp をご利用いただき、ありがとうございます。
以下のご注文を承りました。

注文番号: 250-8312794-6620571
商品: AWS認定ソリューションアーキテクト－プロフェッショナル 問題集 第3版
お届け予定: 2025年6月8日（日）
ご請求額: ￥3,740

注文内容の確認・変更は「注文履歴」から行えます。
このメールは配信専用のアドレスから送信されています。ご返信いただいてもお答えできませんので、ご了承ください。

Amazon.co.jp
"""
    emit("amazon-jp-order", frm="Amazon.co.jp <auto-confirm@amazon.co.jp>", to=ME_P,
         subject="Amazon.co.jp ご注文の確認", date=d,
         part=text(body, cs="utf-8", cte="base64"), kind="unrelated",
         msgid=mid_generic("amzjp1", "amazon.co.jp"), auth=gmail_auth("amazon.co.jp", mailfrom="bounce@amazon.co.jp", ip="52.95.48.120"),
         note="Amazon shopping mail (Japanese, base64) mentioning AWS certification book")

    # 064 JP keigo closing notice (ISO-2022-JP)
    d64 = dt("2025-06-09 01:15:00")
    body = f"""森下 海斗 様

いつもお世話になっております。AWS トレーニングと認定サポートの佐々木でございます。Jonas より本件を引き継ぎました。

6月5日にお送りいたしましたご質問につきまして、現時点でご回答を確認できておりません。大変恐れ入りますが、6月12日（木）までにご返信をいただけない場合、本ケースは自動的にクローズさせていただきますので、あらかじめご了承くださいますようお願い申し上げます。

引き続き調査をご希望の場合は、本メールへご返信くださいますようお願いいたします。

佐々木 理沙
AWS トレーニングと認定 カスタマーサポート
"""
    BODIES["A18"] = body
    emit("caseA-closing-keigo-ja", frm="AWS Training and Certification <" + TC + ">", to=ME_P, subject=SUBJ_A, date=d64,
         subj_cs="iso-2022-jp",
         part=text(body, cs="iso-2022-jp", cte="7bit"), kind="closing_notice", needs_reply=True, case=CASE_A,
         key="A18", msgid=mid_ses("A18"), reply_to_key="A17", refs_keys=["A1", "A16"], auth=tc_auth_gmail(),
         note="Japanese keigo closing notice (ISO-2022-JP); reply keeps it open")

    # 065 owner answers; subject changed, no case number anywhere: threaded only by In-Reply-To/References
    d65 = dt("2025-06-09 22:03", JST)
    new = """Sasaki-san, Jonas,

Sorry for the delay. Answers below:

1. DVA-C01: around September 2022, at the Pearson VUE test center in Shinjuku. SOA-C02: November 2, 2024, online (OnVUE).
2. Yes, I think the DVA-C01 exam was booked while I was signed in through Partner Central.
3. I didn't note the voucher code, sorry.
4. No other addresses, only the two you already have.

Thanks,
Kaito"""
    emit("caseA-user-answers-no-case-in-subject", frm=ME_P_FULL, to=TC, subject="Re: missing voucher after merge", date=d65,
         part=gmail_reply(new, gattr_ja(d64, f"AWS Training and Certification <{TC}>"), BODIES["A18"], "A19"),
         kind="user_reply", case=CASE_A,
         key="A19", msgid=mid_gmail("A19"), reply_to_key="A18", refs_keys=["A1", "A15", "A16", "A17"],
         note="Owner's reply with an edited subject and no case number; belongs to case A only via In-Reply-To/References; Gmail JP attribution line")

    # 066 JP keigo case update, subject without case token, case id in body
    d66 = dt("2025-06-10 06:40:12")
    body = f"""森下 海斗 様

ご回答いただき、誠にありがとうございます。

いただいた情報をもとに確認いたしましたところ、DVA-C01 の受験記録が Partner Central 経由で作成された別の候補 ID に紐付いていることが判明いたしました。現在、該当の記録を統合先アカウントへ移す作業を担当チームに依頼しております。バウチャーにつきましても、特典チームにて確認を進めております。

進捗がございましたら、改めてご連絡いたします。現時点でお客様にご対応いただくことはございません。ご不明な点がございましたら、お気軽に本メールへご返信くださいませ。

ケース ID: {CASE_A}

佐々木 理沙
AWS トレーニングと認定 カスタマーサポート
"""
    emit("caseA-progress-ja-no-case-subject", frm="AWS Training and Certification <" + TC + ">", to=ME_P,
         subject="RE: missing voucher after merge", date=d66,
         part=text(body, cs="utf-8", cte="8bit"), kind="case_update", case=CASE_A,
         key="A20", msgid=mid_ses("A20"), reply_to_key="A19", refs_keys=["A1", "A17", "A18"], auth=tc_auth_gmail(),
         note="Progress in keigo; '現時点でお客様にご対応いただくことはございません' + conditional reply invitation; case id only in body")

    # 067 JP phishing from lookalike
    d = dt("2025-06-11 08:22", JST)
    body = """AWS 認定をご利用のお客様

お客様の AWS 認定アカウントの統合手続きが保留中となっております。
24時間以内に以下のリンクからご本人確認を完了し、本メールにご返信ください。
期限内にご対応いただけない場合、保有資格がすべて失効いたします。

▼ ご本人確認はこちら
https://aws-training-jp.net/verify/account-merge

AWS 認定事務局
"""
    emit("phish-ja-lookalike", frm="AWS認定事務局 <info@aws-training-jp.net>", to=ME_P,
         subject="【重要】AWS認定アカウント統合手続きの最終確認（24時間以内にご対応ください）", date=d,
         part=text(body, cs="utf-8", cte="base64"), kind="suspicious",
         msgid=mid_generic("ph2", "aws-training-jp.net"),
         auth=gmail_auth("aws-training-jp.net", mailfrom="info@aws-training-jp.net", ip="103.151.24.7"),
         note="Japanese phishing from a lookalike domain, urgent ask to reply")

    # 068 JP info request: progress + ask to confirm the voucher use (base64)
    d68 = dt("2025-06-12 02:20:40")
    body = f"""森下 海斗 様

いつもお世話になっております。AWS トレーニングと認定サポートの佐々木でございます。

特典チームより回答がございましたので、ご報告いたします。旧アカウントに付与されていた 50% 割引バウチャーは、2024年11月2日の試験予約（Pearson VUE 登録番号 462018937）にてすでにご利用済みとなっておりました。また、SOA-C02 の受験記録につきましては、統合先アカウントへの反映が完了しております。

つきましては、上記の試験予約がお客様ご自身によるものであるかどうか、ご確認のうえご返信いただけますと幸いです。お心当たりがない場合は、不正利用の可能性がございますため、別途調査させていただきます。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

佐々木 理沙
AWS トレーニングと認定 カスタマーサポート
"""
    BODIES["A21"] = body
    emit("caseA-voucher-question-ja", frm="AWS Training and Certification <" + TC + ">", to=ME_P,
         subject="RE: missing voucher after merge", date=d68,
         part=text(body, cs="utf-8", cte="base64"), kind="info_request", needs_reply=True, case=CASE_A,
         key="A21", msgid=mid_ses("A21"), reply_to_key="A20", refs_keys=["A1", "A17", "A18", "A19"], auth=tc_auth_gmail(),
         note="Mostly a report; the ask (〜ご返信いただけますと幸いです) comes after; 9-digit registration id; no case id anywhere")

    # 069 owner answers in Japanese (QP)
    d69 = dt("2025-06-12 13:05", JST)
    new = """佐々木様

ご確認ありがとうございます。
はい、その予約は私自身のもの（2024年11月の SOA-C02 受験）です。バウチャーは使用済みで問題ありません。

残りは DVA-C01 の記録のみかと思いますので、引き続きよろしくお願いいたします。

森下"""
    emit("caseA-user-voucher-ok-ja", frm=ME_P_FULL, to=TC, subject="Re: missing voucher after merge", date=d69,
         part=gmail_reply(new, gattr_ja(d68, f"AWS Training and Certification <{TC}>"), BODIES["A21"], "A22"),
         kind="user_reply", case=CASE_A,
         key="A22", msgid=mid_gmail("A22"), reply_to_key="A21", refs_keys=["A1", "A19", "A20"],
         note="Japanese owner reply; thread known only from headers")

    # 070 casual resolution with survey footer and reopen invitation
    d = dt("2025-06-13 00:31:09")
    plain = f"""Hey Kaito!

Marisol here, wrapping this one up for Risa. The DVA-C01 record is now on {CID_NEW} too, so your Exam history should show all four exams. Nothing else needed from you.

If anything still looks off, just reply and I'll reopen - happy to help :)

Marisol
AWS Training and Certification

---
We value your feedback. Please share your experience by rating this correspondence:
https://aws-tc-feedback.amazon.com/r?c={CASE_A}&m=21
"""
    emit("caseA-resolved-casual", frm=TC_FULL, to=ME_P, subject=f"RE: missing voucher after merge [CASE {CASE_A}]", date=d,
         part=alt(plain, html_wrap(p2html(plain)), "A23"), kind="resolved", case=CASE_A, cands=[CID_NEW],
         key="A23", msgid=mid_ses("A23"), reply_to_key="A22", refs_keys=["A1", "A19", "A20", "A21"], auth=tc_auth_gmail(),
         note="Casual resolution, 'If anything still looks off, just reply' + rating footer")

    # ---------------- console case C ----------------
    d71 = dt("2025-06-16 05:41:20")
    body = f"""Dear Kaito Morishita,

We have received your request and opened case {CASE_C}.

Case ID: {CASE_C}
Subject: {C_TITLE}
Severity: General guidance
Service: Training and Certification
Category: Certification account
Account: [AWS ID 731906248815]
Correspondence: After my certification accounts were merged (case {CASE_A}), opening AWS Certification from AWS Skill Builder shows "We couldn't find a certification account for this profile". Signing in directly works.

To view or update this case, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}%26language=en

Thank you for contacting Amazon Web Services.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    emit("caseC-console-new-case", frm=CONSOLE_FULL, to=ME_P, subject=f"Amazon Web Services: New Support case: {CASE_C}", date=d71,
         part=text(body, cs="us-ascii", cte="7bit"), kind="acknowledgement", case=CASE_C,
         key="C1", msgid=mid_ses("C1"), auth=console_auth(),
         note="Console 'New Support case'; mentions another case number and a 12-digit AWS account id")

    # 072 AWS marketing (JP)
    d = dt("2025-06-16 18:00", JST)
    plain = """森下 海斗 様

AWS Summit Japan 2025 にご来場いただき、誠にありがとうございました。
全セッションの資料と動画を公開しましたので、ぜひご覧ください。

▶ セッション資料を見る: https://aws.amazon.com/jp/summits/japan/sessions/

今後のイベント情報をお届けするため、プロフィール情報の更新にご協力ください。

アマゾン ウェブ サービス ジャパン合同会社
配信停止をご希望の場合はこちら: https://pages.awscloud.com/communication-preferences
"""
    emit("aws-marketing-summit-ja", frm="アマゾン ウェブ サービス ジャパン <aws-marketing-email-replies@amazon.com>", to=ME_P,
         subject="【AWS Summit Japan 2025】ご来場ありがとうございました ― セッション資料公開のお知らせ", date=d,
         part=alt(plain, html_wrap(p2html(plain)), "mkt1"), kind="unrelated",
         msgid=mid_generic("mkt1", "amazon.com"), auth=gmail_auth("amazon.com", mailfrom="bounce@marketing.aws.amazon.com", ip="199.127.232.9"),
         note="AWS marketing in Japanese from an amazon.com sender")

    # 073 console info request (answer in Support Center) with feedback footer
    d73 = dt("2025-06-17 02:08:44")
    body = f"""Hello,

You have a new correspondence from AWS Support for case {CASE_C}: "{C_TITLE}".

Hi Kaito,

Thanks for reaching out. I checked the Skill Builder profile linked to your Builder ID and I can see two profiles: one created on May 12 and an older one from 2023 that was linked through APN Partner Central. Skill Builder is probably picking up the older profile.

To fix the mapping I need the exact email address shown under "Profile" in Skill Builder when you see the error, and a screenshot of the error page. Please add both to the case in the Support Center.

Farid A.
Amazon Web Services

""" + CONSOLE_FOOTER.format(case=CASE_C)
    emit("caseC-console-needs-screenshot", frm=CONSOLE_FULL, to=ME_P, subject=f"RE:[CASE {CASE_C}] {C_TITLE}", date=d73,
         part=text(body, cs="us-ascii", cte="7bit"), kind="info_request", needs_reply=True, case=CASE_C,
         key="C2", msgid=mid_ses("C2"), reply_to_key="C1", auth=console_auth(),
         note="Console case: must answer in the Support Center; long feedback footer and 'cannot accept incoming e-mails'")

    # 074 certmetrics expiry notice
    d = dt("2025-06-18 15:00")
    plain = f"""Dear Kaito Morishita,

Your AWS Certified Developer - Associate certification expires in 90 days (September 16, 2025).

To keep your certification active, pass the current version of the exam or a higher-level exam before it expires.
Candidate ID: {CID_NEW}

Sign in to your AWS Certification Account to schedule your exam.

AWS Training and Certification
This is an automated message; replies are not monitored.
"""
    emit("certmetrics-expiry-90-days", frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_P,
         subject="Your AWS Certification expires in 90 days", date=d,
         part=alt(plain, html_wrap(p2html(plain)), "cm4"), kind="certification", cands=[CID_NEW],
         msgid=mid_generic("cm4", "certmetrics.com"), auth=gmail_auth("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="52.8.115.23"),
         note="Expiry notice with a candidate ID; 'take action' but not a support reply")

    # 075 console closing notice
    d = dt("2025-06-20 02:30:05")
    body = f"""Hello,

We haven't heard back from you regarding case {CASE_C}: "{C_TITLE}".

If we don't receive a response within 3 days, this case will be resolved automatically. If you still need assistance, reply through the Support Center link below to keep the case open.

""" + CONSOLE_FOOTER.format(case=CASE_C)
    emit("caseC-console-auto-resolve-warning", frm=CONSOLE_FULL, to=ME_P, subject=f"RE:[CASE {CASE_C}] {C_TITLE}", date=d,
         part=text(body, cs="us-ascii", cte="7bit"), kind="closing_notice", needs_reply=True, case=CASE_C,
         key="C3", msgid=mid_ses("C3"), reply_to_key="C2", refs_keys=["C1"], auth=console_auth(),
         note="Console auto-resolve warning ('will be resolved automatically'); answer in Support Center")

    # 076 console case update (after owner answered in the console)
    d = dt("2025-06-21 04:14:51")
    body = f"""Hello,

You have a new correspondence from AWS Support for case {CASE_C}: "{C_TITLE}".

Hi Kaito,

Thanks for the screenshot and the details. I've passed them to our Training and Certification engineering team so they can remove the stale profile link from 2023. I expect an update within 2 business days; you don't need to do anything in the meantime.

Farid A.
Amazon Web Services

""" + CONSOLE_FOOTER.format(case=CASE_C)
    emit("caseC-console-escalated", frm=CONSOLE_FULL, to=ME_P, subject=f"RE:[CASE {CASE_C}] {C_TITLE}", date=d,
         part=text(body, cs="us-ascii", cte="7bit"), kind="case_update", case=CASE_C,
         key="C4", msgid=mid_ses("C4"), reply_to_key="C3", refs_keys=["C1", "C2"], auth=console_auth(),
         note="Console progress note with the same 'reply via Support Center' footer as the asks")

    # 077 other vendor: ticket solved
    d = dt("2025-06-23 10:02")
    plain = """Your request (1938472) has been solved.

If you feel the issue was not resolved, simply reply to this email to reopen the request.

Ayumi (Datadog Support)
Jun 23, 2025, 19:02 JST

Hi Kaito, the agent on your host now reports correctly after the API key rotation, so I'm marking this ticket as solved.

How would you rate the support you received? Good, I'm satisfied / Bad, I'm unsatisfied
"""
    emit("datadog-ticket-solved", frm="Ayumi (Datadog Support) <support@datadoghq.com>", to=ME_P,
         subject="[Datadog Support] Re: Agent not reporting after key rotation (#1938472)", date=d,
         part=alt(plain, html_wrap(p2html(plain)), "dd1"), kind="unrelated",
         msgid=mid_generic("dd1", "datadog.zendesk.com"), auth=gmail_auth("datadoghq.com", mailfrom="support@datadoghq.com", ip="192.161.147.1"),
         note="Another vendor's 'solved' ticket with reopen-by-reply and rating footer")

    # 078 console: please re-test and tell us (in Support Center)
    d = dt("2025-06-24 01:47:33")
    body = f"""Hello,

You have a new correspondence from AWS Support for case {CASE_C}: "{C_TITLE}".

Hi Kaito,

Engineering removed the stale 2023 profile link this morning. Sign out of Skill Builder and your Builder ID, sign in again, and open AWS Certification from Skill Builder. Does it open your certification account now? Let me know here in the case either way so I can close it out or dig further.

Farid A.
Amazon Web Services

""" + CONSOLE_FOOTER.format(case=CASE_C)
    emit("caseC-console-retest-question", frm=CONSOLE_FULL, to=ME_P, subject=f"RE:[CASE {CASE_C}] {C_TITLE}", date=d,
         part=text(body, cs="us-ascii", cte="7bit"), kind="info_request", needs_reply=True, case=CASE_C,
         key="C5", msgid=mid_ses("C5"), reply_to_key="C4", refs_keys=["C1", "C2", "C3"], auth=console_auth(),
         note="Console mixed mail: fix done (news) + 'Does it open now? Let me know here' (ask)")

    # 079 case J ack in Japanese (base64)
    d = dt("2025-06-25 12:18:41")
    body = f"""森下 海斗 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。ケース ID {CASE_J} でリクエストを受け付けました。

お問い合わせタイプ: 認定
その他の詳細: 認定証の氏名変更
お問い合わせ内容: 認定証の氏名が「Kaito Morishta」となっており、綴りが誤っています。修正をお願いします。

担当者より通常 24 時間以内にご連絡いたします。同じ内容で新しいケースを作成しないでください。補足事項がございましたら、件名を変更せずにこのメールへご返信いただけます。

Amazon Web Services
"""
    emit("caseJ-ack-ja", frm="AWS トレーニングと認定 <" + TC + ">", to=ME_P, subject=f"RE:[CASE {CASE_J}] {TC_SUBJ}", date=d,
         part=text(body, cs="utf-8", cte="base64"), kind="acknowledgement", case=CASE_J,
         key="J1", msgid=mid_ses("J1"), auth=tc_auth_gmail(),
         note="Japanese ack, base64; the owner's own 'お願いします' is echoed; 補足事項がございましたら conditional")

    # 080 console resolved (owner confirmed in console)
    d = dt("2025-06-26 03:05:10")
    body = f"""Hello,

You have a new correspondence from AWS Support for case {CASE_C}: "{C_TITLE}".

Hi Kaito,

Great to hear that Skill Builder opens your certification account now. I'm resolving this case. If the problem comes back, you can reopen it from the Support Center within 14 days; after that, please open a new case.

Farid A.
Amazon Web Services

""" + CONSOLE_FOOTER.format(case=CASE_C)
    emit("caseC-console-resolved", frm=CONSOLE_FULL, to=ME_P, subject=f"RE:[CASE {CASE_C}] {C_TITLE}", date=d,
         part=text(body, cs="us-ascii", cte="7bit"), kind="resolved", case=CASE_C,
         key="C6", msgid=mid_ses("C6"), reply_to_key="C5", refs_keys=["C1", "C2", "C3", "C4"], auth=console_auth(),
         note="Console resolution with the same footer as console asks; 'reopen within 14 days' conditional")

    # 081 case J info request, casual, no please
    d81 = dt("2025-06-26 09:40:26")
    body = """Hey Kaito!

Marisol again - small world. Happy to fix the name on your certificates; right now they say "Kaito Morishta" (missing the i).

Quick one before I send this to the certificates team: what's your name exactly as it's printed on your passport or other government ID? First and last name in Latin letters is all I need.

Cheers,
Marisol 🙂
AWS Training and Certification
"""
    BODIES["J2"] = body
    emit("caseJ-casual-name-question", frm=TC_FULL, to=ME_P, subject=f"RE:[CASE {CASE_J}] {TC_SUBJ}", date=d81,
         part=text(body, cs="utf-8", cte="8bit"), kind="info_request", needs_reply=True, case=CASE_J,
         key="J2", msgid=mid_ses("J2"), reply_to_key="J1", auth=tc_auth_gmail(),
         note="Casual 'Quick one…what's your name…?', no please, emoji, UTF-8 8bit")

    # 082 console survey
    d = dt("2025-06-27 05:00")
    body = f"""Hello,

Your AWS Support case {CASE_C} was recently resolved. We'd like to know how we did.

Please take a moment to answer two short questions about your experience:
https://console.aws.amazon.com/support/feedback?caseId={CASE_C}

Your feedback helps us improve AWS Support.

Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
    emit("caseC-console-survey", frm=CONSOLE_FULL, to=ME_P, subject=f"How was your AWS Support experience? Case {CASE_C}", date=d,
         part=text(body, cs="us-ascii", cte="7bit"), kind="survey", case=CASE_C,
         msgid=mid_ses("C7"), auth=console_auth(),
         note="Console survey ('Please take a moment')")

    # 083 case J closing notice, template HTML-only table
    d83 = dt("2025-06-30 06:00:00")
    inner = f"""<table width="620" cellpadding="8" cellspacing="0" style="border:1px solid #d5dbdb;font-family:Arial">
<tr><td colspan="2" style="background:#232f3e;color:#fff;font-size:16px">Case status notification</td></tr>
<tr><td width="200"><b>Case ID</b></td><td>{CASE_J}</td></tr>
<tr><td><b>Status</b></td><td>Pending customer response</td></tr>
<tr><td><b>Last message from support</b></td><td>2025-06-26</td></tr>
<tr><td><b>Auto-close date</b></td><td>2025-07-02</td></tr>
<tr><td colspan="2">This case is waiting for your response. If we do not hear from you by the auto-close date, the case will be closed. Reply to this email to keep it open.</td></tr>
</table>"""
    emit("caseJ-pending-customer-template", frm=TC_FULL, to=ME_P, subject=f"RE:[CASE {CASE_J}] {TC_SUBJ}", date=d83,
         part=text(html_wrap(inner), "text/html", "utf-8", "quoted-printable"), kind="closing_notice", needs_reply=True,
         case=CASE_J, key="J3", msgid=mid_ses("J3"), reply_to_key="J2", refs_keys=["J1"], auth=tc_auth_gmail(),
         note="Template HTML-only table closing notice (auto-close date)")

    # 084 owner answers J
    d84 = dt("2025-07-01 08:12", JST)
    new = """Hi Marisol,

Sorry for the slow reply. It's Kaito Morishita: given name Kaito, family name Morishita (the passport says MORISHITA KAITO).

Thanks!
Kaito"""
    emit("caseJ-user-name", frm=ME_P_FULL, to=TC, subject=f"RE:[CASE {CASE_J}] {TC_SUBJ}", date=d84,
         part=gmail_reply(new, gattr_en(d81, f"AWS Training and Certification <{TC}>"), BODIES["J2"], "J4"),
         kind="user_reply", case=CASE_J,
         key="J4", msgid=mid_gmail("J4"), reply_to_key="J3", refs_keys=["J1", "J2"],
         note="Owner answers after a closing notice")

    # 085 terse confirm of the name (not the merge)
    d85 = dt("2025-07-01 02:30:51")
    body = """Kaito - certificates will read "Kaito Morishita" (given name first). Correct?

Dmitri | AWS T&C Support
"""
    BODIES["J5"] = body
    emit("caseJ-terse-name-check", frm=TC_FULL, to=ME_P, subject=f"RE:[CASE {CASE_J}] {TC_SUBJ}", date=d85,
         part=text(body, cs="us-ascii", cte="7bit"), kind="info_request", needs_reply=True, case=CASE_J,
         key="J5", msgid=mid_ses("J5"), reply_to_key="J4", refs_keys=["J1", "J2", "J3"], auth=tc_auth_gmail(),
         note="One-line 'Correct?' confirming something other than the merge")

    # 086 owner: yes (top-posted, Gmail)
    d86 = dt("2025-07-01 12:01", JST)
    emit("caseJ-user-yes", frm=ME_P_FULL, to=TC, subject=f"RE:[CASE {CASE_J}] {TC_SUBJ}", date=d86,
         part=gmail_reply("Yes, correct. Thanks.", gattr_en(d85, f"AWS Training and Certification <{TC}>"), BODIES["J5"], "J6"),
         kind="user_reply", case=CASE_J,
         key="J6", msgid=mid_gmail("J6"), reply_to_key="J5", refs_keys=["J1", "J2", "J3", "J4"],
         note="Three-word owner reply above a quoted question")

    # 087 on hold (certificates team batch) + a yes/no question
    d87 = dt("2025-07-02 01:10:09")
    body = """Hey Kaito,

Thanks! The certificates team has the corrected name. They regenerate certificates in a weekly batch on Mondays, so your case is on hold until their next run on July 7.

While we wait: the name on your Credly badges is managed separately and won't change unless I ask for it. Want me to include the badges too? A yes or no is all I need.

Marisol
AWS Training and Certification
"""
    BODIES["J7"] = body
    emit("caseJ-hold-with-question", frm=TC_FULL, to=ME_P, subject=f"RE:[CASE {CASE_J}] {TC_SUBJ}", date=d87,
         part=alt(body, html_wrap(p2html(body)), "J7"), kind="on_hold", needs_reply=True, case=CASE_J,
         key="J7", msgid=mid_ses("J7"), reply_to_key="J6", refs_keys=["J1", "J2", "J3", "J4", "J5"], auth=tc_auth_gmail(),
         note="On hold waiting on another team, plus 'Want me to include the badges too?'")

    # 088 owner: yes
    d88 = dt("2025-07-02 19:44", JST)
    emit("caseJ-user-yes-credly", frm=ME_P_FULL, to=TC, subject=f"RE:[CASE {CASE_J}] {TC_SUBJ}", date=d88,
         part=gmail_reply("Hi Marisol,\n\nYes, please update the Credly badges too.\n\nKaito",
                          gattr_en(d87, f"AWS Training and Certification <{TC}>"), BODIES["J7"], "J8"),
         kind="user_reply", case=CASE_J,
         key="J8", msgid=mid_gmail("J8"), reply_to_key="J7", refs_keys=["J1", "J5", "J6"],
         note="Owner's 'Yes, please update…' (own request)")

    # 089 J resolved, quotes earlier question
    d = dt("2025-07-07 06:22:35")
    body = f"""Hey Kaito,

All done! Your certificates now read "Kaito Morishita" and you can download the new PDFs from your AWS Certification Account. The Credly badges have been updated as well. Nothing else to do on your side.

Have a great week!
Marisol
AWS Training and Certification

{gattr_en(d88, f"Kaito Morishita <{ME_P}>")}
> Yes, please update the Credly badges too.
>
{quote_gt(BODIES['J7'])}
"""
    emit("caseJ-done", frm=TC_FULL, to=ME_P, subject=f"RE:[CASE {CASE_J}] {TC_SUBJ}", date=d,
         part=text(body, cs="utf-8", cte="quoted-printable"), kind="resolved", case=CASE_J,
         key="J9", msgid=mid_ses("J9"), reply_to_key="J8", refs_keys=["J1", "J7"], auth=tc_auth_gmail(),
         note="Resolution without 'resolved'/'merged' ('All done!'); quoted hold-with-question below")

    # 090 Credly: badge updated
    d = dt("2025-07-07 07:40")
    plain = """Hi Kaito,

Your badge information has been updated by Amazon Web Services Training and Certification.
The earner name on 4 badges now reads: Kaito Morishita

View your badges: https://www.credly.com/users/kaito-morishita/badges

Credly
"""
    emit("credly-badges-name-updated", frm="Credly <admin@credly.com>", to=ME_P,
         subject="Your badges from Amazon Web Services Training and Certification have been updated", date=d,
         part=alt(plain, html_wrap(p2html(plain)), "credly4"), kind="badge",
         msgid=mid_generic("cr4", "credly.com"), auth=gmail_auth("credly.com", mailfrom="bounce@mail.credly.com", ip="149.72.120.8"),
         note="Credly badge update")

    # 091 Credly lookalike phishing
    d = dt("2025-07-08 13:09")
    inner = """<p>Hi Kaito,</p>
<p>Your AWS badges will be <b>revoked in 24 hours</b> because the earner name on your account changed.
Re-accept them now to keep them active:</p>
<p><a href="https://credly-badges.net/accept?u=kaito" style="background:#ff6b00;color:#fff;padding:10px 20px">Re-accept badges</a></p>
<p>Credly Support</p>"""
    emit("phish-credly-lookalike", frm="Credly <admin@credly-badges.net>", to=ME_P,
         subject="Action required: your AWS badges will be revoked", date=d,
         part=text(html_wrap(inner), "text/html", "utf-8", "quoted-printable"), kind="suspicious",
         msgid=mid_generic("ph3", "credly-badges.net"),
         auth=gmail_auth("credly-badges.net", mailfrom="admin@credly-badges.net", ip="91.215.85.19"),
         note="Credly lookalike domain exploiting the name change")

    # 092 certmetrics lookalike phishing
    d = dt("2025-07-09 04:51")
    plain = """Dear Candidate,

Recertification required. Our records show that your AWS Certification account could not be verified after a recent change.
Verify your account within 48 hours to avoid expiration of all active certifications:

https://certmetrlcs.com/aws/verify

AWS Certification
"""
    emit("phish-certmetrics-lookalike", frm="AWS Certification <do-not-reply@certmetrlcs.com>", to=ME_P,
         subject="Recertification required - verify your AWS Certification account", date=d,
         part=text(plain, cs="us-ascii", cte="7bit"), kind="suspicious",
         msgid=mid_generic("ph4", "certmetrlcs.com"),
         auth=gmail_auth("certmetrlcs.com", mailfrom="do-not-reply@certmetrlcs.com", ip="91.215.85.20"),
         note="certmetrlcs.com (l for i) lookalike")

    # 093 certmetrics recert congratulations
    d = dt("2025-07-15 06:30")
    plain = """Dear Kaito Morishita,

Congratulations on recertifying your AWS Certification!

AWS Certified Developer - Associate
New expiration date: July 11, 2028

Your updated certificate is available in your AWS Certification Account, and your digital badge will be updated on Credly.

AWS Training and Certification
Please do not reply to this message.
"""
    emit("certmetrics-recertified-2025", frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_P,
         subject="Congratulations on recertifying your AWS Certification!", date=d,
         part=alt(plain, html_wrap(p2html(plain)), "cm5"), kind="certification",
         msgid=mid_generic("cm5", "certmetrics.com"), auth=gmail_auth("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="52.8.115.24"),
         note="Genuine certmetrics mail right after the lookalike")


# ======================================================================

def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f.endswith(".json"):
            if f[:3].isdigit():
                os.remove(os.path.join(OUT, f))
    batch1()
    batch2()
    batch3()
    batch4()
    kinds = {}
    nr = 0
    for name, kind, needs, case, note in _written:
        kinds[kind] = kinds.get(kind, 0) + 1
        nr += bool(needs)
    print(f"{len(_written)} messages; needs_reply={nr}")
    for k in sorted(kinds):
        print(f"  {k}: {kinds[k]}")


if __name__ == "__main__":
    main()
