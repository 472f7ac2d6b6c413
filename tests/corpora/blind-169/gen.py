#!/usr/bin/env python3
"""Generate the blind held-out corpus (standard library only).

Writes NNN-msg.eml and NNN-msg.json next to this script, in mailbox arrival order,
and prints the count per kind.
"""
import base64, json, os, quopri, re, random, hashlib
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.header import Header
from email.utils import format_datetime, formataddr
from email import policy as _policy

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PST = timezone(timedelta(hours=-7))

ME_P = "kenta.morishima.dev@gmail.com"
ME_C = "k-morishima@hoshizora-tech.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "13954208871"       # 2024 voucher/benefit case (11 digits)
CASE_B = "174159871200347"   # 2025 account merge (15 digits)
CASE_C = "174160305500912"   # accidental duplicate form
CASE_E = "174495123000178"   # missing exam result, Japanese
CASE_D = "17463829104"       # Support Center console case, name on certificate
OLD_CASE = "8834120567"      # 2021 case only mentioned in a body
BILL_CASE = "17470518832"    # console billing case (not T&C)
EDU_CASE = "174702233100561" # AWS Educate form case (not T&C)
FAKE_CASE = "174211050300288"

CID_OLD = "AWS03318472"   # company certification account
CID_NEW = "AWS11904736"   # personal certification account

rng = random.Random(169)
MESSAGES = []
THREAD = {}   # thread key -> list of message-ids


def hx(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def mid_ses():
    return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (hx(12), hx(8), hx(4), hx(4), hx(12))


def mid_gmail():
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
    return "<CA%s@mail.gmail.com>" % "".join(rng.choice(alphabet) for _ in range(44))


def mid_outlook():
    return "<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>" % (
        rng.randint(1000, 9999), hx(16).upper(), rng.randint(1000, 9999))


def mid_generic(domain):
    return "<%s.%s@%s>" % (hx(16), hx(8), domain)


def enc_part(text, subtype="plain", charset="utf-8", cte="base64"):
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset)
    if charset.lower() == "shift_jis":
        raw = text.encode("cp932")
    else:
        try:
            raw = text.encode(charset)
        except UnicodeEncodeError:
            charset, cte = "utf-8", "quoted-printable"
            m.replace_header("Content-Type", 'text/%s; charset="%s"' % (subtype, charset))
            raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:  # 7bit
        payload = raw.decode("ascii")
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject")


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def gq(when, who, text, jp=False):
    """Gmail-style quote."""
    lines = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    if jp:
        return "\n%s %s:\n\n%s\n" % (when, who, lines)
    return "\nOn %s %s wrote:\n\n%s\n" % (when, who, lines)


def oq(frm, sent, to, subj, text):
    """Outlook-style quote."""
    return ("\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (frm, sent, to, subj, text.strip("\n")))


def strip_html(h):
    return re.sub(r"<[^>]+>", " ", h)


def auth_gmail(dom, ok=True, mailfrom=None, dkim_dom=None):
    mailfrom = mailfrom or ("0100%s@email.amazonses.com" % hx(8) if dom == "amazon.com" else "bounce@" + dom)
    dkim_dom = dkim_dom or dom
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
                "       spf=pass (google.com: domain of %s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (dkim_dom, hx(10), hx(8), mailfrom, rng.randint(1, 60), rng.randint(1, 250), mailfrom, dom))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=fail (google.com: domain of %s does not designate 185.220.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (dkim_dom, hx(10), hx(8), mailfrom, rng.randint(1, 200), rng.randint(1, 250), mailfrom, dom))


def auth_o365(dom, ok=True, mailfrom="email.amazonses.com"):
    if ok:
        return ("spf=pass (sender IP is 54.240.%d.%d)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
                % (rng.randint(1, 60), rng.randint(1, 250), mailfrom, dom, dom))
    return ("spf=softfail (sender IP is 45.153.%d.%d)\n smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n"
            " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000"
            % (rng.randint(1, 200), rng.randint(1, 250), mailfrom, dom, dom))


def add(kind, needs_reply, case, dt, frm, to, subject, new="", quoted="", *, html=None, html_quoted="",
        alt=False, charset="utf-8", cte="base64", html_cte=None, cc=None, reply_to=None, thread=None,
        reply=False, mid=None, auth=None, extra=(), crlf=False, subj_charset="utf-8", note="",
        received_by="gmail", cand_override=None):
    body = new + quoted
    if html is not None and not alt:
        root = enc_part(html + html_quoted, "html", charset, html_cte or cte)
    elif html is not None and alt:
        root = Message()
        bnd = "----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(1000000, 9999999), rng.randint(10**12, 10**13))
        root["Content-Type"] = 'multipart/alternative; boundary="%s"' % bnd
        root.attach(enc_part(body, "plain", charset, cte))
        root.attach(enc_part(html + html_quoted, "html", charset, html_cte or cte))
    else:
        root = enc_part(body, "plain", charset, cte)
    mime_headers = list(root._headers)
    root._headers = []
    msgid = mid or mid_generic("example.invalid")
    # trace headers
    if received_by == "gmail" and (to and ME_P in to or cc and ME_P in cc):
        root["Delivered-To"] = ME_P
        root["Received"] = "by 2002:a05:7010:%s:b0:%s with SMTP id %s;\n        %s" % (
            hx(4), hx(3), hx(10), format_datetime(dt.astimezone(PST)))
    elif received_by == "o365":
        root["Received"] = ("from TYCPR01MB%d.jpnprd01.prod.outlook.com (2603:1096:400:%s::%s) by\n"
                            " TYCPR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s"
                            % (rng.randint(1000, 9999), hx(3), hx(2), rng.randint(1000, 9999),
                               format_datetime(dt.astimezone(UTC))))
    if auth:
        root["Authentication-Results"] = auth
    for k, v in extra:
        root[k] = v
    root["From"] = frm
    root["To"] = to
    if cc:
        root["Cc"] = cc
    if reply_to:
        root["Reply-To"] = reply_to
    root["Subject"] = hdr(subject, subj_charset)
    root["Date"] = format_datetime(dt)
    root["Message-ID"] = msgid
    if thread:
        prev = THREAD.setdefault(thread, [])
        if reply and prev:
            root["In-Reply-To"] = prev[-1]
            root["References"] = " ".join(prev[-6:])
        prev.append(msgid)
    root["MIME-Version"] = "1.0"
    for k, v in mime_headers:
        if k != "MIME-Version":
            root[k] = v
    new_text = new + ("" if html is None or alt else strip_html(html))
    if html is not None and alt:
        new_text = new
    cands = []
    for c in re.findall(r"\bAWS\d{8}\b", new_text):
        if c not in cands:
            cands.append(c)
    if cand_override is not None:
        cands = cand_override
    label = OrderedDict([("kind", kind), ("needs_reply", needs_reply), ("case", case), ("candidate_ids", cands)])
    MESSAGES.append((dt, root, label, crlf, note))


def write_all():
    for f in os.listdir(OUT):
        if re.match(r"\d{3}-msg\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    last = None
    counts = Counter()
    for i, (dt, msg, label, crlf, note) in enumerate(MESSAGES, 1):
        assert last is None or dt >= last, (i, dt, last)
        last = dt
        pol = _policy.compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=200)
        data = msg.as_bytes(policy=pol)
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("TOTAL", sum(counts.values())))


def d(y, mo, da, h, mi, tz=UTC, s=None):
    return datetime(y, mo, da, h, mi, s if s is not None else rng.randint(0, 59), tzinfo=tz)


TCN = addr("AWS Training and Certification", TC)
TCN2 = addr("Amazon Web Services", TC)
MEP = addr("Kenta Morishima", ME_P)
MEC = addr("森島 健太", ME_C)
MEC_EN = addr("Kenta Morishima", ME_C)

SIG_TC = "\n\nBest regards,\n\n%s\nAWS Training and Certification Customer Support\nhttps://aws.amazon.com/training/\n"

# ---------------------------------------------------------------------------
# Autumn 2024: recertification, then the missing-voucher case (A)
# ---------------------------------------------------------------------------
add("certification", False, None, d(2024, 10, 2, 6, 41), addr("AWS Certification", "do-not-reply@certmetrics.com"),
    MEC_EN, "Congratulations on recertifying your AWS Certification!",
    html="""<html><body style="font-family:Arial,sans-serif;color:#232f3e">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:18px"><img src="https://www.certmetrics.com/amazon/images/aws-logo.png" alt="AWS Certification"></td></tr>
<tr><td style="padding:24px">
<p>Hello Kenta Morishima,</p>
<p>Well done &mdash; you have successfully recertified your <b>AWS Certified Solutions Architect &ndash; Associate</b>. Your new expiration date is <b>October 1, 2027</b>.</p>
<p>Candidate ID: AWS03318472<br>Validation number: 7QK2M1P4RJE41XWS</p>
<p>Your digital badge will be issued through Credly within a few business days. You can view your certification benefits, including your discount for a future exam, from the Benefits section of your AWS Certification Account.</p>
<p style="font-size:11px;color:#687078">This is an automated message from AWS Certification. Replies to this address are not monitored.</p>
</td></tr></table></body></html>""", cte="quoted-printable", mid=mid_generic("certmetrics.com"),
    auth=auth_o365("certmetrics.com", mailfrom="certmetrics.com"), received_by="o365",
    note="recertification notice with candidate ID; not a case")

add("badge", False, None, d(2024, 10, 3, 14, 5), addr("Credly", "admin@credly.com"), MEC_EN,
    "Kenta, claim your AWS Certified Solutions Architect – Associate badge",
    new="""Hi Kenta,

Amazon Web Services Training and Certification has issued you a badge:

    AWS Certified Solutions Architect – Associate

Accept your badge to share it on LinkedIn, add it to your email signature, or
download the image. Accepting takes under a minute.

    Accept badge: https://www.credly.com/earner/earned/badge/6f1c0e52-9b1d-4c7e-a2a4-0d3f6b0b2e91

Your badge ID is 6f1c0e52-9b1d-4c7e-a2a4-0d3f6b0b2e91.

Credly, a Pearson company
Questions? https://support.credly.com
""", cte="quoted-printable", mid=mid_generic("credly.com"), auth=auth_o365("credly.com", mailfrom="credly.com"),
    received_by="o365", note="Credly, badge UUID that is not a case")

add("unrelated", False, None, d(2024, 10, 3, 22, 17), addr("Amazon Web Services", "aws-billing@amazon.com"), MEP,
    "AWS Notification - Your invoice is available for Account 381204756619",
    new="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 6619, is available on the
AWS web site. Your account will be charged the following:

Total: $4.37

You can see a complete break down of all charges on the Billing & Cost Management page located at:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", cte="7bit", charset="us-ascii", mid=mid_ses(), auth=auth_gmail("amazon.com"),
    note="AWS billing, 12-digit account ID")

ACK_A_NEW = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request. The details of your case are as follows:

Case ID: %s
Subject: Recertification discount not showing under Benefits
Severity: General guidance
Correspondence: I recertified SAA-C03 on 2 October. The 50%% voucher that normally appears after passing is not in my Benefits tab. Candidate ID is on my profile. Thanks, Kenta

Our team will get back to you, normally within 24 hours. Opening additional cases for the same issue can slow things down, so we ask that you keep all correspondence on this one.

Sincerely,
Amazon Web Services
""" % (CASE_A, CASE_A)
add("acknowledgement", False, CASE_A, d(2024, 10, 8, 5, 12), TCN2, MEC_EN,
    "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_A,
    new=ACK_A_NEW, cte="quoted-printable", mid=mid_ses(), thread="A", auth=auth_o365("amazon.com"), received_by="o365",
    note="plain ack; user's own text is echoed inside it")

add("unrelated", False, None, d(2024, 10, 8, 7, 30), addr("Daichi Ono", "notifications@github.com"), MEC_EN,
    "Re: [hoshizora-tech/platform-infra] Move ALB access logs to shared bucket (PR #412)",
    new="""Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/platform-infra/pull/412#event-14630088123
You are receiving this because you were mentioned.
""", html="""<p>Merged <a href="https://github.com/hoshizora-tech/platform-infra/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/hoshizora-tech/platform-infra/pull/412#event-14630088123">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>""",
    alt=True, cte="7bit", charset="us-ascii", mid="<hoshizora-tech/platform-infra/pull/412/issue_event/14630088123@github.com>",
    extra=(("List-ID", "hoshizora-tech/platform-infra <platform-infra.hoshizora-tech.github.com>"),),
    received_by="o365", auth=auth_o365("github.com", mailfrom="github.com"), note="GitHub 'merged'")

REQ_A = """Hi Kenta,

Thanks for your patience. My name is Priya and I'll be looking after this case.

I've checked the recertification record and it completed normally on October 2. The discount benefit is generated by a separate process that runs after the score is finalised, and occasionally it is attached to a different certification profile than the one you sign in with - this usually happens when someone has more than one profile, for example one created through a partner login and one through Builder ID.

To find out which of these applies, I'll need the candidate ID shown in the top right corner of the account you are signed in to when you look at the Benefits page (it starts with AWS followed by eight digits), along with a screenshot of that page. As soon as I have both I can ask the benefits team to look at it.

Kind regards,

Priya S.
AWS Training and Certification Customer Support
"""
add("info_request", True, CASE_A, d(2024, 10, 9, 1, 48), TCN, MEC_EN,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_A,
    new=REQ_A, quoted="\n\n---------- Previous correspondence ----------\n" + ACK_A_NEW, cte="quoted-printable",
    mid=mid_ses(), thread="A", reply=True, auth=auth_o365("amazon.com"), received_by="o365",
    note="request stated as 'I'll need ... along with a screenshot'; no 'please'; ID format mentioned but no ID")

add("unrelated", False, None, d(2024, 10, 10, 23, 0), addr("Cloud Gazette Weekly", "editor@cloudgazette.news"), MEP,
    "Cloud Gazette #218: Aurora DSQL in practice, Lambda SnapStart for Python, and re:Invent early tips",
    new="""CLOUD GAZETTE WEEKLY · Issue #218

This week
- Aurora DSQL in practice: what broke when we moved a ledger service
- Lambda SnapStart for Python: cold-start numbers from three teams
- Your re:Invent calendar: seven sessions worth queueing for
- Certification corner: how long does a recertification voucher take to show up? (reader Q&A)

Reply to this email to send us your question for next week's reader Q&A.

Unsubscribe: https://cloudgazette.news/u/3f9a1c
""", cte="quoted-printable", mid=mid_generic("mail.cloudgazette.news"), auth=auth_gmail("cloudgazette.news"),
    extra=(("List-Unsubscribe", "<https://cloudgazette.news/u/3f9a1c>"),), note="newsletter that invites replies and mentions vouchers")

CLOSE_A = """Hello,

We are following up on case %s. On October 9 we asked for some details so that we could continue working on your request, and we have not yet received a response.

If we do not hear from you within 3 business days, this case will be closed. You can keep it open by replying to this email with the requested information. If the case has already been closed by the time you reply, replying will reopen it.

Thank you,
AWS Training and Certification Customer Support
""" % CASE_A
add("closing_notice", True, CASE_A, d(2024, 10, 13, 2, 3), TCN, MEC_EN,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_A,
    new=CLOSE_A, quoted="\n\n---------- Previous correspondence ----------\n" + REQ_A, cte="quoted-printable",
    mid=mid_ses(), thread="A", reply=True, auth=auth_o365("amazon.com"), received_by="o365",
    note="templated closing notice; the real request is only in the quoted part")

USER_A = """Hi Priya,

Sorry for the slow reply, I was travelling. The candidate ID on the account I sign in with is AWS03318472. Screenshot of the Benefits page attached (it only shows the old Cloud Practitioner practice exam benefit, nothing from October).

Thanks,
Kenta
"""
add("user_reply", False, CASE_A, d(2024, 10, 13, 19, 22, JST), MEC_EN, TCN,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_A,
    new=USER_A, quoted=oq("AWS Training and Certification <%s>" % TC, "Sunday, October 13, 2024 11:03 AM",
                          "Kenta Morishima <%s>" % ME_C,
                          "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_A, CLOSE_A + "\n" + REQ_A),
    cte="quoted-printable", mid=mid_outlook(), thread="A", reply=True, received_by=None,
    extra=(("X-MS-Has-Attach", "yes"), ("Thread-Topic", "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_A)),
    note="owner's Outlook reply with candidate ID")

UPD_A = """Hello Kenta,

Thank you for the details and the screenshot. I can confirm the benefit was not created for your October recertification, so I have passed the case to the team that manages certification benefits. They normally work through these within 3 to 5 business days.

There is nothing else I need from you right now - I will update this case as soon as they have finished.

Kind regards,
Priya S.
AWS Training and Certification Customer Support
"""
add("case_update", False, CASE_A, d(2024, 10, 14, 3, 37), TCN, MEC_EN,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_A,
    new=UPD_A, quoted="\n\n---------- Previous correspondence ----------\n" + USER_A, cte="quoted-printable",
    mid=mid_ses(), thread="A", reply=True, auth=auth_o365("amazon.com"), received_by="o365",
    note="escalated to another team; explicit 'nothing else I need'")

add("unrelated", False, None, d(2024, 10, 15, 8, 12), addr("AWS Skill Builder", "no-reply@aws.training"), MEP,
    "Your AWS Skill Builder receipt",
    html="""<html><body style="font-family:'Amazon Ember',Arial,sans-serif">
<h2 style="color:#232f3e">Thanks for your purchase</h2>
<p>Hi Kenta,</p>
<p>Your AWS Skill Builder Individual subscription has been renewed.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Item</th><th align="left">Period</th><th align="right">Amount</th></tr>
<tr><td>Skill Builder Individual (monthly)</td><td>Oct 15 &ndash; Nov 14, 2024</td><td align="right">USD 29.00</td></tr>
<tr><td colspan="2">Tax</td><td align="right">USD 2.90</td></tr>
<tr><td colspan="2"><b>Total</b></td><td align="right"><b>USD 31.90</b></td></tr>
</table>
<p>Order number: SB-2024-10-7731902</p>
<p>Need help with your subscription? Visit <a href="https://skillbuilder.aws/support">Skill Builder support</a>.</p>
</body></html>""", cte="base64", mid=mid_ses(), auth=auth_gmail("aws.training"), note="Skill Builder receipt, HTML-only")

RES_A = """Hi Kenta,

Good news: the benefits team has added the 50% exam discount from your October 2 recertification to certification account AWS03318472. It is listed under Benefits now and can be used on any AWS Certification exam scheduled before October 1, 2027.

With that, the issue you reported is fixed and I'm marking this case as resolved. If anything still looks wrong when you check, just reply to this email and it will come back to me.

Kind regards,
Priya S.
AWS Training and Certification Customer Support
"""
add("resolved", False, CASE_A, d(2024, 10, 18, 6, 55), TCN, MEC_EN,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_A,
    new=RES_A, quoted="\n\n---------- Previous correspondence ----------\n" + UPD_A + "\n" + USER_A + "\n" + REQ_A,
    cte="quoted-printable", mid=mid_ses(), thread="A", reply=True, auth=auth_o365("amazon.com"), received_by="o365",
    note="resolution with conditional 'just reply'; quotes the old request")

add("survey", False, CASE_A, d(2024, 10, 19, 6, 58), addr("Amazon Web Services", "aws-cs-survey@amazon.com"), MEC_EN,
    "How did we do? Tell us about case %s" % CASE_A,
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>You recently worked with AWS Training and Certification Customer Support on case <b>%s</b>. We'd like to know how it went.</p>
<p><b>How satisfied are you with the support you received?</b></p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws-cs.amazon.com/r?c=%s&amp;s=1">1</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r?c=%s&amp;s=2">2</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r?c=%s&amp;s=3">3</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r?c=%s&amp;s=4">4</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r?c=%s&amp;s=5">5</a></td>
</tr></table>
<p>The survey takes about two minutes. Please do not reply to this email; replies are not read.</p>
</body></html>""" % ((CASE_A,) * 6), cte="quoted-printable", mid=mid_ses(), auth=auth_o365("amazon.com"), received_by="o365",
    note="survey; 'please do not reply'")

# ---------------------------------------------------------------------------
# Winter 2024/25: certification mail, phishing, filler
# ---------------------------------------------------------------------------
add("suspicious", False, None, d(2024, 11, 6, 11, 2), addr("AWS Certification Support", "support@amazon-certsupport.com"),
    MEC_EN, "Action required: verify your AWS Certification profile within 48 hours",
    html="""<html><body style="font-family:Arial">
<p><img src="https://amazon-certsupport.com/static/aws.png" width="80"></p>
<p>Dear Certified Professional,</p>
<p>As part of our annual compliance review, certification profiles that have not been verified since the migration to AWS Builder ID will be <b>suspended</b>. Suspended profiles lose access to transcripts, digital badges and exam discounts.</p>
<p>Please reply to this message with your candidate ID, or verify now using the secure link below:</p>
<p style="text-align:center"><a href="https://amazon-certsupport.com/verify?u=k-morishima" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Verify my profile</a></p>
<p>Failure to complete verification within 48 hours will result in permanent loss of your certification history.</p>
<p>AWS Training &amp; Certification Compliance Team</p>
</body></html>""", cte="base64", mid=mid_generic("amazon-certsupport.com"),
    auth=auth_o365("amazon-certsupport.com", mailfrom="amazon-certsupport.com"), received_by="o365",
    note="lookalike domain, demands reply/credentials")

add("unrelated", False, None, d(2024, 11, 20, 3, 15), addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), MEC_EN,
    "Confirmation of your AWS Certified Security - Specialty exam appointment",
    new="""Dear Kenta Morishima,

Thank you for scheduling your exam with Pearson VUE.

Exam: SCS-C02: AWS Certified Security - Specialty
Appointment: Saturday, December 14, 2024 at 10:00 Japan Standard Time
Location: Pearson Professional Centers - Tokyo Shinjuku
Registration ID: 482917365
Candidate ID: AWS03318472

Please arrive 30 minutes early and bring two forms of identification. To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.

Pearson VUE
""", cte="quoted-printable", mid=mid_generic("pearson.com"), auth=auth_o365("pearson.com", mailfrom="pearson.com"),
    received_by="o365", note="exam vendor; 9-digit registration ID; candidate ID in own text")

add("unrelated", False, None, d(2024, 12, 2, 1, 40), addr("小林 彩", "a-kobayashi@hoshizora-tech.co.jp"), MEC,
    "Re: 来期のAWS研修予算について",
    new="""森島さん

お疲れさまです。小林です。

来期のAWS認定取得支援の件、部長から「受験料の50%割引バウチャーを持っている人はそちらを優先して使ってほしい」とのことでした。
森島さんはセキュリティの試験を12月に受けられるんですよね？バウチャーの有無だけ、今週中に教えていただけますか。

よろしくお願いします。

--
小林 彩 / 星空テック株式会社 クラウド推進部
""", quoted=gq("2024年11月29日(金) 18:02 森島 健太 <%s>" % ME_C, "", "小林さん\n\n来期の研修予算の件、承知しました。\n\n森島", jp=True).replace(" :\n", ":\n"),
    charset="iso-2022-jp", cte="7bit", subj_charset="iso-2022-jp", mid=mid_outlook(), received_by="o365",
    auth=auth_o365("hoshizora-tech.co.jp", mailfrom="hoshizora-tech.co.jp"),
    note="colleague asks a question about vouchers (needs an answer, but not support)")

add("certification", False, None, d(2024, 12, 16, 9, 3), addr("AWS Certification", "do-not-reply@certmetrics.com"),
    MEC_EN, "Your AWS Certification exam results are available",
    new="""Hello Kenta Morishima,

Congratulations! You have successfully completed the AWS Certified Security - Specialty exam and you are now AWS Certified.

Candidate ID: AWS03318472
Exam date: December 14, 2024
Score: 812 (passing score: 750)

You can download your certificate and view your score report in your AWS Certification Account:
https://www.aws.training/Certification

Your digital badge will arrive from Credly shortly.

AWS Training and Certification
""", cte="quoted-printable", mid=mid_generic("certmetrics.com"), auth=auth_o365("certmetrics.com", mailfrom="certmetrics.com"),
    received_by="o365", note="exam result")

add("badge", False, None, d(2024, 12, 16, 9, 40), addr("Credly", "admin@credly.com"), MEC_EN,
    "You've earned a new badge from Amazon Web Services Training and Certification",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="560" align="center" style="background:#fff;padding:24px"><tr><td>
<p style="font-size:20px">Congratulations, Kenta!</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you the <b>AWS Certified Security &ndash; Specialty</b> badge.</p>
<p><a href="https://www.credly.com/badges/2a8e7b10-44c5-4f0e-9d61-3c7a5e0f1b88/accept" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:12px;color:#888">Credly &middot; 13000 Pearson Blvd &middot; You received this because an issuer awarded you a badge.</p>
</td></tr></table></body></html>""", cte="quoted-printable", mid=mid_generic("credly.com"),
    auth=auth_o365("credly.com", mailfrom="credly.com"), received_by="o365", note="Credly, HTML-only")

add("unrelated", False, None, d(2025, 1, 9, 12, 31), addr("AWS Builder ID", "no-reply@signin.aws"), MEP,
    "Verify your AWS Builder ID email address",
    new="""Hello,

Use the following verification code to finish signing up for your AWS Builder ID:

    604283

This code expires in 10 minutes. If you did not request it, you can ignore this message.

Amazon Web Services
""", cte="7bit", charset="us-ascii", mid=mid_ses(), auth=auth_gmail("signin.aws"), note="Builder ID one-time code")

add("certification", False, None, d(2025, 1, 20, 15, 0), addr("AWS Certification", "do-not-reply@certmetrics.com"),
    MEC_EN, "Reminder: your AWS Certified Cloud Practitioner expires in 90 days",
    new="""Hello Kenta,

Your AWS Certified Cloud Practitioner certification will expire on April 20, 2025.

Good news: because you hold an active Associate-level certification, your Cloud Practitioner certification is
renewed automatically when that certification is renewed. No exam is needed for this one.

If you have questions, visit the AWS Certification FAQ: https://aws.amazon.com/certification/faqs/

AWS Certification
""", cte="quoted-printable", mid=mid_generic("certmetrics.com"), auth=auth_o365("certmetrics.com", mailfrom="certmetrics.com"),
    received_by="o365", note="expiry reminder; 'no exam is needed'")

add("unrelated", False, None, d(2025, 2, 4, 1, 0), addr("AWS 公式メールマガジン", "aws-marketing-email-replies@amazon.com"), MEP,
    "【AWS Summit Japan 2025】事前登録受付開始のお知らせ",
    html="""<html><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<p>AWS をご利用のみなさま</p>
<p>日本最大の「AWS を学ぶイベント」AWS Summit Japan 2025 の事前登録を開始いたしました。今年は認定保有者専用ラウンジも設置予定です。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p>ご不明な点がございましたら、イベント事務局までお問い合わせください。</p>
<p style="font-size:11px">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>から手続きしてください。<br>アマゾン ウェブ サービス ジャパン合同会社</p>
</body></html>""", cte="base64", subj_charset="utf-8", mid=mid_ses(), auth=auth_gmail("amazon.com"),
    note="AWS marketing, Japanese HTML")

add("suspicious", False, None, d(2025, 2, 18, 20, 44), addr("Credly Badges", "notifications@credIy.com"), MEC_EN,
    "Your AWS Certified Security – Specialty badge will be revoked",
    new="""Hi Kenta,

We were unable to confirm the identity linked to your AWS Certified Security - Specialty badge. Issuer Amazon Web Services Training and Certification has requested that unverified badges be revoked on February 21.

To keep your badge, sign in and confirm your identity:
https://credly-badge-verify.net/login?ref=aws

Credly Trust & Safety
""", cte="quoted-printable", mid=mid_generic("credIy.com"),
    auth=auth_o365("credIy.com", ok=False, mailfrom="credIy.com"), received_by="o365",
    note="Credly lookalike (capital I), credential link")

# ---------------------------------------------------------------------------
# March 2025: leaving the company -> account merge (B), duplicate (C)
# ---------------------------------------------------------------------------
add("unrelated", False, None, d(2025, 3, 3, 0, 55), addr("人事部 退職手続き窓口", "hr-offboarding@hoshizora-tech.co.jp"), MEC,
    "【要対応】退職前チェックリストのご案内（3/31最終出社）",
    new="""森島 健太 様

人事部です。退職日（3月31日）に向けて、以下の対応をお願いいたします。

1. 貸与PCの返却日時のご連絡（3月14日まで）
2. 社外サービスに登録している会社メールアドレスの変更
   （AWS認定、Credly、各種コミュニティ等。会社アドレスは最終出社日の翌日に停止されます）
3. 経費精算の締め（3月25日まで）

1 について、ご都合の良い日時を本メールへの返信でお知らせください。

人事部 退職手続き窓口
""", charset="iso-2022-jp", cte="7bit", subj_charset="iso-2022-jp", mid=mid_outlook(), received_by="o365",
    auth=auth_o365("hoshizora-tech.co.jp", mailfrom="hoshizora-tech.co.jp"),
    note="HR asks for a reply and mentions AWS certification; not a support case")

add("unrelated", False, None, d(2025, 3, 10, 9, 2), addr("AWS Builder ID", "no-reply@signin.aws"), MEP,
    "Your AWS Builder ID verification code",
    new="""Verification code: 318950

Enter this code to verify kenta.morishima.dev@gmail.com. The code is valid for 10 minutes.
""", cte="7bit", charset="us-ascii", mid=mid_ses(), auth=auth_gmail("signin.aws"), note="OTP")

ACK_B_JP = """Morishima 様

Amazon Web Services にお問い合わせいただきありがとうございます。お客様のリクエストに対応するため、ケース %s を作成いたしました。ケースの詳細は以下のとおりです。

ケース ID: %s
件名: Account Merge
内容: I am leaving Hoshizora Tech on March 31 and my company e-mail will stop working. Please merge my certification account (k-morishima@hoshizora-tech.co.jp, AWS03318472) into the new account I created with kenta.morishima.dev@gmail.com. Keep the gmail address on file.

担当者より通常24時間以内にご連絡いたします。内容によっては、最適な解決策をご案内するためにお時間をいただく場合がございます。

同じ内容のケースがすでに作成されている場合は、追加のケースを作成なさらないようお願いいたします。複数のケースが作成されると、対応に時間がかかることがあります。

Amazon Web Services
""" % (CASE_B, CASE_B)
add("acknowledgement", False, CASE_B, d(2025, 3, 10, 9, 25, s=14), TCN2, MEC,
    "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    new=ACK_B_JP, cte="base64", mid=mid_ses(), thread="B", auth=auth_o365("amazon.com"), received_by="o365",
    note="Japanese ack (base64); candidate ID only inside the echoed form text")

ACK_C = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

Case ID: %s
Subject: Account Merge
Correspondence: (resubmitted - not sure the first form went through) Merge k-morishima@hoshizora-tech.co.jp into kenta.morishima.dev@gmail.com please. Leaving the company end of March.

A member of our team will be in touch, usually within 24 hours.

If you have already opened a case for this request, please do not open another one, as duplicate cases can delay our response.

Amazon Web Services
""" % (CASE_C, CASE_C)
add("acknowledgement", False, CASE_C, d(2025, 3, 10, 10, 37, s=35), TCN2, MEP,
    "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C,
    new=ACK_C, cte="quoted-printable", mid=mid_ses(), thread="C", auth=auth_gmail("amazon.com"),
    note="ack of an accidental duplicate case, sent to the personal address; 'please do not open another one' is boilerplate")

add("user_reply", False, CASE_B, d(2025, 3, 10, 19, 48, JST), MEC, ME_P,
    "FW: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    new="""自分用メモ：会社アドレスは3/31で止まるので個人宛に転送。
ケース番号 %s。さっき間違えてフォームをもう一回送ってしまった（そっちは個人アドレス宛）。
""" % CASE_B,
    quoted=oq("Amazon Web Services <%s>" % TC, "2025年3月10日 18:25", "森島 健太 <%s>" % ME_C,
              "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B, ACK_B_JP).replace("-----Original Message-----", "________________________________\n差出人: Amazon Web Services <%s>" % TC).replace("From: Amazon Web Services <%s>\n" % TC, "").replace("Sent: ", "送信日時: ").replace("To: ", "宛先: ").replace("Subject: ", "件名: "),
    cte="base64", mid=mid_outlook(), thread="B", reply=True, received_by="gmail",
    auth=auth_gmail("hoshizora-tech.co.jp", mailfrom="k-morishima@hoshizora-tech.co.jp"),
    note="owner forwards ack from company to personal with a Japanese note-to-self; mentions the duplicate")

DUP_C = """Hello Kenta,

I noticed that this request is the same as case %s, which you opened about an hour earlier from your company address. To keep everything in one place, I have closed this case as a duplicate and linked it to %s. My colleagues will continue there.

You don't need to reply here.

Regards,
Marisol
AWS Training and Certification Customer Support
""" % (CASE_B, CASE_B)
add("case_update", False, CASE_C, d(2025, 3, 11, 0, 14), TCN, MEP,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C,
    new=DUP_C, quoted="\n\n---------- Previous correspondence ----------\n" + ACK_C, cte="quoted-printable",
    mid=mid_ses(), thread="C", reply=True, auth=auth_gmail("amazon.com"),
    note="duplicate closed and linked; names the other case number in the body; label case = this thread's case")

HOLD_B1 = """Hello Kenta,

Thank you for reaching out about merging your certification accounts.

When I looked up the account registered to k-morishima@hoshizora-tech.co.jp, I found that it is associated with an AWS Partner Network organization (Hoshizora Tech K.K.). Certification accounts linked to an APN partner count towards that partner's tier requirements, so we are unable to move the certifications out of it while the association is active. The association has to be released on the partner side first; I've raised a request with our APN team for that.

While that is in progress, could you confirm for me whether you are still employed at Hoshizora Tech, and if so, your last working day? The APN team asks for this before they release an individual.

I'll keep the case on hold until the partner association has been cleared.

Best regards,
Daniel
AWS Training and Certification Customer Support
"""
add("on_hold", True, CASE_B, d(2025, 3, 11, 2, 9), TCN, MEC,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    new=HOLD_B1, quoted="\n\n---------- Previous correspondence ----------\n" + ACK_B_JP, cte="quoted-printable",
    mid=mid_ses(), thread="B", reply=True, auth=auth_o365("amazon.com"), received_by="o365",
    note="APN hold with a question buried in the middle")

add("unrelated", False, None, d(2025, 3, 11, 4, 30), addr("AWS Free Tier", "no-reply-aws@amazon.com"), MEP,
    "AWS Free Tier limit alert",
    new="""Hello,

Your AWS account 381204756619 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of March.

Product: AmazonS3    Usage: 17.2 GB of 20 GB    Region: ap-northeast-1

To learn more about your AWS Free Tier usage, visit the Billing and Cost Management console.

Amazon Web Services
This email was sent from an address that cannot accept incoming e-mails.
""", cte="quoted-printable", mid=mid_ses(), auth=auth_gmail("amazon.com"),
    note="AWS mail from the console sender; not a case")

USER_B1 = """Hi Daniel,

Yes, I'm still employed there until March 31 - that is my last working day, and this address will be shut down on April 1. That's the reason for the request. Once I've left I would like everything to be on kenta.morishima.dev@gmail.com.

Thank you,
Kenta Morishima
"""
add("user_reply", False, CASE_B, d(2025, 3, 11, 13, 5, JST), MEC_EN, TCN,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    new=USER_B1, quoted=oq("AWS Training and Certification <%s>" % TC, "Tuesday, March 11, 2025 11:09 AM",
                           "森島 健太 <%s>" % ME_C,
                           "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B, HOLD_B1),
    cte="quoted-printable", mid=mid_outlook(), thread="B", reply=True, received_by=None, crlf=True,
    note="owner answers the buried question from the company address (CRLF)")

REQ_B2 = """Hello Kenta,

Thanks for confirming your leaving date.

One more thing before we go further. Because the request is to move your records to kenta.morishima.dev@gmail.com, we have to hear from that address directly - a reply from the company mailbox is not enough to show that the personal address belongs to you. Send a short reply to this email from kenta.morishima.dev@gmail.com (I've copied it here) saying that you own it, and I'll attach it to the case.

Regards,
Daniel
AWS Training and Certification Customer Support
"""
add("info_request", True, CASE_B, d(2025, 3, 12, 1, 20), TCN, MEC, cc=MEP,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    new=REQ_B2, quoted="\n\n---------- Previous correspondence ----------\n" + USER_B1 + "\n" + HOLD_B1,
    cte="quoted-printable", mid=mid_ses(), thread="B", reply=True, auth=auth_gmail("amazon.com"),
    note="asks the owner to write from the other (destination) address; bare imperative 'Send a short reply'")

USER_B2 = """Hello Daniel,

Writing from my personal address as requested: kenta.morishima.dev@gmail.com is mine, and it's the one I'd like to keep. The new certification account on it has candidate ID AWS11904736.

Best,
Kenta
"""
add("user_reply", False, CASE_B, d(2025, 3, 12, 21, 2, JST), MEP, TCN,
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    new=USER_B2, quoted=gq("Wed, Mar 12, 2025 at 10:20 AM", "AWS Training and Certification <%s>" % TC, REQ_B2),
    cte="base64", mid=mid_gmail(), thread="B", reply=True, received_by=None,
    note="owner's Gmail reply from personal address, adds the new candidate ID")

HOLD_B2 = """Hello Kenta,

Thank you - your reply from the personal address has been added to the case.

The only thing outstanding now is on the partner side. Our APN team has contacted the administrator of the Hoshizora Tech K.K. partner account, who needs to approve releasing your certification record from the organization. We cannot complete the merge until that happens, so this case is on hold in the meantime.

For reference, I also see an older case, %s from 2021, about a name update on the same profile. It is closed and doesn't affect this request.

I'll write again when the partner has responded.

Best regards,
Daniel
AWS Training and Certification Customer Support
""" % OLD_CASE
add("on_hold", False, CASE_B, d(2025, 3, 13, 3, 44), TCN, MEP, cc=MEC,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    new=HOLD_B2, quoted="\n\n---------- Previous correspondence ----------\n" + USER_B2 + "\n" + REQ_B2,
    cte="quoted-printable", mid=mid_ses(), thread="B", reply=True, auth=auth_gmail("amazon.com"),
    note="pure hold waiting on partner admin; mentions an old 10-digit case number")

add("unrelated", False, None, d(2025, 3, 14, 0, 0), addr("クラウド技術通信", "newsletter@cloudtech-tsushin.jp"), MEP,
    "【クラウド技術通信 第97号】転職時にAWS認定アカウントを移す手順ほか",
    new="""━━━━━━━━━━━━━━━━━━━━━━━━━━
 クラウド技術通信 第97号
━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の特集
 転職時にAWS認定アカウントを個人アドレスへ移す手順
 （フォームの選び方、サポートからの確認メールへの返信のしかた）

■ 読者アンケート
 ご意見・ご感想をお待ちしております。本メールに返信してお送りください。

配信停止: https://cloudtech-tsushin.jp/unsubscribe
""", charset="shift_jis", cte="base64", subj_charset="iso-2022-jp", mid=mid_generic("cloudtech-tsushin.jp"),
    auth=auth_gmail("cloudtech-tsushin.jp"), note="Shift_JIS newsletter about account merges")

add("suspicious", False, None, d(2025, 3, 16, 7, 52), addr("AWS Training and Certification", TC), MEP,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % FAKE_CASE,
    new="""Hello,

We are ready to merge your AWS Certification accounts. Before we can proceed, please confirm ownership of both accounts by signing in through the secure merge portal below with your AWS Builder ID and the password of your old company account:

https://aws-training-merge.support-portal.co/confirm?case=%s

Requests that are not confirmed within 24 hours are cancelled and must be resubmitted.

Regards,
AWS Training and Certification Customer Support
""" % FAKE_CASE, cte="quoted-printable", mid=mid_generic("mail-relay-7.support-portal.co"),
    auth=auth_gmail("amazon.com", ok=False, mailfrom="bounce@support-portal.co", dkim_dom="support-portal.co"),
    note="real T&C From address but dmarc=fail; fake case number; asks for passwords; label case null")

add("on_hold", False, CASE_B, d(2025, 3, 17, 1, 6), TCN, MEP,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    new="""Hi Kenta,

Just a short note so you know the case hasn't been forgotten: we're still waiting on the partner administrator at Hoshizora Tech to approve the release. Our APN team sent them a reminder this morning. Nothing is needed from you at this stage.

Daniel
AWS Training and Certification Customer Support
""", cte="7bit", charset="us-ascii", mid=mid_ses(), thread="B", reply=True, auth=auth_gmail("amazon.com"),
    note="still-waiting note: judged on_hold (pause continues, reason outside the owner)")

UPD_B = """Hello Kenta,

The partner administrator approved the request yesterday and the APN association on your company account has now been removed, so the hold on this case is lifted.

I'm preparing the merge now and will send you the account details to check shortly.

Kind regards,
Fatima
AWS Training and Certification Customer Support
"""
add("case_update", False, CASE_B, d(2025, 3, 18, 2, 11), TCN, MEP,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    new=UPD_B, cte="quoted-printable", mid=mid_ses(), thread="B", reply=True, auth=auth_gmail("amazon.com"),
    note="hold lifted, announces a coming request but asks nothing yet")

CONF_B_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>I found two certification accounts that belong to you. Before anything is combined, please look over the details below.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11904736</td><td>AWS03318472</td></tr>
<tr><td>Login email</td><td>kenta.morishima.dev@gmail.com</td><td>k-morishima@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenta.morishima.dev@gmail.com</td><td>k-morishima@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenta.morishima.dev@gmail.com</td><td>k-morishima@hoshizora-tech.co.jp</td></tr>
<tr><td>Active certifications</td><td>&ndash;</td><td>SAA-C03, SCS-C02, CLF-C02</td></tr>
</table>
<p>Once merged, Account #2 will be closed and its exam history, certifications and benefits will appear under Account #1. This can't be undone.</p>
<p>Are both of these accounts yours, and is Account #1 the one you want to keep? A yes from you is all I need to go ahead.</p>
<p>Kind regards,<br>Fatima<br>AWS Training and Certification Customer Support</p>
"""
CONF_B_TEXT = """Hello Kenta,

I found two certification accounts that belong to you. Before anything is combined, please look over the details below.

                                   Account #1                        Account #2
Candidate ID                       AWS11904736                       AWS03318472
Login email                        kenta.morishima.dev@gmail.com     k-morishima@hoshizora-tech.co.jp
Training notification email        kenta.morishima.dev@gmail.com     k-morishima@hoshizora-tech.co.jp
Certification notification email   kenta.morishima.dev@gmail.com     k-morishima@hoshizora-tech.co.jp
Active certifications              -                                 SAA-C03, SCS-C02, CLF-C02

Once merged, Account #2 will be closed and its exam history, certifications and benefits will appear under Account #1. This can't be undone.

Are both of these accounts yours, and is Account #1 the one you want to keep? A yes from you is all I need to go ahead.

Kind regards,
Fatima
AWS Training and Certification Customer Support
"""
add("confirmation_request", True, CASE_B, d(2025, 3, 18, 6, 33), TCN, MEP, cc=MEC,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    html=CONF_B_HTML, html_quoted="<hr><div style='color:#555'><b>Previous correspondence</b><br>" + UPD_B.replace("\n", "<br>\n") + "</div></body></html>",
    cte="base64", mid=mid_ses(), thread="B", reply=True, auth=auth_gmail("amazon.com"),
    note="HTML-only table (base64), confirmation phrased as two questions")

add("user_reply", False, CASE_B, d(2025, 3, 18, 16, 10, JST), MEC, ME_P,
    "FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    new="""帰ったら確認して返信する。会社のPCからは送らないこと（個人アドレスから返す）。
""",
    quoted=oq("AWS Training and Certification <%s>" % TC, "Tuesday, March 18, 2025 3:33 PM",
              "kenta.morishima.dev@gmail.com", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
              CONF_B_TEXT),
    cte="base64", mid=mid_outlook(), thread="B", reply=True, received_by="gmail",
    auth=auth_gmail("hoshizora-tech.co.jp", mailfrom="k-morishima@hoshizora-tech.co.jp"),
    note="owner forwards the confirmation request to himself; the request is only in forwarded text")

add("unrelated", False, None, d(2025, 3, 19, 0, 5), addr("Ryo Takeda", "r-takeda@hoshizora-tech.co.jp"), MEC_EN,
    "Automatic reply: Terraform state migration review",
    new="""I'm out of the office until March 24 with limited access to e-mail.
For anything urgent about the platform-infra repository, please contact Daichi Ono.

Ryo
""", cte="7bit", charset="us-ascii", mid=mid_outlook(), received_by="o365",
    extra=(("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "r-takeda@hoshizora-tech.co.jp")),
    auth=auth_o365("hoshizora-tech.co.jp", mailfrom="hoshizora-tech.co.jp"), note="colleague out-of-office")

CLOSE_B = """Hello Kenta,

We haven't heard back about the merge details we sent on March 18.

Just so you're aware, if there is still no reply after 72 hours from this message, the case will close automatically and the accounts will stay as they are. A reply to this message - even a short one - keeps the case open.

Thank you,
AWS Training and Certification Customer Support
"""
add("closing_notice", True, CASE_B, d(2025, 3, 21, 1, 0), TCN, MEP, cc=MEC,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    new=CLOSE_B, quoted="\n\n---------- Previous correspondence ----------\n" + CONF_B_TEXT,
    html="<html><body><p>" + CLOSE_B.strip().replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>",
    html_quoted="<blockquote style='border-left:2px solid #ccc;padding-left:8px'>" + CONF_B_HTML.split("<body", 1)[1].split(">", 1)[1] + "</blockquote></body></html>",
    alt=True, cte="quoted-printable", mid=mid_ses(), thread="B", reply=True, auth=auth_gmail("amazon.com"),
    note="closing notice, multipart/alternative, quotes the confirmation table")

USER_B3 = """Hi Fatima,

Sorry, I missed this - the last weeks at work have been hectic.

Yes, both accounts are mine. Please keep Account #1 (kenta.morishima.dev@gmail.com, AWS11904736) and fold Account #2 (AWS03318472) into it.

Thanks a lot,
Kenta
"""
add("user_reply", False, CASE_B, d(2025, 3, 21, 22, 47, JST), MEP, TCN,
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    new=USER_B3, quoted=gq("Fri, Mar 21, 2025 at 10:00 AM", "AWS Training and Certification <%s>" % TC, CLOSE_B + "\n" + CONF_B_TEXT),
    cte="quoted-printable", mid=mid_gmail(), thread="B", reply=True, received_by=None,
    note="the confirmation; two candidate IDs in own text")

RES_B = """Hello Kenta,

Thank you for confirming. I have merged Account #2 into Account #1. Your exam history, the three active certifications and your exam discount benefit are now on the account that signs in with kenta.morishima.dev@gmail.com (AWS11904736). Your Credly badges will be re-issued to that address over the next day or so.

No further action is needed on your side. If you spot anything missing when you sign in, you're welcome to reply here.

Kind regards,
Tomasz
AWS Training and Certification Customer Support
"""
add("resolved", False, CASE_B, d(2025, 3, 22, 4, 18), TCN, MEP,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    new=RES_B, quoted="\n\n---------- Previous correspondence ----------\n" + USER_B3 + "\n" + CLOSE_B + "\n" + CONF_B_TEXT,
    cte="quoted-printable", mid=mid_ses(), thread="B", reply=True, auth=auth_gmail("amazon.com"),
    note="merge done; quotes closing notice and the full confirmation request below")

add("badge", False, None, d(2025, 3, 22, 19, 30), addr("Credly", "admin@credly.com"), MEP,
    "Your badges from Amazon Web Services Training and Certification have moved",
    new="""Hi Kenta,

Amazon Web Services Training and Certification has updated the email address on 3 of your badges. They are now connected to kenta.morishima.dev@gmail.com:

  - AWS Certified Solutions Architect – Associate
  - AWS Certified Security – Specialty
  - AWS Certified Cloud Practitioner

Sign in to Credly with this address to manage and share them: https://www.credly.com/users/sign_in

The Credly Team
""", html="""<p>Hi Kenta,</p><p>Amazon Web Services Training and Certification has updated the email address on 3 of your badges. They are now connected to <b>kenta.morishima.dev@gmail.com</b>:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Security &ndash; Specialty</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/users/sign_in">Sign in to Credly</a></p><p>The Credly Team</p>""",
    alt=True, cte="quoted-printable", mid=mid_generic("credly.com"), auth=auth_gmail("credly.com"),
    note="Credly after merge")

add("survey", False, CASE_B, d(2025, 3, 23, 4, 20), addr("AWS Training and Certification", TC), MEP,
    "We'd value your feedback on case %s" % CASE_B,
    new="""Hello,

Your recent case with AWS Training and Certification Customer Support (Case ID: %s) has been resolved. We'd like to hear about your experience.

How likely are you to recommend AWS Training and Certification support to a colleague?
Rate here: https://feedback.aws-cs.amazon.com/s/%s

The questionnaire is short and your answers help us improve. Replies to this message are not monitored.

Amazon Web Services
""" % (CASE_B, hx(20)), cte="7bit", charset="us-ascii", mid=mid_ses(), auth=auth_gmail("amazon.com"),
    note="survey from the case sender; 'Case ID:' in text")

add("certification", False, None, d(2025, 3, 26, 16, 0), addr("AWS Certification", "do-not-reply@certmetrics.com"), MEP,
    "AWS Certification wants to hear from you",
    new="""Hello Kenta,

You're invited to help shape future AWS Certification exams. We're looking for certified individuals to take part in a 20-minute survey about the tasks you perform in your role.

Take the survey: https://www.certmetrics.com/amazon/survey/?id=%s

Participation is voluntary. If you'd rather not take part, no action is needed.

AWS Certification
""" % hx(12), cte="quoted-printable", mid=mid_generic("certmetrics.com"), auth=auth_gmail("certmetrics.com"),
    note="certification-program survey, not a support survey")

add("unrelated", False, None, d(2025, 4, 1, 0, 12), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), MEP,
    "Delivery Status Notification (Failure)",
    new="""** Address not found **

Your message wasn't delivered to k-morishima@hoshizora-tech.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k-morishima@hoshizora-tech.co.jp not found by SMTP address lookup
""", quoted="""
----- Original message -----

From: Kenta Morishima <kenta.morishima.dev@gmail.com>
To: k-morishima@hoshizora-tech.co.jp
Subject: test
Date: Tue, 1 Apr 2025 09:11:40 +0900

test - is the old mailbox gone?
""", cte="7bit", charset="us-ascii", mid=mid_gmail(), auth=None,
    extra=(("Auto-Submitted", "auto-replied"),), note="bounce of a test to the closed company mailbox")

REOPEN_USER = """Hi Tomasz,

Everything looks right except one thing: the 50% exam discount from my October recertification didn't come across. Benefits on AWS11904736 is empty. Could you check?

Thanks,
Kenta
"""
add("user_reply", False, CASE_B, d(2025, 4, 2, 21, 5, JST), MEP, TCN,
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    new=REOPEN_USER, quoted=gq("Sat, Mar 22, 2025 at 1:18 PM", "AWS Training and Certification <%s>" % TC, RES_B),
    cte="base64", mid=mid_gmail(), thread="B", reply=True, received_by=None,
    note="owner reopens a resolved case by replying")

REOPEN_UPD = """Hello Kenta,

Thanks for letting us know. I've reopened this case. The discount benefit is stored separately from the exam record and wasn't picked up by the merge. I've asked our benefits team to copy it to AWS11904736; this usually takes a few business days and I'll let you know once it's done.

Regards,
Tomasz
AWS Training and Certification Customer Support
"""
add("case_update", False, CASE_B, d(2025, 4, 3, 2, 50), TCN, MEP,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    new=REOPEN_UPD, quoted="\n\n---------- Previous correspondence ----------\n" + REOPEN_USER,
    cte="quoted-printable", mid=mid_ses(), thread="B", reply=True, auth=auth_gmail("amazon.com"),
    note="reopened, passed to another team")

add("unrelated", False, None, d(2025, 4, 4, 9, 15), addr("Nimbus Notes Support", "support@nimbusnotes.zendesk.com"), MEP,
    "[Nimbus Notes] Re: Sync stuck after account merge",
    new="""##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

Hana (Nimbus Notes)
Apr 4, 2025, 18:14 JST

Hi Kenta, we've merged your two workspaces and the sync queue has cleared. We're closing this case now - if the problem comes back, just reply and the ticket will reopen automatically.

This email is a service from Nimbus Notes. Delivered by Zendesk
[ZKPQ7R-3V0X]
""", cte="quoted-printable", mid=mid_generic("nimbusnotes.zendesk.com"), auth=auth_gmail("zendesk.com"),
    note="other vendor: 'merged', 'case closed', reply-to-reopen")

REOPEN_RES = """<div style="font-family:Arial,sans-serif">
<p>Hi Kenta,</p>
<p>The benefits team has finished: the 50% exam discount (valid until October 1, 2027) is now listed under <b>Benefits</b> on your account AWS11904736.</p>
<p>That completes the request, so I'm closing the case again. Thank you for your patience.</p>
<p>Regards,<br>Tomasz<br>AWS Training and Certification Customer Support</p>
</div>
"""
add("resolved", False, CASE_B, d(2025, 4, 8, 5, 2), TCN, MEP,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    html=REOPEN_RES, html_quoted="<div style='border-top:1px solid #ccc;margin-top:12px;color:#555'>" + REOPEN_UPD.replace("\n", "<br>") + "</div>",
    cte="quoted-printable", mid=mid_ses(), thread="B", reply=True, auth=auth_gmail("amazon.com"),
    note="HTML-only resolution after reopening; 'closing the case' but because it is done")

# ---------------------------------------------------------------------------
# April 2025: exam result missing (E), Japanese
# ---------------------------------------------------------------------------
add("unrelated", False, None, d(2025, 4, 1, 2, 30), addr("ピアソンVUE", "pearsonvuecustomerservice@pearson.com"), MEP,
    "【ピアソンVUE】AWS Certified Developer - Associate 試験予約確認",
    new="""森島 健太 様

このたびはピアソンVUEにて試験をご予約いただき、ありがとうございます。

試験名: DVA-C02: AWS Certified Developer - Associate (日本語)
日時: 2025年4月5日(土) 13:00
会場: ピアソン プロフェッショナル センター 東京新宿
登録番号: 517203948

当日は開始30分前までに会場へお越しください。本人確認書類を2点ご持参ください。

ピアソンVUE カスタマーサービス
""", charset="iso-2022-jp", cte="7bit", subj_charset="iso-2022-jp", mid=mid_generic("pearson.com"), auth=auth_gmail("pearson.com"),
    note="exam vendor confirmation, ISO-2022-JP, 9-digit registration number")

# move out-of-order message: ensure ordering by sorting later (Pearson booking arrives before reopen thread)

ACK_E = """森島 様

Amazon Web Services にお問い合わせいただき、誠にありがとうございます。ケース %s を作成いたしました。

ケース ID: %s
件名: 試験結果が反映されない
内容: 4月5日にテストセンターでDVA-C02を受験しましたが、2週間近く経っても認定アカウントに結果が表示されません。

通常24時間以内に担当者よりご連絡いたします。恐れ入りますが、同一のお問い合わせについて別のケースを作成されませんようお願い申し上げます。

Amazon Web Services
""" % (CASE_E, CASE_E)
add("acknowledgement", False, CASE_E, d(2025, 4, 18, 4, 40, s=33), TCN2, MEP,
    "[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_E,
    new=ACK_E, charset="iso-2022-jp", cte="7bit", mid=mid_ses(), thread="E", auth=auth_gmail("amazon.com"),
    note="Japanese ack in ISO-2022-JP")

REQ_E = """森島 様

AWS トレーニングと認定カスタマーサポートの山内でございます。
お問い合わせいただきありがとうございます。

候補 ID AWS11904736 のアカウントを確認いたしましたところ、4月5日の DVA-C02 の受験記録がまだ取り込まれていない状態でございました。試験配信パートナー側の記録と照合するため、恐れ入りますが、以下の2点をご教示いただけますでしょうか。

・ピアソンVUEの登録番号（9桁）
・受験されたテストセンター名

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

山内
AWS トレーニングと認定 カスタマーサポート
"""
add("info_request", True, CASE_E, d(2025, 4, 19, 0, 58), addr("AWS トレーニングと認定", TC), MEP,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_E,
    new=REQ_E, quoted="\n\n---------- 以前のやり取り ----------\n" + ACK_E, cte="base64", mid=mid_ses(), thread="E", reply=True,
    auth=auth_gmail("amazon.com"), note="Japanese keigo request (ご教示いただけますでしょうか), base64 UTF-8")

USER_E = """山内様

ご連絡ありがとうございます。森島です。

・登録番号: 517203948
・テストセンター: ピアソン プロフェッショナル センター 東京新宿

以上、よろしくお願いいたします。
"""
add("user_reply", False, CASE_E, d(2025, 4, 19, 10, 12, JST), MEP, TCN,
    "Re: [CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_E,
    new=USER_E, quoted=gq("2025年4月19日(土) 9:58", "AWS トレーニングと認定 <%s>" % TC, REQ_E, jp=True),
    charset="iso-2022-jp", cte="7bit", mid=mid_gmail(), thread="E", reply=True, received_by=None,
    note="owner's Japanese reply, ISO-2022-JP, Gmail Japanese quote header")

add("suspicious", False, None, d(2025, 4, 20, 6, 25), addr("Pearson VUE", "results@pearsonvue-exams.com"), MEP,
    "Your AWS exam result has been placed on hold",
    new="""Dear Candidate,

Your recent AWS Certified Developer - Associate exam result has been placed on hold due to an irregularity reported by the test center.

To avoid invalidation of your result, you must submit your candidate ID and AWS Certification account password through our review form within 24 hours:

https://pearsonvue-exams.com/review/aws

Pearson VUE Exam Security
""", cte="quoted-printable", mid=mid_generic("pearsonvue-exams.com"),
    auth=auth_gmail("pearsonvue-exams.com", ok=False, mailfrom="results@pearsonvue-exams.com"),
    note="exam-vendor lookalike; 'on hold' wording")

UPD_E = """森島 様

ご回答いただきありがとうございます。

いただいた情報をもとに、試験配信パートナーへ記録の再送を依頼いたしました。先方からの回答を待っている状況でございます。進展がございましたら、改めてご連絡いたします。

山内
AWS トレーニングと認定 カスタマーサポート
"""
add("case_update", False, CASE_E, d(2025, 4, 21, 2, 30), addr("AWS トレーニングと認定", TC), MEP,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_E,
    new=UPD_E, quoted="\n\n---------- 以前のやり取り ----------\n" + USER_E + "\n" + REQ_E, cte="quoted-printable",
    mid=mid_ses(), thread="E", reply=True, auth=auth_gmail("amazon.com"),
    note="Japanese 'still working / waiting on vendor' update; judged case_update (no hold announced, work in progress)")

add("unrelated", False, None, d(2025, 4, 22, 10, 0), addr("connpass", "no-reply@connpass.com"), MEP,
    "【connpass】JAWS-UG 東京 #62 への参加が確定しました",
    new="""森島 健太 さん

以下のイベントへの参加が確定しました。

JAWS-UG 東京 #62 「認定資格の取り方・活かし方」
日時: 2025/05/08(木) 19:00〜21:00
会場: 目黒セントラルスクエア

キャンセルする場合はイベントページから手続きしてください。
""", cte="base64", mid=mid_generic("connpass.com"), auth=auth_gmail("connpass.com"), note="community event")

RES_E = """<html><body style="font-family:'Meiryo',sans-serif">
<p>森島 様</p>
<p>お待たせいたしました。試験配信パートナーより記録が再送され、4月5日受験の <b>AWS Certified Developer &ndash; Associate</b> の結果がアカウント（AWS11904736）に反映されたことを確認いたしました。</p>
<p>以上をもちまして、本件は解決とさせていただきます。ご不明な点がございましたら、本メールにご返信ください。</p>
<p>山内<br>AWS トレーニングと認定 カスタマーサポート</p>
"""
add("resolved", False, CASE_E, d(2025, 4, 24, 1, 15), addr("AWS トレーニングと認定", TC), MEP,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_E,
    html=RES_E, html_quoted="<blockquote>" + REQ_E.replace("\n", "<br>") + "</blockquote></body></html>",
    cte="base64", mid=mid_ses(), thread="E", reply=True, auth=auth_gmail("amazon.com"),
    note="Japanese HTML-only resolution with ご不明な点がございましたら and a quoted keigo request")

add("certification", False, None, d(2025, 4, 24, 1, 40), addr("AWS Certification", "do-not-reply@certmetrics.com"), MEP,
    "Congratulations, you're AWS Certified!",
    new="""Hello Kenta Morishima,

Congratulations on earning AWS Certified Developer - Associate.

Candidate ID: AWS11904736
Certification date: April 5, 2025
Expiration date: April 5, 2028

Your certificate and the benefits that come with this certification are available in your AWS Certification Account.

AWS Training and Certification
""", cte="quoted-printable", mid=mid_generic("certmetrics.com"), auth=auth_gmail("certmetrics.com"), note="certification result")

add("badge", False, None, d(2025, 4, 24, 2, 2), addr("Credly", "admin@credly.com"), MEP,
    "Kenta, your AWS Certified Developer – Associate badge is ready",
    new="""Hi Kenta,

Amazon Web Services Training and Certification issued you a new badge: AWS Certified Developer – Associate.

Accept it here: https://www.credly.com/earner/earned/badge/91d2f0aa-7e3c-4b18-8c55-2e6a0c71b4d3

Credly
""", cte="quoted-printable", mid=mid_generic("credly.com"), auth=auth_gmail("credly.com"), note="badge")

add("survey", False, CASE_E, d(2025, 4, 25, 1, 20), addr("AWS トレーニングと認定", TC), MEP,
    "サポート対応に関するアンケートのお願い（ケース %s）" % CASE_E,
    new="""森島 様

先日はAWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間：約2分）。

https://feedback.aws-cs.amazon.com/ja/s/%s

※本メールは送信専用アドレスから配信しております。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services
""" % hx(20), cte="base64", mid=mid_ses(), auth=auth_gmail("amazon.com"), note="Japanese survey with お願い")

# ---------------------------------------------------------------------------
# May 2025: console case (D), other AWS programs
# ---------------------------------------------------------------------------
add("unrelated", False, None, d(2025, 5, 3, 22, 5), addr("Amazon Web Services", "aws-billing@amazon.com"), MEP,
    "AWS Notification - Your invoice is available for Account 381204756619",
    new="""Greetings from Amazon Web Services,

Your billing statement for April 2025 is available. Total: $7.82

https://console.aws.amazon.com/billing/home#/bill

Amazon Web Services
""", cte="7bit", charset="us-ascii", mid=mid_ses(), auth=auth_gmail("amazon.com"), note="billing")

FOOT_CONSOLE = """
To see all of the details of your case, contact us, or to reply, please use the following link:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
add("acknowledgement", False, CASE_D, d(2025, 5, 6, 3, 11), addr("Amazon Web Services", CONSOLE), MEP,
    "Amazon Web Services: New Support case: %s" % CASE_D,
    new="""Dear Customer,

Thank you for contacting Amazon Web Services. You have opened case %s in the AWS Support Center for [AWS ID 381204756619].

Case details:
Subject: Name on certification certificate misspelled (Morisima -> Morishima)
Service: Training and Certification
Category: Certification
Severity: General guidance

We will respond as soon as possible.
""" % CASE_D + FOOT_CONSOLE % CASE_D, cte="7bit", charset="us-ascii", mid=mid_ses(), thread="D",
    auth=auth_gmail("amazon.com"), note="console case ack; 12-digit AWS account ID in brackets")

REQ_D = """Hello,

My name is Arjun and I'm with the AWS Training and Certification team.

I can change the name printed on your certificates, but for legal-name corrections we first have to verify it against an official document. Could you upload a photo or scan of a government-issued ID showing your name as it should appear (you may hide the ID number and photo)? Please attach it to this case in the Support Center rather than sending it by e-mail; this address cannot receive replies.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Arjun R.
Amazon Web Services
"""
add("info_request", True, CASE_D, d(2025, 5, 7, 1, 26), addr("Amazon Web Services", CONSOLE), MEP,
    "RE:[CASE %s] Name on certification certificate misspelled (Morisima -> Morishima)" % CASE_D,
    new=REQ_D + FOOT_CONSOLE % CASE_D, cte="quoted-printable", mid=mid_ses(), thread="D", reply=True,
    auth=auth_gmail("amazon.com"), note="console case: must answer in Support Center; survey footer under the request")

USER_D = """Hi Arjun,

Attaching a scan of my My Number card (number masked). The correct spelling is MORISHIMA Kenta.

Kenta
"""
add("user_reply", False, CASE_D, d(2025, 5, 7, 22, 30, JST), MEP, CONSOLE,
    "Re: RE:[CASE %s] Name on certification certificate misspelled (Morisima -> Morishima)" % CASE_D,
    new=USER_D, quoted=gq("Wed, May 7, 2025 at 10:26 AM", "Amazon Web Services <%s>" % CONSOLE, REQ_D + FOOT_CONSOLE % CASE_D),
    cte="base64", mid=mid_gmail(), thread="D", reply=True, received_by=None,
    note="owner wrongly answers the console case by e-mail (goes nowhere)")

add("unrelated", False, None, d(2025, 5, 8, 5, 0), addr("Amazon Web Services", CONSOLE), MEP,
    "Amazon Web Services: New Support case: %s" % BILL_CASE,
    new="""Dear Customer,

Thank you for contacting Amazon Web Services. You have opened case %s in the AWS Support Center for [AWS ID 381204756619].

Case details:
Subject: Unexpected NAT Gateway charge in April
Service: Billing
Category: Charges
Severity: General guidance
""" % BILL_CASE + FOOT_CONSOLE % BILL_CASE, cte="7bit", charset="us-ascii", mid=mid_ses(),
    auth=auth_gmail("amazon.com"), note="billing console case ack: AWS support but not Training and Certification")

add("unrelated", False, None, d(2025, 5, 9, 2, 40), addr("Amazon Web Services", CONSOLE), MEP,
    "RE:[CASE %s] Unexpected NAT Gateway charge in April" % BILL_CASE,
    new="""Hello,

Thank you for contacting AWS Billing support. I see NAT Gateway hours in ap-northeast-1 from April 12 to April 30. Could you let me know whether you deleted the VPC that this NAT Gateway belonged to, and on which date? Once I have that, I can review whether a credit is possible.

Best regards,
Sofia G.
Amazon Web Services
""" + FOOT_CONSOLE % BILL_CASE, cte="quoted-printable", mid=mid_ses(),
    auth=auth_gmail("amazon.com"), note="billing case asks a question: not a T&C case, so unrelated / no reply flag")

CLOSE_D = """Hello,

We haven't received a response in the Support Center to our last correspondence on this case. If we do not hear from you, the case will be resolved automatically in 3 days. To keep it open, please reply using the Support Center link below.

Best regards,
Amazon Web Services
"""
add("closing_notice", True, CASE_D, d(2025, 5, 11, 1, 30), addr("Amazon Web Services", CONSOLE), MEP,
    "RE:[CASE %s] Name on certification certificate misspelled (Morisima -> Morishima)" % CASE_D,
    new=CLOSE_D + FOOT_CONSOLE % CASE_D, cte="quoted-printable", mid=mid_ses(), thread="D", reply=True,
    auth=auth_gmail("amazon.com"), note="console auto-resolve warning; the owner's e-mailed answer never arrived")

add("unrelated", False, None, d(2025, 5, 12, 6, 45), addr("Amazon Web Services", "aws-cs-educate-form@amazon.com"), MEP,
    "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % EDU_CASE,
    new="""Hello Kenta,

Thank you for contacting AWS Educate. To restore access to your AWS Educate account, please reply with the email address you originally registered with and the approximate date you joined.

Regards,
AWS Educate Support
""", cte="quoted-printable", mid=mid_ses(), auth=auth_gmail("amazon.com"),
    note="AWS Educate form case asking for info: other AWS program, judged unrelated / no reply flag")

add("user_reply", False, CASE_D, d(2025, 5, 12, 21, 3, JST), MEP, ME_P,
    "メモ: AWSケース %s はコンソールから返信" % CASE_D,
    new="""コンソールのケース %s、メールで返しても届いていなかった。
Support Center から身分証をアップロード済み（5/12 21:00）。次回からは必ずコンソール経由。
""" % CASE_D, cte="base64", mid=mid_gmail(), received_by="gmail",
    auth=auth_gmail("gmail.com", mailfrom=ME_P), note="owner's note to self; mentions the case number")

RES_D = """Hello,

Thank you for uploading the document. I've updated the name on your AWS Certification profile to Kenta MORISHIMA, and all of your certificates now show the corrected spelling. You can download the new versions from the Certifications page.

Since the correction is complete, I'm resolving this case. If anything else comes up you can reopen it from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Arjun R.
Amazon Web Services
"""
add("resolved", False, CASE_D, d(2025, 5, 13, 2, 8), addr("Amazon Web Services", CONSOLE), MEP,
    "RE:[CASE %s] Name on certification certificate misspelled (Morisima -> Morishima)" % CASE_D,
    new=RES_D + FOOT_CONSOLE % CASE_D, cte="quoted-printable", mid=mid_ses(), thread="D", reply=True,
    auth=auth_gmail("amazon.com"), note="console resolution with rating footer")

add("suspicious", False, None, d(2025, 5, 14, 8, 19), addr("Amazon Web Services", "no-reply-aws@amazon-support-center.net"), MEP,
    "RE:[CASE %s] Name on certification certificate misspelled" % CASE_D,
    new="""Hello,

Your certificate correction requires a one-time processing fee of USD 15. Your case will be closed if payment is not received within 48 hours.

Pay and confirm here: https://amazon-support-center.net/pay?case=%s

Amazon Web Services
""" % CASE_D, cte="quoted-printable", mid=mid_generic("amazon-support-center.net"),
    auth=auth_gmail("amazon-support-center.net", ok=False, mailfrom="no-reply-aws@amazon-support-center.net"),
    note="lookalike domain reusing a real case number and a closing threat; case null")

add("survey", False, CASE_D, d(2025, 5, 14, 2, 30), addr("Amazon Web Services", CONSOLE), MEP,
    "How was your experience with AWS Support? Case %s" % CASE_D,
    html="""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your support case <b>%s</b> was recently resolved. Tell us how we did:</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;r=good">&#128077; Good</a> &nbsp;
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;r=bad">&#128078; Needs improvement</a></p>
<p style="font-size:11px;color:#777">This e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>""" % (CASE_D, CASE_D, CASE_D), cte="quoted-printable", mid=mid_ses(), auth=auth_gmail("amazon.com"),
    note="console survey, HTML-only")

# ---------------------------------------------------------------------------
# Late May 2025: a second merge attempt (F) about a stray duplicate profile, with
# a Japanese support agent and an explicit which-account question
# ---------------------------------------------------------------------------
CASE_F = "174819204400065"
ACK_F = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s for your request.

Case ID: %s
Subject: Two certification accounts on the same email address

Our team usually replies within 24 hours; some requests take longer while we work out the best solution. Please avoid submitting the form again for the same request.

If there is anything you would like to add in the meantime, you can reply to this email.

Amazon Web Services
""" % (CASE_F, CASE_F)
add("acknowledgement", False, CASE_F, d(2025, 5, 25, 16, 54, s=4), TCN2, MEP,
    "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F,
    new=ACK_F, cte="quoted-printable", mid=mid_ses(), thread="F", auth=auth_gmail("amazon.com"),
    note="ack with conditional invitation to add details")

add("unrelated", False, None, d(2025, 5, 26, 0, 30), addr("Daichi Ono", "daichi.ono.dev@gmail.com"), MEP,
    "Re: 送別会の写真",
    new="""森島さん

写真共有しました！Google フォトのリンク送ります。
新しい職場でも頑張ってください。そういえば、認定アカウントの移行はうまくいきました？

大野
""", quoted=gq("2025年5月25日(日) 20:41 Kenta Morishima <%s>" % ME_P, "", "大野さん\n\n先日はありがとうございました！写真あったらください。", jp=True).replace(" :\n", ":\n"),
    cte="base64", mid=mid_gmail(), auth=auth_gmail("gmail.com", mailfrom="daichi.ono.dev@gmail.com"),
    note="friend's question about the merge (not support)")

CONF_F = """森島 様

AWS トレーニングと認定カスタマーサポートの佐伯と申します。

kenta.morishima.dev@gmail.com で登録されている認定アカウントが、以下のとおり2件存在することを確認いたしました。

アカウント #1
  候補 ID: AWS11904736
  ログイン方法: AWS Builder ID
  取得済み認定: 4件

アカウント #2
  候補 ID: AWS20573318
  ログイン方法: Amazon アカウント（旧方式）
  取得済み認定: なし

いずれもお客様ご本人のアカウントでお間違いないでしょうか。また、アカウント #1 を残し、アカウント #2 を統合する形でよろしいか、ご確認いただけますと幸いです。

ご返信をお待ちしております。

佐伯
AWS トレーニングと認定 カスタマーサポート
"""
add("confirmation_request", True, CASE_F, d(2025, 5, 26, 7, 12), addr("AWS Training and Certification", TC), MEP,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F,
    new=CONF_F, quoted="\n\n---------- 以前のやり取り ----------\n" + ACK_F, charset="iso-2022-jp", cte="7bit",
    mid=mid_ses(), thread="F", reply=True, auth=auth_gmail("amazon.com"), crlf=True,
    note="Japanese confirmation request (ISO-2022-JP, CRLF), ご確認いただけますと幸いです")

add("unrelated", False, None, d(2025, 5, 27, 3, 0), addr("AWS Training and Certification", "no-reply@aws.training"), MEP,
    "New in AWS Skill Builder: Exam Prep Plans for the new AI Practitioner exam",
    html="""<html><body><h2>Prepare with confidence</h2><p>Exam Prep Plans for AWS Certified AI Practitioner are now available in AWS Skill Builder, with practice questions and a full-length official practice exam.</p>
<p><a href="https://skillbuilder.aws/exam-prep">Start preparing</a></p><p style="font-size:11px">You are receiving this email because you opted in to AWS Training and Certification communications. <a href="https://aws.training/unsubscribe">Unsubscribe</a></p></body></html>""",
    cte="quoted-printable", mid=mid_ses(), auth=auth_gmail("aws.training"),
    note="T&C-branded marketing")

add("closing_notice", True, CASE_F, d(2025, 5, 30, 2, 0), addr("AWS Training and Certification", TC), MEP,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F,
    new="""森島 様

5月26日にお送りしたアカウント統合のご確認について、まだご返信をいただいておりません。

本メール送信後3営業日以内にご連絡がない場合、本ケースはクローズさせていただきます。クローズ後でも、本メールにご返信いただければケースは再開されます。

AWS トレーニングと認定 カスタマーサポート
""", quoted="\n\n---------- 以前のやり取り ----------\n" + CONF_F, cte="base64", mid=mid_ses(), thread="F", reply=True,
    auth=auth_gmail("amazon.com"), note="Japanese closing notice; the confirmation request is only quoted")

USER_F = """佐伯様

ご連絡が遅くなり申し訳ありません。森島です。

2件とも私のアカウントです。アカウント #1（AWS11904736）を残して、アカウント #2（AWS20573318）を統合してください。

よろしくお願いいたします。
"""
add("user_reply", False, CASE_F, d(2025, 5, 30, 20, 15, JST), MEP, TCN,
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F,
    new=USER_F, quoted=gq("2025年5月26日(月) 16:12", "AWS Training and Certification <%s>" % TC, CONF_F, jp=True),
    cte="base64", mid=mid_gmail(), thread="F", reply=True, received_by=None, note="Japanese confirmation from owner")

add("resolved", False, CASE_F, d(2025, 5, 31, 0, 40), addr("AWS Training and Certification", TC), MEP,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F,
    new="""Dear Kenta,

I have successfully combined the two profiles. AWS20573318 no longer exists; everything is on AWS11904736, which you sign in to with your Builder ID.

Kind regards,
Saeki
AWS Training and Certification Customer Support
""", quoted="\n\n---------- Previous correspondence ----------\n" + USER_F + "\n" + CONF_F, cte="quoted-printable",
    mid=mid_ses(), thread="F", reply=True, auth=auth_gmail("amazon.com"),
    note="short English resolution over a Japanese thread quoting the confirmation request")

add("certification", False, None, d(2025, 6, 2, 9, 0), addr("AWS Certification", "do-not-reply@certmetrics.com"), MEP,
    "Your AWS Certification benefits",
    new="""Hello Kenta,

As an AWS Certified individual you can use the following benefits:

- 50% discount on your next AWS Certification exam (see the Benefits page of your AWS Certification Account)
- Access to the AWS Certified Global Community on LinkedIn
- AWS Certified merchandise store

Candidate ID: AWS11904736

AWS Certification
""", cte="quoted-printable", mid=mid_generic("certmetrics.com"), auth=auth_gmail("certmetrics.com"), note="benefits mail")

add("unrelated", False, None, d(2025, 6, 3, 12, 0), addr("GitHub", "noreply@github.com"), MEP,
    "[GitHub] A third-party OAuth application has been added to your account",
    new="""Hey kmorishima-dev!

A third-party OAuth application (AWS Toolkit for VS Code) with read:user and user:email scopes was recently authorized to access your account.

If you did not authorize this, visit https://github.com/settings/applications to revoke access.

Thanks,
The GitHub Team
""", cte="quoted-printable", mid=mid_generic("github.com"), auth=auth_gmail("github.com"), note="GitHub security notice")

if __name__ == "__main__":
    MESSAGES.sort(key=lambda m: m[0])
    write_all()
