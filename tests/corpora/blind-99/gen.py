#!/usr/bin/env python3
"""Generate the blind held-out corpus blind-99 (standard library only).

Writes NNN-msg.eml / NNN-msg.json and README.md into the directory of this script.
"""
import base64
import datetime
import email.utils
import json
import os
import quopri
import struct
import zlib
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

ME = "haruka.nishida.dev@gmail.com"
CO = "h.nishida@kairo-systems.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

G = "174633870500926"   # 15 digits, filed from the company address (APN hold)
A = "174883017200215"   # 15 digits, Partner Central SSO profile, later reopened
B = "174883049900637"   # 15 digits, duplicate submission of A
D = "5083316729"        # 10 digits, console case (voucher)
C = "17205584931"       # 11 digits, Japanese thread (same-email duplicate profile)
H = "175463388100784"   # 15 digits, university profile, closed then reopened

UTC = datetime.timezone.utc
JST = datetime.timezone(datetime.timedelta(hours=9))
WD_JA = "月火水木金土日"

CODEC = {"utf-8": "utf-8", "ISO-2022-JP": "iso2022_jp", "Shift_JIS": "shift_jis"}
HCS = {"utf-8": "utf-8", "ISO-2022-JP": "iso-2022-jp", "Shift_JIS": "shift_jis"}


def dt(s, tz=UTC):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, HCS.get(cs, cs)).encode()


def fa(name, addr, cs="utf-8"):
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset=HCS.get(cs, cs))


def leaf(text, sub="plain", cs="utf-8", cte="8bit"):
    raw = text.encode(CODEC[cs])
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    h = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (sub, cs, cte)
    return (h.encode(), body)


def tiny_png():
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    data = zlib.compress(b"\x00" + b"\xff\xff\xff" * 2 + b"\x00" + b"\x20\x40\x80" * 2)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def png_part(name):
    h = ('Content-Type: image/png; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
         'Content-Transfer-Encoding: base64\n' % (name, name))
    return (h.encode(), base64.encodebytes(tiny_png()))


_bn = [0]


def multi(sub, parts):
    _bn[0] += 1
    b = "----=_Part_%04d_%05d" % (_bn[0], (_bn[0] * 7331) % 100000)
    out = b"This is a multi-part message in MIME format.\n\n" if sub == "mixed" else b""
    for h, body in parts:
        out += b"--" + b.encode() + b"\n" + h + b"\n" + body
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"--" + b.encode() + b"--\n"
    return (('Content-Type: multipart/%s; boundary="%s"\n' % (sub, b)).encode(), out)


# ---------------------------------------------------------------- auth headers
def auth_gmail(fromdom, mailfrom):
    return ("Authentication-Results",
            "mx.google.com;\n"
            "       dkim=pass header.i=@%s header.s=s%d header.b=Qk3vZp8a;\n"
            "       spf=pass (google.com: domain of %s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (fromdom, len(fromdom), mailfrom, len(mailfrom), mailfrom, fromdom))


def auth_ms(fromdom, mailfrom_dom):
    return ("Authentication-Results",
            "spf=pass (sender IP is 54.240.27.%d)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100"
            % (len(fromdom) * 3, mailfrom_dom, fromdom, fromdom))


def auth_for(to, fromdom, mailfrom):
    if to == CO:
        return auth_ms(fromdom, mailfrom.split("@")[-1])
    return auth_gmail(fromdom, mailfrom)


SES = "0100019%s-ses@us-west-2.amazonses.com"

# ---------------------------------------------------------------- quoting
def q_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def gmail_q(d, who, text):
    return "\nOn %s %s wrote:\n%s\n" % (d.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " "), who, q_lines(text))


def gmail_q_ja(d, who, text):
    return "\n%d年%d月%d日(%s) %d:%02d %s:\n\n%s\n" % (d.year, d.month, d.day, WD_JA[d.weekday()], d.hour, d.minute, who, q_lines(text))


def outlook_q(frm, d, to, subj, text):
    return ("\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (frm, d.strftime("%A, %B %d, %Y %I:%M %p"), to, subj, text.rstrip("\n")))


def outlook_q_ja(frm, d, to, subj, text):
    return ("\n差出人: %s\n送信日時: %d年%d月%d日 %s曜日 %d:%02d\n宛先: %s\n件名: %s\n\n%s\n"
            % (frm, d.year, d.month, d.day, WD_JA[d.weekday()], d.hour, d.minute, to, subj, text.rstrip("\n")))


# ---------------------------------------------------------------- registry
MSGS = []
MID = {}
REFS = {}
TEXT = {}
DATE = {}


def subj_case(c, pre="RE:[CASE"):
    return "%s %s] [AWS Training and Certification Form Submission] - account-assistance" % (pre, c)


def emit(n, *, frm, to, date, subject, content, label, note, cc=None, parent=None, mid=None,
         auth=None, crlf=False, extra=(), subj_cs="utf-8", text=None, refs_only=False):
    if mid is None:
        mid = "<%s>" % (SES % ("%04d%08x" % (n, n * 2654435761 % 0xFFFFFFFF)))
    MID[n] = mid
    DATE[n] = date
    TEXT[n] = text
    refs = []
    if parent is not None:
        refs = REFS.get(parent, []) + [MID[parent]]
    REFS[n] = refs
    hs = []
    if auth:
        hs.append(auth)
    hs += [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", hdr(subject, subj_cs)), ("Date", email.utils.format_datetime(date)), ("Message-ID", mid)]
    if refs:
        hs.append(("In-Reply-To", refs[-1]))
        hs.append(("References", "\n ".join(refs)))
    hs += list(extra)
    head = "".join("%s: %s\n" % kv for kv in hs) + "MIME-Version: 1.0\n"
    data = head.encode() + content[0] + b"\n" + content[1]
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append((n, data, label, note))


def L(kind, reply, case, ids=()):
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(ids)}


TC_NAME = "AWS Training and Certification"
SIG = "\n\n--\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\nThis message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.\n"

CONSOLE_FOOT = ("\n\nWe value your feedback. Please share your experience by rating this and other correspondences in the "
                "AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n"
                "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
                "or its affiliates.\n\n"
                "This email address cannot accept incoming e-mails. To add a correspondence to this case, please use the link below.\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s\n")


def console_link(lang="en"):
    return "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s" % (D, lang)


# =============================================================== messages
def build():
    # 001 Skill Builder receipt
    t = ("Hi Haruka,\n\nThanks for your purchase. Here is your receipt for AWS Skill Builder.\n\n"
         "Order ID: SB-2025-0428-77310\nPlan: Individual (monthly)\nAmount charged: USD 29.00\n"
         "Next renewal: May 28, 2025\n\nYou can change or cancel your plan at any time from your account settings. "
         "If something on this receipt looks wrong, please contact us through the Skill Builder help page.\n\n"
         "Happy learning,\nThe AWS Skill Builder team\n")
    h = ("<html><body><p>Hi Haruka,</p><p>Thanks for your purchase. Here is your receipt for AWS Skill Builder.</p>"
         "<table border='1' cellpadding='4'><tr><td>Order ID</td><td>SB-2025-0428-77310</td></tr>"
         "<tr><td>Plan</td><td>Individual (monthly)</td></tr><tr><td>Amount charged</td><td>USD 29.00</td></tr>"
         "<tr><td>Next renewal</td><td>May 28, 2025</td></tr></table>"
         "<p>You can change or cancel your plan at any time from your account settings. If something on this receipt "
         "looks wrong, please contact us through the Skill Builder help page.</p><p>Happy learning,<br>The AWS Skill Builder team</p></body></html>")
    emit(1, frm=fa("AWS Skill Builder", "no-reply@aws.training"), to=ME, date=dt("2025-04-28 02:14"),
         subject="Your AWS Skill Builder receipt", auth=auth_gmail("aws.training", "bounce@mail.aws.training"),
         content=multi("alternative", [leaf(t, cte="quoted-printable"), leaf(h, "html", cte="quoted-printable")]),
         label=L("unrelated", False, None), note="Skill Builder receipt from aws.training; 'please contact us' is a generic footer")

    # 002 certmetrics expiry (HTML only, base64)
    h = ("<html><body><p>Dear Haruka Nishida,</p>"
         "<p>Candidate ID: <b>AWS03318562</b></p>"
         "<p>Your <b>AWS Certified Developer - Associate</b> certification expires on <b>July 29, 2025</b>. "
         "To keep it active, pass the current version of this exam, or a higher-level exam that covers it, before that date.</p>"
         "<p>Sign in to your AWS Certification Account to see your recertification options and any discount you may have.</p>"
         "<p>This mailbox is not monitored. Please do not reply.</p><p>AWS Certification</p></body></html>")
    emit(2, frm=fa("AWS Certification", "do-not-reply@certmetrics.com"), to=CO, date=dt("2025-04-30 15:02"),
         subject="Your AWS Certification expires in 90 days", auth=auth_ms("certmetrics.com", "certmetrics.com"),
         content=leaf(h, "html", cte="base64"), crlf=True,
         label=L("certification", False, None, ["AWS03318562"]),
         note="certmetrics expiry notice, HTML-only base64, contains a candidate ID but no case")

    # 003 ack G (company address, CRLF)
    t = ("Hello,\n\nThank you for reaching out to AWS Training and Certification. This message confirms that we have "
         "received your request and created case %s.\n\nCase ID: %s\nSubject: account-assistance\nSubmitted by: %s\n\n"
         "A member of our team normally responds within one business day, although some requests need more research. "
         "Opening another case for the same question will not speed things up and can delay the answer, so please keep "
         "all follow-up on this case.\n\nIf there is anything you would like to add, you can reply to this email and it "
         "will be attached to your case.\n\nRegards,\nAWS Training and Certification Customer Support" % (G, G, CO)) + SIG
    emit(3, frm=fa(TC_NAME, TC), to=CO, date=dt("2025-05-04 06:06"), subject=subj_case(G, "[CASE"),
         auth=auth_ms("amazon.com", "amazonses.com"), content=leaf(t, cte="7bit"), crlf=True, text=t,
         label=L("acknowledgement", False, G),
         note="ack, CRLF; 'please keep all follow-up' and conditional 'reply to add' are not asks")

    # 005 info_request G (Marisol)
    t5 = ("Hi Haruka,\n\nThanks for your patience. I have started looking into your request to combine your certification "
          "profiles. Our system shows more than one profile that could belong to you, and I want to be sure I bring the right "
          "records together: a merge is not something we can easily undo once it is done, which is why I am being careful.\n\n"
          "Could you let us know the candidate ID (\"AWS\" followed by eight digits) of each profile you want combined? It is shown "
          "in the top-right corner once you sign in to your certification account. I would also need the login email of the "
          "profile that should remain after the merge.\n\nBest regards,\nMarisol\nAWS Training and Certification")
    h5 = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t5.split("\n\n")) + "</body></html>"
    emit(5, frm=fa(TC_NAME, TC), to=CO, date=dt("2025-05-05 01:40"), subject=subj_case(G), parent=3,
         auth=auth_ms("amazon.com", "amazonses.com"),
         content=multi("alternative", [leaf(t5, cte="quoted-printable"), leaf(h5, "html", cte="quoted-printable")]),
         text=t5, label=L("info_request", True, G),
         note="info request (candidate IDs + login email) buried after an explanation about merges being irreversible")

    # 006 user reply G (Outlook, CRLF)
    t = ("Hi Marisol,\n\nThank you for checking. Here are the details:\n\n"
         "- Company profile (h.nishida@kairo-systems.co.jp): AWS03318562\n"
         "- Personal profile (haruka.nishida.dev@gmail.com): AWS11940277\n\n"
         "The profile to keep is the personal one, login haruka.nishida.dev@gmail.com.\n\nBest regards,\nHaruka Nishida\n"
         + outlook_q("%s <%s>" % (TC_NAME, TC), DATE[5].astimezone(JST), "Nishida Haruka <%s>" % CO, subj_case(G), t5))
    emit(6, frm=fa("Nishida Haruka", CO), to=TC, date=dt("2025-05-05 13:22", JST), subject="RE: " + subj_case(G), parent=5,
         mid="<TYCPR01MB8841C2A0F1E3D9A7B2D44C11A9%02d@TYCPR01MB8841.jpnprd01.prod.outlook.com>" % 6,
         content=leaf(t, cs="utf-8", cte="quoted-printable"), crlf=True,
         label=L("user_reply", False, G, ["AWS03318562", "AWS11940277"]),
         note="own reply from the company address, Outlook quoting; candidate IDs in own text")

    # 007 on_hold G without ask
    t7 = ("Hello Haruka,\n\nWhile reviewing the company profile (AWS03318562) I found that it is linked to an organization "
          "enrolled in the AWS Partner Network. Profiles that belong to a partner organization cannot be moved out of it while "
          "the association is active, because the partner's certification counts depend on them.\n\n"
          "I have therefore put your case on hold and raised it with our partner operations colleagues, who will check the "
          "status of the association with the partner. There is nothing you need to do at the moment; I will get back to you "
          "once I hear from them.\n\nIf you have questions in the meantime, just reply to this email.\n\nKind regards,\nDeepak\n"
          "AWS Training and Certification Support")
    emit(7, frm=fa(TC_NAME, TC), to=CO, date=dt("2025-05-06 09:03"), subject=subj_case(G), parent=6,
         auth=auth_ms("amazon.com", "amazonses.com"), content=leaf(t7 + SIG), text=t7,
         label=L("on_hold", False, G, ["AWS03318562"]),
         note="APN hold that asks nothing ('nothing you need to do'); conditional reply offer")

    # 008 GitHub merged
    t = ("Merged #41 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
         "https://github.com/hnishida/dotfiles/pull/41#event-17733012\nYou are receiving this because you authored the thread.\n")
    emit(8, frm=fa("Kenji Aoyama", "notifications@github.com"), to=ME, date=dt("2025-05-07 04:51"),
         subject="Re: [hnishida/dotfiles] Add zsh aliases for aws-vault (PR #41)",
         auth=auth_gmail("github.com", "noreply@github.com"), content=leaf(t, cte="7bit"),
         label=L("unrelated", False, None), note="GitHub 'Merged' notification")

    # 009 case_update G (handed to partner certification team)
    t9 = ("Hi Haruka,\n\nA quick note on where things stand: your case has been handed to our Partner Certification team, "
          "who look after profiles connected to partner organizations. They are still reviewing it and I do not have an outcome "
          "yet. I will write again as soon as they come back to me.\n\nShould you want to add anything, replying to this message "
          "attaches it to the case.\n\nThanks,\nColm | AWS T&C Support")
    emit(9, frm=fa("AWS Training & Certification Support", TC), to=CO, date=dt("2025-05-08 17:30"), subject=subj_case(G),
         auth=auth_ms("amazon.com", "amazonses.com"), content=leaf(t9), text=t9,
         label=L("case_update", False, G),
         note="progress: handed to another (internal) team; not paused on a third party; conditional reply offer")

    # 010 on_hold G with a question (multipart)
    t10 = ("Hello again Haruka,\n\nYour case is still on hold. The company profile remains associated with Kairo Systems K.K. "
           "in the AWS Partner Network, and our partner team cannot release it without knowing more about your employment.\n\n"
           "Are you leaving Kairo Systems, and if so, what will be your last working day? As soon as we have that, the partner "
           "team can decide whether the association can be removed so the merge can continue.\n\nKind regards,\nDeepak")
    h10 = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t10.split("\n\n")) + "</body></html>"
    emit(10, frm=fa(TC_NAME, TC), to=CO, date=dt("2025-05-09 02:15"), subject=subj_case(G),
         auth=auth_ms("amazon.com", "amazonses.com"),
         content=multi("alternative", [leaf(t10, cte="quoted-printable"), leaf(h10, "html", cte="quoted-printable")]),
         text=t10, label=L("on_hold", True, G),
         note="APN hold that also asks a bare question (leaving? last day?) with no 'please'")

    # 011 user reply G
    t = ("Hi Deepak,\n\nYes, I am leaving Kairo Systems. My last working day is May 30, 2025, and this mailbox will be closed "
         "after that. Anything later can go to haruka.nishida.dev@gmail.com.\n\nThanks,\nHaruka\n"
         + outlook_q("%s <%s>" % (TC_NAME, TC), DATE[10].astimezone(JST), "Nishida Haruka <%s>" % CO, subj_case(G), t10))
    emit(11, frm=fa("Nishida Haruka", CO), to=TC, date=dt("2025-05-09 12:48", JST), subject="RE: " + subj_case(G), parent=10,
         mid="<TYCPR01MB8841D77B0E21A4F5C9E10B3FA9%02d@TYCPR01MB8841.jpnprd01.prod.outlook.com>" % 11,
         content=leaf(t), crlf=True, label=L("user_reply", False, G),
         note="own reply quoting the hold question Outlook-style")

    # 012 case_update G (still working, forwarded)
    t12 = ("Hi Haruka,\n\nThank you for letting us know about your last day. I have recorded it on the case and forwarded "
           "everything to the team that handles partner-linked profiles. We are still working on it, and you can expect the next "
           "update from us within three business days.\n\nBest,\nPriya\nAWS Training and Certification")
    emit(12, frm=fa(TC_NAME, TC), to=CO, date=dt("2025-05-12 05:10"), subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % G,
         parent=11, auth=auth_ms("amazon.com", "amazonses.com"), content=leaf(t12, cte="7bit"), text=t12,
         label=L("case_update", False, G), note="'still working on it' + 'forwarded to team'; 'RE: [CASE' with space")

    # 013 billing (same sender as console mail; 12-digit account, 10-digit invoice)
    t = ("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the account "
         "ending in 5561, is available on the AWS web site.\n\nAccount ID: 240918375561\nInvoice number: 2193847561\n"
         "Statement period: April 1 - April 30, 2025\nTotal: USD 3.42\n\nYour account will be charged the above amount. "
         "You can view the statement in the Billing and Cost Management console.\n\nSincerely,\nAmazon Web Services\n")
    emit(13, frm=fa("Amazon Web Services", CONSOLE), to=ME, date=dt("2025-05-13 00:22"),
         subject="Amazon Web Services Billing Statement Available [Account: 240918375561]",
         auth=auth_gmail("amazon.com", "bounces@amazon.com"), content=leaf(t, cte="7bit"), crlf=True,
         label=L("unrelated", False, None),
         note="billing from the console sender; 12-digit account ID and a 10-digit invoice number that are not case IDs")

    # 014 info_request G (update + question: name spelling)
    t14 = ("Hi Haruka,\n\nGood news: the Partner Certification team has removed the association between your company profile "
           "and the partner organization, so the hold on your case is lifted and I can prepare the merge.\n\n"
           "One thing I noticed while doing so: the two profiles do not spell your name the same way. The company profile has "
           "\"Haruka Nishida\" while the personal one has \"NISHIDA HARUKA\" (family name first, in capitals). Certificates are "
           "printed with the name on the profile we keep, so tell me which spelling you want to end up with.\n\nBest,\nPriya")
    emit(14, frm=fa(TC_NAME, TC), to=CO, cc=ME, date=dt("2025-05-14 03:55"), subject=subj_case(G), parent=12,
         auth=auth_ms("amazon.com", "amazonses.com"), content=leaf(t14, cte="quoted-printable"), text=t14,
         label=L("info_request", True, G),
         note="hold lifted (progress) + imperative 'tell me which spelling' without please: the ask decides")

    # 015 user reply G from personal (Gmail, top-posted)
    t = ("Hi Priya,\n\nPlease use \"Haruka Nishida\" (given name first). Thanks!\n\nHaruka\n"
         + gmail_q(DATE[14].astimezone(JST), "%s <%s>" % (TC_NAME, TC), t14))
    emit(15, frm=fa("Haruka Nishida", ME), to=TC, cc=CO, date=dt("2025-05-14 21:07", JST), subject="Re: " + subj_case(G),
         parent=14, mid="<CAH8tq2Rk1v0pXmD+u4yfA3b7NQe_wZ9oL2%02d@mail.gmail.com>" % 15,
         content=leaf(t), label=L("user_reply", False, G), note="own reply from the personal address, Gmail quoting")

    # 016 info_request G (write from the address on the account)
    t16 = ("Hi Haruka,\n\nI received your answer, thank you, but it came from haruka.nishida.dev@gmail.com, which is not an "
           "address on the profile this case was opened for. To protect your records, changes to a profile can only be agreed "
           "from the email address registered on it.\n\nWe need you to send the same answer again from "
           "h.nishida@kairo-systems.co.jp while you still have access to that mailbox. As soon as it arrives I will carry on."
           "\n\nBest,\nPriya")
    emit(16, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-05-15 01:18"), subject=subj_case(G), parent=15,
         auth=auth_gmail("amazon.com", SES % "6f0a"), content=leaf(t16), text=t16,
         label=L("info_request", True, G),
         note="wrong-address reply: 'we need you to' write again from the company address; sent to the personal mailbox")

    # 017 user reply G threaded only by In-Reply-To/References
    t = ("Hello Priya,\n\nAs requested, I am writing from my company address: please use \"Haruka Nishida\" on the "
         "certificates.\n\nRegards,\nHaruka Nishida\n")
    emit(17, frm=fa("Nishida Haruka", CO), to=TC, date=dt("2025-05-15 10:31", JST), subject="Name on certificates",
         parent=16, mid="<TYCPR01MB8841E0193BB6A0D4F2C88E71A9%02d@TYCPR01MB8841.jpnprd01.prod.outlook.com>" % 17,
         content=leaf(t, cte="7bit"), crlf=True, label=L("user_reply", False, G),
         note="own reply whose subject has no case number; only In-Reply-To/References tie it to the case")

    # 018 confirmation_request G (HTML only table, 'Kindly')
    rows = [("Login email", ME, CO), ("Training notification email", ME, CO),
            ("Certification notification email", ME, CO), ("CertMetrics ID", "AWS11940277", "AWS03318562")]
    table = ("<table border='1' cellspacing='0' cellpadding='5'><tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
             + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows) + "</table>")
    h18 = ("<html><body style='font-family:Arial'><p>Dear Haruka,</p>"
           "<p>Thank you for confirming the name. With the partner association removed and the spelling settled, this is the "
           "last step before I combine your profiles. Below is what our system holds for each of them:</p>" + table +
           "<p>Records from Account #2 (exam history, certifications and benefits) would be moved into Account #1, and Account #2 "
           "would then be closed.</p><p>Kindly reply to confirm that Account #1 is the one you want to keep and that we may go "
           "ahead.</p><p>Regards,<br>Andrzej<br>AWS Training and Certification Support</p></body></html>")
    t18 = ("Dear Haruka,\n\nThank you for confirming the name. With the partner association removed and the spelling settled, "
           "this is the last step before I combine your profiles. Below is what our system holds for each of them:\n\n"
           "Account #1\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\nCertMetrics ID: AWS11940277\n\n"
           "Account #2\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\nCertMetrics ID: AWS03318562\n\n"
           "Records from Account #2 (exam history, certifications and benefits) would be moved into Account #1, and Account #2 "
           "would then be closed.\n\nKindly reply to confirm that Account #1 is the one you want to keep and that we may go ahead."
           "\n\nRegards,\nAndrzej\nAWS Training and Certification Support" % (ME, ME, ME, CO, CO, CO))
    emit(18, frm=fa(TC_NAME, TC), to=CO, date=dt("2025-05-16 06:02"), subject=subj_case(G), parent=17,
         auth=auth_ms("amazon.com", "amazonses.com"), content=leaf(h18, "html", cte="quoted-printable"), text=t18,
         label=L("confirmation_request", True, G, ["AWS11940277", "AWS03318562"]),
         note="HTML-only table Account #1/#2, opens with 'thank you for confirming' (the name), ask with 'Kindly'")

    # 019 certmetrics feedback invitation
    t = ("Hello Haruka,\n\nAWS Certification wants to hear from you. We are inviting a small group of certified individuals to "
         "share how they prepared for their exams and how they use their certification at work.\n\nThe survey takes about ten "
         "minutes: https://survey.certmetrics.com/aws/2025-q2?c=ZK81\n\nYour answers help shape future exams. Participation is "
         "optional.\n\nAWS Certification\n")
    emit(19, frm=fa("AWS Certification", "do-not-reply@certmetrics.com"), to=CO, date=dt("2025-05-17 14:40"),
         subject="AWS Certification wants to hear from you", auth=auth_ms("certmetrics.com", "certmetrics.com"),
         content=leaf(t, cte="7bit"), crlf=True, label=L("certification", False, None),
         note="certification-program feedback invitation (not a support survey, not a request)")

    # 020 confirmation_request G reminder
    t20 = ("Hi Haruka,\n\nFollowing up on my message of May 16. I can't start the merge until I hear from you that Account #1 "
           "(haruka.nishida.dev@gmail.com) is the profile to keep. A one-line reply is enough.\n\nAndrzej\n\n"
           "--- Original message ---\n" + q_lines(t18) + "\n")
    emit(20, frm=fa(TC_NAME, TC), to=CO, date=dt("2025-05-19 07:45"), subject=subj_case(G), parent=18,
         auth=auth_ms("amazon.com", "amazonses.com"), content=leaf(t20), text=t20,
         label=L("confirmation_request", True, G),
         note="short reminder without 'please' or question mark; old request quoted below (IDs only in quote)")

    # 021 phishing lookalike
    h = ("<html><body><p>Dear Candidate,</p><p>Your certification account merge request is <b>pending confirmation</b>. "
         "Confirm which account to keep within 24 hours or your certifications will be suspended.</p>"
         "<p><a href='http://aws-certification-help.com/verify?u=h.nishida'>Confirm my account now</a></p>"
         "<p>AWS Certification Support Team</p></body></html>")
    emit(21, frm=fa("AWS Certification Support", "support@aws-certification-help.com"), to=CO, date=dt("2025-05-20 11:12"),
         subject="Action required: confirm your certification account merge",
         auth=auth_ms("aws-certification-help.com", "aws-certification-help.com"),
         content=leaf(h, "html", cte="7bit"), crlf=True, label=L("suspicious", False, None),
         note="lookalike domain (passes its own DMARC) imitating a confirmation request")

    # 022 closing notice G
    t22 = ("Hello,\n\nWe are still waiting for your response to our previous message on case %s. Without it we cannot "
           "complete the request.\n\nIf we do not hear from you within the next 3 business days, this case will be closed "
           "automatically. A reply to this email before then keeps it open; after that, replying will reopen it.\n\n"
           "Sincerely,\nAWS Training and Certification" % G)
    emit(22, frm=fa(TC_NAME, TC), to=CO, date=dt("2025-05-22 08:00"), subject=subj_case(G), parent=20,
         auth=auth_ms("amazon.com", "amazonses.com"), content=leaf(t22 + SIG, cte="7bit"), text=t22,
         label=L("closing_notice", True, G), note="closing notice (auto close in 3 business days)")

    # 023 user reply G confirm (Outlook)
    t = ("Hello,\n\nConfirmed: please go ahead and merge Account #2 into Account #1 (haruka.nishida.dev@gmail.com). Sorry for "
         "the slow reply.\n\nHaruka Nishida\n"
         + outlook_q("%s <%s>" % (TC_NAME, TC), DATE[22].astimezone(JST), "Nishida Haruka <%s>" % CO, subj_case(G), t22)
         + outlook_q("%s <%s>" % (TC_NAME, TC), DATE[20].astimezone(JST), "Nishida Haruka <%s>" % CO, subj_case(G), t20))
    emit(23, frm=fa("Nishida Haruka", CO), to=TC, date=dt("2025-05-23 09:14", JST), subject="RE: " + subj_case(G), parent=22,
         mid="<TYCPR01MB8841F4A3C0D17E2B6A55D902A9%02d@TYCPR01MB8841.jpnprd01.prod.outlook.com>" % 23,
         content=leaf(t, cte="quoted-printable"), crlf=True, label=L("user_reply", False, G),
         note="own confirmation, top-posted over two quoted support mails")

    # 024 Pearson VUE
    t = ("Dear Haruka Nishida,\n\nThank you for scheduling your exam with Pearson VUE.\n\nExam: AWS Certified Solutions "
         "Architect - Professional (SAP-C02)\nRegistration ID: 482913377\nAppointment: Saturday, June 21, 2025, 10:00 JST\n"
         "Delivery: OnVUE online proctored\n\nPlease confirm that your computer passes the system test before exam day. To "
         "reschedule or cancel, sign in to your Pearson VUE account at least 24 hours before the appointment.\n\nPearson VUE\n")
    emit(24, frm=fa("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME, date=dt("2025-05-23 05:30"),
         subject="Confirmation of your AWS Certification exam appointment", auth=auth_gmail("pearson.com", "bounce@pearson.com"),
         content=leaf(t, cte="7bit"), label=L("unrelated", False, None),
         note="exam vendor mail with 'please confirm' and a 9-digit registration ID")

    # 025 resolved G, quotes the confirmation request
    t = ("Hi Haruka,\n\nThank you for confirming. The merge is complete: everything from Account #2 now sits in Account #1, and "
         "your remaining candidate ID is AWS11940277. Sign in with haruka.nishida.dev@gmail.com to check your exam history, "
         "certifications and benefits. No further action is required from you, and I am marking this case as resolved.\n\n"
         "All the best in your new role,\nAndrzej\n\n________________________________\n" + q_lines(t18) + "\n")
    emit(25, frm=fa(TC_NAME, TC), to=CO, cc=ME, date=dt("2025-05-24 02:20"), subject=subj_case(G), parent=23,
         auth=auth_ms("amazon.com", "amazonses.com"), content=leaf(t, cte="quoted-printable"),
         label=L("resolved", False, G, ["AWS11940277"]),
         note="merged; the old Account #1/#2 request with 'Kindly reply to confirm' is quoted underneath")

    # 026 Credly
    t = ("Hi Haruka,\n\nAmazon Web Services Training and Certification has issued you a badge: AWS Certified Developer - "
         "Associate.\n\nAccept your badge: https://www.credly.com/badges/3f2c9a1e-7d4b-4c61-9a0e-51b2f0d8c7e3/accept\n\n"
         "Once accepted, you can share it on your profile.\n\nThe Credly Team\n")
    emit(26, frm=fa("Credly", "admin@credly.com"), to=ME, date=dt("2025-05-24 02:41"),
         subject="Amazon Web Services Training and Certification sent you a new badge",
         auth=auth_gmail("credly.com", "bounce@credly.com"), content=leaf(t, cte="7bit"),
         label=L("badge", False, None), note="Credly badge right after the merge; 'Accept your badge' is not a support ask")

    # 027 survey G
    t = ("Hello,\n\nYour recent case %s with AWS Training and Certification has been resolved. Would you take a minute to tell "
         "us how we did?\n\nHow satisfied were you with the support you received?\n"
         "1 - Very dissatisfied  2  3  4  5 - Very satisfied\nhttps://survey.aws.training/cs?case=%s\n\nThank you,\n"
         "AWS Training and Certification" % (G, G))
    emit(27, frm=fa(TC_NAME, TC), to=CO, date=dt("2025-05-25 02:00"), subject="How did we do? Case %s" % G,
         auth=auth_ms("amazon.com", "amazonses.com"), content=leaf(t, cte="7bit"), crlf=True,
         label=L("survey", False, G), note="satisfaction survey phrased as a question")

    # 028 Japanese OOO (ISO-2022-JP)
    t = ("お疲れ様です。田中です。\n\n5月28日(水)から6月2日(月)まで休暇のため不在にしております。\n"
         "期間中はメールを確認できませんので、お急ぎの場合は同じチームの佐藤(s.sato@kairo-systems.co.jp)までご連絡ください。\n"
         "戻り次第、順次ご返信いたします。\n")
    emit(28, frm=fa("田中 誠", "m.tanaka@kairo-systems.co.jp", "ISO-2022-JP"), to=ME, date=dt("2025-05-28 19:02", JST),
         subject="自動応答: 送別会の日程について", subj_cs="ISO-2022-JP",
         auth=auth_gmail("kairo-systems.co.jp", "m.tanaka@kairo-systems.co.jp"),
         content=leaf(t, cs="ISO-2022-JP", cte="7bit"), extra=[("Auto-Submitted", "auto-replied")],
         label=L("unrelated", False, None), note="Japanese out-of-office from a colleague, ISO-2022-JP")

    # 029 other vendor case closed
    t = ("Hi Haruka,\n\nWe haven't heard back from you about your request \"Transfer domain to my personal account\", so we "
         "have closed case #00418227.\n\nIf you still need help, simply reply to this email and the case will be reopened.\n\n"
         "Nimbus DNS Support\n")
    emit(29, frm=fa("Nimbus DNS Support", "support@nimbusdns.io"), to=ME, date=dt("2025-05-30 03:15"),
         subject="[Nimbus DNS] Case #00418227 has been closed", auth=auth_gmail("nimbusdns.io", "bounces@nimbusdns.io"),
         content=leaf(t, cte="7bit"), label=L("unrelated", False, None),
         note="another vendor's closing notice (reply reopens) - not AWS")

    # 030 ack A (LF)
    t30 = ("Hello Haruka,\n\nWe have received your message and opened case %s for you.\n\nThe details of your request:\n"
           "  Inquiry type: Certification\n  Detail: Account Merge\n  Contact email: %s\n  Message: I found another certification "
           "profile that was created when I signed in through Partner Central at my previous employer. I would like it merged "
           "into my personal profile.\n\nWe aim to reply within 24 hours. Please don't submit another request about the same "
           "issue; duplicates are handled more slowly.\n\nAWS Training and Certification" % (A, ME))
    emit(30, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-06-02 02:09"), subject=subj_case(A, "[CASE"),
         auth=auth_gmail("amazon.com", SES % "7a11"), content=leaf(t30 + SIG), text=t30,
         label=L("acknowledgement", False, A), note="ack echoing the form; 'please don't submit another' is not an ask")

    # 031 ack B duplicate (base64)
    t = ("Hello Haruka,\n\nWe have received your message and opened case %s for you.\n\nThe details of your request:\n"
         "  Inquiry type: Certification\n  Detail: Account Merge\n  Contact email: %s\n  Message: Please merge my Partner "
         "Central profile into my personal certification profile (sent again, I wasn't sure the first form went through).\n\n"
         "We aim to reply within 24 hours. Please don't submit another request about the same issue; duplicates are handled "
         "more slowly.\n\nAWS Training and Certification" % (B, ME)) + SIG
    emit(31, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-06-02 02:15"), subject=subj_case(B, "[CASE"),
         auth=auth_gmail("amazon.com", SES % "7a12"), content=leaf(t, cte="base64"),
         label=L("acknowledgement", False, B), note="second acknowledgement for a duplicate form submission, base64 body")

    # 032 case_update B (linked to A)
    t = ("Hello Haruka,\n\nThis case appears to duplicate case %s, which you submitted a few minutes earlier about the same "
         "profiles. To avoid two people working on one request, I have linked the two; all further updates will come on case %s. "
         "No further action is required on this case.\n\nRegards,\nTomás\nAWS Training and Certification" % (A, A))
    emit(32, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-06-03 00:50"), subject=subj_case(B), parent=31,
         auth=auth_gmail("amazon.com", SES % "7b01"), content=leaf(t),
         label=L("case_update", False, B),
         note="duplicate linked; body names the other case number but the mail belongs to the duplicate")

    # 033 info_request A (address + screenshot, no please)
    t33 = ("Hello Haruka,\n\nI am now handling your merge request. Looking for the profile you described, I found two possible "
           "matches created through Partner Central single sign-on, and I cannot tell from our side which of them is yours.\n\n"
           "Which email address did you use when signing in to Partner Central with your previous employer? A screenshot of the "
           "Account page of that profile, showing the CERTMETRICS number, would also let me identify it without doubt.\n\n"
           "Regards,\nTomás\nAWS Training and Certification")
    emit(33, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-06-03 01:05"), subject=subj_case(A), parent=30,
         auth=auth_gmail("amazon.com", SES % "7b02"), content=leaf(t33, cte="quoted-printable"), text=t33,
         label=L("info_request", True, A),
         note="bare question (which address) + 'would also let me' for a screenshot; no please, no 'confirm'")

    # 034 user reply A with attachment
    t = ("Hi Tomás,\n\nThe Partner Central sign-in used h.nishida@kairo-systems.co.jp. The screenshot is attached; the "
         "CERTMETRICS number on it is AWS20577318.\n\nThanks,\nHaruka\n"
         + gmail_q(DATE[33].astimezone(JST), "%s <%s>" % (TC_NAME, TC), t33))
    emit(34, frm=fa("Haruka Nishida", ME), to=TC, date=dt("2025-06-03 12:40", JST), subject="Re: " + subj_case(A), parent=33,
         mid="<CAH8tq2Sx0mP4cKe3nVd8Zr6jW1_tBb5Hq7%02d@mail.gmail.com>" % 34,
         content=multi("mixed", [leaf(t, cte="quoted-printable"), png_part("account-page.png")]),
         label=L("user_reply", False, A, ["AWS20577318"]), note="own reply with PNG attachment (multipart/mixed)")

    # 035 marketing
    t = ("Hi Haruka,\n\nThanks for registering for AWS Summit Japan. Please confirm your attendance so we can hold your seat:\n"
         "https://aws.amazon.com/events/summits/japan/confirm?r=7Q3K-2291\n\nRegistration code: 7Q3K-2291\n\nSee you there!\n"
         "AWS Events\n\nTo unsubscribe from AWS marketing email, visit the subscription center.\n")
    emit(35, frm=fa("AWS Events", "aws-marketing-email-replies@amazon.com"), to=ME, date=dt("2025-06-04 06:00"),
         subject="Please confirm your registration: AWS Summit Japan", auth=auth_gmail("amazon.com", "bounces@marketing.aws"),
         content=leaf(t, cte="7bit"), label=L("unrelated", False, None),
         note="genuine AWS marketing asking to 'please confirm' - not a case")

    # 036 case_update A (passed to specialist team)
    t36 = ("Hi Haruka,\n\nThank you for the screenshot: it shows that AWS20577318 is the right profile. Because it was created "
           "through Partner Central, I have passed your case to our specialist team for partner-created profiles, who review "
           "these before anything is merged. I am still following it and will keep you posted.\n\nRegards,\nTomás")
    emit(36, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-06-05 03:33"), subject=subj_case(A), parent=34,
         auth=auth_gmail("amazon.com", SES % "7b03"), content=leaf(t36), text=t36,
         label=L("case_update", False, A, ["AWS20577318"]),
         note="'passed to another team' progress, mentions Partner Central but is not a hold and asks nothing")

    # 037 on_hold A (no ask, multipart)
    t37 = ("Dear Haruka,\n\nI am writing from the team that handles partner-created certification profiles. Profile AWS20577318 "
           "is still associated with Kairo Systems K.K. in AWS Partner Central, even though you have left the company. Until the "
           "partner organization removes that association, we are not able to move its records into your personal profile.\n\n"
           "We have contacted the partner's administrator, and your case is on hold until they respond. You don't need to do "
           "anything right now.\n\nBest regards,\nKeiko T.\nAWS Partner Certification Operations")
    h37 = ("<html><body><div style='font-family:Calibri'>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t37.split("\n\n"))
           + "</div></body></html>")
    emit(37, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-06-06 08:12"), subject=subj_case(A), parent=36,
         auth=auth_gmail("amazon.com", SES % "7b04"),
         content=multi("alternative", [leaf(t37, cte="quoted-printable"), leaf(h37, "html", cte="base64")]), text=t37,
         label=L("on_hold", False, A, ["AWS20577318"]), note="partner hold, explicitly nothing to do")

    # 038 bounce
    t = ("** Address not found **\n\nYour message wasn't delivered to h.nishida@kairo-systems.co.jp because the address "
         "couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
         "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n\n"
         "----- Original message -----\nFrom: Haruka Nishida <%s>\nTo: %s\nSubject: forwarding test\n" % (ME, CO))
    emit(38, frm=fa("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME, date=dt("2025-06-09 04:02"),
         subject="Delivery Status Notification (Failure)", auth=auth_gmail("googlemail.com", "mailer-daemon@googlemail.com"),
         content=leaf(t, cte="7bit"), label=L("unrelated", False, None),
         note="bounce: the old company mailbox is closed")

    # 039 on_hold A with question
    t39 = ("Dear Haruka,\n\nYour case remains on hold. We have written twice to the administrator listed for Kairo Systems K.K. "
           "in Partner Central but have not had an answer, and the association cannot be removed without them.\n\n"
           "The contact we have on file may be out of date. Could you tell us the name or email address of the person who "
           "currently manages Partner Central at Kairo Systems? We will then contact them directly.\n\nBest regards,\nKeiko T.")
    emit(39, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-06-10 01:27"), subject=subj_case(A), parent=37,
         auth=auth_gmail("amazon.com", SES % "7b05"), content=leaf(t39), text=t39,
         label=L("on_hold", True, A), note="partner hold that also asks for the partner admin's contact")

    # 040 user reply A
    t = ("Hi Keiko,\n\nThe Partner Central admin at Kairo Systems is Ms. Yuko Sato (y.sato@kairo-systems.co.jp) in the "
         "Alliance team.\n\nBest,\nHaruka\n" + gmail_q(DATE[39].astimezone(JST), "%s <%s>" % (TC_NAME, TC), t39))
    emit(40, frm=fa("Haruka Nishida", ME), to=TC, date=dt("2025-06-10 11:05", JST), subject="Re: " + subj_case(A), parent=39,
         mid="<CAH8tq2Tz9cW1nQa6pEr2Yk3hM7_uXc0Dd1%02d@mail.gmail.com>" % 40,
         content=leaf(t), label=L("user_reply", False, A), note="own reply answering the hold question")

    # 041 case_update A (hold lifted, passed to merge team)
    t41 = ("Dear Haruka,\n\nMs. Sato responded the same day and the association has now been removed. I have sent your case "
           "back to the merge team with a note that the hold is lifted; they usually pick it up within one to two business days."
           "\n\nIf anything about your request changes in the meantime, feel free to let us know by replying.\n\nBest regards,\nKeiko T.")
    emit(41, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-06-12 06:44"), subject=subj_case(A), parent=40,
         auth=auth_gmail("amazon.com", SES % "7b06"), content=leaf(t41, cte="7bit"), text=t41,
         label=L("case_update", False, A),
         note="hold released + handed back to another team; only a conditional 'let us know'")

    # 042 confirmation_request A mixed with an info ask (qp)
    t42 = ("Hello Haruka,\n\nI have picked up your case from the partner team. Before I run the merge I would like you to check "
           "the two profiles below:\n\nAccount #1\n  Login email: %s\n  Training notification email: %s\n"
           "  Certification notification email: %s\n  CertMetrics ID: AWS11940277\n\nAccount #2\n  Login email: (Partner Central "
           "single sign-on)\n  Training notification email: %s\n  Certification notification email: %s\n  CertMetrics ID: AWS20577318\n\n"
           "Please reply confirming that Account #2 should be merged into Account #1. In the same reply, let me know the date you "
           "sat the Solutions Architect - Associate exam, so I can verify that the exam history carries over correctly.\n\n"
           "Thank you,\nRavi\nAWS Training and Certification Support" % (ME, ME, ME, CO, CO))
    emit(42, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-06-13 02:58"), subject=subj_case(A), parent=41,
         auth=auth_gmail("amazon.com", SES % "7b07"), content=leaf(t42, cte="quoted-printable"), text=t42,
         label=L("confirmation_request", True, A, ["AWS11940277", "AWS20577318"]),
         note="BOTH asks in one mail: merge confirmation + exam date; the merge confirmation decides the kind")

    # 043 user reply A
    t = ("Hi Ravi,\n\nConfirmed: merge Account #2 into Account #1. I took the SAA exam on March 14, 2023.\n\nHaruka\n"
         + gmail_q(DATE[42].astimezone(JST), "%s <%s>" % (TC_NAME, TC), t42))
    emit(43, frm=fa("Haruka Nishida", ME), to=TC, date=dt("2025-06-13 18:20", JST), subject="Re: " + subj_case(A), parent=42,
         mid="<CAH8tq2Ua4dX2oRb7qFs3Zl4iN8_vYd1Ee2%02d@mail.gmail.com>" % 43,
         content=leaf(t, cte="quoted-printable"), label=L("user_reply", False, A),
         note="own reply; candidate IDs appear only in the quoted part")

    # 044 resolved A with rating footer
    t44 = ("Hello Haruka,\n\nDone. Account #2 has been merged into Account #1, and I can see your Solutions Architect - "
           "Associate result from March 14, 2023 in the exam history. Your case is now resolved and there is nothing more you "
           "need to do.\n\nIf you spot anything missing over the next 14 days, you can reply here and the case will reopen.\n\n"
           "Thank you,\nRavi\n\n----\nHow was your experience? Please rate this response: "
           "https://survey.aws.training/rate?case=%s (takes 30 seconds)" % A)
    emit(44, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-06-14 00:35"), subject=subj_case(A), parent=43,
         auth=auth_gmail("amazon.com", SES % "7b08"), content=leaf(t44 + SIG), text=t44,
         label=L("resolved", False, A), note="resolved with conditional reopen offer and a 'please rate' footer")

    # 045 survey A
    t = ("Hello,\n\nCould you spare two minutes? We'd like to hear about your recent experience with AWS Training and "
         "Certification support (case %s).\n\nOn a scale of 1 to 5, how easy was it to get your issue resolved?\n"
         "https://survey.aws.training/cs?case=%s\n\nThank you for helping us improve.\nAWS Training and Certification" % (A, A))
    emit(45, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-06-15 02:00"), subject="Tell us about your support experience",
         auth=auth_gmail("amazon.com", SES % "7b09"), content=leaf(t, cte="7bit"),
         label=L("survey", False, A), note="survey opening with a question")

    # 046 user reply A reopening
    t46 = ("Hi Ravi,\n\nSorry to come back to this. Everything looks right except one thing: my Cloud Practitioner exam from "
           "2022 does not show in the exam history of the merged account. Could you check?\n\nThanks,\nHaruka\n"
           + gmail_q(DATE[44].astimezone(JST), "%s <%s>" % (TC_NAME, TC), t44))
    emit(46, frm=fa("Haruka Nishida", ME), to=TC, date=dt("2025-06-18 22:11", JST), subject="Re: " + subj_case(A), parent=44,
         mid="<CAH8tq2Vb5eY3pSc8rGt4Am5jO9_wZe2Ff3%02d@mail.gmail.com>" % 46,
         content=leaf(t46), label=L("user_reply", False, A),
         note="own mail asking support a question (reopen request) - the person asks, so no reply is owed")

    # 047 case_update A reopened
    t = ("Hello Haruka,\n\nI have reopened your case and asked our exam records team to look for the 2022 Cloud Practitioner "
         "result. Exam records sometimes sit under a separate testing profile, so this may take a few days. I will let you "
         "know what they find.\n\nRavi")
    emit(47, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-06-19 04:15"), subject=subj_case(A), parent=46,
         auth=auth_gmail("amazon.com", SES % "7b0a"), content=leaf(t, cte="7bit"),
         label=L("case_update", False, A), note="reopened, handed to exam records team; no ask")

    # 048 info_request A (bare questions, exam date)
    t48 = ("Hi Haruka,\n\nI am on the exam records team and have been asked to find your Cloud Practitioner result. Nothing "
           "under either of your merged profiles matches yet.\n\nWhen did you take the exam, roughly? Was it at a test center "
           "or online? If you still have the confirmation mail from the exam provider, the 9-digit registration number in it "
           "would let me find the record straight away.\n\nNadia\nAWS Certification exam records")
    emit(48, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-06-20 07:49"), subject=subj_case(A), parent=47,
         auth=auth_gmail("amazon.com", SES % "7b0b"), content=leaf(t48), text=t48,
         label=L("info_request", True, A), note="bare questions for exam date/venue; no please")

    # 049 user reply A
    t = ("Hi Nadia,\n\nIt was on August 9, 2022, online proctored. The registration number is 318640027.\n\nBest regards,\n"
         "Haruka\n" + gmail_q(DATE[48].astimezone(JST), "%s <%s>" % (TC_NAME, TC), t48))
    emit(49, frm=fa("Haruka Nishida", ME), to=TC, date=dt("2025-06-20 19:02", JST), subject="Re: " + subj_case(A), parent=48,
         mid="<CAH8tq2Wc6fZ4qTd9sHu5Bn6kP0_xAf3Gg4%02d@mail.gmail.com>" % 49,
         content=leaf(t), label=L("user_reply", False, A), note="own reply with a 9-digit registration number")

    # 050 resolved A quoting the questions
    t = ("Hi Haruka,\n\nFound it. The result had been stored under a testing profile that was not linked to either account. "
         "I have attached it to your merged profile, and your Cloud Practitioner certification and its exam record now appear. "
         "I am closing the case as resolved; nothing more is needed from you.\n\nNadia\n"
         + gmail_q(DATE[48], "%s <%s>" % (TC_NAME, TC), t48))
    emit(50, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-06-23 05:30"), subject=subj_case(A), parent=49,
         auth=auth_gmail("amazon.com", SES % "7b0c"), content=leaf(t),
         label=L("resolved", False, A), note="resolved ('closing the case') with the earlier questions quoted below")

    # 051 console ack D
    t = ("Dear AWS customer,\n\nThank you for contacting AWS Support. A new case has been created for you.\n\n"
         "Case ID: %s\nSubject: 50%% exam voucher missing after certification account merge\nSeverity: General guidance\n"
         "Account: 240918375561\n\nYou can view the case and add correspondence in the Support Center:\n%s\n\n"
         "This email address cannot accept incoming e-mails; please use the link above.\n\nAmazon Web Services" % (D, console_link()))
    emit(51, frm=fa("Amazon Web Services", CONSOLE), to=ME, date=dt("2025-06-24 03:12"),
         subject="Amazon Web Services: New Support case: %s" % D, auth=auth_gmail("amazon.com", "bounces@amazon.com"),
         content=leaf(t, cte="7bit"), crlf=True, label=L("acknowledgement", False, D),
         note="console 'New Support case' ack; contains a 12-digit account ID")

    # 052 console info_request D (Japanese keigo + English footer)
    t = ("お問い合わせいただきありがとうございます。AWS サポートの Haruto でございます。\n\n"
         "アカウントの統合後に 50%% 割引の特典が表示されなくなったとのこと、ご不便をおかけしております。\n\n"
         "調査のため、認定アカウントの「特典」画面のスクリーンショットと、特典を取得されたおおよその日付を、"
         "サポートセンターの本ケースにご返信いただけますでしょうか。なお、本メールアドレスへ返信されたメールは受信できませんので、"
         "ご注意ください。\n\n%s\n\nよろしくお願いいたします。\nHaruto K.\nAmazon Web Services" % console_link("ja")
         + CONSOLE_FOOT % (D, "ja"))
    emit(52, frm=fa("Amazon Web Services", CONSOLE), to=ME, date=dt("2025-06-25 01:40"),
         subject="RE:[CASE %s] 50%% exam voucher missing after certification account merge" % D,
         auth=auth_gmail("amazon.com", "bounces@amazon.com"), content=leaf(t, cte="quoted-printable"),
         label=L("info_request", True, D),
         note="console case: Japanese keigo ask for screenshot/date to be answered in the Support Center; English rating footer")

    # 053 console case_update D (Shift_JIS)
    t = ("スクリーンショットをご共有いただきありがとうございます。\n\n"
         "本件は、試験の割引などの特典を管理する認定特典チームへ引き継ぎました。同チームでの確認には通常 3~5 営業日ほどかかります。"
         "回答があり次第、本ケースにてご報告いたします。\n\nHaruto K.\nAmazon Web Services\n\n"
         "このメールアドレスは受信専用ではなく送信専用です。本ケースへの返信はサポートセンターから行ってください。\n%s\n" % console_link("ja"))
    emit(53, frm=fa("Amazon Web Services", CONSOLE), to=ME, date=dt("2025-06-27 06:20"),
         subject="RE:[CASE %s] 50%% exam voucher missing after certification account merge" % D,
         auth=auth_gmail("amazon.com", "bounces@amazon.com"), content=leaf(t, cs="Shift_JIS", cte="8bit"),
         label=L("case_update", False, D),
         note="Japanese 'passed to the benefits team' update, Shift_JIS 8bit; footer says where replies go (not an ask)")

    # 054 console on_hold D (exam delivery partner)
    t = ("Hello,\n\nThe Certification Benefits team has found the voucher, but it had been marked as used by our exam delivery "
         "partner the week before the merge. They have asked the exam delivery partner to verify whether it was actually "
         "redeemed. Your case is on hold until the partner replies; you don't need to take any action in the meantime.\n\n"
         "Best regards,\nHaruto K.\nAmazon Web Services" + CONSOLE_FOOT % (D, "en"))
    emit(54, frm=fa("Amazon Web Services", CONSOLE), to=ME, date=dt("2025-06-30 02:05"),
         subject="RE:[CASE %s] 50%% exam voucher missing after certification account merge" % D,
         auth=auth_gmail("amazon.com", "bounces@amazon.com"), content=leaf(t, cte="7bit"), crlf=True,
         label=L("on_hold", False, D),
         note="hold waiting on an outside party (exam delivery partner, not APN), with rating footer; asks nothing")

    # 055 console info_request D (update + question, 'Kindly')
    t = ("Hello,\n\nGood news: the exam delivery partner has confirmed that the voucher was never redeemed, and the benefits "
         "team can issue a new one. It will only be valid for a limited period, so they would like to time it with your next "
         "exam.\n\nWhich exam are you planning to take next, and on roughly what date? Kindly answer in the Support Center so "
         "the team can issue the voucher.\n\nBest regards,\nHaruto K.\nAmazon Web Services" + CONSOLE_FOOT % (D, "en"))
    emit(55, frm=fa("Amazon Web Services", CONSOLE), to=ME, date=dt("2025-07-01 04:10"),
         subject="RE:[CASE %s] 50%% exam voucher missing after certification account merge" % D,
         auth=auth_gmail("amazon.com", "bounces@amazon.com"), content=leaf(t, cte="quoted-printable"),
         label=L("info_request", True, D),
         note="progress news followed by a question to answer in the Support Center, plus feedback footer")

    # 056 console closing notice D (Japanese)
    t = ("お世話になっております。\n\n前回のご連絡以降、お客様からのご返信を確認できておりません。3日以内にご返信がない場合、"
         "本ケースは自動的に解決済みとなります。解決済みとなってから14日を過ぎたケースは再開できませんのでご注意ください。\n\n"
         "引き続きサポートが必要な場合は、サポートセンターの本ケースからご返信ください。\n%s\n\nAmazon Web Services"
         % console_link("ja") + CONSOLE_FOOT % (D, "ja"))
    emit(56, frm=fa("Amazon Web Services", CONSOLE), to=ME, date=dt("2025-07-04 04:10"),
         subject="RE:[CASE %s] 50%% exam voucher missing after certification account merge" % D,
         auth=auth_gmail("amazon.com", "bounces@amazon.com"), content=leaf(t, cte="base64"),
         label=L("closing_notice", True, D), note="Japanese console auto-resolve warning, base64")

    # 057 console resolved D
    t = ("Hello,\n\nThank you for your reply. A new 50% exam discount has been added to your certification account; you will "
         "find it under Benefits. With that, I am marking this case as resolved.\n\nBest regards,\nHaruto K.\nAmazon Web Services"
         + CONSOLE_FOOT % (D, "en"))
    emit(57, frm=fa("Amazon Web Services", CONSOLE), to=ME, date=dt("2025-07-07 00:55"),
         subject="RE:[CASE %s] 50%% exam voucher missing after certification account merge" % D,
         auth=auth_gmail("amazon.com", "bounces@amazon.com"), content=leaf(t, cte="7bit"),
         label=L("resolved", False, D), note="console resolution with 'please share your experience' footer")

    # 058 ack C (Japanese, ISO-2022-JP)
    t = ("西田 様\n\nAWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n"
         "お問い合わせを受け付け、ケース %s を作成いたしました。\n\nケース ID: %s\nお問い合わせタイプ: 認定 / アカウントの統合\n\n"
         "担当者より通常24時間以内にご連絡いたしますが、内容によってはお時間をいただく場合がございます。"
         "同じ内容で新たにケースを作成されますと対応が遅れる原因となりますので、本ケースにてお待ちいただけますと幸いです。\n\n"
         "追加で共有いただける情報がございましたら、本メールにご返信ください。\n\nAWS トレーニングと認定 カスタマーサポート\n" % (C, C))
    emit(58, frm=fa("AWS トレーニングと認定", TC, "ISO-2022-JP"), to=ME, date=dt("2025-07-10 05:21"),
         subject=subj_case(C, "[CASE"), auth=auth_gmail("amazon.com", SES % "8c01"),
         content=leaf(t, cs="ISO-2022-JP", cte="7bit"), label=L("acknowledgement", False, C),
         note="Japanese ack, ISO-2022-JP; 〜がございましたら…ご返信ください is conditional")

    # 059 info_request C (keigo, Shift_JIS)
    t59 = ("西田 様\n\nお世話になっております。AWS トレーニングと認定サポートの佐々木でございます。\n\n"
           "アカウント統合のご依頼を拝見いたしました。同じメールアドレス(haruka.nishida.dev@gmail.com)で登録された認定アカウントが"
           "複数存在することを確認しておりますが、統合の対象を特定するため、以下の2点についてご教示いただけますでしょうか。\n\n"
           "1. 統合の対象となる各アカウントの AWS 候補 ID(「AWS」に続く8桁の数字)\n"
           "2. 重複したアカウントを作成されたおおよその時期\n\n"
           "お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。\n\n佐々木\nAWS トレーニングと認定 カスタマーサポート")
    emit(59, frm=fa("AWS Training and Certification", TC), to=ME, date=dt("2025-07-11 02:20"), subject=subj_case(C), parent=58,
         auth=auth_gmail("amazon.com", SES % "8c02"), content=leaf(t59, cs="Shift_JIS", cte="8bit"), text=t59,
         label=L("info_request", True, C),
         note="Japanese keigo info request (ご教示いただけますでしょうか / ご返信のほどよろしくお願いいたします), Shift_JIS")

    # 060 user reply C (Japanese)
    t = ("佐々木様\n\nご連絡ありがとうございます。西田です。\n\n1. 候補 ID は以下の2つです。\n"
         "・AWS11940277(普段使っているアカウント)\n・AWS07755120(誤って作成されたアカウント)\n"
         "2. 2024年の秋ごろ、前職のパートナーセントラルからサインインした際に作成されてしまったと思います。\n\n"
         "よろしくお願いいたします。\n西田 遥\n"
         + gmail_q_ja(DATE[59].astimezone(JST), "AWS Training and Certification <%s>" % TC, t59))
    emit(60, frm=fa("西田 遥", ME), to=TC, date=dt("2025-07-11 20:15", JST), subject="Re: " + subj_case(C), parent=59,
         mid="<CAH8tq2Xd7gA5rUe0tIv6Co7lQ1_yBg4Hh5%02d@mail.gmail.com>" % 60,
         content=leaf(t), label=L("user_reply", False, C, ["AWS11940277", "AWS07755120"]),
         note="own Japanese reply, Gmail Japanese quote header")

    # 061 case_update C (Japanese, ISO-2022-JP)
    t = ("西田 様\n\nお世話になっております。佐々木でございます。\n\n"
         "ご回答いただきありがとうございました。いただいた情報をもとに、本件を統合作業の担当部署へ引き継ぎました。"
         "現在、窓口が大変混み合っており、通常よりもお時間をいただいておりますが、引き続き対応を進めております。"
         "進展がございましたら改めてご連絡いたします。\n\nご不明な点がございましたら、本メールにご返信ください。\n\n佐々木\n")
    emit(61, frm=fa("AWS トレーニングと認定", TC, "ISO-2022-JP"), to=ME, date=dt("2025-07-14 06:30"), subject=subj_case(C),
         parent=60, auth=auth_gmail("amazon.com", SES % "8c03"), content=leaf(t, cs="ISO-2022-JP", cte="7bit"),
         label=L("case_update", False, C),
         note="Japanese 'handed to another department, still working, busy queue' with conditional ご返信ください")

    # 062 on_hold C (Japanese, base64)
    t = ("西田 様\n\nAWS パートナー認定運用チームの高橋と申します。\n\n"
         "調査の結果、AWS07755120 のアカウントは AWS パートナーセントラル経由のサインインで作成されており、現在も AWS パートナー"
         "ネットワークに参加している企業の組織に関連付けられていることが分かりました。パートナー組織に関連付けられたアカウントは、"
         "当該組織の管理者による確認が取れるまで統合を行うことができません。\n\n"
         "そのため、本ケースは一時保留とさせていただき、当チームより組織の管理者へ確認を依頼しております。"
         "現時点でお客様にご対応いただく事項はございません。回答が得られ次第、ご連絡いたします。\n\n高橋\n")
    emit(62, frm=fa("AWS Training and Certification", TC), to=ME, date=dt("2025-07-15 08:02"), subject=subj_case(C), parent=61,
         auth=auth_gmail("amazon.com", SES % "8c04"), content=leaf(t, cte="base64"),
         label=L("on_hold", False, C, ["AWS07755120"]), note="Japanese APN hold, nothing asked, base64")

    # 063 info_request C (update + plain ください, qp)
    t = ("西田 様\n\nお世話になっております。佐々木です。\n\n"
         "パートナー組織の管理者から確認が取れ、保留は解除されました。現在、統合の準備を進めております。\n\n"
         "作業前の確認として、現在お使いのアカウント(AWS11940277)で「試験履歴」の画面を開き、そのスクリーンショットを"
         "本メールへの返信に添付してください。統合後に履歴が正しく引き継がれたかを照合するために使用いたします。\n\n佐々木\n")
    emit(63, frm=fa("AWS Training and Certification", TC), to=ME, date=dt("2025-07-17 01:10"), subject=subj_case(C), parent=62,
         auth=auth_gmail("amazon.com", SES % "8c05"), content=leaf(t, cte="quoted-printable"), text=t,
         label=L("info_request", True, C, ["AWS11940277"]),
         note="Japanese: hold lifted (news) then plain 〜してください for a screenshot; the ask decides")

    # 064 user reply C with attachment
    t = ("佐々木様\n\nお世話になっております。西田です。\n試験履歴画面のスクリーンショットを添付いたします。\n\nよろしくお願いいたします。\n西田\n"
         + gmail_q_ja(DATE[63].astimezone(JST), "AWS Training and Certification <%s>" % TC, TEXT[63]))
    emit(64, frm=fa("西田 遥", ME), to=TC, date=dt("2025-07-17 12:30", JST), subject="Re: " + subj_case(C), parent=63,
         mid="<CAH8tq2Ye8hB6sVf1uJw7Dp8mR2_zCh5Ii6%02d@mail.gmail.com>" % 64,
         content=multi("mixed", [leaf(t, cte="base64"), png_part("exam-history.png")]),
         label=L("user_reply", False, C), note="own Japanese reply with attachment; IDs only in quote")

    # 065 confirmation_request C (HTML only, base64, mixed with name question)
    rows = [("ログインメールアドレス", ME, "(パートナーセントラル経由のサインイン)"),
            ("トレーニング通知用メールアドレス", ME, CO), ("認定通知用メールアドレス", ME, CO),
            ("AWS 候補 ID", "AWS11940277", "AWS07755120")]
    table = ("<table border='1' cellpadding='4' style='border-collapse:collapse'><tr><th></th><th>アカウント1</th><th>アカウント2</th></tr>"
             + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows) + "</table>")
    h65 = ("<html><body><p>西田 様</p><p>お世話になっております。佐々木でございます。</p>"
           "<p>スクリーンショットをお送りいただきありがとうございました。統合に先立ち、対象のアカウントを下記のとおり整理いたしました。</p>"
           + table + "<p>アカウント2の試験履歴・認定・特典をアカウント1へ移し、アカウント2は閉鎖いたします。</p>"
           "<p>上記の内容で統合を進めてもよろしいでしょうか。また、アカウント2には氏名が「Nishida Haruka」と登録されておりますので、"
           "統合後の証明書に記載するお名前の表記もあわせてお知らせいただけますと幸いです。</p>"
           "<p>ご確認のほど、よろしくお願いいたします。</p><p>佐々木<br>AWS トレーニングと認定 カスタマーサポート</p></body></html>")
    t65 = ("西田 様\n\nお世話になっております。佐々木でございます。\n\nスクリーンショットをお送りいただきありがとうございました。"
           "統合に先立ち、対象のアカウントを下記のとおり整理いたしました。\n\n"
           "アカウント1: ログイン %s / 候補 ID AWS11940277\nアカウント2: パートナーセントラル経由 / 候補 ID AWS07755120\n\n"
           "上記の内容で統合を進めてもよろしいでしょうか。また、統合後の証明書に記載するお名前の表記もあわせてお知らせいただけますと幸いです。\n\n"
           "ご確認のほど、よろしくお願いいたします。\n\n佐々木" % ME)
    emit(65, frm=fa("AWS Training and Certification", TC), to=ME, date=dt("2025-07-18 03:00"), subject=subj_case(C), parent=64,
         auth=auth_gmail("amazon.com", SES % "8c06"), content=leaf(h65, "html", cte="base64"), text=t65,
         label=L("confirmation_request", True, C, ["AWS11940277", "AWS07755120"]),
         note="Japanese HTML-only table; asks 統合を進めてもよろしいでしょうか AND the name spelling (both asks)")

    # 066 user reply C (ISO-2022-JP)
    t = ("佐々木様\n\n内容に問題ございません。アカウント2をアカウント1へ統合してください。\n"
         "お名前の表記は「Haruka Nishida」でお願いいたします。\n\n西田\n"
         + gmail_q_ja(DATE[65].astimezone(JST), "AWS Training and Certification <%s>" % TC, t65))
    emit(66, frm=fa("西田 遥", ME, "ISO-2022-JP"), to=TC, date=dt("2025-07-18 13:42", JST), subject="Re: " + subj_case(C),
         parent=65, mid="<CAH8tq2Zf9iC7tWg2vKx8Eq9nS3_aDi6Jj7%02d@mail.gmail.com>" % 66,
         content=leaf(t, cs="ISO-2022-JP", cte="7bit"), label=L("user_reply", False, C),
         note="own Japanese confirmation, ISO-2022-JP, quoting the request")

    # 067 resolved C (Japanese, Outlook-ja quote)
    t = ("西田 様\n\nお世話になっております。佐々木です。\n\nご確認いただきありがとうございました。アカウント2をアカウント1へ"
         "統合する作業が完了いたしました。お名前の表記も「Haruka Nishida」に更新しております。お客様側での追加のお手続きは必要ございません。\n\n"
         "本ケースはこれにて解決とさせていただきます。その他ご不明な点がございましたら、お気軽にお問い合わせください。\n\n佐々木\n"
         + outlook_q_ja("AWS Training and Certification <%s>" % TC, DATE[65].astimezone(JST), "西田 遥 <%s>" % ME,
                        subj_case(C), t65))
    emit(67, frm=fa("AWS Training and Certification", TC), to=ME, date=dt("2025-07-19 00:40"), subject=subj_case(C), parent=66,
         auth=auth_gmail("amazon.com", SES % "8c07"), content=leaf(t),
         label=L("resolved", False, C),
         note="Japanese resolution quoting (差出人/送信日時) the earlier 統合を進めてもよろしいでしょうか request")

    # 068 Credly
    t = ("Hi Haruka,\n\nYou have a badge waiting: AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and "
         "Certification.\n\nClaim it here: https://www.credly.com/badges/9b0e6a55-21cf-4d7e-8a34-c0f1d2e3a4b5/claim\n\nThe Credly Team\n")
    emit(68, frm=fa("Credly", "admin@credly.com"), to=ME, date=dt("2025-07-19 00:58"),
         subject="Claim your AWS Certified Cloud Practitioner badge", auth=auth_gmail("credly.com", "bounce@credly.com"),
         content=leaf(t, cte="base64"), label=L("badge", False, None), note="Credly claim mail, base64")

    # 069 spoofed amazon.com sender, dmarc=fail, real case subject
    t = ("Hello,\n\nThe merge of your accounts could not be finalized because of a verification error. Please confirm your "
         "identity and the account you wish to keep within 48 hours using the secure form below; otherwise both profiles will "
         "be suspended.\n\nhttps://aws-training-verify.support-cert.net/merge?case=%s\n\nAWS Training and Certification" % C)
    spoof_auth = ("Authentication-Results",
                  "mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=s10 header.b=Zz00Aa11;\n"
                  "       spf=softfail (google.com: domain of transitioning bounce@mailer.kr-host.net does not designate 203.0.113.77 as permitted sender) smtp.mailfrom=bounce@mailer.kr-host.net;\n"
                  "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com")
    emit(69, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-07-20 16:44"), subject=subj_case(C), auth=spoof_auth,
         content=leaf(t, cte="7bit"), label=L("suspicious", False, None),
         note="real-looking sender and subject with a real case number, but DKIM/DMARC fail")

    # 071 ack H (HTML only)
    h = ("<html><body><p>Hello,</p><p>Thank you for contacting AWS Training and Certification. Your request has been logged.</p>"
         "<table border='1' cellpadding='4'><tr><td>Case ID</td><td>%s</td></tr><tr><td>Category</td><td>Certification - Account "
         "Merge</td></tr><tr><td>Status</td><td>Open</td></tr></table>"
         "<p>Most requests receive a first answer within 24 hours.</p><p>If you need to add information, reply to this message "
         "and keep the case number in the subject line.</p><p>AWS Training and Certification</p></body></html>" % H)
    emit(71, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-08-08 06:18"), subject=subj_case(H, "[CASE"),
         auth=auth_gmail("amazon.com", SES % "9d01"), content=leaf(h, "html", cte="quoted-printable"),
         label=L("acknowledgement", False, H), note="HTML-only ack with a table; conditional reply instruction")

    # 072 info_request H ('can you confirm' the address - not the merge)
    t72 = ("Hi Haruka,\n\nThanks for getting in touch again. You mention an old profile from your university days, but I can't "
           "find one under the address you gave (h.nishida@st.kotobuki-u.ac.jp). Can you confirm the exact email address that was "
           "on that profile? Even an old alias or forwarding address may be the one we have.\n\nThanks,\nColm")
    emit(72, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-08-08 09:02"), subject=subj_case(H), parent=71,
         auth=auth_gmail("amazon.com", SES % "9d02"), content=leaf(t72, cte="7bit"), text=t72,
         label=L("info_request", True, H),
         note="'Can you confirm the exact email address' - the word confirm, but it asks for information")

    # 073 user reply H
    t = ("Hi Colm,\n\nIt was probably nishida.haruka.2016@st.kotobuki-u.ac.jp; the university changed its address format in 2019. "
         "Candidate ID, in case it helps: AWS05214693.\n\nHaruka\n"
         + gmail_q(DATE[72].astimezone(JST), "%s <%s>" % (TC_NAME, TC), t72))
    emit(73, frm=fa("Haruka Nishida", ME), to=TC, date=dt("2025-08-08 21:30", JST), subject="Re: " + subj_case(H), parent=72,
         mid="<CAH8tq2Ag0jD8uXh3wLy9Fr0oT4_bEj7Kk8%02d@mail.gmail.com>" % 73,
         content=leaf(t), label=L("user_reply", False, H, ["AWS05214693"]), note="own reply with a candidate ID")

    # 074 confirmation_request H (bare question)
    t74 = ("Hi Haruka,\n\nThat was it. Here is what I have:\n\nAccount #1 - login %s, notifications to the same address "
           "(AWS11940277)\nAccount #2 - login nishida.haruka.2016@st.kotobuki-u.ac.jp, notifications to the same address "
           "(AWS05214693)\n\nMerge #2 into #1 and keep #1 - is that right?\n\nColm" % ME)
    emit(74, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-08-09 01:11"), subject=subj_case(H), parent=73,
         auth=auth_gmail("amazon.com", SES % "9d03"), content=leaf(t74, cte="7bit"), text=t74,
         label=L("confirmation_request", True, H, ["AWS11940277", "AWS05214693"]),
         note="terse confirmation as a bare question, no please, no 'confirm'")

    # 075 confirmation_request H reminder (Japanese top-posted over English quote)
    t = ("西田 様\n\nAWS トレーニングと認定サポートの森と申します。担当の Colm に代わりご連絡いたします。\n\n"
         "8月9日にお送りしたメール(下記)について、まだご返信を確認できておりません。アカウント2をアカウント1へ統合し、"
         "アカウント1を残すという内容でよろしいか、ご確認いただけますか。ご返信をいただき次第、作業に着手いたします。\n\n森\n"
         + gmail_q(DATE[74], "%s <%s>" % (TC_NAME, TC), t74))
    emit(75, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-08-12 02:30"), subject=subj_case(H), parent=74,
         auth=auth_gmail("amazon.com", SES % "9d04"), content=leaf(t, cte="quoted-printable"),
         label=L("confirmation_request", True, H),
         note="Japanese reminder top-posted over the English request; IDs only in the quote")

    # 076 Japanese phishing lookalike with a real case number
    t = ("西田 様\n\nAWS認定アカウントの統合手続きが完了しておりません(ケース番号: %s)。\n"
         "以下のリンクより本人確認を行い、残すアカウントをご選択ください。24時間以内にお手続きがない場合、保有資格は失効いたします。\n\n"
         "https://aws-nintei-support.jp/merge/verify\n\nAWS認定サポート事務局\n" % H)
    emit(76, frm=fa("AWS認定サポート", "no-reply@aws-nintei-support.jp"), to=ME, date=dt("2025-08-13 10:20"),
         subject="【重要】AWS認定アカウント統合のご確認", auth=auth_gmail("aws-nintei-support.jp", "no-reply@aws-nintei-support.jp"),
         content=leaf(t), label=L("suspicious", False, None),
         note="Japanese phishing from a lookalike domain quoting the real case number")

    # 077 closing notice H (already closed, reply reopens)
    t77 = ("Hello Haruka,\n\nSince we didn't receive a reply to our last two messages, case %s has now been closed.\n\n"
           "Nothing is lost: if you would still like the university profile merged, answer this email and the case will be "
           "reopened with its full history.\n\nAWS Training and Certification" % H)
    emit(77, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-08-15 00:05"), subject=subj_case(H), parent=75,
         auth=auth_gmail("amazon.com", SES % "9d05"), content=leaf(t77 + SIG, cte="7bit"), text=t77,
         label=L("closing_notice", True, H), note="closing notice in past tense (has been closed; answering reopens)")

    # 078 user reply H
    t = ("Hi,\n\nSorry, I was travelling. Yes: keep Account #1 and merge Account #2 into it.\n\nHaruka\n"
         + gmail_q(DATE[77].astimezone(JST), "%s <%s>" % (TC_NAME, TC), t77))
    emit(78, frm=fa("Haruka Nishida", ME), to=TC, date=dt("2025-08-15 18:45", JST), subject="Re: " + subj_case(H), parent=77,
         mid="<CAH8tq2Bh1kE9vYi4xMz0Gs1pU5_cFk8Ll9%02d@mail.gmail.com>" % 78,
         content=leaf(t), label=L("user_reply", False, H), note="own reply after the case was closed")

    # 079 info_request H (confirm the name, not the merge)
    t79 = ("Hi Haruka,\n\nWelcome back, and thanks. I have reopened the case and noted your choice of Account #1.\n\n"
           "Before I run the merge: the university profile lists your name as \"Nishida Haruka\", while Account #1 has "
           "\"Haruka Nishida\". Please confirm the name you want printed on your certificates after the merge.\n\nColm")
    emit(79, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-08-15 23:50"), subject=subj_case(H), parent=78,
         auth=auth_gmail("amazon.com", SES % "9d06"), content=leaf(t79), text=t79,
         label=L("info_request", True, H),
         note="'Please confirm' + 'before I run the merge' but what is confirmed is the name, not the merge choice")

    # 080 user reply H
    t = ("Haruka Nishida, please - same as on my current certificates.\n\nHaruka\n"
         + gmail_q(DATE[79].astimezone(JST), "%s <%s>" % (TC_NAME, TC), t79))
    emit(80, frm=fa("Haruka Nishida", ME), to=TC, date=dt("2025-08-16 09:12", JST), subject="Re: " + subj_case(H), parent=79,
         mid="<CAH8tq2Ci2lF0wZj5yNa1Ht2qV6_dGl9Mm0%02d@mail.gmail.com>" % 80,
         content=leaf(t), label=L("user_reply", False, H), note="own short reply")

    # 081 case_update H (merge underway)
    t = ("Hi Haruka,\n\nThanks. The merge is underway now. Profiles with older exam records can take up to 48 hours to finish "
         "copying, so you may see a partial history in the meantime. I will confirm once it is complete; no action is needed "
         "from you.\n\nColm")
    emit(81, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-08-16 03:40"), subject=subj_case(H), parent=80,
         auth=auth_gmail("amazon.com", SES % "9d07"), content=leaf(t, cte="7bit"),
         label=L("case_update", False, H), note="merge in progress, not yet done; explicitly no action needed")

    # 082 resolved H
    t = ("Hi Haruka,\n\nThe merge has finished. Account #2's records are now part of Account #1 and the university profile is "
         "closed. This case is resolved. If something doesn't look right, you're welcome to reply.\n\nColm")
    emit(82, frm=fa(TC_NAME, TC), to=ME, date=dt("2025-08-18 01:25"), subject=subj_case(H), parent=81,
         auth=auth_gmail("amazon.com", SES % "9d08"), content=leaf(t, cte="7bit"),
         label=L("resolved", False, H), note="short resolution with conditional reply offer")


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml") or f.endswith(".json"):
            os.remove(os.path.join(HERE, f))
    build()
    MSGS.sort(key=lambda m: m[0])
    rows = []
    for i, (n, data, label, note) in enumerate(MSGS, 1):
        base = "%03d-msg" % i
        with open(os.path.join(HERE, base + ".eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(HERE, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((base, label, note))
    write_readme(rows)
    print("wrote %d messages" % len(rows))


def write_readme(rows):
    from collections import Counter
    kinds = Counter(r[1]["kind"] for r in rows)
    nr = sum(1 for r in rows if r[1]["needs_reply"])
    out = ["me: %s %s" % (ME, CO), "",
           "# blind-99: blind held-out corpus", "",
           "Owner: Haruka Nishida (Nishida Haruka), personal Gmail address and old company address at Kairo Systems "
           "(an APN partner; the company mailbox closes after 2025-05-30). Generated by `gen.py` (standard library only): "
           "`python3 gen.py` rewrites every `NNN-msg.eml` / `NNN-msg.json` and this README.", "",
           "This set leans on two distinctions: (a) support asking for information (old address, name spelling, candidate ID, "
           "screenshot, exam date) versus asking to confirm the merge / the account to keep; (b) progress updates "
           "(still working, passed to another team) versus holds waiting on a partner or outside party versus updates that "
           "also ask something.", "",
           "Labelling conventions used here:",
           "- A mail that asks both for the merge confirmation and for some information is `confirmation_request`.",
           "- A hold (explicitly paused waiting on a partner organization / outside party) stays `on_hold` even when it asks a "
           "question; then `needs_reply` is true.",
           "- Handing the case to another internal AWS team, or 'still working on it', is `case_update`.",
           "- Progress news followed by an ask (not a hold) is `info_request`.",
           "- A mail from the owner asking support something is `user_reply` with `needs_reply` false.", "",
           "## Cases", "",
           "| case | digits | thread |", "|---|---|---|",
           "| %s | 15 | form case filed from the company address: info request, APN hold, wrong-address reply, confirmation, closing notice, merged |" % G,
           "| %s | 15 | form case from the personal address for a Partner Central SSO profile: partner hold, mixed confirmation, merged, reopened for a missing exam, resolved |" % A,
           "| %s | 15 | duplicate submission of %s (ack + linked update) |" % (B, A),
           "| %s | 10 | console (Support Center) case about a missing exam voucher; must be answered in the Support Center |" % D,
           "| %s | 11 | Japanese form case: same-address duplicate profile, APN hold, HTML confirmation, merged |" % C,
           "| %s | 15 | university profile: info request, confirmation, Japanese reminder, closed for no reply, reopened, merged |" % H,
           "", "Numbers that are not case IDs: 240918375561 (12-digit AWS account), 2193847561 (10-digit invoice number), "
           "482913377 / 318640027 (9-digit registration IDs), 7Q3K-2291, Nimbus DNS #00418227.", "",
           "## Counts", "",
           "messages: %d; needs_reply true: %d" % (len(rows), nr), "",
           "| kind | count |", "|---|---|"]
    out += ["| %s | %d |" % (k, v) for k, v in sorted(kinds.items())]
    out += ["", "## Messages", "", "| file | kind | needs_reply | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
    for base, lab, note in rows:
        out.append("| %s | %s | %s | %s | %s |" % (base, lab["kind"], str(lab["needs_reply"]).lower(), lab["case"] or "-",
                                                  note.replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
