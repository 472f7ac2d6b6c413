#!/usr/bin/env python3
"""Blind held-out corpus generator (set blind-111). Standard library only.
Writes NNN-slug.eml + NNN-slug.json into the directory this script lives in."""
import base64
import json
import os
import quopri
import datetime
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME = "haruka.saeki.lab@gmail.com"
CO = "h.saeki@kirinoha-tech.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NR = "no-reply-aws@amazon.com"
TC_NAME = "AWS Training and Certification"

A = "176104221800457"   # T&C form case, 15 digits (main merge)
B = "176104275100862"   # duplicate form submission from the company address
C = "17612890453"       # console case (Credly badges), 11 digits
E = "8830451927"        # console case (voucher), 10 digits, Japanese
F = "17620411875"       # T&C form case (name on certificate), 11 digits, Japanese

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc

messages = []
_mid = [0]


def d(mo, day, hh, mm, tz=UTC):
    return datetime.datetime(2025, mo, day, hh, mm, 17, tzinfo=tz)


def mid(dom="email.amazonses.com"):
    _mid[0] += 1
    n = _mid[0]
    return "<0100019a%04x%08x-%04x-4c1e-9e2b-%012x@%s>" % (n, n * 7919, n * 31, n * 104729, dom)


def addr(name, a, charset="utf-8"):
    if name is None:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def ar_google(dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None):
    mailfrom = mailfrom or ("bounce@" + dom)
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=224i4yxa5dv7c2xz header.b=Qm3x9LtA;\n"
            "       spf=%s (google.com: domain of %s designates 54.240.27.12 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
            % (dkim, dom, spf, mailfrom, mailfrom, dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", dom))


def ar_ms(dom, dkim="pass", spf="pass", dmarc="pass"):
    return ("spf=%s (sender IP is 54.240.8.33) smtp.mailfrom=amazonses.com; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100"
            % (spf, dkim, dom, dmarc, dom))


def part(text, ctype="text/plain", charset="utf-8", cte="8bit"):
    if charset == "iso-2022-jp":
        raw = text.encode("iso-2022-jp")
        cte = "7bit"
    else:
        raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    hdrs = [("Content-Type", '%s; charset="%s"' % (ctype, charset)), ("Content-Transfer-Encoding", cte)]
    return hdrs, body


def render(headers, body, crlf=False):
    out = b""
    for k, v in headers:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"MIME-Version: 1.0\n" if not any(k == "MIME-Version" for k, _ in headers) else b""
    if isinstance(body, list):  # multipart/alternative (or mixed) list of parts
        kind, parts = "alternative", body
        if parts and parts[0] == "mixed":
            kind, parts = "mixed", parts[1:]
        bnd = "=_Part_%d_%d" % (len(messages) + 1, 735091)
        out += ('Content-Type: multipart/%s; boundary="%s"\n\n' % (kind, bnd)).encode()
        out += b"This is a multi-part message in MIME format.\n\n"
        for ph, pb in parts:
            out += ("--%s\n" % bnd).encode()
            for k, v in ph:
                out += ("%s: %s\n" % (k, v)).encode("ascii")
            out += b"\n" + pb + b"\n"
        out += ("--%s--\n" % bnd).encode()
    else:
        ph, pb = body
        for k, v in ph:
            out += ("%s: %s\n" % (k, v)).encode("ascii")
        out += b"\n" + pb
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def add(slug, headers, body, kind, needs, case, cands, note, crlf=False):
    n = len(messages) + 1
    name = "%03d-%s" % (n, slug)
    messages.append((name, render(headers, body, crlf),
                     {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}, note))


def H(frm, to, subject, date, msgid, irt=None, refs=None, ar=None, cc=None, extra=None, scs="utf-8"):
    h = []
    if ar:
        h.append(("Authentication-Results", ar))
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subj(subject, scs)), ("Date", format_datetime(date)), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", " ".join(refs)))
    for e in extra or []:
        h.append(e)
    return h


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def outlook(frm, sent, to, subject, text):
    return ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subject, text))


TCF = addr(TC_NAME, TC)
AWSF = addr("Amazon Web Services", NR)
RE_A = "RE:[CASE %s] %s" % (A, SUBJ_TC)
RE_B = "RE:[CASE %s] %s" % (B, SUBJ_TC)
RE_F = "RE: [CASE %s] %s" % (F, SUBJ_TC)

CONSOLE_FOOT = (
    "\n\nTo view this case or add a reply, go to the Support Center:\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s\n\n"
    "(If you sign in through federation, sign in first and then open the link.)\n\n"
    "*This notification was sent from an address that cannot accept incoming e-mails. "
    "Replies to it are not read; use the link above to contact us about this case.\n")
FEEDBACK = (
    "\n\nWe value your feedback. You can rate this reply from the Support Center by choosing the stars "
    "at the top right of the correspondence, or with the survey link shown under it.\n")
FEEDBACK_JA = (
    "\n\nサポートの品質向上のため、本回答の評価にご協力ください。Support Center の各回答の右上にある星を選択して評価いただけます。\n")

# ---------------------------------------------------------------------------
# 001 Builder ID code
m = mid("signin.aws")
add("001", H(addr("AWS Builder ID", "no-reply@signin.aws"), ME, "Verify your AWS Builder ID email address",
             d(10, 21, 9, 58), m, ar=ar_google("signin.aws")),
    part("Hello,\n\nUse the code below to finish creating your AWS Builder ID.\n\n    Verification code: 604219\n\n"
         "The code expires in 10 minutes. If you didn't ask for it, you can ignore this message.\n\n"
         "Amazon Web Services\n"),
    "unrelated", False, None, [], "Builder ID one-time code; 6-digit number that is not a case ID.")

# 002 ack A
m002 = mid()
ACK_A = ("Hello,\n\n"
         "Thank you for reaching out to AWS Training and Certification. This message confirms that we have opened case "
         + A + " for your request.\n\n"
         "Summary of what you submitted:\n"
         "  Inquiry type: Certification\n"
         "  Additional detail: Account Merge\n"
         "  Contact email: " + ME + "\n"
         "  Description: I am leaving Kirinoha Tech K.K. at the end of October and would like the certification\n"
         "  account registered to " + CO + " combined into my personal one (" + ME + ").\n\n"
         "Most requests receive a first answer within one business day, though some need more research. "
         "Opening another case for the same request sends it to the back of the queue, so please keep all "
         "correspondence on this one.\n\n"
         "Should you think of anything else we ought to know, simply reply to this message and it will be added "
         "to the case automatically.\n\n"
         "AWS Training and Certification Customer Support\n")
add("002", H(TCF, ME, "[CASE %s] %s" % (A, SUBJ_TC), d(10, 21, 10, 24), m002, ar=ar_google("amazon.com")),
    part(ACK_A), "acknowledgement", False, A, [],
    "Acknowledgement with conditional 'reply to this message' invitation and 'please keep correspondence' (not an ask).")

# 003 ack B (duplicate, company address, Japanese, base64)
m003 = mid()
ACK_B = ("AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n"
         "以下の内容でケース " + B + " を作成いたしました。\n\n"
         "ケース ID: " + B + "\n"
         "お問い合わせタイプ: AWS トレーニングと認定\n"
         "その他の詳細: アカウントの統合\n"
         "ご連絡先メールアドレス: " + CO + "\n\n"
         "担当者より、原則として 1 営業日以内にご連絡いたします。内容によってはさらにお時間を頂戴する場合がございます。\n"
         "同一のご依頼で複数のケースを作成されますと、かえって対応が遅れる原因となりますのでご注意ください。\n\n"
         "補足いただける情報がございましたら、本メールにそのままご返信ください。\n\n"
         "AWS トレーニングと認定 カスタマーサポート\n")
add("003", H(TCF, CO, "[CASE %s] %s" % (B, SUBJ_TC), d(10, 21, 10, 33), m003, ar=ar_ms("amazon.com")),
    part(ACK_B, cte="base64"), "acknowledgement", False, B, [],
    "Second form submission (duplicate) acknowledged in Japanese to the company address; base64; ご返信ください is conditional.")

# 004 marketing
m = mid("marketing.aws")
add("004", H(addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME,
             "Reserve your seat: AWS re:Invent 2025 recap webinar", d(10, 21, 13, 2), m, ar=ar_google("amazon.com")),
    [part("Join our architects for a 60-minute recap of the biggest launches.\n\nReply to this email with any questions "
          "for the panel, or register now: https://aws.amazon.com/events/reinvent-recap/\n\nUnsubscribe: https://pages.awscloud.com/unsub\n"),
     part("<html><body><h2>re:Invent 2025 recap</h2><p>Join our architects for a 60-minute recap.</p>"
          "<p><a href='https://aws.amazon.com/events/reinvent-recap/'>Register now</a> &mdash; or reply with questions for the panel.</p></body></html>",
          "text/html")],
    "unrelated", False, None, [], "AWS marketing that invites a reply; not case mail.")

# 005 on_hold A with an indirect ask (multipart, QP)
m005 = mid()
HOLD_A = ("Hi Haruka,\n\n"
          "Thanks for your patience while I looked into this.\n\n"
          "When I pulled up the certification account registered to " + CO + ", I found that it is linked to the "
          "AWS Partner Network profile of Kirinoha Tech K.K. Records that count toward a partner's certification "
          "totals are locked against merges for as long as the partner lists the person as an employee, so I have "
          "put your request on hold for now rather than moving anything.\n\n"
          "This is routine and usually clears quickly. What unblocks it is a short written statement from you that "
          "you are leaving the company, together with your last working day there; our partner team uses that to "
          "release the link. As soon as that is on the case I can ask them to act.\n\n"
          "Kind regards,\nTomasz\nAWS Training and Certification\n")
HOLD_A_HTML = ("<html><body><p>Hi Haruka,</p><p>Thanks for your patience while I looked into this.</p>"
               "<p>When I pulled up the certification account registered to " + CO + ", I found that it is linked to the "
               "AWS Partner Network profile of Kirinoha Tech K.K. Records that count toward a partner's certification "
               "totals are locked against merges for as long as the partner lists the person as an employee, so I have "
               "put your request on hold for now rather than moving anything.</p>"
               "<p>This is routine and usually clears quickly. What unblocks it is a short written statement from you that "
               "you are leaving the company, together with your last working day there; our partner team uses that to "
               "release the link. As soon as that is on the case I can ask them to act.</p>"
               "<p>Kind regards,<br>Tomasz<br>AWS Training and Certification</p></body></html>")
add("005", H(TCF, ME, RE_A, d(10, 21, 16, 2), m005, irt=m002, refs=[m002], ar=ar_google("amazon.com")),
    [part(HOLD_A, cte="quoted-printable"), part(HOLD_A_HTML, "text/html", cte="quoted-printable")],
    "on_hold", True, A, [],
    "APN partner hold; the ask is indirect ('What unblocks it is a short written statement from you'), no please/question mark.")

# 006 forward to self (personal -> company), Japanese note
m006 = mid("mail.gmail.com")
FWD006 = ("会社PCでAPN管理者の件を確認するため転送。退職日を書いて返信する必要あり。\n\n"
          "---------- Forwarded message ---------\n"
          "From: AWS Training and Certification <" + TC + ">\n"
          "Date: Tue, Oct 21, 2025 at 4:02 PM\n"
          "Subject: " + RE_A + "\n"
          "To: <" + ME + ">\n\n" + HOLD_A)
add("006", H(addr("佐伯 遥", ME), CO, "Fwd: " + RE_A, d(10, 21, 16, 40), m006, refs=[m002, m005],
             ar=ar_ms("gmail.com")),
    part(FWD006), "user_reply", False, A, [],
    "The person forwards support's hold/ask to her own company address with a note; quoted ask must not make it a request.")

# 007 info_request B: HTML-only table to company address
m007 = mid()
HTML007 = ("<html><head><style>td,th{border:1px solid #999;padding:4px 8px}</style></head><body>"
           "<p>Hello,</p><p>I'm writing regarding case " + B + ".</p>"
           "<p>Before any certification records can be combined we need to be sure which account remains afterwards. "
           "Fill in the right-hand column below and send it back to us by replying to this email.</p>"
           "<table><tr><th>Field</th><th>Your answer</th></tr>"
           "<tr><td>Full name on the account to keep</td><td>&nbsp;</td></tr>"
           "<tr><td>Login email of the account to keep</td><td>&nbsp;</td></tr>"
           "<tr><td>Candidate ID (AWS followed by 8 digits), if known</td><td>&nbsp;</td></tr>"
           "<tr><td>Country of residence</td><td>&nbsp;</td></tr></table>"
           "<p>Best,<br>Nadia<br>AWS Training &amp; Certification Customer Support</p></body></html>")
add("007", H(TCF, CO, RE_B, d(10, 22, 1, 15), m007, irt=m003, refs=[m003], ar=ar_ms("amazon.com")),
    part(HTML007, "text/html", cte="quoted-printable"), "info_request", True, B, [],
    "HTML-only table asking for destination-account details on the duplicate case, sent to the company address.")

# 008 user reply A from company address (wrong address), Outlook top-post over 005
m008 = mid("kirinoha-tech.co.jp")
R008 = ("Hello Tomasz,\n\n"
        "I'm leaving Kirinoha Tech K.K.; my last working day is 31 October 2025. After that this mailbox will be "
        "closed, so please continue with my personal address.\n\n"
        "Best regards,\nHaruka Saeki\nCloud Infrastructure Group, Kirinoha Tech K.K.")
add("008", H(addr("Saeki Haruka", CO), TC, "RE: " + RE_A, d(10, 22, 1, 40), m008, irt=m005, refs=[m002, m005],
             extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    part(R008 + outlook("AWS Training and Certification <" + TC + ">", "Tuesday, October 21, 2025 4:02 PM", ME,
                        RE_A, HOLD_A), cte="quoted-printable"),
    "user_reply", False, A, [], "The person answers from the OLD company address; quoted history holds the hold/ask.",
    crlf=True)

# 009 user reply B (company) naming the other case, top-posted over 007 table
m009 = mid("kirinoha-tech.co.jp")
R009 = ("Hello Nadia,\n\nSorry, I sent the form twice by mistake. The same request is already being handled under case "
        + A + ", so this one can be closed.\n\nRegards,\nHaruka Saeki")
Q009 = ("Hello,\nI'm writing regarding case " + B + ".\nBefore any certification records can be combined we need to be "
        "sure which account remains afterwards. Fill in the right-hand column below and send it back to us by replying "
        "to this email.\nField\tYour answer\nFull name on the account to keep\t\nLogin email of the account to keep\t\n"
        "Candidate ID (AWS followed by 8 digits), if known\t\nCountry of residence\t\nBest,\nNadia")
add("009", H(addr("Saeki Haruka", CO), TC, "RE: " + RE_B, d(10, 22, 2, 5), m009, irt=m007, refs=[m003, m007],
             extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    part(R009 + outlook("AWS Training and Certification <" + TC + ">", "Wednesday, October 22, 2025 10:15 AM", CO,
                        RE_B, Q009)),
    "user_reply", False, B, [], "User reply on duplicate case B whose new text names the other case number A.", crlf=True)

# 010 out-of-office from former manager (ISO-2022-JP) quoting her message
m010 = mid("kirinoha-tech.co.jp")
OOO = ("【自動返信】\n\n10月22日から10月27日まで出張のため不在にしております。\n"
       "メールの確認が遅れますこと、ご了承ください。急ぎの件は infra-desk@kirinoha-tech.co.jp までご連絡ください。\n\n"
       "鷹野\n\n"
       "-----Original Message-----\nFrom: 佐伯 遥\nSent: Wednesday, October 22, 2025 10:48 AM\nTo: 鷹野 誠\n"
       "Subject: APN のAWS認定連携解除について\n\n"
       "鷹野さん\n\nAWS サポート（ケース " + A + "）から、APN パートナー連携を外すために退職日を知らせるよう求められています。\n"
       "APN 管理者側で何か必要でしたら教えてください。\n\n佐伯")
add("010", H(addr("鷹野 誠", "m.takano@kirinoha-tech.co.jp", "iso-2022-jp"), CO,
             "自動応答: APN のAWS認定連携解除について", d(10, 22, 2, 49), m010, scs="iso-2022-jp",
             extra=[("Auto-Submitted", "auto-replied")]),
    part(OOO, charset="iso-2022-jp"), "unrelated", False, None, [],
    "Colleague's out-of-office (ISO-2022-JP) quoting the person's note that mentions the case and support's ask.")

# 011 info_request A: wrong address, top-posted with progress news
m011 = mid()
WA = ("Hi Haruka,\n\n"
      "Thank you, that's exactly what the partner team needs, and I've already passed your leaving date on to them.\n\n"
      "One snag: your message came from " + CO + ". That address belongs to the account being merged away, and to "
      "your employer, so we can't take instructions for this case from it. We'll need the same statement sent from "
      + ME + ", the address that stays on file, before the partner team will act on it. A one-line reply from that "
      "address to this email is enough.\n\nThanks,\nTomasz\n")
add("011", H(TCF, ME, RE_A, d(10, 22, 7, 14), m011, irt=m008, refs=[m002, m005, m008], cc=CO,
             ar=ar_google("amazon.com")),
    part(WA + "\n" + q("On 22/10/2025 01:40, Saeki Haruka <" + CO + "> wrote:\n" + R008 + "\n\n" +
                       "-----Original Message-----\n" + HOLD_A)),
    "info_request", True, A, [],
    "News (leaving date passed on) plus an ask to re-send from the personal address; 'We'll need' rather than please.")

# 012 resolved B: closed as duplicate
m012 = mid()
DUP = ("Hello Haruka,\n\nThanks for telling us. Case " + B + " covers the same request as " + A + ", which a colleague "
       "is already working on, so I've closed this one as a duplicate. There's nothing else to do here; all further "
       "updates will come on the other case.\n\nBest,\nNadia\nAWS Training & Certification Customer Support\n")
add("012", H(TCF, CO, RE_B, d(10, 22, 8, 30), m012, irt=m009, refs=[m003, m007, m009], ar=ar_ms("amazon.com")),
    part(DUP + "\n" + q(R009 + "\n\n> " + Q009.replace("\n", "\n> ")), cte="quoted-printable"),
    "resolved", False, B, [], "Duplicate case closed with nothing to do; quoted history still shows the table request.")

# 013 user reply A from personal (Gmail top-post) with candidate IDs
m013 = mid("mail.gmail.com")
R013 = ("Hi Tomasz,\n\nWriting from my personal address as you asked. I confirm that I am leaving Kirinoha Tech K.K. "
        "and that my last working day is 31 October 2025.\n\nIn case it helps, my candidate IDs are AWS01234567 "
        "(personal account) and AWS07654321 (company account).\n\nThanks,\nHaruka")
add("013", H(addr("Haruka Saeki", ME), TC, "Re: " + RE_A, d(10, 22, 9, 3), m013, irt=m011, refs=[m002, m005, m008, m011]),
    part(R013 + "\n\nOn Wed, 22 Oct 2025 at 16:14, AWS Training and Certification <" + TC + "> wrote:\n" + q(WA)),
    "user_reply", False, A, ["AWS01234567", "AWS07654321"],
    "User reply from the personal address top-posted over support's ask; candidate IDs in the new text.")

# 014 on_hold A without ask
m014 = mid()
H014 = ("Hi Haruka,\n\nReceived, thank you. That is the confirmation we were waiting for.\n\n"
        "Your request is now with our partner operations team, who have to detach the old record from Kirinoha Tech's "
        "partner profile. Until they finish, the case stays on hold. You don't need to do anything meanwhile; I'll "
        "write again when they are done, usually within two or three business days.\n\nTomasz\n")
add("014", H(TCF, ME, RE_A, d(10, 22, 12, 47), m014, irt=m013, refs=[m002, m005, m011, m013], ar=ar_google("amazon.com")),
    part(H014 + "\n" + q("On 22/10/2025 09:03, Haruka Saeki wrote:\n" + R013)),
    "on_hold", False, A, [], "On hold waiting on partner operations; explicitly asks nothing. Quoted user text has IDs.")

# 015 GitHub merged
m = mid("github.com")
add("015", H(addr("Kenta Oda", "notifications@github.com"), ME,
             "Re: [hsaeki/dotfiles] Add zsh config for new laptop (PR #42)", d(10, 23, 3, 11), m,
             ar=ar_google("github.com"), extra=[("List-ID", "hsaeki/dotfiles <dotfiles.hsaeki.github.com>")]),
    part("Merged #42 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
         "https://github.com/hsaeki/dotfiles/pull/42#event-1538841\nYou are receiving this because you authored the thread.\n"),
    "unrelated", False, None, [], "GitHub 'Merged' notification with a reply invitation.")

# 016 Pearson VUE appointment
m = mid("pearson.com")
add("016", H(addr("Pearson VUE", "pearsonvue-confirmation@pearson.com"), ME,
             "Confirmation of your exam appointment - AWS Certified Solutions Architect - Professional",
             d(10, 23, 5, 30), m, ar=ar_google("pearson.com")),
    [part("Dear Haruka Saeki,\n\nThank you for scheduling your exam.\n\nRegistration ID: 418837290\nExam: SAP-C02 AWS Certified "
          "Solutions Architect - Professional\nDate: Friday, November 14, 2025 10:00 JST\nLocation: Online (OnVUE)\n\n"
          "Please run the system test before exam day and have your ID ready. To reschedule, sign in at least 24 "
          "hours before your appointment.\n\nPearson VUE\n"),
     part("<html><body><p>Dear Haruka Saeki,</p><table><tr><td>Registration ID</td><td>418837290</td></tr>"
          "<tr><td>Exam</td><td>SAP-C02</td></tr><tr><td>Date</td><td>Friday, November 14, 2025 10:00 JST</td></tr></table>"
          "<p>Please run the system test before exam day.</p></body></html>", "text/html")],
    "unrelated", False, None, [], "Exam vendor mail; 9-digit registration ID is not a case number; imperative 'Please run'.")

# 017 case_update A: hold lifted, future confirmation announced
m017 = mid()
U017 = ("Hello Haruka,\n\nQuick update on case " + A + ": our partner team has released your old certification record "
        "from Kirinoha Tech's partner profile, so the hold has been lifted.\n\n"
        "I'm now preparing the merge. You'll get a separate message from me listing both accounts so you can check them "
        "before anything is moved, so please keep an eye out for it.\n\nTomasz\n")
add("017", H(TCF, ME, RE_A, d(10, 24, 2, 20), m017, irt=m014, refs=[m002, m005, m013, m014], ar=ar_google("amazon.com")),
    part(U017, cte="quoted-printable"), "case_update", False, A, [],
    "Hold lifted (news); announces a future confirmation; 'please keep an eye out' is not an ask to reply.")

# 018 confirmation_request A: HTML only table
m018 = mid()
CONF_HTML = ("<html><body style='font-family:Arial'><p>Hello Haruka,</p>"
             "<p>As promised, here are the certification accounts we found for you:</p>"
             "<table border='1' cellpadding='4' cellspacing='0'>"
             "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
             "<tr><td>Candidate ID</td><td>AWS01234567</td><td>AWS07654321</td></tr>"
             "<tr><td>Login email</td><td>" + ME + "</td><td>" + CO + "</td></tr>"
             "<tr><td>Training notification email</td><td>" + ME + "</td><td>" + CO + "</td></tr>"
             "<tr><td>Certification notification email</td><td>" + ME + "</td><td>" + CO + "</td></tr>"
             "<tr><td>Active certifications</td><td>none</td><td>SAA-C03, DVA-C02</td></tr></table>"
             "<p>Everything held by the account you don't choose will be moved to the one you do, and the other will be "
             "deactivated. This can't be undone.</p>"
             "<p>Which one should we keep as your primary account, #1 or #2?</p>"
             "<p>Tomasz<br>AWS Training and Certification</p></body></html>")
CONF_TXT = ("Hello Haruka,\nAs promised, here are the certification accounts we found for you:\n"
            "                       Account #1                    Account #2\n"
            "Candidate ID           AWS01234567                   AWS07654321\n"
            "Login email            " + ME + "    " + CO + "\n"
            "Training notif. email  " + ME + "    " + CO + "\n"
            "Cert. notif. email     " + ME + "    " + CO + "\n"
            "Active certifications  none                          SAA-C03, DVA-C02\n"
            "Everything held by the account you don't choose will be moved to the one you do, and the other will be "
            "deactivated. This can't be undone.\nWhich one should we keep as your primary account, #1 or #2?\nTomasz")
add("018", H(TCF, ME, RE_A, d(10, 24, 2, 51), m018, irt=m017, refs=[m002, m005, m014, m017], ar=ar_google("amazon.com")),
    part(CONF_HTML, "text/html", cte="quoted-printable"), "confirmation_request", True, A,
    ["AWS01234567", "AWS07654321"], "HTML-only table Account #1/#2; the ask is a bare question with no please.")

# 019 forward to self personal->personal
m019 = mid("mail.gmail.com")
FWD019 = ("メモ: 週末に返信する。#1（個人）で問題ないはず。\n\n"
          "---------- Forwarded message ---------\nFrom: AWS Training and Certification <" + TC + ">\n"
          "Date: Fri, Oct 24, 2025 at 11:51 AM\nSubject: " + RE_A + "\nTo: <" + ME + ">\n\n")
add("019", H(addr("佐伯 遥", ME), ME, "Fwd: " + RE_A, d(10, 24, 3, 30), m019, refs=[m017, m018],
             ar=ar_google("gmail.com")),
    [part(FWD019 + CONF_TXT + "\n"),
     part("<div dir='ltr'>メモ: 週末に返信する。#1（個人）で問題ないはず。<br><br><div class='gmail_quote'>"
          "---------- Forwarded message ---------<br>From: AWS Training and Certification &lt;" + TC + "&gt;<br>"
          "Subject: " + RE_A + "<br><br>" + CONF_HTML.replace("<html>", "").replace("</html>", "") + "</div></div>",
          "text/html", cte="base64")],
    "user_reply", False, A, [], "Forward-to-self of the confirmation request; IDs and the question are only in forwarded text.")

# 020 suspicious lookalike
m = mid("aws-certsupport-center.com")
add("020", H(addr("AWS Certification Support", "case-desk@aws-certsupport-center.com"), ME,
             "Action required: confirm your certification account merge [CASE 176104299100031]", d(10, 25, 6, 12), m,
             ar=ar_google("aws-certsupport-center.com")),
    part("<html><body><p>Dear candidate,</p><p>Your account merge has been approved. To avoid losing your certifications, "
         "confirm the merge within 24 hours by signing in below.</p><p><a href='https://aws-certsupport-center.com/verify'>"
         "Confirm merge</a></p><p>AWS Training and Certification</p></body></html>", "text/html"),
    "suspicious", False, None, [], "Lookalike domain, fake case number, urgent 'confirm' ask.")

# 021 certification feedback invitation (company address)
m = mid("certmetrics.com")
add("021", H(addr("AWS Certification", "do-not-reply@certmetrics.com"), CO, "AWS Certification wants to hear from you",
             d(10, 25, 14, 0), m, ar=ar_ms("certmetrics.com")),
    part("Hello Haruka,\n\nCandidate ID: AWS07654321\n\nAs an AWS Certified individual, your opinion helps shape our exams. "
         "Please take 10 minutes to answer our annual certification program survey:\nhttps://www.certmetrics.com/amazon/survey/2025\n\n"
         "Thank you,\nAWS Certification\n"),
    "certification", False, None, ["AWS07654321"],
    "Certification program feedback invitation (not a support survey); carries a candidate ID.")

# 022 closing_notice A top-posted above confirmation request (multipart)
m022 = mid()
CL022 = ("Hi Haruka,\n\nI'm following up on the message my colleague sent on 24 October listing your certification "
         "accounts; we haven't had an answer yet.\n\nUnless we hear from you by 31 October, this case will be closed. "
         "If it closes before you're ready, a reply to this thread will reopen it, but nothing can be merged until you "
         "tell us which account to keep.\n\nLucía\nAWS Training and Certification\n")
add("022", H(TCF, ME, RE_A, d(10, 28, 7, 41), m022, irt=m018, refs=[m002, m017, m018], ar=ar_google("amazon.com")),
    [part(CL022 + "\n________________________________\n" + CONF_TXT + "\n", cte="quoted-printable"),
     part("<html><body>" + CL022.replace("\n\n", "</p><p>").join(["<p>", "</p>"]) +
          "<hr><blockquote>" + CONF_HTML.replace("<html>", "").replace("</html>", "") + "</blockquote></body></html>",
          "text/html", cte="quoted-printable")],
    "closing_notice", True, A, [], "Closing notice top-posted above the quoted confirmation table; IDs only in quote.")

# 023 user reply A threaded only by In-Reply-To/References
m023 = mid("mail.gmail.com")
R023 = ("Hello,\n\nConfirmed. Please merge everything into Account #1 (" + ME + ") and deactivate Account #2.\n\n"
        "Sorry for the slow reply.\nHaruka Saeki")
add("023", H(addr("Haruka Saeki", ME), TC, "Re: my certification accounts", d(10, 29, 0, 12), m023, irt=m022,
             refs=[m002, m018, m022]),
    part(R023 + "\n\nOn Tue, Oct 28, 2025 at 4:41 PM AWS Training and Certification <" + TC + "> wrote:\n" +
         q(CL022 + "\n" + CONF_TXT)),
    "user_reply", False, A, [], "Confirmation reply whose subject has no case token; threads only via In-Reply-To.")

# 024 case_update A: partial merge, no ask, top-posted above quotes
m024 = mid()
U024 = ("Hi Haruka,\n\nThanks for confirming. I've started the merge into Account #1.\n\n"
        "So far your certifications and the full exam history from Account #2 are showing on Account #1. "
        "Certification benefits, including the 50% exam discount voucher, are migrated by a separate process and normally "
        "appear within five business days; that happens on its own.\n\n"
        "There is nothing you need to do at this point. I'll keep the case open until the benefits have come across.\n\nTomasz\n")
add("024", H(TCF, ME, RE_A, d(10, 29, 3, 5), m024, irt=m023, refs=[m002, m018, m022, m023], ar=ar_google("amazon.com")),
    part(U024 + "\n-----Original Message-----\nFrom: Haruka Saeki <" + ME + ">\nSent: 29 October 2025 09:12\n\n" + R023 +
         "\n\n-----Original Message-----\nFrom: AWS Training and Certification\n\n" + CL022 + "\n" + CONF_TXT),
    "case_update", False, A, [], "Partial merge reported, benefits pending; asks nothing; quoted history has the old asks.")

# 025 info_request A: more news + ask
m025 = mid()
I025 = ("Hi Haruka,\n\nA further update. While checking the benefits transfer I found a third certification record, "
        "AWS03330001, created in February 2019 under the name \"Haruka Yamada\" with the address "
        "haruka.y@univ-mail.example.ac.jp. It holds a Cloud Practitioner result.\n\n"
        "If that record is yours it can go into Account #1 with the rest, but because the name differs I can't assume so. "
        "I'd need the name you used at the time and, ideally, the city where you sat that exam, so I can check it against "
        "the registration. If it isn't yours, just say so and I'll leave it alone.\n\n"
        "Meanwhile the voucher migration is still running and should finish this week.\n\nTomasz\n")
add("025", H(TCF, ME, RE_A, d(10, 30, 1, 22), m025, irt=m024, refs=[m002, m018, m023, m024], ar=ar_google("amazon.com")),
    part(I025 + "\n" + q(U024 + "\n" + R023 + "\n\n" + CONF_TXT), cte="quoted-printable"),
    "info_request", True, A, ["AWS03330001"],
    "Progress news bracketing an 'I'd need...' ask; top-posted above quoted confirmation request.")

# 026 user reply A
m026 = mid("mail.gmail.com")
R026 = ("Hi Tomasz,\n\nYes, AWS03330001 is mine. Yamada is my maiden name; I took the Cloud Practitioner exam at a test "
        "centre in Osaka in February 2019. Please include it in Account #1.\n\nThank you,\nHaruka")
add("026", H(addr("Haruka Saeki", ME), TC, "Re: " + RE_A, d(10, 30, 2, 40), m026, irt=m025,
             refs=[m002, m018, m023, m024, m025]),
    part(R026 + "\n\nOn Thu, 30 Oct 2025 at 10:22, AWS Training and Certification <" + TC + "> wrote:\n" + q(I025)),
    "user_reply", False, A, ["AWS03330001"], "User reply with candidate ID, quoting the info request.")

# 027 billing with 12-digit account id (same sender as console)
m = mid()
add("027", H(AWSF, ME, "Amazon Web Services Billing Statement Available [Account: 382914475061]", d(11, 2, 8, 0), m,
             ar=ar_google("amazon.com")),
    part("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on "
         "the AWS web site. Your account will be charged the following:\n\nTotal: USD 3.84\n\n"
         "Please see the Bills section of the Billing console for details.\n\n[AWS ID 382914475061]\n\n"
         "*This e-mail was sent from an address that cannot accept incoming e-mails.\n"),
    "unrelated", False, None, [], "Billing mail from the console-case sender; 12-digit account ID is not a case number.")

# 028 bounce quoting the forwarded confirmation request
m = mid("googlemail.com")
add("028", H(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME,
             "Delivery Status Notification (Failure)", d(11, 3, 0, 30), m, ar=ar_google("googlemail.com"),
             extra=[("Auto-Submitted", "auto-replied")]),
    part("** Address not found **\n\nYour message wasn't delivered to " + CO + " because the address couldn't be found, "
         "or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
         "Recipient not found by SMTP address lookup\n\n----- Original message -----\n\nSubject: Fwd: " + RE_A + "\n\n"
         "FYI for the handover folder.\n\n---------- Forwarded message ---------\n" + CONF_TXT + "\n"),
    "unrelated", False, None, [], "Bounce (company mailbox closed) that contains the case subject and the confirmation ask.")

# 029 resolved A, Outlook quoting of older requests
m029 = mid()
RES029 = ("Hi Haruka,\n\nI have successfully merged all three certification records into Account #1 (" + ME + "). "
          "Your exam history, your certifications and the 2019 Cloud Practitioner result are now in one place, and the "
          "50% discount voucher is listed under Benefits.\n\nAccount #2 and the 2019 record have been deactivated; sign in "
          "with your personal address from now on.\n\nNo further action is required, and I'm marking this case as "
          "resolved. Thank you for your patience while the partner hold was sorted out.\n\nTomasz\nAWS Training and Certification\n")
add("029", H(TCF, ME, RE_A, d(11, 4, 5, 10), m029, irt=m026, refs=[m002, m018, m023, m024, m025, m026],
             ar=ar_google("amazon.com")),
    [part(RES029 + outlook("Haruka Saeki <" + ME + ">", "Thursday, October 30, 2025 11:40 AM", TC, "Re: " + RE_A,
                           R026 + outlook("AWS Training and Certification", "Thursday, October 30, 2025 10:22 AM", ME,
                                          RE_A, I025 + outlook("AWS Training and Certification", "Friday, October 24, 2025",
                                                               ME, RE_A, CONF_TXT))), cte="quoted-printable"),
     part("<html><body>" + RES029.replace("\n\n", "<br><br>") + "<hr><div>" +
          (R026 + "\n" + I025).replace("\n", "<br>") + "</div></body></html>", "text/html", cte="quoted-printable")],
    "resolved", False, A, [], "'Successfully merged'; quoted below are three older requests (info, confirmation).", crlf=True)

# 030 forward to self of the resolution
m030 = mid("mail.gmail.com")
add("030", H(addr("佐伯 遥", ME), ME, "Fwd: " + RE_A, d(11, 4, 9, 0), m030, refs=[m026, m029], ar=ar_google("gmail.com")),
    part("保存用。統合完了。次は Credly を確認。\n\n---------- Forwarded message ---------\nFrom: AWS Training and Certification <"
         + TC + ">\nDate: Tue, Nov 4, 2025 at 2:10 PM\nSubject: " + RE_A + "\n\n" + RES029 + "\n" + q(I025) + "\n",
         charset="iso-2022-jp"),
    "user_reply", False, A, [], "Person's forward-to-self (ISO-2022-JP) of the resolution, which itself quotes an old ask.")

# 031 survey A
m = mid()
add("031", H(addr("AWS Customer Service", "aws-cs-survey@amazon.com"), ME, "How did we do? Your case " + A,
             d(11, 4, 12, 0), m, ar=ar_google("amazon.com")),
    [part("Hello,\n\nYour AWS Training and Certification case " + A + " was recently resolved. Would you take two minutes "
          "to tell us how it went?\n\nRate your experience: https://survey.aws.amazon.com/tc?case=" + A + "\n\n"
          "Your answers go to the team that handled your case and help us improve.\n"),
     part("<html><body><p>Your case " + A + " was recently resolved.</p><p>How satisfied were you?</p>"
          "<table><tr><td><a href='https://survey.aws.amazon.com/tc?r=1'>1</a></td><td><a href='https://survey.aws.amazon.com/tc?r=5'>5</a></td></tr></table>"
          "</body></html>", "text/html")],
    "survey", False, A, [], "Satisfaction survey for case A.")

# 032 Credly badge
m = mid("credly.com")
add("032", H(addr("Credly", "admin@credly.com"), ME,
             "Amazon Web Services Training and Certification sent you a badge", d(11, 4, 12, 40), m,
             ar=ar_google("credly.com")),
    part("<html><body><p>Hi Haruka,</p><p>Amazon Web Services Training and Certification has issued you the badge "
         "<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p><p><a href='https://www.credly.com/earner/earned/badge/"
         "0f2c6d1e-8b3a-4c55-9f7e-2a1b0c9d8e71'>Accept your badge</a> to add it to your profile.</p></body></html>",
         "text/html"),
    "badge", False, None, [], "Credly badge mail with an imperative 'Accept your badge' (not a reply to support).")

# 033 certification expiry
m = mid("certmetrics.com")
add("033", H(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
             "Your AWS Certified Developer - Associate certification expires in 90 days", d(11, 5, 0, 0), m,
             ar=ar_google("certmetrics.com")),
    part("Hello Haruka,\n\nYour AWS Certified Developer - Associate certification expires on 2 February 2026. To keep it "
         "active, pass the current exam before that date. Your 50% discount benefit can be found in your certification "
         "account under Benefits.\n\nAWS Certification\n"),
    "certification", False, None, [], "Expiry/recertification notice.")

# 034 console ack C
m034 = mid()
add("034", H(AWSF, ME, "Amazon Web Services: New Support case: " + C, d(11, 6, 1, 5), m034, ar=ar_google("amazon.com")),
    part("Hello,\n\nWe have received your request and opened case " + C + ". The details are below.\n\n"
         "Case ID: " + C + "\nSubject: Only one of my certification badges appears on Credly after an account merge\n"
         "Severity: General guidance\nCorrespondence: After my certification accounts were merged, only the SAA badge "
         "appears on Credly; DVA and CLF are missing.\n" + CONSOLE_FOOT % (C, "en")),
    "acknowledgement", False, C, [], "Console 'New Support case' mail; footer says to use the Support Center link (not an ask).")

# 035 console info_request C with feedback footer
m035 = mid()
add("035", H(AWSF, ME, "RE:[CASE %s] Only one of my certification badges appears on Credly after an account merge" % C,
             d(11, 6, 9, 44), m035, irt=m034, refs=[m034], ar=ar_google("amazon.com")),
    part("Hello,\n\nWe've updated your support case. The new correspondence is below.\n\n"
         "Case ID: " + C + "\n\nCorrespondence:\nHi Haruka, this is Daniel from AWS Certification Support.\n\n"
         "I can see all three certifications on your merged account, and the SAA badge was issued to your Credly profile "
         "yesterday. The other two were originally issued to a Credly profile under a different address, which is why they "
         "haven't followed.\n\nWhat email address is your current Credly profile registered under? Add it as a reply to "
         "this case in the Support Center (the link is below), since email replies can't reach us.\n\nDaniel"
         + FEEDBACK + CONSOLE_FOOT % (C, "en")),
    "info_request", True, C, [],
    "Console case: news then a bare question, answer in Support Center; feedback footer with 'Please'-like wording.")

# 036 other vendor solved
m = mid("zendesk.com")
add("036", H(addr("Hoshino Cloud Backup Support", "support@hoshino-backup.zendesk.com"), ME,
             "[Hoshino Support] Request #48213: Restore job stuck at 99% has been solved", d(11, 6, 11, 20), m,
             ar=ar_google("zendesk.com")),
    part("Your request (#48213) has been solved. If you think it hasn't been resolved, reply to this email within 7 days "
         "to reopen it.\n\nHow would you rate the support you received? Good, I'm satisfied / Bad, I'm unsatisfied\n"),
    "unrelated", False, None, [], "Other vendor's 'solved' with reopen-by-reply wording and rating.")

# 037 console case_update C
m037 = mid()
add("037", H(AWSF, ME, "RE:[CASE %s] Only one of my certification badges appears on Credly after an account merge" % C,
             d(11, 7, 4, 2), m037, irt=m035, refs=[m034, m035], ar=ar_google("amazon.com")),
    part("Hello,\n\nWe've updated your support case. The new correspondence is below.\n\nCase ID: " + C + "\n\n"
         "Correspondence:\nThanks, Haruka. I've sent the address you gave us to the Credly operations team and asked them to "
         "move the two badges onto that profile. Please note that transfers on their side usually take two to three "
         "business days. I'll post here once they confirm.\n\nDaniel" + FEEDBACK + CONSOLE_FOOT % (C, "en")),
    "case_update", False, C, [], "Console progress note with 'Please note' and feedback footer; asks nothing.")

# 038 suspicious: dmarc=fail from the genuine sender address
m = mid("mailer-bulk.net")
add("038", H(TCF, ME, RE_A, d(11, 7, 18, 3), m,
             ar=ar_google("amazon.com", dkim="fail", spf="softfail", dmarc="fail", mailfrom="bounce@mailer-bulk.net")),
    part("Hi Haruka,\n\nWe were unable to finish the final step of your account merge. Re-verify your AWS Builder ID within "
         "48 hours using the secure link below, or the merged certifications will be rolled back.\n\n"
         "https://aws-training-verify.net/builder-id/confirm\n\nAWS Training and Certification\n"),
    "suspicious", False, None, [], "Uses the real sender and case subject but DKIM/DMARC fail.")

# 039 console resolved C
m039 = mid()
add("039", H(AWSF, ME, "RE:[CASE %s] Only one of my certification badges appears on Credly after an account merge" % C,
             d(11, 10, 2, 15), m039, irt=m037, refs=[m034, m035, m037], ar=ar_google("amazon.com")),
    part("Hello,\n\nWe've updated your support case. The new correspondence is below.\n\nCase ID: " + C + "\n\n"
         "Correspondence:\nGood news: Credly has moved the DVA and CLF badges to your current profile, so all three should "
         "now be visible. I'm setting this case to resolved. If something still looks wrong, you can reopen it from the "
         "Support Center within 14 days.\n\nDaniel" + FEEDBACK + CONSOLE_FOOT % (C, "en")),
    "resolved", False, C, [], "Console resolution: badges moved; reopen option is conditional.")

# 040 Credly: two badges
m = mid("credly.com")
add("040", H(addr("Credly", "admin@credly.com"), ME, "You have 2 new badges to accept", d(11, 10, 3, 0), m,
             ar=ar_google("credly.com")),
    part("Hi Haruka,\n\nAmazon Web Services Training and Certification has issued you 2 badges:\n"
         " - AWS Certified Developer - Associate\n - AWS Certified Cloud Practitioner\n\n"
         "Accept them here: https://www.credly.com/earner/earned\n\nThe Credly Team\n", cte="quoted-printable"),
    "badge", False, None, [], "Badge moved after console case; Credly mail, not case mail.")

# 041 console survey C
m = mid()
add("041", H(addr("AWS Support", "aws-support-survey@amazon.com"), ME,
             "Tell us about your AWS Support experience (case " + C + ")", d(11, 10, 6, 0), m, ar=ar_google("amazon.com")),
    part("Hello,\n\nYour support case " + C + " was resolved recently. Please take a moment to rate the help you received. "
         "The survey has three questions.\n\nhttps://console.aws.amazon.com/support/survey?displayId=" + C + "\n"),
    "survey", False, C, [], "Support survey for the console case.")

# 042 user reply A reopening, top-posted over the resolution (which quotes old asks)
m042 = mid("mail.gmail.com")
R042 = ("Hi Tomasz,\n\nSorry to come back on this. I've just noticed that my SAP-C02 attempt from June 2022 is not in "
        "the exam history of Account #1. I took it at a test centre in Tokyo; the Pearson VUE registration number was "
        "387120554.\n\nBest regards,\nHaruka")
add("042", H(addr("Haruka Saeki", ME), TC, "Re: " + RE_A, d(11, 11, 0, 48), m042, irt=m029, refs=[m002, m025, m026, m029]),
    part(R042 + "\n\nOn Tue, 4 Nov 2025 at 14:10, AWS Training and Certification <" + TC + "> wrote:\n" +
         q(RES029 + outlook("Haruka Saeki <" + ME + ">", "Thursday, October 30, 2025 11:40 AM", TC, "Re: " + RE_A,
                            R026 + "\n\n" + I025))),
    "user_reply", False, A, [], "User reopens a resolved case; quoted layers hold the resolution and an older ask.")

# 043 confirmation_request A in Japanese after reopening
m043 = mid()
J043 = ("佐伯 遥 様\n\nいつもお世話になっております。AWS トレーニングと認定サポートの中村でございます。\n"
        "ご連絡いただきありがとうございます。ケース " + A + " を再開いたしました。\n\n"
        "お調べしたところ、2022 年 6 月の SAP-C02 の受験記録（Pearson VUE 登録番号 387120554）は、前回の統合対象に含まれて"
        "いなかった別の認定アカウント AWS05550123（ログインメール: h.saeki+exam@kirinoha-tech.co.jp）に紐づいておりました。\n\n"
        "つきましては、このアカウントも Account #1（AWS01234567）へ統合してよろしいでしょうか。"
        "統合後は AWS05550123 ではサインインできなくなります。\n"
        "お手数ではございますが、ご確認のうえご返信いただけますと幸いです。\n\n"
        "中村 健司\nAWS トレーニングと認定 カスタマーサポート\n")
add("043", H(TCF, ME, RE_A, d(11, 11, 5, 2), m043, irt=m042, refs=[m002, m029, m042], ar=ar_google("amazon.com")),
    part(J043 + "\n" + q(R042), cte="quoted-printable"), "confirmation_request", True, A,
    ["AWS05550123", "AWS01234567"], "Japanese keigo confirmation after reopening; 9-digit registration number nearby.")

# 044 user reply in Japanese, ISO-2022-JP, subject without case token
m044 = mid("mail.gmail.com")
R044 = "中村様\n\nご確認ありがとうございます。\nはい、AWS05550123 も Account #1 へ統合してください。\nよろしくお願いいたします。\n\n佐伯"
add("044", H(addr("佐伯 遥", ME, "iso-2022-jp"), TC, "Re: 受験記録の統合について", d(11, 11, 6, 30), m044, irt=m043,
             refs=[m029, m042, m043], scs="iso-2022-jp"),
    part(R044 + "\n\n2025年11月11日(火) 14:02 AWS Training and Certification <" + TC + ">:\n" + q(J043),
         charset="iso-2022-jp"),
    "user_reply", False, A, ["AWS05550123"],
    "Japanese reply (ISO-2022-JP), subject without case number; quoted request in Japanese reply-header style.")

# 045 resolved A (short, conditional invitation)
m045 = mid()
add("045", H(TCF, ME, RE_A, d(11, 11, 9, 15), m045, irt=m044, refs=[m029, m042, m043, m044], ar=ar_google("amazon.com")),
    part("Hi Haruka,\n\nDone. The June 2022 SAP-C02 attempt now shows in Account #1, and AWS05550123 has been closed. "
         "Have a look, and let us know if anything else seems off.\n\nKenji\n\n" + q(R044)),
    "resolved", False, A, ["AWS05550123"], "Short completion with 'let us know if anything else seems off' (conditional).")

# 046 console ack E (Japanese)
m046 = mid()
add("046", H(AWSF, ME, "Amazon Web Services: New Support case: " + E, d(11, 12, 1, 0), m046, ar=ar_google("amazon.com")),
    part("お客様\n\nお問い合わせを受け付け、ケース " + E + " を作成しました。\n\n"
         "ケース ID: " + E + "\n件名: 受験料 50% 割引バウチャーが試験予約時に適用されない\n重要度: 一般的なガイダンス\n\n"
         "このケースに返信する場合や内容を確認する場合は、Support Center にアクセスしてください。\n"
         "https://console.aws.amazon.com/support/home#/case/?displayId=" + E + "&language=ja\n\n"
         "※このメールは送信専用アドレスから送信されています。本メールへのご返信はお受けできません。\n", cte="base64"),
    "acknowledgement", False, E, [], "Japanese console new-case mail (base64); 'アクセスしてください' is boilerplate.")

# 047 console info_request E (Japanese, buried ask)
m047 = mid()
add("047", H(AWSF, ME, "RE:[CASE %s] 受験料 50%% 割引バウチャーが試験予約時に適用されない" % E, d(11, 12, 8, 20), m047,
             irt=m046, refs=[m046], ar=ar_google("amazon.com")),
    part("お客様\n\nサポートケースが更新されました。\n\nケース ID: " + E + "\n\n"
         "回答内容:\n佐伯様\n\nお問い合わせいただきありがとうございます。AWS サポートの小林です。\n"
         "アカウント統合に伴い、割引バウチャーは統合先のアカウントへ再発行されております。統合前に発行されたコードは無効となるため、"
         "予約画面で旧コードを入力された場合にはエラーとなります。\n"
         "ただ、再発行分についても適用できない事例がございますので、予約画面に表示されたエラーメッセージの全文と、"
         "お使いのコードの末尾 4 桁を、Support Center の本ケースにご記入いただけますでしょうか。\n\n小林"
         + FEEDBACK_JA +
         "\nSupport Center: https://console.aws.amazon.com/support/home#/case/?displayId=" + E + "&language=ja\n"
         "※このメールへの返信はお受けできません。\n", cte="quoted-printable"),
    "info_request", True, E, [], "Japanese console ask buried after explanation; must be answered in the Support Center.")

# 048 Skill Builder receipt
m = mid("aws.training")
add("048", H(addr("AWS Skill Builder", "no-reply@aws.training"), ME, "Your AWS Skill Builder receipt", d(11, 12, 10, 0), m,
             ar=ar_google("aws.training")),
    part("Thank you for your purchase.\n\nOrder number: 7731-4402-9918\nAWS Skill Builder Individual subscription (monthly)\n"
         "Amount: USD 29.00\n\nManage your subscription in your account settings.\n"),
    "unrelated", False, None, [], "Training-platform receipt, not a case.")

# 049 console closing_notice E (English automated)
m049 = mid()
add("049", H(AWSF, ME, "RE:[CASE %s] 受験料 50%% 割引バウチャーが試験予約時に適用されない" % E, d(11, 15, 8, 20), m049,
             irt=m047, refs=[m046, m047], ar=ar_google("amazon.com")),
    part("Hello,\n\nWe haven't received a response from you on case " + E + " since our last correspondence. If we don't hear "
         "back within 3 days, the case will be resolved automatically. To keep it open, add a reply in the Support Center.\n"
         + CONSOLE_FOOT % (E, "ja")),
    "closing_notice", True, E, [], "Automated console closing notice; reply must be added in the Support Center.")

# 050 Japanese community newsletter
m = mid("connpass.com")
add("050", H(addr("connpass", "no-reply@connpass.com"), ME, "【connpass】JAWS-UG 東京 #62 の参加登録が完了しました",
             d(11, 15, 11, 0), m, ar=ar_google("connpass.com")),
    part("佐伯 遥 さん\n\nJAWS-UG 東京 #62 への参加登録が完了しました。\n日時: 2025/11/27 19:00〜\n受付番号: 552093\n\n"
         "キャンセルする場合はイベントページからお手続きください。\n", charset="shift_jis"),
    "unrelated", False, None, [], "Japanese event registration (Shift_JIS) with a 6-digit receipt number.")

# 051 console case_update E (Japanese)
m051 = mid()
add("051", H(AWSF, ME, "RE:[CASE %s] 受験料 50%% 割引バウチャーが試験予約時に適用されない" % E, d(11, 17, 2, 40), m051,
             irt=m049, refs=[m046, m047, m049], ar=ar_google("amazon.com")),
    part("お客様\n\nサポートケースが更新されました。\n\nケース ID: " + E + "\n\n回答内容:\n佐伯様\n\n"
         "情報のご提供ありがとうございます。いただいたエラー内容から、再発行時の有効期限の設定に誤りがあることを確認いたしました。"
         "現在、担当チームにてバウチャーの再発行を進めております。完了しましたら本ケースにてご連絡いたします。\n\n小林"
         + FEEDBACK_JA + "\nSupport Center: https://console.aws.amazon.com/support/home#/case/?displayId=" + E + "&language=ja\n"
         "※このメールへの返信はお受けできません。\n"),
    "case_update", False, E, [], "Japanese console progress note after the person answered in the console; no ask.")

# 052 console resolved E
m052 = mid()
add("052", H(AWSF, ME, "RE:[CASE %s] 受験料 50%% 割引バウチャーが試験予約時に適用されない" % E, d(11, 18, 5, 5), m052,
             irt=m051, refs=[m046, m047, m049, m051], ar=ar_google("amazon.com")),
    part("お客様\n\nサポートケースが更新されました。\n\nケース ID: " + E + "\n\n回答内容:\n佐伯様\n\n"
         "バウチャーの再発行が完了し、認定アカウントの「特典」ページに新しいコードが表示されております。"
         "本ケースは解決済みとさせていただきます。引き続きお困りの点がございましたら、14 日以内であれば Support Center から"
         "ケースを再開いただけます。\n\n小林" + FEEDBACK_JA +
         "\nSupport Center: https://console.aws.amazon.com/support/home#/case/?displayId=" + E + "&language=ja\n", cte="base64"),
    "resolved", False, E, [], "Japanese console resolution; reopen invitation is conditional.")

# 053 certification: new certification
m = mid("certmetrics.com")
add("053", H(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
             "Congratulations! You are now AWS Certified Solutions Architect - Professional", d(11, 18, 9, 0), m,
             ar=ar_google("certmetrics.com")),
    part("Hello Haruka,\n\nCongratulations on passing the AWS Certified Solutions Architect - Professional exam. Your digital "
         "badge will arrive from Credly shortly, and your certificate can be downloaded from your certification account.\n\n"
         "AWS Certification\n", cte="quoted-printable"),
    "certification", False, None, [], "Certification notice after the exam.")

# 054 Credly badge SAP
m = mid("credly.com")
add("054", H(addr("Credly", "admin@credly.com"), ME, "Haruka, claim your AWS Certified Solutions Architect - Professional badge",
             d(11, 18, 9, 20), m, ar=ar_google("credly.com")),
    part("Amazon Web Services Training and Certification has issued you a badge. Claim it and share it with your network:\n"
         "https://www.credly.com/badges/5d1e7f3a-2c4b-41d8-a0e6-6b9f0c3d2e19\n"),
    "badge", False, None, [], "Credly claim mail.")

# 055 ack F (Japanese, Shift_JIS)
m055 = mid()
ACK_F = ("佐伯 遥 様\n\nAWS トレーニングと認定にお問い合わせいただきありがとうございます。\n"
         "ケース " + F + " としてお問い合わせを受け付けました。\n\n"
         "お問い合わせ内容: アカウント統合後、認定証の氏名が旧姓（Yamada）のまま表示されています。\n\n"
         "通常 24 時間以内に担当者よりご連絡いたします。同じ内容で別のケースを作成されないようお願いいたします。\n\n"
         "AWS トレーニングと認定 カスタマーサポート\n")
add("055", H(TCF, ME, "[CASE %s] %s" % (F, SUBJ_TC), d(11, 19, 0, 30), m055, ar=ar_google("amazon.com")),
    part(ACK_F, charset="shift_jis"), "acknowledgement", False, F, [],
    "Japanese acknowledgement in Shift_JIS; 'しないようお願いいたします' is not an ask to reply.")

# 056 info_request F (ISO-2022-JP, buried ask)
m056 = mid()
J056 = ("佐伯 遥 様\n\nお世話になっております。AWS トレーニングと認定サポートの山口でございます。\n\n"
        "認定証の氏名表示は、各認定を取得した時点の登録氏名をもとに作成されております。先般の統合により、2019 年に取得された "
        "Cloud Practitioner の記録は旧姓でのご登録のまま Account #1 に移行されたため、当該認定証のみ旧姓で表示されている状況でございます。\n\n"
        "氏名の変更には、現在の氏名が確認できる公的書類の提出が必要となります。恐れ入りますが、変更後の氏名のローマ字表記と、"
        "変更対象の認定名を本メールへのご返信にてお知らせいただけますでしょうか。書類の提出方法は、ご返信を確認後に別途ご案内いたします。\n\n"
        "何卒よろしくお願い申し上げます。\n\n山口 彩\nAWS トレーニングと認定 カスタマーサポート\n")
add("056", H(TCF, ME, RE_F, d(11, 20, 2, 10), m056, irt=m055, refs=[m055], ar=ar_google("amazon.com"), scs="iso-2022-jp"),
    part(J056, charset="iso-2022-jp"), "info_request", True, F, [],
    "Japanese keigo request buried after a long explanation (ISO-2022-JP).")

# 057 suspicious Japanese phishing
m = mid("aws-nintei-support.jp")
add("057", H(addr("AWS認定サポート", "info@aws-nintei-support.jp"), ME, "【重要】AWS認定アカウント統合の最終確認のお願い",
             d(11, 21, 3, 0), m, ar=ar_google("aws-nintei-support.jp")),
    part("<html><body><p>お客様</p><p>アカウント統合の最終確認が完了していません。48時間以内に以下のリンクからサインインし、"
         "本人確認を行ってください。期限を過ぎると保有資格が失効します。</p><p><a href='https://aws-nintei-support.jp/login'>"
         "本人確認はこちら</a></p></body></html>", "text/html", cte="base64"),
    "suspicious", False, None, [], "Japanese phishing from a lookalike domain asking for urgent sign-in.")

# 058 closing_notice F (Japanese)
m058 = mid()
J058 = ("佐伯 遥 様\n\n山口でございます。\n先日お送りしたご案内について、まだご返信を確認できておりません。\n"
        "本ケースは、12 月 1 日までにご返信がない場合、いったんクローズとさせていただきます。"
        "クローズ後も本メールにご返信いただければケースは再開されます。\n\n山口 彩\n")
add("058", H(TCF, ME, RE_F, d(11, 25, 1, 0), m058, irt=m056, refs=[m055, m056], ar=ar_google("amazon.com")),
    part(J058 + "\n" + q(J056), cte="quoted-printable"), "closing_notice", True, F, [],
    "Japanese closing notice with a deadline; original ask quoted below.")

# 059 user reply F (Shift_JIS) top-posted over two quoted asks
m059 = mid("mail.gmail.com")
R059 = ("山口様\n\nご連絡が遅くなり申し訳ございません。\n変更後の氏名: Haruka Saeki\n対象: AWS Certified Cloud Practitioner "
        "（Account #1 / AWS01234567 に統合済み）\n\n書類の提出方法についてご案内をお願いいたします。\n\n佐伯 遥")
add("059", H(addr("佐伯 遥", ME, "shift_jis"), TC, "Re: " + RE_F, d(11, 25, 12, 30), m059, irt=m058, refs=[m055, m056, m058]),
    part(R059 + "\n\n2025年11月25日(火) 10:00 AWS Training and Certification <" + TC + ">:\n" +
         q(J058 + "\n" + q(J056)), charset="shift_jis"),
    "user_reply", False, F, ["AWS01234567"], "Japanese user reply (Shift_JIS) top-posted over a closing notice and an ask.")

# 060 on_hold F without ask (Japanese)
m060 = mid()
add("060", H(TCF, ME, RE_F, d(11, 26, 4, 0), m060, irt=m059, refs=[m055, m056, m058, m059], ar=ar_google("amazon.com")),
    part("佐伯 遥 様\n\nご返信ありがとうございます。\n氏名の変更につきましては、認定証を発行する担当部署の承認が必要となるため、"
         "承認が下りるまで本ケースを保留とさせていただきます。承認後、書類のご提出方法をあらためてご案内いたしますので、"
         "それまでお待ちいただけますと幸いです。現時点でお客様にご対応いただくことはございません。\n\n山口 彩\n\n" + q(R059),
         cte="base64"),
    "on_hold", False, F, [], "Japanese hold waiting on another department; explicitly nothing to do now.")

# 061 marketing Japanese
m = mid("marketing.aws")
add("061", H(addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME,
             "AWS Summit Japan 2026 事前登録受付中", d(11, 27, 0, 0), m, ar=ar_google("amazon.com")),
    [part("AWS Summit Japan 2026 の事前登録を開始しました。ご質問はこのメールにご返信ください。\n", cte="base64"),
     part("<html><body><p>AWS Summit Japan 2026 の事前登録を開始しました。</p></body></html>", "text/html", cte="base64")],
    "unrelated", False, None, [], "Japanese AWS marketing inviting replies.")

# 062 info_request F: hold lifted + ask for document (news + ask)
m062 = mid()
J062 = ("佐伯 遥 様\n\n山口でございます。担当部署より氏名変更の承認が下りましたので、保留を解除いたしました。\n\n"
        "つきましては、パスポートまたは運転免許証など、現在のご氏名が確認できる書類の画像を本メールに添付のうえ、"
        "ご返信ください。書類は確認後、速やかに削除いたします。\n\n山口 彩\n")
add("062", H(TCF, ME, RE_F, d(12, 1, 2, 30), m062, irt=m060, refs=[m055, m056, m058, m059, m060], ar=ar_google("amazon.com")),
    part(J062, cte="quoted-printable"), "info_request", True, F, [],
    "Hold lifted (news) and a plain 〜ください request for a document.")

# 063 Builder ID code 2
m = mid("login.awsapps.com")
add("063", H(addr("AWS", "no-reply@login.awsapps.com"), ME, "AWS Builder ID sign-in verification code", d(12, 1, 9, 0), m,
             ar=ar_google("login.awsapps.com")),
    part("Your verification code is 318450. Enter it on the sign-in page to continue. It expires in 10 minutes.\n"),
    "unrelated", False, None, [], "Second one-time code mail from a different AWS sign-in domain.")

# 064 user reply F with attachment mention
m064 = mid("mail.gmail.com")
R064 = "山口様\n\nパスポートの写真を添付いたします。ご確認のほど、よろしくお願いいたします。\n\n佐伯 遥"
add("064", H(addr("佐伯 遥", ME), TC, "Re: " + RE_F, d(12, 1, 12, 5), m064, irt=m062, refs=[m055, m056, m060, m062]),
    ["mixed", part(R064 + "\n\n2025年12月1日(月) 11:30 AWS Training and Certification <" + TC + ">:\n" + q(J062)),
     ([("Content-Type", 'image/jpeg; name="passport.jpg"'), ("Content-Disposition", 'attachment; filename="passport.jpg"'),
       ("Content-Transfer-Encoding", "base64")], base64.encodebytes(b"\xff\xd8\xff\xe0fakejpeg" * 8))],
    "user_reply", False, F, [], "User reply with attachment; quoted 〜ください ask below.")

# 065 other vendor salesforce closed
m = mid("salesforce.com")
add("065", H(addr("Datadog Support", "support@datadoghq.com"), ME, "Case 00482213 has been closed", d(12, 2, 1, 0), m,
             ar=ar_google("datadoghq.com")),
    part("Hello,\n\nYour case 00482213 (Agent not reporting from ap-northeast-1) has been closed because we did not hear "
         "back from you. Reply to this email if you still need help and we will reopen it.\n\nref:_00D1a2b3c._5004x8AbCd:ref\n"),
    "unrelated", False, None, [], "Other vendor's inactivity closure with reopen-by-reply wording.")

# 066 case_update F: document received, processing
m066 = mid()
add("066", H(TCF, ME, RE_F, d(12, 2, 6, 0), m066, irt=m064, refs=[m055, m062, m064], ar=ar_google("amazon.com")),
    part("佐伯 遥 様\n\n書類を受領いたしました。ありがとうございます。\n認定証の再発行手続きを開始しております。"
         "反映まで 3〜5 営業日ほどかかる見込みです。ご不明な点がございましたら、本メールにご返信ください。\n\n山口 彩\n",
         charset="shift_jis"),
    "case_update", False, F, [], "Progress only; ご不明な点がございましたら is conditional.")

# 067 Pearson score report
m = mid("pearson.com")
add("067", H(addr("Pearson VUE", "pearsonvue-noreply@pearson.com"), ME, "Your score report is available",
             d(12, 3, 0, 0), m, ar=ar_google("pearson.com")),
    part("Dear Haruka Saeki,\n\nThe score report for registration 418837290 is now available. Sign in to your Pearson VUE "
         "account to view it.\n\nPearson VUE\n"),
    "unrelated", False, None, [], "Exam vendor mail with 9-digit registration number.")

# 068 suspicious credly lookalike
m = mid("credly-badge-center.net")
add("068", H(addr("Credly Badges", "notice@credly-badge-center.net"), ME,
             "Your AWS badges will be revoked - confirm ownership", d(12, 3, 14, 0), m,
             ar=ar_google("credly-badge-center.net")),
    part("Hi,\n\nAfter your recent account merge we could not verify ownership of 3 AWS badges. Reply with your Builder ID "
         "password or sign in at https://credly-badge-center.net/verify within 24 hours.\n"),
    "suspicious", False, None, [], "Credly lookalike phishing that asks for a reply.")

# 069 resolved F with quoted request and survey footer
m069 = mid()
add("069", H(TCF, ME, RE_F, d(12, 5, 3, 0), m069, irt=m066, refs=[m055, m062, m064, m066], ar=ar_google("amazon.com")),
    part("佐伯 遥 様\n\n認定証の再発行が完了し、Cloud Practitioner の認定証にも現在のご氏名が表示されるようになりました。"
         "認定アカウントからダウンロードしてご確認いただけます。\n本件はこれにて完了とさせていただきます。"
         "ご不明な点がございましたら、お気軽にご返信ください。\n\n"
         "今回の対応についてのアンケート: https://survey.aws.amazon.com/tc?case=" + F + "\n\n山口 彩\n\n" + q(J062),
         cte="quoted-printable"),
    "resolved", False, F, [], "Japanese completion; quoted old 〜ください ask and a survey link footer.")

# 070 survey F Japanese
m = mid()
add("070", H(addr("AWS カスタマーサービス", "aws-cs-survey@amazon.com"), ME, "アンケートご協力のお願い（ケース " + F + "）",
             d(12, 5, 9, 0), m, ar=ar_google("amazon.com")),
    part("佐伯 遥 様\n\n先日はお問い合わせいただきありがとうございました。サービス向上のため、アンケートにご回答いただけますと幸いです。\n"
         "https://survey.aws.amazon.com/tc?case=" + F + "\n\n所要時間は 2 分ほどです。\n", cte="base64"),
    "survey", False, F, [], "Japanese survey with a keigo request (still not a reply to support).")

# 071 Jira
m = mid("atlassian.net")
add("071", H(addr("Jira", "jira@hoshino-labs.atlassian.net"), ME, "[JIRA] (OPS-311) Please review: migrate CI runners",
             d(12, 5, 10, 0), m, ar=ar_google("atlassian.net")),
    part("Kenta Oda assigned OPS-311 to you and asked: could you review the runner migration plan by Friday?\n\n"
         "View issue: https://hoshino-labs.atlassian.net/browse/OPS-311\n"),
    "unrelated", False, None, [], "Jira request (a real ask, but not to AWS support).")

# 072 newsletter
m = mid("substack.com")
add("072", H(addr("Last Week in Cloud", "lastweek@substack.com"), ME, "Last Week in Cloud #212: case closed on egress fees",
             d(12, 7, 0, 0), m, ar=ar_google("substack.com")),
    part("This week: the egress fee case is closed, two certification exams retire, and a reader asks how to merge "
         "certification accounts after changing jobs. Reply to tell us what you'd like covered.\n"),
    "unrelated", False, None, [], "Newsletter mentioning 'case closed' and account merges.")

if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    for name, raw, label, note in messages:
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, name + ".json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    with open(os.path.join(OUT, "notes.tsv"), "w") as fh:
        for name, raw, label, note in messages:
            fh.write("%s\t%s\t%s\t%s\t%s\n" % (name, label["kind"], label["needs_reply"], label["case"], note))
    print(len(messages), "messages written")
