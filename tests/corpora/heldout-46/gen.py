#!/usr/bin/env python3
"""Generate the blind-46 held-out corpus (stdlib only). Writes NNN-slug.eml / .json here."""
import base64, json, os, quopri, hashlib
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
ME = "haruka.tanabe.0723@gmail.com"
CO = "h-tanabe@kirishima-soft.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TCF = ("AWS Training and Certification", TC)
CON = ("Amazon Web Services", "no-reply-aws@amazon.com")
JST = timezone(timedelta(hours=9))

A = "174830112600417"   # main merge case, 15 digits (form sent with company address)
B = "174830240900283"   # duplicate form submission, 15 digits
C = "13819470256"       # console case, 11 digits
D = "8571203946"        # 2021 case, 10 digits, reopened
E = "175052381900044"   # Japanese voucher case, 15 digits
F = "175186441300761"   # same-address duplicate account case, 15 digits
SUBJ = lambda c, re="RE:": f"{re}[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
IDS = {}

def mid(n, dom):
    h = hashlib.sha1(f"blind46-{n}".encode()).hexdigest()
    if dom == "ses":
        return f"<010601{h[:14]}-{h[14:22]}-{h[22:26]}-{h[26:30]}-{h[30:40]}-000000@email.amazonses.com>"
    if dom == "gmail":
        return f"<CAH{h[:6]}+{h[6:18]}_{h[18:30]}@mail.gmail.com>"
    if dom == "outlook":
        return f"<TYWPR01MB{h[:4].upper()}{h[4:14].upper()}@TYWPR01MB{h[14:18].upper()}.jpnprd01.prod.outlook.com>"
    return f"<{h[:20]}@{dom}>"

def add(n, slug, kind, reply, case, cands, frm, to, subj, date, note, body=None, html=None,
        charset="utf-8", cte="8bit", crlf=False, idom="ses", irt=None, refs=None, auth="pass",
        cc=None, extra=(), ctype_plain="text/plain"):
    MSGS.append(dict(n=n, slug=slug, kind=kind, reply=reply, case=case, cands=cands, frm=frm,
                     to=to, subj=subj, date=date, note=note, body=body, html=html, charset=charset,
                     cte=cte, crlf=crlf, idom=idom, irt=irt, refs=refs, auth=auth, cc=cc, extra=extra))

def enc_hdr(s, cs):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, "iso-2022-jp" if cs == "iso-2022-jp" else "utf-8").encode()

def addr(a, cs):
    if isinstance(a, tuple):
        name, em = a
        try:
            name.encode("ascii")
            return formataddr((name, em))
        except UnicodeEncodeError:
            return f"{Header(name, 'iso-2022-jp' if cs=='iso-2022-jp' else 'utf-8').encode()} <{em}>"
    return a

def part(text, sub, cs, cte):
    raw = text.encode(cs)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode(cs, errors="strict") if cs in ("utf-8",) else raw
    hdr = f"Content-Type: text/{sub}; charset=\"{cs if cs!='shift_jis' else 'Shift_JIS'}\"\nContent-Transfer-Encoding: {cte}\n\n"
    if isinstance(payload, bytes):
        return hdr.encode("ascii") + payload
    return (hdr + payload).encode("utf-8")

def auth_for(m):
    frm = m["frm"][1] if isinstance(m["frm"], tuple) else m["frm"]
    dom = frm.split("@")[1].strip(">")
    org = ".".join(dom.split(".")[-2:]) if not dom.endswith(".co.jp") else ".".join(dom.split(".")[-3:])
    ok = m["auth"] == "pass"
    d, dm = ("pass", "pass") if ok else ("fail", "fail")
    tos = m["to"] if isinstance(m["to"], str) else m["to"][1]
    if "gmail.com" in tos:
        sel = "224i4yxa5dv7c2xz3jhc6vhcwygz3e3" if "amazon" in dom else "s1"
        return (f"Authentication-Results: mx.google.com;\n       dkim={d} header.i=@{org} header.s={sel} header.b=Qm3k7F{m['n']:03d};\n"
                f"       spf={'pass' if ok else 'softfail'} (google.com: domain of bounce@{dom} designates 54.240.27.{m['n']} as permitted sender) smtp.mailfrom={dom};\n"
                f"       dmarc={dm} (p={'QUARANTINE' if 'amazon' in dom else 'NONE'} sp=NONE dis={'NONE' if ok else 'QUARANTINE'}) header.from={org}")
    return (f"Authentication-Results: spf={'pass' if ok else 'fail'} (sender IP is 54.240.8.{m['n']})\n smtp.mailfrom={dom}; dkim={d} (signature was {'verified' if ok else 'not verified'})\n"
            f" header.d={org};dmarc={dm} action={'none' if ok else 'quarantine'} header.from={org};compauth={'pass reason=100' if ok else 'fail reason=000'}")

def build(m):
    cs = m["charset"]
    lines = [f"Received: from a27-{m['n']}.smtp-out.us-west-2.amazonses.com (54.240.27.{m['n']}) by mx.recv.example; "
             + format_datetime(m["date"]), auth_for(m)]
    msgid = mid(m["n"], m["idom"]); IDS[m["n"]] = msgid
    lines += [f"From: {addr(m['frm'], cs)}", f"To: {addr(m['to'], cs)}"]
    if m["cc"]: lines.append(f"Cc: {m['cc']}")
    lines += [f"Subject: {enc_hdr(m['subj'], cs)}", f"Date: {format_datetime(m['date'])}", f"Message-ID: {msgid}"]
    if m["irt"]:
        lines.append(f"In-Reply-To: {IDS[m['irt']]}")
        refs = m["refs"] or [m["irt"]]
        lines.append("References: " + "\n ".join(IDS[r] for r in refs))
    lines += list(m["extra"]) + ["MIME-Version: 1.0"]
    head = "\n".join(lines).encode("utf-8")
    if m["body"] is not None and m["html"] is not None:
        bd = f"----=_Part_{m['n']}_{int(hashlib.md5(m['slug'].encode()).hexdigest()[:5],16)}.17"
        body = (f"Content-Type: multipart/alternative; boundary=\"{bd}\"\n\n").encode() + b"--" + bd.encode() + b"\n" \
            + part(m["body"], "plain", cs, m["cte"]) + b"\n--" + bd.encode() + b"\n" \
            + part(m["html"], "html", cs, m["cte"]) + b"\n--" + bd.encode() + b"--\n"
        data = head + b"\n" + body
    else:
        txt, sub = (m["body"], "plain") if m["body"] is not None else (m["html"], "html")
        data = head + b"\n" + part(txt, sub, cs, m["cte"])
    data = data.replace(b"\r\n", b"\n")
    if m["crlf"]: data = data.replace(b"\n", b"\r\n")
    return data

def d(s):  # "2025-05-27 08:12" JST
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=JST)

def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))

def H(body):  # minimal html wrapper
    return f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">{body}</body></html>"

CON_FOOT = lambda c: (f"\n\nTo see all correspondence and respond to this case, please sign in to the AWS Support Center:\n"
    f"https://console.aws.amazon.com/support/home#/case/?displayId={c}%26language=en\n\n"
    "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
    "To respond to this case, please follow the link above.\n\n"
    "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.")
SURVEY_FOOT = lambda c: (f"\n\nWe value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. "
    f"You can rate a correspondence by selecting the stars in the top right corner of the correspondence.")

# ---------------------------------------------------------------- messages
add(1, "git-pr-412", "unrelated", False, None, [],
    ("Ryo Imai", "notifications@github.com"), CO, "Re: [kirishima-soft/infra-tf] Merge cert-rotation branch into main (PR #412)",
    d("2025-05-26 17:40"), "GitHub 'merged' notification; says merged / closed, not AWS",
    body="Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kirishima-soft/infra-tf/pull/412#event-17730021\nYou are receiving this because you were mentioned.\n\nMessage ID: <kirishima-soft/infra-tf/pull/412/issue_event/17730021@github.com>\n",
    idom="github.com")

add(2, "builder-code", "unrelated", False, None, [],
    ("AWS", "no-reply@signin.aws"), ME, "Verify your AWS Builder ID email address",
    d("2025-05-26 21:03"), "Builder ID 6-digit code: a number that is not a case ID; 'verify' wording",
    html=H("<h2>Verify your email address</h2><p>Hello,</p><p>Thank you for creating an AWS Builder ID. To finish, enter the following verification code:</p>"
           "<p style='font-size:28px;letter-spacing:4px'><b>604218</b></p><p>This code expires in 30 minutes. If you didn't request it, you can ignore this email.</p>"
           "<p>Amazon Web Services</p>"), cte="quoted-printable", idom="signin.aws")

add(3, "training-welcome", "unrelated", False, None, [],
    ("AWS Training and Certification", "no-reply@aws.training"), ME, "Welcome to AWS Skill Builder and AWS Certification",
    d("2025-05-26 21:11"), "training platform welcome from aws.training; not a case",
    body="Hi Haruka,\n\nYour profile is set up. You can now schedule exams, view your certification\nbenefits and track learning progress from one place.\n\nGet started: https://skillbuilder.aws/\n\nQuestions? Visit our FAQ or contact us through https://support.aws.amazon.com/#/contacts/aws-training\n\n- The AWS Training and Certification team\n",
    idom="aws.training")

ACK_A = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {A} to address your inquiry.

The details of your case are as follows:

Case ID: {A}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General guidance
Inquiry type: Certification
Additional detail: Account Merge
Correspondence: Hi, I am leaving Kirishima Software in June and would like to merge my
company certification account into my personal one. Addresses used: {CO} and {ME}.
Please keep the gmail one.

We normally respond within 24 hours, although some requests may take longer while we find
the best solution. Please do not open a new case for the same request if you already have one open,
as this can delay our response.

If you have anything to add, simply reply to this email and your message will be added to the case.

Sincerely,
Amazon Web Services
"""
add(4, "form-ack-a", "acknowledgement", False, A, [],
    TCF, CO, SUBJ(A), d("2025-05-27 08:12"), "ack with conditional 'reply to this email' invitation; 15-digit case; form text quoted",
    body=ACK_A, cte="quoted-printable")

ACK_B = f"""お客様

Amazon Web Services へお問い合わせいただき、ありがとうございます。お問い合わせの件につき、ケース {B} を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: {B}
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

通常24時間以内にご回答いたしますが、最善の解決策をご案内するためにお時間を頂戴する場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

補足情報がございましたら、本メールにご返信ください。ケースに追記されます。

Amazon Web Services
"""
add(5, "form-ack-b-ja", "acknowledgement", False, B, [],
    TCF, ME, SUBJ(B), d("2025-05-27 08:33"), "Japanese ack (ISO-2022-JP) of a duplicate submission; 〜がございましたら…ご返信ください is conditional",
    body=ACK_B, charset="iso-2022-jp", cte="7bit")

add(6, "invoice-may", "unrelated", False, None, [],
    ("Amazon Web Services", "aws-billing@amazon.com"), ME, "Amazon Web Services Billing Statement Available [AWS ID 483920175566]",
    d("2025-05-27 10:02"), "AWS billing with 12-digit account ID in subject (not a case)",
    body="Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site.\nYour account will be charged the following:\n\nTotal: $3.18\n\nYou can see a complete break-down of all charges on the Billing Console:\nhttps://console.aws.amazon.com/billing/home#/bill\n\nThank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\nThis message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.\n",
    crlf=True)

REQ_A1 = f"""Hello Haruka,

Thanks for reaching out, and congratulations on the next step in your career.

A bit of background so the next steps make sense: certification accounts are separate from
AWS accounts and from Amazon retail accounts. When two certification profiles are merged, the
exam history, active certifications, digital badges and any unused benefits (for example exam
discount vouchers) are moved onto the surviving profile, and the other profile is deactivated.
Because this cannot be undone, we identify both profiles precisely before doing anything.

Searching by the addresses in your form I can see a profile under {CO}, but nothing
under the gmail address yet. It may be that the personal profile was created with a different
login, or that it was created very recently and has not propagated.

To locate it we'll need the candidate ID of the profile you want to keep (it is shown at the
top right once you sign in to the Certification account, in the format AWS followed by eight
digits), along with the email address you use to sign in to it.

Kind regards,
Priya S.
AWS Training and Certification Customer Service
"""
REQ_A1_HTML = H("<p>Hello Haruka,</p><p>Thanks for reaching out, and congratulations on the next step in your career.</p>"
    "<p>A bit of background so the next steps make sense: certification accounts are separate from AWS accounts and from Amazon retail accounts. "
    "When two certification profiles are merged, the exam history, active certifications, digital badges and any unused benefits (for example exam discount vouchers) "
    "are moved onto the surviving profile, and the other profile is deactivated. Because this cannot be undone, we identify both profiles precisely before doing anything.</p>"
    f"<p>Searching by the addresses in your form I can see a profile under {CO}, but nothing under the gmail address yet. It may be that the personal profile was created "
    "with a different login, or that it was created very recently and has not propagated.</p>"
    "<p>To locate it we'll need the candidate ID of the profile you want to keep (it is shown at the top right once you sign in to the Certification account, "
    "in the format AWS followed by eight digits), along with the email address you use to sign in to it.</p>"
    "<p>Kind regards,<br>Priya S.<br>AWS Training and Certification Customer Service</p>")
add(7, "req-a-candidate", "info_request", True, A, [],
    TCF, CO, SUBJ(A), d("2025-05-28 02:47"), "ask buried at the end of long explanation; 'we'll need' with no please/question mark; multipart QP",
    body=REQ_A1, html=REQ_A1_HTML, cte="quoted-printable", irt=4)

R8 = f"""Hi Priya,

Sorry, I made the personal one only last night. The IDs are:

personal (keep this): AWS11930256 / login {ME}
company: AWS04417820 / login {CO}

Thanks!
Haruka

On Wed, May 28, 2025 at 2:47 AM AWS Training and Certification <{TC}> wrote:
{q(REQ_A1)}
"""
add(8, "reply-ids-gmail", "user_reply", False, A, ["AWS11930256", "AWS04417820"],
    ("Haruka Tanabe", ME), TC, SUBJ(A), d("2025-05-28 07:55"), "user reply from the personal (wrong) address, Gmail quoting; quoted history contains the ask",
    body=R8, idom="gmail", irt=7, refs=[4, 7])

R9 = f"""Hi,

Got your message, but it came from {ME}, which is not the address this case was
opened with. For account security we only act on merge instructions sent from the address on file
for the profile being merged away (AWS04417820).

Write to us again from {CO} with the same details and we'll carry on from there.

Marcus
AWS T&C Support
"""
add(9, "req-a-wrong-address", "info_request", True, A, ["AWS04417820"],
    TCF, ME, SUBJ(A), d("2025-05-28 09:30"), "wrong-address reply: imperative 'write to us again from …' without please; short",
    body=R9, irt=8, refs=[4, 7, 8])

R10 = f"""お客様

AWS トレーニングと認定カスタマーサービスの林です。

本ケース（{B}）は、同じ内容で先にいただいているケース {A} と重複しておりました。
今後のご案内はケース {A} にて一括して行いますので、本ケースについてお客様にご対応いただく必要はございません。

よろしくお願いいたします。
林
"""
add(10, "dup-b-merged-ja", "case_update", False, B, [],
    TCF, ME, SUBJ(B), d("2025-05-28 11:02"), "Japanese duplicate notice: names another case number in body; no action",
    body=R10, charset="utf-8", cte="base64", irt=5)

R11_Q = f"""-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Wednesday, May 28, 2025 9:30 AM
To: {ME}
Subject: {SUBJ(A)}

{R9}"""
R11 = f"""Hello Marcus,

Sending again from my company address as requested.
Please merge AWS04417820 (this address) into AWS11930256 (login {ME}).
I would like to keep AWS11930256.

Best regards,
Haruka Tanabe
Kirishima Software Co., Ltd.

{R11_Q}"""
add(11, "reply-ids-company", "user_reply", False, A, ["AWS04417820", "AWS11930256"],
    ("Tanabe Haruka", CO), TC, SUBJ(A), d("2025-05-29 09:14"), "user reply from company address, Outlook '-----Original Message-----' top-post; CRLF",
    body=R11, crlf=True, idom="outlook", irt=9, refs=[4, 7, 8, 9])

add(12, "ooo-manager-ja", "unrelated", False, None, [],
    ("小野寺 健", "k-onodera@kirishima-soft.co.jp"), CO, "自動応答: 退職手続きについて",
    d("2025-05-29 09:20"), "Japanese out-of-office auto-reply from a colleague; says 返信",
    body="田邊さん\n\n6月2日（月）まで出張のため不在にしております。\n急ぎのご用件は総務部（soumu@kirishima-soft.co.jp）までご連絡ください。\n戻り次第ご返信いたします。\n\n小野寺\n",
    charset="iso-2022-jp", cte="7bit", idom="outlook")

R13_HTML = H(f"""<p>Dear Customer,</p>
<p>Greetings from AWS Training and Certification.</p>
<p>Kindly be informed that we have reviewed the accounts mentioned in your request:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Candidate ID</th><th>Login email</th><th>Partner association</th></tr>
<tr><td>AWS04417820</td><td>{CO}</td><td>Kirishima Software Co., Ltd. (AWS Partner Network)</td></tr>
<tr><td>AWS11930256</td><td>{ME}</td><td>None</td></tr>
</table>
<p>As the account AWS04417820 is associate with an APN Partner organization, the certifications on it are counted towards the partner. As per our policy we can not proceed the merge while you are still employee of the partner company, hence this case is placed on hold.</p>
<p>Request you to confirm us by replying to this mail once your employment with Kirishima Software is ended, so we can release the account and continue.</p>
<p>Thanks &amp; Regards,<br>Diego R.<br>AWS Training &amp; Certification</p>""")
add(13, "hold-a-apn", "on_hold", True, A, ["AWS04417820", "AWS11930256"],
    TCF, CO, SUBJ(A), d("2025-05-30 01:18"), "APN hold in HTML-only table, non-native English, ask phrased 'Request you to confirm us'",
    html=R13_HTML, cte="quoted-printable", irt=11, refs=[4, 7, 8, 9, 11])

add(14, "fwd-hold-to-self", "user_reply", False, A, [],
    ("Tanabe Haruka", CO), ME, f"FW: {SUBJ(A)}", d("2025-05-30 08:41"),
    "user forwards support's hold request from company to personal address; forwarded text contains the ask",
    body=f"""自分用控え。6/13以降は会社メール見られないので。

________________________________
From: AWS Training and Certification <{TC}>
Sent: Friday, May 30, 2025 1:18 AM
To: {CO}
Subject: {SUBJ(A)}

Dear Customer,

Greetings from AWS Training and Certification.

Kindly be informed that we have reviewed the accounts mentioned in your request:
AWS04417820 / {CO} / Kirishima Software Co., Ltd. (AWS Partner Network)
AWS11930256 / {ME} / None

As the account AWS04417820 is associate with an APN Partner organization, the certifications on it are counted towards the partner. As per our policy we can not proceed the merge while you are still employee of the partner company, hence this case is placed on hold.

Request you to confirm us by replying to this mail once your employment with Kirishima Software is ended, so we can release the account and continue.

Thanks & Regards,
Diego R.
AWS Training & Certification
""", charset="utf-8", cte="quoted-printable", crlf=True, idom="outlook")

add(15, "vue-appointment", "unrelated", False, None, [],
    ("Pearson VUE", "noreply@pearsonvue.com"), ME, "Confirmation of your AWS Certified Solutions Architect - Professional exam appointment",
    d("2025-05-31 14:22"), "exam-vendor mail with 9-digit registration ID; 'please reply'-free but has 'confirm' wording",
    html=H("<p>Dear Haruka Tanabe,</p><p>Thank you for scheduling your exam. Please review the details below.</p>"
           "<table><tr><td>Exam:</td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>"
           "<tr><td>Registration ID:</td><td>418906227</td></tr><tr><td>Date:</td><td>Saturday, June 28, 2025 10:00 AM JST</td></tr>"
           "<tr><td>Delivery:</td><td>OnVUE online proctored</td></tr></table>"
           "<p>If you need to reschedule or cancel, please do so at least 24 hours before your appointment.</p><p>Pearson VUE</p>"),
    cte="base64", idom="pearsonvue.com")

add(16, "certmetrics-feedback", "certification", False, None, ["AWS04417820"],
    ("AWS Certification", "do-not-reply@certmetrics.com"), CO, "AWS Certification wants to hear from you",
    d("2025-06-01 03:10"), "certification feedback invitation: asks for input but no reply to support needed; candidate ID inside a URL",
    body="Hello Haruka,\n\nAs an AWS Certified individual, your perspective matters. We're inviting a small group\nof certification holders to share how the AWS Certification program has helped their career.\n\nThe questionnaire takes about 10 minutes: https://www.certmetrics.com/amazon/survey/?c=AWS04417820\n\nPlease do not reply to this message; this mailbox is not monitored.\n\nAWS Training and Certification\n",
    idom="certmetrics.com")

add(17, "lookalike-merge-final", "suspicious", False, None, [],
    ("AWS Training & Certification", "support@aws-training-certsupport.com"), CO,
    f"RE:[CASE {A}] Action required: confirm your account merge", d("2025-06-02 12:05"),
    "phishing from lookalike domain reusing the real case number; urgent ask",
    html=H(f"<p>Dear Certified Professional,</p><p>Your merge request (Case ID: {A}) is pending final verification. "
           "To avoid loss of your certifications, please confirm your identity within 24 hours:</p>"
           "<p><a href='https://aws-training-certsupport.com/verify?session=8f2k1x'>Confirm Account Merge</a></p>"
           "<p>Failure to verify will result in the permanent deactivation of both accounts.</p><p>AWS Training and Certification</p>"),
    idom="aws-training-certsupport.com")

add(18, "summit-tokyo-ja", "unrelated", False, None, [],
    ("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME, "【ご案内】AWS Summit Japan 2025 ご登録受付中",
    d("2025-06-02 15:00"), "AWS marketing in Japanese, Shift_JIS; ご登録ください is not a case ask",
    body="AWS Summit Japan 2025 の参加登録を受け付けております。\n\n日程: 2025年6月25日(水)・26日(木)\n会場: 幕張メッセ\n\n認定資格をお持ちの方向けのラウンジもご用意しております。ぜひご登録ください。\nhttps://aws.amazon.com/jp/summits/japan/\n\n本メールは送信専用です。配信停止はこちら: https://pages.awscloud.com/unsubscribe\n",
    charset="shift_jis", cte="8bit", crlf=True)

R19 = f"""Hi Diego,

Understood. My last working day at Kirishima Software is June 13 and this mailbox will be
closed that evening. Could you send anything after that to {ME}?

Thanks,
Haruka
"""
add(19, "reply-last-day", "user_reply", False, A, [],
    ("Tanabe Haruka", CO), TC, SUBJ(A), d("2025-06-03 10:02"), "user reply contains a question to support (not a support request)",
    body=R19 + f"\n-----Original Message-----\nFrom: AWS Training and Certification <{TC}>\nSent: Friday, May 30, 2025 1:18 AM\n\n(HTML message)\n",
    idom="outlook", irt=13, refs=[4, 7, 8, 9, 11, 13])

R20 = f"""Dear Haruka,

Thank you for the update. Noted that your last working day is 13-Jun-2025.

The case will remain on hold until the partner association is released from our side after that date.
There is nothing required from you at this moment; we will reach you on {ME} once the hold is lifted.

Thanks & Regards,
Diego R.
AWS Training & Certification

-----Original Message-----
{q(R19)}
"""
add(20, "hold-a-noted", "on_hold", False, A, [],
    TCF, CO, SUBJ(A), d("2025-06-04 00:40"), "on_hold that asks nothing ('nothing required from you'); quotes the user's question",
    body=R20, irt=19, refs=[4, 13, 19])

add(21, "jira-notify", "unrelated", False, None, [],
    ("Jira", "jira@kirishima-soft.atlassian.net"), CO, "[JIRA] (INFRA-2291) Handover: certificate rotation runbook",
    d("2025-06-04 11:31"), "Jira notification: 'Please confirm' a handover; internal, no case",
    body="Ryo Imai assigned INFRA-2291 to Haruka Tanabe\n\nHandover: certificate rotation runbook\n\nPlease confirm the runbook steps before you leave and move the ticket to Done.\n\nView issue: https://kirishima-soft.atlassian.net/browse/INFRA-2291\n",
    idom="kirishima-soft.atlassian.net")

add(22, "console-new-case", "acknowledgement", False, C, [],
    CON, ME, f"Amazon Web Services: New Support case: {C}", d("2025-06-05 09:12"),
    "console New Support case mail, 11-digit case; footer says address cannot accept e-mail",
    body=f"Dear Amazon Web Services Customer,\n\nWe have received your case {C} and an agent will be assigned shortly.\n\nCase subject: Certification account merge\nCase ID: {C}\nService: Account and billing\nCategory: Other\nSeverity: General question\nAWS account: 483920175566\n" + CON_FOOT(C),
    crlf=True)

R23 = f"""Hello,

Thank you for contacting AWS Support. My name is Kwame and I'll be looking after your case.

AWS Support in the console covers your AWS account ({'483920175566'}), while AWS Certification
profiles are managed by a separate team. I can still route this for you, but I have to know
which certification profile is involved before I do.

What is the candidate ID (AWSxxxxxxxx) of the certification account you want to keep, and is a
certification case with the T&C team already open for this?

Please answer through the Support Center link below, as replies to this email are not received.

Best regards,
Kwame A.
Amazon Web Services
""" + SURVEY_FOOT(C) + CON_FOOT(C)
add(23, "console-question", "info_request", True, C, [],
    CON, ME, f"RE:[CASE {C}] Certification account merge", d("2025-06-05 13:40"),
    "console case: bare questions + answer in Support Center; survey footer underneath",
    body=R23, irt=22)

R24 = f"""Hi Kwame,

The ID I want to keep is AWS11930256. And yes, there is already a case {A} with the certification team.

Haruka

On Thu, Jun 5, 2025 at 1:40 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:
{q(R23)}
"""
add(24, "console-email-reply", "user_reply", False, C, ["AWS11930256"],
    ("Haruka Tanabe", ME), "no-reply-aws@amazon.com", f"Re: RE:[CASE {C}] Certification account merge",
    d("2025-06-05 18:02"), "user mistakenly answers the console case by email; mentions the other case number",
    body=R24, idom="gmail", irt=23, refs=[22, 23])

add(25, "bounce-noreply", "unrelated", False, None, [],
    ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME, "Delivery Status Notification (Failure)",
    d("2025-06-05 18:03"), "bounce of the user's email to the no-reply console address; quotes the case subject",
    body=f"** Address not found **\n\nYour message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 This mailbox does not accept incoming messages\n\n----- Original message -----\n\nSubject: Re: RE:[CASE {C}] Certification account merge\nFrom: Haruka Tanabe <{ME}>\n\nHi Kwame,\n\nThe ID I want to keep is AWS11930256. ...\n",
    idom="mx.google.com")

R26 = f"""Hello,

We haven't heard back from you regarding case {C}. We'd still like to help.

If we don't receive a response in the Support Center within the next 3 days, this case will be
automatically resolved. Responding to the case in the Support Center will keep it open.

Best regards,
Amazon Web Services
""" + CON_FOOT(C)
add(26, "console-autoresolve", "closing_notice", True, C, [],
    CON, ME, f"RE:[CASE {C}] Certification account merge", d("2025-06-08 13:41"),
    "console closing notice: respond in the Support Center, not by email",
    body=R26, irt=23, refs=[22, 23])

add(27, "connpass-weekly-ja", "unrelated", False, None, [],
    ("connpass", "no-reply@connpass.com"), ME, "【connpass】今週のおすすめイベント",
    d("2025-06-09 08:00"), "Japanese newsletter; mentions AWS and 参加登録 but nothing for the case",
    body="田邊 遥 さん\n\n今週のおすすめイベントをお届けします。\n\n■ JAWS-UG 東京 #62 AWS認定ふりかえり会\n■ 初心者向け Terraform もくもく会\n\n参加登録はイベントページからどうぞ。\n\n※このメールは送信専用です。ご返信いただいてもお答えできません。\n",
    idom="connpass.com")

R28 = f"""Hello Haruka,

Thank you for confirming in the Support Center that the certification team is already working on
case {A} for the same request. To avoid duplicate handling, I've added a note for them and I'm
resolving this console case now. No further action is required on this one.

Best regards,
Kwame A.
Amazon Web Services
""" + SURVEY_FOOT(C) + CON_FOOT(C)
add(28, "console-resolved", "resolved", False, C, [],
    CON, ME, f"RE:[CASE {C}] Certification account merge", d("2025-06-10 10:05"),
    "console resolution naming another case number; survey footer + 'follow the link' footer",
    body=R28, irt=26, refs=[22, 23, 26])

add(29, "certmetrics-expiry", "certification", False, None, [],
    ("AWS Certification", "do-not-reply@certmetrics.com"), CO, "Your AWS Certified Developer - Associate certification expires in 90 days",
    d("2025-06-10 04:00"), "certification expiry notice with 'take action' wording",
    body="Hello Haruka,\n\nYour AWS Certified Developer - Associate certification (validation number 7QJ2R1LCFJ4EQ5S9) will expire on September 8, 2025.\n\nTo keep your certification active, pass the current version of the exam or a higher-level exam before the expiration date.\nYou can use your 50% discount benefit from the Benefits page.\n\nThis is an automated message; please do not reply.\n\nAWS Certification\n",
    cte="quoted-printable", idom="certmetrics.com")

add(30, "dmarcfail-verify", "suspicious", False, None, [],
    TCF, CO, SUBJ(A), d("2025-06-11 16:20"),
    "genuine-looking sender and subject with the real case number, but dkim=fail/dmarc=fail",
    body=f"Hello,\n\nThis is a follow-up on case {A}.\n\nBefore we can lift the hold on your account we need you to re-validate your Builder ID.\nSign in here within 48 hours: https://aws-training.verify-session.net/login\n\nSincerely,\nAmazon Web Services\n",
    auth="fail")

add(31, "it-mailbox-close-ja", "unrelated", False, None, [],
    ("情報システム部", "it-helpdesk@kirishima-soft.co.jp"), CO, "【重要】退職に伴うメールボックス停止のお知らせ",
    d("2025-06-12 10:00"), "company IT notice in Japanese with ご確認ください; unrelated to AWS",
    body="田邊 遥 様\n\n退職日（2025年6月13日）の18:00をもって、メールボックスおよび社内システムのアカウントを停止いたします。\n必要なデータは前日までにバックアップしてください。\n\n転送設定は行っておりません。ご不明点は内線 2200 までお問い合わせください。\n\n情報システム部\n",
    charset="iso-2022-jp", cte="7bit", idom="outlook")

R32 = f"""Hi Diego,

Today (June 13) is my last day at Kirishima Software. I confirm I am leaving the company,
so please go ahead with the merge. Please use {ME} from now on.

Regards,
Haruka
"""
add(32, "reply-leaving-today", "user_reply", False, A, [],
    ("Tanabe Haruka", CO), TC, SUBJ(A), d("2025-06-13 11:47"), "user answers the APN hold; top-post over quoted 'reply once employment ended'",
    body=R32 + f"\n-----Original Message-----\nFrom: AWS Training and Certification <{TC}>\nSent: Wednesday, June 4, 2025 12:40 AM\nTo: {CO}\nSubject: {SUBJ(A)}\n\n{R20}",
    crlf=True, idom="outlook", irt=20, refs=[4, 13, 19, 20])

R33 = f"""Hi Haruka,

Quick update on case {A}: our partner team has removed the APN association from the profile
AWS04417820, so the hold is lifted. I'm now preparing the merge and will be in touch shortly.

Best,
Olena K.
AWS Training and Certification
"""
add(33, "update-a-released", "case_update", False, A, ["AWS04417820"],
    TCF, ME, SUBJ(A), d("2025-06-16 06:12"), "progress news only, sent to the personal address now",
    body=R33, irt=32, refs=[4, 13, 20, 32])

R34 = f"""Hi Haruka,

Good news: everything is ready on our end. Before I go ahead, here is what I found for you:

Account #1
Login email: {ME}
Training notification email: {ME}
Certification notification email: {ME}

Account #2
Login email: {CO}
Training notification email: {CO}
Certification notification email: {CO}

Everything would be merged into Account #1 and Account #2 would be deactivated. Could you let me
know if that's right, or if you'd rather keep Account #2?

Best,
Olena K.
AWS Training and Certification
"""
add(34, "confirm-a-accounts", "confirmation_request", True, A, [],
    TCF, ME, SUBJ(A), d("2025-06-17 05:30"), "classic Account #1/#2 listing after 'good news' progress text; 'Could you let me know'",
    body=R34, cte="quoted-printable", irt=33, refs=[4, 32, 33])

add(35, "skillbuilder-receipt", "unrelated", False, None, [],
    ("AWS Skill Builder", "no-reply@aws.training"), ME, "Your AWS Skill Builder receipt",
    d("2025-06-18 20:15"), "Skill Builder receipt; order number, not a case",
    html=H("<p>Thanks for your purchase.</p><table><tr><td>Order</td><td>SB-20250618-77120</td></tr><tr><td>Plan</td><td>Individual, monthly</td></tr>"
           "<tr><td>Total</td><td>USD 29.00</td></tr></table><p>No action is needed. Manage your subscription at https://skillbuilder.aws/account</p>"),
    idom="aws.training")

add(36, "vendor-ticket-closed", "unrelated", False, None, [],
    ("Backlog Support", "support@backlog-help.example.com"), ME, "[Request #48213] Your request has been closed",
    d("2025-06-19 09:00"), "other vendor's 'case closed / reply to reopen' mail",
    body="Hello Haruka,\n\nYour request #48213 \"Cannot change notification email\" has been marked as solved and is now closed.\nIf you believe this issue is not resolved, reply to this email within 7 days to reopen it.\n\nBacklog Support Team\n",
    idom="backlog-help.example.com")

R37 = f"""Hello Haruka,

I'm following up on case {A}, as we have not received a reply to our previous message.
If we don't hear from you within 3 business days the case will be closed. You can respond to
this email at any time to keep it open - we're happy to continue.

Regards,
Kwabena M.
AWS Training and Certification

________________________________________
From: AWS Training and Certification
Sent: 17 June 2025 05:30
Subject: {SUBJ(A)}

{R34}"""
add(37, "closing-a-followup", "closing_notice", True, A, [],
    TCF, ME, SUBJ(A), d("2025-06-21 04:00"), "closing notice top-posted over the quoted confirmation request",
    body=R37, irt=34, refs=[4, 33, 34])

R38 = f"""Sorry for the delay. Just to be sure: Account #1 is the gmail one ({ME}), right?
That is the one I want to keep.

2025年6月21日(土) 4:00 AWS Training and Certification <{TC}>:
{q(R37)}
"""
add(38, "reply-a-which", "user_reply", False, A, [],
    ("Haruka Tanabe", ME), TC, SUBJ(A), d("2025-06-21 09:18"), "user asks a question back; Japanese Gmail reply header",
    body=R38, idom="gmail", irt=37, refs=[4, 34, 37])

add(39, "confirm-a-yes-no", "confirmation_request", True, A, [],
    TCF, ME, SUBJ(A), d("2025-06-22 01:05"), "terse confirmation: bare question, no please, quoted user text",
    body=f"Yes - Account #1 = {ME}. Merge Account #2 into it?\n\nOlena\n\n-----Original Message-----\n{q(R38.split(chr(10)+chr(10)+'2025')[0])}\n",
    irt=38, refs=[4, 34, 37, 38])

add(40, "reply-a-confirmed", "user_reply", False, A, [],
    ("Haruka Tanabe", ME), TC, SUBJ(A), d("2025-06-22 07:31"), "the classic 'Confirmed. Please merge…' user reply",
    body=f"Confirmed. Please merge to Account #1.\n\nHaruka\n\nOn Sun, Jun 22, 2025 at 1:05 AM AWS Training and Certification <{TC}> wrote:\n> Yes - Account #1 = {ME}. Merge Account #2 into it?\n>\n> Olena\n",
    idom="gmail", irt=39, refs=[4, 34, 37, 38, 39])

R41 = f"""Hi Haruka,

I have successfully merged all accounts. Your exam history, certifications and benefits are now
on AWS11930256 ({ME}), and the old profile has been deactivated. No further action is required
on your part. Badges may take up to 24 hours to appear in Credly.

Wishing you all the best in the new role!

Olena K.
AWS Training and Certification

Was this response helpful? Let us know: https://amazonsurvey.example.aws/tc?case={A}

-----Original Message-----
> Could you let me know if that's right, or if you'd rather keep Account #2?
> Yes - Account #1 = {ME}. Merge Account #2 into it?
> Confirmed. Please merge to Account #1.
"""
add(41, "merged-a", "resolved", False, A, ["AWS11930256"],
    TCF, ME, SUBJ(A), d("2025-06-22 08:02"), "'successfully merged' + 'no further action' with old asks quoted below and a feedback link",
    body=R41, irt=40, refs=[4, 34, 39, 40])

add(42, "credly-badge-sap", "badge", False, None, [],
    ("Credly", "admin@credly.com"), ME, "Amazon Web Services Training and Certification sent you a new badge",
    d("2025-06-22 08:40"), "Credly badge mail with 'Accept your badge' button",
    html=H("<p>Congratulations, Haruka!</p><p><b>Amazon Web Services Training and Certification</b> has issued you a badge: "
           "<b>AWS Certified Solutions Architect – Associate</b>.</p><p><a href='https://www.credly.com/earner/earned/badge/5b1f0a8e-3c7d-4a61-9e0f-6d2b91c4f7a2'>Accept your badge</a></p>"
           "<p>Badge ID 5b1f0a8e-3c7d-4a61-9e0f-6d2b91c4f7a2</p>"), cte="quoted-printable", idom="credly.com")

add(43, "survey-a", "survey", False, A, [],
    TCF, ME, f"How did we do? Your AWS Training and Certification case {A}", d("2025-06-23 02:00"),
    "survey referencing the case; asks for a rating, not a reply",
    html=H(f"<p>Hello,</p><p>Your recent case <b>{A}</b> was resolved. Please take a minute to tell us about your experience.</p>"
           "<table><tr><td><a href='https://survey.aws.example/r?s=5'>Very satisfied</a></td><td><a href='https://survey.aws.example/r?s=1'>Very dissatisfied</a></td></tr></table>"
           "<p>This survey is optional and your case remains closed.</p>"))

ACK_E = f"""田邊 遥 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付け、ケース {E} を作成いたしました。

ケース ID: {E}
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: 特典 / バウチャー

通常24時間以内にご回答いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。
ご不明な点がございましたら、お気軽にお問い合わせください。

Amazon Web Services
"""
add(44, "form-ack-e-ja", "acknowledgement", False, E, [],
    TCF, ME, f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - benefits", d("2025-06-22 01:37"),
    "Japanese keigo ack, base64 UTF-8; different form topic",
    body=ACK_E, cte="base64")

R45_HTML = H(f"""<p>田邊様</p>
<p>AWS トレーニングと認定の林です。お問い合わせありがとうございます。</p>
<p>旧アカウントに付与されていた 50% 割引バウチャーが統合後のアカウントに表示されない件ですね。調査のため、以下を返信で教えてください。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>1</td><td>統合後（現在お使い）のアカウントの候補ID（AWS から始まる番号）</td></tr>
<tr><td>2</td><td>バウチャーコード（分かる範囲で）</td></tr>
</table>
<p>林</p>""")
add(45, "req-e-voucher-ja", "info_request", True, E, [],
    TCF, ME, f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - benefits", d("2025-06-22 15:20"),
    "plain Japanese ask (教えてください) in an HTML-only table",
    html=R45_HTML, cte="base64", irt=44)

R46 = f"""林様

ご連絡ありがとうございます。

1. 候補ID: AWS11930256
2. バウチャーコード: 手元の控えでは SAP50-8KQ2-XXXX でした（末尾は伏せています）

よろしくお願いいたします。
田邊

2025年6月22日(日) 15:20 AWS Training and Certification <{TC}>:
> 田邊様
>
> 旧アカウントに付与されていた 50% 割引バウチャーが統合後のアカウントに表示されない件ですね。
> 調査のため、以下を返信で教えてください。
"""
add(46, "reply-e-ja", "user_reply", False, E, ["AWS11930256"],
    ("田邊 遥", ME), TC, f"Re: RE:[CASE {E}] [AWS Training and Certification Form Submission] - benefits", d("2025-06-22 21:05"),
    "Japanese user reply in ISO-2022-JP with Japanese quote header",
    body=R46, charset="iso-2022-jp", cte="7bit", idom="gmail", irt=45, refs=[44, 45])

R47 = f"""田邊様

ご回答いただきありがとうございます。
いただいた情報をもとに、現在担当チームにてバウチャーの状況を確認しております。進捗がございましたら改めてご連絡いたします。

ご不明な点がございましたら、本メールにご返信ください。

林
AWS トレーニングと認定
"""
add(47, "update-e-ja", "case_update", False, E, [],
    TCF, ME, f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - benefits", d("2025-06-23 11:00"),
    "Japanese progress update ending in a conditional 'ご不明な点がございましたら…ご返信ください'",
    body=R47, cte="quoted-printable", irt=46, refs=[44, 45, 46])

add(48, "amazon-jp-shipped", "unrelated", False, None, [],
    ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME, "Amazon.co.jpでのご注文商品が発送されました",
    d("2025-06-24 18:30"), "Amazon retail (amazon.co.jp) shipping notice in Japanese, genuine Amazon but unrelated",
    body="田邊 遥 様\n\nご注文いただいた商品を発送しました。\n\n注文番号: 250-4839201-7756612\nお届け予定: 6月26日(木)\n\n配送状況の確認: https://www.amazon.co.jp/gp/your-account/order-history\n\nAmazon.co.jp\n",
    charset="iso-2022-jp", cte="7bit")

R49 = f"""田邊 遥 様

いつもお世話になっております。AWS トレーニングと認定の佐藤でございます。

お問い合わせいただいておりますバウチャーの移行につきましては、認定プログラムの担当部署による確認が必要となるため、
確認が完了するまでの間、本ケースを一時保留とさせていただきます。

現時点でお客様にご対応いただく事項はございません。回答が得られ次第、こちらからご連絡いたします。
お待たせしており申し訳ございませんが、何卒よろしくお願い申し上げます。

佐藤
"""
add(49, "hold-e-ja", "on_hold", False, E, [],
    TCF, ME, f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - benefits", d("2025-06-26 10:40"),
    "Japanese keigo on-hold waiting on another team, explicitly nothing to do; よろしくお願い申し上げます closing",
    body=R49, cte="base64", irt=47, refs=[44, 45, 46, 47])

add(50, "credly-badge-dva", "badge", False, None, [],
    ("Credly", "admin@credly.com"), ME, "Your badge has been transferred to your Credly account",
    d("2025-06-27 03:12"), "Credly mail after merge; plain text",
    body="Hi Haruka,\n\nThe badge AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification,\nis now associated with your Credly account " + ME + ".\n\nView your badges: https://www.credly.com/users/haruka-tanabe/badges\n\nThe Credly Team\n",
    idom="credly.com")

R51 = f"""田邊 遥 様

いつもお世話になっております。AWS トレーニングと認定の佐藤でございます。

担当部署より回答がございましたのでご報告いたします。
旧アカウント（統合元）に付与されていた 50% 割引バウチャーは、統合処理の際に有効期限内かつ未使用である場合に限り、
統合先アカウントへ再発行することが可能とのことでございます。システム上では当該バウチャーの利用履歴が確認できない一方で、
試験予約システム側で仮押さえされていた記録が残っており、判断がつかない状況でございます。

つきましては、旧アカウントにて当該バウチャーを試験のご予約やお支払いにご使用になっていないことをご確認のうえ、
本メールにご返信いただけますでしょうか。
ご確認が取れ次第、再発行の手続きを進めさせていただきます。

何卒よろしくお願いいたします。
佐藤
"""
add(51, "req-e-unused-ja", "info_request", True, E, [],
    TCF, ME, f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - benefits", d("2025-06-30 14:10"),
    "keigo ask (ご返信いただけますでしょうか) buried after a long explanation; mixed news + ask",
    body=R51, charset="shift_jis", cte="8bit", irt=49, refs=[44, 45, 46, 47, 49])

add(52, "git-pr-personal", "unrelated", False, None, [],
    ("haruka-tanabe", "notifications@github.com"), ME, "Re: [haruka-tanabe/dotfiles] Update zshrc for new laptop (PR #7)",
    d("2025-07-01 22:10"), "GitHub 'merged' + 'closed' notification in personal repo",
    body="Merged #7 into main.\nClosed.\n\n--\nReply to this email directly or view it on GitHub:\nhttps://github.com/haruka-tanabe/dotfiles/pull/7\n",
    idom="github.com")

R53 = f"""田邊様

先日お送りした、バウチャーの利用有無の確認について、まだご返信をいただけていないようです。

3営業日以内にご返信がない場合、本ケースはクローズとなります。
引き続き対応をご希望の場合は、このメールに返信してください。ご返信いただければケースはオープンのまま継続します。

林
AWS トレーニングと認定
"""
add(53, "closing-e-ja", "closing_notice", True, E, [],
    TCF, ME, f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - benefits", d("2025-07-03 10:00"),
    "plain-Japanese closing notice (返信してください), UTF-8 8bit, CRLF",
    body=R53, crlf=True, irt=51, refs=[44, 45, 49, 51])

add(54, "reply-e-unused-ja", "user_reply", False, E, [],
    ("田邊 遥", ME), TC, f"Re: RE:[CASE {E}] [AWS Training and Certification Form Submission] - benefits", d("2025-07-03 12:22"),
    "short Japanese user reply, quoting the closing notice",
    body=f"林様、佐藤様\n\n返信が遅くなり申し訳ありません。旧アカウントではバウチャーを使用しておりません（予約は途中でキャンセルしました）。\n再発行をお願いいたします。\n\n田邊\n\n2025年7月3日(木) 10:00 AWS Training and Certification <{TC}>:\n{q(R53)}\n",
    charset="iso-2022-jp", cte="7bit", idom="gmail", irt=53, refs=[44, 51, 53])

R55 = f"""田邊 遥 様

AWS トレーニングと認定の佐藤でございます。

ご確認いただきありがとうございました。50% 割引バウチャーを統合先アカウント（AWS11930256）へ再発行いたしました。
「特典」ページよりご確認いただけます。本件はこれにて解決とさせていただきます。

今後ともよろしくお願いいたします。
佐藤

----- 以前のメッセージ -----
> つきましては、旧アカウントにて当該バウチャーを試験のご予約やお支払いにご使用になっていないことをご確認のうえ、
> 本メールにご返信いただけますでしょうか。
"""
add(55, "resolved-e-ja", "resolved", False, E, ["AWS11930256"],
    TCF, ME, f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - benefits", d("2025-07-04 09:45"),
    "Japanese resolution with the old keigo ask quoted below it",
    body=R55, cte="quoted-printable", irt=54, refs=[44, 51, 53, 54])

add(56, "survey-e-ja", "survey", False, E, [],
    TCF, ME, f"【アンケートのお願い】ケース {E} のサポートについて", d("2025-07-05 09:00"),
    "Japanese survey with ご協力ください; case number in subject",
    body=f"田邊 遥 様\n\n先日はAWS トレーニングと認定サポートをご利用いただき、ありがとうございました。\nケース {E} の対応についてのアンケートにご協力ください（所要時間 約1分）。\n\nhttps://survey.aws.example/ja?case={E}\n\n※本メールへのご返信は不要です。\n",
    charset="iso-2022-jp", cte="7bit")

ACK_F = f"""Thank you for contacting Amazon Web Services. We have opened case {F} to address your inquiry.

Case ID: {F}
Subject: [AWS Training and Certification Form Submission] - account-assistance

We normally respond within 24 hours. Please do not open another case for the same request.

Amazon Web Services
"""
add(57, "form-ack-f", "acknowledgement", False, F, [],
    TCF, ME, SUBJ(F, "RE: "), d("2025-07-07 13:00"), "short ack, 'RE: [CASE' spacing variant, CRLF",
    body=ACK_F, crlf=True)

add(58, "lookalike-credly", "suspicious", False, None, [],
    ("Credly Badges", "no-reply@credly-badge-notify.com"), ME, "Action needed: your AWS badges will be revoked",
    d("2025-07-07 19:44"), "Credly lookalike domain phishing",
    html=H("<p>Hi,</p><p>Due to your recent account merge, your AWS Certification badges must be re-claimed within 72 hours or they will be revoked.</p>"
           "<p><a href='https://credly-badge-notify.com/reclaim'>Re-claim badges</a></p><p>Credly</p>"),
    idom="credly-badge-notify.com")

R59_HTML = H(f"""<p>田邊 遥 様</p>
<p>AWS トレーニングと認定の佐藤でございます。お問い合わせいただきありがとうございます。</p>
<p>同一のメールアドレスで登録されている認定アカウントを以下のとおり確認いたしました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th></th><th>アカウント1</th><th>アカウント2</th></tr>
<tr><td>候補ID</td><td>AWS11930256</td><td>AWS09876012</td></tr>
<tr><td>ログインメール</td><td>{ME}</td><td>{ME}</td></tr>
<tr><td>認定通知メール</td><td>{ME}</td><td>{ME}</td></tr>
<tr><td>作成日</td><td>2025-05-26</td><td>2025-07-06</td></tr>
</table>
<p>アカウント2をアカウント1へ統合し、アカウント1を残す形でよろしいでしょうか。統合後は元に戻すことができませんので、ご確認のほどよろしくお願いいたします。</p>
<p>佐藤</p>""")
add(59, "confirm-f-table-ja", "confirmation_request", True, F, ["AWS11930256", "AWS09876012"],
    TCF, ME, SUBJ(F, "RE: "), d("2025-07-09 10:15"),
    "Japanese keigo merge confirmation in an HTML-only table (アカウント1/2), ask as よろしいでしょうか + ご確認のほど",
    html=R59_HTML, cte="base64", irt=57)

add(60, "freetier-alert", "unrelated", False, None, [],
    ("AWS Free Tier", "no-reply@costalerts.amazonaws.com"), ME, "AWS Free Tier limit alert",
    d("2025-07-09 22:00"), "AWS account alert with 12-digit ID and 'take action' wording",
    body="Your AWS account 483920175566 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of July.\n\nTo avoid charges, review your usage: https://console.aws.amazon.com/billing/home#/freetier\n\nAmazon Web Services\n",
    idom="costalerts.amazonaws.com")

R61 = f"""Dear Haruka,

We was not able to get your response for case {F} about merging the two certification
account registered with same email. Hence we have closed this case today.

If you still need the merge, just reply on this email within 14 days and case will reopen
automatically. After that a new case have to be created.

Regards,
Wei L.
AWS Training and Certification
"""
add(61, "closed-f-noreply", "closing_notice", True, F, [],
    TCF, ME, SUBJ(F, "RE: "), d("2025-07-11 03:30"), "case already closed for no answer; reply reopens; non-native English",
    body=R61, irt=59, refs=[57, 59])

add(62, "reply-f-ja", "user_reply", False, F, ["AWS11930256"],
    ("Haruka Tanabe", ME), TC, SUBJ(F, "RE: "), d("2025-07-11 08:10"),
    "bilingual user reply answering the earlier Japanese confirmation; Gmail quote",
    body=f"Sorry for the late reply. / ご連絡が遅くなりすみません。\n\nアカウント1（AWS11930256）を残す形で統合をお願いします。\nPlease merge Account 2 into Account 1.\n\nHaruka Tanabe\n\nOn Fri, Jul 11, 2025 at 3:30 AM AWS Training and Certification <{TC}> wrote:\n{q(R61)}\n",
    idom="gmail", irt=61, refs=[57, 59, 61])

add(63, "resolved-f-ja", "resolved", False, F, [],
    TCF, ME, SUBJ(F, "RE: "), d("2025-07-12 09:00"), "plain Japanese completion, short, base64",
    body="田邊さん\n\nケースを再開し、アカウント2をアカウント1に統合しました。作業は完了しています。\n試験履歴と認定はアカウント1でそのまま確認できます。\n\n佐藤\n",
    cte="base64", irt=62, refs=[57, 59, 61, 62])

D_OLD = f"""Hello,

I have successfully merged all accounts. Your certification profile is now accessible with
{CO}. This case is now resolved.

Thank you,
Ananya
AWS Training and Certification

-----Original Message-----
From: Haruka Tanabe
Sent: Monday, March 8, 2021 10:03 AM
Subject: RE:[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance

Confirmed. Please merge into the account with {CO}.

-----Original Message-----
From: AWS Training and Certification
Sent: Sunday, March 7, 2021 11:40 PM

Could you please confirm you would like to merge Account #2 into Account #1?
"""
R64 = f"""Hello,

I'm writing on this old case because it is about the same profile. After the merge done in
case {A} last month, my Credly wallet still shows my Solutions Architect badge as expired,
although it was renewed in 2024. Can you have a look?

Best regards,
Haruka Tanabe

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Tuesday, March 9, 2021 1:15 AM
To: {CO}
Subject: {SUBJ(D)}

{D_OLD}"""
add(64, "reply-d-reopen", "user_reply", False, D, [],
    ("Haruka Tanabe", ME), TC, SUBJ(D), d("2025-07-14 09:30"),
    "user replies on a 2021 10-digit case; body names the newer case; long Outlook history with old asks",
    body=R64, crlf=True, idom="outlook")

add(65, "update-d-reopened", "case_update", False, D, [],
    TCF, ME, SUBJ(D), d("2025-07-14 23:50"), "reopened-case progress news; asks nothing",
    body=f"Hi Haruka,\n\nI've reopened case {D} and passed the badge sync issue to our digital badging team.\nThey usually turn these around within two business days; I'll update you here as soon as I hear back.\n\nThanks,\nMateo\nAWS Training and Certification\n",
    irt=64)

add(66, "certmetrics-recert", "certification", False, None, [],
    ("AWS Certification", "do-not-reply@certmetrics.com"), ME, "Congratulations on recertifying your AWS Certification!",
    d("2025-07-15 02:00"), "recertification notice from certmetrics",
    html=H("<p>Hello Haruka,</p><p>Congratulations on recertifying your <b>AWS Certified Solutions Architect – Associate</b>. Your new expiration date is July 14, 2028.</p>"
           "<p>Your digital badge will be issued through Credly. Share your achievement!</p><p>AWS Training and Certification</p>"),
    cte="quoted-printable", idom="certmetrics.com")

add(67, "req-d-which-email", "info_request", True, D, [],
    TCF, ME, SUBJ(D), d("2025-07-15 08:20"), "two-line bare question, no please, no greeting",
    body=f"Which address is your Credly account under - {ME} or {CO}?\n\nMateo\n",
    irt=65, refs=[64, 65])

add(68, "reply-d-thread-only", "user_reply", False, D, [],
    ("Haruka Tanabe", ME), TC, "Re: Credly address", d("2025-07-15 12:40"),
    "user reply with no case number anywhere: threaded only by In-Reply-To/References",
    body=f"It's the gmail one, {ME}.\n\nThanks,\nHaruka\n",
    idom="gmail", irt=67, refs=[64, 65, 67])

add(69, "lookalike-ja", "suspicious", False, None, [],
    ("AWS認定サポート", "no-reply@amazon-certsupport.com"), ME, "【重要】AWS認定アカウント統合の最終確認のお願い",
    d("2025-07-16 07:00"), "Japanese phishing from lookalike domain asking to confirm merge; keigo",
    body="お客様\n\nAWS認定アカウントの統合手続きが完了しておりません。\n下記URLより24時間以内に本人確認を行っていただけますでしょうか。\n\nhttps://amazon-certsupport.com/jp/verify\n\n期限内にご確認いただけない場合、認定資格が失効いたします。\n\nAWS トレーニングと認定\n",
    charset="iso-2022-jp", cte="7bit", idom="amazon-certsupport.com")

add(70, "resolved-d-credly", "resolved", False, D, [],
    TCF, ME, SUBJ(D), d("2025-07-17 04:05"), "resolution with conditional 'if anything still looks off, reply' invitation",
    body=f"Hi Haruka,\n\nThe badging team re-issued your Solutions Architect - Associate badge to the Credly account\nunder {ME}; it now shows the 2028 expiry. I'm marking this case as resolved.\n\nIf anything still looks off, just reply within the next 14 days and I'll pick it up again.\n\nMateo\nAWS Training and Certification\n\nOn Tue, Jul 15, 2025 Haruka Tanabe wrote:\n> It's the gmail one, {ME}.\n",
    cte="quoted-printable", irt=68, refs=[64, 65, 67, 68])

add(71, "credly-badge-reissued", "badge", False, None, [],
    ("Credly", "admin@credly.com"), ME, "Your AWS Certified Solutions Architect – Associate badge has been updated",
    d("2025-07-17 04:30"), "Credly update, multipart",
    body="Hi Haruka,\n\nAmazon Web Services Training and Certification updated your badge:\nAWS Certified Solutions Architect – Associate (expires 2028-07-14).\n\nView badge: https://www.credly.com/badges/a91c6e20-44f1-4f0c-8d3e-1b7e22c5d9f0\n",
    html=H("<p>Hi Haruka,</p><p>Amazon Web Services Training and Certification updated your badge: <b>AWS Certified Solutions Architect – Associate</b> (expires 2028-07-14).</p>"
           "<p><a href='https://www.credly.com/badges/a91c6e20-44f1-4f0c-8d3e-1b7e22c5d9f0'>View badge</a></p>"),
    cte="quoted-printable", idom="credly.com")

add(72, "survey-d", "survey", False, D, [],
    TCF, ME, f"Tell us about your experience with case {D}", d("2025-07-18 02:00"),
    "survey with 'please reply with a number 1-5'-style wording (still a survey)",
    body=f"Hello,\n\nHow satisfied were you with the handling of case {D}?\nRate us from 1 (poor) to 5 (excellent): https://survey.aws.example/r?case={D}\n\nThank you for helping us improve.\nAWS Training and Certification\n")

add(73, "console-spoof", "suspicious", False, None, [],
    CON, ME, "Amazon Web Services: New Support case: 17528112034", d("2025-07-18 16:45"),
    "console-style mail from no-reply-aws@amazon.com but DKIM/DMARC fail; 11-digit fake case",
    body="Dear Amazon Web Services Customer,\n\nYour AWS account 483920175566 has been suspended due to a certification policy violation.\nTo restore access, verify your payment details within 12 hours:\nhttps://console-aws-support.com/case/?displayId=17528112034\n\nAmazon Web Services\n",
    auth="fail")

add(74, "awsapps-code", "unrelated", False, None, [],
    ("AWS", "no-reply@login.awsapps.com"), ME, "Your AWS Builder ID verification code",
    d("2025-07-19 09:02"), "one-time code 6 digits from login.awsapps.com",
    body="Your verification code is: 381557\n\nThis code expires in 10 minutes. If you did not try to sign in, you can ignore this message.\n",
    idom="login.awsapps.com")

add(75, "educate-newsletter", "unrelated", False, None, [],
    ("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME, "New: AWS Certified AI Practitioner - reply to this email with questions",
    d("2025-07-20 01:00"), "AWS T&C marketing that invites replies; not a case",
    html=H("<h2>Validate your AI skills</h2><p>The new AWS Certified AI Practitioner exam is now available in Japanese.</p>"
           "<p>Questions about which exam is right for you? Reply to this email and our team will help.</p><p><a href='https://aws.amazon.com/certification/'>Learn more</a></p>"
           "<p style='font-size:11px'>Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109. Unsubscribe.</p>"),
    cte="quoted-printable")

# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith((".eml", ".json")): os.remove(os.path.join(OUT, f))
    for m in MSGS:
        base = f"{m['n']:03d}-{m['slug']}"
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh: fh.write(build(m))
        with open(os.path.join(OUT, base + ".json"), "w") as fh:
            json.dump({"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"], "candidate_ids": m["cands"]},
                      fh, ensure_ascii=False); fh.write("\n")
    rows = "\n".join(f"| {m['n']:03d}-{m['slug']} | {m['kind']} | {'yes' if m['reply'] else 'no'} | {m['case'] or '-'} | {m['note']} |" for m in MSGS)
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write(f"""me: {ME} {CO}

# blind-46 held-out corpus

Owner: Haruka Tanabe (田邊 遥). Personal address {ME}; old company address {CO}
(Kirishima Software, an APN partner; mailbox closed 2025-06-13). Generated by `python3 gen.py`.

## Cases
- {A} (15 digits): main merge, form sent from the company address; candidate-ID request, wrong-address reply, APN hold, release, Account #1/#2 confirmation, closing notice, merge.
- {B} (15 digits): duplicate form submission (Japanese ack), folded into {A}.
- {C} (11 digits): AWS Support Center (console) case; must be answered in the Support Center; auto-resolve warning; resolved.
- {D} (10 digits): 2021 merge case, reopened in 2025 by the user for a Credly badge issue; last user reply threaded only by In-Reply-To/References.
- {E} (15 digits): Japanese-language voucher case after the merge (keigo and plain Japanese), hold, closing notice, resolved.
- {F} (15 digits): duplicate profile under the same address; Japanese HTML table confirmation; closed for no reply, reopened by reply, resolved.

Non-case numbers: AWS account ID 483920175566, Pearson VUE registration 418906227, codes 604218 / 381557, Credly badge UUIDs, Amazon order number.

## Messages
| file | kind | needs_reply | case | what makes it hard |
|---|---|---|---|---|
{rows}
""")

if __name__ == "__main__":
    main()
