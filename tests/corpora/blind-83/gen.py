#!/usr/bin/env python3
"""Generate the blind held-out corpus (blind-83) into the directory of this script.
Standard library only. One mailbox owner: Daichi Morioka.
"""
import base64, hashlib, json, os, quopri, datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "daichi.morioka.k@gmail.com"
ME_C = "d.morioka@kanameworks.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC
CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"
SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

CASE_E = "13125938091"        # 2023, 11 digits
CASE_A = "173863540100212"    # 2025, 15 digits, main merge
CASE_B = "173863712900045"    # duplicate form submission
CASE_C = "4418207593"         # console case, 10 digits
CASE_F = "174120033500871"    # third (SSO) account
CASE_H = "174376201800934"    # partner profile association

MESSAGES = []   # (num, slug, raw_bytes, label, note)
MIDS = {}


def mid(n, dom):
    h = hashlib.sha1(("blind83-%d" % n).encode()).hexdigest()
    if dom == "ses":
        return "<0100%s-%s-000000@email.amazonses.com>" % (h[:14], h[14:22])
    if dom == "gmail":
        return "<CAJ%s+%s@mail.gmail.com>" % (h[:20], h[20:30].upper())
    if dom == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:5].upper(), h[5:20].upper(), h[20:25].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], dom)


def date(s, tz="+0000"):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    dt = dt.replace(tzinfo=datetime.timezone(off))
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def eh(s, cs="utf-8"):
    """RFC 2047 encode a header fragment if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (eh(name, cs), a)


def ar_gmail(fromdom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, ip="54.240.8.37"):
    mailfrom = mailfrom or ("bounce@" + fromdom)
    pol = "(p=QUARANTINE sp=QUARANTINE dis=%s)" % ("NONE" if dmarc == "pass" else "QUARANTINE")
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=s1 header.b=Qx7%s;\n"
            "       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s %s header.from=%s") % (
        dkim, fromdom, hashlib.md5(fromdom.encode()).hexdigest()[:5],
        spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, mailfrom,
        dmarc, pol, fromdom)


def ar_m365(fromdom, ok=True, ip="54.240.8.21"):
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100") % (
        ip, fromdom if ok else "mx.example-relay.net", "pass" if ok else "fail", fromdom,
        "pass" if ok else "fail", fromdom, "pass" if ok else "fail")


def part(ctype, text, cs="utf-8", cte="8bit"):
    data = text.encode(cs)
    if cte == "base64":
        b = base64.encodebytes(data)
    elif cte == "quoted-printable":
        b = quopri.encodestring(data)
    else:
        b = data
    hdr = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (ctype, cs, cte)
    return hdr, b


def build(headers, parts, crlf=False, multi="alternative", extra_raw=None):
    """headers: list of (name, value). parts: list of (ctype, text, cs, cte)."""
    bnd = "----=_Part_%s" % hashlib.md5(repr(headers).encode()).hexdigest()[:16]
    out = b""
    for k, v in headers:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"MIME-Version: 1.0\n"
    if len(parts) == 1 and not extra_raw:
        h, b = part(*parts[0])
        out += h.encode() + b"\n" + b
    else:
        out += ('Content-Type: multipart/%s;\n boundary="%s"\n\n' % (multi, bnd)).encode()
        out += b"This is a multi-part message in MIME format.\n\n"
        for p in parts:
            h, b = part(*p)
            out += ("--%s\n" % bnd).encode() + h.encode() + b"\n" + b
            if not b.endswith(b"\n"):
                out += b"\n"
        if extra_raw:
            out += ("--%s\n" % bnd).encode() + extra_raw.encode()
            if not extra_raw.endswith("\n"):
                out += b"\n"
        out += ("--%s--\n" % bnd).encode()
    if not out.endswith(b"\n"):
        out += b"\n"
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def add(n, frm, to, subj, dt, body, label, note, *, mtype="ses", cs="utf-8", cte="8bit",
        html=None, html_only=False, cte_html=None, crlf=False, ar=None, cc=None,
        irt=None, refs=None, extra=None, subj_cs=None, multi="alternative", extra_raw=None,
        received_by="gmail", mid_dom=None, rx_host=None):
    m = mid(n, mid_dom or mtype)
    MIDS[n] = m
    hs = []
    rb = ("by mx.google.com with ESMTPS id x%s" % m[4:14]) if received_by == "gmail" else \
         ("by OS3PR01MB%s.jpnprd01.prod.outlook.com" % m[4:9].upper())
    if mtype not in ("gmail", "outlook"):
        dom = frm.split("@")[-1].rstrip(">")
        host = "a8-37.smtp-out.amazonses.com" if dom.endswith("amazon.com") else "mail." + dom
        if rx_host:
            host = rx_host
        hs.append(("Received", "from %s (%s)\n        %s;\n        %s" % (host, host, rb, dt)))
    if ar:
        hs.append(("Authentication-Results", ar))
    hs.append(("From", frm))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", eh(subj, subj_cs or ("utf-8" if cs in ("utf-8",) else cs))))
    hs.append(("Date", dt))
    hs.append(("Message-ID", m))
    if irt:
        hs.append(("In-Reply-To", MIDS[irt]))
    if refs:
        hs.append(("References", " ".join(MIDS[r] for r in refs)))
    for k, v in (extra or []):
        hs.append((k, v))
    parts = []
    if html_only:
        parts.append(("text/html", html, cs, cte))
    else:
        parts.append(("text/plain", body, cs, cte))
        if html is not None:
            parts.append(("text/html", html, cs, cte_html or cte))
    raw = build(hs, parts, crlf=crlf, multi=multi, extra_raw=extra_raw)
    slug = "%03d-msg" % n
    MESSAGES.append((n, slug, raw, label, note))


def L(kind, needs=False, case=None, cands=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)}


def q(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.strip("\n").split("\n"))


def tcsubj(case, sp=False):
    return ("RE: [CASE %s] " if sp else "RE:[CASE %s] ") % case + SUBJ_TC


def html_wrap(inner):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,"
            "sans-serif;font-size:14px\">\n%s\n</body></html>\n" % inner)


GM_ME_P = addr("Daichi Morioka", ME_P)
OL_ME_C = addr("Morioka Daichi", ME_C)

# ---------------------------------------------------------------- 2023: duplicate profiles, same address
b001 = html_wrap("""<table width="600" cellpadding="8"><tr><td style="background:#232f3e;color:#fff">
<b>Amazon Web Services</b></td></tr>
<tr><td><p>Hello,</p>
<p>Your invoice for the period June 1 - June 30, 2023 is ready for account 384756102938.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th align="left">Account</th><td>384756102938</td></tr>
<tr><th align="left">Invoice number</th><td>1328840517</td></tr>
<tr><th align="left">Amount due</th><td>USD 41.27</td></tr>
<tr><th align="left">Payment method</th><td>Visa ending 0044</td></tr></table>
<p>The charge will be applied automatically; nothing needs to be done on your side. To see line items, open the Billing console.</p>
<p>Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</td></tr></table>""")
add(1, CONSOLE, OL_ME_C, "Amazon Web Services Invoice Available [Account: 384756102938]",
    date("2023-07-02 06:14"), None, L("unrelated"),
    "Billing mail from the same sender as console cases; 12-digit account ID and 10-digit invoice number that are not case IDs; HTML-only QP.",
    html=b001, html_only=True, cte="quoted-printable", ar=ar_m365("amazon.com"), received_by="m365")

b002 = """Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged
under case %s and a member of our team will get back to you, usually within one
business day.

To avoid delays, don't submit another form for the same issue: each new form creates a
separate case and they are worked independently.

Summary of what you sent us:
  Inquiry type: Certification
  Sub-type: Account Merge
  Description: I seem to have two certification profiles under the same email and my
  Credly badges stopped showing up.

If there is something you'd like to add, simply reply to this message and keep the case
number in the subject line.

Regards,
AWS Training and Certification Customer Service
""" % CASE_E
add(2, TC_FROM, ME_P, tcsubj(CASE_E), date("2023-07-04 02:31"), b002, L("acknowledgement", False, CASE_E),
    "Plain ack with an imperative 'don't submit another form' and a conditional reply invitation; 11-digit case.",
    ar=ar_gmail("amazon.com", mailfrom="0100018b@amazonses.com"))

b003 = """Hello,

Use this code to finish verifying your email address for AWS Builder ID:

    482913

The code is valid for 10 minutes. If you didn't try to create a Builder ID, you can ignore this message.

Amazon Web Services
"""
add(3, "AWS Builder ID <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address",
    date("2023-07-04 02:40"), b003, L("unrelated"), "Builder ID one-time code (6 digits), not case mail.",
    ar=ar_gmail("signin.aws", mailfrom="bounces@signin.aws"))

b004 = """Hi Daichi,

Priya here from AWS Training and Certification. I looked into case %s and found two
certification profiles that share your address:

  AWS30418862  created 2019-08-02, holds Solutions Architect - Associate and Developer - Associate
  AWS30419903  created 2021-04-11, no exam history

Both sign in with %s, which is why Credly can't match your badges to one person.

Which of these two should remain as your primary record?

Best,
Priya S.
AWS Training and Certification
""" % (CASE_E, ME_P)
h004 = html_wrap("<p>Hi Daichi,</p><p>Priya here from AWS Training and Certification. I looked into case %s and found two "
                 "certification profiles that share your address:</p><ul><li><b>AWS30418862</b> &ndash; created 2019-08-02, holds "
                 "Solutions Architect &ndash; Associate and Developer &ndash; Associate</li><li><b>AWS30419903</b> &ndash; created "
                 "2021-04-11, no exam history</li></ul><p>Both sign in with %s, which is why Credly can't match your badges to one "
                 "person.</p><p>Which of these two should remain as your primary record?</p><p>Best,<br>Priya S.<br>AWS Training "
                 "and Certification</p>" % (CASE_E, ME_P))
add(4, TC_FROM, ME_P, tcsubj(CASE_E), date("2023-07-05 09:02"), b004,
    L("confirmation_request", True, CASE_E, ["AWS30418862", "AWS30419903"]),
    "Keep-which-account question as a bare question, no 'please'/'confirm', no Account #1/#2 labels; multipart QP.",
    html=h004, cte="quoted-printable", ar=ar_gmail("amazon.com", mailfrom="0100018b@amazonses.com"))

b005 = """Hi Priya,

Keep AWS30418862 as the primary one. AWS30419903 was created by accident when I tried the new
sign-in page, so it can go.

Thanks,
Daichi

On Wed, Jul 5, 2023 at 6:02 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(b004))
add(5, GM_ME_P, TC, tcsubj(CASE_E), date("2023-07-05 18:40", "+0900"), b005,
    L("user_reply", False, CASE_E, ["AWS30418862", "AWS30419903"]),
    "Owner's reply, Gmail quoting of the request underneath.", mtype="gmail", irt=4, refs=[2, 4])

b006 = """Hi Daichi,

All set: the two profiles are now one, and everything lives under AWS30418862. The empty
duplicate has been deactivated.

Your Credly badges should start syncing again within a day. If one doesn't come back, it can be
claimed again from the Credly link on the Certification page of your account.

Feel free to reply here if anything looks off.

Best,
Priya S.
AWS Training and Certification

On Wed, Jul 5, 2023 at 09:40 AM, Daichi Morioka <%s> wrote:
%s
""" % (ME_P, q(b005))
add(6, TC_FROM, ME_P, tcsubj(CASE_E), date("2023-07-06 01:15"), b006,
    L("resolved", False, CASE_E, ["AWS30418862"]),
    "Resolution without the word 'merged'; conditional 'feel free to reply'; quotes the old 'Which should remain?' request two levels deep.",
    irt=5, refs=[2, 4, 5], ar=ar_gmail("amazon.com", mailfrom="0100018b@amazonses.com"))

b007 = """Amazon Web Services Training and Certification has issued you a badge.

AWS Certified Developer - Associate

Accept your badge to show it on your Credly profile and share it:
https://www.credly.com/badges/0f6c2a1e-7b1d-4d3e-9a51-8c2f1e4b7d90/accept

Credly, 1601 Trapelo Road, Waltham, MA
"""
h007 = html_wrap("""<table width="560"><tr><td align="center"><img src="https://images.credly.com/logo.png" alt="Credly"></td></tr>
<tr><td><h2>You've earned a badge</h2><p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p>
<p style="font-size:18px">AWS Certified Developer &ndash; Associate</p>
<p><a href="https://www.credly.com/badges/0f6c2a1e-7b1d-4d3e-9a51-8c2f1e4b7d90/accept" style="background:#ff6b00;color:#fff;padding:10px">Accept badge</a></p></td></tr></table>""")
add(7, "Credly <admin@credly.com>", ME_P, "Daichi, you've earned a badge from Amazon Web Services Training and Certification",
    date("2023-07-06 03:48"), b007, L("badge"), "Credly badge after the 2023 merge; badge UUID is not a case number.",
    html=h007, mid_dom="credly.com", ar=ar_gmail("credly.com", mailfrom="bounce@mail.credly.com", ip="167.89.1.4"))

b008 = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kanameworks/infra-modules/pull/412#event-9911520763
You are receiving this because you were mentioned.
"""
add(8, addr("Ryo Sato", "notifications@github.com"), "kanameworks/infra-modules <infra-modules@noreply.github.com>",
    "Re: [kanameworks/infra-modules] Add account merge script for staging org (PR #412)",
    date("2023-08-21 05:11"), b008, L("unrelated"),
    "GitHub 'Merged' about an 'account merge' script, with a reply invitation.", mid_dom="github.com",
    ar=ar_m365("github.com", ip="192.30.252.201"), received_by="m365",
    extra=[("Cc", "Morioka Daichi <%s>" % ME_C)])

# ---------------------------------------------------------------- certmetrics before leaving
b009 = """Dear Daichi Morioka,

Your AWS Certified Solutions Architect - Associate certification will expire on February 16, 2025.

To keep it active, pass the current version of this exam or a higher-level exam in the same
path before that date. Your benefits, including discounted exams, end when the certification expires.

Candidate ID: AWS11920375

AWS Certification
This is an automated message. Replies to this address are not monitored.
"""
add(9, "AWS Certification <do-not-reply@certmetrics.com>", ME_C, "Your AWS Certification expires in 90 days",
    date("2024-11-18 16:00"), b009, L("certification", False, None, ["AWS11920375"]),
    "Expiry notice to the company address with the company candidate ID.", mid_dom="certmetrics.com",
    ar=ar_m365("certmetrics.com", ip="52.38.1.90"), received_by="m365", crlf=True)

b010 = """Hello Daichi,

Congratulations! You have successfully recertified AWS Certified Solutions Architect - Associate.
Your new expiration date is January 19, 2028.

Your digital badge will be updated on Credly shortly. Certificates can be downloaded from the
Certification section of your AWS Training and Certification account.

Thank you,
AWS Certification
"""
add(10, "AWS Certification <do-not-reply@certmetrics.com>", ME_C, "You've recertified your AWS Certification - congratulations",
    date("2025-01-20 21:30"), b010, L("certification"), "Recertification notice; mentions Credly but is not a badge mail.",
    mid_dom="certmetrics.com", ar=ar_m365("certmetrics.com", ip="52.38.1.90"), received_by="m365")

b011 = """Zenn 週間トレンド (2025/01/27)

今週よく読まれた記事

1. 転職前にやっておくべき AWS 認定アカウントの統合手順
   会社のアドレスで作った認定アカウントを個人アカウントへまとめる方法をまとめました。
2. Terraform 1.10 の新機能を試す
3. Bedrock と Step Functions でつくる社内 FAQ ボット

配信停止はこちら: https://zenn.dev/settings/email
"""
add(11, "Zenn <info@zenn.dev>", ME_P, "Zenn 週間トレンド: 転職前にやっておくべき AWS 認定アカウントの統合手順 ほか",
    date("2025-01-27 23:00"), b011, L("unrelated"), "Japanese newsletter whose headline is about merging certification accounts; UTF-8 8bit.",
    mid_dom="zenn.dev", ar=ar_gmail("zenn.dev", ip="149.72.1.9"))

b012 = """AWS Builder ID

Verification code: 730158

Enter this code in the browser window where you started signing up. It expires after 10 minutes.
If you didn't request it, no action is needed.
"""
add(12, "AWS <no-reply@login.awsapps.com>", ME_P, "AWS Builder ID verification code",
    date("2025-02-03 12:05"), b012, L("unrelated"), "One-time code; 'no action is needed'.",
    mid_dom="login.awsapps.com", ar=ar_gmail("login.awsapps.com"))

# ---------------------------------------------------------------- 2025 main merge, case A (company address) and duplicate B
b013 = """森岡 大地 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせはケース %s として受け付けました。

担当者より通常24時間以内にご連絡いたします。同じ内容で別途お問い合わせをいただきますと、
かえって対応に時間がかかる場合がございますので、ご了承ください。

受付内容:
  お問い合わせタイプ: AWS トレーニングと認定
  その他の詳細: アカウントの統合
  内容: 退職に伴い、会社のメールアドレスで作成した認定アカウントを個人のアカウントへ
        統合したいと考えています。

補足事項がございましたら、件名を変えずにこのメールへご返信ください。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_A
add(13, TC_FROM, OL_ME_C, tcsubj(CASE_A), date("2025-02-04 03:12"), b013, L("acknowledgement", False, CASE_A),
    "Japanese ack in ISO-2022-JP to the company address; ends with 〜がございましたら…ご返信ください (conditional); 15-digit case.",
    cs="iso-2022-jp", cte="7bit", ar=ar_m365("amazon.com"), received_by="m365")

b014 = """Hello Daichi,

We got your message. Case ID: %s

Someone from the Training and Certification team will review it and respond, typically within
24 hours. Opening more cases for the same question won't make it faster.

Your submission:
  Category: Certification / Account Merge
  "I'm leaving my employer at the end of the month. Move everything from my work profile into
   the account for %s."

Thank you,
AWS Training and Certification
""" % (CASE_B, ME_P)
h014 = html_wrap("<p>Hello Daichi,</p><p>We got your message. <b>Case ID: %s</b></p><p>Someone from the Training and "
                 "Certification team will review it and respond, typically within 24 hours. Opening more cases for the same "
                 "question won't make it faster.</p><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Category</th>"
                 "<td>Certification / Account Merge</td></tr><tr><th>Description</th><td>I'm leaving my employer at the end of the "
                 "month. Move everything from my work profile into the account for %s.</td></tr></table><p>Thank you,<br>AWS "
                 "Training and Certification</p>" % (CASE_B, ME_P))
add(14, TC_FROM, ME_P, tcsubj(CASE_B, sp=True), date("2025-02-04 03:37"), b014, L("acknowledgement", False, CASE_B),
    "Second ack for a duplicate form sent from the personal address; 'RE: [CASE' with space; base64 multipart; quoted user text has an imperative ('Move everything').",
    html=h014, cte="base64", ar=ar_gmail("amazon.com", mailfrom="01000194@amazonses.com"))

b015 = """Thanks for your purchase.

AWS Skill Builder Individual subscription - monthly
Order number: 104538820
Amount charged: USD 29.00
Billing period: Feb 4, 2025 - Mar 3, 2025

Manage your subscription at https://skillbuilder.aws/subscription
Questions about this charge? Reply to this email or contact us through the help page.
"""
add(15, "AWS Training <no-reply@aws.training>", ME_P, "Your AWS Skill Builder receipt",
    date("2025-02-04 04:02"), b015, L("unrelated"), "Skill Builder receipt from aws.training with a 9-digit order number and a reply invitation.",
    mid_dom="aws.training", ar=ar_gmail("aws.training"))

b016 = """Hello,

It looks like the same merge request reached us twice: case %s (sent from
%s) and this one. So that everything stays in one place, my colleague who owns
%s will take it from here.

I've marked this case (%s) as resolved. No further action is required on this one;
any follow-up will come through the other case.

Regards,
Luis
AWS Training and Certification
""" % (CASE_A, ME_C, CASE_A, CASE_B)
add(16, TC_FROM, ME_P, tcsubj(CASE_B, sp=True), date("2025-02-05 00:20"), b016, L("resolved", False, CASE_B),
    "Duplicate closed as resolved; body names the OTHER case first; 'no further action is required'.",
    irt=14, refs=[14], ar=ar_gmail("amazon.com", mailfrom="01000194@amazonses.com"))

b017 = """Hello Daichi,

Thanks for your patience while I reviewed case %s.

The certification account registered to %s (candidate ID AWS11920375) is
associated with an AWS Partner Network organization, Kaname Works Co., Ltd. Certifications held by
accounts in a partner organization count toward that partner's tier and programs, so while the
person is still employed there we don't detach or merge those accounts until the employee tells us
they are leaving. I have put the request on hold for that reason.

Once the association is removed, the certifications, exam history and any benefits on that
account can be moved to your personal account, and they will no longer appear in Kaname Works'
Partner Central.

We need you to confirm that you are leaving Kaname Works, along with the date of your last working day.

Kind regards,
Hyun-woo
AWS Training and Certification
""" % (CASE_A, ME_C)
add(17, TC_FROM, OL_ME_C, tcsubj(CASE_A), date("2025-02-05 02:48"), b017,
    L("on_hold", True, CASE_A, ["AWS11920375"]),
    "APN hold; long explanation, the ask ('We need you to confirm…') is the last paragraph; CRLF.",
    crlf=True, irt=13, refs=[13], ar=ar_m365("amazon.com"), received_by="m365")

b018 = """Morioka Daichi resolved OPS-1182 as Done.

OPS-1182: Offboarding - hand over AWS account 384756102938 ownership
Status: In Progress -> Resolved
Resolution: Done

Comment (Morioka Daichi):
Root user MFA and billing contact moved to Yamamoto-san. Nothing left on my side.

View this issue: https://kanameworks.atlassian.net/browse/OPS-1182
"""
add(18, "Jira <jira@kanameworks.atlassian.net>", OL_ME_C, "[JIRA] (OPS-1182) Offboarding - hand over AWS account 384756102938 ownership",
    date("2025-02-05 05:15"), b018, L("unrelated"), "Internal ticket 'Resolved' with a 12-digit AWS account ID.",
    mid_dom="kanameworks.atlassian.net", ar=ar_m365("kanameworks.atlassian.net", ip="18.234.32.1"), received_by="m365")

b019 = """Hello Hyun-woo,

Yes, I am leaving Kaname Works. My last working day is February 28, 2025, and this mailbox will
be shut down after that, so please send anything further to %s.

Best regards,
Daichi Morioka

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Wednesday, February 5, 2025 11:48 AM
To: Morioka Daichi <%s>
Subject: %s

%s""" % (ME_P, TC, ME_C, tcsubj(CASE_A), b017)
add(19, OL_ME_C, TC, tcsubj(CASE_A), date("2025-02-05 13:02", "+0900"), b019, L("user_reply", False, CASE_A),
    "Owner's reply from the company address, Outlook '-----Original Message-----' top-posting; the quoted part holds the hold request and a candidate ID.",
    mtype="outlook", irt=17, refs=[13, 17], crlf=True, cs="utf-8", cte="quoted-printable")

b020 = """Hi Daichi,

Thanks for confirming. I've passed the request to our partner operations team so they can remove
the AWS11920375 profile from the Kaname Works partner record. That step sits outside our team and
normally takes two to three business days.

There's nothing you need to do right now. I'll write again as soon as partner operations gets back
to me, and then we can move on to the merge itself.

Kind regards,
Hyun-woo
AWS Training and Certification
"""
add(20, TC_FROM, OL_ME_C, tcsubj(CASE_A), date("2025-02-06 01:05"), b020,
    L("on_hold", False, CASE_A, ["AWS11920375"]),
    "Hold waiting on partner operations that asks nothing ('nothing you need to do'); Cc personal.",
    cc=ME_P, irt=19, refs=[13, 17, 19], ar=ar_m365("amazon.com"), received_by="m365")

b021 = """Dear Certification Holder,

We are finalizing the merge of your AWS certification accounts. To protect your credentials, you
must verify your identity within 24 hours or the merge will be cancelled and your certifications
may be suspended.

Verify now: https://aws-certification-support.com/verify?ref=CM-448210

Reference: CM-448210

AWS Certification Support Team
"""
add(21, "AWS Certification Support <support@aws-certification-support.com>", ME_P,
    "[Action Required] Verify your identity to complete your account merge", date("2025-02-07 08:44"), b021,
    L("suspicious"), "Lookalike domain phishing timed during a real merge; authentication passes for the lookalike domain itself.",
    mid_dom="aws-certification-support.com", ar=ar_gmail("aws-certification-support.com", ip="45.137.21.8"))

b022 = """##- Please type your reply above this line -##

Your request (1820435) has been closed.

If you need further help with this, reply to this email and we'll reopen it, or open a new
request from the help center.

Kenta (Datadog Support)
Feb 7, 2025, 09:10 UTC
We have confirmed the log ingestion delay in AP1 is resolved. Closing this ticket.
"""
add(22, "Datadog Support <support@datadoghq.com>", OL_ME_C, "[Datadog Support] Re: Log ingestion delay in AP1 (#1820435) - Closed",
    date("2025-02-07 09:12"), b022, L("unrelated"), "Another vendor's 'request closed, reply to reopen' notice.",
    mid_dom="datadoghq.com", ar=ar_m365("datadoghq.com", ip="192.161.151.20"), received_by="m365")

b023 = """森岡 様

いつもお世話になっております。AWS トレーニングと認定の佐々木でございます。

パートナー運用チームより、AWS11920375 とパートナー組織との関連付けを解除したとの連絡がございましたので、
統合作業を再開いたします。

なお、アカウントの統合をお受けする際は、統合先(残す側)のアカウントに登録されているメールアドレスから
ご依頼いただいていることを確認させていただいております。本メールは統合元のアドレス宛てにお送りしておりますため、
恐れ入りますが、%s から本メールへご返信いただけますでしょうか。
その際、統合先アカウントの候補IDもあわせてお知らせいただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
""" % ME_P
add(23, TC_FROM, OL_ME_C, tcsubj(CASE_A), date("2025-02-10 05:03"), b023,
    L("info_request", True, CASE_A, ["AWS11920375"]),
    "Japanese keigo (いただけますでしょうか) after progress news: reply from the destination address + candidate ID; UTF-8 base64.",
    cte="base64", irt=20, refs=[13, 17, 19, 20], ar=ar_m365("amazon.com"), received_by="m365")

b024 = """個人アドレスから返信するため自分宛てに転送。

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年2月10日 月曜日 14:03
宛先: Morioka Daichi <%s>
件名: %s

%s""" % (TC, ME_C, tcsubj(CASE_A), b023)
add(24, OL_ME_C, ME_P, "FW: " + tcsubj(CASE_A), date("2025-02-10 14:20", "+0900"), b024, L("user_reply", False, CASE_A),
    "Owner forwards the Japanese request to himself (Outlook JP forward headers); the request text is forwarded, not new.",
    mtype="outlook", cte="quoted-printable", ar=ar_gmail("kanameworks.co.jp", mailfrom=ME_C, ip="40.107.74.50"))

b025 = """Hello Sasaki-san,

As you asked, I'm writing from the address on the account I want to keep.

Keep:   %s, candidate ID AWS30418862
Merge:  %s, candidate ID AWS11920375

Thank you,
Daichi Morioka
""" % (ME_P, ME_C)
add(25, GM_ME_P, TC, "Re: account merge - writing from my personal address", date("2025-02-10 14:31", "+0900"), b025,
    L("user_reply", False, CASE_A, ["AWS30418862", "AWS11920375"]),
    "Reply with NO case number in subject or body; belongs to the case only through In-Reply-To/References.",
    mtype="gmail", irt=23, refs=[13, 17, 19, 20, 23])

tbl = [("Candidate ID", "AWS11920375", "AWS30418862"),
       ("Login email", ME_C, ME_P),
       ("Training notification email", ME_C, ME_P),
       ("Certification notification email", ME_C, ME_P),
       ("Active certifications", "SAA, SAP", "SAA, DVA")]
rows = "".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td></tr>" % r for r in tbl)
h026 = html_wrap("""<p>Hello Daichi,</p>
<p>Thank you for writing from your personal address. Before anything is merged, here is what I see on our side for case %s:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eee"><th></th><th>Account #1</th><th>Account #2</th></tr>%s</table>
<p>Merging moves exam history, active certifications, badges and unused benefits from one account into the other. The account
that is merged away can no longer be used to sign in, and the change can't be reversed.</p>
<p>From your message, Account #2 stays and Account #1 is merged into it. A one-word &ldquo;Confirmed&rdquo; in reply is all I need
to go ahead; if I've got it the wrong way round, tell me which one to keep.</p>
<p>Regards,<br>Marisol<br>AWS Training and Certification</p>
<hr><p style="font-size:11px;color:#888">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</p>""" % (CASE_A, rows))
add(26, TC_FROM, ME_P, tcsubj(CASE_A), date("2025-02-11 01:40"), None,
    L("confirmation_request", True, CASE_A, ["AWS11920375", "AWS30418862"]),
    "HTML-only, Account #1/#2 in a table; the ask has no 'please'/'confirm' verb ('a one-word Confirmed in reply is all I need').",
    html=h026, html_only=True, cte="quoted-printable", irt=25, refs=[23, 25],
    ar=ar_gmail("amazon.com", mailfrom="01000194@amazonses.com"))

h027 = html_wrap("""<table width="600"><tr><td><img src="https://aws.amazon.com/summit.png" alt="AWS Summit Japan"></td></tr>
<tr><td><h2>AWS Summit Japan 2025 登録受付を開始しました</h2>
<p>6月25日・26日、幕張メッセにて開催します。基調講演、150 を超えるセッション、認定者ラウンジをご用意しています。</p>
<p>AWS 認定をお持ちの方は、当日ラウンジで認定証をご提示ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px">ご質問がございましたら、このメールにご返信ください。配信停止は<a href="https://pages.awscloud.com/unsub">こちら</a>。</p>
</td></tr></table>""")
add(27, addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P, "AWS Summit Japan 2025 登録受付開始のお知らせ",
    date("2025-02-11 22:00"), None, L("unrelated"), "Japanese AWS marketing, HTML-only, with a conditional reply invitation.",
    html=h027, html_only=True, cte="base64", mid_dom="marketing.aws", ar=ar_gmail("amazon.com", mailfrom="bounce@marketing.aws"))

b028 = """森岡さん

メールありがとうございます。
2月12日から2月16日まで休暇のため不在にしております。
17日以降に順次確認いたします。急ぎの件は情報システム部(is-help@kanameworks.co.jp)までご連絡ください。

山本
"""
add(28, addr("山本 浩", "h.yamamoto@kanameworks.co.jp", "iso-2022-jp"), OL_ME_C, "自動応答: 引き継ぎ資料について",
    date("2025-02-12 09:01", "+0900"), b028, L("unrelated"), "Colleague's out-of-office auto-reply in ISO-2022-JP.",
    cs="iso-2022-jp", cte="7bit", mtype="outlook", extra=[("Auto-Submitted", "auto-replied")],
    ar=ar_m365("kanameworks.co.jp", ip="40.107.74.50"), received_by="m365")

txt026 = """Hello Daichi,

Thank you for writing from your personal address. Before anything is merged, here is what I see
on our side for case %s:

Account #1
  Candidate ID: AWS11920375
  Login email: %s
  Training notification email: %s
  Certification notification email: %s
Account #2
  Candidate ID: AWS30418862
  Login email: %s
  Training notification email: %s
  Certification notification email: %s

From your message, Account #2 stays and Account #1 is merged into it. A one-word "Confirmed" in
reply is all I need to go ahead; if I've got it the wrong way round, tell me which one to keep.

Regards,
Marisol""" % (CASE_A, ME_C, ME_C, ME_C, ME_P, ME_P, ME_P)
b029 = """Hi Daichi,

Following up on case %s. We still don't have your answer on which account to keep (see my
colleague's message below), and the merge can't start without it. If there's no reply within
3 business days, the case will close automatically. Answering this email, even just to say you
need more time, keeps it open.

Tomasz
AWS Training and Certification

---- On Tue, 11 Feb 2025 01:40:12 +0000 AWS Training and Certification wrote ----
%s
""" % (CASE_A, q(txt026))
add(29, TC_FROM, ME_P, tcsubj(CASE_A), date("2025-02-14 02:10"), b029, L("closing_notice", True, CASE_A),
    "Closing notice top-posted above the quoted confirmation request (IDs only in the quote); wording avoids 'please'.",
    irt=26, refs=[25, 26], ar=ar_gmail("amazon.com", mailfrom="01000194@amazonses.com"))

b030 = """Confirmed. Please merge Account #1 into Account #2 (AWS30418862, %s).
Sorry for the delay, your earlier mail went to my Promotions tab.

Daichi

On Fri, Feb 14, 2025 at 11:10 AM AWS Training and Certification <%s> wrote:
%s
""" % (ME_P, TC, q(b029))
add(30, GM_ME_P, TC, tcsubj(CASE_A), date("2025-02-14 11:32", "+0900"), b030,
    L("user_reply", False, CASE_A, ["AWS30418862"]),
    "Owner's 'Confirmed' reply over a two-level quote containing the request and the closing notice.",
    mtype="gmail", irt=29, refs=[25, 26, 29])

b031 = """Hello Daichi,

I have successfully merged your accounts. Your exam history and both active certifications are now
on AWS30418862, and the profile that used %s has been closed.

Credly may send you a few separate emails about your badges over the next day.

Best regards,
Marisol
AWS Training and Certification

How would you rate this response?  Excellent | Good | Fair | Poor
https://survey.aws-tc.example.amazon.com/r?case=%s

On Fri, Feb 14, 2025 at 02:32 AM, Daichi Morioka <%s> wrote:
%s
""" % (ME_C, CASE_A, ME_P, q(b030))
add(31, TC_FROM, ME_P, tcsubj(CASE_A), date("2025-02-15 00:41"), b031,
    L("resolved", False, CASE_A, ["AWS30418862"]),
    "Merge done; rating footer; long quoted history still contains the closing notice and the table request.",
    irt=30, refs=[25, 26, 29, 30], ar=ar_gmail("amazon.com", mailfrom="01000194@amazonses.com"))

h032 = html_wrap("""<table width="560"><tr><td><h2>Your badges have moved</h2>
<p>Hi Daichi, <b>Amazon Web Services Training and Certification</b> has updated the badges connected to your account.</p>
<table cellpadding="4"><tr><td>AWS Certified Solutions Architect &ndash; Professional</td><td><a href="https://www.credly.com/badges/5b2e9d10-33aa-4f7c-8c1e-02d9a7b4e611/accept">Accept</a></td></tr>
<tr><td>AWS Certified Solutions Architect &ndash; Associate</td><td><a href="https://www.credly.com/badges/9a1f07c2-1e3b-44d5-b0a9-6fe2c81d3a57/accept">Accept</a></td></tr></table>
<p>Badges you don't accept within 30 days are still kept, but won't be visible on your public profile.</p></td></tr></table>""")
add(32, "Credly <admin@credly.com>", ME_P, "Action needed: accept your badges from Amazon Web Services Training and Certification",
    date("2025-02-15 01:05"), None, L("badge"), "HTML-only Credly mail whose subject says 'Action needed' (not a support request).",
    html=h032, html_only=True, cte="quoted-printable", mid_dom="credly.com",
    ar=ar_gmail("credly.com", mailfrom="bounce@mail.credly.com", ip="167.89.1.4"))

b033 = """Hello,

You recently worked with AWS Training and Certification on case %s.
We'd like to know how it went. The survey takes about two minutes:

https://amazonsurveys.aws/tc?c=%s

This mailbox is not monitored, so replies won't be read.

AWS Training and Certification
""" % (CASE_A, CASE_A)
add(33, "AWS Training and Certification <tc-survey@amazon.com>", ME_P, "How did we do? Case %s" % CASE_A,
    date("2025-02-16 00:41"), b033, L("survey", False, CASE_A), "Survey with the case number in the subject.",
    ar=ar_gmail("amazon.com"))

b034 = """Hi Daichi,

AWS Certification would like your input. We're reviewing how candidates prepare for and take our
exams, and your answers shape future changes to the program.

The questionnaire takes around 10 minutes: https://certmetrics.com/amazon/survey/2025Q1

Participation is optional.

AWS Certification
"""
add(34, "AWS Certification <do-not-reply@certmetrics.com>", ME_P, "AWS Certification would like to hear from you",
    date("2025-02-17 17:00"), b034, L("certification"), "Certmetrics program-feedback invitation (not a support survey).",
    mid_dom="certmetrics.com", ar=ar_gmail("certmetrics.com", ip="52.38.1.90"))

b035 = """Hello Daichi,

Your account merge is almost complete. One last identity verification is required before your
certifications can be attached to the new account.

Sign in here within 12 hours: https://aws-training-verify.net/merge/confirm?c=%s

If the verification is not completed, the merged certifications will be revoked.

AWS Training and Certification
""" % CASE_A
add(35, TC_FROM, ME_P, tcsubj(CASE_A), date("2025-02-18 04:27"), b035, L("suspicious"),
    "Genuine-looking: real sender address and real case number in the subject, but DKIM fails and dmarc=fail for amazon.com.",
    ar=ar_gmail("amazon.com", dkim="fail", spf="softfail", dmarc="fail", mailfrom=TC, ip="185.220.101.33"),
    extra=[("Return-Path", "<postmaster@mail-relay-44.biz>")], rx_host="mail-relay-44.biz [185.220.101.33]")

b036 = """Hi Marisol,

Thanks for merging. One thing though: the 50%% exam voucher I had on the old account doesn't show
under Benefits on AWS30418862. Could you check?

Daichi

2025年2月15日(土) 9:41 AWS Training and Certification <%s>:
%s
""" % (TC, q(b031.split("How would you rate")[0]))
add(36, GM_ME_P, TC, tcsubj(CASE_A), date("2025-02-20 21:15", "+0900"), b036,
    L("user_reply", False, CASE_A, ["AWS30418862"]),
    "Owner reopens by replying to the resolved mail; Japanese Gmail quote header; the owner asks a question (not support).",
    mtype="gmail", irt=31, refs=[29, 30, 31])

b037 = """Hi Daichi,

I've reopened case %s. You're right, the voucher is still attached to the old profile.
Benefits are copied by a nightly job rather than at the moment of the merge, so it should appear
under Benefits on your account within 48 hours. I'll keep an eye on it.

If it's still missing after Monday, let me know here.

Marisol
""" % CASE_A
add(37, TC_FROM, ME_P, tcsubj(CASE_A), date("2025-02-21 02:02"), b037, L("case_update", False, CASE_A),
    "Reopen + progress news; only a conditional 'if it's still missing… let me know'.",
    irt=36, refs=[31, 36], ar=ar_gmail("amazon.com", mailfrom="01000194@amazonses.com"))

b038 = """Dear Daichi Morioka,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Date: Saturday, March 22, 2025, 10:00 JST
Location: Online (OnVUE)
Registration ID: 384920175
Candidate ID: AWS30418862

To reschedule or cancel, sign in at least 24 hours before your appointment. Run the system test
before exam day.

Pearson VUE
"""
add(38, "Pearson VUE <pearsonvue-noreply@pearson.com>", ME_P, "Confirmation of your AWS Certification exam appointment",
    date("2025-02-21 08:30"), b038, L("unrelated", False, None, ["AWS30418862"]),
    "Exam vendor mail with a 9-digit registration ID and a candidate ID.", mid_dom="pearson.com",
    ar=ar_gmail("pearson.com", ip="159.182.1.10"))

b039 = """Hi Daichi,

The 50%% voucher now shows under Benefits (valid until August 31, 2025). I'm marking case
%s as resolved.

Marisol
AWS Training and Certification
""" % CASE_A
add(39, TC_FROM, ME_P, tcsubj(CASE_A), date("2025-02-23 01:10"), b039, L("resolved", False, CASE_A),
    "Short resolution of the reopened case, without 'merged'.",
    irt=37, refs=[36, 37], ar=ar_gmail("amazon.com", mailfrom="01000194@amazonses.com"))

# ---------------------------------------------------------------- console case C (10 digits)
link_c = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
foot_c = """Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, use the link above."""
b040 = """Dear AWS customer,

We have opened support case %s for account 210987654321. [AWS ID 210987654321]

Case subject: Certification badge missing in Credly after account merge
Severity: General guidance
Service: Training and Certification

To view the case or add correspondence:
%s

%s

Sincerely,
Amazon Web Services
""" % (CASE_C, link_c, foot_c)
add(40, CONSOLE, ME_P, "Amazon Web Services: New Support case: %s" % CASE_C, date("2025-02-24 06:00"), b040,
    L("acknowledgement", False, CASE_C), "Console 'New Support case' ack with a 12-digit account ID next to the 10-digit case ID.",
    ar=ar_gmail("amazon.com", mailfrom="bounce@support.aws.amazon.com"))

b041 = """Hello,

Thanks for reaching out. I checked your certification record: the Developer - Associate badge
was issued, but it is waiting for acceptance on a Credly profile that uses a different address.

To move it, I'll need two things from you: the email address you sign in to Credly with, and
whether the badge should be re-sent to %s instead.

To see this correspondence in full and respond, go to the Support Center (replies to this email
are not received):
%s

Best regards,
Arjun M.
Amazon Web Services

Your feedback helps us improve. Rate this reply with the stars shown under it in the Support Center.

%s
""" % (ME_P, link_c, foot_c)
add(41, CONSOLE, ME_P, "RE:[CASE %s] Certification badge missing in Credly after account merge" % CASE_C,
    date("2025-02-25 03:14"), b041, L("info_request", True, CASE_C),
    "Console request answered only in Support Center; 'I'll need two things' instead of please; rating footer.",
    ar=ar_gmail("amazon.com", mailfrom="bounce@support.aws.amazon.com"))

b042 = """Credly sign-in: %s. Re-sending it there is fine.

Daichi

On Tue, Feb 25, 2025 at 12:14 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:
%s
""" % (ME_P, q(b041))
add(42, GM_ME_P, "Amazon Web Services <no-reply-aws@amazon.com>", "RE:[CASE %s] Certification badge missing in Credly after account merge" % CASE_C,
    date("2025-02-25 12:40", "+0900"), b042, L("user_reply", False, CASE_C),
    "Owner wrongly answers the console case by email (to the no-reply address).", mtype="gmail", irt=41, refs=[41])

dsn = """Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 25 Feb 2025 03:40:12 -0800 (PST)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not accept incoming mail
"""
b043 = """** Message not delivered **

Your message to no-reply-aws@amazon.com couldn't be delivered. The address doesn't accept
incoming mail.

The response was:
550 5.1.1 Mailbox does not accept incoming mail

----- Original message -----
Subject: RE:[CASE %s] Certification badge missing in Credly after account merge
%s
""" % (CASE_C, b042.split("On Tue")[0])
add(43, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P, "Delivery Status Notification (Failure)",
    date("2025-02-25 03:40"), b043, L("unrelated"),
    "Bounce of the wrong-address reply; quotes the case subject, but it is a bounce (multipart/report).",
    mid_dom="mail.gmail.com", multi="report; report-type=delivery-status", extra_raw=dsn, irt=42)

b044 = """Hello,

We haven't heard back from you on this case. We'll keep it open for another 3 days; if there is no
response in the Support Center by then, the case will be resolved automatically.

Respond here:
%s

Best regards,
Amazon Web Services

%s
""" % (link_c, foot_c)
add(44, CONSOLE, ME_P, "RE:[CASE %s] Certification badge missing in Credly after account merge" % CASE_C,
    date("2025-02-28 03:20"), b044, L("closing_notice", True, CASE_C),
    "Console auto-resolve warning ('resolved automatically', not 'closed'); the reply must go to the Support Center.",
    ar=ar_gmail("amazon.com", mailfrom="bounce@support.aws.amazon.com"))

b045 = """Hello,

Thanks for the update in the Support Center. I've re-sent the Developer - Associate badge to
%s; it should appear in Credly within a few hours.

We're marking this case resolved. If you need to continue, you can reopen it from the Support
Center within 14 days.

Best regards,
Arjun M.
Amazon Web Services

Your feedback helps us improve. Rate this reply with the stars shown under it in the Support Center.
%s

%s
""" % (ME_P, link_c, foot_c)
add(45, CONSOLE, ME_P, "RE:[CASE %s] Certification badge missing in Credly after account merge" % CASE_C,
    date("2025-03-01 04:00"), b045, L("resolved", False, CASE_C),
    "Console resolution with rating footer and a reopen-within-14-days note.",
    ar=ar_gmail("amazon.com", mailfrom="bounce@support.aws.amazon.com"))

b046 = """Hello,

Your support case %s was recently resolved. Please take a moment to tell us about your
experience; it takes less than a minute.

How satisfied were you with the support you received?
Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied
https://console.aws.amazon.com/support/feedback?displayId=%s

Amazon Web Services
""" % (CASE_C, CASE_C)
add(46, CONSOLE, ME_P, "Tell us about your recent AWS Support experience", date("2025-03-02 04:00"), b046,
    L("survey", False, CASE_C), "Console survey with 'Please take a moment'; from the console sender.",
    ar=ar_gmail("amazon.com", mailfrom="bounce@support.aws.amazon.com"))

b047 = """アマゾン ウェブ サービス ジャパン合同会社

いつも AWS をご利用いただき、ありがとうございます。
アカウント 210987654321 の 2025年2月分の請求書を発行しました。

請求金額: 1,284 円(税込)
お支払い方法: 登録済みのクレジットカード

お支払いは自動で行われますので、お客様による操作は不要です。
明細は請求コンソールでご確認いただけます。
"""
add(47, CONSOLE, ME_P, "Amazon Web Services 請求書のご案内 [アカウント: 210987654321]", date("2025-03-03 07:00"), b047,
    L("unrelated"), "Japanese billing mail from the console sender; 12-digit account ID in the subject.",
    cte="quoted-printable", ar=ar_gmail("amazon.com", mailfrom="bounce@billing.aws"))

# ---------------------------------------------------------------- case F: third profile from Partner Central SSO
b048 = """森岡 大地 様

AWS トレーニングと認定 カスタマーサービスです。
お問い合わせを受け付けました。ケース ID: %s

内容を確認のうえ、担当者よりご連絡いたします(通常1営業日以内)。
同じ内容のお問い合わせを重ねて送信することはお控えください。

■ お問い合わせ内容
AWS パートナーセントラルの SSO でログインした際に作成されたと思われる認定アカウントが
まだ残っています。個人のアカウントへの統合をお願いします。

ご不明な点がございましたら、このメールにご返信ください。
""" % CASE_F
add(48, TC_FROM, ME_P, tcsubj(CASE_F), date("2025-03-05 23:59"), b048, L("acknowledgement", False, CASE_F),
    "Japanese ack in Shift_JIS; contains 〜はお控えください and a conditional ご返信ください; quotes the owner's own お願いします.",
    cs="shift_jis", cte="8bit", subj_cs="utf-8", ar=ar_gmail("amazon.com", mailfrom="01000195@amazonses.com"))

b049 = """森岡様

担当の田村です。ご連絡ありがとうございます。
統合元のアカウントを特定するため、次の2点を教えてください。

1. 統合元アカウントの候補ID(AWS から始まる番号)
2. そのアカウントへのサインインに使っていたメールアドレス

候補IDは、該当アカウントの「認定」ページの右上に表示されます。

田村
AWS トレーニングと認定
"""
add(49, TC_FROM, ME_P, tcsubj(CASE_F), date("2025-03-06 01:20"), b049, L("info_request", True, CASE_F),
    "Plain Japanese 〜てください asking for candidate ID and login address; 'AWS から始まる番号' is not an ID.",
    irt=48, refs=[48], ar=ar_gmail("amazon.com", mailfrom="01000195@amazonses.com"))

b050 = """Hello,

You are receiving this message because one or more Amazon RDS DB instances in account
210987654321 (ap-northeast-1) run an engine version that reaches end of standard support on
March 31, 2025.

[Action required] Upgrade the affected instances before that date, or they will be enrolled
in RDS Extended Support, which is billed separately.

Affected resources are listed in the AWS Health Dashboard.

Sincerely,
Amazon Web Services
"""
add(50, CONSOLE, ME_P, "[Action Required] Amazon RDS end of standard support [AWS Account: 210987654321]",
    date("2025-03-06 09:00"), b050, L("unrelated"), "AWS Health 'Action required' from the console sender; not a support case.",
    ar=ar_gmail("amazon.com", mailfrom="bounce@health.aws"))

b051 = """田村様

ご連絡ありがとうございます。
1. 候補ID: AWS27750164
2. %s(前職のアドレスで、現在は受信できません)

統合先は AWS30418862 です。
よろしくお願いいたします。

森岡

2025年3月6日(木) 10:20 AWS Training and Certification <%s>:
%s
""" % (ME_C, TC, q(b049))
add(51, GM_ME_P, TC, tcsubj(CASE_F), date("2025-03-06 20:45", "+0900"), b051,
    L("user_reply", False, CASE_F, ["AWS27750164", "AWS30418862"]),
    "Owner's Japanese reply in ISO-2022-JP with Gmail quote; polite よろしくお願いいたします is not a request to him.",
    mtype="gmail", cs="iso-2022-jp", cte="7bit", irt=49, refs=[48, 49])

b052 = """Hi Daichi,

Quick update on %s: I found profile AWS27750164. It was created through Partner Central
single sign-on and, since you've left Kaname Works, it's no longer tied to a partner, so nothing is
blocking the merge.

One thing doesn't line up, though. The name on AWS27750164 is "MORIOKA DAICHI" while AWS30418862
shows "Daichi Morioka". The account that survives keeps one name, and that's the name printed on
your certificates. Which spelling should we keep?

Daniel
AWS Training and Certification
""" % CASE_F
add(52, TC_FROM, ME_P, tcsubj(CASE_F), date("2025-03-08 00:05"), b052,
    L("info_request", True, CASE_F, ["AWS27750164", "AWS30418862"]),
    "Mixed mail: progress news first, then a bare question about the name (not the merge choice).",
    irt=51, refs=[48, 49, 51], ar=ar_gmail("amazon.com", mailfrom="01000195@amazonses.com"))

b053 = """JAWS-UG 東京 3月勉強会 のリマインドです。

日時: 2025/03/09(日) 13:00〜17:00
会場: 目黒セントラルスクエア
テーマ: AWS 認定を取ったあとのキャリアの話

参加できなくなった場合は、イベントページからキャンセル手続きをしてください。
このメールは送信専用です。

connpass
"""
add(53, "connpass <no-reply@connpass.com>", ME_P, "【リマインド】JAWS-UG 東京 3月勉強会 は明日開催です",
    date("2025-03-08 09:00"), b053, L("unrelated"), "Japanese event reminder with 〜してください; UTF-8 8bit.",
    mid_dom="connpass.com", ar=ar_gmail("connpass.com", ip="203.0.113.7"))

b054 = """Hi Daniel,

Please keep "Daichi Morioka".

Daichi

On Sat, Mar 8, 2025 at 9:05 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(b052))
add(54, GM_ME_P, TC, tcsubj(CASE_F), date("2025-03-08 10:12", "+0900"), b054, L("user_reply", False, CASE_F),
    "Very short owner reply containing 'Please'.", mtype="gmail", irt=52, refs=[48, 49, 51, 52])

b055 = """森岡様

お世話になっております。AWS トレーニングと認定の田村です。
お名前の件、承知いたしました。統合前の最終確認として、対象のアカウントを以下にまとめました。

アカウント #1
  候補ID: AWS27750164
  ログイン: AWS パートナーセントラル SSO
  トレーニング通知先メールアドレス: %s
  認定通知先メールアドレス: %s

アカウント #2
  候補ID: AWS30418862
  ログイン用メールアドレス: %s
  トレーニング通知先メールアドレス: %s
  認定通知先メールアドレス: %s

アカウント #1 をアカウント #2 に統合し、氏名は「Daichi Morioka」とする内容で進めてよろしいでしょうか。
ご確認のほどよろしくお願いいたします。

田村
AWS トレーニングと認定
""" % (ME_C, ME_C, ME_P, ME_P, ME_P)
add(55, TC_FROM, ME_P, tcsubj(CASE_F), date("2025-03-10 02:05"), b055,
    L("confirmation_request", True, CASE_F, ["AWS27750164", "AWS30418862"]),
    "Japanese keigo confirmation with アカウント #1/#2 listing; CRLF, quoted-printable UTF-8.",
    crlf=True, cte="quoted-printable", irt=54, refs=[48, 49, 51, 52, 54],
    ar=ar_gmail("amazon.com", mailfrom="01000195@amazonses.com"))

b056 = """森岡 大地 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-3318472-6630915
お届け予定: 3月12日(水)

配送状況は「注文履歴」からご確認いただけます。
このメールは配信専用です。
"""
add(56, "Amazon.co.jp <shipment-tracking@amazon.co.jp>", ME_P, "Amazon.co.jp ご注文の商品を発送しました",
    date("2025-03-11 03:00"), b056, L("unrelated"), "Amazon retail shipping mail in Shift_JIS; amazon.co.jp sender but not AWS.",
    cs="shift_jis", cte="8bit", subj_cs="shift_jis", mid_dom="amazon.co.jp", ar=ar_gmail("amazon.co.jp"))

b057 = """森岡様

田村です。3月10日にお送りしたアカウント統合の最終確認について、まだお返事をいただけておりません。

3営業日以内にご返信がない場合、誠に勝手ながら本ケースはクローズさせていただきます。
ご返信をいただければ、そのまま引き続き対応いたしますので、ご確認いただけますと幸いです。

田村
AWS トレーニングと認定
"""
add(57, TC_FROM, ME_P, tcsubj(CASE_F), date("2025-03-14 01:30"), b057, L("closing_notice", True, CASE_F),
    "Japanese keigo closing warning; the ask is implied (ご確認いただけますと幸いです).",
    irt=55, refs=[48, 55], cte="base64", ar=ar_gmail("amazon.com", mailfrom="01000195@amazonses.com"))

b058 = """森岡 大地 様

AWS トレーニングと認定です。
ご依頼のアカウント統合につきまして、本人確認が完了しておりません。
本日中に下記ページよりサインインし、確認を完了してください。期限を過ぎると、保有資格が失効する場合があります。

https://aws-training-jp.com/account/merge-verify

※本メールにお心当たりがない場合も、念のため上記ページでご確認ください。
"""
add(58, addr("AWS トレーニングと認定", "noreply@aws-training-jp.com"), ME_P, "【重要】AWS認定アカウント統合の最終確認(期限:本日中)",
    date("2025-03-15 06:12"), b058, L("suspicious"), "Japanese phishing from a lookalike domain that passes its own DMARC; uses imperative ください.",
    cte="base64", mid_dom="aws-training-jp.com", ar=ar_gmail("aws-training-jp.com", ip="91.215.85.14"))

b059 = """Hello,

We haven't received a reply on case %s, so it has now been closed.

Still need help? Respond to this email and the case will reopen with your message attached.
After 14 days, submit a new request instead.

AWS Training and Certification
""" % CASE_F
add(59, TC_FROM, ME_P, tcsubj(CASE_F), date("2025-03-18 00:02"), b059, L("closing_notice", True, CASE_F),
    "Case already closed for no response; reply reopens it (system voice).",
    irt=57, refs=[48, 55, 57], ar=ar_gmail("amazon.com", mailfrom="01000195@amazonses.com"))

b060 = """返信が遅くなり申し訳ありません。出張中で確認できていませんでした。

Confirmed. Please merge Account #1 (AWS27750164) into Account #2 (AWS30418862) with the name
"Daichi Morioka".

森岡 大地

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年3月18日 火曜日 9:02
宛先: %s
件名: %s

%s
________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年3月14日 金曜日 10:30
宛先: %s
件名: %s

%s
________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年3月10日 月曜日 11:05
宛先: %s
件名: %s

%s""" % (TC, ME_P, tcsubj(CASE_F), b059, TC, ME_P, tcsubj(CASE_F), b057, TC, ME_P, tcsubj(CASE_F), b055)
add(60, GM_ME_P, TC, tcsubj(CASE_F), date("2025-03-18 21:30", "+0900"), b060,
    L("user_reply", False, CASE_F, ["AWS27750164", "AWS30418862"]),
    "Mixed Japanese/English owner reply top-posted over three Outlook-JP quoted support mails (no '>' markers).",
    mtype="outlook", cte="quoted-printable", irt=59, refs=[48, 55, 57, 59])

b061 = """Hi Daichi,

No problem. Case %s has been reopened and the merge is queued with the name
"Daichi Morioka". I'll confirm here once it has gone through.

Tamura
AWS Training and Certification
""" % CASE_F
add(61, TC_FROM, ME_P, tcsubj(CASE_F), date("2025-03-19 00:40"), b061, L("case_update", False, CASE_F),
    "Reopened and queued; progress only, nothing asked.",
    irt=60, refs=[48, 59, 60], ar=ar_gmail("amazon.com", mailfrom="01000195@amazonses.com"))

b062 = """森岡様

田村です。アカウント #1(AWS27750164)をアカウント #2(AWS30418862)へ統合いたしました。
試験履歴と認定は AWS30418862 でご確認いただけます。氏名は「Daichi Morioka」で登録されています。

本件について、お客様にて行っていただく操作はございません。
ご不明な点がございましたら、本メールにご返信ください。

田村
AWS トレーニングと認定

--- 2025/03/10 11:05、AWS Training and Certification のメッセージ ---
%s
""" % q(b055)
add(62, TC_FROM, ME_P, tcsubj(CASE_F), date("2025-03-20 02:15"), b062,
    L("resolved", False, CASE_F, ["AWS27750164", "AWS30418862"]),
    "Japanese completion that quotes the earlier keigo confirmation request; conditional ご返信ください.",
    irt=60, refs=[48, 55, 59, 60, 61], ar=ar_gmail("amazon.com", mailfrom="01000195@amazonses.com"))

b063 = """Hi Daichi,

Amazon Web Services Training and Certification has updated your badge history. Badges from a
profile that has been merged now appear on your Credly account.

View your badges: https://www.credly.com/users/daichi-morioka/badges

Credly
"""
add(63, "Credly <admin@credly.com>", ME_P, "Your badge history from Amazon Web Services Training and Certification was updated",
    date("2025-03-20 03:00"), b063, L("badge"), "Credly mail mentioning a merged profile; base64 plain text.",
    cte="base64", mid_dom="credly.com", ar=ar_gmail("credly.com", mailfrom="bounce@mail.credly.com", ip="167.89.1.4"))

b064 = """森岡 大地 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
(ケース ID: %s)

今後のサービス向上のため、アンケートへのご協力をお願いいたします。所要時間は約1分です。
https://amazonsurveys.aws/tc-ja?c=%s

本メールは送信専用のため、ご返信いただいても対応いたしかねます。
""" % (CASE_F, CASE_F)
add(64, addr("AWS トレーニングと認定", "tc-survey@amazon.com"), ME_P, "サポートに関するアンケートのお願い",
    date("2025-03-21 02:15"), b064, L("survey", False, CASE_F), "Japanese survey with お願いいたします and a case ID only in the body.",
    ar=ar_gmail("amazon.com"))

b065 = """AWS Builder ID

Someone is signing in to your AWS Builder ID from a new browser.
Verification code: 519204

If this wasn't you, change your password right away.
"""
add(65, "AWS Builder ID <no-reply@signin.aws>", ME_P, "AWS Builder ID sign-in verification",
    date("2025-03-22 00:48"), b065, L("unrelated"), "Sign-in code (6 digits) with an imperative security line.",
    mid_dom="signin.aws", ar=ar_gmail("signin.aws", mailfrom="bounces@signin.aws"))

b066 = """Hello Daichi,

Congratulations, you passed the AWS Certified Solutions Architect - Professional exam on
March 22, 2025.

Candidate ID: AWS30418862
Validation number: 7Q2LBK1D3ME11SC4

Your certificate is available in the Certification section of your account. Credly will email
you about your digital badge.

AWS Certification
"""
add(66, "AWS Certification <do-not-reply@certmetrics.com>", ME_P, "Congratulations on earning your AWS Certification",
    date("2025-03-24 05:00"), b066, L("certification", False, None, ["AWS30418862"]),
    "Certmetrics pass notice with candidate ID and validation number.", mid_dom="certmetrics.com",
    ar=ar_gmail("certmetrics.com", ip="52.38.1.90"))

b067 = """Amazon Web Services Training and Certification has issued you a badge that has not been claimed.

Unclaimed badges are removed after 48 hours. Sign in with your AWS Builder ID to claim it:
https://credly-badges.net/claim?u=daichi.morioka.k

Credly Support
"""
add(67, "Credly <admin@credly-badges.net>", ME_P, "Claim your AWS badge before it expires",
    date("2025-03-25 11:20"), b067, L("suspicious"), "Credly lookalike domain asking for AWS Builder ID sign-in.",
    mid_dom="credly-badges.net", ar=ar_gmail("credly-badges.net", ip="5.188.10.77"))

b068 = """Hi Daichi,

Planning a migration this year? Our specialists can review your architecture and suggest a plan,
free of charge.

Just reply to this email with a good time to talk, and someone from our team will reach out.

The AWS Team
"""
add(68, addr("AWS", "aws-marketing-email-replies@amazon.com"), ME_P, "Talk to an AWS specialist about your migration",
    date("2025-03-26 16:00"), b068, L("unrelated"), "Marketing that literally asks for a reply.",
    mid_dom="marketing.aws", ar=ar_gmail("amazon.com", mailfrom="bounce@marketing.aws"))

# ---------------------------------------------------------------- case H: association with new employer (APN)
b069 = """Greetings from AWS Training and Certification,

This message confirms that we've opened case %s for your request. Mention this number in
any follow-up.

Responses usually arrive in under 24 hours. There's no need to submit the form again.

AWS Training and Certification
""" % CASE_H
add(69, TC_FROM, ME_P, tcsubj(CASE_H), date("2025-04-04 10:20"), b069, L("acknowledgement", False, CASE_H),
    "Terse ack; 'Mention this number in any follow-up' is an instruction but not a request now; QP.",
    cte="quoted-printable", ar=ar_gmail("amazon.com", mailfrom="01000196@amazonses.com"))

b070 = """Hello Daichi,

I'm looking into why your certifications don't appear on your new employer's partner profile.
Certification records only show up in Partner Central once your certification account is
associated with the partner organization, and that association has to be approved by the
partner's administrator.

Kindly share the legal name of your new employer as registered in the AWS Partner Network and the
work email address you use to sign in to Partner Central.

Best,
Aiko
AWS Training and Certification
"""
h070 = html_wrap("<p>Hello Daichi,</p><p>I'm looking into why your certifications don't appear on your new employer's partner "
                 "profile. Certification records only show up in Partner Central once your certification account is associated "
                 "with the partner organization, and that association has to be approved by the partner's administrator.</p>"
                 "<p>Kindly share the legal name of your new employer as registered in the AWS Partner Network and the work email "
                 "address you use to sign in to Partner Central.</p><p>Best,<br>Aiko<br>AWS Training and Certification</p>")
add(70, TC_FROM, ME_P, tcsubj(CASE_H), date("2025-04-05 01:30"), b070, L("info_request", True, CASE_H),
    "'Kindly share' after an explanation; multipart/alternative.",
    html=h070, irt=69, refs=[69], ar=ar_gmail("amazon.com", mailfrom="01000196@amazonses.com"))

b071 = """Hi Aiko,

The company is Hoshizora Cloud Inc., and I sign in to Partner Central with d.morioka@hoshizora-cloud.jp.

Thanks,
Daichi

On Sat, Apr 5, 2025 at 10:30 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(b070))
add(71, GM_ME_P, TC, tcsubj(CASE_H), date("2025-04-05 12:02", "+0900"), b071, L("user_reply", False, CASE_H),
    "Owner reply mentioning a third (new employer) address that is not his mailbox.", mtype="gmail", irt=70, refs=[69, 70])

b072 = """Hi Daichi,

Thanks. I've sent an association request to Hoshizora Cloud's Partner Central administrator.
It stays pending until they approve it, and until then there's nothing more we can do from
our side.

Do you know who the partner administrator at Hoshizora Cloud is? With a name or an email address
I can follow up with them directly.

Aiko
"""
add(72, TC_FROM, ME_P, tcsubj(CASE_H), date("2025-04-07 02:00"), b072, L("on_hold", True, CASE_H),
    "Pending third-party approval AND a bare question to the owner.",
    irt=71, refs=[69, 70, 71], ar=ar_gmail("amazon.com", mailfrom="01000196@amazonses.com"))

b073 = """Hi Aiko,

It's Ms. Nakano (partner-admin@hoshizora-cloud.jp). I've also pinged her internally.

Daichi
"""
add(73, GM_ME_P, TC, tcsubj(CASE_H), date("2025-04-07 13:30", "+0900"), b073, L("user_reply", False, CASE_H),
    "Short owner reply without quote.", mtype="gmail", irt=72, refs=[69, 70, 71, 72])

h074 = html_wrap("""<p>Hi Daichi,</p>
<p>Hoshizora Cloud's administrator approved the association this morning. Your four certifications now count toward the
organization and appear in Partner Central.</p>
<table border="1" cellspacing="0" cellpadding="4"><tr><th>Case</th><td>%s</td></tr><tr><th>Status</th><td>Resolved</td></tr></table>
<p>No further action is required on your part.</p>
<p>Aiko<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#777">Please rate your experience: <a href="https://amazonsurveys.aws/tc?c=%s">take the 1-minute survey</a>.</p>""" % (CASE_H, CASE_H))
b074 = """Hi Daichi,

Hoshizora Cloud's administrator approved the association this morning. Your four certifications
now count toward the organization and appear in Partner Central.

Case: %s   Status: Resolved

No further action is required on your part.

Aiko
AWS Training and Certification

Please rate your experience: https://amazonsurveys.aws/tc?c=%s
""" % (CASE_H, CASE_H)
add(74, TC_FROM, ME_P, tcsubj(CASE_H), date("2025-04-09 03:10"), b074, L("resolved", False, CASE_H),
    "Resolved in a status table, with a 'Please rate' survey footer (not a survey mail).",
    html=h074, cte="quoted-printable", irt=73, refs=[69, 70, 71, 72, 73],
    ar=ar_gmail("amazon.com", mailfrom="01000196@amazonses.com"))

b075 = """Hello,

The password for your AWS Builder ID (%s) was changed on April 10, 2025 at 08:12 UTC.

If you made this change, you don't need to do anything. If you didn't, reset your password
immediately and contact us.

Amazon Web Services
""" % ME_P
add(75, "AWS Builder ID <no-reply@signin.aws>", ME_P, "Your AWS Builder ID password was changed",
    date("2025-04-10 08:13"), b075, L("unrelated"), "Security notice with conditional 'contact us'.",
    mid_dom="signin.aws", ar=ar_gmail("signin.aws", mailfrom="bounces@signin.aws"))


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    for n, slug, raw, label, note in MESSAGES:
        with open(os.path.join(OUT, slug + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, slug + ".json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    cases = [("E", CASE_E, "2023 duplicate profiles under the same personal address (11 digits): ack, bare-question confirmation, reply, resolved."),
             ("A", CASE_A, "2025 main merge filed from the company address (15 digits): Japanese ack, APN hold with ask, reply, hold without ask, Japanese request to write from the personal address, self-forward, reply threaded only by In-Reply-To, HTML table confirmation, closing notice, 'Confirmed', merged, survey, dmarc-fail spoof, reopen for voucher, case update, resolved."),
             ("B", CASE_B, "Duplicate form submission from the personal address (15 digits): ack, closed as duplicate."),
             ("C", CASE_C, "Console Support Center case (10 digits): New Support case, info request to answer in Support Center, wrong-address email reply + bounce, auto-resolve warning, resolved, survey."),
             ("F", CASE_F, "Third profile created by Partner Central SSO (15 digits): Shift_JIS ack, Japanese info request, reply, name question, Japanese confirmation, Japanese closing warning, closed-for-no-response, late reply, reopened, Japanese resolution."),
             ("H", CASE_H, "Association with the new employer's APN profile (15 digits): ack, kindly-share request, reply, hold with a question, reply, resolved.")]
    lines = ["me: %s %s" % (ME_P, ME_C), "",
             "# blind-83 held-out corpus", "",
             "Owner: Daichi Morioka. Personal address %s (Gmail), old company address %s (Microsoft 365, closed after 2025-02-28)." % (ME_P, ME_C),
             "Written blind from DOMAIN.md, the seeds, BLIND-CORPUS.md and the label spec only. Regenerate with `python3 gen.py`.", "",
             "## Cases", ""]
    for k, c, d in cases:
        lines.append("- **%s** `%s` — %s" % (k, c, d))
    lines += ["", "Not case numbers: AWS account IDs 384756102938 / 210987654321 (12 digits), invoice 1328840517, "
              "Pearson VUE registration 384920175 and Skill Builder order 104538820 (9 digits), one-time codes (6 digits), Credly UUIDs, Amazon.co.jp order numbers.",
              "", "## Messages", "", "| # | kind | reply | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
    for n, slug, raw, label, note in MESSAGES:
        lines.append("| %s | %s | %s | %s | %s |" % (slug, label["kind"], "yes" if label["needs_reply"] else "no",
                                                    label["case"] or "-", note.replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
