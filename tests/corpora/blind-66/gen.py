#!/usr/bin/env python3
"""Generate the blind held-out corpus (blind-66). Standard library only."""
import os, json, hashlib, email.utils, datetime as dt
from email import charset as ecs
from email.message import Message
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.generator import BytesGenerator
from email.policy import compat32
import io

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "takase.kenji.k@gmail.com"
ME_C = "kenji.takase@nordwave-sys.co.jp"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

K1 = "9384710265"          # 2021, 10 digits, company address
K2 = "14208836591"         # 2023, console, 11 digits
K3 = "174038211406529"     # 2025 main merge (personal)
K4 = "174038334518877"     # 2025 duplicate submission
K5 = "174190553207741"     # 2025 third (SSO) account
K6 = "174282017455903"     # 2025 console case

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))

items = []
mids = {}      # key -> message-id
chains = {}    # key -> references list

def mid(n, dom):
    h = hashlib.sha1(("blind66-%d" % n).encode()).hexdigest()
    if dom == "amazon":
        return "<%s.%s@email.amazonses.com>" % (h[:16], h[16:30])
    if dom == "gmail":
        return "<CA+%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:30])
    if dom == "outlook":
        return "<TYCPR01MB%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:10].upper(), h[10:14].upper())
    return "<%s@%s>" % (h[:24], dom)

def auth(to, dom, dkim="pass", spf="pass", dmarc="pass", sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    if to.endswith("gmail.com"):
        return ("mx.google.com;\r\n       dkim=%s header.i=@%s header.s=%s header.b=Qx3k9a1Z;\r\n"
                "       spf=%s (google.com: domain of bounce@%s designates 54.240.27.17 as permitted sender) smtp.mailfrom=bounce@%s;\r\n"
                "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
                % (dkim, dom, sel, spf, dom, dom, dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", dom)).replace("\r\n", "\n")
    return ("spf=%s (sender IP is 54.240.8.93) smtp.mailfrom=%s; dkim=%s (signature was verified) header.d=%s;"
            "dmarc=%s action=%s header.from=%s;compauth=%s reason=%s"
            % (spf, dom, dkim, dom, dmarc, "none" if dmarc == "pass" else "quarantine", dom,
               "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000"))

def cs(name, enc):
    c = ecs.Charset(name)
    if enc == "qp":
        c.body_encoding = ecs.QP
    elif enc == "b64":
        c.body_encoding = ecs.BASE64
    elif enc in ("8bit", "7bit"):
        c.body_encoding = None
    return c

def part(text, sub, charset, enc):
    if charset == "iso-2022-jp":
        p = MIMEText(text, sub, "iso-2022-jp")
        return p
    if charset == "shift_jis":
        import base64
        p = Message()
        p["Content-Type"] = 'text/%s; charset="Shift_JIS"' % sub
        raw = text.encode("shift_jis")
        if enc == "b64":
            p["Content-Transfer-Encoding"] = "base64"
            b = base64.encodebytes(raw).decode("ascii")
            p.set_payload(b)
        else:
            p["Content-Transfer-Encoding"] = "8bit"
            p.set_payload(raw.decode("ascii", "surrogateescape"))
        return p
    p = MIMEText(text, sub, cs(charset, enc))
    if enc == "8bit" and "Content-Transfer-Encoding" not in p:
        p["Content-Transfer-Encoding"] = "8bit"
    return p

def hdr(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset if charset in ("iso-2022-jp", "shift_jis") else "utf-8")

def add(slug, label, frm, to, subj, date, text=None, html=None, charset="utf-8", enc="8bit",
        crlf=False, reply=None, key=None, dom="amazon", authr=None, cc=None, extra=None, note=""):
    n = len(items) + 1
    if text is not None and html is not None:
        m = MIMEMultipart("alternative")
        m.attach(part(text, "plain", charset, enc))
        m.attach(part(html, "html", charset, enc))
    elif html is not None:
        m = part(html, "html", charset, enc)
    else:
        m = part(text, "plain", charset, enc)
    body_headers = list(m.items())
    for k in list(m.keys()):
        del m[k]
    to_addr = email.utils.parseaddr(to)[1]
    frm_addr = email.utils.parseaddr(frm)[1]
    fdom = frm_addr.split("@")[1]
    if authr is None:
        authr = auth(to_addr, fdom if fdom != "amazon.com" else "amazon.com")
    if to_addr.endswith("gmail.com"):
        m["Delivered-To"] = to_addr
        m["Received"] = "by 2002:a05:7010:4b8e:b0:3f1:aa02:%x with SMTP id m14csp%d;\n        %s" % (n, 1000 + n, email.utils.format_datetime(date))
    else:
        m["Received"] = "from TYCPR01MB9999.jpnprd01.prod.outlook.com ([fe80::%x]) by TYCPR01MB9999.jpnprd01.prod.outlook.com with mapi id 15.20.8%03d.%d; %s" % (n, n, n, email.utils.format_datetime(date))
    if authr:
        m["Authentication-Results"] = authr
    m["From"] = frm if all(ord(c) < 128 for c in frm) else hdr_addr(frm, charset)
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = hdr(subj, charset)
    m["Date"] = email.utils.format_datetime(date)
    myid = mid(n, dom)
    m["Message-ID"] = myid
    if reply:
        m["In-Reply-To"] = mids[reply]
        refs = chains.get(reply, []) + [mids[reply]]
        m["References"] = " ".join(refs[-6:])
    else:
        refs = []
    for k, v in (extra or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body_headers:
        if k != "MIME-Version":
            m[k] = v
    if key:
        mids[key] = myid
        chains[key] = refs
    items.append((n, slug, m, label, crlf, note))
    return myid

def hdr_addr(frm, charset):
    name, addr = email.utils.parseaddr(frm)
    return "%s <%s>" % (Header(name, charset if charset == "iso-2022-jp" else "utf-8").encode(), addr)

def L(kind, nr=False, case=None, c=()):
    return {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": list(c)}

def d(y, mo, da, h, mi, tz=UTC):
    return dt.datetime(y, mo, da, h, mi, 0, tzinfo=tz)

def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))

TC_FOOT = ("\nBest regards,\n\n%s\nAWS Training and Certification Customer Service\n\n"
           "To contact us again about this case, please reply to this email.\n")

# ---------------------------------------------------------------- 2021 (company address)
add("billing-statement", L("unrelated"), "Amazon Web Services <aws-billing@amazon.com>", ME_C,
    "Amazon Web Services Billing Statement Available [Account: 408512739264]", d(2021, 3, 2, 9, 14),
    text="Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site. "
         "Your account will be charged the following:\n\nTotal: $42.17\n\nPlease see the Bills section of the Billing and Cost Management console "
         "for details: https://console.aws.amazon.com/billing/home#/bills\n\nAWS Account ID: 408512739264\n\n"
         "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n",
    enc="qp", crlf=True, note="billing mail with a 12-digit account ID in the subject; no case")

add("exam-result", L("certification", c=["AWS01928374"]), "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
    "Congratulations! You are now AWS Certified", d(2021, 3, 4, 22, 40),
    text="Dear Kenji Takase,\n\nCongratulations! You have successfully completed the AWS Certified Solutions Architect - Associate exam "
         "and you are now AWS Certified.\n\nCandidate ID: AWS01928374\nValidation Number: 7QJB1KQ2C2E41X3M\n\n"
         "Log in to your AWS Certification Account to download your certificate and access your benefits, including a 50% discount on your next exam.\n\n"
         "Please do not reply to this email.\n\nAWS Training and Certification\n",
    dom="certmetrics.com", note="certmetrics pass notice with candidate ID")

add("credly-claim", L("badge"), "Credly <admin@youracclaim.com>", ME_C,
    "Claim your AWS Certified Solutions Architect – Associate badge", d(2021, 3, 6, 1, 5),
    html="<html><body><table width='600'><tr><td><img src='https://images.youracclaim.com/logo.png' alt='Credly'></td></tr>"
         "<tr><td><p>Kenji,</p><p><b>Amazon Web Services Training and Certification</b> has issued you a badge: "
         "<b>AWS Certified Solutions Architect – Associate</b>.</p>"
         "<p><a href='https://www.youracclaim.com/earner/earned/badge/3f1c9b7e-5d2a-4c1e-9a0b-7e2d4f6a8c11'>Accept your badge</a></p>"
         "<p>Please accept your badge within 30 days.</p></td></tr></table></body></html>",
    dom="youracclaim.com", note="old Acclaim sender, HTML-only, 'please accept' is not a support request")

ACK1 = ("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your concern.\n\n"
        "The details of your case are as follows:\n\nCase ID: %s\nSubject: Account Merge\nSeverity: Low\n"
        "Correspondence: I have two certification accounts (one created twice with the same company email). "
        "My Credly badges are not showing. Please merge them.\n\n"
        "We will respond within 24 hours. If you have any additional information to add, please reply to this email. "
        "Please do not open a new case for the same request.\n\nSincerely,\nAmazon Web Services\n") % (K1, K1)
add("case-opened-a", L("acknowledgement", case=K1), "Amazon Web Services <%s>" % FORM, ME_C,
    "RE:[CASE %s] %s" % (K1, TC_SUBJ), d(2021, 6, 14, 3, 22), text=ACK1, key="k1", crlf=True,
    note="classic ack; 'please reply to this email' is conditional, no action needed")

REQ1_HTML = ("<html><body style='font-family:Arial'><p>Hi Kenji,</p>"
    "<p>Thanks for your patience. I located two certification accounts tied to your details:</p>"
    "<table border='1' cellpadding='4' style='border-collapse:collapse'>"
    "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
    "<tr><td>Candidate ID</td><td>AWS01928374</td><td>AWS02233118</td></tr>"
    "<tr><td>Login email</td><td>kenji.takase@nordwave-sys.co.jp</td><td>kenji.takase@nordwave-sys.co.jp</td></tr>"
    "<tr><td>Training notification email</td><td>kenji.takase@nordwave-sys.co.jp</td><td>k.takase@nordwave-sys.co.jp</td></tr>"
    "<tr><td>Certification notification email</td><td>kenji.takase@nordwave-sys.co.jp</td><td>k.takase@nordwave-sys.co.jp</td></tr>"
    "<tr><td>Certifications</td><td>SAA-C02</td><td>CLF-C01 (expired)</td></tr></table>"
    "<p>Once merged, the secondary account is deactivated and cannot be restored. Kindly confirm that Account #1 should be kept as the primary "
    "account, or tell me if you would prefer Account #2.</p>"
    "<p>Regards,<br>Priya S.<br>AWS Training and Certification Customer Service</p>"
    "<p style='font-size:11px;color:#777'>To contact us again about this case, please reply to this email.</p></body></html>")
add("account-table", L("confirmation_request", True, K1, ["AWS01928374", "AWS02233118"]), "Amazon Web Services <%s>" % FORM, ME_C,
    "RE:[CASE %s] %s" % (K1, TC_SUBJ), d(2021, 6, 15, 6, 48), html=REQ1_HTML, enc="qp", reply="k1", key="k1r",
    note="HTML-only table with Account #1/#2; ask uses 'Kindly confirm'; candidate IDs in table cells")

REQ1_TXT = ("Hi Kenji,\n\nThanks for your patience. I located two certification accounts tied to your details:\n\n"
            "Account #1  Candidate ID AWS01928374  Login email: kenji.takase@nordwave-sys.co.jp\n"
            "Account #2  Candidate ID AWS02233118  Login email: kenji.takase@nordwave-sys.co.jp\n\n"
            "Kindly confirm that Account #1 should be kept as the primary account, or tell me if you would prefer Account #2.\n\nRegards,\nPriya S.")
add("reply-outlook-a", L("user_reply", case=K1, c=["AWS01928374"]), "Takase Kenji <%s>" % ME_C, FORM,
    "RE: [CASE %s] %s" % (K1, TC_SUBJ), d(2021, 6, 15, 16, 2, JST),
    text="Hi Priya,\n\nConfirmed - please keep Account #1 (AWS01928374) and merge Account #2 into it.\n\nThanks,\nKenji Takase\nNordwave Systems Co., Ltd.\n\n"
         "-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: Tuesday, June 15, 2021 3:48 PM\nTo: Takase Kenji <%s>\n"
         "Subject: RE:[CASE %s] %s\n\n%s\n" % (FORM, ME_C, K1, TC_SUBJ, REQ1_TXT),
    reply="k1r", key="k1u", dom="outlook", authr="spf=pass smtp.mailfrom=nordwave-sys.co.jp; dkim=pass header.d=nordwave-sys.co.jp;dmarc=pass action=none header.from=nordwave-sys.co.jp",
    crlf=True, note="own reply, Outlook -----Original Message----- quoting the request (AWS02233118 only in quote)")

add("merged-notice-a", L("resolved", case=K1, c=["AWS01928374"]), "Amazon Web Services <%s>" % FORM, ME_C,
    "RE:[CASE %s] %s" % (K1, TC_SUBJ), d(2021, 6, 15, 23, 31),
    text="Hello Kenji,\n\nI have successfully merged all accounts. Your certification history now lives under candidate ID AWS01928374. "
         "It may take up to 48 hours for Credly to show the badges again.\n" + TC_FOOT % "Priya S." +
         "\n---- Original message ----\n" + quote(REQ1_TXT) + "\n",
    reply="k1u", key="k1d", crlf=True, note="completion that quotes the earlier 'Kindly confirm' request; footer says reply to contact again")

add("github-merged", L("unrelated"), "Hiroshi Nakamura <notifications@github.com>", ME_P,
    "Re: [nordwave/infra-tools] Add cert-account checklist (PR #142)", d(2021, 6, 16, 2, 12),
    text="Merged #142 into main.\n\n--\nYou are receiving this because you authored the thread.\nReply to this email directly, view it on GitHub:\n"
         "https://github.com/nordwave/infra-tools/pull/142#event-4871236650\n",
    dom="github.com", note="GitHub 'Merged' + 'Reply to this email' footer")

# ---------------------------------------------------------------- 2023 console case (company)
add("builder-code-a", L("unrelated"), "AWS <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address", d(2023, 5, 8, 11, 3),
    text="Hello,\n\nTo finish creating your AWS Builder ID, enter this verification code:\n\n482913\n\nThis code expires in 30 minutes. "
         "If you did not request this, you can ignore this email.\n\nAmazon Web Services\n", dom="signin.aws",
    note="6-digit one-time code, not a case number")

CONSOLE_FOOT = ("\n\nTo see all of your support cases or to add correspondence, please use this link: "
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
                "We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. "
                "You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n"
                "Best regards,\nAmazon Web Services\n\n"
                "============================================================\n"
                "Do not reply to this email. This email address cannot accept incoming e-mails. To respond, please use the link above.\n"
                "============================================================\n\n"
                "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n")

add("console-new-a", L("acknowledgement", case=K2), "Amazon Web Services <%s>" % CONSOLE, ME_C,
    "Amazon Web Services: New Support case: %s" % K2, d(2023, 5, 9, 1, 17),
    text="Dear Kenji Takase,\n\nCase ID %s has been created on behalf of [AWS ID 731950284416].\n\nSubject: Exam voucher missing after recertification\n"
         "Severity: General guidance\nCorrespondence: After recertifying SAA I no longer see the 50%% discount voucher in my benefits.\n\n"
         "You can view and respond to the case via the AWS Support Center: https://console.aws.amazon.com/support/home#/case/?displayId=%s\n\n"
         "Sincerely,\nAmazon Web Services\n\nThis email was sent from an address that cannot accept incoming e-mails.\n" % (K2, K2),
    key="k2", note="console ack: 11-digit case plus 12-digit AWS account ID in [AWS ID ...]")

add("console-question", L("info_request", True, K2, ["AWS01928374"]), "Amazon Web Services <%s>" % CONSOLE, ME_C,
    "RE:[CASE %s] Exam voucher missing after recertification" % K2, d(2023, 5, 9, 19, 40),
    text="Hello,\n\nMy name is Daniel and I'm picking up your case. Benefits are issued by the certification platform, not by the AWS account, so I "
         "need to find the correct certification profile first. Our records show candidate ID AWS01928374 under your company address, "
         "but no voucher was ever generated for the recertification in April.\n\n"
         "Can you confirm the date of the recertification exam and whether you took it online or at a test center? "
         "Please add this to the case in the Support Center, not by email." + CONSOLE_FOOT % K2,
    html=None, enc="qp", reply="k2", key="k2r",
    note="console request: explanation first, question buried, must be answered in Support Center; feedback footer")

add("console-reminder", L("closing_notice", True, K2), "Amazon Web Services <%s>" % CONSOLE, ME_C,
    "RE:[CASE %s] Exam voucher missing after recertification" % K2, d(2023, 5, 12, 20, 2),
    text="Hello,\n\nWe haven't heard back from you regarding this case. If we don't receive a response in the next 3 days, the case will be "
         "automatically resolved. To keep it open, reply through the Support Center with the details requested in my previous correspondence." + CONSOLE_FOOT % K2,
    reply="k2r", key="k2c", note="console auto-resolve warning; answered via console")

add("console-fixed", L("resolved", case=K2), "Amazon Web Services <%s>" % CONSOLE, ME_C,
    "RE:[CASE %s] Exam voucher missing after recertification" % K2, d(2023, 5, 14, 2, 55),
    text="Hello Kenji,\n\nThanks for the details. The certification team has reissued your 50% discount voucher; it is now visible under "
         "Benefits in your certification account. There's nothing else you need to do, so I'm marking this case as resolved." + CONSOLE_FOOT % K2,
    reply="k2c", key="k2d", note="resolution with 'We value your feedback. Please share...' footer (not a request)")

add("console-rating", L("survey", case=K2), "Amazon Web Services <%s>" % CONSOLE, ME_C,
    "How was your AWS Support experience? Case %s" % K2, d(2023, 5, 15, 2, 55),
    html="<html><body><p>Hello,</p><p>Your support case <b>%s</b> was recently resolved. Please take 2 minutes to tell us how we did.</p>"
         "<table><tr><td><a href='https://survey.aws.example/r?c=%s&s=1'>1</a></td><td><a href='#'>2</a></td><td><a href='#'>3</a></td>"
         "<td><a href='#'>4</a></td><td><a href='#'>5</a></td></tr></table><p>Amazon Web Services</p></body></html>" % (K2, K2),
    reply="k2d", note="survey with case number, 'please tell us' is not a case request")

add("pearson-booking", L("unrelated"), "Pearson VUE <pearsonvue@pearson.com>", ME_C,
    "Pearson VUE Confirmation of Booking", d(2023, 8, 20, 6, 30),
    text="Dear Kenji Takase,\n\nThank you for scheduling with Pearson VUE.\n\nRegistration ID: 482117093\nExam: SAP-C02 AWS Certified Solutions Architect - Professional\n"
         "Appointment: Saturday, September 9, 2023 at 10:00 AM JST\n\nPlease arrive 15 minutes early and bring two forms of ID. "
         "If you need to reschedule, please do so at least 24 hours before your appointment.\n\nPearson VUE\n", dom="pearson.com",
    note="exam vendor mail, 9-digit registration ID, many 'please'")

add("cert-feedback-invite", L("certification"), "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
    "AWS Certification wants to hear from you", d(2023, 9, 1, 16, 0),
    text="Hello,\n\nAs an AWS Certified individual, your opinion matters. Please take our 10-minute survey about the AWS Certification program "
         "and help us shape future exams.\n\nTake the survey: https://www.surveymonkey.com/r/awscert2023\n\nThank you,\nAWS Certification\n",
    dom="certmetrics.com", note="certmetrics feedback invite (certification, not survey of a case)")

# ---------------------------------------------------------------- 2025 leaving the company
add("hr-offboarding", L("unrelated"), "人事部 佐々木 <hr@nordwave-sys.co.jp>", ME_C,
    "退職手続きのご案内(要返信)", d(2025, 2, 3, 10, 0, JST),
    text="高瀬さん\n\nお疲れ様です。人事部です。\n最終出社日は2月28日(金)となります。\n"
         "PC・社員証の返却日について、ご都合のよい日時を本メールにご返信ください。\n"
         "なお、会社メールアドレスは最終出社日の翌日に停止されますので、外部サービスの登録変更はお早めにお願いいたします。\n\n人事部 佐々木\n",
    charset="iso-2022-jp", enc="7bit", dom="nordwave-sys.co.jp",
    authr="spf=pass smtp.mailfrom=nordwave-sys.co.jp; dkim=pass header.d=nordwave-sys.co.jp;dmarc=pass action=none header.from=nordwave-sys.co.jp",
    note="Japanese HR mail that really asks for a reply, but not to AWS support")

add("expiry-90", L("certification", c=["AWS04719285"]), "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
    "Your AWS Certification expires in 90 days", d(2025, 2, 20, 15, 0),
    text="Hello Kenji,\n\nYour AWS Certified Solutions Architect - Professional certification (candidate ID AWS04719285) will expire on May 21, 2025.\n"
         "To keep your certification active, recertify before the expiration date. Visit your AWS Certification Account to schedule.\n\n"
         "AWS Training and Certification\n", dom="certmetrics.com", enc="qp",
    note="expiry notice, imperative wording, candidate ID")

add("builder-code-b", L("unrelated"), "AWS <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address", d(2025, 2, 24, 6, 58),
    text="Verification code: 730154\n\nEnter this code on the AWS Builder ID page to verify your email. The code expires in 30 minutes.\n",
    dom="signin.aws", note="short OTP mail")

add("skillbuilder-welcome", L("unrelated"), "AWS Training and Certification <no-reply@aws.training>", ME_P,
    "Welcome to AWS Skill Builder", d(2025, 2, 24, 7, 10),
    html="<html><body><h2>Welcome, Kenji!</h2><p>Your AWS Skill Builder profile is ready. Start learning with 600+ free digital courses.</p>"
         "<p><a href='https://skillbuilder.aws/'>Start learning</a></p><p>Questions? Reply to this email or visit our FAQ.</p></body></html>",
    enc="b64", dom="aws.training", note="aws.training welcome, HTML-only base64; 'Questions? Reply' is marketing")

ACK3_JA = ("高瀬 健二 様\n\nAmazon Web Services にお問い合わせいただきありがとうございます。ケース %s を作成いたしました。\n\n"
           "ケースの詳細は以下のとおりです。\n\nケース ID: %s\n件名: Account Merge\n"
           "お問い合わせ内容: I am no longer an employee of Nordwave Systems (last day: Feb 28) and would like to merge my accounts. "
           "Old: kenji.takase@nordwave-sys.co.jp / New: takase.kenji.k@gmail.com (keep the new one).\n\n"
           "通常24時間以内にご返信いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。\n"
           "追加の情報がございましたら、このメールにご返信ください。\n\n"
           "Amazon Web Services\n") % (K3, K3)
add("case-opened-ja", L("acknowledgement", case=K3), "Amazon Web Services <%s>" % FORM, ME_P,
    "RE:[CASE %s] %s" % (K3, TC_SUBJ), d(2025, 2, 24, 7, 36), text=ACK3_JA, charset="iso-2022-jp", enc="7bit", key="k3",
    note="Japanese ack in ISO-2022-JP; 〜がございましたら…ご返信ください is conditional")

add("case-opened-dup", L("acknowledgement", case=K4), "Amazon Web Services <%s>" % FORM, ME_P,
    "RE:[CASE %s] %s" % (K4, TC_SUBJ), d(2025, 2, 24, 7, 56),
    text="Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your concern.\n\n"
         "The details of your case are as follows:\n\nCase ID: %s\nSubject: Account Merge\nCorrespondence: Merge company certification account into personal one. "
         "Keep takase.kenji.k@gmail.com.\n\nWe usually respond within 24 hours. If you have already opened a case, please do not open another "
         "case for the same request.\n\nSincerely,\nAmazon Web Services\n" % (K4, K4), key="k4",
    note="second ack 20 minutes later: duplicate form submission, new 15-digit case")

add("dup-close-please", L("user_reply", case=K4), "Kenji Takase <%s>" % ME_P, FORM, "Re: RE:[CASE %s] %s" % (K4, TC_SUBJ),
    d(2025, 2, 24, 17, 20, JST),
    text="Hello,\n\nI accidentally submitted the form twice. Please close this case; the same request is already open as case %s.\n\n"
         "Sorry for the trouble.\nKenji Takase\n\nOn Mon, Feb 24, 2025 at 4:56 PM Amazon Web Services <%s> wrote:\n"
         "> Hello,\n>\n> Thank you for contacting Amazon Web Services. We have opened case %s to address your concern.\n"
         "> ...\n> If you have already opened a case, please do not open another case for the same request.\n" % (K3, FORM, K4),
    reply="k4", key="k4u", dom="gmail", authr="",
    note="own reply on the duplicate case mentioning the other case number in body; Gmail quoting")

add("dup-closed", L("resolved", case=K4), "Amazon Web Services <%s>" % FORM, ME_P, "RE:[CASE %s] %s" % (K4, TC_SUBJ),
    d(2025, 2, 25, 0, 41),
    text="Hi Kenji,\n\nNo problem at all. I've closed case %s as a duplicate. Your request will be handled in case %s, which remains open. "
         "No further action is required on this case.\n" % (K4, K3) + TC_FOOT % "Marco" ,
    reply="k4u", key="k4d", note="duplicate closed by request: resolved, body names both case numbers, 'no further action'")

HOLD3 = ("Hello Kenji,\n\nThank you for reaching out to AWS Training and Certification.\n\n"
         "I reviewed both certification accounts. The account registered with kenji.takase@nordwave-sys.co.jp (AWS04719285) is linked to an "
         "AWS Partner Network (APN) organization, Nordwave Systems Co., Ltd. Certifications earned under a partner profile count toward the "
         "partner's tier, so we don't merge them away while the holder is still employed there. Your personal account (AWS07730112) is not linked to any partner.\n\n"
         "For this reason your request is on hold for now. Once we have written confirmation that you are leaving or have left Nordwave Systems, "
         "and the date of your last working day, I can ask our partner team to release the account.\n")
add("partner-hold", L("on_hold", True, K3, ["AWS04719285", "AWS07730112"]), "Amazon Web Services <%s>" % FORM, ME_P,
    "RE:[CASE %s] %s" % (K3, TC_SUBJ), d(2025, 2, 25, 2, 15), text=HOLD3 + TC_FOOT % "Anjali R.", reply="k3", key="k3h",
    note="APN hold; the ask is phrased as 'once we have written confirmation...' with no question mark or please")

add("hold-reply-wrongaddr", L("user_reply", case=K3), "高瀬 健二 <%s>" % ME_C, FORM, "RE: [CASE %s] %s" % (K3, TC_SUBJ),
    d(2025, 2, 25, 11, 48, JST),
    text="Hello Anjali,\n\nI confirm that I am leaving Nordwave Systems. My last working day is February 28, 2025, and this address will stop working after that.\n\n"
         "Best regards,\nKenji Takase\n\n"
         "差出人: Amazon Web Services <%s>\n送信日時: 2025年2月25日 11:15\n宛先: takase.kenji.k@gmail.com\n件名: RE:[CASE %s] %s\n\n%s"
         % (FORM, K3, TC_SUBJ, HOLD3),
    charset="utf-8", enc="b64", reply="k3h", key="k3u1", dom="outlook", crlf=True,
    authr="spf=pass smtp.mailfrom=nordwave-sys.co.jp; dkim=pass header.d=nordwave-sys.co.jp;dmarc=pass action=none header.from=nordwave-sys.co.jp",
    note="own reply sent from the company address (wrong address), Japanese Outlook header block, base64; quoted hold ask")

add("from-other-address", L("info_request", True, K3), "Amazon Web Services <%s>" % FORM, ME_P,
    "RE:[CASE %s] %s" % (K3, TC_SUBJ), d(2025, 2, 25, 22, 3),
    text="Hi Kenji,\n\nI received your message, but it came from kenji.takase@nordwave-sys.co.jp. Since that is the account being merged away, "
         "we need the confirmation to come from the address on the destination account. We need you to send the same confirmation again from "
         "takase.kenji.k@gmail.com, replying to this email.\n\nApologies for the extra step - it protects your records.\n\nAnjali R.\nAWS Training and Certification\n",
    reply="k3u1", key="k3i", note="ask via 'We need you to send...'; write from destination address")

add("jira-handover", L("unrelated"), "Jira <jira@nordwave.atlassian.net>", ME_C, "[JIRA] (OPS-2231) Please confirm handover of AWS accounts", d(2025, 2, 25, 22, 30),
    text="Yuki Mori commented on OPS-2231:\n\n@Kenji Takase could you confirm which AWS accounts you still own before Friday? Please reply in the ticket.\n\n"
         "View: https://nordwave.atlassian.net/browse/OPS-2231\n", dom="nordwave.atlassian.net",
    authr="spf=pass smtp.mailfrom=atlassian.net; dkim=pass header.d=atlassian.net;dmarc=pass action=none header.from=atlassian.net",
    note="Jira comment with 'could you confirm which AWS accounts' — not support")

REQ_IA = ("Hi Kenji,\n\nI received your message, but it came from kenji.takase@nordwave-sys.co.jp. ... We need you to send the same confirmation "
          "again from takase.kenji.k@gmail.com, replying to this email.")
add("resend-from-gmail", L("user_reply", case=K3), "Kenji Takase <%s>" % ME_P, FORM, "Re: RE:[CASE %s] %s" % (K3, TC_SUBJ), d(2025, 2, 26, 8, 5, JST),
    text="Hi Anjali,\n\nSending from my personal address as asked: I am leaving Nordwave Systems; my last working day is 28 Feb 2025. "
         "Please go ahead with the merge into my personal account.\n\nKenji\n\n"
         "On Wed, Feb 26, 2025 at 7:03 AM Amazon Web Services <%s> wrote:\n%s\n>\n> Anjali R.\n>\n%s\n" % (FORM, quote(REQ_IA), quote(quote(HOLD3))),
    reply="k3i", key="k3u2", dom="gmail", authr="",
    note="top-posted reply over two levels of quoted requests")

add("partner-review", L("on_hold", case=K3), "Amazon Web Services <%s>" % FORM, ME_P, "RE:[CASE %s] %s" % (K3, TC_SUBJ), d(2025, 2, 26, 23, 44),
    text="Hello Kenji,\n\nThank you, that's all I needed. I've sent the release request to the AWS Partner Network team. Your case stays on hold "
         "until they remove the partner association, which normally takes one to two business days. You don't need to do anything in the meantime; "
         "I will write as soon as I hear back.\n" + TC_FOOT % "Anjali R.",
    reply="k3u2", key="k3h2", note="on_hold with no ask; 'reply to this email' footer only")

add("summit-tokyo", L("unrelated"), "AWS Japan <aws-marketing-email-replies@amazon.com>", ME_P, "【登録受付中】AWS Summit Japan 2025",
    d(2025, 2, 27, 1, 0),
    html="<html><body><h1>AWS Summit Japan 2025</h1><p>6月25日・26日 幕張メッセにて開催。</p><p>今すぐご登録ください。</p>"
         "<p>本メールは送信専用です。ご返信いただいてもお答えできません。</p>"
         "<p>配信停止をご希望の場合は<a href='#'>こちら</a>から手続きしてください。</p></body></html>",
    text="AWS Summit Japan 2025\n6月25日・26日 幕張メッセにて開催。\n今すぐご登録ください。\n本メールは送信専用です。\n",
    enc="qp", note="Japanese AWS marketing, multipart/alternative QP, imperative 登録ください")

add("phish-lookalike", L("suspicious"), "AWS Certification Support <support@amazon-certsupport.com>", ME_P,
    "RE:[CASE %s] Action required: verify your identity to complete the merge" % K3, d(2025, 2, 28, 4, 12),
    text="Dear Customer,\n\nTo finalize the merge of your AWS Certification accounts, please confirm your identity within 24 hours by signing in "
         "at the link below. Failure to do so will result in the loss of all certifications.\n\nhttps://amazon-certsupport.com/verify?case=%s\n\n"
         "AWS Training and Certification\n" % K3,
    dom="amazon-certsupport.com", authr=auth(ME_P, "amazon-certsupport.com"),
    note="lookalike domain reusing the real case number and asking to confirm; auth passes for the fake domain")

add("partner-released", L("case_update", case=K3), "Amazon Web Services <%s>" % FORM, ME_P, "RE:[CASE %s] %s" % (K3, TC_SUBJ), d(2025, 2, 28, 9, 20),
    text="Hi Kenji,\n\nQuick update: the partner team has removed the APN association from AWS04719285. I'm now preparing the merge and will send you "
         "the account details for a final check shortly.\n\nAnjali\n",
    reply="k3h2", key="k3p", enc="qp", note="short progress news announcing a future request; asks nothing now",
    )
# fix candidate IDs for the above
items[-1][3]["candidate_ids"] = ["AWS04719285"]

CONF3 = ("Hello Kenji,\n\nMy name is Tomás and I'll be finishing your merge request.\n\n"
         "Here are the two accounts:\n\n"
         "Account #1\nCandidate ID: AWS07730112\nLogin email: takase.kenji.k@gmail.com\nTraining notification email: takase.kenji.k@gmail.com\n"
         "Certification notification email: takase.kenji.k@gmail.com\n\n"
         "Account #2\nCandidate ID: AWS04719285\nLogin email: kenji.takase@nordwave-sys.co.jp\nTraining notification email: kenji.takase@nordwave-sys.co.jp\n"
         "Certification notification email: kenji.takase@nordwave-sys.co.jp\n\n"
         "All exam history, certifications and benefits from the account that is merged away move to the one that stays. "
         "Which account should remain as your primary account, #1 or #2?\n\nTomás G.\nAWS Training and Certification Customer Service\n")
add("which-account", L("confirmation_request", True, K3, ["AWS07730112", "AWS04719285"]), "Amazon Web Services <%s>" % FORM, ME_P,
    "RE:[CASE %s] %s" % (K3, TC_SUBJ), d(2025, 3, 1, 3, 5), text=CONF3,
    html="<html><body><p>" + CONF3.replace("\n", "<br>\n") + "</p></body></html>", enc="b64", reply="k3p", key="k3c",
    note="multipart base64; bare question 'Which account should remain...?' without please")

add("dev-newsletter", L("unrelated"), "DevelopersIO Weekly <newsletter@devio.example.jp>", ME_P, "今週の人気記事: AWS認定アカウントを統合してみた ほか",
    d(2025, 3, 2, 0, 0, JST),
    text="今週の人気記事\n\n1. AWS認定アカウントを統合してみた - サポートから「Account #1 に統合してよいか確認してください」と連絡が来たら返信しましょう\n"
         "2. Amazon Bedrock 最新アップデート\n\n配信停止はこちら\n", charset="utf-8", enc="8bit", dom="devio.example.jp",
    authr=auth(ME_P, "devio.example.jp"), note="newsletter quoting merge/confirm wording in Japanese, UTF-8 8bit")

add("dmarc-fail-form", L("suspicious"), "Amazon Web Services <%s>" % FORM, ME_P, "RE:[CASE %s] %s" % (K3, TC_SUBJ), d(2025, 3, 3, 5, 51),
    text="Hello Kenji,\n\nWe were unable to verify the destination account. Please sign in here so we can finish merging your accounts:\n"
         "https://aws-training-verify.net/login\n\nIf we do not hear from you within 48 hours, the case will be closed.\n" + TC_FOOT % "Tomás G.",
    authr=auth(ME_P, "amazon.com", dkim="fail", spf="softfail", dmarc="fail"),
    note="real sender address and real case number, but dkim=fail/dmarc=fail; looks like a closing notice")

CLOSE3 = ("Hello Kenji,\n\nI'm following up on my message of March 1. I still need to know which account should stay primary before I can merge anything.\n\n"
          "If I don't hear back within 72 hours, this case will be closed. A reply to this email keeps it open.\n\nTomás G.")
add("following-up", L("closing_notice", True, K3), "Amazon Web Services <%s>" % FORM, ME_P, "RE:[CASE %s] %s" % (K3, TC_SUBJ), d(2025, 3, 4, 2, 30),
    text=CLOSE3 + "\nAWS Training and Certification Customer Service\n\n-----Original Message-----\n" + quote(CONF3, "> "),
    reply="k3c", key="k3cl", note="closing notice with quoted confirmation request underneath")

add("confirmed-merge", L("user_reply", case=K3, c=["AWS07730112"]), "Kenji Takase <%s>" % ME_P, FORM, "Re: RE:[CASE %s] %s" % (K3, TC_SUBJ),
    d(2025, 3, 4, 12, 2, JST),
    text="Confirmed. Please merge to Account #1 (AWS07730112).\n\nSorry for the slow reply.\nKenji\n\n"
         "On Tue, Mar 4, 2025 at 11:30 AM Amazon Web Services <%s> wrote:\n%s\n" % (FORM, quote(CLOSE3 + "\n\n" + quote(CONF3, "> "))),
    reply="k3cl", key="k3u3", dom="gmail", cc=ME_C, authr="",
    note="the canonical 'Confirmed' reply, above a long quote holding the request and closing notice (AWS04719285 only quoted)")

add("undeliverable", L("unrelated"), "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P,
    "Delivery Status Notification (Failure)", d(2025, 3, 4, 3, 3),
    text="** Address not found **\n\nYour message wasn't delivered to kenji.takase@nordwave-sys.co.jp because the address couldn't be found.\n\n"
         "The response was:\n550 5.1.1 User unknown\n\n----- Original message -----\nSubject: Re: RE:[CASE %s] %s\n\n"
         "Confirmed. Please merge to Account #1 (AWS07730112).\n" % (K3, TC_SUBJ), dom="googlemail.com",
    authr="mx.google.com; dkim=pass header.i=@googlemail.com", note="bounce of own mail to the closed company mailbox; contains case number and candidate ID in quoted original")

add("merged-done", L("resolved", case=K3, c=["AWS07730112"]), "Amazon Web Services <%s>" % FORM, ME_P, "RE:[CASE %s] %s" % (K3, TC_SUBJ),
    d(2025, 3, 4, 4, 10),
    text="Hello Kenji,\n\nThanks for confirming. I have successfully merged all accounts into AWS07730112. You can sign in with your Builder ID "
         "(takase.kenji.k@gmail.com) and check your exam history, certifications and benefits. Badges will be re-issued to Credly within a few hours.\n\n"
         "If anything looks off, feel free to reply to this email.\n\nTomás G.\n\n"
         "On Sat, Mar 1, 2025, Amazon Web Services wrote:\n" + quote(CONF3) + "\n",
    reply="k3u3", key="k3d", note="'successfully merged' above a quoted 'Which account should remain...?'; conditional reply invitation")

add("credly-new-a", L("badge"), "Credly <admin@credly.com>", ME_P, "Amazon Web Services Training and Certification sent you a badge",
    d(2025, 3, 4, 6, 31),
    text="Hi Kenji,\n\nAmazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect – Professional.\n\n"
         "Accept your badge: https://www.credly.com/badges/9b2d71c3-0f4e-4a1b-8c55-2d9e7f1a6b30\n\nThe Credly Team\n", dom="credly.com",
    note="Credly badge right after the merge; badge UUID")

add("credly-new-b", L("badge"), "Credly <admin@credly.com>", ME_P, "You've earned a badge: AWS Certified Solutions Architect – Associate",
    d(2025, 3, 4, 6, 33),
    html="<html><body><table><tr><td><h2>Congratulations, Kenji!</h2></td></tr><tr><td>Issued by Amazon Web Services Training and Certification</td></tr>"
         "<tr><td><a href='https://www.credly.com/earner/earned/badge/4c8a02d1-7b3e-4f2a-9e61-0a5b3c7d9e12'>Accept badge</a></td></tr>"
         "<tr><td style='font-size:10px'>Questions? Reply to this email or contact support@credly.com</td></tr></table></body></html>",
    enc="qp", dom="credly.com", note="HTML-only Credly badge with reply invitation")

add("csat-case", L("survey", case=K3), "Amazon Web Services <%s>" % FORM, ME_P,
    "Tell us about your recent AWS Training and Certification support experience (Case %s)" % K3, d(2025, 3, 5, 4, 10),
    text="Hello,\n\nYour case %s was recently closed. We'd love to know how we did. Would you answer two quick questions?\n\n"
         "Rate your experience: https://aws-tc-survey.amazon.com/s?c=%s\n\nThis survey link expires in 14 days.\n" % (K3, K3),
    reply="k3d", note="survey from the form address with a question mark; not a request to support")

add("vendor-case-closed", L("unrelated"), "Atlassian Support <support@atlassian.com>", ME_P, "Case 00481923 has been closed", d(2025, 3, 6, 3, 0),
    text="Hi Kenji,\n\nYour case 00481923 (Confluence export stuck) has been closed because we haven't heard back from you in 7 days. "
         "If you still need help, simply reply to this email and the case will be reopened.\n\nAtlassian Support\n", dom="atlassian.com",
    note="other vendor's closing notice with identical mechanics")

add("recert-congrats", L("certification", c=["AWS07730112"]), "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
    "Congratulations on recertifying your AWS Certification!", d(2025, 3, 7, 14, 0),
    text="Hello Kenji,\n\nCongratulations on recertifying your AWS Certified Solutions Architect - Professional certification.\n"
         "Candidate ID: AWS07730112\nNew expiration date: March 7, 2028\n\nAWS Training and Certification\n", dom="certmetrics.com", enc="qp",
    note="certmetrics recert notice arriving at the personal address after merge")

add("voucher-missing", L("user_reply", case=K3, c=["AWS04719285"]), "Kenji Takase <%s>" % ME_P, FORM, "50% exam voucher missing after the merge",
    d(2025, 3, 8, 10, 15, JST),
    text="Hello Tomás,\n\nThanks again for the merge. One thing: the 50% exam discount voucher that was on my old account (AWS04719285) is not in "
         "Benefits on the merged account. Could you check?\n\nKenji\n",
    reply="k3d", key="k3u4", dom="gmail", authr="",
    note="own reply threaded only by In-Reply-To/References; subject has no case number; contains 'Could you check?' (user's own ask)")

add("reopened-benefits", L("case_update", case=K3), "Amazon Web Services <%s>" % FORM, ME_P, "RE:[CASE %s] %s" % (K3, TC_SUBJ), d(2025, 3, 9, 1, 12),
    text="Hi Kenji,\n\nI've reopened your case and passed the voucher question to our benefits team. Vouchers are sometimes re-issued a day or two after a merge. "
         "I'll update you here once I hear back.\n\nBest,\nHana L.\nAWS Training and Certification\n",
    reply="k3u4", key="k3ro", note="reopened-case news, no ask")

INFO_SJ = ("高瀬様\n\nお世話になっております。AWS トレーニングと認定カスタマーサービスの林です。\n\n"
           "旧アカウントで発行されていた 50% 割引バウチャーについて、担当チームにて確認を進めております。"
           "統合時に有効期限切れのバウチャーは移行されない仕様のため、お手元の情報と照合させてください。\n\n"
           "バウチャーの有効期限と、コードの先頭4文字を本メールに返信して教えてください。\n\n"
           "林\nAWS Training and Certification\n")
add("voucher-question-ja", L("info_request", True, K3), "Amazon Web Services <%s>" % FORM, ME_P, "RE:[CASE %s] %s" % (K3, TC_SUBJ), d(2025, 3, 10, 2, 40),
    text=INFO_SJ, charset="shift_jis", enc="b64", reply="k3ro", key="k3i2",
    note="Japanese Shift_JIS, progress news then plain 〜教えてください ask")

add("voucher-answer-ja", L("user_reply", case=K3), "高瀬 健二 <%s>" % ME_P, FORM,
    "Re: RE:[CASE %s] %s" % (K3, TC_SUBJ), d(2025, 3, 10, 14, 2, JST),
    text="林様\n\nご確認ありがとうございます。\n有効期限は2025年8月31日、コードの先頭4文字は「CERT」です。\nよろしくお願いいたします。\n\n高瀬\n\n"
         "2025年3月10日(月) 11:40 Amazon Web Services <%s>:\n\n%s\n" % (FORM, quote(INFO_SJ)),
    charset="iso-2022-jp", enc="7bit", reply="k3i2", key="k3u5", dom="gmail", authr="",
    note="Japanese own reply, ISO-2022-JP, Gmail Japanese header, quoted ask")

RES_JA = ("高瀬 健二 様\n\nお待たせいたしました。50% 割引バウチャーを統合後のアカウントに再発行いたしました。"
          "「特典」ページからご確認いただけます。本件について、お客様に追加でご対応いただくことはございません。\n\n"
          "ご不明な点がございましたら、本メールにご返信くださいますようお願いいたします。\n\n林\nAWS Training and Certification\n")
add("voucher-fixed-ja", L("resolved", case=K3), "Amazon Web Services <%s>" % FORM, ME_P, "RE: [CASE %s] %s" % (K3, TC_SUBJ), d(2025, 3, 11, 0, 30),
    text=RES_JA + "\n\n--- 以前のメッセージ ---\n" + quote(INFO_SJ), html="<html><body>" + RES_JA.replace("\n", "<br>") + "<hr><blockquote>" + INFO_SJ.replace("\n", "<br>") + "</blockquote></body></html>",
    charset="utf-8", enc="b64", reply="k3u5", key="k3d2",
    note="Japanese resolution in keigo; conditional 〜がございましたら…ご返信ください; quoted earlier ask in a blockquote")

add("survey-ja", L("survey", case=K3), "Amazon Web Services <%s>" % FORM, ME_P, "カスタマーサービスに関するアンケートのお願い(ケース %s)" % K3,
    d(2025, 3, 12, 0, 30),
    text="高瀬様\n\n先日はお問い合わせいただきありがとうございました。サービス向上のため、アンケートへのご協力をお願いいたします。\n"
         "所要時間は1分程度です。ご回答いただけますでしょうか。\n\nhttps://aws-tc-survey.amazon.com/ja/s?c=%s\n" % K3,
    charset="utf-8", enc="qp", reply="k3d2", note="Japanese survey in keigo request form (いただけますでしょうか)")

# ---------------------------------------------------------------- K5: third (SSO) account
ACK5_TXT = ("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your concern.\n\n"
            "Case ID: %s\nSubject: Account Merge\nCorrespondence: I found a third certification account created via Partner Central SSO "
            "(candidate ID AWS09911452). Please merge it into AWS07730112.\n\nWe will respond within 24 hours.\n\nSincerely,\nAmazon Web Services\n") % (K5, K5)
add("case-opened-html", L("acknowledgement", case=K5, c=["AWS09911452", "AWS07730112"]), "Amazon Web Services <%s>" % FORM, ME_P,
    "RE:[CASE %s] %s" % (K5, TC_SUBJ), d(2025, 3, 13, 22, 39), text=ACK5_TXT,
    html="<html><body><p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b> to address your concern.</p>"
         "<table border='0'><tr><td>Case ID</td><td>%s</td></tr><tr><td>Subject</td><td>Account Merge</td></tr>"
         "<tr><td>Correspondence</td><td>I found a third certification account created via Partner Central SSO (candidate ID AWS09911452). "
         "Please merge it into AWS07730112.</td></tr></table><p>We will respond within 24 hours.</p></body></html>" % (K5, K5),
    enc="qp", key="k5", note="ack with candidate IDs in echoed form text, multipart/alternative QP; 'Please merge' is the user's own text echoed")

add("ooo-colleague", L("unrelated"), "Yuki Mori <yuki.mori@nordwave-sys.co.jp>", ME_P, "自動応答: 引き継ぎ資料の件", d(2025, 3, 14, 1, 0),
    text="お疲れ様です。森です。\n3月14日〜3月21日まで休暇のため不在にしております。\nお急ぎの場合は ops@nordwave-sys.co.jp までご連絡ください。\n",
    charset="iso-2022-jp", enc="7bit", dom="nordwave-sys.co.jp", authr=auth(ME_P, "nordwave-sys.co.jp"),
    note="Japanese out-of-office auto-reply")

CONF5 = ("高瀬 健二 様\n\nAWS トレーニングと認定カスタマーサービスの山口でございます。\n"
         "お問い合わせいただいた件につきまして、以下のアカウントを確認いたしました。\n\n"
         "Account #1\n  候補者ID: AWS07730112\n  ログインメール: takase.kenji.k@gmail.com\n  認定通知メール: takase.kenji.k@gmail.com\n\n"
         "Account #2\n  候補者ID: AWS09911452\n  ログイン: Partner Central SSO (kenji.takase@nordwave-sys.co.jp)\n  認定通知メール: kenji.takase@nordwave-sys.co.jp\n\n"
         "Account #2 を Account #1 に統合し、Account #1 を残す形でよろしいか、ご確認いただけますでしょうか。\n"
         "ご確認のほど、よろしくお願いいたします。\n\n山口\nAWS Training and Certification\n")
add("ja-keigo-confirm", L("confirmation_request", True, K5, ["AWS07730112", "AWS09911452"]), "Amazon Web Services <%s>" % FORM, ME_P,
    "RE:[CASE %s] %s" % (K5, TC_SUBJ), d(2025, 3, 14, 5, 12), text=CONF5, charset="utf-8", enc="b64", reply="k5", key="k5c",
    note="Japanese keigo confirmation, base64 UTF-8")

add("billing-ja", L("unrelated"), "Amazon Web Services <aws-billing@amazon.com>", ME_P, "AWS ご請求書のお知らせ [アカウント: 902214587731]",
    d(2025, 3, 15, 3, 0),
    text="Amazon Web Services をご利用いただきありがとうございます。\n2025年2月分のご請求書を発行しました。\n"
         "アカウント ID: 902214587731\n請求額: USD 3.08\n\nお支払い方法のご確認をお願いいたします。\n", charset="utf-8", enc="qp",
    note="Japanese billing; 12-digit account ID; polite request unrelated to a case")

CLOSE5A = ("Hi Kenji,\n\nJust checking in - I still need your go-ahead on the account choice my colleague sent on March 14 (quoted below). "
           "Without a response by March 20 we'll close this case.\n\nKaito\nAWS Training and Certification")
add("checking-in", L("closing_notice", True, K5), "Amazon Web Services <%s>" % FORM, ME_P, "RE:[CASE %s] %s" % (K5, TC_SUBJ), d(2025, 3, 17, 6, 0),
    text=CLOSE5A + "\n\n" + quote(CONF5), charset="utf-8", enc="8bit", reply="k5c", key="k5cl1",
    note="English closing warning above quoted Japanese request; no 'please', no 'reply'")

add("phish-credly-ja", L("suspicious"), "Credly バッジ事務局 <notice@credly-badges.net>", ME_P, "【重要】AWS認定バッジの有効期限が切れます",
    d(2025, 3, 18, 9, 9),
    text="お客様のAWS認定デジタルバッジは本日で失効します。\n下記リンクより24時間以内に認定アカウントへログインし、本人確認を完了してください。\n"
         "https://credly-badges.net/aws/verify\n\nAmazon Web Services Training and Certification\n",
    charset="utf-8", enc="b64", dom="credly-badges.net", authr=auth(ME_P, "credly-badges.net", dkim="none", dmarc="none"),
    note="Japanese phishing from a Credly lookalike")

CLOSED5 = ("Hello,\n\nWe have not received a response to our previous message, so this case has now been closed.\n\n"
           "Still need help with the merge? Just reply to this email within the next 14 days and your case will be reopened automatically.\n\n"
           "Sincerely,\nAWS Training and Certification Customer Service\n")
add("closed-no-answer", L("closing_notice", True, K5), "Amazon Web Services <%s>" % FORM, ME_P, "RE:[CASE %s] %s" % (K5, TC_SUBJ), d(2025, 3, 21, 0, 5),
    text=CLOSED5, crlf=True, reply="k5cl1", key="k5cl2", note="'has now been closed', reply reopens; phrased as a question, CRLF")

add("late-yes", L("user_reply", case=K5, c=["AWS09911452"]), "Kenji Takase <%s>" % ME_P, FORM, "Re: RE:[CASE %s] %s" % (K5, TC_SUBJ), d(2025, 3, 21, 19, 47, JST),
    html="<div dir='ltr'>Hello,<br><br>Sorry, I missed your messages. Yes - please merge Account #2 (AWS09911452) into Account #1 and keep Account #1.<br><br>Kenji</div><br>"
         "<div class='gmail_quote'><div dir='ltr' class='gmail_attr'>On Fri, Mar 21, 2025 at 9:05 AM Amazon Web Services &lt;%s&gt; wrote:<br></div>"
         "<blockquote class='gmail_quote' style='margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex'>%s</blockquote></div>"
         % (FORM, CLOSED5.replace("\n", "<br>")),
    text="Hello,\n\nSorry, I missed your messages. Yes - please merge Account #2 (AWS09911452) into Account #1 and keep Account #1.\n\nKenji\n\n"
         "On Fri, Mar 21, 2025 at 9:05 AM Amazon Web Services <%s> wrote:\n%s\n" % (FORM, quote(CLOSED5)),
    enc="qp", reply="k5cl2", key="k5u", dom="gmail", authr="",
    note="own reply reopening a closed case; Gmail HTML blockquote")

add("sso-extra-step", L("on_hold", case=K5), "Amazon Web Services <%s>" % FORM, ME_P, "RE:[CASE %s] %s" % (K5, TC_SUBJ), d(2025, 3, 22, 2, 18),
    text="Hi Kenji,\n\nThanks - your case is open again. Because Account #2 was created through Partner Central single sign-on, the Partner Central "
         "team has to unlink it before I can merge. I've raised that with them and the case is waiting on their side. "
         "Nothing is needed from you at this point.\n\nKaito\n",
    reply="k5u", key="k5h", note="reopened + waiting on another team, explicit no-action")

add("unlink-done-ja", L("case_update", case=K5), "Amazon Web Services <%s>" % FORM, ME_P, "RE:[CASE %s] %s" % (K5, TC_SUBJ),
    d(2025, 3, 23, 4, 30),
    text="高瀬様\n\nいつもお世話になっております。\nPartner Central チームにて、Account #2 のシングルサインオン連携の解除が完了いたしました。"
         "引き続き、当方で統合作業を進めてまいります。完了次第、改めてご連絡差し上げます。\n\n山口\nAWS Training and Certification\n",
    charset="shift_jis", enc="8bit", reply="k5h", key="k5p", note="Japanese Shift_JIS 8bit progress mail, keigo but no ask")

add("merge-complete-table", L("resolved", case=K5, c=["AWS07730112"]), "Amazon Web Services <%s>" % FORM, ME_P, "RE:[CASE %s] %s" % (K5, TC_SUBJ),
    d(2025, 3, 24, 5, 40),
    html="<html><body><p>Hi Kenji,</p><p>Good news - the merge is complete.</p>"
         "<table border='1' cellpadding='3'><tr><th>Item</th><th>Status</th></tr>"
         "<tr><td>Primary candidate ID</td><td>AWS07730112</td></tr><tr><td>Exam history</td><td>Moved</td></tr>"
         "<tr><td>Certifications</td><td>Moved</td></tr><tr><td>Action required</td><td>None</td></tr></table>"
         "<p>Kaito<br>AWS Training and Certification</p>"
         "<p style='color:#888;font-size:10px'>How did we do? <a href='https://aws-tc-survey.amazon.com/s?c=%s'>Rate this response</a>. "
         "Please do not open a new case for this request; reply to this email if you need us again.</p></body></html>" % K5,
    enc="b64", reply="k5p", key="k5d", note="HTML-only resolution table with 'Action required: None' and survey/ reply footer")

# ---------------------------------------------------------------- K6 console case
add("console-new-b", L("acknowledgement", case=K6), "Amazon Web Services <%s>" % CONSOLE, ME_P,
    "Amazon Web Services: New Support case: %s" % K6, d(2025, 3, 24, 12, 43),
    text="Dear Kenji Takase,\n\nCase ID %s has been created on behalf of [AWS ID 902214587731].\n\n"
         "Subject: Pearson VUE profile not linked to certification account\nSeverity: General guidance\n\n"
         "You can view and respond to the case via the AWS Support Center: https://console.aws.amazon.com/support/home#/case/?displayId=%s\n\n"
         "Amazon Web Services\n\nThis email was sent from an address that cannot accept incoming e-mails.\n" % (K6, K6),
    key="k6", crlf=True, note="console ack for a 15-digit case plus a 12-digit account ID")

add("console-which-email", L("info_request", True, K6), "Amazon Web Services <%s>" % CONSOLE, ME_P,
    "RE:[CASE %s] Pearson VUE profile not linked to certification account" % K6, d(2025, 3, 25, 3, 2),
    text="Hello,\n\nThank you for your patience. I've checked with the certification team: after your recent merge, the Pearson VUE profile is still "
         "attached to the retired candidate record, which is why scheduling fails. The team can move it, but they have to match it against the "
         "address Pearson VUE has on file.\n\nWhich email address did you use when you last scheduled an exam with Pearson VUE?" + CONSOLE_FOOT % K6,
    html="<html><body><p>Hello,</p><p>Thank you for your patience. I've checked with the certification team: after your recent merge, the Pearson VUE profile "
         "is still attached to the retired candidate record, which is why scheduling fails. The team can move it, but they have to match it against the "
         "address Pearson VUE has on file.</p><p>Which email address did you use when you last scheduled an exam with Pearson VUE?</p>"
         "<p>To see all of your support cases or to add correspondence, please use <a href='https://console.aws.amazon.com/support/home#/case/?displayId=%s'>this link</a>.</p>"
         "<p>We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.</p>"
         "<p>Do not reply to this email. This email address cannot accept incoming e-mails.</p></body></html>" % K6,
    enc="qp", reply="k6", key="k6r", note="mixed progress + bare question buried at end; console 'do not reply' + feedback footer")

add("pearson-reschedule", L("unrelated"), "Pearson VUE <pearsonvue@pearson.com>", ME_P, "Action needed: complete your AWS exam profile", d(2025, 3, 25, 8, 0),
    text="Dear Kenji,\n\nWe noticed your profile is missing information. Please reply or sign in to complete your profile before scheduling.\n"
         "Registration ID: 519034672\n\nPearson VUE Customer Service\n", dom="pearson.com",
    note="exam-vendor 'action needed' with 9-digit registration ID")

add("console-auto-resolve", L("closing_notice", True, K6), "Amazon Web Services <%s>" % CONSOLE, ME_P,
    "RE:[CASE %s] Pearson VUE profile not linked to certification account" % K6, d(2025, 3, 28, 3, 5),
    text="Hello,\n\nWe haven't received a reply to our last correspondence. This case will be resolved automatically if there is no response "
         "within the next few days. Please note that resolved cases can't be reopened after 14 days." + CONSOLE_FOOT % K6,
    reply="k6r", key="k6c", note="console closing notice: no explicit 'reply' word; answer goes through Support Center")

add("console-linked", L("resolved", case=K6), "Amazon Web Services <%s>" % CONSOLE, ME_P,
    "RE:[CASE %s] Pearson VUE profile not linked to certification account" % K6, d(2025, 3, 29, 7, 20),
    text="Hello Kenji,\n\nThanks for the address you added in the Support Center. The certification team has moved your Pearson VUE profile to "
         "candidate ID AWS07730112 and you can schedule exams again. This case is now resolved; no further action is required." + CONSOLE_FOOT % K6,
    reply="k6c", key="k6d", note="console resolution with feedback footer")
items[-1][3]["candidate_ids"] = ["AWS07730112"]

add("skillbuilder-receipt", L("unrelated"), "AWS Skill Builder <no-reply@aws.training>", ME_P, "Your AWS Skill Builder receipt", d(2025, 3, 30, 1, 0),
    text="Thank you for your purchase.\n\nOrder number: 8812-4410-2291\nAWS Skill Builder Individual subscription (monthly) - USD 29.00\n\n"
         "If you have questions about this order, please contact us.\n", dom="aws.training", enc="qp", note="receipt from aws.training")

add("phish-console", L("suspicious"), "Amazon Web Services <no-reply-aws@amazon.com>", ME_P,
    "Amazon Web Services: New Support case: 174330011287745", d(2025, 3, 30, 14, 22),
    text="Dear Customer,\n\nCase ID 174330011287745 has been created because your certification account will be suspended.\n"
         "To prevent suspension, please confirm your payment details: https://aws-support-center.help/case/174330011287745\n\nAmazon Web Services\n",
    authr=auth(ME_P, "amazon.com", dkim="fail", spf="fail", dmarc="fail"),
    note="forged console ack with a plausible 15-digit number; spf/dkim/dmarc fail")

add("badge-expiring", L("badge"), "Credly <admin@credly.com>", ME_P, "Your AWS Certified Cloud Practitioner badge has expired", d(2025, 4, 2, 0, 30),
    text="Hi Kenji,\n\nYour badge AWS Certified Cloud Practitioner issued by Amazon Web Services Training and Certification has expired. "
         "Earn the certification again to receive a new badge.\n\nCredly\n", dom="credly.com", note="badge expiry from real Credly")

add("fwd-to-self", L("user_reply", case=K5), "Kenji Takase <%s>" % ME_P, ME_P, "Fwd: RE:[CASE %s] %s" % (K5, TC_SUBJ), d(2025, 4, 2, 10, 0, JST),
    text="メモ用に転送\n\n---------- Forwarded message ---------\nFrom: Amazon Web Services <%s>\nDate: Fri, Mar 14, 2025 at 2:12 PM\n"
         "Subject: RE:[CASE %s] %s\nTo: <%s>\n\n%s" % (FORM, K5, TC_SUBJ, ME_P, CONF5),
    dom="gmail", authr=auth(ME_P, "gmail.com"), note="own forward of the old Japanese confirmation request to self; forwarded text is not new")

add("cert-expired-old", L("certification"), "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
    "Action required: your AWS Certification has expired", d(2025, 4, 5, 15, 0),
    text="Hello,\n\nYour AWS Certified Cloud Practitioner certification expired on April 4, 2025. To regain the certification, you must pass the current exam.\n"
         "Please do not reply to this message.\n", dom="certmetrics.com", note="'Action required' certmetrics expiry")

add("builder-signin-alert", L("unrelated"), "AWS <no-reply@login.awsapps.com>", ME_P, "Your one-time sign-in code", d(2025, 4, 6, 2, 0),
    text="Your AWS Builder ID sign-in verification code is 615820. If you didn't try to sign in, reset your password.\n",
    dom="login.awsapps.com", note="OTP from login.awsapps.com")

add("github-review", L("unrelated"), "notifications@github.com", ME_P, "Re: [takase-k/dotfiles] Merge branch 'cert-notes' (PR #7)", d(2025, 4, 7, 4, 0),
    text="@takase-k approved these changes.\n\nCould you rebase before merge? Otherwise LGTM.\n\n--\nReply to this email directly or view it on GitHub.\n",
    dom="github.com", note="GitHub review with a question and 'merge'")

# ---------------------------------------------------------------- write
README_HEAD = """me: %s %s

# blind-66: held-out corpus (one mailbox owner, Kenji Takase / 高瀬 健二)

Generated by `python3 gen.py` (stdlib only). Messages are numbered in arrival order; threads carry across files.
The owner has a personal Gmail address and an old company address (Microsoft 365; closed after 2025-02-28,
so later mail to it bounces).

## Cases
| case | digits | channel | story |
|---|---|---|---|
| %s | 10 | T&C form, company address (2021) | duplicate accounts hide Credly badges: ack -> HTML table confirmation -> Outlook reply -> merged |
| %s | 11 | Support Center console (2023) | voucher missing: ack -> question to be answered in console -> auto-resolve warning -> resolved -> survey |
| %s | 15 | T&C form, personal address (2025) | leaving the company: JA ack -> APN hold (asks) -> reply from wrong (company) address -> "write from the destination address" -> resend -> hold (no ask) -> update -> confirmation -> closing warning -> "Confirmed" -> merged -> badges/survey; reopened by a reply without case number in subject (voucher) -> update -> JA info request -> JA reply -> JA resolved -> JA survey |
| %s | 15 | T&C form | duplicate submission of the same request, closed as duplicate at the user's request |
| %s | 15 | T&C form | third (Partner Central SSO) account: ack -> JA keigo confirmation -> closing warning -> closed for no answer -> late reply reopens -> hold (no ask) -> JA update -> resolved (HTML table) |
| %s | 15 | Support Center console | Pearson VUE profile: ack -> buried question (console) -> auto-resolve warning -> resolved |

Not case numbers: 12-digit AWS account IDs (408512739264, 731950284416, 902214587731), Pearson VUE registration IDs
(482117093, 519034672), one-time codes (482913, 730154, 615820), Atlassian case 00481923, and the forged console
number 174330011287745 in a dmarc=fail mail (suspicious -> case null).

Judgement calls: fwd-to-self (owner forwards an old confirmation request to himself) is labelled user_reply on that case with
no candidate IDs (forwarded text is not new text); undeliverable (bounce of the owner's own reply) is unrelated.

## Messages
""" % (ME_P, ME_C, K1, K2, K3, K4, K5, K6)

def main():
    for f in os.listdir(OUT):
        if f[:3].isdigit() and (f.endswith(".eml") or f.endswith(".json")):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, slug, m, label, crlf, note in items:
        base = "%03d-%s" % (n, slug)
        buf = io.BytesIO()
        pol = compat32.clone(linesep="\r\n" if crlf else "\n")
        BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(m)
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(buf.getvalue())
        with open(os.path.join(OUT, base + ".json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((base, label, note))
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write(README_HEAD)
        fh.write("| file | kind | needs_reply | case | what it is / what makes it hard |\n|---|---|---|---|---|\n")
        for base, label, note in rows:
            fh.write("| %s | %s | %s | %s | %s |\n" % (base, label["kind"], str(label["needs_reply"]).lower(), label["case"] or "-", note.replace("|", "/")))
    print(len(rows), "messages")

if __name__ == "__main__":
    main()
