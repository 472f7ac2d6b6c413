#!/usr/bin/env python3
"""Blind held-out corpus generator (stdlib only). Writes NNN-msg.eml / NNN-msg.json beside itself."""
import base64, json, os, quopri, zlib
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "kaito.morishita.dev@gmail.com"
ME_C = "k-morishita@hanazono-tech.co.jp"
ME_NAME = "Kaito Morishita"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CB = "1741760842"          # main merge, filed from company address (10 digits)
CA = "174183520100731"     # duplicate form submission from personal address (15)
CD = "17419033512"         # console case about voucher (11)
CE = "174360112300918"     # Japanese-handled duplicate-account case (15)
CG = "174464051200377"     # partner-profile link at new employer (15)
CH = "17449876201"         # console case in Japanese, service quota (11)

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(name, email, cs="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, email) if any(c in name for c in ",.()") else "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)

def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)

class P:
    """a leaf part"""
    def __init__(self, text, ctype="text/plain", charset="utf-8", cte=None):
        self.text, self.ctype, self.charset = text, ctype, charset
        if cte is None:
            cte = "7bit" if charset in ("us-ascii", "iso-2022-jp") else "8bit"
        self.cte = cte
    def render(self):
        h = "Content-Type: %s; charset=%s\nContent-Transfer-Encoding: %s\n" % (
            self.ctype, ('"%s"' % self.charset) if self.charset == "utf-8" and self.ctype == "text/html" else self.charset, self.cte)
        return h.encode("ascii"), encode_body(self.text, self.charset, self.cte)

class M:
    """a multipart"""
    def __init__(self, parts, sub="alternative", boundary=None, extra=""):
        self.parts, self.sub, self.extra = parts, sub, extra
        self.boundary = boundary or "==b_%d_%s" % (id(self) % 100000, sub)
    def render(self):
        h = ('Content-Type: multipart/%s; boundary="%s"%s\n' % (self.sub, self.boundary, self.extra)).encode("ascii")
        body = b"This is a multi-part message in MIME format.\n\n"
        for p in self.parts:
            ph, pb = p.render()
            body += b"--" + self.boundary.encode() + b"\n" + ph + b"\n" + pb
            if not pb.endswith(b"\n"):
                body += b"\n"
        body += b"--" + self.boundary.encode() + b"--\n"
        return h, body

class Raw:
    """a leaf part with literal headers (for message/delivery-status etc.)"""
    def __init__(self, headers, text):
        self.headers, self.text = headers, text
    def render(self):
        return self.headers.encode("ascii"), self.text.encode("utf-8")

def auth_gmail(domain, ok=True, dmarc_ok=None, mailfrom=None):
    dmarc_ok = ok if dmarc_ok is None else dmarc_ok
    mf = mailfrom or ("bounces." + domain)
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=s1 header.b=Qx7pLm2a;\n"
            "       spf=pass (google.com: domain of 0100@%s designates 54.240.8.21 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s") % (
        "pass" if ok else "fail", domain, mf, mf, "pass" if dmarc_ok else "fail",
        "NONE" if dmarc_ok else "QUARANTINE", domain)

def auth_m365(domain, ok=True):
    return ("spf=pass (sender IP is 54.240.27.44) smtp.mailfrom=amazonses.com; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100") % (
        "pass" if ok else "fail", domain, "pass" if ok else "fail", domain, "pass" if ok else "fail")

COUNT = [0]
def emit(slug_unused, label, frm, to, subject, date, body, *, cc=None, mid=None, irt=None, refs=None,
         auth=None, crlf=False, subj_cs="utf-8", extra=None):
    COUNT[0] += 1
    n = "%03d" % COUNT[0]
    name = "%s-msg" % n
    lines = []
    if auth:
        lines.append("Authentication-Results: " + auth)
    lines.append("Date: " + date)
    lines.append("From: " + frm)
    lines.append("To: " + to)
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Subject: " + hdr(subject, subj_cs))
    lines.append("Message-ID: " + (mid or "<%s.%s@generated.invalid>" % (n, COUNT[0] * 7919)))
    if irt:
        lines.append("In-Reply-To: " + irt)
    if refs or irt:
        lines.append("References: " + (refs or irt))
    for e in (extra or []):
        lines.append(e)
    lines.append("MIME-Version: 1.0")
    bh, bb = body.render()
    data = ("\n".join(lines) + "\n").encode("ascii") + bh + b"\n" + bb
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(data)
    kind, nr, case, cids = label
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump({"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cids}, f, ensure_ascii=False)
        f.write("\n")

def L(kind, nr=False, case=None, cids=()):
    return (kind, nr, case, list(cids))

def ses(tag):
    return "<0100019%s-5e1c2b7a-9d41-4f0e-8a63-1c2d3e4f%04d-000000@email.amazonses.com>" % (tag, zlib.crc32(tag.encode()) % 10000)

FORM_FROM = addr("Amazon Web Services", TC)
CONSOLE_FROM = addr("Amazon Web Services", CONSOLE)

def console_footer(case):
    return ("\n\nTo see all of your support cases and reply to this one, go to the Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. "
            "Use the link above to respond to this case.\n\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n") % case

def console_footer_ja(case):
    return ("\n\nサポートケースの確認と返信は、サポートセンターから行ってください:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
            "※このメールの送信元アドレスは受信専用ではありません。送信専用のため、このメールに返信いただいても届きません。"
            "ケースへのご返信は上記リンクからお願いいたします。\n\n"
            "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。\n") % case

# message ids reused for threading
MID = {}
def mid(key, tag=None):
    if key not in MID:
        MID[key] = ses(tag or key)
    return MID[key]


import datetime
def D(ymd, hm, tz="+0000"):
    dt = datetime.datetime.strptime(ymd + " " + hm, "%Y-%m-%d %H:%M")
    return dt.strftime("%a, %d %b %Y %H:%M:") + "%02d " % (int(hm[-1]) * 5 % 60) + tz

def form_subj(case, re="RE:"):
    return "%s[CASE %s] %s" % (re, case, FORM_SUBJ)

# ---------------------------------------------------------------- 001 GitHub merged (company)
emit("", L("unrelated"), addr("Yuto Shimizu", "notifications@github.com"), ME_C,
     "Re: [hanazono-tech/infra-modules] Bump aws provider to 5.90 (PR #412)", D("2025-03-10", "00:12"),
     P("Merged #412 into main.\n\n-- \nReply to this email directly, view it on GitHub:\n"
       "https://github.com/hanazono-tech/infra-modules/pull/412#event-16651203\n"
       "You are receiving this because you were mentioned.\n"),
     mid="<hanazono-tech/infra-modules/pull/412/issue_event/16651203@github.com>",
     auth=auth_m365("github.com"))

# ---------------------------------------------------------------- 002 HR offboarding (company, ISO-2022-JP, asks to reply but not support)
emit("", L("unrelated"), addr("人事部 総務グループ", "soumu@hanazono-tech.co.jp", "iso-2022-jp"), ME_C,
     "【ご確認ください】退職に伴う社内アカウント停止のご案内", D("2025-03-10", "17:40", "+0900"),
     P("森下 海斗 様\n\nお疲れさまです。総務グループの川口です。\n\n"
       "3月31日付でのご退職に伴い、社用メールアドレス（k-morishita@hanazono-tech.co.jp）は\n"
       "同日 18:00 をもって停止いたします。以降はこのアドレス宛のメールは受信できません。\n\n"
       "外部サービスに社用アドレスを登録されている場合は、停止日までに変更をお済ませください。\n"
       "PC返却日の希望を、3月14日までにこのメールへ返信してください。\n\n"
       "以上、よろしくお願いいたします。\n\n総務グループ 川口\n", charset="iso-2022-jp"),
     subj_cs="iso-2022-jp", auth=auth_m365("hanazono-tech.co.jp"))

# ---------------------------------------------------------------- 003 Builder ID code
emit("", L("unrelated"), addr("AWS", "no-reply@signin.aws"), ME_P,
     "Verify your AWS Builder ID email address", D("2025-03-11", "12:03"),
     P("Hello,\n\nTo finish creating your AWS Builder ID, enter this verification code:\n\n"
       "    583104\n\nThe code expires in 30 minutes. If you didn't request it, ignore this message.\n\n"
       "Amazon Web Services\n"),
     mid="<0100019583aa0b1c-verify-builderid@email.amazonses.com>", auth=auth_gmail("signin.aws"))

# ---------------------------------------------------------------- 004 ack B: new ticket-system layout, CRLF
emit("", L("acknowledgement", False, CB), FORM_FROM, ME_C,
     "[CASE %s] Request received - AWS Training and Certification" % CB, D("2025-03-12", "06:28"),
     P("========================================================\r\n"
       " REQUEST RECEIVED\r\n"
       "========================================================\r\n"
       " Reference ........ %s\r\n"
       " Channel .......... Web form\r\n"
       " Topic ............ Certification / Account Merge\r\n"
       " Submitted by ..... %s\r\n"
       " Target response .. 1 business day\r\n"
       "========================================================\r\n\r\n"
       "Hi Kaito,\r\n\r\n"
       "This is an automatic note to let you know your message reached the AWS Training and\r\n"
       "Certification team. A specialist will pick it up and write to you at this address.\r\n\r\n"
       "Submitting the same request again creates a second ticket and usually delays things,\r\n"
       "so there is no need to do that. Anything extra you think we should know can go in a\r\n"
       "reply to this message.\r\n\r\n"
       "Your original message:\r\n"
       "  Use case: I'm leaving Hanazono Tech at the end of March and want my certifications\r\n"
       "  moved to my personal account.\r\n"
       "  Addresses used: k-morishita@hanazono-tech.co.jp, kaito.morishita.dev@gmail.com\r\n"
       "  Keep: kaito.morishita.dev@gmail.com\r\n\r\n"
       "AWS Training and Certification\r\n" % (CB, ME_C), charset="us-ascii"),
     mid=mid("B-ack"), auth=auth_m365("amazon.com"), crlf=True)

# ---------------------------------------------------------------- 005 marketing
emit("", L("unrelated"), addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
     "Last call: register for AWS Summit Tokyo", D("2025-03-12", "23:00"),
     M([P("AWS Summit Tokyo is almost here. Register today and build your agenda.\n\n"
          "Reply STOP to unsubscribe or manage preferences at https://pages.awscloud.com/preferences\n"),
        P("<html><body><h1>AWS Summit Tokyo</h1><p>Register today and build your agenda.</p>"
          "<table><tr><td>Day 1</td><td>Keynote</td></tr><tr><td>Day 2</td><td>Certification lounge: "
          "get your AWS Certified photo taken!</td></tr></table>"
          "<p><a href='https://pages.awscloud.com/preferences'>Manage preferences</a></p></body></html>",
          "text/html", cte="quoted-printable")]),
     mid="<0100019588ffe0a1-mkt-summit@email.amazonses.com>", auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 006 on_hold B, APN, question buried after explanation
t6 = ("Hello Kaito,\n\n"
      "Thanks for reaching out about combining your certification records.\n\n"
      "When I looked up %s I found that the certification account behind it is linked to the\n"
      "AWS Partner Network profile of Hanazono Tech Co., Ltd. Partner organizations count the\n"
      "certifications held by their staff toward their program tier, so records attached to a\n"
      "partner profile are handled differently from ordinary accounts: we don't move them out of\n"
      "the partner's view while the holder still works there, and we put the request on hold\n"
      "until the situation is clear.\n\n"
      "Your request is therefore paused for now. Nothing has been changed on either account.\n\n"
      "Are you leaving Hanazono Tech, and if so, what is your last working day? Once I know\n"
      "that I can take this forward.\n\n"
      "Best regards,\nPriya S.\nAWS Training and Certification\n" % ME_C)
emit("", L("on_hold", True, CB), FORM_FROM, ME_C, form_subj(CB), D("2025-03-13", "01:15"),
     M([P(t6, cte="quoted-printable"),
        P("<html><body>" + "".join("<p>%s</p>" % x.replace("\n", " ") for x in t6.split("\n\n")) + "</body></html>",
          "text/html", cte="quoted-printable")]),
     mid=mid("B-hold1"), irt=mid("B-ack"), auth=auth_m365("amazon.com"))

# ---------------------------------------------------------------- 007 user reply B (Outlook, company)
emit("", L("user_reply", False, CB, ["AWS31840277", "AWS07729155"]),
     addr("森下 海斗", ME_C), TC, form_subj(CB, "RE: "), D("2025-03-13", "10:40", "+0900"),
     P("Hello Priya,\r\n\r\nYes, I am leaving. My last day at Hanazono Tech is March 31, 2025, and this mailbox\r\n"
       "will be shut down that evening.\r\n\r\n"
       "For reference, the company-side candidate ID is AWS31840277 and my personal one is AWS07729155.\r\n\r\n"
       "Regards,\r\nKaito Morishita\r\n\r\n"
       "-----Original Message-----\r\nFrom: Amazon Web Services <%s>\r\nSent: Thursday, March 13, 2025 10:15 AM\r\n"
       "To: %s\r\nSubject: RE:[CASE %s] %s\r\n\r\n"
       "Hello Kaito,\r\n\r\nThanks for reaching out about combining your certification records.\r\n"
       "[...]\r\nAre you leaving Hanazono Tech, and if so, what is your last working day? Once I know\r\n"
       "that I can take this forward.\r\n\r\nBest regards,\r\nPriya S.\r\n" % (TC, ME_C, CB, FORM_SUBJ),
       charset="utf-8", cte="quoted-printable"),
     mid="<TYCPR01MB8841A2F3C0D9E6B1C7@TYCPR01MB8841.jpnprd01.prod.outlook.com>",
     irt=mid("B-hold1"), refs=mid("B-ack") + " " + mid("B-hold1"), crlf=True,
     extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdmUe1c2Qk9x"])

# ---------------------------------------------------------------- 008 info_request B: write from the kept address (no "please")
emit("", L("info_request", True, CB), FORM_FROM, ME_C, form_subj(CB), D("2025-03-13", "02:31"),
     P("Hi Kaito,\n\nThanks, that's clear.\n\n"
       "One more thing before I can continue. Changes to an account can only be authorised from the\n"
       "email address on that account, and the account you want to keep is registered to\n"
       "kaito.morishita.dev@gmail.com. I need a short message from that mailbox on this case saying you\n"
       "want the two accounts combined. A reply from the Hanazono address doesn't count for this step.\n\n"
       "Priya S.\nAWS Training and Certification\n", charset="us-ascii"),
     mid=mid("B-info1"), irt="<TYCPR01MB8841A2F3C0D9E6B1C7@TYCPR01MB8841.jpnprd01.prod.outlook.com>",
     auth=auth_m365("amazon.com"))

# ---------------------------------------------------------------- 009 ack A: Japanese, ISO-2022-JP (duplicate form from personal)
emit("", L("acknowledgement", False, CA), FORM_FROM, ME_P,
     "RE:[CASE %s] [AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ" % CA, D("2025-03-13", "03:07"),
     P("森下 海斗 様\n\n"
       "AWS トレーニングと認定へのお問い合わせを受け付けました。\n"
       "お問い合わせ番号（ケース ID）: %s\n\n"
       "担当者が内容を確認し、原則として 1 営業日以内にご連絡いたします。\n"
       "同じ内容のお問い合わせを重ねて送信されますと、対応が遅れる原因となりますのでご注意ください。\n\n"
       "補足事項がございましたら、件名を変更せずにこのメールへご返信ください。\n\n"
       "-- お問い合わせ内容 --\n"
       "お問い合わせタイプ: 認定\nその他の詳細: アカウントの統合\n"
       "本文: 会社のアカウントを個人アカウントに統合したいです。\n\n"
       "Amazon Web Services トレーニングと認定\n" % CA, charset="iso-2022-jp"),
     subj_cs="iso-2022-jp", mid=mid("A-ack"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 010 resolved A: closed as duplicate, nothing to do
emit("", L("resolved", False, CA), FORM_FROM, ME_P, form_subj(CA, "RE: "), D("2025-03-13", "05:50"),
     P("Hello Kaito,\n\n"
       "Thank you for writing from your personal address — that message gives us exactly the\n"
       "verification my colleague was after on your earlier case %s, so the step she asked for there is\n"
       "now covered and you don't have to send anything else for it.\n\n"
       "Because both tickets are about the same merge, I have attached this one to the earlier case and\n"
       "marked case %s as resolved. All further updates will come under %s.\n\n"
       "Kind regards,\nMarco\nAWS Training and Certification\n" % (CB, CA, CB)),
     mid=mid("A-res"), irt=mid("A-ack"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 011 Pearson VUE confirmation (9-digit registration)
emit("", L("unrelated"), addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
     "Confirmation of your AWS Certified Solutions Architect - Professional exam", D("2025-03-13", "22:22"),
     M([P("Dear Kaito Morishita,\n\nThank you for scheduling with Pearson VUE.\n\n"
          "Registration ID: 482913706\nExam: SAP-C02 AWS Certified Solutions Architect - Professional\n"
          "Appointment: Saturday, March 22, 2025 10:00 JST\nLocation: Online (OnVUE)\n\n"
          "Please run the system test before exam day. Need to reschedule? Do it at least 24 hours in advance.\n"),
        P("<html><body><p>Dear Kaito Morishita,</p><table border='1'><tr><th>Registration ID</th><td>482913706</td></tr>"
          "<tr><th>Exam</th><td>SAP-C02</td></tr><tr><th>Appointment</th><td>2025-03-22 10:00 JST</td></tr></table>"
          "<p>Please run the system test before exam day.</p></body></html>", "text/html", cte="quoted-printable")]),
     mid="<PVUE.482913706.20250314082210@pearson.com>", auth=auth_gmail("pearson.com"))

# ---------------------------------------------------------------- 012 on_hold B: partner administrator, asks nothing (HTML alt, base64)
h12 = ("<html><body style='font-family:Arial'>"
       "<p>Hi Kaito,</p>"
       "<p>Thank you for confirming from your personal address.</p>"
       "<p>Because the company account is attached to Hanazono Tech's AWS Partner Network profile, I have "
       "written to the Partner Central administrator there and asked them to release your certification record. "
       "Until they answer, the case stays <b>on hold</b>. In our experience this takes two to five business days.</p>"
       "<p>This is with the partner now; there is no step for you here. I will be back in touch as soon as I hear from them.</p>"
       "<p>Priya S.<br>AWS Training and Certification</p></body></html>")
emit("", L("on_hold", False, CB), FORM_FROM, ME_P, form_subj(CB), D("2025-03-14", "04:10"),
     M([P("Hi Kaito,\n\nThank you for confirming from your personal address.\n\n"
          "Because the company account is attached to Hanazono Tech's AWS Partner Network profile, I have\n"
          "written to the Partner Central administrator there and asked them to release your certification\n"
          "record. Until they answer, the case stays on hold. In our experience this takes two to five\n"
          "business days.\n\nThis is with the partner now; there is no step for you here. I will be back in\n"
          "touch as soon as I hear from them.\n\nPriya S.\nAWS Training and Certification\n", cte="base64"),
        P(h12, "text/html", cte="base64")]),
     cc=ME_C, mid=mid("B-hold2"), irt=mid("B-info1"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 013 suspicious lookalike (HTML only)
emit("", L("suspicious"), addr("AWS Certification Support", "support@aws-training-certsupport.com"), ME_C,
     "Action required: confirm your account merge [CASE %s]" % CB, D("2025-03-14", "09:02"),
     P("<html><body><p>Dear customer,</p><p>Your certification account merge request is awaiting confirmation. "
       "If you do not confirm within 24 hours, your certifications will be permanently revoked.</p>"
       "<p><a href='https://aws-training-certsupport.com/verify?id=%s'>Confirm merge now</a></p>"
       "<p>You will need to sign in with your AWS Builder ID password to proceed.</p>"
       "<p>AWS Training and Certification</p></body></html>" % CB, "text/html", cte="quoted-printable"),
     mid="<20250314090201.77812@aws-training-certsupport.com>",
     auth=auth_m365("aws-training-certsupport.com"))

# ---------------------------------------------------------------- 014 colleague out-of-office (Japanese)
emit("", L("unrelated"), addr("佐藤 美咲", "m-sato@hanazono-tech.co.jp"), ME_C,
     "自動応答: 引き継ぎ資料の件", D("2025-03-15", "10:05", "+0900"),
     P("お疲れさまです。佐藤です。\n\n3月14日から3月18日まで休暇をいただいております。\n"
       "期間中はメールを確認できません。3月19日以降に順次ご返信いたします。\n"
       "急ぎの場合は小林（s-kobayashi@hanazono-tech.co.jp）までご連絡ください。\n", charset="iso-2022-jp"),
     subj_cs="iso-2022-jp", extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     auth=auth_m365("hanazono-tech.co.jp"))

# ---------------------------------------------------------------- 015 case_update B: thanks + hold cleared, asks nothing
emit("", L("case_update", False, CB), FORM_FROM, ME_P, form_subj(CB, "RE: "), D("2025-03-17", "02:44"),
     P("Hi Kaito,\n\nThank you for your patience over the weekend.\n\n"
       "Hanazono Tech's partner administrator has answered and released your certification record, so the\n"
       "hold on case %s is lifted. Your request has moved to our merge specialists, who check both\n"
       "accounts before anything is combined.\n\nPriya S.\nAWS Training and Certification\n" % CB),
     cc=ME_C, mid=mid("B-upd1"), irt=mid("B-hold2"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 016 confirmation_request B: HTML only, table, no "please"
h16 = ("<html><head><style>td,th{border:1px solid #ccc;padding:4px}</style></head><body>"
       "<p>Hello Kaito,</p>"
       "<p>I'm Daniel from the merge team and I've picked up your case. I located two certification accounts that appear "
       "to belong to you:</p>"
       "<table><tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
       "<tr><td>Candidate ID</td><td>AWS07729155</td><td>AWS31840277</td></tr>"
       "<tr><td>Login email</td><td>%s</td><td>%s</td></tr>"
       "<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>"
       "<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>"
       "<tr><td>Active certifications</td><td>0</td><td>3</td></tr></table>"
       "<p>A merge cannot be undone. Account #1 would stay and Account #2 would be folded into it, with all history, "
       "certifications and benefits moving across. Is that right, or should it be the other way round?</p>"
       "<p>Regards,<br>Daniel R.<br>AWS Training and Certification</p></body></html>") % (ME_P, ME_C, ME_P, ME_C, ME_P, ME_C)
emit("", L("confirmation_request", True, CB, ["AWS07729155", "AWS31840277"]), FORM_FROM, ME_P, form_subj(CB),
     D("2025-03-17", "07:12"), P(h16, "text/html", cte="quoted-printable"),
     cc=ME_C, mid=mid("B-conf"), irt=mid("B-upd1"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 017 Jira (company)
emit("", L("unrelated"), addr("Jira", "jira@hanazono-tech.atlassian.net"), ME_C,
     "[JIRA] (INFRA-2291) Handover: certification budget tracking sheet", D("2025-03-18", "01:30"),
     P("Ayaka Ono assigned INFRA-2291 to you.\n\nSummary: Handover: certification budget tracking sheet\n"
       "Status: To Do\n\nCould you update the sheet with your remaining exam vouchers before you leave?\n\n"
       "View: https://hanazono-tech.atlassian.net/browse/INFRA-2291\n"),
     mid="<JIRA.48821.1742261400000@Atlassian.JIRA>", auth=auth_m365("hanazono-tech.atlassian.net"))

# ---------------------------------------------------------------- 018 billing (12-digit account id)
emit("", L("unrelated"), addr("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
     "Amazon Web Services Billing Statement Available [AWS ID 481516234200]", D("2025-03-18", "09:00"),
     P("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available\n"
       "on the AWS web site. Account ID: 481516234200\nBilling period: February 1 - February 28, 2025\n"
       "Total: USD 3.41\n\nYou can view it at https://console.aws.amazon.com/billing/home\n\n"
       "Thank you for using Amazon Web Services.\n"),
     mid="<0100019580billing481516234200@email.amazonses.com>", auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 019 tech newsletter, Japanese UTF-8 8bit
emit("", L("unrelated"), addr("Qiita", "mail@qiita.com"), ME_P, "今週の人気記事: AWS認定アカウントを退職前に整理する",
     D("2025-03-19", "09:00", "+0900"),
     P("今週 Qiita でよく読まれた記事をお届けします。\n\n"
       "1. 退職前にやっておきたい AWS 認定アカウントの統合手順\n"
       "   「サポートから確認メールが来たら Confirmed と返信するだけでした」\n"
       "2. Terraform 1.11 の新機能まとめ\n3. Bedrock でつくる社内 FAQ ボット\n\n"
       "配信停止はこちら: https://qiita.com/settings/notifications\n"),
     mid="<qiita-weekly-20250319@qiita.com>", auth=auth_gmail("qiita.com"))

# ---------------------------------------------------------------- 020 closing_notice B: top-posted over 016 (plain QP CRLF)
emit("", L("closing_notice", True, CB), FORM_FROM, ME_P, form_subj(CB, "RE: "), D("2025-03-20", "01:05"),
     P("Hi Kaito,\r\n\r\n"
       "Just following up on the note below. I still don't know which of the two accounts should survive,\r\n"
       "and nothing can be merged without that. If I hear nothing by Monday, March 24, the system will close\r\n"
       "this case on its own. A reply after that date opens it again, so nothing is lost.\r\n\r\n"
       "Daniel R.\r\n\r\n"
       "________________________________\r\n"
       "From: Amazon Web Services <%s>\r\nSent: Monday, March 17, 2025 7:12 AM\r\n"
       "Subject: RE:[CASE %s] %s\r\n\r\n"
       "Hello Kaito,\r\n\r\nI'm Daniel from the merge team and I've picked up your case.\r\n\r\n"
       "Account #1  Candidate ID AWS07729155  Login email %s\r\n"
       "Account #2  Candidate ID AWS31840277  Login email %s\r\n\r\n"
       "A merge cannot be undone. Account #1 would stay and Account #2 would be folded into it. Is that\r\n"
       "right, or should it be the other way round?\r\n" % (TC, CB, FORM_SUBJ, ME_P, ME_C), cte="quoted-printable"),
     cc=ME_C, mid=mid("B-close"), irt=mid("B-conf"), auth=auth_gmail("amazon.com"), crlf=True)

# ---------------------------------------------------------------- 021 user reply B (Gmail alt)
emit("", L("user_reply", False, CB, ["AWS07729155"]), addr(ME_NAME, ME_P), TC, form_subj(CB, "Re: RE: "),
     D("2025-03-20", "19:48", "+0900"),
     M([P("Hi Daniel,\n\nSorry for the slow answer. Confirmed: keep Account #1 (AWS07729155, the gmail one) and\n"
          "merge Account #2 into it.\n\nThanks,\nKaito\n\n"
          "On Thu, Mar 20, 2025 at 10:05 AM Amazon Web Services <%s> wrote:\n"
          "> Hi Kaito,\n>\n> Just following up on the note below. I still don't know which of the two accounts should survive,\n"
          "> and nothing can be merged without that. If I hear nothing by Monday, March 24, the system will close\n"
          "> this case on its own.\n" % TC),
        P("<div dir='ltr'>Hi Daniel,<br><br>Sorry for the slow answer. Confirmed: keep Account #1 (AWS07729155, the gmail one) "
          "and merge Account #2 into it.<br><br>Thanks,<br>Kaito</div><br><div class='gmail_quote'>"
          "<div class='gmail_attr'>On Thu, Mar 20, 2025 at 10:05 AM Amazon Web Services &lt;%s&gt; wrote:<br></div>"
          "<blockquote class='gmail_quote'>Hi Kaito,<br>Just following up on the note below. I still don't know which of the "
          "two accounts should survive...</blockquote></div>" % TC, "text/html", cte="quoted-printable")]),
     mid="<CAF7x9Qm2kPz8vLrW0aB1u@mail.gmail.com>", irt=mid("B-close"),
     refs=" ".join([mid("B-conf"), mid("B-close")]))

# ---------------------------------------------------------------- 022 case_update B: "thanks, received" (not an ack)
emit("", L("case_update", False, CB), FORM_FROM, ME_P, form_subj(CB), D("2025-03-20", "11:20"),
     P("Thank you for confirming, Kaito. We've received your choice and the merge is queued with the\n"
       "team that runs it. I'll write again when it has gone through.\n\nDaniel R.\n"),
     mid=mid("B-upd2"), irt="<CAF7x9Qm2kPz8vLrW0aB1u@mail.gmail.com>", auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 023 case_update B: partial progress, more to come
emit("", L("case_update", False, CB), FORM_FROM, ME_P, form_subj(CB, "RE: "), D("2025-03-21", "03:02"),
     P("Hi Kaito,\n\nQuick progress note on case %s.\n\n"
       "  - Exam history: moved to Account #1\n"
       "  - Certifications (3): moved to Account #1\n"
       "  - Benefits (50%% exam discount voucher): still with Account #2 -- our benefits team handles\n"
       "    vouchers separately and has the ticket now\n\n"
       "The request isn't finished until the voucher is across. I'll let you know when it is.\n\n"
       "Daniel R.\nAWS Training and Certification\n" % CB),
     mid=mid("B-upd3"), irt=mid("B-upd2"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 024 Credly badge
emit("", L("badge"), addr("Credly", "admin@credly.com"), ME_P,
     "Amazon Web Services Training and Certification sent you a badge", D("2025-03-21", "03:40"),
     M([P("Hi Kaito,\n\nAmazon Web Services Training and Certification has issued you the AWS Certified Solutions\n"
          "Architect - Associate badge.\n\nAccept your badge: https://www.credly.com/badges/7c1e2f44-0a9b-4d6e-9f2a-3b8c5d6e7f80\n\n"
          "Credly\n"),
        P("<html><body><p>Hi Kaito,</p><p>Amazon Web Services Training and Certification has issued you a badge.</p>"
          "<p><a href='https://www.credly.com/badges/7c1e2f44-0a9b-4d6e-9f2a-3b8c5d6e7f80'>Accept badge</a></p></body></html>",
          "text/html", cte="quoted-printable")]),
     mid="<credly-7c1e2f44-0a9b-4d6e-9f2a-3b8c5d6e7f80@credly.com>", auth=auth_gmail("credly.com"))

# ---------------------------------------------------------------- 025 Pearson VUE after test
emit("", L("unrelated"), addr("Pearson VUE", "noreply@pearson.com"), ME_P,
     "Thank you for testing with Pearson VUE", D("2025-03-22", "03:10"),
     P("Dear Kaito Morishita,\n\nThank you for taking your exam (Registration ID 482913706).\n"
       "Your results will be sent by the exam sponsor, usually within 5 business days.\n\n"
       "Tell us about your experience: https://pearsonvue.com/survey?r=482913706\n"),
     mid="<PVUE.482913706.post@pearson.com>", auth=auth_gmail("pearson.com"))

# ---------------------------------------------------------------- 026 resolved B: completion buried after explanation; quotes old request
t26 = ("Hello Kaito,\n\n"
       "A little background first, because vouchers behave differently from everything else. The 50%% discount\n"
       "you earned by passing an exam is issued against a specific certification account, so when two accounts\n"
       "are combined it doesn't travel with the exam history automatically. Our benefits team has to cancel the\n"
       "original code and issue a fresh one on the surviving account, with the same expiry date. That is what\n"
       "took the extra few days.\n\n"
       "You'll find the new code under Benefits on Account #1 (AWS07729155); the old code will no longer work.\n"
       "Your exam history and the three certifications from AWS31840277 were already moved last week.\n\n"
       "With the voucher across, everything you asked for in this case has been carried out.\n\n"
       "Best,\nDaniel R.\nAWS Training and Certification\n\n"
       "-----Original Message-----\n"
       "Sent: 2025-03-17 07:12 UTC\nSubject: RE:[CASE %s] %s\n\n"
       "Account #1 would stay and Account #2 would be folded into it, with all history, certifications\n"
       "and benefits moving across. Is that right, or should it be the other way round?\n" % (CB, FORM_SUBJ))
emit("", L("resolved", False, CB, ["AWS07729155", "AWS31840277"]), FORM_FROM, ME_P, form_subj(CB),
     D("2025-03-24", "05:33"),
     M([P(t26, cte="quoted-printable"),
        P("<html><body><pre>%s</pre></body></html>" % t26.replace("<", "&lt;"), "text/html", cte="quoted-printable")]),
     mid=mid("B-res1"), irt=mid("B-upd3"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 027 survey B
emit("", L("survey", False, CB), addr("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_P,
     "How did we do with case %s?" % CB, D("2025-03-24", "06:00"),
     P("<html><body><p>Hello,</p><p>Your recent AWS Training and Certification case (%s) was marked as resolved. "
       "Would you take one minute to rate the help you received?</p>"
       "<table><tr><td><a href='https://survey.aws/r?c=%s&s=5'>Very satisfied</a></td>"
       "<td><a href='https://survey.aws/r?c=%s&s=1'>Very dissatisfied</a></td></tr></table>"
       "<p>Replies to this email are not monitored.</p></body></html>" % (CB, CB, CB), "text/html", cte="quoted-printable"),
     mid="<0100019590survey%s@email.amazonses.com>" % CB, auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 028 certmetrics feedback invitation
emit("", L("certification"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
     "AWS Certification wants to hear from you", D("2025-03-24", "14:00"),
     P("Hello Kaito,\n\nAs an AWS Certified individual, your view matters. Please answer a 10-minute survey on\n"
       "the certification program before April 15: https://www.certmetrics.com/amazon/survey/2025q1\n\n"
       "AWS Certification\n"),
     mid="<cm-2025q1-survey-7729155@certmetrics.com>", auth=auth_gmail("certmetrics.com"))

# ---------------------------------------------------------------- 029 user reply B reopening, from company address (wrong address)
emit("", L("user_reply", False, CB), addr("森下 海斗", ME_C), TC, form_subj(CB, "RE: "), D("2025-03-25", "09:12", "+0900"),
     P("Hi Daniel,\r\n\r\nSorry to come back to this. I signed in to the personal account this morning and the\r\n"
       "Benefits page is empty -- no voucher at all. Could you check?\r\n\r\nKaito\r\n\r\n"
       "-----Original Message-----\r\nFrom: Amazon Web Services <%s>\r\nSent: Monday, March 24, 2025 2:33 PM\r\n"
       "Subject: RE:[CASE %s] %s\r\n\r\nHello Kaito,\r\n\r\nA little background first, because vouchers behave differently...\r\n"
       % (TC, CB, FORM_SUBJ), cte="quoted-printable"),
     mid="<TYCPR01MB88410C4D7E1F2A3B4C@TYCPR01MB8841.jpnprd01.prod.outlook.com>", irt=mid("B-res1"), crlf=True)

# ---------------------------------------------------------------- 030 case_update B: reopened, thanks
emit("", L("case_update", False, CB), FORM_FROM, ME_C, form_subj(CB), D("2025-03-25", "01:40"),
     P("Hello Kaito,\n\nThanks for telling us. I've reopened case %s and asked the benefits team to look at\n"
       "why the new code isn't visible.\n\nDaniel R.\n" % CB),
     cc=ME_P, mid=mid("B-reopen"), irt="<TYCPR01MB88410C4D7E1F2A3B4C@TYCPR01MB8841.jpnprd01.prod.outlook.com>",
     auth=auth_m365("amazon.com"))

# ---------------------------------------------------------------- 031 info_request B: mixed news + ask, buried, "we need you to"
emit("", L("info_request", True, CB), FORM_FROM, ME_P, form_subj(CB, "RE: "), D("2025-03-26", "00:55"),
     P("Hi Kaito,\n\nUpdate from the benefits team: the replacement code was created, but their log shows\n"
       "the original code being redeemed on March 22, so their system treated the benefit as used and\n"
       "didn't display the new one. They think the redemption was the SAP-C02 appointment you booked\n"
       "before the merge, but they won't re-issue anything until it's clear.\n\n"
       "So we need you to tell us whether you paid for that March 22 exam with the discount code or at full\n"
       "price. Send the answer from this gmail address; the Hanazono address is being retired and we've\n"
       "stopped taking instructions from it on this case.\n\nDaniel R.\nAWS Training and Certification\n"),
     cc=ME_C, mid=mid("B-info2"), irt=mid("B-reopen"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 032 user reply B
emit("", L("user_reply", False, CB), addr(ME_NAME, ME_P), TC, form_subj(CB, "Re: RE: "), D("2025-03-26", "12:30", "+0900"),
     P("Hi Daniel,\n\nYes, I used the 50%% code for the March 22 exam, so the voucher was spent. Sorry, I forgot\n"
       "about that. If that means there is no voucher to move, that's fine.\n\nKaito\n\n"
       "2025年3月26日(水) 9:55 Amazon Web Services <%s>:\n"
       "> So we need you to tell us whether you paid for that March 22 exam with the discount code or at full\n> price.\n" % TC),
     mid="<CAF7x9Qm7hTa1Nq3oCc5Ee@mail.gmail.com>", irt=mid("B-info2"))

# ---------------------------------------------------------------- 033 ack D: console New Support case
emit("", L("acknowledgement", False, CD), CONSOLE_FROM, ME_P, "Amazon Web Services: New Support case: %s" % CD,
     D("2025-03-26", "04:12"),
     P("Dear AWS Customer,\n\nWe have received your support case %s: \"Exam voucher missing after certification\n"
       "account merge\". A member of our team will respond shortly.\n\nAccount: 481516234200\nSeverity: General guidance\n"
       % CD + console_footer(CD)),
     mid=mid("D-ack"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 034 info_request D: console, answer in Support Center, feedback footer
emit("", L("info_request", True, CD), CONSOLE_FROM, ME_P, "RE:[CASE %s] Exam voucher missing after certification account merge" % CD,
     D("2025-03-27", "02:20"),
     P("Hello,\n\nThank you for contacting AWS Support. Certification benefits are owned by the AWS Training and\n"
       "Certification team rather than by technical support, and I can forward the question to them. To\n"
       "route it correctly I'll need the candidate ID of the account that should hold the voucher (it starts\n"
       "with AWS followed by eight digits, shown at the top right of the certification portal).\n"
       "Add it as a reply on this case in the Support Center; email replies don't reach us.\n\n"
       "Best regards,\nSven K.\nAmazon Web Services\n\n"
       "We value your feedback. Please share your experience by rating this correspondence using the AWS\n"
       "Support Center link at the end of this correspondence. Each correspondence can also be rated by\n"
       "selecting the stars in top right corner of each correspondence within the AWS Support Center.\n"
       + console_footer(CD)),
     mid=mid("D-info"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 035 other vendor case closed
emit("", L("unrelated"), addr("Datadog Support", "support@datadoghq.com"), ME_P,
     "[Datadog] Your request #1884213 has been solved", D("2025-03-27", "06:00"),
     P("Hello Kaito,\n\nYour request #1884213 (\"Agent not reporting after upgrade\") has been set to Solved.\n"
       "If the issue is not fixed, simply reply to this email and the ticket will reopen.\n\n"
       "How would you rate the support you received? Good / Bad\n\nDatadog Support\n"),
     mid="<ZD1884213.solved@datadoghq.com>", auth=auth_gmail("datadoghq.com"))

# ---------------------------------------------------------------- 036 on_hold B: waiting on another team, no ask
emit("", L("on_hold", False, CB), FORM_FROM, ME_P, form_subj(CB), D("2025-03-27", "08:45"),
     P("Hi Kaito,\n\nThanks, that explains the log. Whether a spent voucher can be honoured again after a merge\n"
       "is a decision for the certification program team, not for us, so I've sent them the details.\n"
       "Case %s is parked until they decide; I'll pass on their answer.\n\n"
       "You've given us everything we need.\n\nDaniel R.\n" % CB),
     mid=mid("B-hold3"), irt="<CAF7x9Qm7hTa1Nq3oCc5Ee@mail.gmail.com>", auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 037 suspicious: genuine-looking, dmarc=fail
emit("", L("suspicious"), FORM_FROM, ME_P, form_subj(CB), D("2025-03-28", "03:10"),
     P("Hello Kaito,\n\nTo finish restoring your exam voucher we must verify your identity. Reply to this email\n"
       "with your AWS Builder ID password and the 6-digit code we just sent you, or use the secure form:\n"
       "https://aws-training.verify-benefits.info/case/%s\n\nDaniel R.\nAWS Training and Certification\n" % CB),
     mid="<20250328031002.4411.qmail@mx3.verify-benefits.info>",
     auth=auth_gmail("amazon.com", ok=False, mailfrom="verify-benefits.info"))

# ---------------------------------------------------------------- 038 closing_notice D: console auto-resolve warning
emit("", L("closing_notice", True, CD), CONSOLE_FROM, ME_P, "RE:[CASE %s] Exam voucher missing after certification account merge" % CD,
     D("2025-03-30", "02:20"),
     P("Hello,\n\nWe haven't received the information requested on this case. It will be resolved\n"
       "automatically in 3 days if there's no reply. To keep it open, respond through the Support Center.\n\n"
       "Amazon Web Services\n" + console_footer(CD)),
     mid=mid("D-close"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 039 resolved B: terse
emit("", L("resolved", False, CB), FORM_FROM, ME_P, form_subj(CB, "RE: "), D("2025-03-30", "23:58"),
     P("Kaito -- program team approved it. Fresh 50% voucher is on Account #1, expires 2026-03-22. Done.\n\nDaniel\n"),
     mid=mid("B-res2"), irt=mid("B-hold3"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 040 Credly: badges moved
emit("", L("badge"), addr("Credly", "admin@credly.com"), ME_P,
     "Your AWS badges have been updated", D("2025-03-31", "01:15"),
     P("<html><body><p>Hi Kaito,</p><p>Amazon Web Services Training and Certification updated 3 badges on your Credly profile "
       "after a change to your certification account.</p><ul><li>AWS Certified Solutions Architect - Associate</li>"
       "<li>AWS Certified Developer - Associate</li><li>AWS Certified SysOps Administrator - Associate</li></ul>"
       "<p><a href='https://www.credly.com/users/kaito-morishita/badges'>View your badges</a></p></body></html>",
       "text/html", cte="base64"),
     mid="<credly-profile-update-20250331@credly.com>", auth=auth_gmail("credly.com"))

# ---------------------------------------------------------------- 041 resolved D: console, mentions other case number
emit("", L("resolved", False, CD), CONSOLE_FROM, ME_P, "RE:[CASE %s] Exam voucher missing after certification account merge" % CD,
     D("2025-03-31", "03:30"),
     P("Hello,\n\nThank you for your reply in the Support Center. The Training and Certification team tells me\n"
       "the voucher was restored under their case %s, so there is nothing left to handle here and I'm\n"
       "resolving this case. Should you need anything else, you can reopen it from the Support Center\n"
       "within 14 days.\n\nSven K.\nAmazon Web Services\n\n"
       "We value your feedback. Please share your experience by rating this correspondence using the AWS\n"
       "Support Center link at the end of this correspondence.\n" % CB + console_footer(CD)),
     mid=mid("D-res"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 042 survey D (console)
emit("", L("survey", False, CD), addr("AWS Support", "no-reply-aws@amazon.com"), ME_P,
     "Tell us about your recent AWS Support experience (case %s)" % CD, D("2025-04-01", "03:30"),
     M([P("Your case %s was resolved. Please rate your experience (1-5):\nhttps://console.aws.amazon.com/support/feedback?displayId=%s\n"
          "This address cannot accept incoming e-mails.\n" % (CD, CD)),
        P("<html><body><p>Your case %s was resolved.</p><p>How satisfied were you?</p>"
          "<p><a href='https://console.aws.amazon.com/support/feedback?displayId=%s&r=5'>&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>"
          "</body></html>" % (CD, CD), "text/html", cte="quoted-printable")]),
     mid="<0100019595survey%s@email.amazonses.com>" % CD, auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 043 bounce (company mailbox closed)
emit("", L("unrelated"), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
     "Delivery Status Notification (Failure)", D("2025-04-01", "09:20"),
     M([P("Your message wasn't delivered to k-morishita@hanazono-tech.co.jp because the address couldn't be\n"
          "found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
          "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"),
        Raw("Content-Type: message/delivery-status\n",
            "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; k-morishita@hanazono-tech.co.jp\n"
            "Action: failed\nStatus: 5.1.10\n"),
        Raw("Content-Type: text/rfc822-headers\n",
            "From: Kaito Morishita <kaito.morishita.dev@gmail.com>\nTo: k-morishita@hanazono-tech.co.jp\n"
            "Subject: Fwd: RE:[CASE %s] %s\n" % (CB, FORM_SUBJ))],
       sub="report", extra="; report-type=delivery-status"),
     mid="<65f1a2b3.bounce.0401@mx.google.com>", auth="mx.google.com; spf=none")

# ---------------------------------------------------------------- 044 certmetrics expiry (candidate id)
emit("", L("certification", False, None, ["AWS07729155"]), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
     "Your AWS Certification expires in 90 days", D("2025-04-01", "15:00"),
     P("Hello Kaito Morishita (AWS07729155),\n\nYour AWS Certified Developer - Associate certification expires on\n"
       "June 30, 2025. To keep it active, pass the current exam or a higher-level one before that date.\n"
       "Remember that a 50% discount voucher is available under Benefits.\n\nAWS Certification\n"),
     mid="<cm-expiry-90-7729155@certmetrics.com>", auth=auth_gmail("certmetrics.com"))

# ---------------------------------------------------------------- 045 Skill Builder receipt
emit("", L("unrelated"), addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
     "Your AWS Skill Builder subscription receipt", D("2025-04-02", "01:00"),
     P("<html><body><p>Thanks for subscribing to AWS Skill Builder Individual.</p><table>"
       "<tr><td>Order</td><td>SB-2025-0402-118294</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr>"
       "<tr><td>Renews</td><td>May 2, 2025</td></tr></table></body></html>", "text/html", cte="quoted-printable"),
     mid="<sb-receipt-118294@aws.training>", auth=auth_gmail("aws.training"))

# ================================================================ Case E (Japanese handling)
E_SUBJ = "[CASE %s] AWS認定アカウントの重複について" % CE

# ---------------------------------------------------------------- 046 ack E: new Japanese layout, Shift_JIS 8bit
emit("", L("acknowledgement", False, CE), addr("AWS トレーニングと認定 カスタマーサービス", TC, "iso-2022-jp"), ME_P,
     "【受付完了】" + E_SUBJ, D("2025-04-02", "13:39"),
     P("森下 海斗 様\n\n"
       "このメールはシステムより自動送信しています。\n\n"
       "+------------------------------------------+\n"
       "  受付番号 : %s\n"
       "  受付日時 : 2025/04/02 22:38 (JST)\n"
       "  区分     : 認定 / アカウントの統合\n"
       "  状態     : 担当者割り当て待ち\n"
       "+------------------------------------------+\n\n"
       "お問い合わせいただき、誠にありがとうございます。\n"
       "内容を確認のうえ、担当者より改めてご連絡いたします。回答までに 1-2 営業日ほど\n"
       "お時間をいただく場合がございます。\n\n"
       "なお、同じ内容で新たにお問い合わせいただく必要はございません。\n"
       "追加でお伝えいただきたい情報がございましたら、本メールにそのままご返信ください。\n\n"
       "AWS トレーニングと認定 カスタマーサービス\n" % CE, charset="shift_jis", cte="8bit"),
     subj_cs="iso-2022-jp", mid=mid("E-ack"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 047 info_request E: keigo, buried, ISO-2022-JP
emit("", L("info_request", True, CE, ["AWS07729155"]), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
     "RE:" + E_SUBJ, D("2025-04-03", "05:20"),
     P("森下 海斗 様\n\n"
       "AWS トレーニングと認定サポートの中村でございます。\n"
       "このたびはお問い合わせいただき、誠にありがとうございます。\n\n"
       "ご連絡いただいた内容を拝見いたしました。同じメールアドレス（%s）で\n"
       "認定アカウントが複数作成されている場合、Credly 側でどちらのアカウントの認定を表示すべきか\n"
       "判別できず、バッジが正しく表示されないことがございます。\n"
       "弊社で確認いたしましたところ、AWS07729155 のほかにもう一つ、同じアドレスに紐づくアカウントが\n"
       "存在する可能性がございますが、氏名の表記が異なるため、ご本人様のものと断定できておりません。\n\n"
       "つきましては、お手数をおかけいたしますが、ご自身で把握されている AWS 候補 ID\n"
       "（AWS から始まる番号で、認定ポータル右上に表示されます）をすべてお知らせいただけますでしょうか。\n\n"
       "何卒よろしくお願い申し上げます。\n\n"
       "AWS トレーニングと認定 サポート\n中村\n" % ME_P, charset="iso-2022-jp"),
     subj_cs="iso-2022-jp", mid=mid("E-info"), irt=mid("E-ack"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 048 Builder ID code (login.awsapps.com)
emit("", L("unrelated"), addr("AWS", "no-reply@login.awsapps.com"), ME_P,
     "AWS Builder ID 確認コード", D("2025-04-03", "12:14"),
     P("AWS Builder ID へのサインインを続けるには、次の確認コードを入力してください。\n\n    771209\n\n"
       "このコードは 10 分間有効です。心当たりがない場合は、このメールを無視してください。\n"),
     mid="<0100019599awsapps-code-771209@email.amazonses.com>", auth=auth_gmail("login.awsapps.com"))

# ---------------------------------------------------------------- 049 closing_notice E: Japanese, HTML, base64
emit("", L("closing_notice", True, CE), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
     "RE:" + E_SUBJ, D("2025-04-05", "00:30"),
     P("<html><body><p>森下 海斗 様</p>"
       "<p>いつもお世話になっております。AWS トレーニングと認定サポートの中村でございます。</p>"
       "<p>4月3日にお送りしたご案内につきまして、現時点でご返信を確認できておりません。"
       "4月8日（火）までにご連絡がない場合、本ケースはいったんクローズとさせていただきます。</p>"
       "<p>クローズ後であっても、本メールにご返信いただければケースは再開され、引き続き対応いたします。"
       "ご多忙のところ恐縮ですが、ご確認のほどよろしくお願いいたします。</p>"
       "<p>中村</p></body></html>", "text/html", cte="base64"),
     subj_cs="iso-2022-jp", mid=mid("E-close"), irt=mid("E-info"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 050 user reply E: Japanese, gmail quoting, base64
emit("", L("user_reply", False, CE, ["AWS07729155", "AWS58203316"]), addr("森下 海斗", ME_P), TC,
     "Re: RE:" + E_SUBJ, D("2025-04-05", "10:12", "+0900"),
     P("中村様\n\nご連絡が遅くなり申し訳ありません。\n"
       "把握している候補 ID は次の 2 つです。\n\n  AWS07729155（普段使っているもの）\n  AWS58203316（Builder ID 移行時に作ってしまったもの）\n\n"
       "AWS58203316 の氏名はローマ字表記になっているかもしれません。\n"
       "よろしくお願いいたします。\n\n森下\n\n"
       "2025年4月5日(土) 9:30 AWS トレーニングと認定 <%s>:\n"
       "> 4月3日にお送りしたご案内につきまして、現時点でご返信を確認できておりません。\n"
       "> AWS07729155 のほかにもう一つ、同じアドレスに紐づくアカウントが\n" % TC, cte="base64"),
     subj_cs="utf-8", mid="<CAF7x9QnE1Ja5Ww2pQq8Rt@mail.gmail.com>", irt=mid("E-close"),
     refs=mid("E-ack") + " " + mid("E-info") + " " + mid("E-close"))

# ---------------------------------------------------------------- 051 on_hold E: exam vendor, asks (Shift_JIS base64)
emit("", L("on_hold", True, CE, ["AWS58203316"]), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
     "RE:" + E_SUBJ, D("2025-04-06", "02:05"),
     P("森下 海斗 様\n\n"
       "候補 ID をお知らせいただき、ありがとうございます。\n\n"
       "AWS58203316 のアカウントを確認いたしましたところ、3月22日に受験された試験の結果が、\n"
       "試験配信事業者（Pearson VUE）からまだ連携されていない状態でございました。\n"
       "結果の連携前に統合を行いますと記録が失われるおそれがあるため、連携が完了するまで\n"
       "本ケースは保留とさせていただきます。\n\n"
       "配信事業者への照会に必要となりますので、当該試験の登録番号（Registration ID、9 桁の数字）を\n"
       "ご返信にてお知らせいただけますでしょうか。\n\n"
       "よろしくお願いいたします。\n中村\n", charset="shift_jis", cte="base64"),
     subj_cs="iso-2022-jp", mid=mid("E-hold1"), irt="<CAF7x9QnE1Ja5Ww2pQq8Rt@mail.gmail.com>",
     auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 052 user reply E: no case number in subject, threaded by headers only
emit("", L("user_reply", False, CE), addr("森下 海斗", ME_P), TC, "試験の登録番号について",
     D("2025-04-06", "13:40", "+0900"),
     P("中村様\n\n登録番号は 482913706 です（SAP-C02、3月22日 OnVUE で受験）。\nよろしくお願いします。\n\n森下\n",
       charset="iso-2022-jp"),
     subj_cs="iso-2022-jp", mid="<CAF7x9QnR4Pv2Hh6kLm0Zs@mail.gmail.com>", irt=mid("E-hold1"),
     refs=mid("E-ack") + " " + mid("E-info") + " " + mid("E-close") + " <CAF7x9QnE1Ja5Ww2pQq8Rt@mail.gmail.com> " + mid("E-hold1"))

# ---------------------------------------------------------------- 053 on_hold E: exam vendor, no ask, with conditional invitation
emit("", L("on_hold", False, CE), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
     "RE:" + E_SUBJ, D("2025-04-07", "01:10"),
     P("森下 海斗 様\n\n登録番号のご連絡、ありがとうございます。\n"
       "いただいた番号をもとに Pearson VUE へ照会いたしました。現在は先方からの回答待ちのため、\n"
       "ケースは引き続き保留となっております。\n\n"
       "本件について、お客様に追加でご対応いただくことはございません。回答が届き次第、改めてご連絡いたします。\n"
       "なお、その他ご不明な点がございましたら、お気軽に本メールへご返信ください。\n\n中村\n",
       charset="utf-8", cte="quoted-printable"),
     subj_cs="iso-2022-jp", mid=mid("E-hold2"), irt="<CAF7x9QnR4Pv2Hh6kLm0Zs@mail.gmail.com>",
     auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 054 GitHub merged (personal)
emit("", L("unrelated"), addr("kaito-m", "notifications@github.com"), ME_P,
     "Re: [kaito-m/dotfiles] Merge duplicate zsh configs (PR #17)", D("2025-04-08", "11:02"),
     P("Merged #17 into main.\n\nThe accounts section is now consolidated; nothing else to do here.\n\n"
       "-- \nReply to this email directly or view it on GitHub:\nhttps://github.com/kaito-m/dotfiles/pull/17\n"),
     mid="<kaito-m/dotfiles/pull/17/issue_event/17003311@github.com>", auth=auth_gmail("github.com"))

# ---------------------------------------------------------------- 055 case_update E: progress (looks like completion?)
emit("", L("case_update", False, CE), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
     "RE:" + E_SUBJ, D("2025-04-09", "00:40"),
     P("森下 海斗 様\n\nお待たせいたしました。\n"
       "Pearson VUE より回答があり、3月22日の試験結果は AWS58203316 のアカウントへの連携が完了いたしました。\n"
       "これにより保留は解除となり、統合に向けた準備を進めております。\n\n"
       "統合そのものはまだ行っておりませんので、準備が整い次第、改めてご案内いたします。\n\n中村\n",
       charset="iso-2022-jp"),
     subj_cs="iso-2022-jp", mid=mid("E-upd1"), irt=mid("E-hold2"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 056 confirmation_request E: HTML table, keigo
emit("", L("confirmation_request", True, CE, ["AWS07729155", "AWS58203316"]),
     addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, "RE:" + E_SUBJ, D("2025-04-09", "06:15"),
     P("<html><body><p>森下 海斗 様</p><p>統合の準備が整いましたので、対象のアカウントをご案内いたします。</p>"
       "<table border='1' cellpadding='4'><tr><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>"
       "<tr><td>候補 ID</td><td>AWS07729155</td><td>AWS58203316</td></tr>"
       "<tr><td>ログイン用メールアドレス</td><td>%s</td><td>%s</td></tr>"
       "<tr><td>氏名表記</td><td>森下 海斗</td><td>Kaito Morishita</td></tr>"
       "<tr><td>保有認定数</td><td>3</td><td>1（SAP-C02）</td></tr></table>"
       "<p>アカウント #2 をアカウント #1 に統合し、#1 を残す形でよろしいでしょうか。"
       "統合後は元に戻すことができないため、ご確認のうえご返信のほどよろしくお願いいたします。</p>"
       "<p>中村</p></body></html>" % (ME_P, ME_P), "text/html", cte="quoted-printable"),
     subj_cs="iso-2022-jp", mid=mid("E-conf"), irt=mid("E-upd1"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 057 user reply E
emit("", L("user_reply", False, CE), addr("森下 海斗", ME_P), TC, "Re: RE:" + E_SUBJ, D("2025-04-09", "18:02", "+0900"),
     P("中村様\n\nはい、その内容で問題ありません。#1 を残して統合をお願いします。\n\n森下\n\n"
       "2025年4月9日(水) 15:15 AWS トレーニングと認定 <%s>:\n"
       "> アカウント #2 をアカウント #1 に統合し、#1 を残す形でよろしいでしょうか。\n" % TC, cte="8bit"),
     subj_cs="utf-8", mid="<CAF7x9QnW8Ty3Jj1nMp4Xu@mail.gmail.com>", irt=mid("E-conf"))

# ---------------------------------------------------------------- 058 case_update E: thanks, handed to team (not an ack)
emit("", L("case_update", False, CE), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
     "RE:" + E_SUBJ, D("2025-04-10", "00:20"),
     P("森下 海斗 様\n\nご確認いただき、誠にありがとうございます。ご返信を受領いたしました。\n"
       "統合作業を担当チームへ依頼いたしましたので、完了まで今しばらくお待ちくださいませ。\n\n中村\n",
       charset="iso-2022-jp"),
     subj_cs="iso-2022-jp", mid=mid("E-upd2"), irt="<CAF7x9QnW8Ty3Jj1nMp4Xu@mail.gmail.com>", auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 059 resolved E: keigo, buried, something automatic still to come; quotes old request
t59 = ("森下 海斗 様\n\n"
       "平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。\n\n"
       "本件の経緯を簡単にご説明いたします。同じメールアドレスで二つ目のアカウントが作成されていたため、\n"
       "Credly 側ではどちらの認定を表示すべきか判断できず、新しく取得された認定のバッジが発行されない\n"
       "状態となっておりました。Pearson VUE からの結果連携を待ったのはこのためでございます。\n\n"
       "担当チームより報告があり、AWS58203316 の試験履歴および認定は AWS07729155 へ移行され、\n"
       "ご依頼いただいておりましたアカウント統合はすべて完了いたしました。\n"
       "Credly のバッジは 48 時間以内に自動で発行されますので、お客様にてご対応いただくことはございません。\n\n"
       "今後ともどうぞよろしくお願い申し上げます。\n\n中村\n\n"
       "> 2025/04/03 中村 wrote:\n"
       "> つきましては、お手数をおかけいたしますが、ご自身で把握されている AWS 候補 ID\n"
       "> をすべてお知らせいただけますでしょうか。\n")
emit("", L("resolved", False, CE, ["AWS58203316", "AWS07729155"]), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
     "RE:" + E_SUBJ, D("2025-04-10", "07:45"),
     M([P(t59, cte="base64"),
        P("<html><body>" + t59.replace("\n", "<br>\n") + "</body></html>", "text/html", cte="base64")]),
     subj_cs="iso-2022-jp", mid=mid("E-res"), irt=mid("E-upd2"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 060 Credly badge for new cert
emit("", L("badge"), addr("Credly", "admin@credly.com"), ME_P,
     "Congratulations, Kaito! You earned AWS Certified Solutions Architect - Professional", D("2025-04-10", "09:20"),
     P("Hi Kaito,\n\nAmazon Web Services Training and Certification issued you a new badge:\n"
       "AWS Certified Solutions Architect - Professional\n\nClaim it: https://www.credly.com/badges/0d9e8f1a-2b3c-4d5e-8f90-a1b2c3d4e5f6\n"),
     mid="<credly-0d9e8f1a-2b3c-4d5e-8f90-a1b2c3d4e5f6@credly.com>", auth=auth_gmail("credly.com"))

# ---------------------------------------------------------------- 061 survey E: Japanese
emit("", L("survey", False, CE), addr("AWS カスタマーサービス", "aws-cs-survey@amazon.com", "iso-2022-jp"), ME_P,
     "アンケートご協力のお願い（ケース %s）" % CE, D("2025-04-11", "01:00"),
     P("森下 海斗 様\n\n先日はお問い合わせいただき、ありがとうございました。\n"
       "今後のサービス向上のため、今回のサポート対応についての評価をお聞かせいただけますと幸いです。\n"
       "回答所要時間は 1 分ほどです: https://survey.aws/ja/r?c=%s\n\n"
       "※本メールは送信専用です。ご返信いただいてもお答えできません。\n" % CE, charset="iso-2022-jp"),
     subj_cs="iso-2022-jp", mid="<0100019601survey%s@email.amazonses.com>" % CE, auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 062 suspicious: credly lookalike
emit("", L("suspicious"), addr("Credly Badges", "admin@credly-badge-verify.net"), ME_P,
     "Your AWS badge will be revoked in 48 hours", D("2025-04-12", "04:44"),
     P("<html><body><p>Hello,</p><p>We detected a duplicate certification account. Your AWS Certified badge will be "
       "revoked unless you confirm ownership.</p><p><a href='https://credly-badge-verify.net/confirm'>Confirm ownership</a></p>"
       "</body></html>", "text/html", cte="quoted-printable"),
     mid="<5521.20250412044401@credly-badge-verify.net>", auth=auth_gmail("credly-badge-verify.net"))

# ---------------------------------------------------------------- 063 suspicious: Japanese phishing, lookalike domain, fake case number
emit("", L("suspicious"), addr("AWS認定 サポート", "no-reply@amazon-certsupport.com", "iso-2022-jp"), ME_P,
     "【重要】AWS認定アカウント統合の最終確認（ケース %s）" % CE, D("2025-04-12", "11:30"),
     P("森下 海斗 様\n\nアカウント統合の最終確認が完了しておりません。\n"
       "下記 URL より 24 時間以内にサインインし、本人確認を完了してください。\n"
       "完了されない場合、保有されている認定はすべて失効いたします。\n\n"
       "https://amazon-certsupport.com/ja/verify\n\nAWS トレーニングと認定\n", charset="utf-8", cte="base64"),
     subj_cs="utf-8", mid="<20250412113000.9912@amazon-certsupport.com>",
     auth=auth_gmail("amazon-certsupport.com"))

# ---------------------------------------------------------------- 064 certmetrics recertification
emit("", L("certification"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
     "Congratulations on recertifying your AWS Certification!", D("2025-04-14", "02:00"),
     P("Hello Kaito,\n\nBy earning AWS Certified Solutions Architect - Professional you have also recertified\n"
       "AWS Certified Solutions Architect - Associate. Its new expiration date is March 22, 2028.\n\n"
       "Download your certificate from the AWS Certification account.\n\nAWS Certification\n"),
     mid="<cm-recert-saa-2025@certmetrics.com>", auth=auth_gmail("certmetrics.com"))

# ================================================================ Case G (partner profile link at new employer)
G_SUBJ = "Link my certifications to my new employer's partner profile"

# ---------------------------------------------------------------- 065 ack G: HTML-only, ticket summary table
emit("", L("acknowledgement", False, CG), FORM_FROM, ME_P, "[CASE %s] We've got your request" % CG, D("2025-04-14", "14:22"),
     P("<html><body style='font-family:Helvetica'>"
       "<div style='background:#232f3e;color:#fff;padding:8px'>AWS Training &amp; Certification</div>"
       "<h2>Thanks, Kaito - your request is in.</h2>"
       "<table style='border-collapse:collapse'>"
       "<tr><td><b>Case</b></td><td>%s</td></tr>"
       "<tr><td><b>Subject</b></td><td>%s</td></tr>"
       "<tr><td><b>Status</b></td><td>New</td></tr>"
       "<tr><td><b>Typical first response</b></td><td>within 24 hours</td></tr></table>"
       "<p>There's no need to open another case for the same question. If you'd like to add something, "
       "reply to this email and it will be added to the case.</p>"
       "<p style='font-size:small'>You're receiving this because you contacted AWS Training and Certification.</p>"
       "</body></html>" % (CG, G_SUBJ), "text/html", cte="quoted-printable"),
     mid=mid("G-ack"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 066 on_hold G: partner admin, asks (question)
emit("", L("on_hold", True, CG, ["AWS07729155"]), FORM_FROM, ME_P, "RE:[CASE %s] %s" % (CG, G_SUBJ), D("2025-04-15", "03:30"),
     P("Hello Kaito,\n\nI can share the certifications on AWS07729155 with Sorano Cloud's partner profile, but a\n"
       "partner's administrator has to approve any new association, and Sorano Cloud has no administrator on\n"
       "record with us yet. I'm holding the case until that approval exists.\n\n"
       "Who manages Partner Central at Sorano Cloud? With a name and email address I can contact them\n"
       "directly.\n\nWarm regards,\nAisha M.\nAWS Training and Certification\n"),
     mid=mid("G-hold1"), irt=mid("G-ack"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 067 user reply G
emit("", L("user_reply", False, CG), addr(ME_NAME, ME_P), TC, "Re: RE:[CASE %s] %s" % (CG, G_SUBJ), D("2025-04-15", "20:05", "+0900"),
     P("Hi Aisha,\n\nIt's Rina Fujita, rina.fujita@sorano-cloud.jp. I've told her to expect your mail.\n\nThanks,\nKaito\n\n"
       "On Tue, Apr 15, 2025 at 12:30 PM Amazon Web Services <%s> wrote:\n> Who manages Partner Central at Sorano Cloud?\n" % TC),
     mid="<CAF7x9QnG5Hk2Zz7yRr3Vb@mail.gmail.com>", irt=mid("G-hold1"))

# ---------------------------------------------------------------- 068 on_hold G: no ask
emit("", L("on_hold", False, CG), FORM_FROM, ME_P, "RE:[CASE %s] %s" % (CG, G_SUBJ), D("2025-04-16", "01:50"),
     M([P("Hi Kaito,\n\nThank you. I've written to Rina Fujita with the approval steps. The case stays on hold until\n"
          "she approves the association in Partner Central; that part is between her and us, so you're free to\n"
          "ignore this thread until you hear from me.\n\nAisha M.\n"),
        P("<p>Hi Kaito,</p><p>Thank you. I've written to Rina Fujita with the approval steps. The case stays on hold "
          "until she approves the association in Partner Central; that part is between her and us, so you're free to "
          "ignore this thread until you hear from me.</p><p>Aisha M.</p>", "text/html")]),
     mid=mid("G-hold2"), irt="<CAF7x9QnG5Hk2Zz7yRr3Vb@mail.gmail.com>", auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 069 colleague at new employer (Japanese, not support)
emit("", L("unrelated"), addr("藤田 莉奈", "rina.fujita@sorano-cloud.jp"), ME_P, "Partner Central の承認しました",
     D("2025-04-17", "10:20", "+0900"),
     P("森下さん\n\nAWS から連絡が来たので、Partner Central で認定の紐づけを承認しておきました。\n"
       "反映されたら教えてください。\n\n藤田\n", charset="iso-2022-jp"),
     subj_cs="iso-2022-jp", mid="<TY3PR01MB4410F2@TY3PR01MB4410.jpnprd01.prod.outlook.com>",
     auth=auth_gmail("sorano-cloud.jp"))

# ---------------------------------------------------------------- 070 resolved G: HTML, partial (automatic delay), survey footer
emit("", L("resolved", False, CG), FORM_FROM, ME_P, "RE:[CASE %s] %s" % (CG, G_SUBJ), D("2025-04-18", "02:10"),
     M([P("Hi Kaito,\n\nRina approved the association yesterday and I've completed the link: your certifications\n"
          "are now shared with Sorano Cloud's partner profile. Partner Central refreshes its counts on its own\n"
          "schedule, so the numbers there may take up to five business days to change.\n\n"
          "Aisha M.\n\n--\nHow did we do? Rate this case: https://survey.aws/r?c=%s\n" % CG),
        P("<html><body><p>Hi Kaito,</p><p>Rina approved the association yesterday and I've completed the link: your "
          "certifications are now shared with Sorano Cloud's partner profile. Partner Central refreshes its counts on "
          "its own schedule, so the numbers there may take up to five business days to change.</p><p>Aisha M.</p>"
          "<hr><p style='font-size:small'>How did we do? <a href='https://survey.aws/r?c=%s'>Rate this case</a></p>"
          "</body></html>" % CG, "text/html", cte="quoted-printable")]),
     mid=mid("G-res"), irt=mid("G-hold2"), auth=auth_gmail("amazon.com"))

# ================================================================ Case H (console, Japanese, service quota)
H_SUBJ = "Lambda 同時実行数の上限緩和"

# ---------------------------------------------------------------- 071 ack H: console, Japanese
emit("", L("acknowledgement", False, CH), CONSOLE_FROM, ME_P, "Amazon Web Services: 新しいサポートケース: %s" % CH,
     D("2025-04-18", "05:00"),
     P("AWS をご利用いただきありがとうございます。\n\n"
       "サポートケース %s「%s」を受け付けました。担当エンジニアより追ってご連絡いたします。\n\n"
       "アカウント: 481516234200\n重要度: 一般的なガイダンス\n" % (CH, H_SUBJ) + console_footer_ja(CH), cte="quoted-printable"),
     mid=mid("H-ack"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 072 info_request H: console, Japanese, plain ください + feedback footer
emit("", L("info_request", True, CH), CONSOLE_FROM, ME_P, "RE:[CASE %s] %s" % (CH, H_SUBJ), D("2025-04-19", "01:40"),
     P("お問い合わせありがとうございます。AWS サポートの高橋です。\n\n"
       "上限緩和の申請を進めるにあたり、対象リージョンと希望する同時実行数が記載されていませんでした。\n"
       "サポートセンターのケース画面から、この 2 点を返信してください。\n\n"
       "高橋\nAmazon Web Services\n\n"
       "お客様のご意見をお聞かせください。サポートセンターの各対応の右上にある星を選択して、"
       "今回の対応を評価いただけます。\n" + console_footer_ja(CH), cte="base64"),
     mid=mid("H-info"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 073 resolved H: console, Japanese keigo, survey footer
emit("", L("resolved", False, CH), CONSOLE_FROM, ME_P, "RE:[CASE %s] %s" % (CH, H_SUBJ), D("2025-04-20", "23:10"),
     P("サポートセンターよりご返信いただき、ありがとうございます。\n\n"
       "東京リージョン（ap-northeast-1）の Lambda 同時実行数につきまして、ご希望の 3000 への引き上げが\n"
       "反映されましたことをご報告申し上げます。本ケースは解決済みとさせていただきます。\n"
       "ほかにご不明点がございましたら、サポートセンターからいつでもお問い合わせください。\n\n"
       "高橋\nAmazon Web Services\n\n"
       "お客様のご意見をお聞かせください。サポートセンターの各対応の右上にある星を選択して、"
       "今回の対応を評価いただけます。\n" + console_footer_ja(CH), cte="8bit"),
     mid=mid("H-res"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 074 exam-vendor customer service ack (not AWS)
emit("", L("unrelated"), addr("Pearson VUE Customer Service", "pvamericas@pearson.com"), ME_P,
     "We have received your inquiry - Case 06841234", D("2025-04-21", "07:15"),
     P("Dear Kaito,\n\nThank you for contacting Pearson VUE. We have opened case 06841234 for your request about\n"
       "a receipt for registration 482913706. A representative will respond within 2 business days.\n"
       "If you have more details to share, reply to this email and keep the case number in the subject.\n\n"
       "Pearson VUE Customer Service\n"),
     mid="<PVCS.06841234.ack@pearson.com>", auth=auth_gmail("pearson.com"))

# ---------------------------------------------------------------- 075 AWS marketing, Japanese
emit("", L("unrelated"), addr("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com", "iso-2022-jp"), ME_P,
     "【無料】AWS Certified AI Practitioner 試験対策ウェビナーのご案内", D("2025-04-22", "01:00"),
     M([P("AWS 認定の新しい試験対策ウェビナーを開催します。\nお申し込みはこちら: https://pages.awscloud.com/jp-cert-webinar\n"
          "配信停止をご希望の場合は、このメールに「配信停止」とご返信ください。\n", cte="quoted-printable"),
        P("<html><body><h2>試験対策ウェビナー</h2><p><a href='https://pages.awscloud.com/jp-cert-webinar'>お申し込み</a></p>"
          "<p>配信停止をご希望の場合は、このメールに「配信停止」とご返信ください。</p></body></html>", "text/html", cte="base64")]),
     subj_cs="iso-2022-jp", mid="<0100019650mkt-jp-webinar@email.amazonses.com>", auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 076 aws.training new course notice
emit("", L("unrelated"), addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
     "New in your learning plan: Advanced Networking Specialty prep", D("2025-04-23", "02:00"),
     P("Hi Kaito,\n\nA new course was added to your learning plan. Pick up where you left off:\n"
       "https://skillbuilder.aws/learning-plan/networking\n\nYou can change notification settings in your profile.\n"),
     mid="<sb-lp-update-20250423@aws.training>", auth=auth_gmail("aws.training"))
