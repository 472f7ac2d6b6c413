#!/usr/bin/env python3
"""Generate the blind-187 mailbox: NNN-msg.eml + NNN-msg.json in arrival order, and README.md."""
import base64, hashlib, json, os, quopri, sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "haruka.tanabe.dev@gmail.com"
ME_C = "h.tanabe@kitazawa-sys.co.jp"
ME_P_FULL = "Haruka Tanabe <%s>" % ME_P
ME_C_FULL = "=?iso-2022-jp?b?%s?= <%s>" % (base64.b64encode("田辺 遥".encode("iso-2022-jp")).decode(), ME_C)
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FULL = "AWS Training and Certification <%s>" % TC
CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"

A = "179375532900418"   # 15-digit form case: merge company -> personal, APN hold
B = "179383607100093"   # 15-digit duplicate form submission (from company address)
C = "31877420956"       # 11-digit form case (Japanese): 50% voucher missing after merge
D = "179548620000271"   # console case: exam appointment lost after merge
E = "8123460975"        # 10-digit form case: name on certificate
F = "179635710600562"   # 15-digit form case: two accounts on the same personal address
OLD, NEW, STRAY = "AWS02481736", "AWS11873402", "AWS30571128"
SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
MIDS = {}
MSGS = []


def t(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def mid(key, domain):
    if key not in MIDS:
        h = hashlib.sha1(("blind187" + key).encode()).hexdigest()
        MIDS[key] = "<%s.%s@%s>" % (h[:16], h[16:28], domain)
    return MIDS[key]


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def leaf(text, subtype="plain", cs="utf-8", cte="quoted-printable"):
    raw = text.encode(cs)
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        body = raw.decode("ascii")
    else:  # 8bit utf-8
        body = text
    heads = ["Content-Type: text/%s; charset=\"%s\"" % (subtype, cs), "Content-Transfer-Encoding: %s" % cte]
    return heads, body.rstrip("\n") + "\n"


def multi(sub, *parts, key="b"):
    bnd = "----=_Part_%s" % hashlib.md5((key + str(len(MSGS)) + sub).encode()).hexdigest()[:20]
    out = ["This is a multi-part message in MIME format.", ""]
    for h, b in parts:
        out.append("--" + bnd)
        out += h
        out.append("")
        out.append(b.rstrip("\n"))
    out.append("--" + bnd + "--")
    return ["Content-Type: multipart/%s; boundary=\"%s\"" % (sub, bnd)], "\n".join(out) + "\n"


def auth_gmail(domain, ok=True, dkim_domain=None):
    d = dkim_domain or domain
    if ok:
        return ["Authentication-Results: mx.google.com;\n       dkim=pass header.i=@%s header.s=s2048 header.b=Xk3pQa9L;\n"
                "       spf=pass (google.com: domain of bounces@%s designates 54.240.8.21 as permitted sender) smtp.mailfrom=bounces@%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (d, domain, domain, domain)]
    return ["Authentication-Results: mx.google.com;\n       dkim=fail header.i=@%s header.s=s2048 header.b=q0PzWm1T;\n"
            "       spf=fail (google.com: domain of %s does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (d, domain, domain, domain)]


def auth_m365(domain):
    return ["Authentication-Results: spf=pass (sender IP is 54.240.13.77)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100" % (domain, domain, domain)]


def add(kind, needs, case, cids, frm, to, subj, date, part, key, domain="amazon.com", reply_to=None,
        refs=(), extra=(), eol="\r\n", subj_cs="utf-8", note="", what=""):
    heads = []
    heads += list(extra)
    heads += ["Date: " + format_datetime(date), "From: " + frm, "To: " + to, "Subject: " + hdr(subj, subj_cs),
              "Message-ID: " + mid(key, domain)]
    if reply_to:
        heads.append("Reply-To: " + reply_to)
    if refs:
        ids = [MIDS[r] for r in refs]
        heads.append("In-Reply-To: " + ids[-1])
        heads.append("References: " + "\n ".join(ids))
    heads.append("MIME-Version: 1.0")
    ph, pb = part
    heads += ph
    text = "\n".join(heads) + "\n\n" + pb
    text = text.replace("\r\n", "\n").replace("\n", eol)
    MSGS.append([date, text, {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cids)}, what, note])


def write_all():
    MSGS.sort(key=lambda m: m[0])  # stable: mailbox arrival order
    rows = []
    for i, (date, text, label, what, note) in enumerate(MSGS, 1):
        base = "%03d-msg" % i
        with open(os.path.join(OUT, base + ".eml"), "wb") as f:
            f.write(text.encode("utf-8"))
        with open(os.path.join(OUT, base + ".json"), "w") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        rows.append((i, label["kind"], label["needs_reply"], label["case"], what, note))
    return rows


def rcv(frm_host, by="mx.google.com", when="", ip="54.240.8.21"):
    return "Received: from %s (%s [%s])\n        by %s with ESMTPS id x7si%d\n        ; %s" % (
        frm_host, frm_host, ip, by, len(MSGS) + 1000, when)


def html(body, title=""):
    return ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n%s\n</body></html>" % (title, body))


def gm_quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# ---------------------------------------------------------------- bodies reused in quotes
ACK_A_TXT = f"""Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged as case {A}.

Here is what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Email: {ME_P}
Candidate ID (optional): {OLD}
How can we help you?: I will be leaving my employer at the end of November. My certifications are on an
account registered with {ME_C}. I would like everything moved to the account I created with {ME_P},
which is the one I want to keep.

A member of our team normally gets back to you within one business day; some requests need longer.
To keep things moving, please do not submit the form again for this same request -- a second case
only adds to the queue. You can reply to this message to add information.

Kind regards,
AWS Training and Certification Customer Service
"""

CONF_A_TXT = f"""Hi Haruka,

Thanks for your patience while the partner association was removed. Before I combine your certification accounts I want to be sure I am looking at the right ones. Here is what I found:

Account #1 -- Candidate ID {NEW}
 Login email: {ME_P}
 Training notification email: {ME_P}
 Certification notification email: {ME_P}

Account #2 -- Candidate ID {OLD}
 Login email: {ME_C}
 Training notification email: {ME_C}
 Certification notification email: {ME_C}

Could you confirm that both accounts belong to you and that Account #1 is the one you would like to keep? Once I hear back, Account #2's exam history, certifications and benefits will be moved into Account #1 and Account #2 will be retired.

Best,
Mateo R.
AWS Training and Certification
"""


def build():
    # 1 --------------------------------------------------------------- billing
    add("unrelated", False, None, [], "Amazon Web Services <no-reply-aws@amazon.com>", ME_P,
        "Amazon Web Services Invoice Available [Account: 402918375561]", t("2026-11-02 08:03:11"),
        multi("alternative",
              leaf("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the account ending in 5561, is available on the AWS web site. Your account will be charged the following:\n\nTotal: $4.87\n\nYou can see a complete breakdown of all charges on the Bills page located at https://console.aws.amazon.com/billing/home#/bills\n\n[AWS ID 402918375561]\n\nThis message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n", cte="7bit"),
              leaf(html("<p>Greetings from Amazon Web Services,</p><p>Your latest billing statement for account <b>402918375561</b> is available.</p><table border=1><tr><td>Total</td><td>$4.87</td></tr></table>"), "html")),
        "bill1", extra=auth_gmail("amazon.com"), what="AWS monthly invoice (personal AWS account)",
        note="same no-reply-aws sender as console cases; 12-digit account ID that is not a case number")
    # 2 --------------------------------------------------------------- cert expiry
    add("certification", False, None, [OLD], "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
        "Your AWS Certification expires in 90 days", t("2026-11-02 15:40:00"),
        leaf(f"Hello Haruka Tanabe,\n\nYour AWS Certified Solutions Architect - Associate certification will expire on 31 January 2027.\n\nCandidate ID: {OLD}\n\nTo keep your certification active, pass the current version of the exam or a higher-level exam before the expiration date. Sign in to your AWS Certification Account to see your recertification options and your benefits.\n\nAWS Training and Certification\n", cte="7bit"),
        "cert1", domain="certmetrics.com", extra=auth_m365("certmetrics.com"),
        what="CertMetrics expiry reminder to the company address", note="program mail with a candidate ID, not a case")
    # 3 --------------------------------------------------------------- colleague ISO-2022-JP
    add("unrelated", False, None, [], "=?iso-2022-jp?b?%s?= <k.morita@kitazawa-sys.co.jp>" % base64.b64encode("森田 健".encode("iso-2022-jp")).decode(),
        ME_C, "送別会の日程について", t("2026-11-03 11:12:40", JST),
        leaf("田辺さん\n\nお疲れさまです、森田です。\n送別会ですが、11/27(金) 19時から新橋の店で調整中です。\n都合が悪ければ今週中に教えてください。\n\n森田\n", cs="iso-2022-jp", cte="7bit"),
        "coll1", domain="kitazawa-sys.co.jp", subj_cs="iso-2022-jp",
        what="colleague: farewell party date (ISO-2022-JP)", note="asks for an answer, but not support")
    # 4 --------------------------------------------------------------- GitHub merged
    add("unrelated", False, None, [], "Daichi Ono <notifications@github.com>", ME_P,
        "Re: [kitazawa-sys/infra-modules] Merge account-baseline into main (PR #412)", t("2026-11-03 06:21:09"),
        leaf("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kitazawa-sys/infra-modules/pull/412#event-9912345\nYou are receiving this because you authored the thread.\n", cte="7bit"),
        "gh1", domain="github.com", extra=auth_gmail("github.com"), eol="\n",
        what="GitHub PR merged", note="'merged' and 'account' words, no case")
    # 5 --------------------------------------------------------------- Builder ID code
    add("unrelated", False, None, [], "AWS <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address",
        t("2026-11-04 00:58:30"),
        multi("alternative", leaf("Hello,\n\nEnter this code to verify your email address for AWS Builder ID:\n\n472913\n\nThe code expires in 10 minutes. If you did not request it, ignore this message.\n", cte="7bit"),
              leaf(html("<h2>Verify your email</h2><p>Verification code:</p><p style='font-size:28px'><b>472913</b></p>"), "html")),
        "bid1", domain="signin.aws", extra=auth_gmail("signin.aws"), what="Builder ID one-time code", note="6-digit code")
    # 6 --------------------------------------------------------------- note to self
    add("user_reply", False, None, [OLD, NEW], ME_P_FULL, ME_P, "メモ: 認定アカウント統合の前に控えたこと",
        t("2026-11-04 10:05:12", JST),
        leaf(f"旧アカウント(会社) 候補ID {OLD}\n新アカウント(個人) 候補ID {NEW}\n\n試験履歴: SAA-C03 (2024/01), SAP-C02 (2024/09), DVA-C02 (2025/03), SCS-C02 (2026/06)\n特典: 50%割引バウチャー 1枚 (2027/03 まで)\n証明書PDFは Drive に保存済み。\nフォームは個人アドレスで出す。\n", cte="base64"),
        "note1", domain="mail.gmail.com", what="owner's note to self before filing",
        note="written by the owner, no case yet, two candidate IDs")
    # 7 --------------------------------------------------------------- ACK A
    add("acknowledgement", False, A, [OLD], TC_FULL, ME_P, f"RE:[CASE {A}] {SUBJ_FORM}", t("2026-11-04 01:22:40"),
        leaf(ACK_A_TXT, cte="quoted-printable"), "ackA", extra=[rcv("a27-84.smtp-out.amazonses.com", when="Wed, 04 Nov 2026 01:22:41 +0000")] + auth_gmail("amazon.com"),
        what="form ack for the merge case", note="contains 'please do not submit again' and 'you can reply' -- no ask; echoed form text carries a candidate ID")
    # 8 --------------------------------------------------------------- marketing HTML only
    add("unrelated", False, None, [], "AWS Events <aws-marketing-email-replies@amazon.com>", ME_P,
        "Last chance: register for AWS re:Invent 2026 sessions on certification", t("2026-11-04 17:00:05"),
        leaf(html("<table width='600'><tr><td><h1>Plan your re:Invent week</h1><p>Sessions for AWS Certified builders: meet the exam team, sit a practice exam, collect your certified lounge pass.</p><p><a href='https://aws.amazon.com/reinvent'>Reserve your seat</a></p><p style='font-size:10px'>To unsubscribe, click here. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p></td></tr></table>"), "html", cte="quoted-printable"),
        "mkt1", extra=auth_gmail("amazon.com"), what="AWS marketing (HTML only)", note="mentions certification")
    # 9 --------------------------------------------------------------- ACK B (company address)
    ack_b = f"""Hello,

We have received your request and opened case {B}. The details of your case are as follows:

Inquiry type: Certification
Additional details: Account Merge
Email: {ME_C}
How can we help you?: Merge my certification account to {ME_P}. I submitted this yesterday but got no email.

Expect a response within 24 hours in most cases. If a case is already open for this request, do not open another one for the same issue.

Regards,
AWS Training and Certification
"""
    add("acknowledgement", False, B, [], TC_FULL, ME_C, f"RE: [CASE {B}] {SUBJ_FORM}", t("2026-11-04 23:48:20"),
        leaf(ack_b, cte="7bit"), "ackB", extra=auth_m365("amazon.com"),
        what="ack of a duplicate form submitted from the company address",
        note="second case for the same request (duplicate); company mailbox")
    # 10 --------------------------------------------------------------- user forwards ack B
    fw = f"""自分用に転送。フォーム二重に出してしまった…

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Thursday, November 5, 2026 8:48 AM
To: 田辺 遥 <{ME_C}>
Subject: RE: [CASE {B}] {SUBJ_FORM}

{ack_b}"""
    add("user_reply", False, B, [], ME_C_FULL, ME_P, f"FW: RE: [CASE {B}] {SUBJ_FORM}", t("2026-11-05 08:55:02", JST),
        leaf(fw, cte="base64"), "fwB", domain="kitazawa-sys.co.jp", refs=["ackB"],
        extra=["X-MS-Exchange-Organization-AuthAs: Internal", "Thread-Topic: RE: [CASE %s] %s" % (B, SUBJ_FORM)],
        what="owner forwards ack B from company to personal (Outlook forward)",
        note="quoted ack inside a forward written by the owner")
    # 11 --------------------------------------------------------------- ON HOLD A with buried question
    hold = f"""Hello Haruka,

My name is Priya and I have picked up case {A}.

I looked into both certification accounts. The one registered with {ME_C} is linked to the AWS Partner Network organization of Kitazawa Systems Co., Ltd. Certifications on a partner-linked account count toward the partner's tier, so our policy is to keep such an account intact while the person still works for that partner. For that reason I have placed the merge on hold for now.

The hold can be released in two ways: the partner's alliance lead removes you from their organization in Partner Central, or you are leaving the company and tell us so. From your note it sounds like the second applies. Can you confirm whether you are leaving Kitazawa Systems, and on what date your last working day falls? As soon as I have that, I will ask our partner team to detach the account.

Nothing will be lost in the meantime: exam history, certifications and benefits all stay where they are.

Thank you,
Priya
AWS Training and Certification Customer Service
"""
    add("on_hold", True, A, [], TC_FULL, ME_P, f"RE:[CASE {A}] {SUBJ_FORM}", t("2026-11-05 02:14:55"),
        multi("alternative", leaf(hold, cte="quoted-printable"),
              leaf(html("<p>" + hold.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"), "html", cte="quoted-printable")),
        "holdA", refs=["ackA"], extra=auth_gmail("amazon.com"),
        what="APN partner hold on the merge, with a question in the middle",
        note="on_hold, but a question ('Can you confirm whether you are leaving...') is buried mid-paragraph -> needs reply")
    # 12 --------------------------------------------------------------- connpass
    add("unrelated", False, None, [], "connpass <no-reply@connpass.com>", ME_P, "【connpass】JAWS-UG 東京 #88 の参加登録が完了しました",
        t("2026-11-05 09:30:00", JST),
        leaf("田辺 遥 様\n\nJAWS-UG 東京 #88 への参加登録が完了しました。\n日時: 2026/11/19 19:00〜\n会場: 目黒\n\nキャンセルする場合はイベントページからお手続きください。\n", cte="base64"),
        "cp1", domain="connpass.com", extra=auth_gmail("connpass.com"), what="connpass event registration (JA)", note="noise")
    # 13 --------------------------------------------------------------- user reply to hold
    rep = f"""Hi Priya,

Yes, I am leaving Kitazawa Systems. My last working day is November 30, 2026, and the {ME_C} mailbox will be closed on that day, so please keep using {ME_P}.

Best regards,
Haruka Tanabe

On Thu, Nov 5, 2026 at 11:14 AM AWS Training and Certification <{TC}> wrote:
{gm_quote(hold)}
"""
    add("user_reply", False, A, [], ME_P_FULL, TC, f"Re: RE:[CASE {A}] {SUBJ_FORM}", t("2026-11-05 12:40:31", JST),
        leaf(rep, cte="quoted-printable"), "repHold", domain="mail.gmail.com", refs=["ackA", "holdA"],
        what="owner answers the hold question (Gmail quoting)", note="quoted question below the owner's answer")
    # 14 --------------------------------------------------------------- B closed as duplicate
    dup = f"""Hello,

Thanks for getting in touch. This request is the same as case {A}, which a colleague is already working on, so I have closed case {B} and added a note linking the two. There is nothing you need to do on this case; all further updates will come on case {A}.

Regards,
Kenji
AWS Training and Certification
"""
    add("case_update", False, B, [], TC_FULL, ME_C, f"RE: [CASE {B}] {SUBJ_FORM}", t("2026-11-05 21:02:10"),
        leaf(dup, cte="7bit"), "dupB", refs=["ackB"], extra=auth_m365("amazon.com"),
        what="duplicate case B closed and linked to A", note="mentions two case numbers; 'closed' but not for lack of answer")
    # 15 --------------------------------------------------------------- Atlassian
    add("unrelated", False, None, [], "Atlassian Support <support@atlassian.com>", ME_C,
        "[JST-884213] Jira Cloud SSO login loop - Resolved", t("2026-11-06 03:11:00"),
        leaf("Hi Haruka,\n\nWe believe your request JST-884213 is resolved. If we don't hear from you in 5 days it will be closed automatically. Reply to this email if the problem continues.\n\nCheers,\nAtlassian Support\n", cte="7bit"),
        "atl1", domain="atlassian.com", extra=auth_m365("atlassian.com"),
        what="other vendor: ticket resolved, auto-close warning", note="closing wording from a non-AWS vendor")
    # 16 --------------------------------------------------------------- on hold, no ask
    hold2 = f"""Hi Haruka,

Thank you for confirming. I have passed your departure date to our AWS Partner Network team and asked them to release the link between your company certification account and the Kitazawa Systems partner organization.

Until they finish, your case stays on hold. Their turnaround is usually two to four business days. I will write again the moment the link is removed; you do not need to do anything.

Priya
AWS Training and Certification
"""
    add("on_hold", False, A, [], TC_FULL, ME_P, f"RE:[CASE {A}] {SUBJ_FORM}", t("2026-11-06 00:31:44"),
        leaf(hold2, cte="7bit"), "hold2A", refs=["ackA", "holdA", "repHold"], extra=auth_gmail("amazon.com"), eol="\n",
        what="still on hold waiting for the partner team; asks nothing", note="on_hold without a question -> no reply")
    # 17 --------------------------------------------------------------- Skill Builder receipt
    add("unrelated", False, None, [], "AWS Skill Builder <no-reply@aws.training>", ME_P, "Your AWS Skill Builder Individual subscription receipt",
        t("2026-11-07 04:00:00"),
        multi("alternative", leaf("Thanks for subscribing to AWS Skill Builder Individual.\n\nOrder: SB-20261107-77410\nAmount: USD 29.00\nNext billing date: 7 December 2026\n\nManage your subscription at https://skillbuilder.aws/\n", cte="7bit"),
              leaf(html("<p>Thanks for subscribing.</p><table><tr><td>Order</td><td>SB-20261107-77410</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr></table>"), "html")),
        "sb1", domain="aws.training", extra=auth_gmail("aws.training"), what="Skill Builder receipt", note="training platform sender, not a case")
    # 18 --------------------------------------------------------------- phishing lookalike
    ph = """Dear Candidate,

Your AWS Certification account merge request (Case 179376001200311) is pending verification. To avoid the loss of your certifications, exam history and vouchers, you must verify your identity within 24 hours.

Verify now: https://aws-certification-support.com/merge/verify?id=8f2c

Alternatively reply to this e-mail with your Builder ID email and password and our team will complete the merge for you.

AWS Certification Support Team
"""
    add("suspicious", False, None, [], "AWS Certification Support <support@aws-certification-support.com>", ME_P,
        "Action required: confirm your account merge", t("2026-11-08 13:22:00"),
        leaf(ph, cte="7bit"), "ph1", domain="aws-certification-support.com",
        extra=["Authentication-Results: mx.google.com;\n       dkim=pass header.i=@aws-certification-support.com;\n       spf=pass smtp.mailfrom=aws-certification-support.com;\n       dmarc=pass (p=NONE) header.from=aws-certification-support.com"],
        what="lookalike domain phishing about a merge", note="auth passes for the lookalike domain; demands a reply with password; fake case number")
    # 19 --------------------------------------------------------------- hold lifted (no case token in subject)
    lift = f"""Hello again,

Good news: the partner team has removed the link to the Kitazawa Systems organization, so the hold on your request is lifted. I have handed the case to our certification operations colleagues, who carry out merges. One of them will contact you shortly with the account details.

Priya
"""
    add("case_update", False, A, [], "Priya (AWS Training and Certification) <%s>" % TC, ME_P,
        "Your certification account merge request", t("2026-11-09 05:47:19"),
        leaf(lift, cte="quoted-printable"), "liftA", refs=["ackA", "holdA", "repHold", "hold2A"], extra=auth_gmail("amazon.com"),
        what="hold lifted, handed to another team", note="subject has no [CASE] token; case only via In-Reply-To/References")
    # 20 --------------------------------------------------------------- certmetrics feedback
    add("certification", False, None, [], "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
        "AWS Certification wants to hear from you", t("2026-11-09 16:00:00"),
        leaf(html("<p>Hello,</p><p>You recently took an AWS Certification exam. Tell us about your experience in a 5-minute survey. Your answers help us improve our exams.</p><p><a href='https://survey.certmetrics.com/s/aws/8812'>Take the survey</a></p>"), "html", cte="7bit"),
        "cert2", domain="certmetrics.com", extra=auth_gmail("certmetrics.com"),
        what="CertMetrics exam-experience survey", note="a feedback request, but about the certification program, not a support case")
    # 21 --------------------------------------------------------------- CONFIRMATION REQUEST A (HTML only, table)
    conf_html = f"""<div>Hi Haruka,</div><br>
<div>Thanks for your patience while the partner association was removed. Before I combine your certification accounts I want to be sure I am looking at the right ones. Here is what I found:</div><br>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>{NEW}</td><td>{OLD}</td></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
</table><br>
<div>Could you confirm that both accounts belong to you and that Account #1 is the one you would like to keep? Once I hear back, Account #2's exam history, certifications and benefits will be moved into Account #1 and Account #2 will be retired.</div><br>
<div>Best,<br>Mateo R.<br>AWS Training and Certification</div>
<div style="color:#888;font-size:11px">Case ID: {A}</div>"""
    add("confirmation_request", True, A, [NEW, OLD], TC_FULL, ME_P, f"RE:[CASE {A}] {SUBJ_FORM}", t("2026-11-10 01:05:33"),
        leaf(html(conf_html), "html", cte="base64"), "confA", refs=["ackA", "holdA", "repHold", "hold2A", "liftA"],
        extra=auth_gmail("amazon.com"), what="merge confirmation request, HTML-only table, base64",
        note="Account #1/#2 laid out as a table, not lines; no text/plain part")
    # 22 --------------------------------------------------------------- Zenn newsletter
    add("unrelated", False, None, [], "Zenn <noreply@zenn.dev>", ME_P, "今週のトレンド記事: AWS認定アカウントを個人に移す手順まとめ ほか",
        t("2026-11-10 10:00:00", JST),
        leaf("今週よく読まれた記事\n\n1. AWS認定アカウントを個人に移す手順まとめ(アカウント統合・ケース番号の確認まで)\n2. Terraform 2.0 の変更点\n3. Rust で作るメールクライアント\n\n配信停止はこちら\n", cte="base64"),
        "zenn1", domain="zenn.dev", extra=auth_gmail("zenn.dev"), what="tech newsletter (JA)", note="topic words (認定アカウント, 統合, ケース番号) in a newsletter")
    # 23 --------------------------------------------------------------- Amazon.co.jp shipping
    add("unrelated", False, None, [], "Amazon.co.jp <shipment-tracking@amazon.co.jp>", ME_P, "Amazon.co.jp ご注文の商品を発送しました",
        t("2026-11-11 02:40:00"),
        leaf("田辺 遥 様\n\nご注文の商品を発送しました。\n注文番号: 250-4471209-3318842\nお届け予定: 11月12日\n", cte="quoted-printable"),
        "amzjp", domain="amazon.co.jp", extra=auth_gmail("amazon.co.jp"), what="Amazon shopping shipment (JA)", note="Amazon sender, order number")
    # 24 --------------------------------------------------------------- Microsoft merge request
    add("unrelated", False, None, [], "Microsoft Certification Support <mcp@microsoft.com>", ME_P,
        "Case 2611120040001873: Please confirm the profiles to merge", t("2026-11-12 07:15:00"),
        leaf("Hello Haruka,\n\nWe found two Microsoft Certification profiles (MCID 991827364 and MCID 991827990). Please reply and confirm which profile you want to keep so we can merge your transcripts.\n\nThank you,\nMicrosoft Certification Support\n", cte="7bit"),
        "ms1", domain="microsoft.com", extra=auth_gmail("microsoft.com"),
        what="Microsoft certification profile merge asking to confirm", note="same ask as AWS, other vendor -> no reply flag")
    # 25 --------------------------------------------------------------- CLOSING NOTICE A (Outlook-style quote)
    close = f"""Hello Haruka,

We are following up on case {A}. We have not yet received your confirmation of the accounts to merge. If we do not hear back from you within 3 business days, this case will be closed. Simply replying to this message will keep it open.

Regards,
AWS Training and Certification

________________________________
From: AWS Training and Certification <{TC}>
Sent: Tuesday, November 10, 2026 1:05 AM
To: {ME_P}
Subject: RE:[CASE {A}] {SUBJ_FORM}

{CONF_A_TXT}"""
    add("closing_notice", True, A, [], TC_FULL, ME_P, f"RE:[CASE {A}] {SUBJ_FORM}", t("2026-11-13 01:10:02"),
        leaf(close, cte="quoted-printable"), "closeA", refs=["ackA", "confA"], extra=auth_gmail("amazon.com"),
        what="reminder: case closes in 3 business days without an answer",
        note="quoted confirmation request below; quoted candidate IDs do not count")
    # 26 --------------------------------------------------------------- user replies from company address (Outlook)
    rc = f"""Confirmed. Please merge into Account #1 ({ME_P}).
Sorry for the late reply.

Haruka Tanabe
Kitazawa Systems Co., Ltd. / Cloud Infrastructure Div.

From: AWS Training and Certification <{TC}>
Sent: Friday, November 13, 2026 10:10 AM
To: {ME_P}
Subject: RE:[CASE {A}] {SUBJ_FORM}

{close}"""
    add("user_reply", False, A, [], ME_C_FULL, TC, f"RE: RE:[CASE {A}] {SUBJ_FORM}", t("2026-11-13 13:02:45", JST),
        leaf(rc, cte="quoted-printable"), "repCompany", domain="kitazawa-sys.co.jp", refs=["ackA", "confA", "closeA"],
        what="owner confirms -- but from the company address", note="Outlook quoting; wrong sender address")
    # 27 --------------------------------------------------------------- INFO REQUEST: write from the address on file
    wr = f"""Hi Haruka,

Thanks for the quick answer. I'm afraid I can't act on it yet: the confirmation came from {ME_C}, while the case is registered to {ME_P}. For the protection of your records we only accept merge approvals from the address on the case.

We need you to send the same confirmation from {ME_P} -- replying to this message from that mailbox is enough.

Mateo R.
AWS Training and Certification
"""
    add("info_request", True, A, [], TC_FULL, ME_C + ", " + ME_P, f"RE:[CASE {A}] {SUBJ_FORM}", t("2026-11-14 00:20:30"),
        leaf(wr, cte="7bit"), "wrongA", refs=["ackA", "confA", "closeA", "repCompany"], extra=auth_gmail("amazon.com"),
        what="support asks to re-send the confirmation from the personal address",
        note="request phrased 'We need you to send...', about the merge but asking for a re-send from another address")
    # 28 --------------------------------------------------------------- user confirms from personal
    rp = f"""Confirmed. Please merge to Account #1 ({ME_P}, {NEW}).

Haruka

On Sat, Nov 14, 2026 at 9:20 AM AWS Training and Certification <{TC}> wrote:
{gm_quote(wr)}
"""
    add("user_reply", False, A, [NEW], ME_P_FULL, TC, f"Re: RE:[CASE {A}] {SUBJ_FORM}", t("2026-11-14 09:41:10", JST),
        leaf(rp, cte="7bit"), "repPersonal", domain="mail.gmail.com", refs=["ackA", "confA", "closeA", "repCompany", "wrongA"],
        what="owner confirms from the personal address", note="short top reply with candidate ID")
    # 29 --------------------------------------------------------------- RESOLVED A quoting confirmation request
    res = f"""Hi Haruka,

All set -- I have successfully merged Account #2 into Account #1. Your exam history, certifications and the 50% exam voucher now appear under {ME_P}. It can take up to 48 hours for Credly to show the badges on the merged account.

If anything looks wrong when you sign in, reply to this email and we will take another look.

Best,
Mateo R.
AWS Training and Certification

We value your feedback. A short survey about this case may follow.

-----Original Message-----
From: AWS Training and Certification
Sent: 11/10/2026 01:05 AM
To: {ME_P}
Subject: RE:[CASE {A}] {SUBJ_FORM}

{CONF_A_TXT}"""
    add("resolved", False, A, [], TC_FULL, ME_P, f"RE:[CASE {A}] {SUBJ_FORM}", t("2026-11-14 02:03:59"),
        multi("alternative", leaf(res, cte="quoted-printable"),
              leaf(html("<p>" + res.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"), "html", cte="quoted-printable")),
        "resA", refs=["ackA", "confA", "closeA", "repCompany", "wrongA", "repPersonal"], extra=auth_gmail("amazon.com"),
        what="merge done; quotes the earlier confirmation request",
        note="quoted 'Could you confirm...' under '-----Original Message-----'; conditional 'If anything looks wrong, reply'")
    # 30 --------------------------------------------------------------- Credly
    add("badge", False, None, [], "Credly <admin@credly.com>", ME_P,
        "Amazon Web Services Training and Certification sent you 4 badges", t("2026-11-14 02:30:00"),
        multi("alternative", leaf("Hi Haruka,\n\nAmazon Web Services Training and Certification has issued you 4 badges, including AWS Certified Solutions Architect - Professional. Accept them to share your achievement.\n\nAccept your badges: https://www.credly.com/earner/earned\n", cte="7bit"),
              leaf(html("<p>Hi Haruka,</p><p><b>Amazon Web Services Training and Certification</b> has issued you 4 badges.</p><p><a href='https://www.credly.com/earner/earned'>Accept badges</a></p>"), "html")),
        "cred1", domain="credly.com", extra=auth_gmail("credly.com"), what="Credly: new badges after merge", note="arrives right after the merge")
    # 31 --------------------------------------------------------------- SURVEY A
    add("survey", False, A, [], "AWS Customer Service <cs-feedback@amazon.com>", ME_P,
        f"How did we do on case {A}?", t("2026-11-15 03:00:00"),
        multi("alternative", leaf(f"Hello,\n\nYour recent AWS Training and Certification case ({A}) was marked as resolved. Would you take a minute to rate the help you received?\n\nRate your experience: https://amazon.qualtrics.com/jfe/form/SV_tc?case={A}\n\nThis survey is optional. Please do not reply to this email.\n", cte="7bit"),
              leaf(html(f"<p>Your case {A} was marked as resolved.</p><p>How satisfied were you?</p><p>1 2 3 4 5</p>"), "html")),
        "survA", extra=auth_gmail("amazon.com"), what="CSAT survey for case A", note="'would you take a minute' question, optional")
    # 32 --------------------------------------------------------------- awsapps code
    add("unrelated", False, None, [], "AWS <no-reply@login.awsapps.com>", ME_P, "AWS verification code", t("2026-11-15 22:10:00"),
        leaf("Your verification code is 830155. It expires in 10 minutes.\n", cte="7bit"),
        "bid2", domain="login.awsapps.com", extra=auth_gmail("login.awsapps.com"), eol="\n", what="one-time code", note="6-digit code")
    # 33 --------------------------------------------------------------- user reopens A
    ro = f"""Hi Mateo,

Thanks for merging. One thing is missing: my Exam history shows three exams, but the AWS Certified Solutions Architect - Professional exam I passed in September 2024 on the old account ({OLD}) is not there. Its badge did arrive from Credly, oddly.

Could you take a look?

Haruka

On Sat, Nov 14, 2026 at 11:03 AM AWS Training and Certification <{TC}> wrote:
> Hi Haruka,
>
> All set -- I have successfully merged Account #2 into Account #1.
> [...]
"""
    add("user_reply", False, A, [OLD], ME_P_FULL, TC, f"Re: RE:[CASE {A}] {SUBJ_FORM}", t("2026-11-16 20:11:37", JST),
        leaf(ro, cte="quoted-printable"), "reopenA", domain="mail.gmail.com", refs=["ackA", "confA", "resA"],
        what="owner reports a missing exam after the merge", note="owner's own question to support ('Could you take a look?')")
    # 34 --------------------------------------------------------------- reopened
    rop = f"""Hello Haruka,

I have reopened case {A} and raised the missing exam record with our certification operations team, who can correct exam history directly. Fixes like this usually take three to five business days; I will let you know as soon as it is done.

Ana
AWS Training and Certification
"""
    add("case_update", False, A, [], TC_FULL, ME_P, f"RE:[CASE {A}] {SUBJ_FORM}", t("2026-11-17 01:44:12"),
        leaf(rop, cte="base64"), "rop", refs=["ackA", "resA", "reopenA"], extra=auth_gmail("amazon.com"),
        what="case reopened and escalated", note="new agent; base64 body; no ask")
    # 35 --------------------------------------------------------------- user forwards to manager
    fwm = f"""佐藤さん

認定アカウントの移行、先週完了しました。APNの紐づけもAWS側で外してもらっています(下記参照)。
パートナーの認定者数が減る件、念のため共有です。

田辺

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Saturday, November 14, 2026 11:04 AM
To: {ME_P}
Subject: RE:[CASE {A}] {SUBJ_FORM}

Hi Haruka,

All set -- I have successfully merged Account #2 into Account #1.
"""
    add("user_reply", False, A, [], ME_C_FULL, "=?iso-2022-jp?b?%s?= <y.sato@kitazawa-sys.co.jp>" % base64.b64encode("佐藤 由紀".encode("iso-2022-jp")).decode(),
        f"FW: RE:[CASE {A}] {SUBJ_FORM}", t("2026-11-17 10:20:00", JST),
        leaf(fwm, cs="iso-2022-jp", cte="7bit"), "fwMgr", domain="kitazawa-sys.co.jp", refs=["resA"],
        what="owner forwards the resolution to their manager (ISO-2022-JP)", note="forward by owner to a colleague")
    # 36 --------------------------------------------------------------- manager OOO auto reply
    add("unrelated", False, None, [], "=?iso-2022-jp?b?%s?= <y.sato@kitazawa-sys.co.jp>" % base64.b64encode("佐藤 由紀".encode("iso-2022-jp")).decode(),
        ME_C, f"自動応答: FW: RE:[CASE {A}] {SUBJ_FORM}", t("2026-11-17 10:20:09", JST),
        leaf("11/16〜11/18 は出張のため不在にしております。返信が遅れますことご了承ください。\nI am out of the office until November 18 with limited access to email.\n", cte="base64"),
        "oooMgr", domain="kitazawa-sys.co.jp", refs=["fwMgr"], extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
        what="manager's out-of-office reply", note="subject carries [CASE] token of A, but it is a colleague's auto-reply")
    # 37 --------------------------------------------------------------- AWS Educate form case
    add("unrelated", False, None, [], "AWS Educate <aws-cs-educate-form@amazon.com>", ME_P,
        "RE:[CASE 179447220100034] [AWS Educate Form Submission] - account-access", t("2026-11-18 06:30:00"),
        leaf("Hello,\n\nThank you for contacting AWS Educate. To restore access to your AWS Educate account, please confirm the email address you originally registered with and the name of your institution.\n\nAWS Educate Support\n", cte="7bit"),
        "edu1", extra=auth_gmail("amazon.com"),
        what="AWS Educate form case asking for information", note="same template family, other AWS program -> unrelated")
    # 38 --------------------------------------------------------------- RESOLVED A again
    res2 = f"""Hi Haruka,

Our certification operations team has restored the missing exam: AWS Certified Solutions Architect - Professional (September 2024) now shows in Exam history on {NEW}. No further action is required on your part, and the case is resolved.

Ana
AWS Training and Certification
"""
    add("resolved", False, A, [NEW], TC_FULL, ME_P, f"RE:[CASE {A}] {SUBJ_FORM}", t("2026-11-19 03:26:40"),
        leaf(res2, cte="quoted-printable"), "res2A", refs=["resA", "reopenA", "rop"], extra=auth_gmail("amazon.com"), eol="\n",
        what="reopened case resolved (exam record fixed)", note="'No further action is required'")
    # 39 --------------------------------------------------------------- JA certification expiry
    add("certification", False, None, [NEW], "AWS Certification <do-not-reply@certmetrics.com>", ME_P, "AWS 認定の有効期限が近づいています",
        t("2026-11-19 15:00:00"),
        multi("alternative", leaf(f"田辺 遥 様\n\nAWS Certified Developer - Associate の有効期限は 2027年1月20日 です。\n候補ID: {NEW}\n\n再認定の方法は AWS 認定アカウントからご確認ください。\n", cte="base64"),
              leaf(html(f"<p>田辺 遥 様</p><p>AWS Certified Developer - Associate の有効期限は <b>2027年1月20日</b> です。</p><p>候補ID: {NEW}</p>"), "html", cte="base64")),
        "cert3", domain="certmetrics.com", extra=auth_gmail("certmetrics.com"), subj_cs="utf-8",
        what="certification expiry reminder in Japanese", note="candidate ID in both parts (same ID, listed once)")
    # 40 --------------------------------------------------------------- ACK E (10-digit)
    ack_e = f"""Thank you for contacting Amazon Web Services. We have opened case {E} to address your inquiry.

The details of your case are as follows:
Case ID: {E}
Subject: Name on certificate
Description: My certificates show "Haruka Tanabe" in the wrong order / missing middle initial. Candidate ID {NEW}.

We usually respond within 24 hours.
"""
    add("acknowledgement", False, E, [NEW], TC_FULL, ME_P, f"RE:[CASE {E}] {SUBJ_FORM}", t("2026-11-20 00:12:05"),
        leaf(ack_e, cte="7bit"), "ackE", extra=auth_gmail("amazon.com"), eol="\n",
        what="ack for a name-correction case (10-digit ID)", note="short LF-only ack with 'Case ID:'")
    # 41 --------------------------------------------------------------- ACK C Japanese ISO-2022-JP
    ack_c = f"""田辺 遥 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース {C} としてお問い合わせを受け付けました。

お問い合わせ内容:
お問い合わせタイプ: 認定
その他の詳細: 特典
内容: アカウント統合後、50%割引バウチャーが新しいアカウントに表示されません。候補ID {NEW}

担当者より通常24時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。
すでに同じ内容でケースを作成されている場合は、新たなケースを作成しないでください。

AWS トレーニングと認定 カスタマーサービス
"""
    add("acknowledgement", False, C, [NEW], TC_FULL, ME_P, f"RE:[CASE {C}] [AWS Training and Certification Form Submission] - benefits",
        t("2026-11-20 00:40:00"), leaf(ack_c, cs="iso-2022-jp", cte="7bit"), "ackC", extra=auth_gmail("amazon.com"),
        what="Japanese ack (ISO-2022-JP) for voucher case, 11-digit ID", note="keigo; 'do not open another case' is not a request")
    # 42 --------------------------------------------------------------- colleague Shift_JIS
    add("unrelated", False, None, [], "=?shift_jis?b?%s?= <k.morita@kitazawa-sys.co.jp>" % base64.b64encode("森田 健".encode("shift_jis")).decode(),
        ME_C, "引き継ぎ資料のレビューお願いします", t("2026-11-20 14:03:00", JST),
        leaf("田辺さん\n\n引き継ぎ資料(AWSアカウント管理・認定まわり)を共有フォルダに置きました。\n月曜までに確認してもらえますか?\n\n森田\n", cs="shift_jis", cte="base64"),
        "coll2", domain="kitazawa-sys.co.jp", subj_cs="shift_jis",
        what="colleague asks for a review (Shift_JIS)", note="a real request, but from a colleague about handover")
    # 43 --------------------------------------------------------------- INFO REQUEST E (blunt)
    ie = f"""Haruka,

What name should appear on your certificates? Give it exactly as it appears on the ID you show at the test center, Latin letters only, family name last.

Jordan
AWS Training and Certification
"""
    add("info_request", True, E, [], TC_FULL, ME_P, f"RE:[CASE {E}] {SUBJ_FORM}", t("2026-11-21 01:00:00"),
        leaf(ie, cte="7bit"), "infoE", refs=["ackE"], extra=auth_gmail("amazon.com"),
        what="blunt question: what name to print", note="no 'please'; a bare question and an imperative")
    # 44 --------------------------------------------------------------- INFO REQUEST C Japanese keigo
    ic = f"""田辺 遥 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの山口でございます。

統合前のアカウントに付与されていた 50% 割引バウチャーについて確認を進めております。
つきましては、統合前(旧)アカウントの候補ID、ならびにバウチャーコードの末尾4桁をお知らせいただけますでしょうか。
バウチャーの有効期限がお分かりでしたら、あわせてご教示いただけますと幸いです。

お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサービス
"""
    add("info_request", True, C, [], "=?utf-8?b?%s?= <%s>" % (base64.b64encode("AWS トレーニングと認定".encode()).decode(), TC), ME_P,
        f"RE: [CASE {C}] [AWS Training and Certification Form Submission] - benefits", t("2026-11-21 02:15:00"),
        multi("alternative", leaf(ic, cte="quoted-printable"),
              leaf(html("<p>" + ic.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"), "html", cte="quoted-printable")),
        "infoC", refs=["ackC"], extra=auth_gmail("amazon.com"),
        what="Japanese keigo request for old candidate ID and voucher code", note="〜いただけますでしょうか / ご返信のほど; QP multipart")
    # 45 --------------------------------------------------------------- spoof with dmarc=fail
    sp = """Hello,

We are ready to complete the merge of your AWS Certification accounts. To confirm, sign in with your AWS Builder ID within 24 hours using the secure link below. Unconfirmed requests are cancelled and the certifications on the retired account are lost.

https://aws-training.cert-merge.help/confirm?c=179402118800154

Thank you,
AWS Training and Certification
"""
    add("suspicious", False, None, [], TC_FULL, ME_P, f"RE:[CASE 179402118800154] {SUBJ_FORM}", t("2026-11-21 18:44:00"),
        leaf(sp, cte="7bit"), "ph2", extra=[rcv("mail.vps-eu-19.net", ip="185.234.72.19", when="Sat, 21 Nov 2026 18:44:02 +0000")] + auth_gmail("amazon.com", ok=False),
        what="spoofed From of the real form address; DKIM/SPF/DMARC fail", note="looks exactly like a real case mail apart from auth and the link domain")
    # 46 --------------------------------------------------------------- user reply E
    ue = f"""HARUKA M TANABE

(first: Haruka, middle initial: M, family: Tanabe) -- this matches my passport.

Thanks,
Haruka

---- On Sat, 21 Nov 2026 10:00:00 +0900 AWS Training and Certification <{TC}> wrote ----
{gm_quote(ie)}
"""
    add("user_reply", False, E, [], ME_P_FULL, TC, f"Re: RE:[CASE {E}] {SUBJ_FORM}", t("2026-11-22 08:10:00", JST),
        leaf(ue, cte="7bit"), "repE", domain="mail.gmail.com", refs=["ackE", "infoE"], what="owner answers name question", note="very short")
    # 47 --------------------------------------------------------------- user reply C Japanese
    uc = f"""山口様

ご連絡ありがとうございます。
旧アカウントの候補IDは {OLD} です。
バウチャーコードの末尾4桁は 7QK2、有効期限は 2027年3月31日 と記憶しています。

よろしくお願いいたします。
田辺

2026年11月21日(土) 11:15 AWS トレーニングと認定 <{TC}>:
{gm_quote(ic)}
"""
    add("user_reply", False, C, [OLD], ME_P_FULL, TC, f"Re: RE: [CASE {C}] [AWS Training and Certification Form Submission] - benefits",
        t("2026-11-22 21:30:00", JST), leaf(uc, cte="base64"), "repC", domain="mail.gmail.com", refs=["ackC", "infoC"],
        what="owner answers in Japanese (base64)", note="「…<addr>:」 quote header; quoted keigo request below")
    # 48 --------------------------------------------------------------- RESOLVED E with feedback footer
    re_e = f"""Hi Haruka,

Your name has been updated to HARUKA M TANABE. New certificates reflecting the change can be downloaded from your AWS Certification Account now; badges will update within a day.

Thanks for contacting AWS Training and Certification.
Jordan

We value your feedback. Please share your experience by rating this correspondence:
https://amazon.qualtrics.com/jfe/form/SV_tc?case={E}&rating=
"""
    add("resolved", False, E, [], TC_FULL, ME_P, f"RE:[CASE {E}] {SUBJ_FORM}", t("2026-11-23 04:00:00"),
        leaf(re_e, cte="7bit"), "resE", refs=["ackE", "infoE", "repE"], extra=auth_gmail("amazon.com"),
        what="name corrected", note="survey footer 'Please share your experience' inside a resolution")
    # 49 --------------------------------------------------------------- ACK D console
    ack_d = f"""Dear customer,

We have opened case {D} on your behalf.

Subject: Exam appointment missing after certification account merge
Severity: General guidance
Correspondence: My SAP-C02 recertification appointment (booked on the old account) no longer appears after the merge.

To see the case or add a comment, visit https://console.aws.amazon.com/support/home#/case/?displayId={D}&language=en

Sincerely,
Amazon Web Services

This email was sent from an email address that cannot accept incoming e-mails.
"""
    add("acknowledgement", False, D, [], CONSOLE, ME_P, f"Amazon Web Services: New Support case: {D}", t("2026-11-24 02:10:30"),
        leaf(ack_d, cte="quoted-printable"), "ackD", extra=auth_gmail("amazon.com"),
        what="console case opened (no-reply sender)", note="displayId link; cannot be answered by email")
    # 50 --------------------------------------------------------------- case update C (English)
    uc2 = f"""Hello Haruka,

Thank you for the details. I have confirmed the voucher existed on the previous account and have asked our benefits team to reissue it on your current account. I expect to have an update within two business days.

Sam
AWS Training and Certification
"""
    add("case_update", False, C, [], TC_FULL, ME_P, f"RE: [CASE {C}] [AWS Training and Certification Form Submission] - benefits",
        t("2026-11-24 03:20:00"), leaf(uc2, cte="7bit"), "updC", refs=["ackC", "infoC", "repC"], extra=auth_gmail("amazon.com"),
        what="English update on Japanese case: passed to benefits team", note="language switch mid-thread")
    # 51 --------------------------------------------------------------- AWS Budgets
    add("unrelated", False, None, [], "AWS Budgets <no-reply-aws@amazon.com>", ME_P, "AWS Budgets: monthly-cap has exceeded your alert threshold",
        t("2026-11-24 09:00:00"),
        leaf("AWS Budget Notification November 24, 2026\nAWS Account 402918375561\n\nDear AWS Customer,\n\nYou requested that we alert you when the ACTUAL Cost associated with your monthly-cap budget is greater than $4.00 for the current month. The ACTUAL Cost associated with this budget is $4.51.\n", cte="7bit"),
        "budget", extra=auth_gmail("amazon.com"), what="AWS Budgets alert", note="no-reply-aws sender, account ID")
    # 52 --------------------------------------------------------------- INFO REQUEST D console
    id_ = f"""Hello,

Thank you for contacting AWS Support. I'm Lukas and I'll be helping with your case.

Exam appointments are held by Pearson VUE under the candidate record that existed when the exam was booked. To move your appointment to the merged account I need the Pearson VUE registration number from your booking confirmation and the scheduled exam date.

Please add them as a reply on the case in the Support Center.

Best regards,
Lukas S.
Amazon Web Services

===========================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={D}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
===========================================================

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
"""
    add("info_request", True, D, [], CONSOLE, ME_P, f"RE:[CASE {D}] Exam appointment missing after certification account merge",
        t("2026-11-25 05:41:00"), leaf(id_, cte="quoted-printable"), "infoD", refs=["ackD"], extra=auth_gmail("amazon.com"),
        what="console: asks for Pearson VUE registration number via Support Center",
        note="must be answered in the console, not by email; survey footer at the end")
    # 53 --------------------------------------------------------------- SURVEY E
    add("survey", False, E, [], "AWS Training and Certification <no-reply@aws.training>", ME_P, "Tell us about your recent support experience",
        t("2026-11-25 06:00:00"),
        leaf(html(f"<p>Hi Haruka,</p><p>You recently contacted AWS Training and Certification (case {E}). We'd love to know how it went.</p><table><tr><td><a href='https://amazon.qualtrics.com/x?r=5&c={E}'>Very satisfied</a></td><td><a href='https://amazon.qualtrics.com/x?r=1&c={E}'>Very dissatisfied</a></td></tr></table>"), "html", cte="base64"),
        "survE", domain="aws.training", extra=auth_gmail("aws.training"), what="survey for case E, HTML only", note="case number only in body")
    # 54 --------------------------------------------------------------- RESOLVED C Japanese Shift_JIS
    rc_ = f"""田辺 遥 様

AWS トレーニングと認定 カスタマーサービスの山口でございます。

お待たせいたしました。50% 割引バウチャーを現在のアカウント({NEW})に再発行いたしました。
AWS 認定アカウントの「特典」画面からご確認いただけます。有効期限は元のバウチャーと同じ 2027年3月31日 です。

本件はこれにて完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

山口
"""
    add("resolved", False, C, [NEW], "=?shift_jis?b?%s?= <%s>" % (base64.b64encode("AWS トレーニングと認定".encode("shift_jis")).decode(), TC), ME_P,
        f"RE: [CASE {C}] [AWS Training and Certification Form Submission] - benefits", t("2026-11-26 01:30:00"),
        leaf(rc_, cs="shift_jis", cte="base64"), "resC", refs=["ackC", "infoC", "repC", "updC"], extra=auth_gmail("amazon.com"),
        what="voucher reissued (Japanese, Shift_JIS base64)", note="conditional 〜がございましたら; imperative-looking ご返信ください is conditional")
    # 55 --------------------------------------------------------------- certmetrics benefit
    add("certification", False, None, [], "AWS Certification <do-not-reply@certmetrics.com>", ME_P, "A new benefit is available in your AWS Certification Account",
        t("2026-11-26 02:00:00"),
        leaf("Hello,\n\nA 50% discount voucher for your next AWS Certification exam has been added to your account. Sign in and open Benefits to view the code.\n\nAWS Certification\n", cte="7bit"),
        "cert4", domain="certmetrics.com", extra=auth_gmail("certmetrics.com"),
        what="benefit notice following the voucher reissue", note="program mail, not a case update")
    # 56 --------------------------------------------------------------- Pearson VUE
    add("unrelated", False, None, [NEW], "Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME_P,
        "Confirmation of your AWS Certification exam appointment", t("2026-11-26 08:15:00"),
        multi("alternative", leaf(f"Dear Haruka Tanabe,\n\nThank you for scheduling.\n\nRegistration number: 412883097\nCandidate ID: {NEW}\nExam: AWS Certified Solutions Architect - Professional (SAP-C02)\nDate: Tuesday, December 8, 2026 10:00 JST\nLocation: Online (OnVUE)\n\nPlease review the exam policies before your appointment.\n", cte="7bit"),
              leaf(html(f"<p>Registration number: <b>412883097</b></p><p>Candidate ID: {NEW}</p>"), "html")),
        "pv1", domain="pearson.com", extra=auth_gmail("pearson.com"),
        what="Pearson VUE booking confirmation", note="9-digit registration number; candidate ID in an exam-vendor mail")
    # 57 --------------------------------------------------------------- SURVEY C Japanese
    add("survey", False, C, [], "AWS Customer Service <cs-feedback@amazon.com>", ME_P, "サポートに関するアンケートのお願い",
        t("2026-11-27 03:00:00"),
        leaf(f"田辺 遥 様\n\n先日のお問い合わせ(ケース {C})について、対応の満足度をお聞かせいただけますでしょうか。\n所要時間は1分程度です。\nhttps://amazon.qualtrics.com/jfe/form/SV_tcja?case={C}\n\n※本アンケートへのご回答は任意です。\n", cte="quoted-printable"),
        "survC", extra=auth_gmail("amazon.com"), what="Japanese survey for case C", note="keigo question 〜いただけますでしょうか in a survey")
    # 58 --------------------------------------------------------------- Credly lookalike
    add("suspicious", False, None, [], "Credly <admin@credly-notify.com>", ME_P, "Your AWS badges will be revoked in 48 hours",
        t("2026-11-27 11:11:00"),
        leaf(html("<p>Your Amazon Web Services badges were flagged during an account merge. Verify ownership within 48 hours or they will be revoked.</p><p><a href='https://credly-notify.com/verify'>Verify badges</a></p>"), "html", cte="quoted-printable"),
        "ph3", domain="credly-notify.com", extra=["Authentication-Results: mx.google.com;\n       spf=softfail smtp.mailfrom=credly-notify.com;\n       dmarc=none header.from=credly-notify.com"],
        what="Credly lookalike domain", note="badge wording on a fake domain")
    # 59 --------------------------------------------------------------- CLOSING NOTICE D console
    cd = f"""Hello,

We haven't heard back from you regarding this case. If we do not receive a response in the Support Center within 3 days, this case will be resolved automatically. You can respond from the link below at any time.

Best regards,
Amazon Web Services

===========================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={D}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
===========================================================
"""
    add("closing_notice", True, D, [], CONSOLE, ME_P, f"RE:[CASE {D}] Exam appointment missing after certification account merge",
        t("2026-11-28 05:45:00"), leaf(cd, cte="7bit"), "closeD", refs=["ackD", "infoD"], extra=auth_gmail("amazon.com"),
        what="console case will auto-resolve without an answer", note="reply only in the Support Center")
    # 60 --------------------------------------------------------------- user replies by email to no-reply
    ud = f"""Hi Lukas,

The Pearson VUE registration number is 412883097, exam date December 8, 2026.

Haruka

On Sat, Nov 28, 2026 at 2:45 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:
{gm_quote(cd)}
"""
    add("user_reply", False, D, [], ME_P_FULL, "no-reply-aws@amazon.com", f"Re: RE:[CASE {D}] Exam appointment missing after certification account merge",
        t("2026-11-28 15:02:00", JST), leaf(ud, cte="7bit"), "repD", domain="mail.gmail.com", refs=["ackD", "infoD", "closeD"],
        what="owner answers by email (to the no-reply address)", note="9-digit registration number; sent to an address that does not accept mail")
    # 61 --------------------------------------------------------------- bounce
    bounce = f"""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 no-reply-aws@amazon.com: This mailbox cannot accept incoming e-mails.
"""
    dsn = f"Reporting-MTA: dns; googlemail.com\nArrival-Date: Sat, 28 Nov 2026 15:02:00 +0900\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 mailbox unavailable\n"
    orig = f"Date: Sat, 28 Nov 2026 15:02:00 +0900\nFrom: {ME_P_FULL}\nTo: no-reply-aws@amazon.com\nSubject: Re: RE:[CASE {D}] Exam appointment missing after certification account merge\nMessage-ID: {MIDS['repD']}\n"
    add("unrelated", False, D, [], "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P,
        f"Delivery Status Notification (Failure)", t("2026-11-28 06:02:05"),
        multi("report", leaf(bounce, cte="7bit"),
              (["Content-Type: message/delivery-status"], dsn),
              (["Content-Type: text/rfc822-headers"], orig)),
        "bounceD", domain="mx.google.com", refs=["repD"], extra=["Auto-Submitted: auto-replied"],
        what="bounce of the owner's emailed console reply", note="carries case D only in the returned headers; owner must still answer in console (flag stays on msg 59)")
    # 62 --------------------------------------------------------------- colleague thanks
    add("unrelated", False, None, [], "=?iso-2022-jp?b?%s?= <k.morita@kitazawa-sys.co.jp>" % base64.b64encode("森田 健".encode("iso-2022-jp")).decode(),
        ME_P, "昨日はありがとうございました", t("2026-11-28 19:40:00", JST),
        leaf("田辺さん\n\n昨日はお疲れさまでした。写真を共有フォルダに置いておきます。\n新しい職場でも頑張ってください!\n\n森田\n", cs="iso-2022-jp", cte="7bit"),
        "coll3", domain="kitazawa-sys.co.jp", subj_cs="iso-2022-jp", what="colleague thanks (to personal)", note="noise")
    # 63 --------------------------------------------------------------- GitHub issue closed
    add("unrelated", False, None, [], "Ryo Abe <notifications@github.com>", ME_P,
        "Re: [kitazawa-sys/runbooks] Support case template for AWS cert merges (Issue #88)", t("2026-11-30 01:15:00"),
        leaf("Closed #88 as completed via #90.\n\nThe runbook now covers merging certification accounts when people leave.\n\n--\nReply to this email directly or view it on GitHub.\n", cte="7bit"),
        "gh2", domain="github.com", extra=auth_gmail("github.com"), eol="\n", what="GitHub issue closed", note="'case', 'closed', 'merging certification accounts'")
    # 64 --------------------------------------------------------------- company IT
    add("unrelated", False, None, [], "Kitazawa Systems IT <it-helpdesk@kitazawa-sys.co.jp>", ME_C,
        "【重要】退職に伴うメールアカウント停止のお知らせ", t("2026-11-30 09:00:00", JST),
        leaf("田辺 遥 様\n\n本日 18:00 をもって h.tanabe@kitazawa-sys.co.jp は停止されます。\n必要なデータの退避をお願いいたします。\n\n情報システム部\n", cs="iso-2022-jp", cte="7bit"),
        "it1", domain="kitazawa-sys.co.jp", subj_cs="iso-2022-jp", what="company IT: mailbox closing today", note="request from own company, not support")
    # 65 --------------------------------------------------------------- RESOLVED D console
    rd = f"""Hello,

Thank you for updating the case with your registration details. Pearson VUE has moved your SAP-C02 appointment on December 8, 2026 to your merged AWS Certification account; you will receive their updated confirmation separately.

As the request is now complete, I will resolve this case. If you need anything else, you can reopen it from the Support Center within 14 days.

Best regards,
Lukas S.
Amazon Web Services

===========================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={D}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
===========================================================

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
"""
    add("resolved", False, D, [], CONSOLE, ME_P, f"RE:[CASE {D}] Exam appointment missing after certification account merge",
        t("2026-12-01 04:30:00"), leaf(rd, cte="quoted-printable"), "resD", refs=["ackD", "infoD", "closeD"], extra=auth_gmail("amazon.com"),
        what="console case resolved", note="'reopen within 14 days' conditional; survey footer")


def build_tail():
    # SURVEY D
    add("survey", False, D, [], CONSOLE, ME_P, f"Amazon Web Services: Please rate your support experience for case {D}", t("2026-12-03 05:00:00"),
        leaf(f"Hello,\n\nYour support case {D} was recently resolved. How would you rate the support you received?\n\nhttps://console.aws.amazon.com/support/feedback?displayId={D}\n\nThis email was sent from an email address that cannot accept incoming e-mails.\n", cte="7bit"),
        "survD", extra=auth_gmail("amazon.com"), what="console case survey", note="no-reply-aws sender again")
    # AWS marketing Japanese
    add("unrelated", False, None, [], "AWS Japan <aws-marketing-email-replies@amazon.com>", ME_P, "【AWS】認定取得者向けウェビナーのご案内",
        t("2026-12-03 08:00:00"),
        leaf(html("<p>AWS 認定をお持ちの皆さまへ</p><p>12月15日開催のウェビナー「認定のその先へ」にぜひご参加ください。</p><p><a href='https://aws.amazon.com/jp/events/'>お申し込みはこちら</a></p>"), "html", cte="base64"),
        "mkt2", extra=auth_gmail("amazon.com"), what="AWS marketing (JA, HTML only)", note="certification wording in marketing")
    # Japanese phishing
    add("suspicious", False, None, [], "=?utf-8?b?%s?= <support@amazon-certsupport.com>" % base64.b64encode("AWS 認定サポート".encode()).decode(), ME_P,
        "【要対応】AWS認定アカウント統合の最終確認", t("2026-12-04 01:00:00"),
        leaf("田辺様\n\nアカウント統合の最終確認が完了しておりません。\n本メールに Builder ID のメールアドレスとパスワードをご返信いただけますでしょうか。\n24時間以内にご対応いただけない場合、認定資格は失効いたします。\n\nAWS 認定サポート\n", cte="base64"),
        "ph4", domain="amazon-certsupport.com", extra=["Authentication-Results: mx.google.com;\n       spf=pass smtp.mailfrom=amazon-certsupport.com;\n       dmarc=none header.from=amazon-certsupport.com"],
        what="Japanese phishing from a lookalike domain", note="keigo reply request for a password")
    # ACK F
    ack_f = f"""Hello,

Thank you for contacting AWS Training and Certification. We have opened case {F}.

The details of your case are as follows:
Inquiry type: Certification / Digital Badges
Description: The badge for my Developer - Associate recertification (passed December 2) did not show up on Credly. I think I have two certification accounts under {ME_P}.

We usually answer within 24 hours. Please don't open a new case for this request.
"""
    add("acknowledgement", False, F, [], TC_FULL, ME_P, f"RE:[CASE {F}] [AWS Training and Certification Form Submission] - digital-badges",
        t("2026-12-04 04:05:40"),
        multi("alternative", leaf(ack_f, cte="quoted-printable"),
              leaf(html("<p>" + ack_f.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"), "html", cte="quoted-printable")),
        "ackF", extra=auth_gmail("amazon.com"), what="ack for badge case F", note="multipart/alternative QP")
    # CONFIRMATION REQUEST F (same address)
    cf = f"""Hi Haruka,

You are right, there are two AWS Certification accounts registered to {ME_P}:

  {NEW} - created 2026-11-03, holds your merged history
  {STRAY} - created 2026-12-01 when you signed in through the exam booking page

Which one do you want to keep? Tell us the candidate ID and confirm both are yours, and we will fold the other one into it. The December 2 recertification sits on {STRAY}, which is why Credly did not pick it up.

Noor
AWS Training and Certification
"""
    add("confirmation_request", True, F, [NEW, STRAY], TC_FULL, ME_P, f"RE:[CASE {F}] [AWS Training and Certification Form Submission] - digital-badges",
        t("2026-12-05 02:30:00"), leaf(cf, cte="7bit"), "confF", refs=["ackF"], extra=auth_gmail("amazon.com"), eol="\n",
        what="confirmation request: two accounts on the same address", note="no 'Account #1/#2'; a 'Which one' question plus imperative")
    # newsletter
    add("unrelated", False, None, [], "Last Week in AWS <newsletter@lastweekinaws.com>", ME_P, "Last Week in AWS: Issue #462",
        t("2026-12-07 12:00:00"),
        leaf(html("<h2>Last Week in AWS</h2><p>Support cases, certification vouchers and why your badge vanished: a week in review.</p>"), "html", cte="quoted-printable"),
        "lwia", domain="lastweekinaws.com", extra=auth_gmail("lastweekinaws.com"), what="newsletter", note="topic words")
    # Builder code
    add("unrelated", False, None, [], "AWS <no-reply@signin.aws>", ME_P, "Your AWS Builder ID sign-in code", t("2026-12-08 00:40:00"),
        leaf("Your AWS Builder ID sign-in code is 205661.\n", cte="7bit"), "bid3", domain="signin.aws", extra=auth_gmail("signin.aws"),
        what="one-time code", note="noise")
    # recert + badge go here chronologically (cert5 is 12-09 in build(); fine, order handled below)


def build_end():
    # CLOSING NOTICE F (already closed)
    cn = f"""Hello,

Because we did not receive a reply, case {F} has been closed. If you still need help, reply to this email within 14 days and the case will reopen automatically with its history.

> Which one do you want to keep? Tell us the candidate ID and confirm both are yours, and we will
> fold the other one into it.

AWS Training and Certification
"""
    add("closing_notice", True, F, [], TC_FULL, ME_P, f"RE:[CASE {F}] [AWS Training and Certification Form Submission] - digital-badges",
        t("2026-12-09 02:30:00"), leaf(cn, cte="7bit"), "closeF", refs=["ackF", "confF"], extra=auth_gmail("amazon.com"),
        what="case already closed for no answer; reply reopens", note="past tense; the old question is only in a > quote")
    # recert (certmetrics) 12-09 10:00
    add("certification", False, None, [], "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
        "Congratulations on recertifying your AWS Certification!", t("2026-12-09 10:00:00"),
        leaf(html("<p>Congratulations, Haruka!</p><p>You have recertified <b>AWS Certified Solutions Architect - Professional</b>. Your new expiration date is December 8, 2029.</p><p>Your digital badge will be issued by Credly.</p>"), "html", cte="quoted-printable"),
        "cert5", domain="certmetrics.com", extra=auth_gmail("certmetrics.com"), what="recertification congratulations", note="HTML only")
    # user reply F
    uf = f"""Keep {NEW}. Both accounts are mine; please merge {STRAY} into it.

Sorry, I missed your earlier mail.
Haruka

2026/12/09 11:30、AWS Training and Certification <{TC}> のメール:
{gm_quote(cn)}
"""
    add("user_reply", False, F, [NEW, STRAY], ME_P_FULL, TC, f"Re: RE:[CASE {F}] [AWS Training and Certification Form Submission] - digital-badges",
        t("2026-12-09 20:15:00", JST), leaf(uf, cte="8bit"), "repF", domain="mail.gmail.com", refs=["ackF", "confF", "closeF"],
        what="owner answers after closure (8bit UTF-8, iPhone-style JA quote header)", note="two candidate IDs in own text")
    # case update F reopened
    uf2 = f"""Hi Haruka,

Thanks -- your reply reopened case {F}. The merge of {STRAY} into {NEW} is queued with our operations team; it normally completes within one business day. I'll confirm here when it is finished.

Noor
"""
    add("case_update", False, F, [STRAY, NEW], TC_FULL, ME_P, f"RE:[CASE {F}] [AWS Training and Certification Form Submission] - digital-badges",
        t("2026-12-10 01:00:00"), leaf(uf2, cte="quoted-printable"), "updF", refs=["ackF", "confF", "closeF", "repF"], extra=auth_gmail("amazon.com"),
        what="reopened, merge queued", note="'I'll confirm here' is a promise, not an ask")
    # resolved F
    rf = f"""Hi Haruka,

The merge is complete: {STRAY} has been combined into {NEW}, including your December 2026 recertification. Credly should send the new badge shortly.

If you have anything to add, just reply to this email.

Noor
AWS Training and Certification
"""
    add("resolved", False, F, [STRAY, NEW], TC_FULL, ME_P, f"RE:[CASE {F}] [AWS Training and Certification Form Submission] - digital-badges",
        t("2026-12-11 00:20:00"),
        multi("alternative", leaf(rf, cte="7bit"), leaf(html("<p>" + rf.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"), "html", cte="quoted-printable")),
        "resF", refs=["ackF", "confF", "closeF", "repF", "updF"], extra=auth_gmail("amazon.com"),
        what="second merge done", note="conditional 'If you have anything to add'")
    # badge
    add("badge", False, None, [], "Credly <admin@credly.com>", ME_P, "You've earned a badge: AWS Certified Developer - Associate",
        t("2026-12-11 00:50:00"),
        leaf(html("<p>Amazon Web Services Training and Certification issued you a badge.</p><p><a href='https://www.credly.com/badges/5c3e7a1f-9b2d-4e8a-a6f0-2d1c9e7b4a33'>View and accept</a></p>"), "html", cte="quoted-printable"),
        "cred2", domain="credly.com", extra=auth_gmail("credly.com"), what="Credly badge (badge UUID link)", note="UUID is not an ID")
    # Credly legacy sender
    add("badge", False, None, [], "Acclaim <admin@youracclaim.com>", ME_P, "Reminder: accept your badge from Amazon Web Services Training and Certification",
        t("2026-12-11 23:00:00"),
        leaf("Hi Haruka,\n\nYou have a pending badge. Accept it to add it to your profile and share it.\n\nhttps://www.youracclaim.com/earner/earned\n", cte="7bit"),
        "cred3", domain="youracclaim.com", extra=auth_gmail("youracclaim.com"), eol="\n",
        what="badge reminder from the legacy Acclaim sender", note="'accept your badge' is an action, but not a support reply")
    # survey F
    add("survey", False, F, [], "AWS Customer Service <cs-feedback@amazon.com>", ME_P, f"How did we do on case {F}?", t("2026-12-12 03:00:00"),
        leaf(f"Hello,\n\nWe'd appreciate your feedback on case {F}. Reply with a number from 1 (poor) to 5 (excellent), or use the link below.\n\nhttps://amazon.qualtrics.com/jfe/form/SV_tc?case={F}\n", cte="7bit"),
        "survF", extra=auth_gmail("amazon.com"), what="survey that invites a reply with a rating",
        note="'Reply with a number' -- a survey, not a case request")
    # Atlassian CSAT
    add("unrelated", False, None, [], "Atlassian Support <support@atlassian.com>", ME_P, "How would you rate the support you received? [JST-884213]",
        t("2026-12-12 05:00:00"),
        leaf("Hi Haruka,\n\nYour request JST-884213 was closed. How would you rate the support you received? Good / Bad\n", cte="7bit"),
        "atl2", domain="atlassian.com", extra=auth_gmail("atlassian.com"), what="other vendor CSAT", note="survey from a non-AWS vendor -> unrelated")
    # December invoice
    add("unrelated", False, None, [], "Amazon Web Services <no-reply-aws@amazon.com>", ME_P,
        "Amazon Web Services Invoice Available [Account: 402918375561]", t("2026-12-13 08:02:00"),
        leaf("Greetings from Amazon Web Services,\n\nYour latest billing statement is available. Total: $5.12\n\n[AWS ID 402918375561]\n", cte="7bit"),
        "bill2", extra=auth_gmail("amazon.com"), what="AWS invoice", note="noise")


if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    build()
    build_tail()
    build_end()
    rows = write_all()
    cnt = Counter(r[1] for r in rows)
    for k, v in sorted(cnt.items()):
        print("%-22s %d" % (k, v))
    print("total %d, needs_reply %d" % (len(rows), sum(1 for r in rows if r[2])))
