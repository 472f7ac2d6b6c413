#!/usr/bin/env python3
"""Generate the blind held-out corpus (blind-79) next to this script.
Standard library only. Writes NNN-mail.eml + NNN-mail.json and README.md."""
import base64, json, os, quopri
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "haruka.n.works@gmail.com"
ME_C = "h.nishimura@tsubasa-dx.co.jp"
ME_NAME = "Haruka Nishimura"
TC = "aws-cs-trainingcertification-form@amazon.com"
CON = "no-reply-aws@amazon.com"

CASE_E = "8123945067"        # 2021, 10 digits
CASE_D = "16843920157"       # 2023, 11 digits (reopened)
CASE_A = "174235118200417"   # 2025, 15 digits, main merge
CASE_B = "174235176400932"   # 2025, 15 digits, duplicate form
CASE_C = "5719330486"        # 2025, console case, 10 digits
CASE_F = "174770021700385"   # 2025, 15 digits, partner profile

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MID = {}


def enc(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@'):
            name = '"%s"' % name
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


def auth_google(domain, ok=True, dkim_dom=None):
    d = dkim_dom or domain
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=sel2 header.b=Qx81kLpa;\n"
                "       spf=pass (google.com: domain of bounces@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=bounces@%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (d, domain, 20 + len(domain), domain, domain))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=sel2 header.b=Zt02mmQa;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate 185.220.101.44 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (d, "bounce@" + domain, "bounce@" + domain, domain))


def auth_ms(domain, ok=True):
    if ok:
        return ("spf=pass (sender IP is 54.240.27.11)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (domain, domain, domain))
    return ("spf=fail (sender IP is 91.215.85.3)\n smtp.mailfrom=%s; dkim=none (message not signed)\n"
            " header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % (domain, domain))


def body_bytes(text, cs, cte):
    raw = text.encode(cs)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(cs) if cs.lower() in ("us-ascii", "utf-8") else raw


def part(ctype, text, cs="utf-8", cte="8bit"):
    return {"ctype": ctype, "text": text, "cs": cs, "cte": cte}


def render_part(p):
    hdr = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n" % (p["ctype"], p["cs"], p["cte"])
    b = body_bytes(p["text"], p["cs"], p["cte"])
    return hdr.encode("ascii"), b


def add(n, label, note, *, date, frm, to, subject, body, cc=None, irt=None, refs=None,
        auth=None, eol="\n", subj_cs="utf-8", extra=None, mid=None):
    """body: a part dict, or ('alt', [parts]) / ('mixed', [parts])."""
    if not mid:
        import hashlib
        hx = hashlib.sha1(("%d|%s|%s" % (n, date, subject)).encode()).hexdigest()
        dom = frm.split("@")[-1].rstrip(">")
        if dom == "gmail.com":
            mid = "<CAF%s+%s@mail.gmail.com>" % (hx[:20].upper(), hx[20:30])
        elif dom.endswith("tsubasa-dx.co.jp"):
            mid = "<TYCPR01MB%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (hx[:12].upper(), hx[12:16].upper())
        else:
            mid = "<0100019%s-%s-%s-000000@email.%s>" % (hx[:9], hx[9:17], hx[17:21], dom)
    MID[n] = mid
    h = []
    if auth:
        h.append(("Authentication-Results", auth))
    h.append(("Date", date))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", enc(subject, subj_cs)))
    h.append(("Message-ID", mid))
    if irt:
        h.append(("In-Reply-To", MID[irt] if isinstance(irt, int) else irt))
    if refs:
        h.append(("References", " ".join(MID[r] if isinstance(r, int) else r for r in refs)))
    for k, v in (extra or []):
        h.append((k, v))
    h.append(("MIME-Version", "1.0"))
    out = b""
    for k, v in h:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    if isinstance(body, dict):
        ph, pb = render_part(body)
        out += ph
        out += pb if isinstance(pb, bytes) else pb.encode("utf-8")
    else:
        kind, parts = body
        boundary = "----=_Part_%d_%d.17%d" % (n * 7919, len(parts), n)
        out += ('Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % ({"alt": "alternative", "mixed": "mixed"}[kind], boundary)).encode()
        out += b"This is a multi-part message in MIME format.\n\n"
        for p in parts:
            out += ("--%s\n" % boundary).encode()
            ph, pb = render_part(p)
            out += ph
            out += pb if isinstance(pb, bytes) else pb.encode("utf-8")
            out += b"\n"
        out += ("--%s--\n" % boundary).encode()
    if eol == "\r\n":
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append((n, out, label, note))


def L(kind, needs, case, cids=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cids)}


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


FB_FOOTER = """
==========================================
How did we do on this reply? Your rating takes a few seconds and
helps the team that handled your case:
  Excellent  https://console.aws.amazon.com/support/feedback?c={c}&r=5
  Poor       https://console.aws.amazon.com/support/feedback?c={c}&r=1
==========================================
"""

CONSOLE_FOOT = """
To see the full case history, add a comment or attach files, open the
Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

Note: this mailbox is not monitored and cannot accept incoming e-mails.
Answers sent to it will not reach the support engineer.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
Amazon.com is a registered trademark of Amazon.com, Inc.
"""

# ---------------------------------------------------------------- 2021: case E
T_ACK_E = f"""Hello,

Thanks for reaching out to AWS Training and Certification. A support case has been
created for you:

  Case ID: {CASE_E}
  Subject: {SUBJ_TC}
  Severity: General question

We answer most requests within one business day. Opening a second case about the
same issue moves it to the back of the queue, so please keep all correspondence
on this one.

Should you want to add details, a reply to this message is attached to the case
automatically.

Regards,
AWS Training and Certification Customer Support
"""
add(1, L("acknowledgement", False, CASE_E),
    "ack in prose; 'should you want to add details, a reply...' is only a conditional invitation",
    date="Mon, 9 Aug 2021 05:11:43 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"[CASE {CASE_E}] {SUBJ_TC}", body=part("text/plain", T_ACK_E, "us-ascii", "7bit"),
    auth=auth_google("amazon.com"))

T_INFO_E = f"""西村 遥 様

AWS トレーニングと認定カスタマーサポートの佐伯でございます。
このたびはアカウント統合に関するお問い合わせをいただき、誠にありがとうございます。

お送りいただいたフォームの内容を拝見いたしましたが、統合対象となる認定アカウントが
弊社システム上で一意に特定できない状況でございます。同一のお名前で複数のプロファイルが
存在しているため、誤った統合を避けるための確認が必要となります。

つきましては、お手元でサインインが可能な各認定アカウントの候補ID
(画面右上に表示される「AWS」から始まる番号)を、本メールへのご返信にて
お知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

ケースID: {CASE_E}
AWS トレーニングと認定 カスタマーサポート
佐伯
"""
add(2, L("info_request", True, CASE_E),
    "Japanese keigo (いただけますでしょうか), ISO-2022-JP, ask comes after an explanation; no ID in text, only its description",
    date="Tue, 10 Aug 2021 08:02:19 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_E}] {SUBJ_TC}", body=part("text/plain", T_INFO_E, "iso-2022-jp", "7bit"),
    irt=1, refs=[1], auth=auth_google("amazon.com"))

T_PV1 = """Dear Haruka Nishimura,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Associate (SAA-C02)
Registration ID: 418209375
Appointment: Thursday, September 2, 2021 at 10:00 AM JST
Test center: Pearson Professional Centers - Tokyo Shinjuku

Please arrive 15 minutes early and bring two forms of ID. Please reply to this
email only if you need accessibility accommodations; to reschedule, use your
candidate dashboard at least 24 hours before the appointment.

Pearson VUE
"""
add(3, L("unrelated", False, None),
    "exam vendor with 9-digit registration ID and 'please reply' wording; not support",
    date="Thu, 12 Aug 2021 01:40:07 +0000", frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"),
    to=ME_P, subject="Pearson VUE Confirmation of Booking - Registration 418209375",
    body=("alt", [part("text/plain", T_PV1, "utf-8", "quoted-printable"),
                  part("text/html", "<html><body><p>Dear Haruka Nishimura,</p><p>Thank you for scheduling your exam with Pearson VUE.</p>"
                       "<table border=1><tr><td>Registration ID</td><td>418209375</td></tr><tr><td>Exam</td><td>SAA-C02</td></tr>"
                       "<tr><td>Date</td><td>2021-09-02 10:00 JST</td></tr></table><p>Please arrive 15 minutes early.</p></body></html>",
                       "utf-8", "quoted-printable")]),
    auth=auth_google("pearson.com"))

T_CLOSE_E1 = f"""西村様

{CASE_E} の件でご連絡です。

8月10日にお送りした候補IDの確認について、まだお返事をいただけていません。
8月24日までにご返信がない場合は、このケースをクローズします。
引き続き対応を希望される場合は、このメールにそのまま返信してください。

AWS トレーニングと認定サポート
"""
add(4, L("closing_notice", True, CASE_E),
    "plain 〜してください Japanese, UTF-8 base64 body, deadline phrasing without the word 'closing notice'",
    date="Tue, 17 Aug 2021 06:30:55 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_E}] {SUBJ_TC}", body=part("text/plain", T_CLOSE_E1, "utf-8", "base64"),
    irt=2, refs=[1, 2], auth=auth_google("amazon.com"))

T_CLOSE_E2 = f"""Hi Haruka,

We haven't heard back, so case {CASE_E} has now been closed on our side.

Nothing is lost: answer this message with the candidate IDs and the case comes
back to life with its full history.

AWS T&C Support
"""
add(5, L("closing_notice", True, CASE_E),
    "'has now been closed' + reopen-by-reply; short, no 'please', CRLF line endings",
    date="Tue, 24 Aug 2021 09:15:02 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE: [CASE {CASE_E}] {SUBJ_TC}", body=part("text/plain", T_CLOSE_E2, "us-ascii", "7bit"),
    irt=4, refs=[1, 2, 4], auth=auth_google("amazon.com"), eol="\r\n")

T_CM1 = """Hello Haruka,

AWS Certification wants to hear from you!

You recently earned an AWS Certification. Would you take five minutes to tell
us how the exam and the certification program are working for you? Your answers
shape future exams.

Start the survey: https://www.certmetrics.com/amazon/survey/?t=8fa21c

Thank you,
AWS Certification
"""
add(6, L("certification", False, None),
    "certmetrics feedback invitation phrased as a question ('Would you take five minutes')",
    date="Thu, 2 Sep 2021 18:21:44 +0000", frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_P, subject="AWS Certification wants to hear from you",
    body=part("text/plain", T_CM1, "us-ascii", "7bit"), auth=auth_google("certmetrics.com"))

# ---------------------------------------------------------------- 2023: case D
add(7, L("unrelated", False, None), "Builder ID 6-digit code; digits are not a case number",
    date="Mon, 5 Jun 2023 00:03:12 +0000", frm=addr("AWS", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address",
    body=part("text/plain", "Hello,\n\nEnter this verification code to continue creating your AWS Builder ID:\n\n    603918\n\n"
              "The code expires in 30 minutes. If you did not request it, you can ignore this message.\n\n"
              "Amazon Web Services\n", "us-ascii", "7bit"), auth=auth_google("signin.aws"))

T_GH = """Merged #482 into main.

@kzk-tanabe merged commit 9c1e2f4 into tsubasa-dx:main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/tsubasa-dx/infra-templates/pull/482#event-9381726
You are receiving this because you were mentioned.
"""
add(8, L("unrelated", False, None), "GitHub 'merged' + 'Reply to this email directly'",
    date="Tue, 6 Jun 2023 02:45:10 +0000", frm=addr("Kazuki Tanabe", "notifications@github.com"),
    to=ME_P, subject="Re: [tsubasa-dx/infra-templates] Merge dev account stacks into shared module (PR #482)",
    body=part("text/plain", T_GH, "utf-8", "7bit"), auth=auth_google("github.com"))

T_ACK_D = f"""このメールは、AWS トレーニングと認定へのお問い合わせを受け付けたことをお知らせするものです。

ケース番号: {CASE_D}
件名: アカウントの統合

担当者より通常24時間以内にご連絡いたします。内容によっては、調査のため
お時間をいただく場合がございます。

同じご依頼で新たにケースを作成されますと対応が遅れる原因となりますので、
本ケースにてお待ちくださいますようお願いいたします。

補足情報がございましたら、このメールにご返信いただくことでケースに追加されます。

Amazon Web Services
"""
add(9, L("acknowledgement", False, CASE_D),
    "Japanese ack, ISO-2022-JP; ends with 〜がございましたら…ご返信 (conditional, not a request); 'お待ちくださいますようお願い' is not an ask to reply",
    date="Tue, 6 Jun 2023 03:12:40 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"[CASE {CASE_D}] {SUBJ_TC}", subj_cs="iso-2022-jp",
    body=part("text/plain", T_ACK_D, "iso-2022-jp", "7bit"), auth=auth_google("amazon.com"))

T_UPD_D = f"""Hello,

A quick note on case {CASE_D}: we are handling an unusually large number of
account requests right now, and yours is still in the queue. It has not been
forgotten, and it keeps its place — there is no need to submit the form again.

We expect to get to it within the next several business days.

Best regards,
Tomas
AWS Training and Certification
"""
add(10, L("case_update", False, CASE_D), "status news only; 'no need to submit the form again' is a negative instruction, not an ask",
    date="Thu, 8 Jun 2023 11:00:31 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_D}] {SUBJ_TC}", body=part("text/plain", T_UPD_D, "utf-8", "8bit"),
    irt=9, refs=[9], auth=auth_google("amazon.com"))

T_INFO_D = f"""Hello Haruka,

My name is Priya and I've picked up your case.

I looked up the email address you gave in the form and it is attached to more
than one certification profile. This usually happens when a profile was created
through the old Amazon-account sign-in and another one later through Builder ID.
Before anything gets combined I have to be sure which profiles are yours and
which one holds the history you want to keep, because a merge can't be undone.

The quickest way for me to tell them apart is the candidate ID shown at the top
right of the certification portal after signing in. I'll need that number for
each profile you are able to sign in to, and a line saying which of them should
survive the merge.

Thanks,
Priya
AWS Training and Certification Customer Support
Case ID: {CASE_D}
"""
add(11, L("info_request", True, CASE_D),
    "request buried after long explanation, phrased as 'I'll need', no 'please'",
    date="Mon, 12 Jun 2023 04:44:08 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_D}] {SUBJ_TC}", body=part("text/plain", T_INFO_D, "utf-8", "quoted-printable"),
    irt=10, refs=[9, 10], auth=auth_google("amazon.com"))

T_UR_D1 = f"""Hi Priya,

Thank you. These are the two I can sign in to:

- AWS04417726 (created in 2019, I think this is the old Amazon.com sign-in one)
- AWS10938351 (Builder ID, this one has my exam history)

Please keep AWS10938351.

Best regards,
Haruka Nishimura

2023年6月12日(月) 13:44 Amazon Web Services <{TC}>:

{q(T_INFO_D)}
"""
add(12, L("user_reply", False, CASE_D, ["AWS04417726", "AWS10938351"]),
    "the person's own reply; contains 'Please keep' (a request to support, not to the person); Japanese Gmail quote header",
    date="Mon, 12 Jun 2023 05:20:51 +0000", frm=addr(ME_NAME, ME_P), to=TC,
    subject=f"Re: RE:[CASE {CASE_D}] {SUBJ_TC}", body=part("text/plain", T_UR_D1, "utf-8", "quoted-printable"),
    irt=11, refs=[9, 10, 11])

T_CONF_D = f"""西村 遥 様

お世話になっております。AWS トレーニングと認定サポートの Priya です。
候補IDのご連絡、ありがとうございました。

以下の2つのアカウントを確認いたしました。

アカウント1
  候補ID: AWS10938351
  ログインメールアドレス: {ME_P}
  トレーニング通知先: {ME_P}
  認定通知先: {ME_P}

アカウント2
  候補ID: AWS04417726
  ログインメールアドレス: {ME_P}
  トレーニング通知先: {ME_P}
  認定通知先: (未設定)

アカウント2の試験履歴および特典をアカウント1へ統合し、アカウント2は無効化されます。
この内容で統合を進めてよろしいか、ご確認のほどよろしくお願いいたします。

Case ID: {CASE_D}
"""
add(13, L("confirmation_request", True, CASE_D, ["AWS10938351", "AWS04417726"]),
    "Japanese keigo confirmation (ご確認のほどよろしくお願いいたします), Shift_JIS, CRLF, accounts identified by candidate ID",
    date="Tue, 13 Jun 2023 01:05:33 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_D}] {SUBJ_TC}", body=part("text/plain", T_CONF_D, "shift_jis", "8bit"),
    irt=12, refs=[9, 10, 11, 12], auth=auth_google("amazon.com"), eol="\r\n")

T_NEWS = """AWS Weekly ニュースレター(日本版) 2023年6月第2週

■ 今週のアップデート
・Amazon Bedrock の東京リージョン対応について
・AWS Summit Tokyo 2023 セッション動画公開

■ ご意見をお聞かせください
本ニュースレターへのご感想は、このメールに返信してお送りください。

配信停止: https://pages.awscloud.com/unsubscribe
アマゾン ウェブ サービス ジャパン合同会社
"""
add(14, L("unrelated", False, None), "Japanese newsletter asking for a reply with feedback",
    date="Tue, 13 Jun 2023 03:00:00 +0000", frm=addr("AWS Japan", "aws-marketing-email-replies@amazon.com"),
    to=ME_P, subject="AWS Weekly ニュースレター 2023年6月第2週",
    body=part("text/plain", T_NEWS, "utf-8", "base64"), auth=auth_google("amazon.com"))

T_UR_D2 = f"""Priya 様

ご確認ありがとうございます。
内容に間違いありません。アカウント1 (AWS10938351) への統合でお願いいたします。

西村

{q(T_CONF_D)}
"""
add(15, L("user_reply", False, CASE_D, ["AWS10938351"]),
    "person's Japanese reply with quoted confirmation request below ('>' lines contain the ask)",
    date="Tue, 13 Jun 2023 02:31:17 +0000", frm=addr("西村 遥", ME_P), to=TC,
    subject=f"Re: RE:[CASE {CASE_D}] {SUBJ_TC}", body=part("text/plain", T_UR_D2, "utf-8", "8bit"),
    irt=13, refs=[9, 11, 12, 13])

T_RES_D = f"""Hello Haruka,

Done — AWS04417726 has been merged into AWS10938351. Your exam history, active
certifications and the unused exam discount now all live on AWS10938351, and
the old profile can no longer be signed in to. No further action is required on
your end.

Credly may take up to a day to pick up the change.

Kind regards,
Priya

-----Original Message-----
From: {TC}
Sent: Tuesday, June 13, 2023 1:05 AM
To: {ME_P}
Subject: RE:[CASE {CASE_D}] {SUBJ_TC}

アカウント1
  候補ID: AWS10938351
アカウント2
  候補ID: AWS04417726
この内容で統合を進めてよろしいか、ご確認のほどよろしくお願いいたします。
"""
add(16, L("resolved", False, CASE_D, ["AWS04417726", "AWS10938351"]),
    "resolution with the old confirmation request quoted under an Outlook separator",
    date="Wed, 14 Jun 2023 07:48:02 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_D}] {SUBJ_TC}", body=part("text/plain", T_RES_D, "utf-8", "quoted-printable"),
    irt=15, refs=[9, 13, 15], auth=auth_google("amazon.com"))

T_SURV_D = f"""Hello,

Your recent case with AWS Training and Certification ({CASE_D}) has been marked
as solved. We'd like to know how it went.

How satisfied were you with the support you received?

  [1] [2] [3] [4] [5]
  https://survey.aws-training.amazon.com/s/{CASE_D}

The survey has three questions and closes in 14 days.
"""
add(17, L("survey", False, CASE_D), "satisfaction survey with a question; case number in body only",
    date="Wed, 14 Jun 2023 08:10:40 +0000", frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com"),
    to=ME_P, subject="How did we do? Tell us about your recent support experience",
    body=("alt", [part("text/plain", T_SURV_D, "us-ascii", "7bit"),
                  part("text/html", "<html><body><p>Your recent case with AWS Training and Certification (%s) has been marked as solved.</p>"
                       "<p><b>How satisfied were you with the support you received?</b></p><p>1 2 3 4 5</p></body></html>" % CASE_D,
                       "us-ascii", "7bit")]),
    auth=auth_google("amazon.com"))

T_BADGE1 = """Haruka, you've earned a badge!

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Solutions Architect – Associate".

Accept your badge to share it on LinkedIn and your email signature:
https://www.credly.com/earner/earned/badge/6f1c0a2e-88d4-4b0e-93a1-4c2d7bb0f913

Credly, Inc.
"""
add(18, L("badge", False, None), "Credly: 'Accept your badge' imperative; badge UUID",
    date="Wed, 14 Jun 2023 09:02:11 +0000", frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Amazon Web Services Training and Certification sent you a badge",
    body=part("text/plain", T_BADGE1, "utf-8", "quoted-printable"), auth=auth_google("credly.com"))

T_UR_D3 = """Hi Priya,

Sorry to come back on this. The Solutions Architect badge showed up in Credly,
but my Developer – Associate badge is still missing there, although it is listed
under Certifications on AWS10938351. Could you take another look?

Thanks,
Haruka
"""
add(19, L("user_reply", False, CASE_D, ["AWS10938351"]),
    "person reopens a resolved case; contains a question to support, still user_reply",
    date="Mon, 19 Jun 2023 10:12:29 +0000", frm=addr(ME_NAME, ME_P), to=TC,
    subject=f"RE: [CASE {CASE_D}] {SUBJ_TC}", body=part("text/plain", T_UR_D3, "utf-8", "quoted-printable"),
    irt=16, refs=[9, 15, 16])

T_INFO_D2_TXT = f"""Hi Haruka,

I've reopened the case. Here is what I found: the Developer - Associate
certification is on AWS10938351 as expected, but the badge was issued to a Credly
profile that uses a different email address, so it does not appear on yours.

Which email address do you sign in to Credly with? Once I have it I'll ask for
the badge to be reissued there.

Priya
Case ID: {CASE_D}
"""
T_INFO_D2_HTML = f"""<html><body style="font-family:Arial">
<p>Hi Haruka,</p>
<p>I've reopened the case. Here is what I found: the Developer - Associate certification is on
AWS10938351 as expected, but the badge was issued to a Credly profile that uses a different email
address, so it does not appear on yours.</p>
<p>Which email address do you sign in to Credly with? Once I have it I'll ask for the badge to be
reissued there.</p>
<p>Priya<br>Case ID: {CASE_D}</p></body></html>"""
add(20, L("info_request", True, CASE_D, ["AWS10938351"]),
    "mixed: progress news, then a bare question; multipart/alternative, quoted-printable",
    date="Tue, 20 Jun 2023 02:55:47 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_D}] {SUBJ_TC}",
    body=("alt", [part("text/plain", T_INFO_D2_TXT, "utf-8", "quoted-printable"),
                  part("text/html", T_INFO_D2_HTML, "utf-8", "quoted-printable")]),
    irt=19, refs=[9, 16, 19], auth=auth_google("amazon.com"))

T_UR_D4 = f"""It's {ME_C} — my work address, I registered Credly with it years ago.
I'd prefer the badge on {ME_P} if that's possible.

Haruka

On Tue, Jun 20, 2023 at 11:55 AM Amazon Web Services <{TC}> wrote:
{q(T_INFO_D2_TXT)}
"""
add(21, L("user_reply", False, CASE_D), "short top-posted answer with the question quoted Gmail-style",
    date="Tue, 20 Jun 2023 03:20:05 +0000", frm=addr(ME_NAME, ME_P), to=TC,
    subject=f"Re: RE:[CASE {CASE_D}] {SUBJ_TC}", body=part("text/plain", T_UR_D4, "utf-8", "8bit"),
    irt=20, refs=[9, 19, 20])

T_RES_D2 = f"""西村 様

AWS トレーニングと認定サポートの Priya です。

Credly 側で Developer - Associate のバッジを {ME_P} 宛てに再発行いたしました。
Credly からのご案内メールが届きましたら、バッジを受け取っていただけます。
以上をもちまして、本件は解決とさせていただきます。

ご不明な点がございましたら、本メールにご返信ください。

------------------------------------------------------------
今回のサポートはいかがでしたか。
アンケートへのご協力をお願いいたします(所要時間1分)。
https://survey.aws-training.amazon.com/s/{CASE_D}
------------------------------------------------------------
"""
add(22, L("resolved", False, CASE_D),
    "Japanese resolution: conditional 〜がございましたら…ご返信ください and a survey footer that says お願いいたします",
    date="Wed, 21 Jun 2023 06:14:55 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_D}] {SUBJ_TC}", body=part("text/plain", T_RES_D2, "utf-8", "quoted-printable"),
    irt=21, refs=[9, 20, 21], auth=auth_google("amazon.com"))

T_BADGE2 = """Reminder: your badge is waiting

Haruka, you haven't claimed "AWS Certified Developer – Associate" yet.
Claim it now so employers can verify your skills:
https://www.credly.com/earner/earned/badge/b2d6e1f0-1a77-4f2c-9d55-0e8a61c4aa02

If you need help, reply to this email or visit support.credly.com.
"""
add(23, L("badge", False, None), "Credly reminder: imperative 'claim it now', 'reply to this email'",
    date="Wed, 21 Jun 2023 08:30:00 +0000", frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Reminder: Claim your AWS Certified Developer – Associate badge",
    body=part("text/plain", T_BADGE2, "utf-8", "base64"), auth=auth_google("credly.com"))

T_RECERT = """Congratulations, Haruka!

You have successfully recertified your AWS Certified Solutions Architect – Associate.
Your new expiration date is October 4, 2026.

Your updated digital certificate is available in your AWS Certification account.
Validation number: 9QK2-77MB-F1C4-X3RT

AWS Certification
"""
add(24, L("certification", False, None), "certmetrics recertification notice with a validation number",
    date="Wed, 4 Oct 2023 12:01:09 +0000", frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_P, subject="Congratulations on recertifying your AWS Certification!",
    body=part("text/plain", T_RECERT, "utf-8", "quoted-printable"), auth=auth_google("certmetrics.com"))

T_MS = """西村 遥 様

Microsoft サポートをご利用いただきありがとうございます。

サポート リクエスト番号 2310170040005517 はクローズされました。
本件に関する問題が再発した場合は、30 日以内であればこのメールに返信することでリクエストを再開できます。

Microsoft Corporation
"""
add(25, L("unrelated", False, None), "another vendor's 'case closed' with a 16-digit number and reopen-by-reply",
    date="Tue, 17 Oct 2023 07:22:43 +0000", frm=addr("Microsoft サポート", "supportmail@microsoft.com"), to=ME_P,
    subject="[サポート リクエスト 2310170040005517] クローズのお知らせ",
    body=part("text/plain", T_MS, "utf-8", "base64"), auth=auth_google("microsoft.com"))

# ---------------------------------------------------------------- 2025: leaving the company
T_IT = f"""西村 遥 さん

情報システム部です。
退職手続きに伴い、以下のとおりアカウントを停止します。

  対象: {ME_C}
  停止日時: 2025年3月31日(月) 18:00

停止後はメールの送受信ができなくなります。外部サービスに登録している
アドレスの変更や、必要なデータの退避は停止日までに済ませておいてください。
不明点があれば、このメールに返信してください。

情報システム部 ヘルプデスク
"""
add(26, L("unrelated", False, None), "company IT notice with imperatives and 'reply to this mail'; arrives at the company address",
    date="Mon, 3 Mar 2025 10:05:00 +0900", frm=addr("情報システム部", "it-helpdesk@tsubasa-dx.co.jp"), to=ME_C,
    subject="【重要】退職に伴うメールアカウント停止のお知らせ", subj_cs="iso-2022-jp",
    body=part("text/plain", T_IT, "iso-2022-jp", "7bit"), auth=auth_ms("tsubasa-dx.co.jp"))

T_BILL = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS
web site. Your account will be charged the following:

Total: $41.27

[AWS ID 482910376554]

You can see a complete break down of all charges on the Billing page.
This message was produced and distributed by Amazon Web Services, Inc.
"""
add(27, L("unrelated", False, None), "AWS billing with a 12-digit account ID in brackets",
    date="Mon, 3 Mar 2025 03:12:19 +0000", frm=addr("Amazon Web Services", "aws-billing@amazon.com"), to=ME_C,
    subject="Amazon Web Services Billing Statement Available [Account: 482910376554]",
    body=part("text/plain", T_BILL, "us-ascii", "7bit"), auth=auth_ms("amazon.com"), eol="\r\n")

T_EXP = """Hi Haruka,

Your AWS Certified Solutions Architect – Professional certification expires on
June 8, 2025 (in 90 days).

To keep it active, pass the current version of the exam before it expires. As an
AWS Certified individual you can use the 50% discount benefit in your account.

Don't wait — schedule your exam today.

AWS Certification
"""
add(28, L("certification", False, None), "expiry notice with call to action ('Don't wait — schedule'), to company address",
    date="Mon, 10 Mar 2025 15:00:02 +0000", frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_C, subject="Your AWS Certification expires in 90 days",
    body=part("text/plain", T_EXP, "utf-8", "quoted-printable"), auth=auth_ms("certmetrics.com"))

add(29, L("unrelated", False, None), "Builder ID one-time code (6 digits) from login.awsapps.com",
    date="Wed, 19 Mar 2025 02:05:48 +0000", frm=addr("AWS Builder ID", "no-reply@login.awsapps.com"), to=ME_P,
    subject="Your AWS Builder ID verification code",
    body=("alt", [part("text/plain", "Verification code: 274105\n\nThis code is valid for 10 minutes. Do not share it with anyone,\nincluding AWS employees.\n", "us-ascii", "7bit"),
                  part("text/html", "<html><body><h2>Verification code</h2><p style='font-size:28px'>274105</p><p>This code is valid for 10 minutes.</p></body></html>", "us-ascii", "7bit")]),
    auth=auth_google("login.awsapps.com"))

T_TRN = """Welcome to AWS Training and Certification, Haruka!

Your profile is set up. Next steps:
  * Complete your certification profile
  * Browse free digital courses in AWS Skill Builder

Questions? Visit our FAQ. Please do not reply to this message.
"""
add(30, L("unrelated", False, None), "training platform welcome mail",
    date="Wed, 19 Mar 2025 02:12:30 +0000", frm=addr("AWS Training", "no-reply@aws.training"), to=ME_P,
    subject="Welcome to AWS Training and Certification",
    body=part("text/plain", T_TRN, "us-ascii", "7bit"), auth=auth_google("aws.training"))

T_ACK_A = f"""Thank you for contacting Amazon Web Services.

We have opened case {CASE_A} to address your request. The details of your
inquiry are below.

Inquiry type: Certification
Additional details: Account Merge
Description:
  Use case: I'm leaving Tsubasa DX at the end of March and want my certification
  history on my personal account.
  Addresses used: {ME_C}, {ME_P}
  Address to keep: {ME_P}

Our team will typically get back to you within 24 hours. If a case has already been
raised for this issue, please refrain from creating a new one.

Sincerely,
Amazon Web Services
"""
add(31, L("acknowledgement", False, CASE_A), "standard ack with 15-digit case; echoes the user's form text with both addresses",
    date="Wed, 19 Mar 2025 02:26:25 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"[CASE {CASE_A}] {SUBJ_TC}", body=part("text/plain", T_ACK_A, "utf-8", "8bit"),
    auth=auth_google("amazon.com"))

T_ACK_B = f"""Amazon Web Services にお問い合わせいただきありがとうございます。

お客様のご依頼について、ケース {CASE_B} をオープンしました。

ご依頼内容:
  お問い合わせタイプ: AWS トレーニングと認定
  その他の詳細: アカウントの統合

通常24時間以内に担当者からご連絡いたします。
すでに同じ内容のケースをお持ちの場合は、新しいケースを作成せずにそちらでお待ちください。

Amazon Web Services
"""
add(32, L("acknowledgement", False, CASE_B), "duplicate form submission ten minutes later; Japanese ack, base64 UTF-8",
    date="Wed, 19 Mar 2025 02:36:07 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance",
    body=part("text/plain", T_ACK_B, "utf-8", "base64"), auth=auth_google("amazon.com"))

T_HOLD_A = f"""Hello Haruka,

Thank you for your patience while I looked into this.

The certification account registered to {ME_C} is linked to an AWS
Partner Network organization (Tsubasa DX Co., Ltd.). Certifications held on a
partner-linked account count towards that organization's partner tier, so we
don't move them out while the person is still on the partner's roster. This is
not something we can override from our side; the partner organization is
notified and given a chance to release the account first.

Your form mentions that you are leaving. What I need from you is a short
statement, in reply to this mail, that your employment with Tsubasa DX is ending
and the date of your last working day. With that I can start the release with
the partner team. Until then the merge is paused.

Best,
Marco
AWS Training and Certification Customer Support
"""
add(33, L("on_hold", True, CASE_A), "APN hold; the ask ('What I need from you is…') comes in the last paragraph after a long explanation",
    date="Wed, 19 Mar 2025 13:58:40 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_A}] {SUBJ_TC}", body=part("text/plain", T_HOLD_A, "utf-8", "quoted-printable"),
    irt=31, refs=[31], auth=auth_google("amazon.com"))

T_RES_B = f"""Hi,

This case duplicates {CASE_A}, which was opened a few minutes earlier with the same
details and is already being worked on. I've marked {CASE_B} as resolved so
that the two don't get answered separately. Nothing is needed from you here;
all further updates will come on {CASE_A}.

Regards,
Aiko
AWS Training and Certification
"""
add(34, L("resolved", False, CASE_B), "duplicate closed as resolved; mentions the other case number too",
    date="Thu, 20 Mar 2025 00:40:12 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance",
    body=part("text/plain", T_RES_B, "us-ascii", "7bit"), irt=32, refs=[32], auth=auth_google("amazon.com"))

T_UR_A1 = f"""Hello Marco,

I confirm that I am leaving Tsubasa DX Co., Ltd. My last working day is
March 31, 2025, and this mailbox will be closed on that day. Please go ahead
with the merge into my personal account ({ME_P}).

Best regards,
Haruka Nishimura

-----Original Message-----
From: Amazon Web Services <{TC}>
Sent: Wednesday, March 19, 2025 10:58 PM
To: {ME_P}
Subject: RE:[CASE {CASE_A}] {SUBJ_TC}

{T_HOLD_A}
"""
add(35, L("user_reply", False, CASE_A), "person replies from the OLD company address (wrong address), Outlook quoting, CRLF; manager on Cc",
    date="Thu, 20 Mar 2025 09:15:33 +0900", frm=addr("Nishimura Haruka", ME_C), to=TC,
    cc="Tanaka Shinji <s.tanaka@tsubasa-dx.co.jp>",
    subject=f"RE: RE:[CASE {CASE_A}] {SUBJ_TC}", body=part("text/plain", T_UR_A1, "utf-8", "quoted-printable"),
    irt=33, refs=[31, 33], eol="\r\n", extra=[("X-Mailer", "Microsoft Outlook 16.0")])

T_OOO = f"""田中は3月20日(木)から3月24日(月)まで不在にしております。
ご返信が遅れますことをご了承ください。
急ぎのご用件は情報システム部 ({'it-helpdesk@tsubasa-dx.co.jp'}) までご連絡ください。

I am out of the office until March 24 with limited access to email.
"""
add(36, L("unrelated", False, None), "out-of-office auto-reply whose subject carries the case number; not support mail",
    date="Thu, 20 Mar 2025 09:15:40 +0900", frm=addr("田中 慎二", "s.tanaka@tsubasa-dx.co.jp"), to=ME_C,
    subject=f"自動応答: RE: RE:[CASE {CASE_A}] {SUBJ_TC}", subj_cs="iso-2022-jp",
    body=part("text/plain", T_OOO, "iso-2022-jp", "7bit"), irt=35, refs=[35],
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], auth=auth_ms("tsubasa-dx.co.jp"))

T_INFO_A = f"""Hi Haruka,

Thanks for the quick answer. One snag: it arrived from {ME_C}, and that
is the address of the account we are about to take the certifications away from.
For your protection we only accept the go-ahead from the address that will stay
on the merged account, i.e. {ME_P}.

Would you send the same statement (leaving date included) from
{ME_P}? Replying to this mail from that mailbox is fine.

Marco
"""
add(37, L("info_request", True, CASE_A), "write-from-the-right-address request phrased as 'Would you send'; preceded by an explanation",
    date="Fri, 21 Mar 2025 01:02:27 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_A}] {SUBJ_TC}", body=part("text/plain", T_INFO_A, "utf-8", "8bit"),
    irt=35, refs=[31, 33, 35], auth=auth_google("amazon.com"))

T_UR_A2 = f"""Hello Marco,

Writing from my personal address as requested: I am leaving Tsubasa DX Co., Ltd.,
my last working day is March 31, 2025. I'd like everything merged into the account
registered to {ME_P}.

Thank you,
Haruka Nishimura
"""
add(38, L("user_reply", False, CASE_A), "subject has NO case number; only In-Reply-To/References tie it to the case",
    date="Fri, 21 Mar 2025 11:40:09 +0900", frm=addr(ME_NAME, ME_P), to=TC,
    subject="Re: my AWS certification account (leaving date)", body=part("text/plain", T_UR_A2, "utf-8", "7bit"),
    irt=37, refs=[31, 33, 35, 37])

T_HOLD_A2 = f"""Hello Haruka,

Your statement is on file, thank you. I have asked the AWS Partner Network team to
release the certification profile from Tsubasa DX. Partners are given up to three
business days to respond, and the case stays on hold until they do.

You don't have to do anything at the moment. As soon as the profile is released I
will write to you again.

Marco
"""
add(39, L("on_hold", False, CASE_A), "hold that explicitly asks nothing",
    date="Fri, 21 Mar 2025 06:18:50 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_A}] {SUBJ_TC}", body=part("text/plain", T_HOLD_A2, "utf-8", "8bit"),
    irt=38, refs=[31, 37, 38], auth=auth_google("amazon.com"))

T_PH1 = """<html><body style="font-family:Arial">
<img src="https://amazon-certsupport.com/img/aws-logo.png" alt="aws">
<h3>Action required: confirm your certification account merge</h3>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (Case 1742358810).
To avoid losing your certifications, you must confirm ownership within <b>24 hours</b>.</p>
<p><a href="https://amazon-certsupport.com/verify?id=1742358810">Confirm my accounts</a></p>
<p>If we don't receive your confirmation, both accounts will be suspended.</p>
<p>AWS Training and Certification Support</p>
</body></html>"""
add(40, L("suspicious", False, None), "lookalike domain amazon-certsupport.com, urgent confirm request, fake case number",
    date="Sat, 22 Mar 2025 17:44:02 +0000", frm=addr("AWS Certification Support", "support@amazon-certsupport.com"),
    to=ME_P, subject="Action required: confirm your AWS Certification account merge",
    body=part("text/html", T_PH1, "utf-8", "quoted-printable"), auth=auth_google("amazon-certsupport.com"))

T_MKT = """<html><body>
<p>西村 遥 様</p>
<p>AWS Summit Japan 2025 の事前登録を受け付けています。<br>
ご参加をご希望の方は、下記ボタンより今すぐご登録ください。席数に限りがございます。</p>
<table border="0" cellpadding="8"><tr><td style="background:#ff9900"><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></td></tr></table>
<p>本メールは送信専用です。配信停止をご希望の場合はこちら。</p>
</body></html>"""
add(41, L("unrelated", False, None), "AWS marketing in Japanese, HTML-only, imperative ご登録ください",
    date="Mon, 24 Mar 2025 01:00:00 +0000", frm=addr("AWS Japan", "aws-marketing-email-replies@amazon.com"),
    to=ME_P, subject="【AWS Summit Japan 2025】事前登録受付中",
    body=part("text/html", T_MKT, "utf-8", "base64"), auth=auth_google("amazon.com"))

T_CONF_A = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial;font-size:14px">
<p>Hi Haruka,</p>
<p>Good news: the partner organization has released your profile, so I can move ahead.
I found these two certification accounts for you:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eee"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certifications</td><td>none</td><td>SAA, DVA, SAP</td></tr>
</table>
<p>Everything from the account you don't keep goes into the one you do, and the other
is closed for good. Which of the two should remain?</p>
<p>Dana<br>AWS Training and Certification Customer Support</p>
</body></html>"""
add(42, L("confirmation_request", True, CASE_A),
    "HTML-only with a table; starts with good news; the ask is a bare question ('Which of the two should remain?'); company address in Cc",
    date="Mon, 24 Mar 2025 04:31:16 +0000", frm=addr("Amazon Web Services", TC), to=ME_P, cc=ME_C,
    subject=f"RE:[CASE {CASE_A}] {SUBJ_TC}", body=part("text/html", T_CONF_A, "utf-8", "quoted-printable"),
    irt=39, refs=[31, 37, 38, 39], auth=auth_google("amazon.com"))

T_FWD = f"""自分用に転送(会社アドレスは月末で止まるため)

________________________________
差出人: Amazon Web Services <{TC}>
送信日時: 2025年3月24日 13:31
宛先: {ME_P}
CC: {ME_C}
件名: RE:[CASE {CASE_A}] {SUBJ_TC}

Hi Haruka,

Good news: the partner organization has released your profile, so I can move ahead.
I found these two certification accounts for you:

Account #1  Login email: {ME_P}
Account #2  Login email: {ME_C}

Everything from the account you don't keep goes into the one you do, and the other
is closed for good. Which of the two should remain?

Dana
"""
add(43, L("user_reply", False, CASE_A),
    "the person forwards the request from the company mailbox to the personal one; Japanese Outlook forward headers; the ask appears only in forwarded text",
    date="Tue, 25 Mar 2025 09:02:44 +0900", frm=addr("Nishimura Haruka", ME_C), to=ME_P,
    subject=f"FW: RE:[CASE {CASE_A}] {SUBJ_TC}", body=part("text/plain", T_FWD, "iso-2022-jp", "7bit"),
    auth=auth_google("tsubasa-dx.co.jp"), extra=[("X-Mailer", "Microsoft Outlook 16.0")])

T_SB = """Order confirmation

Thank you for your purchase.

AWS Skill Builder Individual subscription (monthly)   $29.00
Order number: 114-3920587-2216609
Billing period: Mar 26, 2025 - Apr 25, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions
"""
add(44, L("unrelated", False, None), "Skill Builder receipt; order number looks like digits groups",
    date="Wed, 26 Mar 2025 08:19:27 +0000", frm=addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=ME_P,
    subject="Your AWS Skill Builder subscription receipt",
    body=part("text/plain", T_SB, "us-ascii", "7bit"), auth=auth_google("skillbuilder.aws"))

T_CLOSE_A = f"""Hello Haruka,

Just checking in on case {CASE_A}. On March 24 we sent you the two accounts we
found and have been waiting for your choice since. If we still haven't heard from
you by March 31 we'll take it that the merge is no longer wanted and close the
case.

A reply to this message, even a single line, keeps it active.

Dana
"""
add(45, L("closing_notice", True, CASE_A), "closing warning without 'please'; 'A reply … keeps it active'",
    date="Fri, 28 Mar 2025 00:55:03 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_A}] {SUBJ_TC}", body=part("text/plain", T_CLOSE_A, "us-ascii", "7bit"),
    irt=42, refs=[31, 39, 42], auth=auth_google("amazon.com"))

T_PH2 = f"""Hello,

As part of your case {CASE_A}, we need you to re-verify the email address that
will remain on your certification account. Sign in with your Builder ID here
within 48 hours:

https://aws-training-verify.s3-website.eu-central-1.example-host.net/merge?case={CASE_A}

If the verification is not completed the merge request will be cancelled.

AWS Training and Certification
"""
add(46, L("suspicious", False, None),
    "looks genuine (right From, real case number in subject) but Authentication-Results show dkim=fail and dmarc=fail for amazon.com",
    date="Fri, 28 Mar 2025 03:12:45 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_A}] {SUBJ_TC}", body=part("text/plain", T_PH2, "us-ascii", "7bit"),
    auth=auth_google("amazon.com", ok=False))

T_UR_A3 = f"""Confirmed — please merge into Account #1 ({ME_P}).
Sorry for the slow reply, I was travelling.

Haruka

On Fri, Mar 28, 2025 at 9:55 AM Amazon Web Services <{TC}> wrote:
{q(T_CLOSE_A)}
>
> On Mon, Mar 24, 2025 at 1:31 PM Amazon Web Services <{TC}> wrote:
>> Hi Haruka,
>>
>> Good news: the partner organization has released your profile, so I can move ahead.
>> Account #1  Login email: {ME_P}
>> Account #2  Login email: {ME_C}
>> Which of the two should remain?
>>
>> On Fri, Mar 21, 2025 at 3:18 PM Amazon Web Services <{TC}> wrote:
{q(T_HOLD_A2, '>>> ')}
>>>
{q(T_INFO_A, '>>> ')}
{q(T_HOLD_A, '>>> ')}
"""
add(47, L("user_reply", False, CASE_A), "one-line confirmation top-posted over three levels of quoted requests",
    date="Fri, 28 Mar 2025 11:07:30 +0900", frm=addr(ME_NAME, ME_P), to=TC,
    subject=f"Re: RE:[CASE {CASE_A}] {SUBJ_TC}", body=part("text/plain", T_UR_A3, "utf-8", "quoted-printable"),
    irt=45, refs=[31, 39, 42, 45])

T_UPD_A = f"""Thanks Haruka, got it. I've queued the merge of Account #2 into Account #1.
These run in batches, so it may take until tomorrow. I'll confirm on this case
when it's finished.

Dana
"""
add(48, L("case_update", False, CASE_A), "short progress note, asks nothing",
    date="Fri, 28 Mar 2025 04:20:58 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_A}] {SUBJ_TC}", body=part("text/plain", T_UPD_A, "us-ascii", "7bit"),
    irt=47, refs=[31, 45, 47], auth=auth_google("amazon.com"))

T_RES_A_TXT = f"""Hello Haruka,

The merge is complete: all certifications, exam history and benefits from
Account #2 are now on Account #1 ({ME_P}). Account #2 has been deactivated.
Your partner profile at Tsubasa DX may keep showing the old data for a few
days; that clears up by itself.

If you have other questions, feel free to reply to this email.

Dana
AWS Training and Certification Customer Support

-----Original Message-----
From: Amazon Web Services <{TC}>
Sent: Friday, March 28, 2025 12:55 AM
To: {ME_P}
Subject: RE:[CASE {CASE_A}] {SUBJ_TC}

{T_CLOSE_A}
-----Original Message-----
Sent: Monday, March 24, 2025 4:31 AM
Which of the two should remain?
"""
T_RES_A_HTML = "<html><body><pre style='font-family:Arial'>" + T_RES_A_TXT.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</pre></body></html>"
add(49, L("resolved", False, CASE_A), "completion with the closing notice and the confirmation question quoted below; 'feel free to reply' footer",
    date="Sat, 29 Mar 2025 02:03:37 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_A}] {SUBJ_TC}",
    body=("alt", [part("text/plain", T_RES_A_TXT, "utf-8", "quoted-printable"),
                  part("text/html", T_RES_A_HTML, "utf-8", "base64")]),
    irt=48, refs=[31, 45, 47, 48], auth=auth_google("amazon.com"))

T_SURV_A = f"""西村 遥 様

先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース {CASE_A} の対応について、満足度アンケートにご協力いただけますでしょうか。

  アンケートに回答する: https://survey.aws-training.amazon.com/s/{CASE_A}?lang=ja

所要時間は1分程度です。
"""
add(50, L("survey", False, CASE_A), "Japanese survey phrased with keigo いただけますでしょうか (looks like a request)",
    date="Sat, 29 Mar 2025 02:30:11 +0000", frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com"),
    to=ME_P, subject="サポートに関するアンケートのお願い",
    body=part("text/plain", T_SURV_A, "utf-8", "base64"), auth=auth_google("amazon.com"))

T_BADGE3 = """<html><body>
<h2>Your badges have a new home</h2>
<p>Hi Haruka,</p>
<p>Amazon Web Services Training and Certification has issued 3 badges to you:</p>
<ul><li>AWS Certified Solutions Architect – Professional</li>
<li>AWS Certified Solutions Architect – Associate</li>
<li>AWS Certified Developer – Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p>
</body></html>"""
add(51, L("badge", False, None), "Credly HTML-only right after the merge",
    date="Sat, 29 Mar 2025 02:41:55 +0000", frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="You've been issued 3 new badges",
    body=part("text/html", T_BADGE3, "utf-8", "quoted-printable"), auth=auth_google("credly.com"))

T_BEN = """Hi Haruka,

Your AWS Certification benefits have been updated. The following benefit is now
available in your account:

  50% discount on your next exam — expires December 31, 2025

Find it under Benefits in your AWS Certification account.

AWS Certification
"""
add(52, L("certification", False, None), "certification benefits notice after the merge",
    date="Sun, 30 Mar 2025 19:10:00 +0000", frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_P, subject="Your AWS Certification benefits have been updated",
    body=part("text/plain", T_BEN, "utf-8", "quoted-printable"), auth=auth_google("certmetrics.com"))

T_JIRA = """Haruka Nishimura,

[Resolved] CLOUD-2231: Consolidate staging accounts into the organization

Resolution: Done
Resolved by: Shinji Tanaka

Add a comment by replying to this email.
"""
add(53, L("unrelated", False, None), "Jira 'Resolved' + 'add a comment by replying'",
    date="Mon, 31 Mar 2025 08:44:12 +0000", frm=addr("Shinji Tanaka (Jira)", "jira@tsubasa-dx.atlassian.net"),
    to=ME_P, subject="[JIRA] (CLOUD-2231) Consolidate staging accounts into the organization",
    body=part("text/plain", T_JIRA, "utf-8", "7bit"), auth=auth_google("tsubasa-dx.atlassian.net"))

# ---------------------------------------------------------------- console case C
T_ACK_C = f"""Dear AWS customer,

We have received your request for support. Your case ID is {CASE_C}.

Subject: Exam voucher missing after certification account merge
Severity: General guidance
AWS account: 730218554961

A support engineer will respond according to the severity you selected.
{CONSOLE_FOOT.format(c=CASE_C)}"""
add(54, L("acknowledgement", False, CASE_C), "console 'New Support case' mail with 12-digit AWS account number next to the case ID",
    date="Tue, 8 Apr 2025 05:22:18 +0000", frm=addr("Amazon Web Services", CON), to=ME_P,
    subject=f"Amazon Web Services: New Support case: {CASE_C}", body=part("text/plain", T_ACK_C, "us-ascii", "7bit"),
    auth=auth_google("amazon.com"))

T_INFO_C = f"""Hello,

Thank you for contacting AWS Support. I understand the 50% exam discount that was on
your former certification account is not showing after the merge.

Benefits are issued per exam, so to trace it I need to know for which exam the
discount was earned and roughly when you passed it. Could you let us know those two
details by answering on the case in the Support Center?

We look forward to your reply.

Best regards,
Kenji O.
Amazon Web Services
{FB_FOOTER.format(c=CASE_C)}{CONSOLE_FOOT.format(c=CASE_C)}"""
add(55, L("info_request", True, CASE_C), "console case ask ('Could you let us know') must be answered in Support Center; feedback-rating footer below",
    date="Tue, 8 Apr 2025 09:40:51 +0000", frm=addr("Amazon Web Services", CON), to=ME_P,
    subject=f"RE:[CASE {CASE_C}] Exam voucher missing after certification account merge",
    body=part("text/plain", T_INFO_C, "utf-8", "quoted-printable"), irt=54, refs=[54], auth=auth_google("amazon.com"))

T_BOUNCE = f"""** Address not found **

Your message wasn't delivered to {CON} because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.1 {CON}: this mailbox cannot accept incoming e-mails

----- Original message -----

Subject: Re: RE:[CASE {CASE_C}] Exam voucher missing after certification account merge

It was the SAP-C02 exam, passed in November 2024.

> Could you let us know those two details by answering on the case in the Support Center?
"""
add(56, L("unrelated", False, None), "bounce of the person's email reply to the no-reply console address; quotes the ask and case subject",
    date="Tue, 8 Apr 2025 10:02:29 +0000", frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)", body=part("text/plain", T_BOUNCE, "utf-8", "7bit"),
    auth="mx.google.com; dkim=pass header.i=@googlemail.com")

T_CLOSE_C = f"""Hello,

We haven't received a response to our previous correspondence. If we don't hear
back from you, this case will be resolved automatically in 3 days.

To keep it open, add a reply on the case in the Support Center. Replies sent to this
email address are not received.

Best regards,
Amazon Web Services
{FB_FOOTER.format(c=CASE_C)}{CONSOLE_FOOT.format(c=CASE_C)}"""
add(57, L("closing_notice", True, CASE_C), "console auto-resolve warning; reply goes to Support Center, not email",
    date="Fri, 11 Apr 2025 09:41:00 +0000", frm=addr("Amazon Web Services", CON), to=ME_P,
    subject=f"RE:[CASE {CASE_C}] Exam voucher missing after certification account merge",
    body=part("text/plain", T_CLOSE_C, "us-ascii", "7bit"), irt=55, refs=[54, 55], auth=auth_google("amazon.com"))

T_UPD_C = f"""Hello,

Thank you for the details you added in the Support Center. I found the SAP-C02
discount on the deactivated profile; it did not carry over because it had been
issued after the merge snapshot was taken. I have started re-issuing it to your
current account. It can take up to one business day to appear.

Best regards,
Kenji O.
{FB_FOOTER.format(c=CASE_C)}{CONSOLE_FOOT.format(c=CASE_C)}"""
add(58, L("case_update", False, CASE_C), "progress report on a console case with a rating footer ('How did we do…')",
    date="Sat, 12 Apr 2025 02:15:37 +0000", frm=addr("Amazon Web Services", CON), to=ME_P,
    subject=f"RE:[CASE {CASE_C}] Exam voucher missing after certification account merge",
    body=part("text/plain", T_UPD_C, "utf-8", "quoted-printable"), irt=57, refs=[54, 55, 57], auth=auth_google("amazon.com"))

T_RES_C = f"""Hello,

The 50% discount now shows under Benefits on your certification account, valid until
December 31, 2025. I'm setting this case to resolved.

If anything still looks wrong you can reopen the case from the Support Center within
14 days; after that a new case will be needed.

Best regards,
Kenji O.
{FB_FOOTER.format(c=CASE_C)}{CONSOLE_FOOT.format(c=CASE_C)}"""
add(59, L("resolved", False, CASE_C), "console resolution with reopen-within-14-days hint and rating footer",
    date="Mon, 14 Apr 2025 03:50:09 +0000", frm=addr("Amazon Web Services", CON), to=ME_P,
    subject=f"RE:[CASE {CASE_C}] Exam voucher missing after certification account merge",
    body=("alt", [part("text/plain", T_RES_C, "utf-8", "quoted-printable"),
                  part("text/html", "<html><body><pre>" + T_RES_C.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>", "utf-8", "quoted-printable")]),
    irt=58, refs=[54, 55, 57, 58], auth=auth_google("amazon.com"))

T_SURV_C = f"""<html><body>
<p>Your AWS Support case {CASE_C} was recently resolved.</p>
<p><b>Overall, how satisfied are you with your support experience?</b></p>
<table><tr>
<td><a href="https://console.aws.amazon.com/support/survey?c={CASE_C}&s=1">1</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?c={CASE_C}&s=2">2</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?c={CASE_C}&s=3">3</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?c={CASE_C}&s=4">4</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?c={CASE_C}&s=5">5</a></td>
</tr></table>
<p>This survey email was sent from an address that cannot accept replies.</p>
</body></html>"""
add(60, L("survey", False, CASE_C), "HTML-only console survey with a table of rating links",
    date="Tue, 15 Apr 2025 04:00:00 +0000", frm=addr("Amazon Web Services", CON), to=ME_P,
    subject=f"Tell us about your experience with AWS Support case {CASE_C}",
    body=part("text/html", T_SURV_C, "us-ascii", "7bit"), auth=auth_google("amazon.com"))

T_PH3 = """AWS 認定をご利用のお客様

お客様の認定アカウントの統合手続きが保留されています。
本人確認が完了していないため、72時間以内に下記よりお手続きください。
期限を過ぎると、保有されている認定資格が失効いたします。

  https://aws-certification.jp-account-verify.com/login

ケース番号: 1744681203
AWS トレーニングと認定 事務局
"""
add(61, L("suspicious", False, None), "Japanese phishing, lookalike domain, 'ケース番号' and a deadline",
    date="Tue, 15 Apr 2025 12:33:09 +0900", frm=addr("AWS 認定 事務局", "support@aws-certification-jp.com"), to=ME_P,
    subject="【重要】AWS認定アカウントの統合が保留されています", subj_cs="iso-2022-jp",
    body=part("text/plain", T_PH3, "shift_jis", "8bit"),
    auth=auth_google("aws-certification-jp.com").replace("dmarc=pass", "dmarc=none"), eol="\r\n")

T_PV2 = """西村 遥 様

Pearson VUE をご利用いただきありがとうございます。
以下のとおり試験のご予約を承りました。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
登録ID: 527391846
日時: 2025年5月9日(金) 13:00
会場: ピアソン・プロフェッショナル・センター 東京渋谷

当日は試験開始15分前までにご来場ください。本人確認書類を2点ご持参ください。
"""
add(62, L("unrelated", False, None), "Japanese exam-vendor booking with a 9-digit 登録ID and 〜ください",
    date="Fri, 18 Apr 2025 06:18:40 +0000", frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
    subject="Pearson VUE 試験予約の確認", body=part("text/plain", T_PV2, "shift_jis", "base64"),
    auth=auth_google("pearson.com"))

T_RESULT = """Hello Haruka,

Your result for the AWS Certified Solutions Architect – Professional exam taken on
May 9, 2025 is now available. Sign in to your AWS Certification account to view your
score report.

AWS Certification
"""
add(63, L("certification", False, None), "exam result notice from certmetrics",
    date="Sat, 10 May 2025 21:05:33 +0000", frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_P, subject="Your AWS Certification exam results are available",
    body=part("text/plain", T_RESULT, "utf-8", "quoted-printable"), auth=auth_google("certmetrics.com"))

T_BADGE4 = """Congratulations, Haruka!

You earned the "AWS Certified Solutions Architect – Professional" badge from
Amazon Web Services Training and Certification.

Claim your badge: https://www.credly.com/earner/earned/badge/0c9e3a41-5d2b-4a7e-b1f6-3e19f8d4c720
"""
add(64, L("badge", False, None), "Credly from the older youracclaim.com address",
    date="Sun, 11 May 2025 01:12:08 +0000", frm=addr("Credly", "admin@youracclaim.com"), to=ME_P,
    subject="Congratulations! You earned a new badge",
    body=part("text/plain", T_BADGE4, "utf-8", "8bit"), auth=auth_google("youracclaim.com"))

T_NL2 = """This week in cloud careers

- How to keep your certifications when you change jobs
- Five exam-day mistakes
- Reader question: "Do I need to merge my accounts?" — reply and tell us your story!

You are subscribed as haruka.n.works@gmail.com. Unsubscribe any time.
"""
add(65, L("unrelated", False, None), "newsletter mentioning merging accounts and 'reply and tell us'",
    date="Mon, 12 May 2025 07:00:00 +0000", frm=addr("Cloud Career Weekly", "hello@cloudcareerweekly.news"), to=ME_P,
    subject="Changing jobs? Keep your certs", body=part("text/plain", T_NL2, "utf-8", "7bit"),
    auth=auth_google("cloudcareerweekly.news"))

# ---------------------------------------------------------------- case F
T_ACK_F = f"""<html><body>
<p>Amazon Web Services へのお問い合わせありがとうございます。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>ケースID</td><td>{CASE_F}</td></tr>
<tr><td>お問い合わせタイプ</td><td>AWS トレーニングと認定</td></tr>
<tr><td>その他の詳細</td><td>パートナープロファイル</td></tr>
</table>
<p>通常24時間以内に担当者よりご連絡いたします。<br>
同じ内容で別のケースを作成されますと、対応が遅れる場合がございます。</p>
<p>Amazon Web Services</p>
</body></html>"""
add(66, L("acknowledgement", False, CASE_F), "HTML-only Japanese ack with the case ID inside a table",
    date="Tue, 20 May 2025 00:17:01 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"[CASE {CASE_F}] [AWS Training and Certification Form Submission] - certification",
    body=part("text/html", T_ACK_F, "utf-8", "quoted-printable"), auth=auth_google("amazon.com"))

T_INFO_F = f"""<html><body style="font-family:Arial;font-size:13px">
<p>Hello Haruka,</p>
<p>I've read your note that your certifications still appear on the partner profile of your
former employer after the merge earlier this year. This can happen when the partner's copy
was not refreshed.</p>
<p>To request the refresh, the partner team needs the following:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th>Item</th><th>Details</th></tr>
<tr><td>Candidate ID of the account you kept</td><td>shown at the top right of the certification portal</td></tr>
<tr><td>Legal name of the former employer</td><td>as registered in AWS Partner Network</td></tr>
</table>
<p>Both can go in a reply to this message.</p>
<p>Sofia<br>AWS Training and Certification Customer Support</p>
</body></html>"""
add(67, L("info_request", True, CASE_F), "HTML-only; the ask is a table of items plus 'Both can go in a reply' (no please, no question)",
    date="Wed, 21 May 2025 03:45:22 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - certification",
    body=part("text/html", T_INFO_F, "utf-8", "quoted-printable"), irt=66, refs=[66], auth=auth_google("amazon.com"))

T_UR_F = f"""Hello Sofia,

Candidate ID: AWS10938351
Former employer: Tsubasa DX Co., Ltd.

Thanks,
Haruka

On Wed, May 21, 2025 at 12:45 PM Amazon Web Services <{TC}> wrote:
> Hello Haruka,
> To request the refresh, the partner team needs the following:
> Candidate ID of the account you kept / Legal name of the former employer
> Both can go in a reply to this message.
"""
add(68, L("user_reply", False, CASE_F, ["AWS10938351"]), "person's answer with candidate ID",
    date="Wed, 21 May 2025 13:02:10 +0900", frm=addr(ME_NAME, ME_P), to=TC,
    subject=f"Re: RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - certification",
    body=part("text/plain", T_UR_F, "utf-8", "7bit"), irt=67, refs=[66, 67])

T_HOLD_F = f"""西村 遥 様

AWS トレーニングと認定サポートの Sofia です。
情報のご提供ありがとうございました。

AWS Partner Network の担当チームに、パートナープロファイルの更新を依頼いたしました。
パートナー企業様側での処理が完了するまで、本ケースは保留とさせていただきます。
通常5営業日ほどお時間をいただいております。

現時点でお客様にご対応いただくことはございません。
進展がございましたら、改めてご連絡いたします。

Case ID: {CASE_F}
"""
add(69, L("on_hold", False, CASE_F), "Japanese hold waiting on the partner; says no action is needed; ISO-2022-JP",
    date="Thu, 22 May 2025 05:30:45 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - certification",
    body=part("text/plain", T_HOLD_F, "iso-2022-jp", "7bit"), irt=68, refs=[66, 67, 68], auth=auth_google("amazon.com"))

T_RES_F = f"""西村 様

パートナー企業様のプロファイルから、お客様の認定情報が削除されたことを確認いたしました。
本ケースは解決済みとしてクローズいたします。

ご利用ありがとうございました。

Sofia
AWS トレーニングと認定 カスタマーサポート

> 現時点でお客様にご対応いただくことはございません。
> 進展がございましたら、改めてご連絡いたします。
"""
add(70, L("resolved", False, CASE_F), "short Japanese resolution ('クローズいたします' here means resolved, not a no-reply closing); CRLF",
    date="Tue, 27 May 2025 07:12:33 +0000", frm=addr("Amazon Web Services", TC), to=ME_P,
    subject=f"RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - certification",
    body=part("text/plain", T_RES_F, "utf-8", "base64"), irt=69, refs=[66, 69], auth=auth_google("amazon.com"), eol="\r\n")

T_BADGE5 = """Hi Haruka,

Your "AWS Certified Developer – Associate" badge issued by Amazon Web Services
Training and Certification expires on July 2, 2025.

Recertify to keep your badge active, then share the renewed badge with your network.
"""
add(71, L("badge", False, None), "Credly badge-expiry notice (not certmetrics)",
    date="Mon, 2 Jun 2025 10:00:00 +0000", frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Your badge expires in 30 days", body=part("text/plain", T_BADGE5, "utf-8", "quoted-printable"),
    auth=auth_google("credly.com"))

T_PH4 = """<html><body>
<p>Hi Haruka,</p>
<p>Your AWS badges were <b>revoked</b> after a recent account merge. To restore them,
please confirm your certification account details:</p>
<p><a href="https://credly-badgecenter.com/restore?u=hn">Restore my badges</a></p>
<p>Credly Support</p>
</body></html>"""
add(72, L("suspicious", False, None), "fake Credly from lookalike credly-badgecenter.com referring to the merge",
    date="Tue, 3 Jun 2025 22:48:19 +0000", frm=addr("Credly Support", "no-reply@credly-badgecenter.com"), to=ME_P,
    subject="Action needed: your AWS badges were revoked",
    body=part("text/html", T_PH4, "utf-8", "base64"), auth=auth_google("credly-badgecenter.com"))

T_REPOST = """Hi Haruka,

Your question "Certification account still shows old employer after merge" on AWS re:Post
received a new answer. An accepted answer helps other community members — would you
review it and accept it if it solved your problem?

https://repost.aws/questions/QU8f2kD1

AWS re:Post
"""
add(73, L("unrelated", False, None), "re:Post community notification that asks a question about the same topic",
    date="Wed, 4 Jun 2025 09:31:50 +0000", frm=addr("AWS re:Post", "no-reply@repost.aws"), to=ME_P,
    subject="New answer to your question on AWS re:Post", body=part("text/plain", T_REPOST, "utf-8", "7bit"),
    auth=auth_google("repost.aws"))

T_FT = """Hello,

Your AWS account 730218554961 has exceeded 85% of the usage limit for one or more
AWS Free Tier-eligible services for the month of June.

Service: Amazon EC2  Usage: 640 hours of 750

To avoid charges, review your usage in the Billing console.

Amazon Web Services
"""
add(74, L("unrelated", False, None), "Free Tier alert from AWS with a 12-digit account number",
    date="Thu, 19 Jun 2025 02:04:11 +0000", frm=addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), to=ME_P,
    subject="AWS Free Tier limit alert", body=part("text/plain", T_FT, "us-ascii", "7bit"),
    auth=auth_google("costalerts.amazonaws.com"))

T_CM2 = """Hello Haruka,

Thank you for being part of the AWS Certified community. We're inviting a small group of
certified individuals to tell us about the value of their certification. Could you spare
ten minutes this week?

Take the survey: https://www.certmetrics.com/amazon/survey/?t=a19e02

AWS Certification
"""
add(75, L("certification", False, None), "certmetrics program-feedback invitation with 'Could you spare…' question",
    date="Tue, 24 Jun 2025 16:40:30 +0000", frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_P, subject="Tell us what your AWS Certification is worth to you",
    body=part("text/plain", T_CM2, "utf-8", "quoted-printable"), auth=auth_google("certmetrics.com"))


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith((".eml", ".json")) and f[:3].isdigit():
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, raw, label, note in MSGS:
        stem = "%03d-mail" % n
        with open(os.path.join(OUT, stem + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((stem, label, note))
    counts = {}
    for _, l, _ in rows:
        counts[l["kind"]] = counts.get(l["kind"], 0) + 1
    nr = sum(1 for _, l, _ in rows if l["needs_reply"])
    lines = ["me: %s %s" % (ME_P, ME_C), "",
             "# blind-79: held-out corpus", "",
             "Mailbox owner: Haruka Nishimura (西村 遥). Personal address %s, old company address %s "
             "(Tsubasa DX, an APN partner; mailbox closes 2025-03-31)." % (ME_P, ME_C), "",
             "Generated by `python3 gen.py` (standard library only). Files are in arrival order.", "",
             "## Cases", "",
             "| case | digits | channel | story |", "|---|---|---|---|",
             "| %s | 10 | T&C form (2021) | ack -> info request (JP) -> closing warning (JP) -> closed, reply reopens; never answered |" % CASE_E,
             "| %s | 11 | T&C form (2023) | ack (JP) -> queue update -> candidate-ID request -> reply -> confirmation (JP) -> reply -> merged -> survey; reopened for a missing badge -> question -> reply -> resolved (JP) |" % CASE_D,
             "| %s | 15 | T&C form (2025) | main merge: ack -> APN hold (asks) -> reply from wrong (company) address -> 'write from the kept address' -> reply threaded by headers only -> hold (no ask) -> confirmation (HTML table) -> closing warning -> 'Confirmed' -> update -> merged -> survey |" % CASE_A,
             "| %s | 15 | T&C form (2025) | duplicate form submission: ack (JP) -> resolved as duplicate |" % CASE_B,
             "| %s | 10 | Support Center console (2025) | new case -> info request (answer in console) -> bounce of email reply -> auto-resolve warning -> update -> resolved -> survey |" % CASE_C,
             "| %s | 15 | T&C form (2025) | partner profile: ack (HTML JP) -> info request (HTML table) -> reply -> hold (JP, no ask) -> resolved |" % CASE_F,
             "", "Non-case numbers: 12-digit AWS account IDs 482910376554 / 730218554961, 9-digit Pearson registration IDs 418209375 / 527391846, "
             "6-digit codes 603918 / 274105, fake case numbers in phishing (1742358810, 1744681203), Microsoft 16-digit request number.", "",
             "## Counts", "",
             "Messages: %d; needs_reply true: %d" % (len(rows), nr), "",
             ", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)), "",
             "## Messages", "",
             "| file | kind | reply? | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
    for stem, l, note in rows:
        lines.append("| %s | %s | %s | %s | %s |" % (stem, l["kind"], "yes" if l["needs_reply"] else "no",
                                                   l["case"] or "-", note.replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(len(rows), "messages;", counts, "needs_reply:", nr)


if __name__ == "__main__":
    main()
