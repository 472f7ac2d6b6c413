#!/usr/bin/env python3
"""Generate a blind corpus of support-case mail (stdlib only).

Run:  python3 gen.py   (files are written next to this script)
"""
import base64, hashlib, json, os, quopri, sys
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "kenji.arakawa.works@gmail.com"
ME_C = "k-arakawa@nishikaze-sys.co.jp"
ME_NAME = "Kenji Arakawa"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_E = "8830215746"        # 2021, 10 digits, badge missing
CASE_D = "12094857361"       # 2023, 11 digits, console case, certificate name
CASE_A = "174553921800482"   # 2025, 15 digits, the account merge
CASE_C = "174554107700913"   # 2025, duplicate of A
CASE_F = "174735812200317"   # 2025, voucher missing after merge (Japanese)
BILLING = "174727190400655"  # AWS billing console case (not T&C)
EDUCATE = "174822056100128"  # AWS Educate form case (not T&C)

CID_OLD = "AWS01983422"   # company certification account
CID_NEW = "AWS07765014"   # personal certification account
CID_UNI = "AWS00412873"   # forgotten university account

SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"

# --------------------------------------------------------------------------- helpers

def h(s, cs="utf-8"):
    """Encode a header value only when it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    return formataddr((name, a), charset=cs)


def d(s, tz=0):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(timedelta(hours=tz)))
    return format_datetime(dt)


def hx(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def mid(num, style):
    s = "m%d" % num
    if style == "ses":
        return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            hx(s, 12), hx(s + "a", 8), hx(s + "b", 4), hx(s + "c", 4), hx(s + "d", 4))
    if style == "gmail":
        return "<CAH%s+%s@mail.gmail.com>" % (hx(s, 20).upper(), hx(s + "x", 18))
    if style == "outlook":
        return "<TYCP286MB%s%s@TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM>" % (
            hx(s, 4).upper(), hx(s + "q", 20).upper(), hx(s, 4).upper())
    return "<%s.%s@%s>" % (hx(s, 16), hx(s + "z", 8), style)


def leaf(text, sub="plain", cs="utf-8", cte="7bit"):
    codec = {"shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp"}.get(cs, cs)
    raw = text.encode(codec)
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    else:
        body = raw.decode("utf-8" if cs == "utf-8" else "ascii")
    hdr = [("Content-Type", 'text/%s; charset="%s"' % (sub, cs)),
           ("Content-Transfer-Encoding", cte)]
    return hdr, body


def multi(sub, parts, seed):
    b = "----=_Part_%s_%s" % (hx(seed, 6), hx(seed + "y", 10))
    out = []
    for ph, pb in parts:
        out.append("--" + b)
        out.extend("%s: %s" % kv for kv in ph)
        out.append("")
        out.append(pb.rstrip("\n"))
    out.append("--" + b + "--")
    out.append("")
    return [("Content-Type", 'multipart/%s; boundary="%s"' % (sub, b))], "\n".join(out)


def alt(text, html, seed, cs="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf(text, "plain", cs, cte), leaf(html, "html", cs, cte)], seed)


def quote_gmail(when, who, text):
    body = "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))
    return "On %s %s wrote:\n%s\n" % (when, who, body)


def quote_outlook(frm, sent, to, subj, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (frm, sent, to, subj, text.strip("\n")))


def quote_jp(when, who, text):
    body = "\n".join(("> " + l if l else ">") for l in text.strip("\n").split("\n"))
    return "%s %s:\n\n%s\n" % (when, who, body)


def auth_gmail(domain, ok=True, mailfrom=None, ip="54.240.48.%d"):
    mf = mailfrom or domain
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=sel1 header.b=Kq%s;\n"
                "       spf=pass (google.com: domain of bounce@%s designates 54.240.48.91 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (domain, hx(domain, 6), mf, mf, domain))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=sel1 header.b=Zx%s;\n"
            "       spf=fail (google.com: domain of %s does not designate 185.213.22.40 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (domain, hx(domain, 6), mf, mf, domain))


def auth_o365(domain, ok=True):
    if ok:
        return ("spf=pass (sender IP is 54.240.27.18) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (domain, domain, domain))
    return ("spf=fail (sender IP is 185.213.22.40) smtp.mailfrom=%s; dkim=none (message not signed)\n"
            " header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % (domain, domain))


def received(to_addr, date, frm_host="a48-91.smtp-out.amazonses.com", ip="54.240.48.91"):
    if to_addr.endswith("gmail.com"):
        return ("from %s (%s [%s])\n        by mx.google.com with ESMTPS id x%s\n"
                "        for <%s>;\n        %s" % (frm_host, frm_host, ip, hx(date, 10), to_addr, date))
    return ("from %s (%s) by TY1PEPF0000A1B2.mail.protection.outlook.com\n"
            " (10.167.241.7) with Microsoft SMTP Server id 15.20.8678.9; %s" % (frm_host, ip, date))


# --------------------------------------------------------------------------- corpus

MSGS = []
IDS = {}


def add(kind, needs, case, cands, note, headers, part, crlf=False, mstyle="ses", msgid=None):
    num = len(MSGS) + 1
    m = msgid or mid(num, mstyle)
    IDS[num] = m
    hdrs = []
    have_mid = False
    for k, v in headers:
        if k == "Message-ID":
            have_mid = True
        hdrs.append((k, v))
    if not have_mid:
        hdrs.append(("Message-ID", m))
    hdrs.append(("MIME-Version", "1.0"))
    hdrs.extend(part[0])
    lines = ["%s: %s" % kv for kv in hdrs]
    text = "\n".join(lines) + "\n\n" + part[1].rstrip("\n") + "\n"
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    MSGS.append(dict(num=num, kind=kind, needs=needs, case=case, cands=cands, note=note,
                     data=text.encode("utf-8")))
    return num


def support_headers(frm, to, date, subj, inrep=None, auth="gmail", ok=True, extra=()):
    hs = []
    if auth == "gmail":
        hs.append(("Received", received(to, date) if ok else received(to, date, "mail.relay-7.biz", "185.213.22.40")))
        hs.append(("Authentication-Results", auth_gmail(frm.split("@")[-1].rstrip(">"), ok)))
    elif auth == "o365":
        hs.append(("Received", received(to, date)))
        hs.append(("Authentication-Results", auth_o365(frm.split("@")[-1].rstrip(">"), ok)))
    hs += [("From", frm), ("To", to), ("Subject", subj), ("Date", date)]
    if inrep:
        hs.append(("In-Reply-To", IDS[inrep[-1]]))
        hs.append(("References", " ".join(IDS[i] for i in inrep)))
    hs.extend(extra)
    return hs


def own_headers(frm, to, date, subj, inrep=None, cc=None, extra=()):
    hs = [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", subj), ("Date", date)]
    if inrep:
        hs.append(("In-Reply-To", IDS[inrep[-1]]))
        hs.append(("References", " ".join(IDS[i] for i in inrep)))
    hs.extend(extra)
    return hs


TCF = addr("Amazon Web Services", TC)
ME_PF = addr(ME_NAME, ME_P)
ME_CF = addr("Arakawa Kenji / 荒川 健二", ME_C)
CONS = addr("Amazon Web Services", CONSOLE)

CONSOLE_FOOT = (
    "\n\nTo see all the details of this case or to respond, open the AWS Support Center:\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
    "Note: this mailbox is not monitored and cannot accept incoming e-mails. Replies sent to "
    "this address are discarded; use the link above instead.\n\n"
    "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
    "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services "
    "Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")

# ======================================================================== 2021: case E
n001 = add("certification", False, None, [CID_OLD],
    "CertMetrics pass notice with candidate ID; program mail, not a case",
    support_headers(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
                    d("2021-09-14 03:12:40"), "Congratulations, you are now AWS Certified!", auth="o365"),
    alt("Hello Kenji Arakawa,\n\nWell done - you passed the AWS Certified Solutions Architect - Associate "
        "exam (SAA-C02) and are now AWS Certified.\n\nCandidate ID: %s\nValidation number: 7TQ2LM3B1E4QQ5SW\n"
        "Certification date: Sep 13, 2021\nExpiration date: Sep 13, 2024\n\nYour digital badge will be "
        "issued by Credly within a few days. Certification benefits, such as a discount on your next exam, "
        "are listed in your AWS Certification Account.\n\nAWS Training and Certification\n" % CID_OLD,
        "<html><body><p>Hello Kenji Arakawa,</p><p>Well done &ndash; you passed the <b>AWS Certified Solutions "
        "Architect &ndash; Associate</b> exam (SAA-C02) and are now AWS Certified.</p><table>"
        "<tr><td>Candidate ID</td><td>%s</td></tr><tr><td>Validation number</td><td>7TQ2LM3B1E4QQ5SW</td></tr>"
        "<tr><td>Certification date</td><td>Sep 13, 2021</td></tr><tr><td>Expiration date</td><td>Sep 13, 2024</td></tr>"
        "</table><p>Your digital badge will be issued by Credly within a few days. Certification benefits, "
        "such as a discount on your next exam, are listed in your AWS Certification Account.</p>"
        "<p>AWS Training and Certification</p></body></html>" % CID_OLD, "e1"))

n002 = add("unrelated", False, None, [],
    "GitHub review request at company address; noise",
    support_headers(addr("Yuta Mori", "notifications@github.com"), ME_C, d("2021-09-16 08:40:02"),
                    "Re: [nishikaze/infra-tools] Add terraform module for VPC endpoints (PR #233)",
                    auth="o365", ok=True,
                    extra=[("List-ID", "nishikaze/infra-tools <infra-tools.nishikaze.github.com>"),
                           ("X-GitHub-Reason", "review_requested")]),
    leaf("@k-arakawa requested your review on: nishikaze/infra-tools#233 Add terraform module for VPC endpoints.\n\n"
         "-- \nReply to this email directly, view it on GitHub:\nhttps://github.com/nishikaze/infra-tools/pull/233\n"
         "You are receiving this because your review was requested.\n"), mstyle="github.com")

n003 = add("acknowledgement", False, CASE_E, [],
    "2021-style acknowledgement, 10-digit case id, reply-to-this-mail footer looks like an invitation",
    support_headers(TCF, ME_C, d("2021-09-20 06:02:11"),
                    "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_E, auth="o365"),
    leaf("Hello,\n\nThank you for reaching out to AWS Training and Certification. This note confirms that your "
         "request reached us; case %s has been created for it.\n\nOur team normally responds within one business "
         "day. To keep things moving quickly, please keep all correspondence on this case rather than submitting "
         "the form again.\n\nCase ID: %s\nSubject: Badge for SAA-C02 not received\nSeverity: General question\n\n"
         "Kind regards,\nAWS Training and Certification Customer Service\n" % (CASE_E, CASE_E)), crlf=True)

n004 = add("info_request", True, CASE_E, [],
    "Asks for candidate ID and Credly e-mail; 9-digit Pearson VUE number is not a case id; request phrased as 'we'd need'",
    support_headers(TCF, ME_C, d("2021-09-21 14:31:55"),
                    "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_E,
                    inrep=[n003], auth="o365"),
    leaf("Hi Kenji,\n\nMy name is Rahul and I'll be looking after your badge request.\n\nI found an exam "
         "appointment under Pearson VUE registration 418290337 for SAA-C02 on September 13, but I can't tie it to a "
         "Credly profile yet. Before I can push the badge again, we'd need two things from you: the candidate ID "
         "shown at the top right of your AWS Certification Account, and the e-mail address your Credly profile is "
         "registered with.\n\nThanks,\nRahul\nAWS Training and Certification\n"), crlf=True)

n005 = add("user_reply", False, CASE_E, [CID_OLD],
    "Owner's Outlook reply with candidate ID, Outlook-style quoted original below",
    own_headers(ME_CF, TC, d("2021-09-21 23:48:09", 9),
                "RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_E,
                inrep=[n003, n004]),
    leaf("Hi Rahul,\n\nThanks for checking. My candidate ID is %s.\nThe Credly profile uses my private address, "
         "%s.\n\nBest regards,\nKenji Arakawa\nNishikaze Systems Co., Ltd. / Cloud Infrastructure Group\n\n"
         % (CID_OLD, ME_P) + quote_outlook("Amazon Web Services <%s>" % TC, "Tuesday, September 21, 2021 11:31 PM",
         "Arakawa Kenji / 荒川 健二 <%s>" % ME_C,
         "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_E,
         "Hi Kenji,\n\nMy name is Rahul and I'll be looking after your badge request. ... we'd need two things from "
         "you: the candidate ID shown at the top right of your AWS Certification Account, and the e-mail address "
         "your Credly profile is registered with.\n\nThanks,\nRahul"), cte="quoted-printable"),
    crlf=True, mstyle="outlook")

n006 = add("resolved", False, CASE_E, [],
    "Badge reissued; Outlook quote below still contains the old request; conditional 'reply if' line",
    support_headers(TCF, ME_C, d("2021-09-23 02:15:30"),
                    "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_E,
                    inrep=[n003, n004, n005], auth="o365"),
    leaf("Hi Kenji,\n\nGood news: I linked the exam record to the Credly profile for %s and re-sent the badge. "
         "You should find an invitation from Credly in that inbox shortly. Nothing else is needed on your side, "
         "and I've set this case to resolved.\n\nShould the badge still not appear after 48 hours, a reply here "
         "will bring the case back to me.\n\nRahul\nAWS Training and Certification\n\n" % ME_P
         + quote_outlook("Arakawa Kenji / 荒川 健二 <%s>" % ME_C, "Wednesday, September 22, 2021 7:48 AM", TC,
         "RE: RE:[CASE %s] ..." % CASE_E,
         "Hi Rahul,\n\nThanks for checking. My candidate ID is %s.\n\n"
         "> we'd need two things from you: the candidate ID shown at the top right of your AWS Certification "
         "Account, and the e-mail address your Credly profile is registered with." % CID_OLD)), crlf=True)

n007 = add("badge", False, None, [],
    "Old Credly sender (youracclaim.com) to the personal address",
    support_headers(addr("Credly", "admin@youracclaim.com"), ME_P, d("2021-09-23 02:40:12"),
                    "Kenji, you've been awarded a badge by Amazon Web Services Training and Certification"),
    alt("Hi Kenji,\n\nAmazon Web Services Training and Certification has issued you a new badge: AWS Certified "
        "Solutions Architect - Associate.\n\nAccept your badge: https://www.youracclaim.com/badges/"
        "3f9c2d1e-7b44-4e1a-9a2f-0c5d8e61b7aa/accept\n\nShare it on LinkedIn or add it to your email signature.\n\n"
        "Credly, Inc.\n",
        "<html><body><h2>Congratulations, Kenji!</h2><p>Amazon Web Services Training and Certification has issued you "
        "a new badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p><p><a href=\"https://www.youracclaim"
        ".com/badges/3f9c2d1e-7b44-4e1a-9a2f-0c5d8e61b7aa/accept\">Accept badge</a></p></body></html>", "e7"),
    mstyle="youracclaim.com")

n008 = add("survey", False, CASE_E, [],
    "Post-case satisfaction survey; links only, no question to answer by mail",
    support_headers(addr("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_C, d("2021-09-24 10:00:03"),
                    "How did we do on case %s?" % CASE_E, auth="o365"),
    alt("Hello,\n\nYour recent case with AWS Training and Certification (case %s) was marked resolved. Would you "
        "spend one minute telling us how it went?\n\nHow satisfied were you with the support you received?\n"
        "Very satisfied: https://survey.aws-cs.example.amazon.com/s?c=%s&r=5\n"
        "Very dissatisfied: https://survey.aws-cs.example.amazon.com/s?c=%s&r=1\n\n"
        "This survey is anonymous and voluntary.\n" % (CASE_E, CASE_E, CASE_E),
        "<html><body><p>Hello,</p><p>Your recent case with AWS Training and Certification (case %s) was marked "
        "resolved. Would you spend one minute telling us how it went?</p><p>"
        "<a href=\"https://survey.aws-cs.example.amazon.com/s?c=%s&r=5\">&#9733;&#9733;&#9733;&#9733;&#9733;</a> ... "
        "<a href=\"https://survey.aws-cs.example.amazon.com/s?c=%s&r=1\">&#9733;</a></p>"
        "<p style=\"font-size:11px\">This survey is anonymous and voluntary.</p></body></html>"
        % (CASE_E, CASE_E, CASE_E), "e8"))

# ======================================================================== 2023: console case D
n009 = add("unrelated", False, None, [],
    "AWS billing statement; AWS sender, 12-digit account id",
    support_headers(addr("Amazon Web Services", "aws-billing@amazon.com"), ME_P, d("2023-03-02 08:11:45"),
                    "Amazon Web Services Billing Statement Available [Account: 381924570061]"),
    leaf("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the "
         "account ending in 0061, is available on the AWS web site. Your account will be charged the following:\n\n"
         "Total: $4.87\n\nYou can see a complete break down of all charges on the Billing page.\n\n"
         "Sincerely,\nAmazon Web Services\n"))

n010 = add("acknowledgement", False, CASE_D, [],
    "Console case opened (New Support case subject); footer says mailbox cannot receive mail",
    support_headers(CONS, ME_P, d("2023-06-05 01:22:18"), "Amazon Web Services: New Support case: %s" % CASE_D),
    leaf("Dear AWS customer,\n\nWe have received your request and created case %s. A member of our team will get "
         "back to you as soon as possible.\n\nCase ID: %s\nSubject: Misspelled name on AWS Certification certificate\n"
         "Severity: General guidance\nCorrespondence: My certificate PDF says \"Kenji Arakwa\". Please correct the "
         "family name to Arakawa.\n" % (CASE_D, CASE_D) + CONSOLE_FOOT % CASE_D))

n011 = add("info_request", True, CASE_D, [],
    "Console case asks for info; must be answered in Support Center, not by e-mail",
    support_headers(CONS, ME_P, d("2023-06-06 19:05:44"),
                    "RE:[CASE %s] Misspelled name on AWS Certification certificate" % CASE_D, inrep=[n010]),
    alt("Hello Kenji,\n\nThanks for flagging the spelling. Certificates are generated from the legal name on the "
        "certification profile, which has to match the ID you present at the test center.\n\nIn order to change "
        "it, I need the full legal name exactly as printed on that ID, in Latin characters, plus the middle name "
        "if there is one. Please add it as a reply to this case in the Support Center - answers sent to this "
        "e-mail never reach me.\n\nBest,\nElena M.\nAmazon Web Services\n" + CONSOLE_FOOT % CASE_D,
        "<html><body><p>Hello Kenji,</p><p>Thanks for flagging the spelling. Certificates are generated from the "
        "legal name on the certification profile, which has to match the ID you present at the test center.</p>"
        "<p>In order to change it, I need the full legal name exactly as printed on that ID, in Latin characters, "
        "plus the middle name if there is one. Please add it as a reply to this case in the Support Center &ndash; "
        "answers sent to this e-mail never reach me.</p><p>Best,<br>Elena M.<br>Amazon Web Services</p>"
        "<p><a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\">Open the case</a>"
        "</p><p style=\"color:#777\">This mailbox cannot accept incoming e-mails.</p></body></html>" % CASE_D, "d11"))

n012 = add("closing_notice", True, CASE_D, [],
    "HTML-only console reminder: auto-resolve in 3 days unless answered in Support Center",
    support_headers(CONS, ME_P, d("2023-06-09 19:07:02"),
                    "RE:[CASE %s] Misspelled name on AWS Certification certificate" % CASE_D, inrep=[n010, n011]),
    leaf("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">"
         "<p>Hello,</p><p>We are still waiting on the information requested on <b>June 6</b> for case %s.</p>"
         "<table border=\"1\" cellpadding=\"4\"><tr><th>Case</th><th>Status</th></tr><tr><td>%s</td>"
         "<td>Pending customer action</td></tr></table>"
         "<p>Cases with no customer response are resolved automatically after three more days. Adding a "
         "correspondence in the Support Center before then keeps it open; once a case has been resolved for 14 days "
         "it can no longer be reopened.</p>"
         "<p><a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\">View case</a></p>"
         "<p style=\"font-size:11px;color:#777\">Please do not reply to this e-mail; this address cannot accept "
         "incoming e-mails.</p></body></html>" % (CASE_D, CASE_D, CASE_D), "html", "utf-8", "quoted-printable"))

n013 = add("case_update", False, CASE_D, [],
    "Agent thanks for the console reply and passes to another team; asks nothing",
    support_headers(CONS, ME_P, d("2023-06-10 22:41:37"),
                    "RE:[CASE %s] Misspelled name on AWS Certification certificate" % CASE_D, inrep=[n010, n011, n012]),
    leaf("Hello Kenji,\n\nThank you, I have what I need. Name corrections are applied by our certification "
         "operations team, so I have handed the request over to them together with the spelling you gave. Their "
         "turnaround is usually three to five business days; I'll write again once the new certificate is out.\n\n"
         "Elena M.\nAmazon Web Services\n" + CONSOLE_FOOT % CASE_D))

n014 = add("resolved", False, CASE_D, [],
    "Name fixed; console rating footer that reads like a request",
    support_headers(CONS, ME_P, d("2023-06-15 17:30:09"),
                    "RE:[CASE %s] Misspelled name on AWS Certification certificate" % CASE_D, inrep=[n010, n011, n012, n013]),
    leaf("Hello Kenji,\n\nThe profile now shows ARAKAWA, KENJI and the certificates were regenerated overnight; you "
         "can download them from the Certifications page. I am marking this case resolved.\n\nElena M.\n\n"
         "===================================================\nHow did we do? Rate this reply in the Support Center: "
         "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&rating=true\n"
         "Your rating helps us improve.\n===================================================\n" % CASE_D
         + CONSOLE_FOOT % CASE_D))

n015 = add("unrelated", False, None, [],
    "Japanese tech newsletter (UTF-8 base64) mentioning AWS certification",
    support_headers(addr("クラウド週報", "newsletter@cloud-shuhou.jp"), ME_P, d("2023-06-16 21:00:00", 9),
                    h("【クラウド週報 #182】AWS認定の更新ルールが変わります ほか"), auth="gmail",
                    extra=[("List-Unsubscribe", "<https://cloud-shuhou.jp/u/8821>")]),
    leaf("今週のトピック\n\n1. AWS認定の有効期限と再認定の仕組みをおさらい\n2. Terraform 1.5 の import ブロックを試す\n"
         "3. 読者アンケートのお願い(抽選でギフト券)\n\n配信停止はこちら: https://cloud-shuhou.jp/u/8821\n",
         cs="utf-8", cte="base64"), mstyle="cloud-shuhou.jp")

# ======================================================================== 2025: the merge (case A) and friends
n016 = add("certification", False, None, [CID_OLD],
    "Expiry reminder from CertMetrics; sounds urgent but not a case",
    support_headers(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C, d("2025-03-28 04:00:11"),
                    "Action recommended: your AWS Certification expires in 180 days", auth="o365"),
    leaf("Hello Kenji,\n\nYour AWS Certified Solutions Architect - Professional certification (candidate %s) "
         "expires on September 24, 2025. To keep it active, pass the current version of the exam before that date. "
         "A 50%% discount voucher from your previous certification is available under Benefits.\n\n"
         "AWS Certification\n" % CID_OLD))

n017 = add("unrelated", False, None, [],
    "Company HR notice in ISO-2022-JP: company mailbox stops on last day",
    own_headers(addr("人事部 総務課", "soumu@nishikaze-sys.co.jp", "iso-2022-jp"), ME_C,
                d("2025-04-02 10:15:00", 9), h("【ご案内】退職に伴う各種手続きについて", "iso-2022-jp"),
                extra=[("Authentication-Results", auth_o365("nishikaze-sys.co.jp"))]),
    leaf("荒川さん\n\nお疲れさまです。総務課の今井です。\n4月30日付の退職に伴い、以下の手続きをお願いします。\n\n"
         "1. 貸与PCおよび入館証の返却(4月30日 17時まで)\n2. 社用メールアカウントは4月30日 23時59分に停止されます。\n"
         "   必要なメールは事前に各自で保存してください。\n3. 各種外部サービスに社用アドレスで登録している場合は変更をお願いします。\n\n"
         "不明点があれば総務課までご連絡ください。\n\n総務課 今井\n", cs="iso-2022-jp"),
    mstyle="outlook")

n018 = add("unrelated", False, None, [],
    "Builder ID one-time code; 6-digit number is not a case id",
    support_headers(addr("AWS", "no-reply@signin.aws"), ME_P, d("2025-04-10 11:02:45"),
                    "Verify your AWS Builder ID email address"),
    leaf("Hello,\n\nUse this code to finish verifying your email address for your AWS Builder ID:\n\n"
         "Verification code: 804317\n\nThe code expires in 30 minutes. If you didn't ask for it, you can ignore this "
         "message.\n\nAmazon Web Services\n"))

n019 = add("unrelated", False, None, [],
    "Training platform welcome mail (no-reply@aws.training), not certification or a case",
    support_headers(addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
                    d("2025-04-10 11:20:31"), "Welcome to AWS Skill Builder"),
    alt("Hi Kenji,\n\nYour AWS Skill Builder profile is ready. Explore 600+ free digital courses, or upgrade to an "
        "Individual subscription for labs and exam prep.\n\nStart learning: https://skillbuilder.aws/\n",
        "<html><body><h1>Welcome, Kenji</h1><p>Your AWS Skill Builder profile is ready.</p>"
        "<p><a href=\"https://skillbuilder.aws/\">Start learning</a></p></body></html>", "a19"))

n020 = add("acknowledgement", False, CASE_A, [CID_OLD, CID_NEW],
    "Merge acknowledgement echoing the submitted form (with both candidate IDs); duplicate warning",
    support_headers(TCF, ME_P, d("2025-04-25 00:07:22"), "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    leaf("Hello,\n\nThanks for contacting AWS Training and Certification. Your request is now case %s.\n\n"
         "We answer most requests within 24 hours, although some need more research. Submitting the same request "
         "again creates a second case and usually delays both, so please keep to this one.\n\n"
         "The details of your request:\n"
         "Inquiry type: Certification\nAdditional details: Account Merge\n"
         "Description: I am leaving Nishikaze Systems at the end of April. Please merge my company certification "
         "account (%s, %s) into my personal one (%s, %s). Keep %s on file.\n\n"
         "AWS Training and Certification\n" % (CASE_A, ME_C, CID_OLD, ME_P, CID_NEW, ME_P)))

n021 = add("acknowledgement", False, CASE_C, [],
    "Japanese acknowledgement (ISO-2022-JP) of a duplicate form sent from the company address",
    support_headers(addr("アマゾン ウェブ サービス", TC, "iso-2022-jp"), ME_C, d("2025-04-25 00:51:40"),
                    h("RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C),
                    auth="o365"),
    leaf("アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。\n\n"
         "お問い合わせを受け付け、ケース %s を作成しました。担当者より通常24時間以内にご連絡いたしますが、"
         "内容によってはお時間をいただく場合がございます。\n\n"
         "同じ内容のケースがすでにある場合、新たにケースを作成されますと対応が遅れることがございますのでご注意ください。\n\n"
         "ケースID: %s\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n\n"
         "AWS トレーニングと認定 カスタマーサービス\n" % (CASE_C, CASE_C), cs="iso-2022-jp"))

n022 = add("unrelated", False, None, [],
    "Colleague's farewell-party mail, Japanese quoted-printable",
    own_headers(addr("森 悠太", "y-mori@nishikaze-sys.co.jp"), ME_C, d("2025-04-25 12:30:05", 9),
                h("送別会の日程について"),
                extra=[("Authentication-Results", auth_o365("nishikaze-sys.co.jp"))]),
    leaf("荒川さん\n\n送別会ですが、4/28(月) 19時から新橋の店で予約しました。\n参加者は今のところ12名です。"
         "苦手な食べ物があれば教えてください。\n\n森\n", cte="quoted-printable"), mstyle="outlook")

n023 = add("case_update", False, CASE_C, [],
    "Duplicate case closed and linked to the original; mentions the other case number; no action",
    support_headers(TCF, ME_C, d("2025-04-25 22:18:51"), "RE:[CASE %s] %s" % (CASE_C, SUBJ_A),
                    inrep=[n021], auth="o365"),
    leaf("Hello Kenji,\n\nYou sent the account merge request twice, so there are two cases for it. I've closed this "
         "one (%s) and linked it to case %s, where the work continues. There is nothing you need to do here; any "
         "messages about the merge will come from case %s.\n\nRegards,\nPriya S.\nAWS Training and Certification\n"
         % (CASE_C, CASE_A, CASE_A)))

n024 = add("on_hold", True, CASE_A, [],
    "APN partner hold; the employment question is buried in the middle of a long explanation; HTML multipart",
    support_headers(TCF, ME_P, d("2025-04-26 01:44:09"), "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), inrep=[n020]),
    alt("Hello Kenji,\n\nI've looked at both certification accounts on this case.\n\nThe account registered to "
        "%s is associated with an AWS Partner Network organization (Nishikaze Systems Co., Ltd.). Certifications "
        "held through a partner account count toward that partner's tier, so we don't move them out while the "
        "partner association is active. For that reason I have put the merge on hold and opened a review with our "
        "partner team.\n\nThat review goes faster when we know your situation. Are you still employed at "
        "Nishikaze Systems, and if you are leaving, what is your last working day?\n\nOnce the partner team has "
        "removed the association, the merge itself only takes a few minutes.\n\nRegards,\nPriya S.\n"
        "AWS Training and Certification\n" % ME_C,
        "<html><body><p>Hello Kenji,</p><p>I've looked at both certification accounts on this case.</p>"
        "<p>The account registered to <b>%s</b> is associated with an AWS Partner Network organization "
        "(Nishikaze Systems Co., Ltd.). Certifications held through a partner account count toward that partner's "
        "tier, so we don't move them out while the partner association is active. For that reason I have put the "
        "merge <b>on hold</b> and opened a review with our partner team.</p><p>That review goes faster when we know "
        "your situation. Are you still employed at Nishikaze Systems, and if you are leaving, what is your last "
        "working day?</p><p>Once the partner team has removed the association, the merge itself only takes a few "
        "minutes.</p><p>Regards,<br>Priya S.<br>AWS Training and Certification</p></body></html>" % ME_C, "a24"))

T024 = ("Hello Kenji,\n\nI've looked at both certification accounts on this case.\n...\nThat review goes faster when "
        "we know your situation. Are you still employed at Nishikaze Systems, and if you are leaving, what is your "
        "last working day?\n\nRegards,\nPriya S.")

n025 = add("user_reply", False, CASE_A, [],
    "Owner answers the hold question but from the company identity (wrong address), Outlook quoting",
    own_headers(ME_CF, TC, d("2025-04-26 11:05:27", 9), "RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), inrep=[n020, n024]),
    leaf("Hello Priya,\n\nYes, I am leaving. My last working day at Nishikaze Systems is April 30, 2025, and this "
         "company mailbox will be shut down that night. Please send further messages to %s.\n\nThank you,\n"
         "Kenji Arakawa\n\n" % ME_P + quote_outlook("Amazon Web Services <%s>" % TC, "Saturday, April 26, 2025 10:44 AM",
         ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), T024), cte="quoted-printable"), crlf=True, mstyle="outlook")

n026 = add("unrelated", False, None, [],
    "AWS marketing in Japanese (Summit invitation) from the marketing replies address",
    support_headers(addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P, d("2025-04-28 01:00:00"),
                    h("AWS Summit Japan 2025 事前登録受付中 - 認定者ラウンジのご案内")),
    alt("AWS Summit Japan 2025 の事前登録を受け付けています。\nAWS 認定をお持ちの方は会場内の認定者ラウンジをご利用いただけます。\n"
        "登録はこちら: https://aws.amazon.com/jp/summits/japan/\n\n配信停止: https://pages.awscloud.com/unsub\n",
        "<html><body><h2>AWS Summit Japan 2025</h2><p>事前登録を受け付けています。AWS 認定をお持ちの方は会場内の"
        "<b>認定者ラウンジ</b>をご利用いただけます。</p><p><a href=\"https://aws.amazon.com/jp/summits/japan/\">登録する</a>"
        "</p></body></html>", "a26", cte="base64"))

n027 = add("case_update", False, CASE_A, [],
    "Still working: partner team contacted; says it will write again; asks nothing",
    support_headers(TCF, ME_P, d("2025-04-28 09:12:50"), "RE: [CASE %s] %s" % (CASE_A, SUBJ_A), inrep=[n020, n024, n025]),
    leaf("Hi Kenji,\n\nMarco here, covering for Priya today. Thanks for the dates. I've passed your last working day "
         "to the partner team so they can release the association on schedule. This normally takes one to two "
         "business days after the end date; I'll post here as soon as I hear from them.\n\nMarco\n"
         "AWS Training and Certification\n"))

n028 = add("suspicious", False, None, [],
    "Spoofed T&C sender with real-looking case subject; dkim/spf/dmarc fail; credential link",
    support_headers(TCF, ME_P, d("2025-04-29 03:33:12"), "RE:[CASE %s] Action required: verify to complete merge" % CASE_A,
                    ok=False),
    alt("Hello,\n\nYour account merge is ready. To finish, confirm your identity by signing in with your AWS "
        "Builder ID and password here within 24 hours, or the request expires:\n\n"
        "https://aws-training-verify.com/merge/confirm?case=%s\n\nAWS Training and Certification\n" % CASE_A,
        "<html><body><p>Hello,</p><p>Your account merge is ready. To finish, confirm your identity by signing in "
        "with your AWS Builder ID and password within 24 hours, or the request expires.</p>"
        "<p><a href=\"https://aws-training-verify.com/merge/confirm?case=%s\">Confirm merge</a></p></body></html>"
        % CASE_A, "a28"), mstyle="mail-relay-7.biz")

n029 = add("case_update", False, CASE_A, [],
    "Hold lifted; says the merge confirmation will follow; no question",
    support_headers(TCF, ME_P, d("2025-04-30 06:52:04"), "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                    inrep=[n020, n024, n025, n027]),
    leaf("Hello Kenji,\n\nThe partner team has removed the partner association from the old account, so the hold on "
         "this case is lifted. We'll prepare the merge next and contact you before anything is moved.\n\n"
         "Priya S.\nAWS Training and Certification\n"))

n030 = add("user_reply", False, CASE_A, [],
    "Owner forwards the thread from company to personal address before the mailbox closes; forward contains the old question",
    own_headers(ME_CF, ME_P, d("2025-04-30 17:40:10", 9), "FW: RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    leaf("Keeping a copy before the company account is switched off.\n\n"
         "________________________________\nFrom: Amazon Web Services <%s>\nSent: Saturday, April 26, 2025 10:44\n"
         "To: %s\nSubject: RE:[CASE %s] %s\n\n%s\n" % (TC, ME_P, CASE_A, SUBJ_A, T024), cte="quoted-printable"),
    mstyle="outlook")

n031 = add("unrelated", False, None, [],
    "Bounce: note sent to the closed company mailbox comes back",
    support_headers(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
                    d("2025-05-01 02:10:44"), "Delivery Status Notification (Failure)"),
    multi("report", [
        leaf("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be "
             "found, or is unable to receive mail.\n\nThe response was:\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
             "Recipient not found by SMTP address lookup\n" % ME_C),
        ([("Content-Type", "message/delivery-status")],
         "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.10\n" % ME_C),
        ([("Content-Type", "text/rfc822-headers")],
         "From: %s\nTo: %s\nSubject: test after leaving\nDate: %s\n" % (ME_P, ME_C, d("2025-05-01 11:10:20", 9))),
    ], "a31"), mstyle="mx.google.com")

n032 = add("info_request", True, CASE_A, [],
    "Asks the owner to write again from the destination address with both IDs; request split over two sentences",
    support_headers(TCF, ME_P, d("2025-05-02 06:20:33"), "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                    inrep=[n020, n024, n025, n027, n029]),
    leaf("Hi Kenji,\n\nI'm Hyejin and I'll finish this merge with you.\n\nOne thing first. The message we have from "
         "you on this case came from %s. For a merge we can only take instructions from the e-mail address of the "
         "account that will be kept, which here is %s. We need you to send us a short note from that address, with "
         "the candidate IDs of both accounts, before we continue.\n\nThanks,\nHyejin\n"
         "AWS Training and Certification\n" % (ME_C, ME_P)))

n033 = add("user_reply", False, CASE_A, [CID_NEW, CID_OLD],
    "Owner writes from the personal address with both candidate IDs; Gmail quote",
    own_headers(ME_PF, TC, d("2025-05-02 18:02:15", 9), "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                inrep=[n020, n024, n025, n027, n029, n032]),
    leaf("Hi Hyejin,\n\nWriting from %s as requested.\nAccount to keep (personal): %s\nAccount to merge (former "
         "company): %s\n\nBest,\nKenji\n\n" % (ME_P, CID_NEW, CID_OLD)
         + quote_gmail("Fri, May 2, 2025 at 3:20 PM", "Amazon Web Services <%s>" % TC,
         "Hi Kenji,\n\nI'm Hyejin and I'll finish this merge with you.\n\nOne thing first. ... We need you to send "
         "us a short note from that address, with the candidate IDs of both accounts, before we continue.\n\n"
         "Thanks,\nHyejin")), mstyle="gmail")

n034 = add("unrelated", False, None, [],
    "GitHub 'merged' notification: merge wording, not an account merge",
    support_headers(addr("Sara Lindqvist", "notifications@github.com"), ME_P, d("2025-05-03 07:45:19"),
                    "Re: [kenji-arakawa/dotfiles] Merge branch 'feature/zsh' (PR #12)",
                    extra=[("List-ID", "kenji-arakawa/dotfiles <dotfiles.kenji-arakawa.github.com>"),
                           ("X-GitHub-Reason", "author")]),
    leaf("Merged #12 into main.\n\n-- \nReply to this email directly, view it on GitHub:\n"
         "https://github.com/kenji-arakawa/dotfiles/pull/12#event-17223481\n"
         "You are receiving this because you authored the thread.\n"), mstyle="github.com")

T035 = ("Account #1\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n"
        "Candidate ID: %s\n\nAccount #2\nLogin email: %s\nTraining notification email: %s\n"
        "Certification notification email: %s\nCandidate ID: %s\n"
        % (ME_P, ME_P, ME_P, CID_NEW, ME_C, ME_C, ME_C, CID_OLD))

n035 = add("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD],
    "HTML-only (base64) Account #1/#2 table; asks to confirm ownership and the target account",
    support_headers(TCF, ME_P, d("2025-05-05 02:31:08"), "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                    inrep=[n020, n024, n025, n027, n029, n032, n033]),
    leaf("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
         "<body style=\"font-family:Amazon Ember,Arial,sans-serif;font-size:14px\">"
         "<p>Hello Kenji,</p><p>Thank you for writing from the right address. I located these two certification "
         "accounts:</p>"
         "<table style=\"border-collapse:collapse\" border=\"1\" cellpadding=\"6\">"
         "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
         "<tr><td>Login email</td><td>%s</td><td>%s</td></tr>"
         "<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>"
         "<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>"
         "<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr></table>"
         "<p>Before I merge, can you confirm that both accounts are yours and that everything should end up in "
         "<b>Account #1</b>? After the merge Account #2 can no longer be used to sign in.</p>"
         "<p>Best regards,<br>Tom&aacute;s R.<br>AWS Training and Certification</p>"
         "<hr><p style=\"font-size:11px;color:#666\">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA</p>"
         "</body></html>" % (ME_P, ME_C, ME_P, ME_C, ME_P, ME_C, CID_NEW, CID_OLD), "html", "utf-8", "base64"))

n036 = add("unrelated", False, None, [],
    "Skill Builder subscription receipt; AWS training sender, an order number",
    support_headers(addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, d("2025-05-06 04:12:00"),
                    "Your AWS Skill Builder receipt (Order SB-20250506-77412)"),
    alt("Thanks for your purchase.\n\nAWS Skill Builder Individual subscription - monthly\nAmount: USD 29.00\n"
        "Order: SB-20250506-77412\nRenews: June 6, 2025\n\nManage your subscription in Skill Builder.\n",
        "<html><body><p>Thanks for your purchase.</p><table><tr><td>AWS Skill Builder Individual subscription - "
        "monthly</td><td>USD 29.00</td></tr></table><p>Order SB-20250506-77412 &middot; renews June 6, 2025</p>"
        "</body></html>", "a36"))

n037 = add("unrelated", False, None, [],
    "English newsletter with 'confirm your subscription preferences' call to action",
    support_headers(addr("Last Week in Cloud", "hello@lastweekincloud.example.net"), ME_P, d("2025-05-07 13:00:00"),
                    "This week: S3 price cuts, a certification study plan, and your preferences",
                    extra=[("List-Unsubscribe", "<mailto:unsub@lastweekincloud.example.net>")]),
    leaf("Hi there,\n\nThree things this week: S3 storage price cuts in two regions, a 6-week study plan for the "
         "Solutions Architect Professional exam, and a new podcast episode.\n\nCan you confirm you still want this "
         "newsletter? Click here to keep your subscription: https://lastweekincloud.example.net/keep\n"),
    mstyle="lastweekincloud.example.net")

n038 = add("closing_notice", True, CASE_A, [],
    "Reminder: case closes in 3 business days without confirmation; reply keeps it open; quotes the table",
    support_headers(TCF, ME_P, d("2025-05-10 01:05:47"), "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                    inrep=[n020, n024, n025, n027, n029, n032, n033, n035]),
    leaf("Hello Kenji,\n\nJust following up on the message below. We haven't had your confirmation yet. If we don't "
         "hear from you within three business days, this case will be closed; replying to this e-mail keeps it "
         "open.\n\nTomás R.\nAWS Training and Certification\n\n"
         + quote_gmail("Mon, May 5, 2025 at 2:31 AM", "Amazon Web Services", T035 + "\nBefore I merge, can you "
         "confirm that both accounts are yours and that everything should end up in Account #1?"),
         cte="quoted-printable"))

n039 = add("user_reply", False, CASE_A, [],
    "Owner's short confirmation, top-posted over quoted request",
    own_headers(ME_PF, TC, d("2025-05-10 12:22:05", 9), "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                inrep=[n020, n024, n025, n027, n029, n032, n033, n035, n038]),
    leaf("Hi Tomás,\n\nSorry for the slow answer. Yes, both accounts are mine - go ahead and merge everything into "
         "Account #1 (%s).\n\nKenji\n\n" % ME_P + quote_gmail("Sat, May 10, 2025 at 10:05 AM",
         "Amazon Web Services <%s>" % TC, "Hello Kenji,\n\nJust following up on the message below. We haven't had "
         "your confirmation yet. If we don't hear from you within three business days, this case will be closed; "
         "replying to this e-mail keeps it open."), cte="quoted-printable"), mstyle="gmail")

n040 = add("resolved", False, CASE_A, [],
    "Merge done; quotes the earlier confirmation request incl. candidate IDs; conditional 'if anything is missing'",
    support_headers(TCF, ME_P, d("2025-05-10 04:01:13"), "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                    inrep=[n020, n024, n025, n027, n029, n032, n033, n035, n038, n039]),
    leaf("Hello Kenji,\n\nThank you for confirming. Both accounts are now merged: exam history, certifications and "
         "benefits from Account #2 sit under Account #1 (%s). No further action is required from you. If something "
         "looks missing when you sign in, let us know by replying to this e-mail.\n\nTomás R.\n"
         "AWS Training and Certification\n\n" % ME_P
         + quote_gmail("Sat, May 10, 2025 at 12:22 PM", "Kenji Arakawa <%s>" % ME_P,
         "Hi Tomás,\n\nSorry for the slow answer. Yes, both accounts are mine - go ahead and merge everything into "
         "Account #1.\n\n" + quote_gmail("Mon, May 5, 2025 at 2:31 AM", "Amazon Web Services", T035 +
         "\nBefore I merge, can you confirm that both accounts are yours and that everything should end up in "
         "Account #1?"))))

n041 = add("badge", False, None, [],
    "Credly badge mail right after the merge; UUID in link",
    support_headers(addr("Credly", "admin@credly.com"), ME_P, d("2025-05-10 04:30:52"),
                    "Accept your new badge from Amazon Web Services Training and Certification"),
    alt("Hi Kenji,\n\nAmazon Web Services Training and Certification issued you the AWS Certified Solutions "
        "Architect - Professional badge.\n\nAccept it here: https://www.credly.com/badges/"
        "a71d09e2-44c3-4b8e-bc25-9e0f4a8d3c11/accept\n\nCredly\n",
        "<html><body><p>Hi Kenji,</p><p>Amazon Web Services Training and Certification issued you the "
        "<b>AWS Certified Solutions Architect &ndash; Professional</b> badge.</p><p><a href=\"https://www.credly.com/"
        "badges/a71d09e2-44c3-4b8e-bc25-9e0f4a8d3c11/accept\">Accept badge</a></p></body></html>", "a41"),
    mstyle="credly.com")

n042 = add("survey", False, CASE_A, [],
    "Satisfaction survey for case A; has a question ('how likely') but needs no mail reply",
    support_headers(addr("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_P, d("2025-05-11 10:00:07"),
                    "Tell us about your recent AWS support experience (case %s)" % CASE_A),
    alt("Hi Kenji,\n\nHow likely are you to recommend AWS Training and Certification support to a colleague, based "
        "on case %s? Pick a score from 0 to 10:\nhttps://survey.aws-cs.example.amazon.com/n?c=%s\n\n"
        "Replies to this message are not read.\n" % (CASE_A, CASE_A),
        "<html><body><p>Hi Kenji,</p><p>How likely are you to recommend AWS Training and Certification support to "
        "a colleague, based on case %s?</p><p>" % CASE_A + " ".join(
            "<a href=\"https://survey.aws-cs.example.amazon.com/n?c=%s&s=%d\">%d</a>" % (CASE_A, i, i) for i in range(11))
        + "</p><p style=\"font-size:11px\">Replies to this message are not read.</p></body></html>", "a42"))

n043 = add("certification", False, None, [],
    "CertMetrics 'wants to hear from you' program survey: certification, not a case survey",
    support_headers(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, d("2025-05-12 15:00:00"),
                    "AWS Certification wants to hear from you"),
    alt("Hello Kenji,\n\nAs an AWS Certified individual, your view shapes our exams. Take our 10-minute survey about "
        "how you use your certification at work: https://survey.certmetrics.com/aws/2025q2\n\n"
        "AWS Certification\n",
        "<html><body><p>Hello Kenji,</p><p>As an AWS Certified individual, your view shapes our exams. Take our "
        "10-minute survey about how you use your certification at work.</p><p><a href=\"https://survey.certmetrics"
        ".com/aws/2025q2\">Start the survey</a></p></body></html>", "a43"))

n044 = add("suspicious", False, None, [],
    "Credly lookalike domain; claims badges will be revoked after merge",
    support_headers(addr("Credly Badges", "support@credly-badge-verify.com"), ME_P, d("2025-05-13 09:14:22"),
                    "Your AWS badges will be revoked - verify your account after merge",
                    extra=[]),
    alt("Dear Earner,\n\nWe detected that your AWS Certification account was merged. Badges attached to merged "
        "accounts are revoked after 48 hours unless the earner re-verifies. Reply with your Credly password or use "
        "the secure form: http://credly-badge-verify.com/reverify\n\nCredly Trust & Safety\n",
        "<html><body><p>Dear Earner,</p><p>We detected that your AWS Certification account was merged. Badges attached "
        "to merged accounts are <b>revoked after 48 hours</b> unless the earner re-verifies.</p>"
        "<p><a href=\"http://credly-badge-verify.com/reverify\">Re-verify now</a></p></body></html>", "a44"),
    mstyle="credly-badge-verify.com")

n045 = add("unrelated", False, None, [],
    "Other vendor's helpdesk: 'solved, will close if no reply' - looks like a closing notice",
    support_headers(addr("Backlog Support", "support@backlog-help.example.com"), ME_P, d("2025-05-14 05:40:11"),
                    "[Backlog Support] Request #48213: API rate limit question - Solved"),
    leaf("##- Please type your reply above this line -##\n\nYour request (48213) has been solved. If we don't hear "
         "from you, it will close automatically in 4 days. Reply to this e-mail to reopen it.\n\n"
         "Naoki (Backlog Support)\nMay 14, 2025, 14:40 JST\n\nThe limit is 600 requests per minute per API key.\n"),
    mstyle="backlog-help.example.com")

n046 = add("unrelated", False, None, [],
    "AWS console case about billing (not T&C): New Support case subject from no-reply-aws",
    support_headers(CONS, ME_P, d("2025-05-15 03:28:40"), "Amazon Web Services: New Support case: %s" % BILLING),
    leaf("Dear AWS customer,\n\nWe have received your request and created case %s.\n\nCase ID: %s\nSubject: "
         "Unexpected Elastic IP charges on account 381924570061\nSeverity: General guidance\n" % (BILLING, BILLING)
         + CONSOLE_FOOT % BILLING))

n047 = add("acknowledgement", False, CASE_F, [],
    "Japanese acknowledgement (UTF-8 base64) of a new case about a missing voucher",
    support_headers(addr("アマゾン ウェブ サービス", TC), ME_P, d("2025-05-16 01:42:02"),
                    h("RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F)),
    leaf("荒川 様\n\nAWS トレーニングと認定へのお問い合わせありがとうございます。\nケース番号 %s にて承りました。\n\n"
         "担当者より原則24時間以内にご連絡いたします。調査内容によってはお時間を頂戴する場合がございます。"
         "同じご用件で新しいケースを作成されますと回答が遅れる原因となりますので、ご遠慮くださいますようお願いいたします。\n\n"
         "お問い合わせ内容:\nアカウント統合後、50%%割引バウチャーが特典ページに表示されません。\n\n"
         "AWS トレーニングと認定 カスタマーサービス\n" % CASE_F, cte="base64"))

n048 = add("unrelated", False, None, [],
    "Billing console case asks for information: a real AWS request, but not a T&C case",
    support_headers(CONS, ME_P, d("2025-05-16 20:11:09"),
                    "RE:[CASE %s] Unexpected Elastic IP charges on account 381924570061" % BILLING, inrep=[n046]),
    leaf("Hello,\n\nThe charges come from two Elastic IP addresses in ap-northeast-1 that are not attached to a "
         "running instance. Could you let us know whether you still need them? If not, release them and we can "
         "look at a one-time credit.\n\nBest regards,\nJun W.\nAWS Billing and Accounts\n" + CONSOLE_FOOT % BILLING))

T049 = ("荒川 様\n\nお問い合わせいただきありがとうございます。AWS トレーニングと認定の佐藤でございます。\n\n"
        "統合後のアカウントを確認いたしましたところ、試験履歴と認定資格は正しく移行されておりましたが、"
        "特典の50%割引バウチャーは統合元アカウントの利用期限の情報と紐づいているため、自動では移行されない仕組みとなっております。\n\n"
        "再発行の手続きを進めるにあたり、統合元アカウントの候補IDと、お手元にバウチャーコードの控えがございましたらその内容を、"
        "本メールへのご返信にてお知らせいただけますでしょうか。\n\n"
        "お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。\n\n"
        "AWS トレーニングと認定 カスタマーサービス\n佐藤\n")

n049 = add("info_request", True, CASE_F, [],
    "Japanese keigo request (Shift_JIS base64) buried after a long explanation",
    support_headers(addr("AWS トレーニングと認定", TC, "shift_jis"), ME_P, d("2025-05-17 00:58:31"),
                    h("RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F),
                    inrep=[n047]),
    leaf(T049, cs="shift_jis", cte="base64"))

n050 = add("unrelated", False, None, [],
    "Out-of-office auto-reply from a former colleague, mentions 'reply'",
    own_headers(addr("森 悠太", "y-mori@nishikaze-sys.co.jp"), ME_P, d("2025-05-17 10:30:03", 9),
                h("自動応答: 先日はありがとうございました"),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                       ("Authentication-Results", auth_gmail("nishikaze-sys.co.jp"))]),
    leaf("5月16日から5月20日まで休暇のため不在にしております。5月21日以降に順次返信いたします。\n"
         "I am out of the office until May 20 and will reply when I return.\n", cte="quoted-printable"),
    mstyle="outlook")

n051 = add("user_reply", False, CASE_F, [CID_OLD],
    "Owner's Japanese reply (ISO-2022-JP) with candidate ID; Japanese Gmail quote header",
    own_headers(ME_PF, TC, d("2025-05-17 21:14:40", 9),
                h("Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F),
                inrep=[n047, n049]),
    leaf("佐藤様\n\nご連絡ありがとうございます。\n統合元アカウントの候補IDは %s です。\n"
         "バウチャーコードの控えは残っておりませんが、2024年9月の再認定時に付与されたものです。\n\n"
         "よろしくお願いいたします。\n荒川 健二\n\n" % CID_OLD
         + quote_jp("2025年5月17日(土) 9:58", "AWS トレーニングと認定 <%s>" % TC, T049), cs="iso-2022-jp"),
    mstyle="gmail")

n052 = add("unrelated", False, None, [],
    "Genuine Pearson VUE appointment confirmation; 9-digit registration number",
    support_headers(addr("Pearson VUE", "noreply@pearson.com"), ME_P, d("2025-05-19 06:31:20"),
                    "Confirmation of your AWS Certified Security - Specialty exam appointment"),
    alt("Dear Kenji Arakawa,\n\nThank you for scheduling with Pearson VUE.\n\nExam: SCS-C02 AWS Certified Security - "
        "Specialty\nRegistration ID: 512047738\nDate: Saturday, June 21, 2025 10:00 JST\nLocation: OnVUE online\n\n"
        "Review the testing policies before your exam.\n",
        "<html><body><p>Dear Kenji Arakawa,</p><p>Thank you for scheduling with Pearson VUE.</p><table>"
        "<tr><td>Exam</td><td>SCS-C02 AWS Certified Security - Specialty</td></tr><tr><td>Registration ID</td>"
        "<td>512047738</td></tr><tr><td>Date</td><td>Saturday, June 21, 2025 10:00 JST</td></tr></table></body></html>",
        "a52"), mstyle="pearson.com")

n053 = add("case_update", False, CASE_F, [],
    "English update on a Japanese case: escalated to benefits team; 'no action needed right now'",
    support_headers(TCF, ME_P, d("2025-05-20 07:44:18"),
                    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F,
                    inrep=[n047, n049, n051]),
    leaf("Hello Kenji,\n\nThis is Kevin from the same team (writing in English, sorry). With the candidate ID you sent "
         "I was able to find the original voucher; it had been voided during the merge. I've asked the benefits "
         "team to issue a replacement with the original expiry. There's nothing you need to do right now.\n\n"
         "Kevin\nAWS Training and Certification\n"))

n054 = add("suspicious", False, None, [],
    "Pearson VUE lookalike demanding a fee; asks to reply with card details",
    support_headers(addr("Pearson VUE Exam Services", "billing@pearsonvue-examcenter.com"), ME_P,
                    d("2025-05-22 11:19:56"), "Payment required to keep your exam appointment 512047738"),
    leaf("Dear Candidate,\n\nYour AWS exam voucher could not be validated. To keep your appointment (registration "
         "512047738), pay the USD 150 rebooking fee within 24 hours at http://pearsonvue-examcenter.com/pay or reply "
         "to this e-mail with your card number and expiry date.\n\nPearson VUE Exam Services\n"),
    mstyle="pearsonvue-examcenter.com")

n055 = add("resolved", False, CASE_F, [],
    "Japanese resolution with ございましたら conditional invitation; multipart",
    support_headers(addr("AWS トレーニングと認定", TC), ME_P, d("2025-05-23 02:06:55"),
                    h("RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F),
                    inrep=[n047, n049, n051, n053]),
    alt("荒川 様\n\nお待たせいたしました。50%割引バウチャーを再発行し、統合後のアカウントの特典ページに反映いたしました。"
        "有効期限は元のバウチャーと同じ2025年9月24日でございます。\n\n本件はこれにて完了とさせていただきます。"
        "ご不明な点がございましたら、本メールにご返信いただければ対応いたします。\n\n佐藤\nAWS トレーニングと認定\n",
        "<html><body><p>荒川 様</p><p>お待たせいたしました。50%割引バウチャーを再発行し、統合後のアカウントの特典ページに"
        "反映いたしました。有効期限は元のバウチャーと同じ2025年9月24日でございます。</p><p>本件はこれにて完了とさせていただきます。"
        "ご不明な点がございましたら、本メールにご返信いただければ対応いたします。</p><p>佐藤<br>AWS トレーニングと認定</p>"
        "</body></html>", "f55", cte="base64"))

n056 = add("survey", False, CASE_F, [],
    "Japanese survey for case F",
    support_headers(addr("AWS カスタマーサービス", "aws-cs-survey@amazon.com"), ME_P, d("2025-05-24 10:00:00"),
                    h("サポートに関するアンケートのお願い(ケース %s)" % CASE_F)),
    leaf("荒川 様\n\n先日はAWS トレーニングと認定をご利用いただきありがとうございました。\n"
         "ケース %s の対応について、よろしければ1分ほどのアンケートにご協力ください。\n"
         "https://survey.aws-cs.example.amazon.com/s?c=%s&lang=ja\n\n"
         "※本メールは送信専用です。\n" % (CASE_F, CASE_F), cte="quoted-printable"))

n057 = add("certification", False, None, [CID_NEW],
    "Recertification congratulations with candidate ID",
    support_headers(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, d("2025-05-25 03:00:41"),
                    "Congratulations on recertifying your AWS Certification!"),
    leaf("Hello Kenji,\n\nYou have recertified AWS Certified Solutions Architect - Professional. Your new expiration "
         "date is May 24, 2028.\n\nCandidate ID: %s\n\nThank you for keeping your skills current.\nAWS Certification\n"
         % CID_NEW))

n058 = add("badge", False, None, [],
    "Credly new-badge mail with badge UUID",
    support_headers(addr("Credly", "admin@credly.com"), ME_P, d("2025-05-25 03:20:05"),
                    "You've earned a new badge!"),
    leaf("<html><body><p>Kenji, you've earned the <b>AWS Certified Solutions Architect &ndash; Professional</b> badge "
         "from Amazon Web Services Training and Certification.</p><p>Badge ID: 0c9b7f52-1e83-4a17-9d5c-77ab2e3f4d90</p>"
         "<p><a href=\"https://www.credly.com/badges/0c9b7f52-1e83-4a17-9d5c-77ab2e3f4d90\">View badge</a></p>"
         "</body></html>", "html", cte="quoted-printable"), mstyle="credly.com")

n059 = add("unrelated", False, None, [],
    "AWS Educate form case (other program) asking a question: AWS support, but not T&C",
    support_headers(TCF.replace("trainingcertification", "educate"), ME_P, d("2025-05-26 08:40:27"),
                    "RE:[CASE %s] [AWS Educate Form Submission] - club-resources" % EDUCATE),
    leaf("Hello Kenji,\n\nThanks for asking about AWS Educate resources for your study group. Which university is the "
         "group affiliated with, and roughly how many members does it have? With that we can point you to the right "
         "program.\n\nAWS Educate Support\n"))

n060 = add("unrelated", False, None, [],
    "Other vendor 'case closed' (Atlassian-style 8-digit case number)",
    support_headers(addr("Atlassian Support", "support@atlassian-support.example.com"), ME_P, d("2025-05-27 22:05:33"),
                    "Case 00923817 closed: Confluence export fails"),
    leaf("Hi Kenji,\n\nWe have closed case 00923817 because the export now completes after the upgrade. If the "
         "problem comes back within 30 days, reply to this message to reopen the case.\n\nAtlassian Support\n"),
    mstyle="atlassian-support.example.com")

T040 = ("Hello Kenji,\n\nThank you for confirming. Both accounts are now merged: exam history, certifications and "
        "benefits from Account #2 sit under Account #1. No further action is required from you. If something looks "
        "missing when you sign in, let us know by replying to this e-mail.\n\nTomás R.")

n061 = add("user_reply", False, CASE_A, [],
    "Owner reopens the resolved case by top-posting over long history",
    own_headers(ME_PF, TC, d("2025-05-28 22:31:10", 9), "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                inrep=[n020, n035, n038, n039, n040]),
    leaf("Hi Tomás,\n\nThe merge worked, thank you - but my Cloud Practitioner exam from 2019 is not in the exam "
         "history of Account #1. Could you check?\n\nKenji\n\n" + quote_gmail("Sat, May 10, 2025 at 1:01 PM",
         "Amazon Web Services <%s>" % TC, T040 + "\n\n" + quote_gmail("Sat, May 10, 2025 at 12:22 PM",
         "Kenji Arakawa", "Yes, both accounts are mine - go ahead and merge everything into Account #1.")),
         cte="quoted-printable"), mstyle="gmail")

n062 = add("case_update", False, CASE_A, [],
    "Case reopened, investigating; asks nothing",
    support_headers(TCF, ME_P, d("2025-05-29 05:17:44"), "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                    inrep=[n020, n035, n038, n039, n040, n061]),
    leaf("Hi Kenji,\n\nI've reopened case %s and asked our records team to look for the 2019 exam. I'll get back to "
         "you once they've searched.\n\nDaniel K.\nAWS Training and Certification\n" % CASE_A))

n063 = add("info_request", True, CASE_A, [],
    "Questions without 'please'; HTML+text; signature and disclaimer after the questions",
    support_headers(TCF, ME_P, d("2025-05-30 03:48:02"), "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                    inrep=[n020, n035, n038, n039, n040, n061, n062]),
    alt("Hi Kenji,\n\nThe records team couldn't find a 2019 Cloud Practitioner result under either merged account. "
        "Exams taken before 2020 were often booked with a different address.\n\nDid you take that exam using another "
        "e-mail address, for example a university one? And do you remember the name you registered under at the "
        "time?\n\nDaniel K.\nAWS Training and Certification\n\n--\nThis message may contain confidential "
        "information. If you received it in error, delete it.\n",
        "<html><body><p>Hi Kenji,</p><p>The records team couldn't find a 2019 Cloud Practitioner result under either "
        "merged account. Exams taken before 2020 were often booked with a different address.</p><p>Did you take that "
        "exam using another e-mail address, for example a university one? And do you remember the name you "
        "registered under at the time?</p><p>Daniel K.<br>AWS Training and Certification</p><p style=\"font-size:10px"
        "\">This message may contain confidential information. If you received it in error, delete it.</p>"
        "</body></html>", "a63"))

n064 = add("unrelated", False, None, [],
    "AWS marketing (re:Invent registration) with 'confirm your seat' wording",
    support_headers(addr("AWS re:Invent", "aws-marketing-email-replies@amazon.com"), ME_P, d("2025-05-30 16:00:00"),
                    "Registration is open: confirm your seat at re:Invent 2025"),
    alt("Registration for AWS re:Invent 2025 is open. Confirm your seat today and save with the early pricing. "
        "AWS Certified attendees get access to the Certification Lounge.\nhttps://reinvent.awsevents.com/\n",
        "<html><body><h1>re:Invent 2025</h1><p>Registration is open. <a href=\"https://reinvent.awsevents.com/\">"
        "Confirm your seat</a> today.</p></body></html>", "a64"))

n065 = add("user_reply", False, CASE_A, [CID_UNI],
    "Owner answers with a third candidate ID; quoted history has none",
    own_headers(ME_PF, TC, d("2025-05-31 10:02:51", 9), "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                inrep=[n020, n040, n061, n062, n063]),
    leaf("Hi Daniel,\n\nYes - I used my university address back then, kenji.a@alumni.tohoku-u.example.ac.jp, "
         "registered as Kenji Arakawa. I found an old score report with candidate ID %s.\n\nKenji\n\n" % CID_UNI
         + quote_gmail("Fri, May 30, 2025 at 12:48 PM", "Amazon Web Services <%s>" % TC,
         "Did you take that exam using another e-mail address, for example a university one? And do you remember "
         "the name you registered under at the time?")), mstyle="gmail")

n066 = add("confirmation_request", True, CASE_A, [CID_UNI, CID_NEW],
    "Third account found; 'we need your go-ahead' to merge Account #3 into Account #1; quoted reply below",
    support_headers(TCF, ME_P, d("2025-06-02 01:10:30"), "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                    inrep=[n020, n040, n061, n062, n063, n065]),
    leaf("Hi Kenji,\n\nThat was it. There is a third certification account:\n\nAccount #3\nLogin email: "
         "kenji.a@alumni.tohoku-u.example.ac.jp\nCertification notification email: "
         "kenji.a@alumni.tohoku-u.example.ac.jp\nCandidate ID: %s\nExam history: CLF-C01, passed 2019-11-02\n\n"
         "We need your go-ahead before moving it: confirm this account is yours and that it should be merged into "
         "Account #1 (%s, %s).\n\nDaniel K.\nAWS Training and Certification\n\n" % (CID_UNI, ME_P, CID_NEW)
         + quote_gmail("Sat, May 31, 2025 at 10:02 AM", "Kenji Arakawa <%s>" % ME_P,
         "Yes - I used my university address back then ... candidate ID %s." % CID_UNI)))

n067 = add("unrelated", False, None, [],
    "Builder ID security notice (new sign-in); AWS sender, not a case",
    support_headers(addr("AWS", "no-reply@signin.aws"), ME_P, d("2025-06-03 12:44:08"),
                    "New sign-in to your AWS Builder ID"),
    leaf("Hello,\n\nYour AWS Builder ID was used to sign in from a new device (Chrome on macOS, Tokyo, JP) on June 3, "
         "2025 at 21:44 JST. If this was you, no action is needed. If not, reset your password.\n"))

n068 = add("closing_notice", True, CASE_A, [],
    "Short second closing notice; 'reply to reopen' wording; Outlook quote",
    support_headers(TCF, ME_P, d("2025-06-06 02:00:19"), "RE: [CASE %s] %s" % (CASE_A, SUBJ_A),
                    inrep=[n020, n040, n061, n062, n063, n065, n066]),
    leaf("Hello Kenji,\n\nWe're still waiting for your go-ahead on Account #3. Without it we will close the case on "
         "June 9; a reply, even after that date, reopens it.\n\nAWS Training and Certification\n\n"
         + quote_outlook("Amazon Web Services", "Monday, June 2, 2025 1:10 AM", ME_P,
         "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "We need your go-ahead before moving it: confirm this account is yours "
         "and that it should be merged into Account #1.")), crlf=True)

n069 = add("user_reply", False, CASE_A, [],
    "Owner's go-ahead sent to a mistyped support address (amazon.co)",
    own_headers(ME_PF, TC.replace("amazon.com", "amazon.co"), d("2025-06-06 19:20:44", 9),
                "Re: RE: [CASE %s] %s" % (CASE_A, SUBJ_A), inrep=[n020, n066, n068]),
    leaf("Hi Daniel,\n\nYes, Account #3 is mine. Please merge it into Account #1.\n\nKenji\n\nSent from my iPhone\n"),
    mstyle="gmail")

n070 = add("unrelated", False, CASE_A, [],
    "Bounce of the owner's case reply (typo domain); carries the case subject - labelled unrelated with case A",
    support_headers(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
                    d("2025-06-06 10:21:30"), "Delivery Status Notification (Failure)"),
    multi("report", [
        leaf("** Address not found **\n\nYour message wasn't delivered to %s because the domain amazon.co couldn't "
             "be found. Check for typos or unnecessary spaces and try again.\n" % TC.replace("amazon.com", "amazon.co")),
        ([("Content-Type", "message/delivery-status")],
         "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.2\n"
         % TC.replace("amazon.com", "amazon.co")),
        ([("Content-Type", "text/rfc822-headers")],
         "From: %s\nTo: %s\nSubject: Re: RE: [CASE %s] %s\nDate: %s\nMessage-ID: %s\n"
         % (ME_P, TC.replace("amazon.com", "amazon.co"), CASE_A, SUBJ_A, d("2025-06-06 19:20:44", 9), IDS[n069])),
    ], "a70"), mstyle="mx.google.com")

n071 = add("user_reply", False, CASE_A, [],
    "Owner resends the go-ahead to the correct address, forwarding-style note on top",
    own_headers(ME_PF, TC, d("2025-06-06 19:31:02", 9), "Re: RE: [CASE %s] %s" % (CASE_A, SUBJ_A),
                inrep=[n020, n066, n068]),
    leaf("Hi Daniel,\n\n(Resending - the first try went to a wrong address.)\nAccount #3 is mine; please merge it "
         "into Account #1 as well.\n\nKenji\n\n" + quote_gmail("Fri, Jun 6, 2025 at 11:00 AM",
         "Amazon Web Services <%s>" % TC, "We're still waiting for your go-ahead on Account #3. Without it we will "
         "close the case on June 9; a reply, even after that date, reopens it.")), mstyle="gmail")

n072 = add("resolved", False, CASE_A, [],
    "Third account merged; 'if you have anything to add' conditional; survey link in footer",
    support_headers(TCF, ME_P, d("2025-06-07 00:12:40"), "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                    inrep=[n020, n066, n068, n071]),
    alt("Hi Kenji,\n\nDone: Account #3 has been merged into Account #1, and the 2019 Cloud Practitioner result now "
        "shows in your exam history. The case is resolved.\n\nIf you have anything to add, you can reply to this "
        "e-mail within 14 days.\n\nDaniel K.\nAWS Training and Certification\n\n----\nWas this answer helpful? "
        "Rate it: https://survey.aws-cs.example.amazon.com/r?c=%s\n" % CASE_A,
        "<html><body><p>Hi Kenji,</p><p>Done: Account #3 has been merged into Account #1, and the 2019 Cloud "
        "Practitioner result now shows in your exam history. The case is resolved.</p><p>If you have anything to "
        "add, you can reply to this e-mail within 14 days.</p><p>Daniel K.<br>AWS Training and Certification</p><hr>"
        "<p>Was this answer helpful? <a href=\"https://survey.aws-cs.example.amazon.com/r?c=%s\">Rate it</a></p>"
        "</body></html>" % CASE_A, "a72"))

n073 = add("certification", False, None, [CID_NEW],
    "Japanese certification benefits notice (UTF-8 base64) with candidate ID",
    support_headers(addr("AWS 認定", "do-not-reply@certmetrics.com"), ME_P, d("2025-06-08 01:00:00"),
                    h("AWS 認定 特典のご案内")),
    leaf("荒川 健二 様\n\nAWS 認定をお持ちの方向けの特典をご案内します。\n候補ID: %s\n\n"
         "・次回の認定試験で使える50%%割引\n・AWS イベントでの認定者ラウンジ\n・公式練習問題集への無料アクセス\n\n"
         "特典は AWS 認定アカウントの「特典」ページからご利用いただけます。\n\nAWS 認定\n" % CID_NEW, cte="base64"))

n074 = add("unrelated", False, None, [],
    "Japanese newsletter about certification account merging (topic trap)",
    support_headers(addr("クラウド週報", "newsletter@cloud-shuhou.jp"), ME_P, d("2025-06-09 21:00:00", 9),
                    h("【クラウド週報 #285】転職時のAWS認定アカウント統合、手順まとめ"),
                    extra=[("List-Unsubscribe", "<https://cloud-shuhou.jp/u/8821>")]),
    leaf("今週のトピック\n\n1. 転職時のAWS認定アカウント統合: サポートへの問い合わせから完了まで\n"
         "2. 読者の声: 統合の確認メールに返信し忘れてケースが閉じられた話\n3. 新しいマネージドサービスまとめ\n\n"
         "配信停止はこちら: https://cloud-shuhou.jp/u/8821\n", cte="quoted-printable"), mstyle="cloud-shuhou.jp")

n075 = add("suspicious", False, None, [],
    "Lookalike domain using the real case number in the subject; demands a reply with password",
    support_headers(addr("AWS Training and Certification", "cases@amazon-certsupport.com"), ME_P,
                    d("2025-06-10 04:27:13"), "RE:[CASE %s] Final notice: reply to keep your certifications" % CASE_A),
    leaf("Dear Customer,\n\nYour merged certification account failed verification. Reply to this e-mail with your "
         "Builder ID e-mail and password within 12 hours, or all certifications will be removed.\n\n"
         "AWS Training and Certification Security Team\n"), mstyle="amazon-certsupport.com")

n076 = add("badge", False, None, [],
    "Credly reminder about an unaccepted badge; 'action needed' wording",
    support_headers(addr("Credly", "admin@credly.com"), ME_P, d("2025-06-12 14:05:00"),
                    "Reminder: your badge is waiting for you"),
    alt("Hi Kenji,\n\nYour AWS Certified Cloud Practitioner badge from Amazon Web Services Training and "
        "Certification is still waiting to be accepted. Accept it to share it on your profile.\n"
        "https://www.credly.com/badges/5e2a9c11-0f6d-4b32-8a47-c3d1e9b60a28/accept\n",
        "<html><body><p>Hi Kenji,</p><p>Your <b>AWS Certified Cloud Practitioner</b> badge from Amazon Web Services "
        "Training and Certification is still waiting to be accepted.</p><p><a href=\"https://www.credly.com/badges/"
        "5e2a9c11-0f6d-4b32-8a47-c3d1e9b60a28/accept\">Accept badge</a></p></body></html>", "a76"),
    mstyle="credly.com")


# --------------------------------------------------------------------------- write

README_HEAD = """me: %s %s

# Blind corpus: AWS Training and Certification support-case mail

Mailbox owner: Kenji Arakawa. Personal address `%s`; former company address `%s`
(Nishikaze Systems, an AWS Partner Network company; the company mailbox closes on 2025-04-30).
The set mixes both mailboxes in one arrival order (2021-09 .. 2025-06). Regenerate with `python3 gen.py`.

## Cases

| case | format | channel | topic | path |
|---|---|---|---|---|
| %s | 10 digits (2021) | T&C form, company address | Credly badge missing | ack -> info request -> reply -> resolved -> survey |
| %s | 11 digits (2023) | Support Center console (no e-mail replies) | name on certificate | new case -> info request (answer in console) -> auto-resolve notice -> update -> resolved |
| %s | 15 digits (2025) | T&C form, personal address | account merge company -> personal, APN hold | ack -> hold with question -> reply from wrong address -> update -> hold lifted -> "write from the kept address" -> reply -> Account #1/#2 confirmation -> closing notice -> reply -> merged; reopened (missing 2019 exam) -> question -> reply -> Account #3 confirmation -> closing notice -> reply (bounced, resent) -> resolved |
| %s | 15 digits (2025) | T&C form, company address | duplicate of the merge request | Japanese ack -> closed as duplicate, linked |
| %s | 15 digits (2025) | T&C form, personal, Japanese | 50%% voucher missing after merge | Japanese ack -> Shift_JIS keigo request -> Japanese reply -> English update -> resolved -> survey |

Not tracked (labelled `unrelated`, `case` null): AWS billing console case %s, AWS Educate form case %s,
Backlog request 48213, Atlassian case 00923817.

## Labelling decisions (judgement calls)

- `case` is filled only for AWS Training and Certification cases. Other AWS programs (billing console case,
  AWS Educate form case) and other vendors get `case: null` and `needs_reply: false`, even when they ask a
  question (048, 059): the rule counts only T&C cases.
- Phishing that quotes the real case number (028 spoofed amazon.com with dkim/spf/dmarc fail, 075 lookalike
  domain) is `suspicious`, `case: null`: it does not belong to the case even though the subject says so.
- On hold with a question inside (024) stays `on_hold` but `needs_reply: true`: support waits for the answer.
- Console cases (011, 012): `needs_reply: true` although the answer must go through the Support Center,
  not by e-mail; the owner still has to respond.
- 012 (console "resolved automatically after three more days unless you add a correspondence") is a
  `closing_notice`.
- Closing notices that quote the earlier request (038, 068) are `closing_notice`, not requests.
- Resolutions with conditional invitations ("if something looks missing, let us know", "ございましたら",
  "if you have anything to add") are `resolved`, `needs_reply: false` (006, 040, 055, 072).
- Hold lifted (029), duplicate closed/linked (023), "passed to another team" (013, 053), case reopened (062)
  are `case_update`.
- The hold-lifted note 029 promises a confirmation later; nothing is asked now.
- 020 (acknowledgement) echoes the submitted form; the two candidate IDs in that echo are counted as the
  message's own text, because the echo is not quoted reply history (no `>` / "Original Message").
- An ID that appears in both the text/plain and the text/html alternative is listed once (001); an ID
  repeated in the same part's own text would be listed once as well.
- Candidate IDs inside quoted history are not counted (040, 038 quote the Account table; 030 forwards
  support text; 061 quotes the resolution).
- 030 (owner forwards the thread to himself) is `user_reply` with the case number.
- Bounces: 031 (note to the closed company mailbox) is `unrelated`, case null. 070 (bounce of the owner's
  reply to support, subject carries the case) is `unrelated` but keeps `case` = the merge case, since it tells
  the owner that his answer did not arrive.
- 043 "AWS Certification wants to hear from you" is a program survey, so `certification`, not `survey`.
- Surveys about a case (008, 042, 056) carry that case number; badge and CertMetrics mails that follow a case
  carry `case: null`.
- 019 (Skill Builder welcome) and 036 (Skill Builder receipt) from AWS training senders are `unrelated`.
- 050 out-of-office and 045 other-vendor "solved, closes in 4 days unless you reply" are `unrelated`.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for m in MSGS:
        base = os.path.join(OUT, "%03d-msg" % m["num"])
        with open(base + ".eml", "wb") as fh:
            fh.write(m["data"])
        label = OrderedDict([("kind", m["kind"]), ("needs_reply", m["needs"]), ("case", m["case"]),
                             ("candidate_ids", m["cands"])])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append("| %03d | %s | %s | %s | %s |" % (m["num"], m["kind"], "yes" if m["needs"] else "no",
                                                  m["case"] or "-", m["note"]))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD % (ME_P, ME_C, ME_P, ME_C, CASE_E, CASE_D, CASE_A, CASE_C, CASE_F, BILLING, EDUCATE))
        fh.write("\n".join(rows) + "\n")
    c = Counter(m["kind"] for m in MSGS)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("TOTAL", len(MSGS)))
    print("%-22s %d" % ("needs_reply true", sum(m["needs"] for m in MSGS)))


if __name__ == "__main__":
    main()
