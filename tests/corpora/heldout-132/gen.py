#!/usr/bin/env python3
"""Generate a blind corpus of support-case mail (standard library only).

Run: python3 gen.py   (writes NNN-msg.eml / NNN-msg.json next to this script)
"""
import base64
import json
import os
import quopri
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

ME_P = "rina.takagawa.dev@gmail.com"
ME_C = "r.takagawa@kaiyo-sys.co.jp"
ME_NAME = "Rina Takagawa"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_A = "174156552004172"   # form case: company -> personal merge (APN hold)
CASE_C = "174156606101935"   # duplicate form submission of A
CASE_D = "9371045826"        # console case: voucher missing after merge
CASE_B = "13806624159"       # form case: two accounts on the same address
CASE_E = "174280391500286"   # form case (Japanese): name on certificate

CID_OLD = "AWS03318275"      # company certification account
CID_NEW = "AWS05520947"      # personal certification account
CID_DUP = "AWS05577310"      # accidental SSO-created account

SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"


# --------------------------------------------------------------------------- MIME helpers
def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None):
    raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    heads = ['Content-Type: text/%s; charset="%s"' % (subtype, charset),
             "Content-Transfer-Encoding: %s" % cte]
    if extra:
        heads += extra
    return (heads, body)


_bcount = [0]


def multi(subtype, *children):
    _bcount[0] += 1
    b = "----=_Part_%d_%d.%d" % (_bcount[0] * 7919, 1741 + _bcount[0], 88000 + _bcount[0] * 13)
    out = b"This is a multi-part message in MIME format.\n\n"
    for h, body in children:
        out += ("--%s\n" % b).encode() + ("\n".join(h) + "\n\n").encode() + body + b"\n"
    out += ("--%s--\n" % b).encode()
    return (['Content-Type: multipart/%s;\n\tboundary="%s"' % (subtype, b)], out)


def html_wrap(inner, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n%s\n</body></html>\n'
            % (lang, inner))


def auth_gmail(mailfrom_dom, from_dom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.27.18"):
    pol = "p=QUARANTINE sp=QUARANTINE dis=NONE" if dmarc == "pass" else "p=QUARANTINE sp=QUARANTINE dis=QUARANTINE"
    spf_txt = ("designates %s as permitted sender" % ip) if spf == "pass" else ("does not designate %s as permitted sender" % ip)
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Qx7bLm2A;\n"
            "       spf=%s (google.com: domain of bounces@%s %s) smtp.mailfrom=%s;\n"
            "       dmarc=%s (%s) header.from=%s"
            % (dkim, from_dom, spf, mailfrom_dom, spf_txt, mailfrom_dom, dmarc, pol, from_dom))


def auth_o365(mailfrom_dom, from_dom, ok=True):
    r = "pass" if ok else "fail"
    return ("spf=%s (sender IP is 54.240.48.91) smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100"
            % (r, mailfrom_dom, r, from_dom, r, from_dom, r))


MSGS = []
IDS = {}


def add(key, kind, reply, case, cids, frm, to, subject, date, entity, cc=None, irt=None,
        refs=None, auth=None, mid=None, eol="\n", extra=None, subj_charset="utf-8"):
    if mid is None:
        mid = "<%s.%s@%s>" % (key.replace("_", "."), int(date.timestamp()), "mail.example-id.net")
    IDS[key] = mid
    h = []
    if auth:
        h.append("Authentication-Results: " + auth)
    h.append("Message-ID: " + mid)
    h.append("Date: " + format_datetime(date))
    h.append("From: " + frm)
    h.append("To: " + to)
    if cc:
        h.append("Cc: " + cc)
    h.append("Subject: " + hdr(subject, subj_charset))
    if irt:
        h.append("In-Reply-To: " + IDS[irt])
        chain = [IDS[k] for k in (refs or [irt])]
        h.append("References: " + "\n ".join(chain))
    if extra:
        h += extra
    h.append("MIME-Version: 1.0")
    eh, body = entity
    h += eh
    raw = ("\n".join(h) + "\n\n").encode("ascii") + body
    if eol == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append((raw, {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": cids}))


def sesid(n):
    return "<0106019584%08x-%04x-4c1e-9a2b-%012x-000000@email.amazonses.com>" % (n * 2654435761 % 2**32, n * 37 % 65536, n * 1000003)


def gmid(n):
    return "<CAJx%dQ9+kT%sVb_%d@mail.gmail.com>" % (n * 4177, "xRz"[n % 3] * 3, n * 991)


def d(y, mo, da, h, mi, tz=JST):
    return datetime(y, mo, da, h, mi, (da * 7 + mi) % 60, tzinfo=tz)


GM = lambda: auth_gmail("amazonses.com", "amazon.com")
CONSOLE_FOOT = ("\n\nTo see or reply to this case, sign in to the Support Center:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
                "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
                "To respond to this case, please follow the link above.\n\n"
                "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n")

# =========================================================================== messages
# 1 GitHub "merged"
add("gh412", "unrelated", False, None, [],
    addr("Daichi Oyama", "notifications@github.com"), addr("kaiyo-sys/infra-tools", "infra-tools@noreply.github.com"),
    "Re: [kaiyo-sys/infra-tools] Bump aws provider to 5.89 (PR #412)", d(2025, 3, 3, 10, 4),
    multi("alternative",
          leaf("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
               "https://github.com/kaiyo-sys/infra-tools/pull/412#event-16583920117\n"
               "You are receiving this because you authored the thread.\n", cte="7bit"),
          leaf(html_wrap('<p>Merged <a href="https://github.com/kaiyo-sys/infra-tools/pull/412">#412</a> into main.</p>'
                         '<p style="font-size:small;color:#666">Reply to this email directly, view it on GitHub. '
                         'You are receiving this because you authored the thread.</p>'), "html", cte="7bit")),
    cc=addr(ME_NAME, ME_P), auth=auth_gmail("github.com", "github.com", ip="192.30.252.201"), mid=gmid(1).replace("mail.gmail.com", "github.com"),
    extra=["List-ID: kaiyo-sys/infra-tools <infra-tools.kaiyo-sys.github.com>", "X-GitHub-Reason: author"])

# 2 AWS billing from the same address console cases use
add("bill", "unrelated", False, None, [],
    addr("Amazon Web Services", NOREPLY), ME_P,
    "AWS Notification - Your invoice is ready [AWS ID 482019374615]", d(2025, 3, 3, 17, 30, UTC),
    leaf("Greetings from Amazon Web Services,\n\nYour invoice for the billing period February 1 - February 28, 2025 is now\n"
         "available for AWS account 482019374615.\n\nTotal due: USD 14.82\nInvoice number: 2026519873\n\n"
         "You can view the invoice in the Billing and Cost Management console. No payment action is needed\n"
         "if a valid payment method is on file.\n\nSincerely,\nAmazon Web Services\n\n"
         "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n",
         cte="7bit"),
    auth=GM(), mid=sesid(2))

# 3 certmetrics expiry
add("expiry", "certification", False, None, [CID_OLD],
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Your AWS Certified Developer - Associate expires in 90 days", d(2025, 3, 4, 2, 15, UTC),
    multi("alternative",
          leaf("Hello Rina,\n\nOur records show that your AWS Certified Developer - Associate credential\n"
               "(candidate ID %s) will expire on June 2, 2025.\n\nTo keep it active, pass the current version of the exam\n"
               "or a higher-level exam in the same path before that date. Your 50%% discount benefit can be applied\n"
               "when you schedule.\n\nAWS Training and Certification\n" % CID_OLD),
          leaf(html_wrap("<p>Hello Rina,</p><p>Our records show that your <b>AWS Certified Developer - Associate</b> "
                         "credential (candidate ID %s) will expire on <b>June 2, 2025</b>.</p>"
                         "<p>To keep it active, pass the current version of the exam or a higher-level exam before that date.</p>"
                         "<p>AWS Training and Certification</p>" % CID_OLD), "html")),
    auth=auth_o365("certmetrics.com", "certmetrics.com"), mid="<20250304021512.9f1c2a7e@certmetrics.com>")

# 4 colleague, ISO-2022-JP
add("sobetsu", "unrelated", False, None, [],
    addr("大山 大地", "d.oyama@kaiyo-sys.co.jp", "iso-2022-jp"), ME_C,
    "送別会のご案内（3/13）", d(2025, 3, 5, 12, 41),
    leaf("高川さん\n\nお疲れさまです、大山です。\n3/13(木) 19時から、新橋で送別会をやります。\n"
         "店は予約済みなので、手ぶらで来てください。\n\nPCの返却は総務の田中さんまでとのことです。\n\n大山\n",
         charset="iso-2022-jp", cte="7bit"),
    subj_charset="iso-2022-jp", mid="<TYCPR01MB8842A1F0C2B9E77D3B1E4A0CA8D42@TYCPR01MB8842.jpnprd01.prod.outlook.com>")

# 5 Builder ID code
add("otp", "unrelated", False, None, [],
    addr("AWS", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", d(2025, 3, 6, 21, 2),
    multi("alternative",
          leaf("Hello,\n\nUse the code below to finish creating your AWS Builder ID.\n\nVerification code: 482913\n\n"
               "The code expires 30 minutes after it was sent. If you didn't ask for it, ignore this message.\n"),
          leaf(html_wrap('<p>Use the code below to finish creating your AWS Builder ID.</p>'
                         '<p style="font-size:28px;letter-spacing:4px"><b>482913</b></p>'
                         '<p>The code expires 30 minutes after it was sent.</p>'), "html")),
    auth=auth_gmail("signin.aws", "signin.aws"), mid=sesid(5))

# 6 aws.training welcome
add("welcome", "unrelated", False, None, [],
    addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
    "Welcome to AWS Skill Builder", d(2025, 3, 6, 21, 19),
    leaf(html_wrap("<h2>Welcome aboard, Rina!</h2><p>Your profile is ready. Browse 600+ free digital courses, "
                   "try a learning plan, or prepare for an exam with the official practice question sets.</p>"
                   '<p><a href="https://skillbuilder.aws/">Start learning</a></p>'), "html", cte="base64"),
    auth=auth_gmail("aws.training", "aws.training"), mid=sesid(6))

# 7 ack case A (echoes the form text incl. candidate IDs)
ack_a_text = (
    "Hello,\n\nThanks for reaching out to AWS Training and Certification. A case has been created for your\n"
    "request: case %s.\n\nOur team normally answers within one business day, though some requests take longer to\n"
    "investigate. One request per case helps us work faster, so please keep all messages about this\n"
    "matter on this case rather than submitting a new form.\n\n"
    "Here is what you sent us:\n\n"
    "Inquiry type: Certification\nAdditional details: Account Merge\n"
    "Description: I am leaving my employer Kaiyo Systems on March 14 and want to keep my certifications.\n"
    "Old account: %s (candidate ID %s)\nNew account to keep: %s (candidate ID %s)\n\n"
    "Kind regards,\nAWS Training and Certification Customer Service\n" % (CASE_A, ME_C, CID_OLD, ME_P, CID_NEW))
add("ackA", "acknowledgement", False, CASE_A, [CID_OLD, CID_NEW],
    addr("AWS Training and Certification", TC), ME_P,
    "[CASE %s] %s" % (CASE_A, SUBJ_FORM), d(2025, 3, 10, 0, 13, UTC),
    leaf(ack_a_text), auth=GM(), mid=sesid(7))

# 8 ack case C (duplicate), Japanese, ISO-2022-JP
add("ackC", "acknowledgement", False, CASE_C, [],
    addr("AWS Training and Certification", TC), ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C, d(2025, 3, 10, 0, 22, UTC),
    leaf("お客様\n\nAWS トレーニングと認定へお問い合わせいただき、ありがとうございます。\n"
         "ケース %s として受け付けました。\n\n"
         "担当者より、原則として 24 時間以内にご連絡いたします。内容によっては調査にお時間を頂戴する場合がございます。\n"
         "同じ内容のお問い合わせを重ねてお送りいただくと対応が遅れる原因となりますので、ご了承ください。\n\n"
         "お問い合わせ内容:\nお問い合わせタイプ: 認定\nその他の詳細: アカウントの統合\n"
         "本文: 退職に伴い、会社用アカウントを個人用アカウントへ統合したいです。\n\n"
         "AWS トレーニングと認定 カスタマーサービス\n" % CASE_C, charset="iso-2022-jp", cte="7bit"),
    auth=GM(), mid=sesid(8))

# 9 marketing HTML-only
add("mkt1", "unrelated", False, None, [],
    addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Registration is open: AWS Summit Japan 2025", d(2025, 3, 10, 9, 30),
    leaf(html_wrap("<table width='600'><tr><td><h1>AWS Summit Japan 2025</h1>"
                   "<p>Two days, 150+ sessions, hands-on labs and the Certification Lounge for certified attendees.</p>"
                   "<p><a href='https://aws.amazon.com/jp/summits/japan/'>Register now</a></p>"
                   "<p style='font-size:11px'>To unsubscribe from these messages, update your preferences.</p></td></tr></table>"),
         "html", cte="quoted-printable"),
    auth=auth_gmail("marketing.aws", "amazon.com"), mid=sesid(9),
    extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe?x=Zk81>"])

# 10 owner asks to close the duplicate
add("dupnote", "user_reply", False, CASE_C, [],
    addr(ME_NAME, ME_P), TC,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C, d(2025, 3, 10, 9, 40),
    leaf("Hello,\n\nSorry, I sent the form twice. This case is the same request as case %s, so you can close\n"
         "this one and continue on the other.\n\nRina Takagawa\n\n"
         "2025年3月10日(月) 9:22 AWS Training and Certification <%s>:\n"
         "> お客様\n>\n> AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。\n"
         "> ケース %s として受け付けました。\n" % (CASE_A, TC, CASE_C)),
    irt="ackC", mid=gmid(10))

# 11 duplicate closed
add("dupclosed", "case_update", False, CASE_C, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C, d(2025, 3, 10, 7, 48, UTC),
    leaf("Hi Rina,\n\nThanks for the heads-up. I have closed this case as a duplicate and linked it to case %s,\n"
         "where a colleague is already working on your merge. Everything will continue there.\n\n"
         "No further action is required on this case.\n\nBest,\nTomasz\nAWS Training and Certification\n" % CASE_A, cte="7bit"),
    irt="dupnote", refs=["ackC", "dupnote"], auth=GM(), mid=sesid(11))

# 12 APN hold with a buried question
hold_text = (
    "Hello Rina,\n\n"
    "Thank you for your patience while I looked into your request.\n\n"
    "The certification account registered under %s is linked to an AWS Partner Network\n"
    "organization (Kaiyo Systems Co., Ltd.). Certifications held by employees of partner organizations count\n"
    "toward the organization's partner tier, so an account in that state cannot be merged into a personal\n"
    "account while the affiliation is active. I have therefore placed the merge on hold until the partner\n"
    "association is removed; this is handled between our partner operations team and the organization's\n"
    "alliance lead.\n\n"
    "Before I pass it on, one thing from you: are you leaving Kaiyo Systems, and if so, what is your last\n"
    "working day? With that in writing, partner operations can release the account without waiting for the\n"
    "company.\n\n"
    "Nothing changes in your certification records in the meantime, and both accounts stay usable.\n\n"
    "Regards,\nMarco D.\nAWS Training and Certification Customer Service\n" % ME_C)
add("holdA", "on_hold", True, CASE_A, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), d(2025, 3, 11, 1, 5, UTC),
    multi("alternative", leaf(hold_text),
          leaf(html_wrap("".join("<p>%s</p>" % p.replace("\n", " ") for p in hold_text.split("\n\n"))), "html")),
    irt="ackA", auth=GM(), mid=sesid(12))

# 13 Japanese newsletter, base64 HTML
add("news1", "unrelated", False, None, [],
    addr("Publickey 週刊メール", "newsletter@publickey.example.jp"), ME_P,
    "今週のクラウドニュース：マネージドサービスの統合が進む", d(2025, 3, 11, 11, 0),
    leaf(html_wrap("<h2>今週の注目記事</h2><ul><li>主要クラウド各社、認定資格の更新ルールを見直し</li>"
                   "<li>データベースサービスの統合でアカウント管理はどう変わるか</li>"
                   "<li>生成AIの社内導入、承認フローの実例</li></ul>"
                   "<p>配信停止はこちらから</p>", "ja"), "html", cte="base64"),
    auth=auth_gmail("publickey.example.jp", "publickey.example.jp", ip="203.0.113.45"))

# 14 owner answers the hold question
add("replyHold", "user_reply", False, CASE_A, [],
    addr(ME_NAME, ME_P), addr("AWS Training and Certification", TC),
    "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), d(2025, 3, 11, 12, 20),
    leaf("Hi Marco,\n\nYes, I am leaving Kaiyo Systems. My last working day is March 14, 2025, and the company\n"
         "mail address will be closed after that day. Please go ahead with the partner team.\n\nThank you,\nRina\n\n"
         "On Tue, Mar 11, 2025 at 10:05 AM AWS Training and Certification <%s> wrote:\n\n"
         % TC + "".join("> " + l + "\n" if l else ">\n" for l in hold_text.splitlines())),
    irt="holdA", refs=["ackA", "holdA"], mid=gmid(14))

# 15 passed to partner team (conditional invitation)
add("updA1", "case_update", False, CASE_A, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), d(2025, 3, 11, 23, 50, UTC),
    leaf("Hello Rina,\n\nThanks for confirming. I have sent your case to our partner operations team with your\n"
         "departure date. They usually release the affiliation within one or two business days, and I will\n"
         "come back to you as soon as they do.\n\n"
         "If there is anything else you would like us to know in the meantime, feel free to reply to this email.\n\n"
         "Regards,\nMarco D.\nAWS Training and Certification Customer Service\n", cte="7bit"),
    irt="replyHold", refs=["ackA", "holdA", "replyHold"], auth=GM(), mid=sesid(15))

# 16 Pearson VUE confirmation
add("pvue", "unrelated", False, None, [CID_NEW],
    addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Pearson VUE Confirmation of Booking", d(2025, 3, 12, 9, 31),
    multi("alternative",
          leaf("Dear Rina Takagawa,\n\nThank you for scheduling with Pearson VUE.\n\n"
               "Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n"
               "Appointment: Saturday, April 5, 2025 at 10:00 JST\nLocation: OnVUE online proctored\n"
               "Registration ID: 512837460\nCandidate ID: %s\n\n"
               "Please confirm your system passes the check before exam day. To reschedule, sign in at least\n"
               "24 hours before your appointment.\n\nPearson VUE\n" % CID_NEW),
          leaf(html_wrap("<p>Dear Rina Takagawa,</p><p>Thank you for scheduling with Pearson VUE.</p>"
                         "<table border='1' cellpadding='4'><tr><td>Exam</td><td>SAP-C02</td></tr>"
                         "<tr><td>Registration ID</td><td>512837460</td></tr>"
                         "<tr><td>Candidate ID</td><td>%s</td></tr></table>" % CID_NEW), "html")),
    auth=auth_gmail("pearson.com", "pearson.com", ip="159.182.1.20"), mid="<1741739473.512837460@pearsonvue.com>")

# 17 lookalike phishing
add("phish1", "suspicious", False, None, [],
    addr("AWS Certification Support", "support@amazon-certsupport.com"), ME_P,
    "Action required: confirm your certification account merge within 24 hours", d(2025, 3, 12, 14, 2),
    leaf(html_wrap("<p>Dear Candidate,</p><p>We received a request to merge your AWS Certification accounts. "
                   "To protect your credentials, you must verify ownership within <b>24 hours</b> or all "
                   "certifications will be revoked.</p>"
                   "<p><a href='http://amazon-certsupport.com/verify?u=rina'>Verify my account now</a></p>"
                   "<p>Reply with your Builder ID password if the link does not open.</p>"
                   "<p>AWS Training &amp; Certification Security Team</p>"), "html", cte="quoted-printable"),
    auth=auth_gmail("amazon-certsupport.com", "amazon-certsupport.com", dkim="none", spf="pass", dmarc="none", ip="185.244.25.17"))

# 18 hold lifted
add("updA2", "case_update", False, CASE_A, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), d(2025, 3, 12, 22, 10, UTC),
    leaf("Hi Rina,\n\nGood news: partner operations has detached the old account from the partner organization,\n"
         "so the hold is lifted. I'm now preparing the merge and will write to you shortly with the account\n"
         "details to check.\n\nMarco D.\nAWS Training and Certification\n"),
    irt="updA1", refs=["ackA", "holdA", "replyHold", "updA1"], auth=GM(), mid=sesid(18))

# 19 confirmation request, HTML-only table, sent to the company address
conf_rows = [("Account #1", ME_P, ME_P, ME_P), ("Account #2", ME_C, ME_C, ME_C)]
conf_html = ("<p>Hello Rina,</p><p>I found the following certification accounts for you:</p>"
             "<table border='1' cellspacing='0' cellpadding='5'>"
             "<tr><th></th><th>Login email</th><th>Training notification email</th><th>Certification notification email</th></tr>"
             + "".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in conf_rows)
             + "</table><p>Account #1 would be the one we keep, and everything from Account #2 (exam history, "
               "certifications, benefits) would move into it. Account #2 is then closed.</p>"
               "<p>Do you confirm that both accounts belong to you and that we should merge into Account #1?</p>"
               "<p>Thanks,<br>Marco D.<br>AWS Training and Certification Customer Service</p>")
add("confA", "confirmation_request", True, CASE_A, [],
    addr("AWS Training and Certification", TC), ME_C,
    "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), d(2025, 3, 13, 0, 40, UTC),
    leaf(html_wrap(conf_html), "html", cte="quoted-printable"),
    irt="updA2", refs=["ackA", "updA2"], auth=auth_o365("amazonses.com", "amazon.com"), mid=sesid(19), eol="\r\n")

# 20 owner forwards it from company to personal (Outlook)
conf_plain = ("Hello Rina,\n\nI found the following certification accounts for you:\n\n"
              "Account #1\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n\n"
              "Account #2\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n\n"
              "Account #1 would be the one we keep, and everything from Account #2 would move into it.\n"
              "Do you confirm that both accounts belong to you and that we should merge into Account #1?\n\n"
              "Thanks,\nMarco D.\n" % (ME_P, ME_P, ME_P, ME_C, ME_C, ME_C))
add("fwdA", "user_reply", False, CASE_A, [CID_OLD],
    addr("高川 莉奈", ME_C), ME_P,
    "FW: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), d(2025, 3, 13, 9, 55),
    leaf("自分用メモ：AWSから会社アドレスに確認依頼が来た。Account #2 が会社の %s。\n"
         "今夜 Gmail から返信すること。\n\n"
         "________________________________\n"
         "From: AWS Training and Certification <%s>\nSent: Thursday, March 13, 2025 9:40 AM\n"
         "To: 高川 莉奈 <%s>\nSubject: RE:[CASE %s] %s\n\n%s" % (CID_OLD, TC, ME_C, CASE_A, SUBJ_FORM, conf_plain),
         cte="base64"),
    irt="confA", refs=["confA"], mid="<TYCPR01MB8842F7C3D1E9A0B64E2F19C0A8D13@TYCPR01MB8842.jpnprd01.prod.outlook.com>",
    eol="\r\n")

# 21 owner confirms from the company address (Outlook quoting)
add("confFromC", "user_reply", False, CASE_A, [],
    addr("高川 莉奈", ME_C), TC,
    "RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), d(2025, 3, 13, 10, 3),
    leaf("Confirmed. Both accounts are mine. Please merge into Account #1.\n\nRina Takagawa\n\n"
         "-----Original Message-----\nFrom: AWS Training and Certification <%s>\n"
         "Sent: Thursday, March 13, 2025 9:40 AM\nTo: 高川 莉奈 <%s>\nSubject: RE:[CASE %s] %s\n\n%s"
         % (TC, ME_C, CASE_A, SUBJ_FORM, conf_plain)),
    irt="confA", refs=["ackA", "updA2", "confA"], mid="<TYCPR01MB88420B1C77E2D4A5F91@TYCPR01MB8842.jpnprd01.prod.outlook.com>",
    eol="\r\n")

# 22 support: write from the address you keep
add("wrongAddr", "info_request", True, CASE_A, [],
    addr("AWS Training and Certification", TC), ME_C,
    "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), d(2025, 3, 13, 3, 30, UTC),
    multi("alternative",
          leaf("Hello Rina,\n\nThank you for the quick answer. Your confirmation reached us from the address of the account\n"
               "that is going to be closed. For the security of your records, the go-ahead has to come from\n"
               "the mailbox of the account we keep, %s. A short reply from there to this case is\n"
               "all it takes, and I will merge right after.\n\nKind regards,\nMarco D.\n" % ME_P),
          leaf(html_wrap("<p>Hello Rina,</p><p>Thank you for the quick answer. Your confirmation reached us from the address "
                         "of the account that is going to be closed. For the security of your records, the go-ahead has "
                         "to come from the mailbox of the account we keep, <b>%s</b>. A short reply from there "
                         "to this case is all it takes, and I will merge right after.</p><p>Kind regards,<br>Marco D.</p>" % ME_P), "html")),
    cc=ME_P, irt="confFromC", refs=["ackA", "confA", "confFromC"], auth=GM(), mid=sesid(22))

# 23 colleague out-of-office
add("ooo", "unrelated", False, None, [],
    addr("Kenji Mori", "k.mori@kaiyo-sys.co.jp"), ME_C,
    "自動応答: 引き継ぎ資料の確認お願いします", d(2025, 3, 13, 13, 12),
    leaf("只今、出張のため 3/17 まで不在にしております。\nメールは戻り次第確認いたします。急ぎの場合は大山までご連絡ください。\n\n"
         "I am away until March 17 with limited access to e-mail.\n"),
    extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: k.mori@kaiyo-sys.co.jp"],
    mid="<OS3PR01MB99410C2@OS3PR01MB9941.jpnprd01.prod.outlook.com>")

# 24 owner confirms from personal address
add("confFromP", "user_reply", False, CASE_A, [],
    addr(ME_NAME, ME_P), addr("AWS Training and Certification", TC),
    "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), d(2025, 3, 13, 21, 48),
    leaf("Hello Marco,\n\nWriting from %s as requested: Confirmed. Please merge to Account #1.\n\nRina\n\n"
         "On Thu, Mar 13, 2025 at 12:30 PM AWS Training and Certification <%s> wrote:\n"
         "> Hello Rina,\n>\n> Thank you for the quick answer. Your confirmation reached us from the address of the account\n"
         "> that is going to be closed.\n" % (ME_P, TC), cte="7bit"),
    irt="wrongAddr", refs=["ackA", "confA", "confFromC", "wrongAddr"], mid=gmid(24))

# 25 resolved, top-posted over history that contains the old request
quoted_hist = ("\n\n---- Original message ----\nFrom: %s\nSent: 13/03/2025 12:48\nSubject: Re: RE:[CASE %s]\n\n"
               "Writing from %s as requested: Confirmed. Please merge to Account #1.\n\n"
               "---- Original message ----\nFrom: %s\nSent: 13/03/2025 00:40\n\n%s"
               % (ME_P, CASE_A, ME_P, TC, conf_plain))
res_a = ("Hello Rina,\n\nI have successfully merged all accounts. Account #1 (%s) now shows the exam\n"
         "history, certifications and benefits that were on Account #2, and the old account is closed.\n"
         "It can take up to a day before everything shows in Credly and in the certification portal.\n\n"
         "If anything looks wrong, just reply to this email and the case will reopen.\n\n"
         "All the best in your new role,\nMarco D.\nAWS Training and Certification Customer Service" % ME_P)
add("resA", "resolved", False, CASE_A, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), d(2025, 3, 14, 1, 26, UTC),
    multi("alternative", leaf(res_a + quoted_hist),
          leaf(html_wrap("".join("<p>%s</p>" % p.replace("\n", " ") for p in res_a.split("\n\n"))
                         + "<hr><div style='color:#555'>" + quoted_hist.replace("\n", "<br>\n") + "</div>"), "html")),
    irt="confFromP", refs=["ackA", "confA", "wrongAddr", "confFromP"], auth=GM(), mid=sesid(25))

# 26 Credly badge (multipart)
add("badge1", "badge", False, None, [],
    addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a badge", d(2025, 3, 14, 10, 51),
    multi("alternative",
          leaf("Hi Rina,\n\nAmazon Web Services Training and Certification has issued you the badge\n"
               "\"AWS Certified Solutions Architect - Associate\".\n\nAccept it to share it on LinkedIn and in your email signature:\n"
               "https://www.credly.com/badges/6f1d3c2a-94be-4c1e-8d77-0b3e5f9a2c41/accept\n\nThe Credly Team\n"),
          leaf(html_wrap("<p>Hi Rina,</p><p><b>Amazon Web Services Training and Certification</b> has issued you "
                         "the badge <b>AWS Certified Solutions Architect - Associate</b>.</p>"
                         "<p><a href='https://www.credly.com/badges/6f1d3c2a-94be-4c1e-8d77-0b3e5f9a2c41/accept'>Accept badge</a></p>"), "html")),
    auth=auth_gmail("credly.com", "credly.com", ip="167.89.12.4"), mid="<6f1d3c2a94be.20250314015133@credly.com>")

# 27 Credly second badge, plain only
add("badge2", "badge", False, None, [],
    addr("Credly", "admin@credly.com"), ME_P,
    "Your new badge: AWS Certified Developer - Associate", d(2025, 3, 14, 10, 52),
    leaf("Congratulations, Rina!\n\nYou've been awarded \"AWS Certified Developer - Associate\" by Amazon Web Services\n"
         "Training and Certification. Sign in to Credly to accept it and choose who can see it.\n\n"
         "https://www.credly.com/badges/0b9e7d12-3c5a-4f8e-a1d0-77e2c94b3f18\n", cte="7bit"),
    auth=auth_gmail("credly.com", "credly.com", ip="167.89.12.4"), mid="<0b9e7d123c5a.20250314015244@credly.com>")

# 28 survey case A
add("survA", "survey", False, CASE_A, [],
    addr("AWS Training and Certification", TC), ME_P,
    "How did we do? [CASE %s]" % CASE_A, d(2025, 3, 14, 4, 0, UTC),
    leaf(html_wrap(("<p>Hello,</p><p>Your recent case %s with AWS Training and Certification was handled by Marco D.</p>" % CASE_A)
                   + "<p>How satisfied were you with the support you received?</p>"
                   "<table><tr>" + "".join("<td><a href='https://survey.aws.example/r?c=%s&amp;s=%d'>%d</a></td>" % (CASE_A, i, i) for i in range(1, 6))
                   + "</tr></table><p>The survey takes about one minute. Thank you for helping us improve.</p>"),
         "html", cte="quoted-printable"),
    auth=GM(), mid=sesid(28))

# 29 owner reopens: exam missing
add("reopenA", "user_reply", False, CASE_A, [],
    addr(ME_NAME, ME_P), addr("AWS Training and Certification", TC),
    "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), d(2025, 3, 15, 10, 12),
    leaf("Hi Marco,\n\nThank you for the merge. One thing is missing: my Cloud Practitioner exam from 2021 is\n"
         "not in the exam history of the merged account. Could you check?\n\nRina\n\n"
         "On Fri, Mar 14, 2025 at 10:26 AM AWS Training and Certification <%s> wrote:\n"
         "> Hello Rina,\n>\n> I have successfully merged all accounts.\n" % TC),
    irt="resA", refs=["ackA", "confFromP", "resA"], mid=gmid(29))

# 30 certmetrics program feedback
add("hear", "certification", False, None, [],
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification wants to hear from you", d(2025, 3, 15, 23, 0),
    leaf(html_wrap("<p>Hi Rina,</p><p>As an AWS Certified individual, your view helps shape future exams. "
                   "Join our 10-minute study on exam preparation resources.</p><p><a href='https://certmetrics.com/amazon/study'>Take part</a></p>"), "html"),
    auth=auth_gmail("certmetrics.com", "certmetrics.com", ip="52.1.17.88"), mid="<20250315140000.a11@certmetrics.com>")

# 31 reopened + question buried, no please
q_text = ("Hi Rina,\n\nI've reopened your case. Exams taken before 2022 were sometimes recorded under a separate\n"
          "testing profile, which would explain why the merge did not pick it up. I can attach it once I find\n"
          "the right record, and for that I'll need two things from your side: roughly when you sat the exam,\n"
          "and the Pearson VUE registration number from that booking confirmation (nine digits).\n\n"
          "Thanks,\nAisha\nAWS Training and Certification Customer Service\n")
add("qA", "info_request", True, CASE_A, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), d(2025, 3, 16, 18, 5, PDT),
    leaf(q_text, cte="7bit"), irt="reopenA", refs=["ackA", "resA", "reopenA"], auth=GM(), mid=sesid(31))

# 32 owner answers
add("ansA", "user_reply", False, CASE_A, [CID_OLD],
    addr(ME_NAME, ME_P), addr("AWS Training and Certification", TC),
    "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), d(2025, 3, 17, 11, 45),
    multi("alternative",
          leaf("Hi Aisha,\n\nI took it on 2021-08-21 at a test centre in Tokyo. Registration number 318204756.\n"
               "At that time I think I used the company account (%s).\n\nBest regards,\nRina\n\n"
               "On Sun, Mar 16, 2025 at 6:05 PM AWS Training and Certification <%s> wrote:\n"
               % (CID_OLD, TC) + "".join("> " + l + "\n" for l in q_text.splitlines())),
          leaf(html_wrap("<div>Hi Aisha,<br><br>I took it on 2021-08-21 at a test centre in Tokyo. Registration number 318204756.<br>"
                         "At that time I think I used the company account (%s).<br><br>Best regards,<br>Rina</div>"
                         "<div class='gmail_quote'><div class='gmail_attr'>On Sun, Mar 16, 2025 at 6:05 PM AWS Training and Certification wrote:</div>"
                         "<blockquote class='gmail_quote' style='margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex'>%s</blockquote></div>"
                         % (CID_OLD, q_text.replace("\n", "<br>"))), "html")),
    irt="qA", refs=["ackA", "resA", "reopenA", "qA"], mid=gmid(32))

# 33 other vendor "solved / will close"
add("dd", "unrelated", False, None, [],
    addr("Datadog Support", "support@datadoghq.com"), ME_P,
    "[Datadog] Request #1839204: Log pipeline drops JSON fields has been solved", d(2025, 3, 17, 15, 20),
    leaf("Hello Rina,\n\nWe believe your request has been resolved, so we marked it as solved.\n"
         "If we don't hear back within 7 days the ticket will close automatically. Reply to this email to\n"
         "reopen it.\n\nDatadog Support\n\n[LJ8K2D-R0P7]\n"),
    auth=auth_gmail("datadoghq.com", "datadoghq.com", ip="192.161.148.9"), mid="<LJ8K2DR0P7_67d7bf50@zendesk.datadoghq.com>")

# 34 resolved again
add("resA2", "resolved", False, CASE_A, [CID_NEW],
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), d(2025, 3, 18, 2, 33, UTC),
    leaf("Hi Rina,\n\nFound it: the 2021 Cloud Practitioner result sat on an old testing profile. It is now attached to\n"
         "your account (%s) and shows in Exam History. The case is resolved; nothing else is needed from you.\n\n"
         "Aisha\nAWS Training and Certification\n\n"
         "> I took it on 2021-08-21 at a test centre in Tokyo. Registration number 318204756.\n"
         "> At that time I think I used the company account (%s).\n" % (CID_NEW, CID_OLD)),
    irt="ansA", refs=["ackA", "qA", "ansA"], auth=GM(), mid=sesid(34))

# 35 Partner Central
add("pc", "unrelated", False, None, [],
    addr("AWS Partner Central", "no-reply@partnercentral.awspartner.com"), ME_C,
    "Your AWS Partner Central user has been deactivated", d(2025, 3, 18, 12, 10),
    leaf("Hello,\n\nThe alliance lead of Kaiyo Systems Co., Ltd. has deactivated your Partner Central user.\n"
         "Training and certification records you shared with the partner remain yours. If you believe this\n"
         "is a mistake, contact your alliance lead.\n\nAWS Partner Network\n"),
    auth=auth_o365("awspartner.com", "awspartner.com"), mid=sesid(35))

# 36 console case ack
add("ackD", "acknowledgement", False, CASE_D, [],
    addr("Amazon Web Services", NOREPLY), ME_P,
    "Amazon Web Services: New Support case: %s" % CASE_D, d(2025, 3, 18, 5, 12, UTC),
    leaf("Dear Customer,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
         "The details of your case are as follows:\n\nCase ID: %s\nSubject: 50%% exam discount missing after certification account merge\n"
         "Severity: General guidance\nCorrespondence: My company account had a 50%% exam voucher. After the merge\n"
         "(case %s) it is not listed under Benefits in the new account.\n"
         % (CASE_D, CASE_D, CASE_A) + CONSOLE_FOOT % CASE_D, cte="7bit"),
    auth=GM(), mid=sesid(36))

# 37 console info request
d_q = ("Hello,\n\nThank you for your patience. I am Sinead from AWS Training and Certification.\n\n"
       "Benefits normally carry over in a merge, but vouchers that were already reserved for a booking are\n"
       "released separately. To trace yours, we need a screenshot of the Benefits page of your current account\n"
       "and, if you noted it before the merge, the discount code that was shown on the old account.\n\n"
       "Best regards,\nSinead M.\nAmazon Web Services\n\n"
       "We value your feedback. Please share your experience by rating this correspondence using the AWS\n"
       "Support Center link at the end of this correspondence.\n")
add("qD", "info_request", True, CASE_D, [],
    addr("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_D, d(2025, 3, 19, 0, 17, UTC),
    leaf(d_q + CONSOLE_FOOT % CASE_D), irt="ackD", auth=GM(), mid=sesid(37))

# 38 friend asks a question
add("friend", "unrelated", False, None, [],
    addr("Shota Kimura", "shota.kimura.0811@gmail.com"), ME_P,
    "Re: 転職おめでとう", d(2025, 3, 19, 20, 3),
    leaf("Rina、\n\nAWSの認定アカウントの移行は終わった？ 自分も来月やるから、返事くれたら助かる。\n"
         "サポートから確認メールが来たら何て返したかも教えて。\n\n翔太\n", cte="base64"),
    auth=auth_gmail("gmail.com", "gmail.com", ip="209.85.220.41"), mid=gmid(38))

# 39 other AWS program form case asking a question
add("educate", "unrelated", False, None, [],
    addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE 13971126604] [AWS Educate Form Submission] - account-access", d(2025, 3, 20, 2, 44, UTC),
    leaf("Hello,\n\nTo restore access to your AWS Educate account, please reply with the school email address you\n"
         "registered with and the approximate date of registration.\n\nAWS Educate Support\n"),
    auth=GM(), mid=sesid(39))

# 40 console closing notice
add("closeD", "closing_notice", True, CASE_D, [],
    addr("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_D, d(2025, 3, 22, 0, 20, UTC),
    leaf("Hello,\n\nWe have not yet received the screenshot requested on March 19. If we do not hear from you, this\n"
         "case will be resolved automatically in 3 days. A response through the Support Center will keep\n"
         "it open for us to continue.\n\nAmazon Web Services\n" + CONSOLE_FOOT % CASE_D, cte="7bit"),
    irt="qD", refs=["ackD", "qD"], auth=GM(), mid=sesid(40))

# 41 Skill Builder receipt
add("receipt", "unrelated", False, None, [],
    addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
    "Your AWS Skill Builder subscription receipt", d(2025, 3, 22, 10, 14),
    multi("alternative",
          leaf("Thank you for subscribing to AWS Skill Builder Individual.\n\nOrder: SB-2025-03-7734190\nAmount: USD 29.00\n"
               "Renews: April 22, 2025\n\nManage your subscription in your Skill Builder account settings.\n"),
          leaf(html_wrap("<h3>Receipt</h3><table><tr><td>Order</td><td>SB-2025-03-7734190</td></tr><tr><td>Amount</td>"
                         "<td>USD 29.00</td></tr></table>"), "html")),
    auth=auth_gmail("skillbuilder.aws", "skillbuilder.aws"), mid=sesid(41))

# 42 console update after console reply
add("updD", "case_update", False, CASE_D, [],
    addr("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_D, d(2025, 3, 23, 4, 2, UTC),
    leaf("Hello Rina,\n\nThanks for the screenshot. I've handed the case to our benefits team, who can reissue\n"
         "vouchers; they usually need 3-5 business days. I'll update you here when they finish.\n\n"
         "Sinead M.\nAmazon Web Services\n" + CONSOLE_FOOT % CASE_D),
    irt="closeD", refs=["ackD", "qD", "closeD"], auth=GM(), mid=sesid(42))

# 43 owner's self-note about duplicate accounts
add("memo", "user_reply", False, None, [CID_NEW, CID_DUP],
    addr(ME_NAME, ME_P), ME_P,
    "memo: Credly badges / two certification accounts", d(2025, 3, 23, 22, 30),
    leaf("Credly shows only 2 of my badges.\nSigned in via Partner Central SSO once in 2023 -> second account?\n"
         "main: %s\nsecond (same gmail): %s\nTODO: open a merge request on the form, keep the main one.\n"
         % (CID_NEW, CID_DUP), cte="7bit"),
    mid=gmid(43))

# 44 ack case B (multipart, CRLF)
ack_b = ("Hello Rina,\n\nWe have received your message and opened case %s for it.\n\n"
         "Most requests get an answer within 24 hours; some need further review. Keeping everything on\n"
         "this case, instead of sending the form again, helps us reply sooner.\n\n"
         "Your submission:\nAWS Candidate ID: %s\nInquiry: Certification / Account Merge\n"
         "Message: My badges are not showing in Credly. I think I have two certification accounts with the\n"
         "same email. Please merge them and keep the one above.\n\nAWS Training and Certification\n" % (CASE_B, CID_NEW))
add("ackB", "acknowledgement", False, CASE_B, [CID_NEW],
    addr("AWS Training and Certification", TC), ME_P,
    "[CASE %s] %s" % (CASE_B, SUBJ_FORM), d(2025, 3, 24, 0, 5, UTC),
    multi("alternative", leaf(ack_b, cte="base64"),
          leaf(html_wrap("".join("<p>%s</p>" % p.replace("\n", "<br>") for p in ack_b.split("\n\n"))), "html", cte="base64")),
    auth=GM(), mid=sesid(44), eol="\r\n")

# 45 case B info request (QP, indirect)
b_q = ("Hi Rina,\n\nI've had a look. There is indeed a second certification account using %s; it was created\n"
       "through a partner sign-in in 2023. Before I combine them I want to be sure I have the right record,\n"
       "so could you let me know the candidate ID shown on that second account (top right after signing in\n"
       "with it) and whether you still have the Builder ID you used for it?\n\n"
       "Thank you,\nPriyanka S.\nAWS Training and Certification Customer Service\n" % ME_P)
add("qB", "info_request", True, CASE_B, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE: [CASE %s] %s" % (CASE_B, SUBJ_FORM), d(2025, 3, 25, 6, 48, UTC),
    leaf(b_q, cte="quoted-printable"), irt="ackB", auth=GM(), mid=sesid(45))

# 46 genuine-looking mail with dmarc=fail
add("dmarcfail", "suspicious", False, None, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % ("13806624518", SUBJ_FORM), d(2025, 3, 25, 17, 9),
    leaf("Hello,\n\nTo complete the merge of your certification accounts we must verify your identity.\n"
         "Sign in at https://aws-training-verify.com/merge and confirm your Builder ID password and\n"
         "one-time code within 12 hours, otherwise the case will be closed and your certifications suspended.\n\n"
         "AWS Training and Certification\n"),
    auth=auth_gmail("mail-relay.example-bulk.ru", "amazon.com", dkim="fail", spf="softfail", dmarc="fail", ip="91.215.85.14"),
    mid="<20250325020911.4417@mail-relay.example-bulk.ru>")

# 47 Google Cloud cert
add("gcp", "unrelated", False, None, [],
    addr("Google Cloud Certification", "cloud-certification-noreply@google.com"), ME_P,
    "Your Professional Cloud Architect certification is about to expire", d(2025, 3, 26, 1, 0),
    leaf(html_wrap("<p>Hi Rina,</p><p>Your Google Cloud Professional Cloud Architect certification expires on May 9, 2025. "
                   "Renew it to keep your digital badge active.</p>"), "html"),
    auth=auth_gmail("google.com", "google.com", ip="209.85.220.69"), mid="<000000000000f1c3e8063130a2b1@google.com>")

# 48 closing notice case B
add("closeB", "closing_notice", True, CASE_B, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE: [CASE %s] %s" % (CASE_B, SUBJ_FORM), d(2025, 3, 28, 6, 50, UTC),
    leaf("Hello,\n\nWe are following up on the message sent on March 25 and have not heard back yet.\n"
         "Your case will be closed after 3 business days without a response. Replying to this email keeps it open,\n"
         "and you can also reply after it closes to reopen it.\n\nAWS Training and Certification\n\n"
         "----- Previous message -----\n" + b_q),
    irt="qB", refs=["ackB", "qB"], auth=GM(), mid=sesid(48))

# 49 owner replies with IDs, top-posted, Gmail HTML
add("ansB", "user_reply", False, CASE_B, [CID_DUP, CID_NEW],
    addr(ME_NAME, ME_P), addr("AWS Training and Certification", TC),
    "Re: RE: [CASE %s] %s" % (CASE_B, SUBJ_FORM), d(2025, 3, 28, 19, 2),
    multi("alternative",
          leaf("Hi Priyanka,\n\nSorry for the delay. The second account is %s. I no longer have that Builder ID.\n"
               "Please merge it into %s.\n\nRina\n\n"
               "On Fri, Mar 28, 2025 at 3:50 PM AWS Training and Certification <%s> wrote:\n> Hello,\n>\n"
               "> We are following up on the message sent on March 25 and have not heard back yet.\n" % (CID_DUP, CID_NEW, TC)),
          leaf(html_wrap("<div dir='ltr'>Hi Priyanka,<br><br>Sorry for the delay. The second account is %s. I no longer have "
                         "that Builder ID.<br>Please merge it into %s.<br><br>Rina</div><br><div class='gmail_quote'>"
                         "<blockquote class='gmail_quote'>Hello,<br>We are following up on the message sent on March 25.</blockquote></div>"
                         % (CID_DUP, CID_NEW)), "html")),
    irt="closeB", refs=["ackB", "qB", "closeB"], mid=gmid(49))

# 50 passed to another team
add("updB1", "case_update", False, CASE_B, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE: [CASE %s] %s" % (CASE_B, SUBJ_FORM), d(2025, 3, 29, 3, 15, UTC),
    leaf("Hi Rina,\n\nThank you, that's what I needed. Merges of accounts sharing one address are done by our records\n"
         "team, so I have transferred the case to them. They will contact you here.\n\nPriyanka S.\n", cte="7bit"),
    irt="ansB", refs=["ackB", "qB", "closeB", "ansB"], auth=GM(), mid=sesid(50))

# 51 newsletter with trap words
add("news2", "unrelated", False, None, [],
    addr("Last Week in Cloud", "hello@lastweekincloud.example.com"), ME_P,
    "Issue #412: merges, closures and confirmations", d(2025, 3, 31, 7, 0),
    leaf("This week: a cloud provider confirms it will merge two database services; a support ticket is\n"
         "closed for lack of reply and the internet has opinions; please confirm your subscription preferences\n"
         "below if you want fewer emails.\n\nUnsubscribe: https://lastweekincloud.example.com/u\n"),
    auth=auth_gmail("lastweekincloud.example.com", "lastweekincloud.example.com", ip="198.51.100.22"))

# 52 still working, no action
add("updB2", "case_update", False, CASE_B, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE: [CASE %s] %s" % (CASE_B, SUBJ_FORM), d(2025, 4, 2, 8, 0, UTC),
    leaf("Hello Rina,\n\nA short update from the records team: your merge is in our queue. We are handling an unusually\n"
         "high number of requests, so it is taking longer than usual. There is nothing you need to do; we will\n"
         "write again when it is complete.\n\nWe apologise for the wait.\nAWS Training and Certification\n", cte="base64"),
    irt="updB1", refs=["ackB", "ansB", "updB1"], auth=GM(), mid=sesid(52))

# 53 resolved B, quoting the old question
add("resB", "resolved", False, CASE_B, [CID_DUP, CID_NEW],
    addr("AWS Training and Certification", TC), ME_P,
    "RE: [CASE %s] %s" % (CASE_B, SUBJ_FORM), d(2025, 4, 3, 1, 40, UTC),
    leaf("Hi Rina,\n\nThe accounts are now combined: %s has been merged into %s, and the duplicate is\n"
         "deactivated. Credly will pick up the missing badges on its next sync; if a badge is waiting,\n"
         "accept it from the Credly email.\n\nThis case is now resolved.\n\nDaniel K.\nAWS Training and Certification Records Team\n\n"
         "On 25/03/2025, Priyanka S. wrote:\n" % (CID_DUP, CID_NEW)
         + "".join("> " + l + "\n" for l in b_q.splitlines())),
    irt="updB2", refs=["ackB", "qB", "ansB", "updB2"], auth=GM(), mid=sesid(53))

# 54 Credly digest HTML-only
add("badge3", "badge", False, None, [],
    addr("Credly", "admin@credly.com"), ME_P,
    "You have 2 badges waiting to be accepted", d(2025, 4, 3, 12, 30),
    leaf(html_wrap("<h2>Badges waiting for you</h2><ul><li>AWS Certified Cloud Practitioner</li>"
                   "<li>AWS Certified SysOps Administrator - Associate</li></ul>"
                   "<p>Issued by Amazon Web Services Training and Certification.</p>"
                   "<p><a href='https://www.credly.com/earner/earned'>Review and accept</a></p>"), "html", cte="quoted-printable"),
    auth=auth_gmail("credly.com", "credly.com", ip="167.89.12.4"), mid="<digest.20250403033000.77b1@credly.com>")

# 55 Credly lookalike phishing
add("phish2", "suspicious", False, None, [],
    addr("Credly Badges", "no-reply@credly-badges.net"), ME_P,
    "Your AWS badge will be revoked - verify now", d(2025, 4, 3, 18, 11),
    leaf(html_wrap("<p>Dear earner,</p><p>Your AWS Certified badges failed verification after an account change. "
                   "Sign in within 48 hours to avoid permanent revocation.</p>"
                   "<p><a href='http://credly-badges.net/login'>Sign in to Credly</a></p>"), "html"),
    auth=auth_gmail("credly-badges.net", "credly-badges.net", dkim="pass", spf="pass", dmarc="pass", ip="45.138.16.77"))

# 56 survey B
add("survB", "survey", False, CASE_B, [],
    addr("AWS Training and Certification", TC), ME_P,
    "Tell us about your support experience - case %s" % CASE_B, d(2025, 4, 4, 0, 0, UTC),
    multi("alternative",
          leaf("Your case %s was recently closed. Would you take a minute to rate it?\n"
               "https://survey.aws.example/r?c=%s\n\nThis survey is optional; replies to this message are not monitored.\n" % (CASE_B, CASE_B)),
          leaf(html_wrap("<p>Your case %s was recently closed. Would you take a minute to rate it?</p>"
                         "<p><a href='https://survey.aws.example/r?c=%s'>Start survey</a></p>" % (CASE_B, CASE_B)), "html")),
    auth=GM(), mid=sesid(56))

# 57 console resolved with survey footer
add("resD", "resolved", False, CASE_D, [CID_NEW],
    addr("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_D, d(2025, 4, 4, 5, 30, UTC),
    leaf("Hello Rina,\n\nThe benefits team has issued a new 50%% exam discount to your account %s. It is listed\n"
         "under Benefits and can be used for any exam scheduled before its expiry date. I have marked this case\n"
         "as resolved.\n\nBest regards,\nSinead M.\nAmazon Web Services\n\n"
         "We value your feedback. Please share your experience by rating this correspondence using the AWS\n"
         "Support Center link at the end of this correspondence.\n" % CID_NEW + CONSOLE_FOOT % CASE_D, cte="7bit"),
    irt="updD", refs=["ackD", "qD", "updD"], auth=GM(), mid=sesid(57))

# 58 exam result
add("result", "certification", False, None, [CID_NEW],
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certification exam results are available", d(2025, 4, 7, 9, 2),
    leaf(html_wrap("<p>Hello Rina,</p><p>Your results for <b>AWS Certified Solutions Architect - Professional</b> "
                   "are available in your AWS Certification account (%s).</p><p>Congratulations! You passed.</p>" % CID_NEW), "html",
         cte="base64"),
    auth=auth_gmail("certmetrics.com", "certmetrics.com", ip="52.1.17.88"), mid="<20250407000200.c71@certmetrics.com>")

# 59 ack case E, Japanese
add("ackE", "acknowledgement", False, CASE_E, [],
    addr("AWS Training and Certification", TC), ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E, d(2025, 4, 8, 3, 11, UTC),
    leaf("高川 莉奈 様\n\nお問い合わせありがとうございます。ケース番号 %s にて承りました。\n"
         "通常、24 時間以内に担当者よりご連絡いたします。\n"
         "すでに同じ内容でケースをお持ちの場合は、新たなケースを作成せず、本メールへの返信にてご連絡ください。\n\n"
         "お問い合わせ内容：認定証に記載されている氏名のローマ字表記を修正したい。\n\n"
         "AWS トレーニングと認定 カスタマーサービス\n" % CASE_E, charset="iso-2022-jp", cte="7bit"),
    auth=GM(), mid=sesid(59))

# 60 info request E, Shift_JIS base64, keigo
e_q = ("高川 莉奈 様\n\nAWS トレーニングと認定の佐々木でございます。\n"
       "認定証の氏名表記の件、確認いたしました。現在のご登録は「RINA TAKAGAWA」となっております。\n\n"
       "修正にあたり、パスポートに記載されているとおりのローマ字氏名（姓・名の順序を含む）を、"
       "本メールへのご返信にてお知らせいただけますでしょうか。\n"
       "あわせて、修正後の氏名で認定証の再発行をご希望かどうかもお知らせいただけますと幸いです。\n\n"
       "お手数をおかけいたしますが、よろしくお願いいたします。\n\n佐々木\nAWS トレーニングと認定 カスタマーサービス\n")
add("qE", "info_request", True, CASE_E, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E, d(2025, 4, 9, 1, 2, UTC),
    leaf(e_q, charset="shift_jis", cte="base64"), irt="ackE", auth=GM(), mid=sesid(60))

# 61 bounce of owner's mail to the closed company address
add("bounce", "unrelated", False, None, [],
    addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", d(2025, 4, 9, 12, 5),
    leaf("** Address not found **\n\nYour message wasn't delivered to r.takagawa@kaiyo-sys.co.jp because the address\n"
         "couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
         "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n\n"
         "----- Original message -----\nSubject: test\n\nDoes this still arrive?\n", cte="7bit"),
    auth=auth_gmail("googlemail.com", "googlemail.com", ip="209.85.220.41"), mid=gmid(61),
    extra=["Auto-Submitted: auto-replied"])

# 62 closing notice E, Japanese Shift_JIS QP, with 〜がございましたら elsewhere
add("closeE", "closing_notice", True, CASE_E, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E, d(2025, 4, 12, 2, 0, UTC),
    leaf("高川 莉奈 様\n\n先日お送りしたご案内について、まだご返信をいただけておりません。\n"
         "3 営業日以内にご連絡がない場合、本ケースはクローズさせていただきます。\n"
         "ご返信いただければケースは引き続きオープンのままとなり、クローズ後のご返信でも再開が可能です。\n\n"
         "AWS トレーニングと認定 カスタマーサービス\n", charset="shift_jis", cte="quoted-printable"),
    irt="qE", refs=["ackE", "qE"], auth=GM(), mid=sesid(62))

# 63 owner replies in Japanese
add("ansE", "user_reply", False, CASE_E, [],
    addr(ME_NAME, ME_P), addr("AWS Training and Certification", TC),
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E, d(2025, 4, 12, 20, 30),
    leaf("佐々木様\n\nご連絡が遅くなり申し訳ありません。\nパスポート表記は「TAKAGAWA RINA」（姓・名の順）です。\n"
         "認定証の再発行もお願いいたします。\n\n高川\n\n"
         "2025年4月9日(水) 10:02 AWS Training and Certification <%s>:\n"
         % TC + "".join("> " + l + "\n" for l in e_q.splitlines()), cte="base64"),
    irt="closeE", refs=["ackE", "qE", "closeE"], mid=gmid(63))

# 64 Japanese case update
add("updE", "case_update", False, CASE_E, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E, d(2025, 4, 14, 0, 30, UTC),
    leaf("高川 莉奈 様\n\nご返信ありがとうございます。いただいた内容で、担当チームにて氏名の修正作業を進めております。\n"
         "完了次第、改めてご連絡いたします。\n\n佐々木\n", charset="iso-2022-jp", cte="7bit"),
    irt="ansE", refs=["ackE", "qE", "closeE", "ansE"], auth=GM(), mid=sesid(64))

# 65 resolved E, HTML-only Japanese, conditional invitation
add("resE", "resolved", False, CASE_E, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E, d(2025, 4, 15, 5, 45, UTC),
    leaf(html_wrap("<p>高川 莉奈 様</p><p>お待たせいたしました。認定アカウントの氏名を「TAKAGAWA RINA」に修正し、"
                   "認定証を再発行いたしました。認定アカウントの「認定」ページからダウンロードいただけます。</p>"
                   "<p>ご不明な点がございましたら、本メールにご返信ください。</p><p>佐々木<br>AWS トレーニングと認定</p>"
                   "<blockquote style='border-left:2px solid #ccc;padding-left:8px;color:#666'>"
                   "修正にあたり、パスポートに記載されているとおりのローマ字氏名を、本メールへのご返信にてお知らせいただけますでしょうか。"
                   "</blockquote>", "ja"), "html", cte="base64"),
    irt="updE", refs=["ackE", "ansE", "updE"], auth=GM(), mid=sesid(65))

# 66 Japanese survey
add("survE", "survey", False, CASE_E, [],
    addr("AWS Training and Certification", TC), ME_P,
    "アンケートのお願い：ケース %s" % CASE_E, d(2025, 4, 16, 0, 0, UTC),
    leaf("このたびはお問い合わせいただきありがとうございました。\n"
         "今後のサービス改善のため、1 分ほどのアンケートにご協力いただけますでしょうか。\n"
         "https://survey.aws.example/r?c=%s&lang=ja\n\n※本メールへのご返信は受け付けておりません。\n" % CASE_E,
         cte="base64"),
    auth=GM(), mid=sesid(66))

# 67 Zenn comment notification
add("zenn", "unrelated", False, None, [],
    addr("Zenn", "noreply@zenn.dev"), ME_P,
    "あなたの記事にコメントがつきました：AWS認定アカウントを個人用に統合した話", d(2025, 4, 16, 21, 14),
    leaf("tanaka_k さんがコメントしました：\n「サポートから Account #1 と #2 の確認メールが来たら、どう返信しましたか？」\n\n"
         "記事を開いて返信する: https://zenn.dev/rina_t/articles/aws-cert-merge\n", cte="base64"),
    auth=auth_gmail("zenn.dev", "zenn.dev", ip="198.2.180.9"), mid="<zenn.comment.88231@zenn.dev>")

# 68 Microsoft support case closed
add("msft", "unrelated", False, None, [],
    addr("Microsoft Support", "support@mail.support.microsoft.com"), ME_P,
    "Case 2504150040012345 closed - Azure subscription transfer", d(2025, 4, 17, 6, 0),
    leaf("Hello Rina,\n\nYour support request 2504150040012345 has been closed because we did not receive a reply.\n"
         "If the issue persists, reply within 14 days to reopen it.\n\nMicrosoft Azure Support\n"),
    auth=auth_gmail("mail.support.microsoft.com", "mail.support.microsoft.com", ip="40.107.244.52"),
    mid="<PH0PR21MB4081.2504150040012345@namprd21.prod.outlook.com>")

# 69 recertification
add("recert", "certification", False, None, [CID_NEW],
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!", d(2025, 4, 18, 8, 30),
    multi("alternative",
          leaf("Hi Rina,\n\nWell done on renewing AWS Certified Developer - Associate. Your credential is now valid\n"
               "until April 2028. Your candidate ID remains %s.\n\nAWS Training and Certification\n" % CID_NEW),
          leaf(html_wrap("<p>Hi Rina,</p><p>Well done on renewing <b>AWS Certified Developer - Associate</b>. "
                         "Valid until April 2028. Candidate ID: %s.</p>" % CID_NEW), "html")),
    auth=auth_gmail("certmetrics.com", "certmetrics.com", ip="52.1.17.88"), mid="<20250417233000.e02@certmetrics.com>")

# 70 technical console case (not T&C) with a request
add("ec2", "unrelated", False, None, [],
    addr("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE 174487023100815] Increase vCPU limit in ap-northeast-1", d(2025, 4, 18, 23, 40, UTC),
    leaf("Hello,\n\nTo process your quota increase for account 482019374615, please tell us the instance family\n"
         "and the expected peak number of vCPUs.\n\nAmazon Web Services\n" + CONSOLE_FOOT % "174487023100815"),
    auth=GM(), mid=sesid(70))

# 71 benefit expiry (certification)
add("voucherexp", "certification", False, None, [],
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Reminder: your 50% exam discount expires in 30 days", d(2025, 4, 20, 9, 0),
    leaf(html_wrap("<p>Hi Rina,</p><p>Your 50% exam discount benefit expires on May 20, 2025. Apply it when scheduling "
                   "your next exam from the Benefits page.</p>"), "html", cte="quoted-printable"),
    auth=auth_gmail("certmetrics.com", "certmetrics.com", ip="52.1.17.88"), mid="<20250420000000.f13@certmetrics.com>")

# 72 AWS marketing Japanese
add("mkt2", "unrelated", False, None, [],
    addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【ご案内】AWS 認定者限定ウェビナー：次の資格へのステップ", d(2025, 4, 21, 10, 0),
    multi("alternative",
          leaf("AWS 認定をお持ちの皆さまへ\n\n次の認定に向けた学習方法を紹介するウェビナーを開催します。\n"
               "お申し込みはこちら：https://aws.amazon.com/jp/events/\n\n配信停止をご希望の場合は、設定ページから変更してください。\n",
               charset="iso-2022-jp", cte="7bit"),
          leaf(html_wrap("<p>AWS 認定をお持ちの皆さまへ</p><p>次の認定に向けた学習方法を紹介するウェビナーを開催します。</p>", "ja"),
               "html", cte="base64")),
    auth=auth_gmail("marketing.aws", "amazon.com"), mid=sesid(72))

# 73 owner forwards the resolution to a friend (user_reply, quoted IDs not counted)
add("fwdFriend", "user_reply", False, CASE_B, [],
    addr(ME_NAME, ME_P), addr("Shota Kimura", "shota.kimura.0811@gmail.com"),
    "Fwd: RE: [CASE %s] %s" % (CASE_B, SUBJ_FORM), d(2025, 4, 21, 22, 10),
    leaf("翔太へ、参考までに。同じメールアドレスで2つあった場合はこんな感じで統合してもらえたよ。\n\n"
         "---------- Forwarded message ---------\nFrom: AWS Training and Certification <%s>\n"
         "Date: Thu, Apr 3, 2025 at 10:40 AM\nSubject: RE: [CASE %s] %s\nTo: <%s>\n\n"
         "Hi Rina,\n\nThe accounts are now combined: %s has been merged into %s, and the duplicate is\n"
         "deactivated.\n" % (TC, CASE_B, SUBJ_FORM, ME_P, CID_DUP, CID_NEW), cte="base64"),
    irt="resB", refs=["resB"], mid=gmid(73))

# 74 AWS Educate closing (other program)
add("educate2", "unrelated", False, None, [],
    addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE 13971126604] [AWS Educate Form Submission] - account-access", d(2025, 4, 22, 2, 0, UTC),
    leaf("Hello,\n\nAs we have not received a reply, this case will be closed in 48 hours. Reply to keep it open.\n\nAWS Educate Support\n"),
    irt="educate", auth=GM(), mid=sesid(74))

# 75 Japanese support writes a late follow-up on case E: nothing needed
add("followE", "case_update", False, CASE_E, [],
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E, d(2025, 4, 23, 1, 0, UTC),
    leaf("高川 莉奈 様\n\n念のためのご連絡です。Credly のバッジに表示される氏名も、明日中に新しい表記へ更新される予定です。\n"
         "お客様側での操作は不要です。\n\n佐々木\n", charset="utf-8", cte="quoted-printable"),
    irt="resE", refs=["ackE", "resE"], auth=GM(), mid=sesid(75))


# --------------------------------------------------------------------------- write
def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    counts = Counter()
    for i, (raw, label) in enumerate(MSGS, 1):
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(1 for _, l in MSGS if l["needs_reply"])))


if __name__ == "__main__":
    main()
