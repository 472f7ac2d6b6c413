"""Header helpers shared by the parts."""
import hashlib
from lib import (ME_NAME, ME_JA, ME_P, ME_C, addr, ew, mid, ref, rfcdate, ar_pass,
                 ar_company, received)
from tpl import TC_FROM, TC_NAME

A = "174182476000318"      # main merge case (form)
B = "174182519500562"      # duplicate form submission
C = "174409087000127"      # console case, missing exam record
D = "13518840275"          # 2023 voucher case, reopened in 2025
E = "174467900700844"      # Japanese case, name on certificate

OLD_ID = "AWS08816342"     # company-address certification account
NEW_ID = "AWS21370458"     # personal-address certification account
STRAY_ID = "AWS03390517"   # forgotten 2019 account

SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ_D = "[AWS Training and Certification Form Submission] - certification-benefits"
SUBJ_E = "[AWS Training and Certification Form Submission] - certificate-name"


def me_to(personal=True):
    return addr(ME_NAME, ME_P) if personal else addr(ME_JA, ME_C)


def inbound(key, dt, frm, to, subject, domain, *, ar=None, irt=None, refs=(),
            style="hex", extra=(), company=None, rp=None, ip="54.240.27.11",
            subj_cs="utf-8", minus_zero=False, cc=None):
    """Header lines for a message received in the owner's mailbox."""
    to_company = company if company is not None else (ME_C in to)
    rcpt = ME_C if to_company else ME_P
    rp = rp or ("bounce+%s@%s" % (key.replace(" ", ""), domain))
    h = ["Return-Path: <%s>" % rp]
    if to_company:
        h.append("Delivered-To: %s" % ME_C)
        h.append(received("mx1.sorano-sys.co.jp (Postfix)", "out.%s" % domain, ip, dt, rcpt))
        if ar is None:
            h.append(ar_company(domain, rp.split("@")[1], ip))
    else:
        h.append("Delivered-To: %s" % ME_P)
        h.append(received("mx.google.com", "a%s.smtp-out.%s" % (ip.split(".")[-1], domain),
                          ip, dt, rcpt))
        if ar is None:
            h.append(ar_pass(domain, rp.split("@")[1], ip))
    if ar:
        h.append(ar)
    h.append("Date: " + rfcdate(dt, minus_zero))
    h.append("From: " + frm)
    h.append("To: " + to)
    if cc:
        h.append("Cc: " + cc)
    h.append("Message-ID: " + mid(key, domain, style))
    h.append("Subject: " + ew(subject, subj_cs))
    if irt:
        h.append("In-Reply-To: " + ref(irt))
    if refs:
        h.append("References: " + "\n ".join(ref(r) for r in refs))
    h.extend(extra)
    return h


def tc_in(key, dt, subject, personal=True, irt=None, refs=(), agent=None, extra=()):
    """Mail from the AWS T&C form-case sender (real, passing auth)."""
    frm = addr(agent or TC_NAME, TC_FROM)
    return inbound(key, dt, frm, me_to(personal), subject, "amazon.com", style="ses",
                   irt=irt, refs=refs,
                   rp="010001959a%s@amazonses.com" % hashlib.md5(key.encode()).hexdigest()[:24],
                   extra=["Feedback-ID: 1.us-east-1.cstc0TAn:AmazonSES",
                          "X-SES-Outgoing: %s-54.240.27.11" % dt.strftime("%Y.%m.%d")] + list(extra),
                   minus_zero=False)


def outbound(key, dt, to, subject, *, personal=True, irt=None, refs=(), extra=(),
             ja_subject=False, cc=None, frm=None):
    """Header lines for a message the owner sent (copy in the mailbox)."""
    if personal:
        f = frm or addr(ME_NAME, ME_P)
        m = mid(key, "mail.gmail.com", "gmail")
    else:
        f = frm or addr(ME_JA, ME_C)
        m = mid(key, "sorano-sys.co.jp", "outlook")
    h = ["Date: " + rfcdate(dt), "From: " + f, "To: " + to]
    if cc:
        h.append("Cc: " + cc)
    h.append("Message-ID: " + m)
    h.append("Subject: " + ew(subject, "iso-2022-jp" if ja_subject else "utf-8"))
    if irt:
        h.append("In-Reply-To: " + ref(irt))
    if refs:
        h.append("References: " + "\n ".join(ref(r) for r in refs))
    if not personal:
        h += ["Thread-Topic: " + ew(subject.replace("FW: ", "").replace("RE: ", "")),
              "Accept-Language: ja-JP, en-US", "Content-Language: ja-JP",
              "X-MS-Has-Attach:", "X-Mailer: Microsoft Outlook 16.0"]
    h.extend(extra)
    return h
