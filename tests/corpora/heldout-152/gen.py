#!/usr/bin/env python3
"""Blind held-out corpus generator (blind-152). Standard library only.
Writes NNN-msg.eml / NNN-msg.json next to this script and README.md."""
import base64, json, os, quopri, random, sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(152)
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

ME_P = "k.sakurai.cloud@gmail.com"
ME_C = "kenta.sakurai@nexora-sys.co.jp"
ME_NAME = "Kenta Sakurai"
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CA = "174892331200418"   # T&C form: merge company -> personal, APN hold
CB = "174892398700533"   # duplicate form from company address
CC = "175040021500072"   # Support Center console case: missing voucher benefit
CD = "13062871954"       # Japanese name correction (11 digits)
CE = "175003381900264"   # exam accommodation, closed for no answer, reopened
COLD = "7215563904"      # 2020 case, forwarded from archive
ID_CO = "AWS04719382"     # candidate ID of company account
ID_PE = "AWS11830275"     # candidate ID of personal account

SUBJ_A = f"RE:[CASE {CA}] [AWS Training and Certification Form Submission] - account-assistance"

MSGS = []

def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))

def mid(kind):
    if kind == "ses":
        return f"<0106019{hx(9)}-{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}-000000@ap-northeast-1.amazonses.com>"
    if kind == "sesus":
        return f"<010001{hx(10)}-{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}-000000@email.amazonses.com>"
    if kind == "gmail":
        return f"<CA+{base64.b64encode(bytes(R.getrandbits(8) for _ in range(30))).decode().replace('/', 'x')}@mail.gmail.com>"
    if kind == "outlook":
        return f"<TYCPR01MB{R.randint(1000,9999)}{hx(8).upper()}{hx(6).upper()}@TYCPR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com>"
    return f"<{hx(16)}.{hx(8)}@{kind}>"

def dt(y, mo, d, h, mi, tz=JST, s=None):
    return format_datetime(datetime(y, mo, d, h, mi, s if s is not None else R.randint(0, 59), tzinfo=tz))

def H(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def A(name, addr, cs="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii"); return formataddr((name, addr))
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{addr}>"

def leaf(ctype, text, cs="utf-8", cte="quoted-printable", extra=None):
    raw = text.encode(cs)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    hs = [("Content-Type", f'{ctype}; charset="{cs}"' if cs not in ("iso-2022-jp", "shift_jis") else f"{ctype}; charset={cs.upper() if cs=='iso-2022-jp' else 'Shift_JIS'}"),
          ("Content-Transfer-Encoding", cte)]
    if extra:
        hs += extra
    return hs, body

def raw_part(hs, body_bytes):
    return hs, body_bytes

def multi(sub, parts):
    b = f"----=_Part_{R.randint(100000,999999)}_{R.randint(10**8,10**9)}.{R.randint(10**12,10**13)}"
    out = b""
    for hs, body in parts:
        out += f"--{b}\n".encode()
        out += "".join(f"{k}: {v}\n" for k, v in hs).encode() + b"\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
    out += f"--{b}--\n".encode()
    return [("Content-Type", f'multipart/{sub}; boundary="{b}"')], out

def auth_gmail(dom, ok=True, dmarc=None):
    d = "pass" if ok else "fail"
    dm = dmarc or ("pass" if ok else "fail")
    return ("Authentication-Results", f"mx.google.com;\n       dkim={d} header.i=@{dom} header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b={hx(8)};\n       spf=pass (google.com: domain of 0106019{hx(6)}@ap-northeast-1.amazonses.com designates 23.251.234.{R.randint(2,250)} as permitted sender) smtp.mailfrom=0106019{hx(6)}@ap-northeast-1.amazonses.com;\n       dmarc={dm} (p=QUARANTINE sp=QUARANTINE dis={'NONE' if dm=='pass' else 'QUARANTINE'}) header.from={dom}")

def auth_m365(dom, ok=True):
    d = "pass" if ok else "fail"
    return ("Authentication-Results", f"spf=pass (sender IP is 54.240.{R.randint(1,99)}.{R.randint(1,250)})\n smtp.mailfrom=amazonses.com; dkim={d} (signature was verified)\n header.d={dom};dmarc={d} action={'none' if ok else 'quarantine'}\n header.from={dom};compauth={d} reason={'100' if ok else '000'}")

def auth_simple(dom, spf="pass", dkim="pass", dmarc="pass", box="gmail"):
    if box == "gmail":
        return ("Authentication-Results", f"mx.google.com;\n       dkim={dkim} header.i=@{dom} header.s=s1 header.b={hx(8)};\n       spf={spf} (google.com: domain of bounce@{dom} designates 198.51.100.{R.randint(2,250)} as permitted sender) smtp.mailfrom=bounce@{dom};\n       dmarc={dmarc} (p=REJECT sp=REJECT dis=NONE) header.from={dom}")
    return ("Authentication-Results", f"spf={spf} (sender IP is 203.0.113.{R.randint(2,250)})\n smtp.mailfrom={dom}; dkim={dkim} (signature was verified)\n header.d={dom};dmarc={dmarc} action=none\n header.from={dom};compauth={'pass' if dmarc=='pass' else 'fail'} reason=100")

def add(kind, reply, case, cands, note, hdrs, entity, crlf=False):
    """hdrs: list of (name, value) top headers; entity: (mime headers, body bytes)."""
    eh, body = entity
    head = "".join(f"{k}: {v}\n" for k, v in hdrs)
    head += "MIME-Version: 1.0\n"
    head += "".join(f"{k}: {v}\n" for k, v in eh)
    data = head.encode("ascii") + b"\n" + body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(kind=kind, needs_reply=reply, case=case, candidate_ids=cands, note=note, data=data))

def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))

def rcv(host="mail-sor-f41.google.com"):
    return ("Received", f"from {host} ({host} [209.85.220.{R.randint(10,90)}])\n        by mx.google.com with SMTPS id {hx(16)}\n        for <{ME_P}>;")

# ---------------------------------------------------------------- messages
SIG_CS = """Best regards,

{agent}
AWS Training and Certification Customer Support
Amazon Web Services"""

FOOT_FORM = """
Case ID: {case}
To reply, respond to this email and keep the case number in the subject line.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""

def form_hdrs(subj, date, to, msgid, box="gmail", irt=None, refs=None, name="Amazon Web Services", ok=True):
    h = []
    h.append(("Return-Path", f"<0106019{hx(8)}@ap-northeast-1.amazonses.com>"))
    h.append(auth_gmail("amazon.com", ok) if box == "gmail" else auth_m365("amazon.com", ok))
    h += [("From", A(name, FORM)), ("To", to), ("Subject", H(subj)), ("Date", date), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h.append(("X-SES-Outgoing", "2025.06.%02d-23.251.234.%d" % (R.randint(1, 28), R.randint(2, 250))))
    return h

# 001 GitHub merged PR (trap: "merged")
add("unrelated", False, None, [], "GitHub notification that a pull request was merged; the word 'merged' and 'accounts' appear but nothing about AWS Certification.",
    [("From", A("Daichi Onuma", "notifications@github.com")), ("Reply-To", "nexora-sys/billing-gateway <reply+ABXQ7EFL3R6X2Q5@reply.github.com>"),
     ("To", "nexora-sys/billing-gateway <billing-gateway@noreply.github.com>"), ("Cc", A(ME_NAME, ME_C) + ", Mention <mention@noreply.github.com>"),
     ("Subject", "Re: [nexora-sys/billing-gateway] Merge duplicate customer accounts on import (PR #412)"),
     ("Date", dt(2025, 6, 2, 9, 41)), ("Message-ID", "<nexora-sys/billing-gateway/pull/412/issue_event/17734418832@github.com>"),
     ("In-Reply-To", "<nexora-sys/billing-gateway/pull/412@github.com>"), ("References", "<nexora-sys/billing-gateway/pull/412@github.com>"),
     auth_simple("github.com", box="m365"), ("List-ID", "nexora-sys/billing-gateway <billing-gateway.nexora-sys.github.com>")],
    multi("alternative", [
        leaf("text/plain", "Merged #412 into main.\n\nThe import job now merges duplicate customer accounts that share a login email; the older account is kept.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/nexora-sys/billing-gateway/pull/412#event-17734418832\nYou are receiving this because you were mentioned.\n", cte="7bit"),
        leaf("text/html", "<p>Merged <a href=\"https://github.com/nexora-sys/billing-gateway/pull/412\">#412</a> into main.</p><p>The import job now merges duplicate customer accounts that share a login email; the older account is kept.</p><p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, <a href=\"https://github.com/nexora-sys/billing-gateway/pull/412#event-17734418832\">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>", cte="7bit")]))

# 002 owner note to self with candidate IDs
note_txt = f"""自分用メモ（退職前に転送）

旧アカウント（会社）
  ログイン: {ME_C}
  候補ID: {ID_CO}
  取得済: SAA, DVA, SAP (2026/03 失効)
  特典: 50%割引バウチャー 1枚（未使用）

新アカウント（個人）
  ログイン: {ME_P}
  候補ID: {ID_PE}

証明書PDFは Drive の「certs」に保存済み。
フォームは Certification / Account Merge で出す。
"""
add("user_reply", False, None, [ID_CO, ID_PE], "Owner's own note sent from company to personal address before filing; contains both candidate IDs but no case yet. Japanese, ISO-2022-JP.",
    [("From", A("桜井 健太", ME_C, "iso-2022-jp")), ("To", ME_P), ("Subject", H("メモ：AWS認定アカウント情報", "iso-2022-jp")),
     ("Date", dt(2025, 6, 3, 12, 48)), ("Message-ID", mid("outlook")), ("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")],
    leaf("text/plain", note_txt, "iso-2022-jp", "7bit"))

# 003 Builder ID verification code
add("unrelated", False, None, [], "AWS Builder ID one-time code (6 digits); AWS sender, not a case.",
    [("Return-Path", "<0101019{}@us-west-2.amazonses.com>".format(hx(8))), auth_simple("signin.aws"),
     ("From", A("AWS Builder ID", "no-reply@signin.aws")), ("To", ME_P), ("Subject", "Verify your AWS Builder ID email address"),
     ("Date", dt(2025, 6, 3, 12, 55)), ("Message-ID", mid("sesus"))],
    multi("alternative", [
        leaf("text/plain", "Hello,\n\nUse the following verification code to finish creating your AWS Builder ID:\n\n    482913\n\nThe code expires in 30 minutes. If you did not request it, you can ignore this message.\n\nAmazon Web Services\n", cte="7bit"),
        leaf("text/html", "<html><body><h2>Verify your email address</h2><p>Use the following verification code to finish creating your AWS Builder ID:</p><p style=\"font-size:28px;letter-spacing:4px\"><b>482913</b></p><p>The code expires in 30 minutes. If you did not request it, you can ignore this message.</p></body></html>")]))

# 004 Case A acknowledgement
A1 = mid("ses")
ack_a = f"""Hello,

Thank you for reaching out to AWS Training and Certification. We have opened case {CA} for your request, and a member of our team will get back to you, in most cases within one business day.

Here is what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Description: I am leaving Nexora Systems on June 13. Please merge my certification account registered with {ME_C} into my new account {ME_P}. Old candidate ID {ID_CO}, new candidate ID {ID_PE}.

Opening a second case about the same request will not speed things up and may delay the answer, so please continue on this case.

Sincerely,
AWS Training and Certification
"""
add("acknowledgement", False, CA, [ID_CO, ID_PE], "Form acknowledgement for case A. The quoted form text contains both candidate IDs; they are in this mail's own text (support echoes the form), so they are labelled. Mentions 'please continue on this case' which is not a request.",
    form_hdrs(f"[CASE {CA}] [AWS Training and Certification Form Submission] - account-assistance", dt(2025, 6, 3, 13, 2), ME_P, A1),
    leaf("text/plain", ack_a + FOOT_FORM.format(case=CA), cte="quoted-printable"))

# 005 Case B duplicate ack (Japanese, to company address)
B1 = mid("ses")
ack_b = f"""桜井 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース {CB} としてお問い合わせを受け付けました。

担当者より通常 24 時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。
同じ内容のケースがすでにある場合は、新たにケースを作成せず、既存のケースでやり取りを続けてください。

お問い合わせ内容:
アカウントの統合 / 会社のアドレスから個人のアドレスへ移行したい

AWS トレーニングと認定 カスタマーサポート
"""
add("acknowledgement", False, CB, [], "Second (duplicate) case opened 11 minutes after case A from the company address; Japanese, base64 UTF-8. Acknowledgement only; duplicate warning is boilerplate.",
    form_hdrs(f"[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance", dt(2025, 6, 3, 13, 14), A("桜井 健太", ME_C), B1, box="m365", name="AWS トレーニングと認定"),
    leaf("text/plain", ack_b, cte="base64"))

# 006 colleague farewell party (JP, Shift_JIS)
add("unrelated", False, None, [], "Colleague's farewell-party mail in Shift_JIS with a question to the owner ('ご都合いかがですか') — a request, but not from support.",
    [("From", A("長谷川 美穂", "miho.hasegawa@nexora-sys.co.jp", "iso-2022-jp")), ("To", A("桜井 健太", ME_C, "iso-2022-jp")),
     ("Subject", H("送別会の日程について", "iso-2022-jp")), ("Date", dt(2025, 6, 3, 17, 20)), ("Message-ID", mid("outlook")),
     auth_simple("nexora-sys.co.jp", box="m365")],
    leaf("text/plain", "桜井さん\n\nお疲れさまです。長谷川です。\n送別会ですが、6/11(水) 19時から新橋のいつものお店で考えています。\nご都合いかがですか？ 難しければ 6/12 でも調整できます。\n\nあと、アカウントの引き継ぎ（共有ドライブと AWS の IAM ユーザー）もリストにしておいてもらえると助かります。\n\n長谷川\n", "shift_jis", "8bit"))

# 007 Case A info request
A2 = mid("ses")
req_a = f"""Hello Kenta,

Thanks for your patience. I'm Priyanka and I'll be handling your request.

While reviewing it I found that the certification account under {ME_C} is linked to an AWS Partner Central login, and that there are two profiles under {ME_P} — one created on 02 June 2025 and an older one from 2022 that has no exam history.

Before I can go any further I need to know which of the two personal profiles you actually sign in to. The candidate ID is shown at the top right of the certification portal once you are signed in. Also, was the 2022 profile created by you, or could it belong to someone else using the same address?

""" + SIG_CS.format(agent="Priyanka S.")
add("info_request", True, CA, [], "Case A: agent explains at length, then asks for the candidate ID of the profile the owner uses plus a yes/no question. Ask begins with 'I need to know', no 'please'.",
    form_hdrs(SUBJ_A, dt(2025, 6, 4, 10, 37), ME_P, A2, irt=A1, refs=A1),
    multi("alternative", [leaf("text/plain", req_a + FOOT_FORM.format(case=CA)),
        leaf("text/html", "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in (req_a + FOOT_FORM.format(case=CA)).split("\n\n")) + "</body></html>")]))

# 008 AWS billing
add("unrelated", False, None, [], "AWS billing invoice with a 12-digit account ID; AWS sender, not case mail.",
    [auth_gmail("amazon.com"), ("From", A("Amazon Web Services", "aws-billing@amazon.com")), ("To", ME_P),
     ("Subject", "Amazon Web Services Invoice Available [Account: 803114569027]"), ("Date", dt(2025, 6, 4, 2, 3, UTC)), ("Message-ID", mid("sesus"))],
    leaf("text/html", "<html><body><table width=\"600\"><tr><td><img alt=\"AWS\" src=\"https://d1.awsstatic.com/logos/aws.png\"></td></tr><tr><td><p>Greetings from Amazon Web Services,</p><p>This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:</p><p><b>Total: USD 3.42</b></p><p>[AWS ID 803114569027]</p><p>You can see a complete break down of all charges on the Billing &amp; Cost Management page.</p><p>Thank you for using Amazon Web Services.</p></td></tr></table></body></html>", cte="quoted-printable"))

# 009 owner reply with candidate IDs (Gmail style)
U1 = mid("gmail")
rep1 = f"""Hi Priyanka,

The profile I use is {ID_PE} (created on June 2). The 2022 one is probably mine too - I think I made it when the Amazon-account sign-in was retired, but I never took an exam with it. Feel free to merge it as well.

For reference, my company account is {ID_CO}.

Thanks,
Kenta
"""
add("user_reply", False, CA, [ID_PE, ID_CO], "Owner's Gmail reply with two candidate IDs in new text and the agent's request quoted below ('On ... wrote:' + '>').",
    [("From", A(ME_NAME, ME_P)), ("To", FORM), ("Subject", SUBJ_A), ("Date", dt(2025, 6, 4, 12, 15)), ("Message-ID", U1),
     ("In-Reply-To", A2), ("References", f"{A1} {A2}")],
    leaf("text/plain", rep1 + "\nOn Wed, Jun 4, 2025 at 10:37 AM Amazon Web Services <" + FORM + "> wrote:\n" + q(req_a), cte="quoted-printable"))
# 010 Case A on hold with a buried question
A3 = mid("ses")
hold_a = f"""Hello Kenta,

Thank you for the details, that clears up the personal profiles.

Unfortunately I'm not able to move forward with the merge at this moment. The account registered with {ME_C} is associated with an AWS Partner Network organization (Nexora Systems K.K.), and certifications held under a partner-linked account count towards that organization's partner tier. Because of this, the association has to be released from the partner side first, by an alliance lead or Partner Central administrator at your company. I've placed the case on hold until that happens.

Once the link is removed we can merge without any issue. In the meantime, one thing that would help our partner team: are you still employed by Nexora Systems, and if so, what will your last working day be? They treat departing employees differently from people who simply want to use a personal address.

I'll keep an eye on the case.

""" + SIG_CS.format(agent="Marco D.")
add("on_hold", True, CA, [], "Case A paused for the APN partner link (outside the owner), but a question about the last working day is buried in the middle paragraph: hold + reply needed.",
    form_hdrs(SUBJ_A, dt(2025, 6, 4, 15, 52), ME_P, A3, irt=U1, refs=f"{A1} {A2} {U1}"),
    leaf("text/plain", hold_a + FOOT_FORM.format(case=CA) + "\n\n" + q(rep1), cte="quoted-printable"))

# 011 Skill Builder receipt
add("unrelated", False, None, [], "AWS Skill Builder subscription receipt from an AWS training domain; mentions 'AWS Training' and a subscription ID, not a case.",
    [auth_simple("skillbuilder.aws"), ("From", A("AWS Skill Builder", "no-reply@skillbuilder.aws")), ("To", ME_P),
     ("Subject", "Your AWS Skill Builder Individual subscription receipt"), ("Date", dt(2025, 6, 4, 17, 5)), ("Message-ID", mid("sesus"))],
    multi("alternative", [
        leaf("text/plain", "Thank you for subscribing to AWS Skill Builder.\n\nPlan: Individual (monthly)\nAmount: USD 29.00\nSubscription ID: SB-7730-2291-4410\nNext renewal: 4 July 2025\n\nYou can manage or cancel your subscription at any time from your Skill Builder account settings.\n\nAWS Training and Certification\n"),
        leaf("text/html", "<html><body><h1>Thank you for subscribing</h1><table border=\"1\" cellpadding=\"4\"><tr><td>Plan</td><td>Individual (monthly)</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr><tr><td>Subscription ID</td><td>SB-7730-2291-4410</td></tr><tr><td>Next renewal</td><td>4 July 2025</td></tr></table><p>You can manage or cancel your subscription at any time from your Skill Builder account settings.</p><p>AWS Training and Certification</p></body></html>")]))

# 012 Case B closed as duplicate
B2 = mid("ses")
dup_b = f"""Hello,

We noticed that this request is the same as case {CA}, which was opened a few minutes earlier from your personal address. To keep everything in one place we have closed this case ({CB}) and linked it to {CA}. Our team is already working on the merge there.

There is nothing you need to do on this case.

""" + SIG_CS.format(agent="Yuki T.")
add("case_update", False, CB, [], "Duplicate case B closed and linked to case A; says closed but is not a no-answer closing notice and needs nothing. Both case numbers in the body; the label is the case of the subject (B).",
    form_hdrs(f"RE: [CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance", dt(2025, 6, 4, 18, 10), A("桜井 健太", ME_C), B2, box="m365", irt=B1, refs=B1),
    leaf("text/plain", dup_b + FOOT_FORM.format(case=CB), cte="7bit"), crlf=True)

# 013 owner answers the buried question
U2 = mid("gmail")
rep2 = """Hi Marco,

Yes, I'm still with Nexora until Friday June 13 - that is my last working day, and the company mailbox will be shut down on that day as well. I've asked our Partner Central admin to remove the association.

Please keep writing to this (gmail) address.

Regards,
Kenta Sakurai
"""
add("user_reply", False, CA, [], "Owner answers the question buried in the hold; Gmail quoting of the hold mail (which itself quotes older text).",
    [("From", A(ME_NAME, ME_P)), ("To", A("Amazon Web Services", FORM)), ("Subject", SUBJ_A), ("Date", dt(2025, 6, 4, 21, 33)), ("Message-ID", U2),
     ("In-Reply-To", A3), ("References", f"{A1} {A2} {U1} {A3}")],
    multi("alternative", [leaf("text/plain", rep2 + "\nOn Wed, Jun 4, 2025 at 3:52 PM Amazon Web Services <" + FORM + "> wrote:\n" + q(hold_a)),
        leaf("text/html", "<div dir=\"ltr\">" + rep2.replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Wed, Jun 4, 2025 at 3:52 PM Amazon Web Services &lt;" + FORM + "&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + hold_a.replace("\n", "<br>") + "</blockquote></div>")]))

# 014 phishing from lookalike domain
add("suspicious", False, None, [], "Credential phishing from a lookalike domain (amazon-certsupport.com) quoting a made-up case number and demanding a reply and a sign-in; DKIM passes for the lookalike domain only.",
    [auth_simple("amazon-certsupport.com", box="gmail"), ("From", A("AWS Certification Support", "case-update@amazon-certsupport.com")), ("To", ME_P),
     ("Subject", "RE:[CASE 174893004411907] Account merge pending - verification required"), ("Date", dt(2025, 6, 5, 3, 12)), ("Message-ID", mid("amazon-certsupport.com"))],
    leaf("text/html", """<html><body><p>Dear Certified Professional,</p><p>Your request to merge AWS Certification accounts cannot be completed because your identity could not be verified. To avoid losing your certifications and exam benefits, please <a href="https://amazon-certsupport.com/verify/login?c=AWS11830275">sign in here</a> within 24 hours and re-enter your AWS password and payment card used for the exam.</p><p>Please reply to this email with your date of birth and the last 4 digits of your card once done.</p><p>AWS Certification Support Team<br>Case 174893004411907</p></body></html>""", cte="base64"))

# 015 Case A on hold, nothing asked
A4 = mid("ses")
hold2 = f"""Hi Kenta,

Thanks for confirming your last day. I've passed this to our partner team, and they have contacted the Partner Central administrator of Nexora Systems to release your certification account from the organization.

The case stays on hold until the partner side completes that step. This usually takes one to three business days. You do not need to do anything further at this point; I'll update you as soon as the association is removed.

""" + SIG_CS.format(agent="Marco D.")
add("on_hold", False, CA, [], "Case A still on hold waiting for the partner; explicitly nothing needed from the owner.",
    form_hdrs(SUBJ_A, dt(2025, 6, 5, 9, 26), ME_P, A4, irt=U2, refs=f"{A1} {A2} {U1} {A3} {U2}"),
    leaf("text/plain", hold2 + FOOT_FORM.format(case=CA) + "\n\n-----Original Message-----\nFrom: " + ME_P + "\nSent: 04/06/2025 12:33 UTC\n\n" + rep2, cte="quoted-printable"))

# 016 owner forwards the hold mail to the partner admin (Outlook, JP)
U3 = mid("outlook")
fw = f"""小林さん

お疲れさまです。桜井です。
退職に伴い AWS 認定アカウントを個人アドレスへ統合しようとしていますが、
Partner Central 側の紐付けが残っているため AWS 側で保留になっています。
お手数ですが、Partner Central で私の認定アカウントの関連付けを解除していただけますか？
候補IDは {ID_CO} です。

よろしくお願いします。
桜井

________________________________
From: Amazon Web Services <{FORM}>
Sent: Thursday, June 5, 2025 9:26 AM
To: {ME_P}
Subject: {SUBJ_A}

""" + hold2
add("user_reply", False, CA, [ID_CO], "Owner forwards support's hold mail (Outlook style, Japanese text on top) to the company's Partner Central admin; contains a request, but written by the owner.",
    [("From", A("桜井 健太", ME_C)), ("To", A("小林 直樹", "naoki.kobayashi@nexora-sys.co.jp")), ("Subject", H("FW: " + SUBJ_A)),
     ("Date", dt(2025, 6, 5, 10, 2)), ("Message-ID", U3), ("Thread-Topic", H(SUBJ_A)), ("Content-Language", "ja-JP")],
    leaf("text/plain", fw, cte="base64"))

# 017 colleague out-of-office
add("unrelated", False, CA, [], "Colleague's auto-reply to the forwarded case mail; subject carries case A's number, so the case label is A, but it is not from support and needs nothing.",
    [auth_simple("nexora-sys.co.jp", box="m365"), ("From", A("小林 直樹", "naoki.kobayashi@nexora-sys.co.jp")), ("To", A("桜井 健太", ME_C)),
     ("Subject", H("自動応答: FW: " + SUBJ_A)), ("Date", dt(2025, 6, 5, 10, 3)), ("Message-ID", mid("outlook")), ("In-Reply-To", U3),
     ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "naoki.kobayashi@nexora-sys.co.jp")],
    leaf("text/plain", "6月5日(木)は終日外出しております。6日(金)以降に順次返信いたします。\nお急ぎの場合は 03-5555-0142 までご連絡ください。\n\nI am out of the office on June 5 and will reply from June 6.\n", "iso-2022-jp", "7bit"))

# 018 AWS marketing
add("unrelated", False, None, [], "AWS marketing (Summit registration) from the marketing sender, HTML-only; has 'Register now' calls to action.",
    [auth_gmail("amazon.com"), ("From", A("AWS Events", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
     ("Subject", H("【AWS Summit Japan】ご登録はお済みですか？")), ("Date", dt(2025, 6, 5, 11, 0, s=0)), ("Message-ID", mid("sesus")),
     ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?mkt_tok=MTEyLVRaTS03NjYAAAGa>")],
    leaf("text/html", "<html><body><table width=\"640\" align=\"center\"><tr><td><h1>AWS Summit Japan 2025</h1><p>6月25日・26日、幕張メッセで開催。基調講演、150 以上のセッション、AWS 認定者ラウンジをご用意しています。</p><p><a href=\"https://aws.amazon.com/jp/summits/japan/\" style=\"background:#ff9900;padding:10px 20px;color:#000\">今すぐ登録</a></p><p style=\"font-size:11px\">このメールは aws-marketing-email-replies@amazon.com から送信されています。配信停止は<a href=\"#\">こちら</a>。</p></td></tr></table></body></html>", cte="base64"))

# 019 colleague confirms removal
add("unrelated", False, CA, [], "Colleague replies that he removed the Partner Central link; Re: of the case subject (case A) but not from support.",
    [auth_simple("nexora-sys.co.jp", box="m365"), ("From", A("小林 直樹", "naoki.kobayashi@nexora-sys.co.jp")), ("To", A("桜井 健太", ME_C)),
     ("Subject", H("RE: FW: " + SUBJ_A)), ("Date", dt(2025, 6, 6, 9, 48)), ("Message-ID", mid("outlook")), ("In-Reply-To", U3), ("References", U3)],
    leaf("text/plain", "桜井さん\n\n小林です。Partner Central の認定リンクから桜井さんの分を外しました。\nAWS 側の反映には少し時間がかかるかもしれません。\n\n> お手数ですが、Partner Central で私の認定アカウントの関連付けを解除していただけますか？\n", cte="quoted-printable"))

# 020 Case A hold lifted
A5 = mid("ses")
lift = """Hello Kenta,

Good news - our partner team confirms that the certification account is no longer associated with the Nexora Systems partner organization, so the hold on your case has been lifted.

I'm now preparing the merge and will send you the account details to review shortly.

""" + SIG_CS.format(agent="Marco D.")
add("case_update", False, CA, [], "Case A: hold lifted, work continues, and a further mail is announced; no ask yet.",
    form_hdrs(SUBJ_A, dt(2025, 6, 6, 14, 5), ME_P, A5, irt=A4, refs=f"{A1} {A2} {U1} {A3} {U2} {A4}"),
    leaf("text/plain", lift + FOOT_FORM.format(case=CA), cte="7bit"))

# 021 Case A confirmation request (HTML-only table)
A6 = mid("ses")
conf_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>I found the following three accounts. All exam history, certifications and benefits will be moved to the account you choose, and the others will be deactivated.</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Login email</th><th>Training notification email</th><th>Certification notification email</th><th>Candidate ID</th></tr>
<tr><td><b>Account #1</b></td><td>{ME_P}</td><td>{ME_P}</td><td>{ME_P}</td><td>{ID_PE}</td></tr>
<tr><td><b>Account #2</b></td><td>{ME_C}</td><td>{ME_C}</td><td>{ME_C}</td><td>{ID_CO}</td></tr>
<tr><td><b>Account #3</b></td><td>{ME_P}</td><td>{ME_P}</td><td>&ndash;</td><td>AWS09921544</td></tr>
</table>
<p>Going by your earlier messages, I would merge Accounts #2 and #3 into Account #1. Can you confirm that all three accounts belong to you and that Account #1 is the one to keep? Once I have your go-ahead I'll carry out the merge.</p>
<p>Best regards,<br><br>Marco D.<br>AWS Training and Certification Customer Support</p>
<p style="color:#888;font-size:11px">Case ID: {CA}</p>
</body></html>"""
add("confirmation_request", True, CA, [ID_PE, ID_CO, "AWS09921544"], "Case A: HTML-only table of three accounts (Account #1..#3 with candidate IDs in table cells); asks to confirm ownership and the account to keep with a question, no 'please'.",
    form_hdrs(SUBJ_A, dt(2025, 6, 6, 16, 41), ME_P, A6, irt=A5, refs=f"{A1} {A2} {U1} {A3} {U2} {A4} {A5}"),
    leaf("text/html", conf_html, cte="quoted-printable"))
# 022 Pearson VUE reminder
add("unrelated", False, None, [], "Exam vendor appointment reminder with a 9-digit registration ID and AWS exam name; vendor mail, not a case.",
    [auth_simple("pearson.com"), ("From", A("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", ME_P),
     ("Subject", "Reminder: Your AWS Certified Solutions Architect - Professional exam appointment"), ("Date", dt(2025, 6, 7, 8, 30)), ("Message-ID", mid("pearson.com"))],
    multi("alternative", [
        leaf("text/plain", f"Dear Kenta Sakurai,\n\nThis is a reminder of your upcoming exam.\n\nExam: SAP-C02 AWS Certified Solutions Architect - Professional\nRegistration ID: 482117093\nDate: Monday, June 30, 2025 10:00 JST\nDelivery: OnVUE online proctored\n\nRun the system test before exam day. To reschedule, sign in at least 24 hours before your appointment.\n\nPearson VUE\n"),
        leaf("text/html", "<html><body><p>Dear Kenta Sakurai,</p><p>This is a reminder of your upcoming exam.</p><table><tr><td>Exam</td><td>SAP-C02 AWS Certified Solutions Architect - Professional</td></tr><tr><td>Registration ID</td><td>482117093</td></tr><tr><td>Date</td><td>Monday, June 30, 2025 10:00 JST</td></tr><tr><td>Delivery</td><td>OnVUE online proctored</td></tr></table><p>Run the system test before exam day.</p></body></html>")]))

# 023 spoofed amazon.com with dmarc=fail using the real case number
add("suspicious", False, None, [], "Looks exactly like a case A mail (real From address, real case number in the subject) but Authentication-Results shows dkim=fail and dmarc=fail for amazon.com; asks to 'confirm the merge' through a link. Not support: case null, no reply.",
    [("Return-Path", "<bounce@mail-secure-notify.info>"), ("Authentication-Results", "mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=Zx0k1aQe;\n       spf=fail (google.com: domain of bounce@mail-secure-notify.info does not designate 185.220.101.47 as permitted sender) smtp.mailfrom=bounce@mail-secure-notify.info;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
     ("From", A("Amazon Web Services", FORM)), ("To", ME_P), ("Subject", SUBJ_A), ("Date", dt(2025, 6, 8, 2, 44)), ("Message-ID", mid("mail-secure-notify.info"))],
    multi("alternative", [
        leaf("text/plain", f"Hello,\n\nWe are ready to merge your certification accounts. To confirm that you are the owner, sign in with your AWS Builder ID using the secure link below. Requests not confirmed within 48 hours are cancelled and your certifications on {ME_C} will be removed.\n\nhttps://aws-training-merge.mail-secure-notify.info/confirm?case={CA}\n\nAWS Training and Certification\n"),
        leaf("text/html", f"<p>Hello,</p><p>We are ready to merge your certification accounts. To confirm that you are the owner, sign in with your AWS Builder ID using the secure link below. Requests not confirmed within 48 hours are cancelled.</p><p><a href=\"https://aws-training-merge.mail-secure-notify.info/confirm?case={CA}\">Confirm merge</a></p>")]))

# 024 CertMetrics feedback request
add("certification", False, None, [], "Certification program asks for feedback ('wants to hear from you'); looks like a survey but is not about a support case.",
    [auth_simple("certmetrics.com"), ("From", A("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C),
     ("Subject", "AWS Certification wants to hear from you"), ("Date", dt(2025, 6, 8, 23, 0, UTC)), ("Message-ID", mid("certmetrics.com"))],
    leaf("text/html", "<html><body><p>Hello Kenta,</p><p>As an AWS Certified individual, your opinion shapes how we build future exams. Would you take 10 minutes to tell us about your experience preparing for and holding your AWS Certification?</p><p><a href=\"https://survey.certmetrics.com/s/aws-2025\">Start the survey</a></p><p>Thank you,<br>AWS Certification</p></body></html>", cte="quoted-printable"))

# 025 Case A closing notice
A7 = mid("ses")
closing_a = f"""Hello,

We're following up on case {CA}. On June 6 we sent you the list of accounts we found and asked which one you want to keep. We haven't received an answer yet.

If we don't hear from you within 3 days, this case will be closed automatically. Just answer this email to keep it open - the case will stay active as soon as your reply reaches us.

AWS Training and Certification Customer Support
"""
add("closing_notice", True, CA, [], "Case A reminder: will close in 3 days without an answer; the open question is only referred to, not repeated.",
    form_hdrs(SUBJ_A, dt(2025, 6, 10, 9, 10), ME_P, A7, irt=A6, refs=f"{A1} {A2} {U1} {A3} {U2} {A4} {A5} {A6}", name="AWS Training and Certification"),
    leaf("text/plain", closing_a + FOOT_FORM.format(case=CA), cte="7bit"))

# 026 owner confirms (Outlook JP header quoting, from company address)
U4 = mid("outlook")
conf_rep = """Hello Marco,

Sorry for the late reply. Confirmed: all three accounts are mine. Please merge Account #2 and Account #3 into Account #1 (k.sakurai.cloud@gmail.com).

Kenta Sakurai
"""
add("user_reply", False, CA, [], "Owner's confirmation, sent from the company address (still alive) with Outlook's Japanese header block (差出人/送信日時) quoting the closing notice.",
    [("From", A("桜井 健太", ME_C)), ("To", A("AWS Training and Certification", FORM)), ("Cc", ME_P), ("Subject", SUBJ_A),
     ("Date", dt(2025, 6, 10, 9, 41)), ("Message-ID", U4), ("In-Reply-To", A7), ("References", f"{A1} {A6} {A7}"), ("Thread-Topic", SUBJ_A)],
    leaf("text/plain", conf_rep + f"\n\n差出人: AWS Training and Certification <{FORM}>\n送信日時: 2025年6月10日 9:10\n宛先: {ME_P}\n件名: {SUBJ_A}\n\n" + closing_a, cte="quoted-printable"), crlf=True)

# 027 Case A resolved, quoting the old confirmation request
A8 = mid("ses")
done_a = f"""Hi Kenta,

Thank you for confirming. I have merged Account #2 and Account #3 into Account #1. Your exam history, your three certifications and the unused 50% exam discount are now visible under {ME_P} ({ID_PE}), and the other two accounts have been deactivated.

It can take up to 24 hours for Credly to reflect the change. If anything looks off after that, just reply here and I'll take a look.

""" + SIG_CS.format(agent="Marco D.")
quoted_conf = f"""On Fri, Jun 6, 2025 at 16:41, AWS Training and Certification wrote:
> Hello Kenta,
> I found the following three accounts. [...]
> Account #1  {ME_P}  {ID_PE}
> Account #2  {ME_C}  {ID_CO}
> Account #3  {ME_P}  AWS09921544
> Can you confirm that all three accounts belong to you and that Account #1 is the one to keep? Once I have your go-ahead I'll carry out the merge.
"""
add("resolved", False, CA, [ID_PE], "Case A merged. Quotes the earlier confirmation request (with its question and two other candidate IDs) and ends with a conditional invitation; only the ID in the new text is labelled.",
    form_hdrs(SUBJ_A, dt(2025, 6, 10, 13, 22), ME_P, A8, irt=U4, refs=f"{A1} {A6} {A7} {U4}"),
    multi("alternative", [leaf("text/plain", done_a + FOOT_FORM.format(case=CA) + "\n\n" + quoted_conf),
        leaf("text/html", "<html><body><div>" + done_a.replace("\n", "<br>") + "</div><hr><blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">" + quoted_conf.replace("\n", "<br>") + "</blockquote></body></html>")]))

# 028 Credly badge
def credly(subject, date, badge, intro, to=ME_P, dom="credly.com", sender="admin@credly.com"):
    txt = f"""{intro}

Badge: {badge}
Issued by: Amazon Web Services Training and Certification

Accept your badge to share it on LinkedIn, add it to your email signature, or download it.
https://www.credly.com/earner/earned/badge/{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}

Credly, Inc. 2025
"""
    return ([auth_simple(dom), ("From", A("Credly", sender)), ("To", to), ("Subject", subject), ("Date", date), ("Message-ID", mid("sesus"))],
            multi("alternative", [leaf("text/plain", txt), leaf("text/html", "<html><body><table width=\"600\"><tr><td><img src=\"https://images.credly.com/size/340x340/images/aws.png\"></td></tr><tr><td>" + txt.replace("\n", "<br>") + "</td></tr></table></body></html>")]))
h, e = credly("Amazon Web Services Training and Certification has issued you a new badge", dt(2025, 6, 10, 13, 31), "AWS Certified Solutions Architect - Associate", "Congratulations, Kenta! You've earned a badge from Amazon Web Services Training and Certification.")
add("badge", False, None, [], "Credly badge issued minutes after the merge (with a badge UUID in the link).", h, e)
h, e = credly("You have a badge waiting: AWS Certified Developer - Associate", dt(2025, 6, 10, 13, 32), "AWS Certified Developer - Associate", "Kenta, a new badge is ready for you to accept.")
add("badge", False, None, [], "Second Credly badge mail in the same minute; 'waiting'/'accept' wording sounds like an action request.", h, e)

# 030 Case A survey
add("survey", False, CA, [], "Satisfaction survey for case A with rating links; asks a question but nothing support is waiting for.",
    [auth_gmail("amazon.com"), ("From", A("AWS Training and Certification", "aws-cs-survey@amazon.com")), ("To", ME_P),
     ("Subject", f"How did we do? Your feedback on case {CA}"), ("Date", dt(2025, 6, 11, 10, 0, s=4)), ("Message-ID", mid("ses"))],
    leaf("text/html", f"<html><body><p>Hello,</p><p>Your recent case with AWS Training and Certification (Case ID: {CA}) was marked as resolved.</p><p>How satisfied were you with the support you received?</p><p><a href=\"https://survey.aws.training/r?c={CA}&amp;s=5\">Very satisfied</a> | <a href=\"https://survey.aws.training/r?c={CA}&amp;s=3\">Neutral</a> | <a href=\"https://survey.aws.training/r?c={CA}&amp;s=1\">Dissatisfied</a></p><p>Your answers are anonymous and take less than a minute.</p></body></html>", cte="quoted-printable"))

# 031 forward of an old 2020 case from archive
old = f"""---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Thu, Oct 15, 2020 at 11:02 AM
Subject: RE:[CASE {COLD}] [AWS Training and Certification Form Submission] - account-assistance
To: <{ME_C}>

Hello,

I have successfully merged all accounts. Your certification history is now under {ME_C}.

Best regards,
Akira
AWS Training and Certification
"""
add("user_reply", False, COLD, [], "Owner forwards a 2020 case mail (10-digit case) from the company archive to himself; the forwarded text says 'successfully merged' but this is the owner's forward.",
    [("From", A(ME_NAME, ME_C)), ("To", ME_P), ("Subject", f"Fwd: RE:[CASE {COLD}] [AWS Training and Certification Form Submission] - account-assistance"),
     ("Date", dt(2025, 6, 12, 18, 5)), ("Message-ID", mid("outlook"))],
    leaf("text/plain", "archive (2020 merge, for reference)\n\n" + old, cte="7bit"))

# 032 Microsoft support case closed
add("unrelated", False, None, [], "Other vendor's support case closing notice (Microsoft) with a case number and 'reply to reopen' wording.",
    [auth_simple("microsoft.com", box="m365"), ("From", A("Microsoft Support", "support@mail.support.microsoft.com")), ("To", ME_C),
     ("Subject", "Case #2506100040012871 closed - Teams room license not applied"), ("Date", dt(2025, 6, 12, 19, 40)), ("Message-ID", mid("microsoft.com"))],
    leaf("text/plain", "Hello Kenta,\n\nWe have not heard from you since June 5, so we are closing your case 2506100040012871. If the issue returns, reply to this email within 7 days and the case will be reopened automatically.\n\nThank you for choosing Microsoft.\nMicrosoft 365 Support\n", cte="7bit"))

# 033 certification benefit
add("certification", False, None, [ID_PE], "CertMetrics benefit notice (50% voucher now on the new account) with candidate ID; program mail, not the case, even though it follows the merge.",
    [auth_simple("certmetrics.com"), ("From", A("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
     ("Subject", "Your AWS Certification benefits are available"), ("Date", dt(2025, 6, 13, 1, 15, UTC)), ("Message-ID", mid("certmetrics.com"))],
    leaf("text/plain", f"Hello Kenta Sakurai ({ID_PE}),\n\nA benefit is available in your AWS Certification account:\n\n - 50% discount on your next certification exam (expires 2026-02-28)\n\nSign in to the AWS Certification account and open Benefits to use it.\n\nAWS Certification\n", cte="7bit"))
SUBJ_E = f"RE: [CASE {CE}] [AWS Training and Certification Form Submission] - exam-accommodations"
SUBJ_C = "Exam voucher missing after account merge"
def console_hdrs(subj, date, msgid, irt=None):
    h = [auth_gmail("amazon.com"), ("From", A("Amazon Web Services", NOREPLY)), ("To", ME_P), ("Subject", subj), ("Date", date), ("Message-ID", msgid)]
    if irt:
        h += [("In-Reply-To", irt), ("References", irt)]
    return h
CONSOLE_FOOT = f"""
To see all correspondence or to reply, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CC}%26language=en

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link above.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc."""

# 034 Case E ack
E1 = mid("ses")
ack_e = f"""Dear Kenta Sakurai,

We received your message about exam accommodations and created case {CE}.

A specialist usually replies within 24 hours, although some requests need more time to investigate. There is no need to submit the form again.

Thank you,
AWS Training and Certification
"""
add("acknowledgement", False, CE, [], "Case E (exam accommodation, 15-digit) acknowledgement, multipart with a differently worded template.",
    form_hdrs(f"[CASE {CE}] [AWS Training and Certification Form Submission] - exam-accommodations", dt(2025, 6, 16, 9, 31), ME_P, E1),
    multi("alternative", [leaf("text/plain", ack_e), leaf("text/html", "<html><body>" + ack_e.replace("\n", "<br>") + "</body></html>")]))

# 035 Case E info request with 'kindly'
E2 = mid("ses")
req_e = """Hello,

The English as a Second Language accommodation adds 30 minutes to exams taken in English and is applied per certification account before you schedule.

Kindly reply with the exam code you intend to take and confirm that English is not your primary language, so that we can add the accommodation.

Regards,
Sofia R.
AWS Training and Certification
"""
add("info_request", True, CE, [], "Case E: explanation first, request with 'Kindly reply with...'.",
    form_hdrs(SUBJ_E, dt(2025, 6, 17, 2, 5, UTC), ME_P, E2, irt=E1, refs=E1),
    leaf("text/plain", req_e + "\nCase ID: " + CE + "\n", cte="7bit"))

# 036 Google Cloud support resolved
add("unrelated", False, None, [], "Other vendor (Google Cloud) case resolved mail with a case number; resolution wording without AWS.",
    [auth_simple("google.com"), ("From", A("Google Cloud Support", "cloudsupport-noreply@google.com")), ("To", ME_P),
     ("Subject", "[Case 53881204] Your case has been resolved"), ("Date", dt(2025, 6, 17, 16, 2)), ("Message-ID", mid("google.com"))],
    leaf("text/html", "<html><body><p>Hi Kenta,</p><p>Your support case <b>53881204</b> (Billing account migration) has been marked as resolved. If you still need help, reopen the case in the Google Cloud console within 30 days.</p><p>How would you rate your support experience? <a href=\"https://support.google.com/survey\">Take the survey</a></p></body></html>", cte="quoted-printable"))

# 037 Case C console acknowledgement
C1 = mid("sesus")
add("acknowledgement", False, CC, [], "Support Center (console) case opened: sender cannot accept mail; case number only as 'Case ID' and displayId link.",
    console_hdrs(f"Amazon Web Services: New Support case: {CC}", dt(2025, 6, 20, 15, 17), C1),
    leaf("text/plain", f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {CC} to address your request:

Subject: {SUBJ_C}
Case ID: {CC}
Severity: General guidance
Correspondence: After my certification accounts were merged on June 10, the 50% exam discount shows as used, but I never used it.

We will respond within 24 hours.
""" + CONSOLE_FOOT, cte="quoted-printable"))

# 038 Case C info request (answer in console)
C2 = mid("sesus")
req_c = f"""Hello,

Thank you for reaching out. I checked the benefit history of your certification account and see a 50% discount that was redeemed on 12 June 2025 for an exam registration that was later cancelled.

To restore it I need two things from you, provided through the Support Center rather than by email: the candidate ID shown in your certification account, and the Pearson VUE registration ID of the cancelled appointment, if you have it.

Best regards,
Hiroshi K.
Amazon Web Services
"""
add("info_request", True, CC, [], "Console case C asks for candidate ID and registration ID; answer must be given in the Support Center (no-reply sender, 'cannot accept incoming e-mails').",
    console_hdrs(f"RE:[CASE {CC}] {SUBJ_C}", dt(2025, 6, 21, 10, 12), C2, C1),
    leaf("text/plain", req_c + CONSOLE_FOOT, cte="quoted-printable"))

# 039 owner answers by email (wrong path)
U5 = mid("gmail")
rep_c = f"""Hi Hiroshi,

My candidate ID is {ID_PE}. The cancelled appointment was Pearson VUE registration 481990275.

Thanks,
Kenta
"""
add("user_reply", False, CC, [ID_PE], "Owner mistakenly answers the console case by email to no-reply-aws@amazon.com.",
    [("From", A(ME_NAME, ME_P)), ("To", A("Amazon Web Services", NOREPLY)), ("Subject", f"Re: RE:[CASE {CC}] {SUBJ_C}"),
     ("Date", dt(2025, 6, 21, 11, 3)), ("Message-ID", U5), ("In-Reply-To", C2), ("References", f"{C1} {C2}")],
    leaf("text/plain", rep_c + f"\nOn Sat, Jun 21, 2025 at 10:12 AM Amazon Web Services <{NOREPLY}> wrote:\n" + q(req_c), cte="7bit"))

# 040 bounce
bounced = f"From: {A(ME_NAME, ME_P)}\nTo: {NOREPLY}\nSubject: Re: RE:[CASE {CC}] {SUBJ_C}\nDate: Sat, 21 Jun 2025 11:03:12 +0900\nMessage-ID: {U5}\n\n" + rep_c
add("unrelated", False, CC, [], "Bounce (DSN) of the owner's email to the no-reply address; returned message contains case C and the owner's candidate ID (quoted, so not labelled). The owner still has to answer in the console, but this mail itself is not support.",
    [("From", A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", ME_P), ("Subject", "Delivery Status Notification (Failure)"),
     ("Date", dt(2025, 6, 21, 11, 3)), ("Message-ID", mid("mx.google.com")), ("Auto-Submitted", "auto-replied")],
    multi("report; report-type=delivery-status", [
        leaf("text/plain", f"** Address not found **\n\nYour message wasn't delivered to {NOREPLY} because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 Requested action not taken: mailbox unavailable\n", cte="7bit"),
        raw_part([("Content-Type", "message/delivery-status")], f"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; {NOREPLY}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 mailbox unavailable\n".encode()),
        raw_part([("Content-Type", "message/rfc822")], bounced.encode())]))

# 041 Case E closed for no answer
E3 = mid("ses")
close_e = f"""Hello,

Because we did not receive a response to our last message, case {CE} has now been closed.

Closing the case does not mean your request is lost: a reply to this email with the requested details reopens it and brings it back to our queue.

AWS Training and Certification
"""
add("closing_notice", True, CE, [], "Case E already closed for lack of answer; replying reopens it. No question mark and no 'please'.",
    form_hdrs(SUBJ_E, dt(2025, 6, 24, 10, 2), ME_P, E3, irt=E2, refs=f"{E1} {E2}"),
    leaf("text/plain", close_e + "\n" + "-" * 30 + " Original Message " + "-" * 30 + "\n" + req_e, cte="base64"))

# 042 Credly lookalike
add("suspicious", False, None, [], "Badge phishing from credly-badges.net (lookalike), asks to log in with AWS credentials to 'keep' badges.",
    [auth_simple("credly-badges.net"), ("From", A("Credly", "admin@credly-badges.net")), ("To", ME_P),
     ("Subject", "Action needed: your AWS badges will be revoked"), ("Date", dt(2025, 6, 24, 13, 40)), ("Message-ID", mid("credly-badges.net"))],
    leaf("text/html", "<html><body><p>Hi Kenta,</p><p>Because your AWS Certification account was merged, your 3 badges must be re-validated. Badges not re-validated in 72 hours are revoked.</p><p><a href=\"http://credly-badges.net/aws/revalidate\">Re-validate with your AWS login</a></p></body></html>", cte="7bit"))

# 043 Case C auto-resolve warning
C3 = mid("sesus")
add("closing_notice", True, CC, [], "Console case C: will auto-resolve unless the owner responds in the Support Center; the owner's email answer bounced, so a reply is still owed.",
    console_hdrs(f"RE:[CASE {CC}] {SUBJ_C}", dt(2025, 6, 24, 17, 20), C3, C2),
    leaf("text/plain", f"""Hello,

We are still waiting for the information requested on June 21 (candidate ID and the registration ID of the cancelled appointment). If we do not get a response through the Support Center in the next 3 days, this case will be resolved automatically.

Best regards,
Hiroshi K.
Amazon Web Services
""" + CONSOLE_FOOT, cte="quoted-printable"))

# 044 owner asks to reopen case E (JP quote header)
U6 = mid("gmail")
rep_e = """Hello Sofia,

Sorry, I missed your earlier mail. Please reopen the case.
The exam is SAP-C02, and my primary language is Japanese, not English.

Kenta Sakurai
"""
add("user_reply", False, CE, [], "Owner's reply that reopens case E, with Gmail's Japanese quote header (…より:/…:) instead of 'On … wrote'.",
    [("From", A(ME_NAME, ME_P)), ("To", FORM), ("Subject", SUBJ_E), ("Date", dt(2025, 6, 24, 21, 7)), ("Message-ID", U6), ("In-Reply-To", E3), ("References", f"{E1} {E2} {E3}")],
    leaf("text/plain", rep_e + f"\n2025年6月24日(火) 10:02 Amazon Web Services <{FORM}>:\n\n" + q(close_e), cte="base64"))

# 045 Case E reopened
E4 = mid("ses")
add("case_update", False, CE, [], "Case E reopened and being worked; no ask.",
    form_hdrs(SUBJ_E, dt(2025, 6, 25, 9, 15), ME_P, E4, irt=U6, refs=f"{E1} {E2} {E3} {U6}"),
    leaf("text/plain", f"Hello Kenta,\n\nYour case {CE} has been reopened. I'm adding the ESL accommodation for SAP-C02 and will let you know when it is visible in your account.\n\nSofia R.\nAWS Training and Certification\n", cte="7bit"))

# 046 Case C update after console reply
C4 = mid("sesus")
add("case_update", False, CC, [], "Console case C: owner answered in the console; support passed it to the benefits team (no request). Survey footer present.",
    console_hdrs(f"RE:[CASE {CC}] {SUBJ_C}", dt(2025, 6, 25, 11, 48), C4, C3),
    leaf("text/plain", "Hello,\n\nThank you for the details you added in the Support Center. I've forwarded them to our exam benefits team, who can reinstate a redeemed discount. They normally need 2-3 business days; I will update the case once they are done.\n\nBest regards,\nHiroshi K.\nAmazon Web Services\n" + CONSOLE_FOOT, cte="quoted-printable"))
SUBJ_D = f"RE:[CASE {CD}] [AWS Training and Certification Form Submission] - certification-record"
ALIAS = "k.sakurai.cloud+cert@gmail.com"
# 047 Case D ack (JP, ISO-2022-JP)
D1 = mid("ses")
add("acknowledgement", False, CD, [], "Case D (11-digit) Japanese acknowledgement in ISO-2022-JP, sent to the owner's Gmail plus-alias.",
    form_hdrs(f"[CASE {CD}] [AWS Training and Certification Form Submission] - certification-record", dt(2025, 6, 26, 14, 22), ALIAS, D1, name="AWS トレーニングと認定"),
    leaf("text/plain", f"""桜井 健太 様

お問い合わせいただきありがとうございます。
ケース番号 {CD} にて承りました。

内容を確認のうえ、担当者よりあらためてご連絡いたします。
恐れ入りますが、本件について重複してお問い合わせいただくことはお控えください。

AWS トレーニングと認定 サポートチーム
""", "iso-2022-jp", "7bit"))

# 048 Case E resolved
add("resolved", False, CE, [], "Case E done: accommodation applied; 'no further action is required' plus conditional offer.",
    form_hdrs(SUBJ_E, dt(2025, 6, 26, 16, 40), ME_P, mid("ses"), irt=E4, refs=f"{E1} {E4}"),
    multi("alternative", [leaf("text/plain", "Hi Kenta,\n\nThe ESL +30 minutes accommodation is now active on your certification account and will apply automatically when you schedule SAP-C02. No further action is required on your side.\n\nShould you have any other question, you are welcome to write back.\n\nSofia R.\nAWS Training and Certification\n"),
        leaf("text/html", "<p>Hi Kenta,</p><p>The ESL +30 minutes accommodation is now active on your certification account and will apply automatically when you schedule SAP-C02. <b>No further action is required on your side.</b></p><p>Should you have any other question, you are welcome to write back.</p><p>Sofia R.<br>AWS Training and Certification</p>")]))

# 049 Case C resolved with survey footer
add("resolved", False, CC, [], "Console case C resolved: discount reinstated; survey footer ('We value your feedback') and no-reply notice make it look like a survey.",
    console_hdrs(f"RE:[CASE {CC}] {SUBJ_C}", dt(2025, 6, 27, 9, 5), mid("sesus"), C4),
    leaf("text/plain", "Hello,\n\nOur exam benefits team has reinstated the 50% discount on your certification account; it is listed under Benefits with the original expiry date. I'm marking this case as resolved.\n\nBest regards,\nHiroshi K.\nAmazon Web Services\n" + CONSOLE_FOOT, cte="quoted-printable"))

# 050 Case D info request: write from the registered address (JP keigo, Shift_JIS)
D2 = mid("ses")
req_d = f"""桜井 健太 様

AWS トレーニングと認定 サポートチームの佐藤でございます。
認定証のお名前の表記変更（SAKURAI KENTA → Kenta Sakurai）について承知いたしました。

お問い合わせいただいたメールアドレス（{ALIAS}）は、認定アカウントに登録されているアドレスと一致しておりません。
恐れ入りますが、ご本人様確認のため、認定アカウントにご登録のメールアドレスから本メールへご返信いただけますでしょうか。
その際、変更後のお名前をパスポート等の身分証明書と同じ表記でご記載くださいますよう、お願い申し上げます。

何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
add("info_request", True, CD, [], "Case D: Japanese keigo request (〜いただけますでしょうか) to write back from the address registered on the account (not the plus-alias the form came from); Shift_JIS base64.",
    form_hdrs(SUBJ_D, dt(2025, 6, 27, 11, 30), ALIAS, D2, irt=D1, refs=D1, name="AWS トレーニングと認定"),
    leaf("text/plain", req_d + f"\nケース ID: {CD}\n", "shift_jis", "base64"))

# 051 owner reply from the registered address
U7 = mid("gmail")
rep_d = f"""佐藤様

ご連絡ありがとうございます。登録アドレス（{ME_P}）から返信いたします。
変更後の氏名はパスポートと同じ「Kenta Sakurai」でお願いいたします。
候補IDは {ID_PE} です。

桜井 健太
"""
add("user_reply", False, CD, [ID_PE], "Owner answers case D in Japanese from the registered address; Gmail Japanese quote header.",
    [("From", A("桜井 健太", ME_P)), ("To", FORM), ("Subject", SUBJ_D), ("Date", dt(2025, 6, 27, 12, 44)), ("Message-ID", U7), ("In-Reply-To", D2), ("References", f"{D1} {D2}")],
    multi("alternative", [leaf("text/plain", rep_d + f"\n2025年6月27日(金) 11:30 AWS トレーニングと認定 <{FORM}>:\n\n" + q(req_d), cte="base64"),
        leaf("text/html", "<div dir=\"ltr\">" + rep_d.replace("\n", "<br>") + "</div><blockquote class=\"gmail_quote\">" + req_d.replace("\n", "<br>") + "</blockquote>", cte="base64")]))

# 052 Zendesk solved
add("unrelated", False, None, [], "SaaS helpdesk (Zendesk) 'request solved' with a request number and 'reply to reopen'.",
    [auth_simple("zendesk.com"), ("From", A("Backlog Support", "support@nulab.zendesk.com")), ("To", ME_P),
     ("Subject", "[Request #48213] Solved: Cannot transfer space ownership"), ("Date", dt(2025, 6, 28, 10, 11)), ("Message-ID", mid("zendesk.com"))],
    leaf("text/html", "<html><body><p>##- Please type your reply above this line -##</p><p>Your request (48213) has been solved. To reopen this request, reply to this email.</p><p><b>Mika (Nulab)</b><br>We transferred the ownership of your space to the new administrator as requested.</p></body></html>", cte="quoted-printable"))

# 053 console survey for case C
add("survey", False, CC, [], "Survey for console case C (rating request).",
    [auth_gmail("amazon.com"), ("From", A("AWS Support", "aws-support-survey@amazon.com")), ("To", ME_P),
     ("Subject", f"Tell us about your recent AWS Support experience (Case {CC})"), ("Date", dt(2025, 6, 28, 15, 0, s=11)), ("Message-ID", mid("sesus"))],
    multi("alternative", [leaf("text/plain", f"Hello,\n\nYou recently worked with AWS Support on case {CC}. Would you answer two quick questions about it?\n\nhttps://aws.qualtrics.com/jfe/form/SV_case?id={CC}\n\nThank you,\nAWS Support\n"),
        leaf("text/html", f"<p>Hello,</p><p>You recently worked with AWS Support on case {CC}. Would you answer two quick questions about it?</p><p><a href=\"https://aws.qualtrics.com/jfe/form/SV_case?id={CC}\">Start</a></p>")]))

# 054 Case D escalated (JP)
D3 = mid("ses")
add("case_update", False, CD, [], "Case D in Japanese: identity confirmed, handed to the certificate team; says no action needed (特にご対応いただく必要はございません).",
    form_hdrs(SUBJ_D, dt(2025, 6, 30, 9, 50), ME_P, D3, irt=U7, refs=f"{D1} {D2} {U7}", name="AWS トレーニングと認定"),
    leaf("text/plain", "桜井 健太 様\n\nご返信ありがとうございます。ご本人様確認が取れましたので、氏名変更の手続きを認定証担当チームへ依頼いたしました。\n反映まで数営業日かかる見込みです。完了しましたらあらためてご連絡いたしますので、現時点で特にご対応いただく必要はございません。\n\n佐藤\nAWS トレーニングと認定 カスタマーサポート\n", cte="quoted-printable"))

# 055 exam result (JP)
add("certification", False, None, [ID_PE], "Exam result in Japanese from CertMetrics with candidate ID.",
    [auth_simple("certmetrics.com"), ("From", A("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
     ("Subject", H("AWS 認定試験の結果のお知らせ")), ("Date", dt(2025, 6, 30, 17, 12)), ("Message-ID", mid("certmetrics.com"))],
    leaf("text/plain", f"桜井 健太 様（候補ID: {ID_PE}）\n\nAWS Certified Solutions Architect - Professional (SAP-C02) に合格されました。おめでとうございます。\nスコアレポートは AWS 認定アカウントの「試験履歴」からご確認いただけます。\n\nAWS 認定\n", cte="base64"))

# 056 recertified
add("certification", False, None, [], "Recertification congratulations from CertMetrics.",
    [auth_simple("certmetrics.com"), ("From", A("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
     ("Subject", "Congratulations on recertifying your AWS Certification!"), ("Date", dt(2025, 7, 1, 8, 0)), ("Message-ID", mid("certmetrics.com"))],
    leaf("text/html", "<html><body><p>Hi Kenta,</p><p>You have successfully recertified <b>AWS Certified Solutions Architect - Professional</b>. Your certification is now valid through June 30, 2028.</p><p>Your updated digital badge will arrive from Credly shortly.</p></body></html>", cte="quoted-printable"))

# 057 Credly recert badge (older acclaim domain)
h, e = credly("Your new badge: AWS Certified Solutions Architect - Professional", dt(2025, 7, 1, 8, 6), "AWS Certified Solutions Architect - Professional", "Kenta, your recertified badge has been issued.", dom="youracclaim.com", sender="admin@youracclaim.com")
add("badge", False, None, [], "Credly badge mail from the older youracclaim.com sender.", h, e)

# 058 Case D resolved (JP, conditional invite)
add("resolved", False, CD, [], "Case D done in Japanese; ends with a conditional invitation (ご不明な点がございましたら…ご返信ください) that is not a request.",
    form_hdrs(SUBJ_D, dt(2025, 7, 2, 13, 25), ME_P, mid("ses"), irt=D3, refs=f"{D1} {D3}", name="AWS トレーニングと認定"),
    leaf("text/plain", "桜井 健太 様\n\nお待たせいたしました。認定アカウントおよび認定証のお名前を「Kenta Sakurai」に更新いたしました。\n新しい認定証は認定アカウントの「認定」ページからダウンロードいただけます。\n\nご不明な点がございましたら、本メールにご返信ください。\n\n佐藤\nAWS トレーニングと認定 カスタマーサポート\n", "iso-2022-jp", "7bit"))

# 059 Case D survey (JP)
add("survey", False, CD, [], "Japanese satisfaction survey for case D.",
    [auth_gmail("amazon.com"), ("From", A("AWS トレーニングと認定", "aws-cs-survey@amazon.com")), ("To", ME_P),
     ("Subject", H(f"サポートについてのアンケート（ケース {CD}）")), ("Date", dt(2025, 7, 3, 10, 0, s=2)), ("Message-ID", mid("ses"))],
    leaf("text/html", f"<html><body><p>桜井 健太 様</p><p>先日はケース {CD} でお問い合わせいただきありがとうございました。サポートの品質向上のため、簡単なアンケートにご協力をお願いいたします。</p><p><a href=\"https://survey.aws.training/ja?c={CD}\">アンケートに回答する</a></p></body></html>", cte="base64"))

# 060 Pearson VUE lookalike
add("suspicious", False, None, [], "Exam-vendor lookalike (pearsonvue-results.com) asking for a 'verification fee' to release a score.",
    [auth_simple("pearsonvue-results.com"), ("From", A("Pearson VUE", "scores@pearsonvue-results.com")), ("To", ME_P),
     ("Subject", "Your AWS exam score is on hold"), ("Date", dt(2025, 7, 3, 14, 18)), ("Message-ID", mid("pearsonvue-results.com"))],
    leaf("text/plain", "Dear candidate,\n\nYour recent AWS exam score has been placed on hold due to a proctoring irregularity. To release it, pay the USD 15 verification fee and reply with your candidate ID and password within 48 hours:\nhttp://pearsonvue-results.com/release\n\nPearson VUE Security\n", cte="7bit"))

# 061 AWS Educate form case (other program)
add("unrelated", False, None, [], "AWS Educate form case from aws-cs-educate-form@amazon.com asking a question: real AWS support and a real ask, but another program, so unrelated / no reply per the brief.",
    [auth_gmail("amazon.com"), ("From", A("Amazon Web Services", "aws-cs-educate-form@amazon.com")), ("To", ME_P),
     ("Subject", "RE:[CASE 175150112200840] [AWS Educate Form Submission] - account-access"), ("Date", dt(2025, 7, 3, 16, 40)), ("Message-ID", mid("ses"))],
    leaf("text/plain", "Hello,\n\nWe could not find an AWS Educate account for this address. Which email address did you use when you joined AWS Educate as a student?\n\nAWS Educate Support\n\nCase ID: 175150112200840\n", cte="7bit"))

# 062 newsletter (JP)
add("unrelated", False, None, [], "Japanese tech newsletter mentioning AWS certification and account merges in an article list.",
    [auth_simple("connpass.com"), ("From", A("週刊クラウドニュース", "news@cloudweekly.jp")), ("To", ME_P),
     ("Subject", H("週刊クラウドニュース #214 認定アカウント統合の手順ほか")), ("Date", dt(2025, 7, 4, 7, 0, s=0)), ("Message-ID", mid("cloudweekly.jp")),
     ("List-Unsubscribe", "<mailto:unsubscribe@cloudweekly.jp>")],
    leaf("text/html", "<html><body><h2>今週の記事</h2><ul><li>転職時に AWS 認定アカウントを統合する手順</li><li>Amazon Bedrock の新機能まとめ</li><li>Terraform 1.12 リリースノート</li></ul><p>配信停止はこちら</p></body></html>", cte="base64"))

# 063 expiry notice
add("certification", False, None, [ID_PE], "Certification expiry notice (DVA) with candidate ID and 'recertify now' call to action.",
    [auth_simple("certmetrics.com"), ("From", A("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
     ("Subject", "Your AWS Certified Developer - Associate expires in 90 days"), ("Date", dt(2025, 7, 5, 9, 0)), ("Message-ID", mid("certmetrics.com"))],
    leaf("text/plain", f"Hello Kenta ({ID_PE}),\n\nYour AWS Certified Developer - Associate certification expires on October 3, 2025. Recertify before then to keep it active: take the current exam or a higher-level one in the same track.\n\nAWS Certification\n", cte="7bit"))
# 064 owner reopens case A
U8 = mid("gmail")
add("user_reply", False, CA, [], "Owner writes again on the resolved case A (one month later) because a certification is missing.",
    [("From", A(ME_NAME, ME_P)), ("To", FORM), ("Subject", SUBJ_A), ("Date", dt(2025, 7, 7, 9, 12)), ("Message-ID", U8), ("In-Reply-To", A8), ("References", f"{A1} {A8}")],
    leaf("text/plain", "Hi Marco,\n\nI just noticed that AWS Certified Developer - Associate is missing from the Certifications page of the merged account, although it was on the company account. Could you check?\n\nKenta\n\n> I have merged Account #2 and Account #3 into Account #1.\n", cte="7bit"))

# 065 reopened
A9 = mid("ses")
add("case_update", False, CA, [], "Case A reopened after the owner's note; support is looking into it, asks nothing.",
    form_hdrs(SUBJ_A, dt(2025, 7, 7, 15, 30), ME_P, A9, irt=U8, refs=f"{A1} {A8} {U8}"),
    leaf("text/plain", f"Hello Kenta,\n\nI've reopened case {CA} and raised the missing certification with our records team.\n\n" + SIG_CS.format(agent="Marco D.") + "\n", cte="7bit"))

# 066 info request in plain Japanese
A10 = mid("ses")
req_a2 = f"""桜井さん

AWS トレーニングと認定の中村です。記録チームから確認依頼がありました。
マージ後のアカウント（{ID_PE}）の「認定」ページと「試験履歴」ページのスクリーンショットを、このメールへの返信で送ってください。
DVA の合格日がわかれば、あわせて書いてください。

中村
"""
add("info_request", True, CA, [ID_PE], "Reopened case A: agent writes plain Japanese (〜送ってください) asking for screenshots, UTF-8 8bit.",
    form_hdrs(SUBJ_A, dt(2025, 7, 8, 10, 4), ME_P, A10, irt=A9, refs=f"{A1} {A9}", name="AWS トレーニングと認定"),
    leaf("text/plain", req_a2 + f"\nCase ID: {CA}\n", cte="8bit"))

# 067 spoofed certmetrics with dmarc fail
add("suspicious", False, None, [], "Claims to be CertMetrics (real domain in From) but dmarc=fail; says certification revoked and asks to reply with login details.",
    [auth_simple("certmetrics.com", spf="softfail", dkim="none", dmarc="fail"), ("From", A("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
     ("Subject", "Certification revoked - respond within 24h to appeal"), ("Date", dt(2025, 7, 8, 11, 58)), ("Message-ID", mid("vps-4411.hostnet.example"))],
    leaf("text/plain", f"Dear candidate {ID_PE},\n\nAn audit found that your account merge violated the AWS Certification Program Agreement and your certifications have been revoked. Reply to this message with your Builder ID email and password within 24 hours to appeal.\n\nAWS Certification Compliance\n", cte="7bit"))

# 068 owner sends screenshots
U9 = mid("gmail")
add("user_reply", False, CA, [], "Owner's answer with two PNG attachments (multipart/mixed).",
    [("From", A("桜井 健太", ME_P)), ("To", FORM), ("Subject", SUBJ_A), ("Date", dt(2025, 7, 8, 12, 30)), ("Message-ID", U9), ("In-Reply-To", A10), ("References", f"{A1} {A10}")],
    multi("mixed", [leaf("text/plain", "中村様\n\nスクリーンショットを添付します。DVA は 2022年10月3日に合格しています。\n\n桜井\n", cte="base64"),
        raw_part([("Content-Type", 'image/png; name="certifications.png"'), ("Content-Disposition", 'attachment; filename="certifications.png"'), ("Content-Transfer-Encoding", "base64")],
                 base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(R.getrandbits(8) for _ in range(300)))),
        raw_part([("Content-Type", 'image/png; name="exam-history.png"'), ("Content-Disposition", 'attachment; filename="exam-history.png"'), ("Content-Transfer-Encoding", "base64")],
                 base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(R.getrandbits(8) for _ in range(300))))]))

# 069 Amazon.co.jp order
add("unrelated", False, None, [], "Amazon.co.jp order confirmation (Amazon, not AWS).",
    [auth_simple("amazon.co.jp"), ("From", A("Amazon.co.jp", "auto-confirm@amazon.co.jp")), ("To", ME_P),
     ("Subject", H("Amazon.co.jp ご注文の確認")), ("Date", dt(2025, 7, 8, 20, 15)), ("Message-ID", mid("amazon.co.jp"))],
    leaf("text/html", "<html><body><p>桜井 健太 様</p><p>Amazon.co.jp をご利用いただき、ありがとうございます。ご注文を承りました。</p><p>注文番号: 250-4418273-9902215<br>商品: AWS認定ソリューションアーキテクト プロフェッショナル 教科書</p></body></html>", cte="base64"))

# 070 Case A resolved again
add("resolved", False, CA, [], "Reopened case A fixed (DVA restored); short, with 'nothing else needed'.",
    form_hdrs(SUBJ_A, dt(2025, 7, 9, 16, 2), ME_P, mid("ses"), irt=U9, refs=f"{A1} {A10} {U9}"),
    leaf("text/plain", "Hi Kenta,\n\nThanks for the screenshots. The records team has attached the Developer - Associate certification to your account; it now shows as active until October 3, 2025. Nothing else is needed from you, so I'm closing the case again.\n\n" + SIG_CS.format(agent="Marco D.") + "\n", cte="quoted-printable"))

# 071 digital certificate ready
add("certification", False, None, [], "CertMetrics: digital certificate with the new name is available (follows case D but is program mail).",
    [auth_simple("certmetrics.com"), ("From", A("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
     ("Subject", "Your updated AWS Certification certificate is available"), ("Date", dt(2025, 7, 10, 9, 0)), ("Message-ID", mid("certmetrics.com"))],
    leaf("text/plain", "Hello Kenta Sakurai,\n\nA new PDF certificate reflecting your updated name is available for download in your AWS Certification account under Certifications.\n\nAWS Certification\n", cte="7bit"))

README_HEAD = f"""me: {ME_P} {ME_C}

# blind-152: held-out support-case mail

Mailbox owner: Kenta Sakurai (桜井 健太), leaving Nexora Systems (an AWS partner) on 2025-06-13.
Personal address {ME_P} (also receives its plus-alias {ALIAS}), company address {ME_C}.
Regenerate with `python3 gen.py` (standard library only, deterministic).

## Cases
| case | channel | topic | path |
|---|---|---|---|
| {CA} | T&C form | merge company -> personal account | ack -> info request -> hold with buried question -> hold -> partner link removed -> confirmation request (3 accounts) -> closing notice -> confirmed -> merged -> reopened a month later -> info request (JP) -> fixed |
| {CB} | T&C form | duplicate of {CA} from company address | ack (JP) -> closed as duplicate |
| {CC} | Support Center console | 50% voucher shown as used | ack -> info request (answer in console) -> owner emails no-reply, bounce -> auto-resolve warning -> update -> resolved -> survey |
| {CD} | T&C form, Japanese | name on certificate | ack (to plus-alias) -> request to write from the registered address -> reply -> update -> resolved -> survey |
| {CE} | T&C form | ESL exam accommodation | ack -> info request -> closed for no answer -> owner reopens -> reopened -> resolved |
| {COLD} | T&C form (2020) | old merge, only as an owner forward | - |
Other case numbers (Microsoft, Google Cloud, Zendesk, AWS Educate 175150112200840, the phishing 174893004411907) are not T&C cases.

## Labelling decisions
- `case` is set for mail that belongs to a real AWS Training and Certification case, including the owner's own replies/forwards, a colleague's reply or auto-reply on a forwarded case mail (017, 019) and the bounce of the owner's mail on case C (040). It is null for other programs (AWS Educate), other vendors and all phishing, even when the phishing quotes the real case number (023).
- 010: a partner hold that also asks when the last working day is -> `on_hold`, needs_reply true (the question is for the owner).
- 012: duplicate case closed and linked -> `case_update` (not a closing notice: no answer is wanted), case = the duplicate's number.
- 025, 041, 043: reminders/closures for lack of answer -> `closing_notice`, needs_reply true. 043 is a console case: the reply is owed in the Support Center, still true.
- 038: console info request -> needs_reply true although email replies are impossible.
- 040 bounce: `unrelated`, needs_reply false (the owed answer is carried by 038/043).
- 061 AWS Educate case asks a question -> `unrelated`, needs_reply false (brief: only T&C cases count).
- 024 CertMetrics 'wants to hear from you' -> `certification`, not `survey` (no support case).
- 049 console resolution with feedback footer -> `resolved`.
- candidate_ids: IDs in the message's own text, including tables (021) and support echoing the form (004); IDs in quoted history (027 quote, 040 returned message, 064) are not listed.
- 002 owner's note to self -> `user_reply` (written by the owner), case null.
"""
# ---------------------------------------------------------------- END OF MESSAGES

def write_all():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MSGS, 1):
        with open(os.path.join(OUT, f"{i:03d}-msg.eml"), "wb") as fh:
            fh.write(m["data"])
        with open(os.path.join(OUT, f"{i:03d}-msg.json"), "w") as fh:
            json.dump({"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"], "candidate_ids": m["candidate_ids"]}, fh, ensure_ascii=False)
            fh.write("\n")
    rows = ["| # | kind | reply? | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
    for i, m in enumerate(MSGS, 1):
        rows.append(f"| {i:03d} | {m['kind']} | {'yes' if m['needs_reply'] else 'no'} | {m['case'] or '-'} | {m['note'].replace('|', '/')} |")
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write(README_HEAD.strip("\n") + "\n\n## Messages\n\n" + "\n".join(rows) + "\n")
    c = Counter(m["kind"] for m in MSGS)
    print(f"{len(MSGS)} messages; needs_reply={sum(m['needs_reply'] for m in MSGS)}")
    for k, v in sorted(c.items()):
        print(f"  {k}: {v}")

if __name__ == "__main__":
    write_all()
