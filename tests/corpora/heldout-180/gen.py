#!/usr/bin/env python3
"""Generate the blind support-case mail corpus (standard library only).

Run:  python3 gen.py      (writes NNN-msg.eml / NNN-msg.json / README.md next to this script)
"""
import hashlib
import json
import os
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import charset as ecs
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "haruka.ishida.works@gmail.com"
ME_C = "h.ishida@nordlight-sys.co.jp"
ME_NAME = "Haruka Ishida"
FORM = "aws-cs-trainingcertification-form@amazon.com"
FORM_FROM = ("AWS Training and Certification", FORM)
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")

CASE_A = "174211839204417"   # 15-digit, account merge (company -> personal), APN hold
CASE_B = "21958274061"       # 11-digit, duplicate form for the same merge
CASE_C = "9384712650"        # 10-digit, Support Center (console) case, missing voucher
CASE_D = "174392611800258"   # 15-digit, Japanese, name on certificate, closed & reopened
CASE_E = "24739156208"       # 11-digit, Credly badges / duplicate account same e-mail

CID_CO = "AWS04417728"   # company certification account
CID_ME = "AWS11930254"   # personal certification account (kept)
CID_DUP = "AWS20385517"  # duplicate created with the personal address
CID_UNI = "AWS07719342"  # forgotten third account (university address)

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
_ids = {}


def mid(tag, domain):
    h = hashlib.sha1(tag.encode()).hexdigest()
    if domain == "ses":
        return "<0100019%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:17], h[17:29])
    if domain == "gmail":
        return "<CAK%s+%s@mail.gmail.com>" % (h[:20], h[20:34])
    if domain == "outlook":
        return "<TYCP286MB%s%s@TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM>" % (h[:4].upper(), h[4:16].upper(), h[16:20].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def auth(domain, ok=True, receiver="mx.google.com", spf_ok=None, dkim_ok=None):
    spf_ok = ok if spf_ok is None else spf_ok
    dkim_ok = ok if dkim_ok is None else dkim_ok
    d = "pass" if dkim_ok else "fail"
    s = "pass" if spf_ok else "softfail"
    m = "pass" if ok else "fail"
    return ("%s;\r\n       dkim=%s header.i=@%s header.s=s1 header.b=Xk3pQ9aZ;\r\n"
            "       spf=%s (%s: domain of bounce@%s %s 54.240.8.%d as permitted sender) smtp.mailfrom=bounce@%s;\r\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
            % (receiver, d, domain, s, receiver.split(';')[0], domain, "designates" if spf_ok else "does not designate", 10 + len(domain), domain, m,
               "NONE" if ok else "QUARANTINE", domain)).replace("\r\n", "\n")


def text_part(text, subtype="plain", cs="utf-8", cte="qp"):
    if cs in ("iso-2022-jp", "us-ascii"):
        return MIMEText(text, subtype, cs)
    if cs == "shift_jis":
        p = MIMENonMultipart("text", subtype, charset="shift_jis")
        c = ecs.Charset("shift_jis")
        c.body_encoding = ecs.BASE64
        p.set_payload(text.encode("shift_jis"))
        import base64
        p.set_payload(base64.encodebytes(text.encode("shift_jis")).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
        return p
    c = ecs.Charset(cs)
    c.body_encoding = {"qp": ecs.QP, "b64": ecs.BASE64, "8bit": None}[cte]
    p = MIMENonMultipart("text", subtype)
    p.set_payload(text, c)
    if cte == "8bit":
        p.replace_header("Content-Transfer-Encoding", "8bit") if "Content-Transfer-Encoding" in p else p.add_header("Content-Transfer-Encoding", "8bit")
    return p


def hdr(value, cs="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs, maxlinelen=76)


def addr(pair, cs="utf-8"):
    name, a = pair
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def add(kind, reply, case, cands, note, *, frm, to, subject, date, text=None, html=None,
        cs="utf-8", cte="qp", cc=None, irt=None, refs=None, authres=None, extra=(), crlf=False,
        idtag=None, iddom="ses", attach=None, raw_body=None, subj_cs=None):
    n = len(MSGS) + 1
    tag = idtag or ("m%d" % n)
    msgid = mid(tag + subject, iddom)
    _ids[tag] = msgid
    if raw_body is not None:
        root = raw_body
    elif text is not None and html is not None:
        root = MIMEMultipart("alternative")
        root.attach(text_part(text, "plain", cs, cte))
        root.attach(text_part(html, "html", cs, cte))
    elif html is not None:
        root = text_part(html, "html", cs, cte)
    else:
        root = text_part(text, "plain", cs, cte)
    if attach:
        mixed = MIMEMultipart("mixed")
        mixed.attach(root)
        for fname, data, mtype in attach:
            a = MIMEApplication(data, mtype)
            a.add_header("Content-Disposition", "attachment", filename=fname)
            mixed.attach(a)
        root = mixed
    content = list(root._headers)
    root._headers = []
    heads = []
    if authres:
        heads.append(("Authentication-Results", authres))
    for k, v in extra:
        heads.append((k, v))
    heads += [
        ("Date", format_datetime(date)),
        ("From", addr(frm, subj_cs or "utf-8")),
        ("To", ", ".join(addr(t) for t in to)),
    ]
    if cc:
        heads.append(("Cc", ", ".join(addr(t) for t in cc)))
    heads.append(("Message-ID", msgid))
    if irt:
        heads.append(("In-Reply-To", _ids[irt]))
        chain = [_ids[r] for r in (refs or [irt])]
        heads.append(("References", " ".join(chain)))
    heads.append(("Subject", hdr(subject, subj_cs or "utf-8")))
    for k, v in heads:
        root[k] = v
    for k, v in content:
        if k.lower() == "mime-version":
            continue
        root._headers.append((k, v))
    root._headers.insert(len(heads), ("MIME-Version", "1.0"))
    data = root.as_bytes(policy=compat32.clone(max_line_length=998))
    data = data.replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    MSGS.append(dict(n=n, kind=kind, reply=reply, case=case, cands=cands, note=note, data=data,
                     subject=subject))
    return tag


def sig_form(name, extra=""):
    return ("%s\nAWS Training and Certification Customer Service%s\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
            "Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210" % (name, extra))


def console_footer(case):
    return ("\nTo see all of the correspondence for this case, or to add a reply, please visit the "
            "AWS Support Center:\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "(This e-mail address cannot accept incoming e-mails. Messages sent to it are not "
            "delivered to the support team.)\n\nAmazon Web Services, Inc. is an affiliate of Amazon.com, Inc." % case)


def gmail_attr(dt, who):
    return "On %s %s wrote:" % (dt.strftime("%a, %b %-d, %Y at %-I:%M %p"), who)


def outlook_hdr(frm, dt, to, subj):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n"
            % (frm, dt.strftime("%A, %B %-d, %Y %-I:%M %p"), to, subj))


# ---------------------------------------------------------------------------
# The messages, in mailbox arrival order
# ---------------------------------------------------------------------------

def build():
    G = auth("github.com")
    A = auth("amazon.com")
    AC = auth("amazon.com", receiver="mx01.nordlight-sys.co.jp")
    SES = auth("amazonses.com")

    add("unrelated", False, None, [], "GitHub PR notification saying 'Merged' and 'Reply to this email directly' — not support mail.",
        frm=("Kaito Mori", "notifications@github.com"), to=[("nordlight/infra-modules", "infra-modules@noreply.github.com")],
        subject="Re: [nordlight/infra-modules] Refactor account-baseline module (PR #412)",
        date=datetime(2025, 3, 10, 9, 14, tzinfo=UTC), authres=G, iddom="github.com",
        extra=[("X-GitHub-Reason", "mention"), ("List-ID", "nordlight/infra-modules <infra-modules.nordlight.github.com>")],
        text="Merged #412 into main.\n\n@haruka-ishida thanks for the review, merging this before your last week so "
             "nobody has to rebase later.\n\n--\nReply to this email directly, view it on GitHub:\n"
             "https://github.com/nordlight/infra-modules/pull/412#event-16602231\nYou are receiving this because you were mentioned.")

    add("unrelated", False, None, [], "AWS billing mail from an amazon.com address, 12-digit account ID in brackets (not a case ID).",
        frm=("Amazon Web Services", "aws-receivables-support@email.amazon.com"), to=[(ME_NAME, ME_P)],
        subject="Amazon Web Services Invoice Available [Account: 480213557916]",
        date=datetime(2025, 3, 10, 23, 2, tzinfo=UTC), authres=auth("email.amazon.com"),
        text="Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the "
             "account ending in 7916, is available on the AWS web site. Your account will be charged the following:\n\n"
             "Total: $3.41\n\n[AWS ID 480213557916]\n\nYou can see a complete break down of all charges on the Bills page "
             "of the Billing and Cost Management console.\n\nThank you for using Amazon Web Services.\n\nSincerely,\n"
             "Amazon Web Services\n\nThis message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.")

    add("certification", False, None, [CID_CO], "Certification expiry reminder (CertMetrics) with candidate ID; contains a call to action but no case.",
        frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=[(ME_NAME, ME_C)],
        subject="Your AWS Certification expires in 90 days", date=datetime(2025, 3, 11, 1, 30, tzinfo=UTC),
        authres=auth("certmetrics.com", receiver="mx01.nordlight-sys.co.jp"), iddom="certmetrics.com",
        text="Hello Haruka Ishida,\n\nCandidate ID: %s\n\nYour AWS Certified Solutions Architect - Associate certification "
             "expires on June 14, 2025. To stay certified, pass the current version of the exam or a higher-level exam "
             "before that date. Recertification exams are eligible for your 50%% discount benefit.\n\n"
             "Manage your certifications: https://www.aws.training/certification\n\n"
             "This mailbox is not monitored.\nAWS Training and Certification" % CID_CO,
        html="<html><body style=\"font-family:Arial\"><p>Hello Haruka Ishida,</p><p><b>Candidate ID:</b> %s</p>"
             "<p>Your <b>AWS Certified Solutions Architect - Associate</b> certification expires on <b>June 14, 2025</b>. "
             "To stay certified, pass the current version of the exam or a higher-level exam before that date. "
             "Recertification exams are eligible for your 50%% discount benefit.</p>"
             "<p><a href=\"https://www.aws.training/certification\">Manage your certifications</a></p>"
             "<p style=\"color:#888\">This mailbox is not monitored.<br>AWS Training and Certification</p></body></html>" % CID_CO)

    add("unrelated", False, None, [], "Colleague (Japanese, ISO-2022-JP) asks a direct question that needs an answer — but not support.",
        frm=("神原 翔太", "s.kanbara@nordlight-sys.co.jp"), to=[(ME_NAME, ME_C)], cs="iso-2022-jp", subj_cs="iso-2022-jp",
        subject="引き継ぎ資料について", date=datetime(2025, 3, 11, 14, 20, tzinfo=JST), iddom="nordlight-sys.co.jp",
        idtag="handover",
        text="石田さん\n\nお疲れさまです、神原です。\n引き継ぎ資料ありがとうございました。\n\n"
             "AWSアカウントの棚卸しの部分で一点だけ。Organizations の統合(マージ)対象になっている検証用アカウントは、"
             "4月以降も残す方針で合っていますか？\n最終出社日までにお返事もらえると助かります。\n\n神原")

    add("user_reply", False, None, [], "Owner's own answer to a colleague (not about a case) — owner mail is user_reply wherever it appears.",
        frm=("石田 遥", ME_C), to=[("神原 翔太", "s.kanbara@nordlight-sys.co.jp")], cs="iso-2022-jp", subj_cs="iso-2022-jp",
        subject="Re: 引き継ぎ資料について", date=datetime(2025, 3, 12, 9, 15, tzinfo=JST), iddom="outlook", irt="handover",
        text="神原さん\n\nはい、検証用アカウントは4月以降も残します。統合対象から外しておいてください。\n\n石田\n\n"
             "> 4月以降も残す方針で合っていますか？\n> 最終出社日までにお返事もらえると助かります。")

    add("user_reply", False, None, [CID_CO, CID_ME], "Owner's note to self (company -> personal) listing both candidate IDs before filing; no support involved.",
        frm=(ME_NAME, ME_C), to=[(ME_NAME, ME_P)], subject="memo: AWS cert account before I leave",
        date=datetime(2025, 3, 14, 18, 40, tzinfo=JST), iddom="outlook",
        text="Notes for myself before the company mailbox goes away.\n\n"
             "- company cert account: %s (SAA 2022, CLF 2021?, 50%% voucher unused)\n"
             "- new personal cert account created today: %s\n"
             "- certificates downloaded to Drive/certs/\n"
             "- file the T&C contact form from home, Account Merge, keep the gmail address\n" % (CID_CO, CID_ME))

    add("unrelated", False, None, [], "Builder ID e-mail verification with a 6-digit code.",
        frm=("AWS", "no-reply@signin.aws"), to=[("", ME_P)], subject="Verify your AWS Builder ID email address",
        date=datetime(2025, 3, 14, 10, 2, tzinfo=UTC), authres=auth("signin.aws"), iddom="signin.aws",
        html="<html><body><h2>Verify your email address</h2><p>Enter this code to finish creating your AWS Builder ID:</p>"
             "<p style=\"font-size:28px;letter-spacing:4px\"><b>481207</b></p><p>The code expires in 30 minutes. "
             "If you did not request it, you can ignore this message.</p></body></html>")

    ack_a_text = (
        "Hello,\n\nWe've received your message and created case %s for it.\n\n"
        "A member of our team usually responds within one business day; some requests take longer while we look "
        "into them. Please keep any follow-up on this case by replying to this e-mail rather than submitting the "
        "form again - a second submission starts a new case and slows things down.\n\n"
        "Summary of your submission\n--------------------------\nInquiry type: Certification\nAdditional details: Account Merge\n"
        "Description: I am leaving Nordlight Systems at the end of March and would like my certification history moved "
        "from my company account to my personal account.\nE-mail addresses used: %s, %s\n"
        "Address to keep: %s\nCandidate IDs: %s (company), %s (personal)\n\n" % (CASE_A, ME_C, ME_P, ME_P, CID_CO, CID_ME)
        + sig_form("Regards,"))
    t_ack_a = add("acknowledgement", False, CASE_A, [CID_CO, CID_ME],
                  "Form acknowledgement echoing the submitted text (candidate IDs in the echo count as the message's own text).",
                  frm=FORM_FROM, to=[("", ME_P)], subject="[CASE %s] %s" % (CASE_A, FORM_SUBJ),
                  date=datetime(2025, 3, 16, 1, 14, tzinfo=UTC), authres=A, idtag="ackA",
                  text=ack_a_text,
                  html="<html><body><p>Hello,</p><p>We've received your message and created case <b>%s</b> for it.</p>"
                       "<p>A member of our team usually responds within one business day; some requests take longer while we look into them. "
                       "Please keep any follow-up on this case by replying to this e-mail rather than submitting the form again - "
                       "a second submission starts a new case and slows things down.</p>"
                       "<table border=\"1\" cellpadding=\"4\"><tr><th colspan=\"2\">Summary of your submission</th></tr>"
                       "<tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Additional details</td><td>Account Merge</td></tr>"
                       "<tr><td>Description</td><td>I am leaving Nordlight Systems at the end of March and would like my certification history moved from my company account to my personal account.</td></tr>"
                       "<tr><td>E-mail addresses used</td><td>%s, %s</td></tr><tr><td>Address to keep</td><td>%s</td></tr>"
                       "<tr><td>Candidate IDs</td><td>%s (company), %s (personal)</td></tr></table>"
                       "<p>Regards,<br>AWS Training and Certification Customer Service</p></body></html>"
                       % (CASE_A, ME_C, ME_P, ME_P, CID_CO, CID_ME))

    add("acknowledgement", False, CASE_B, [], "Second acknowledgement (older template, 11-digit case) for an accidental duplicate submission from the company address.",
        frm=FORM_FROM, to=[("", ME_C)], subject="[CASE %s] %s" % (CASE_B, FORM_SUBJ),
        date=datetime(2025, 3, 16, 1, 31, tzinfo=UTC), authres=AC, idtag="ackB", crlf=True, cs="us-ascii",
        text="Thank you for contacting AWS Training and Certification.\n\nCase ID: %s\nStatus: Open\n\n"
             "Our typical response time is 24 hours. If you have already opened a case for this request, please do not open "
             "another one.\n\nThe details of your request:\nI'm leaving my employer and want to merge my certification account "
             "into my personal one. Company address %s, personal %s.\n\nAWS Training and Certification" % (CASE_B, ME_C, ME_P))

    add("unrelated", False, None, [], "AWS marketing in Japanese (HTML only, base64) with 'ご質問がございましたら' — not a case.",
        frm=("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), to=[("", ME_P)],
        subject="【AWS Summit Japan 2025】登録受付を開始しました", date=datetime(2025, 3, 16, 23, 0, tzinfo=UTC),
        authres=A, cte="b64", iddom="marketing.amazon.com",
        html="<html><body><h1>AWS Summit Japan 2025</h1><p>石田 様</p><p>今年も AWS Summit Japan を幕張メッセで開催します。"
             "基調講演、150 以上のセッション、認定資格者ラウンジをご用意しています。</p>"
             "<p><a href=\"https://aws.amazon.com/jp/summits/japan/\">今すぐ登録</a></p>"
             "<p>ご質問がございましたら、本メールへの返信でお知らせください。</p>"
             "<p style=\"font-size:10px\">配信停止をご希望の場合はこちら。アマゾン ウェブ サービス ジャパン合同会社</p></body></html>")

    add("case_update", False, CASE_B, [], "Duplicate case closed and linked to the main case; mentions the other case number; nothing asked.",
        frm=FORM_FROM, to=[("", ME_C)], subject="RE:[CASE %s] %s" % (CASE_B, FORM_SUBJ),
        date=datetime(2025, 3, 17, 0, 2, tzinfo=UTC), authres=AC, irt="ackB",
        text="Hi Haruka,\n\nThis request is the same one a colleague is already working on under case %s, so I've closed %s "
             "and added a note on the other case pointing back here. You don't need to do anything with this one - all "
             "further updates will come on %s.\n\nAnders\nAWS Training and Certification" % (CASE_A, CASE_B, CASE_A))

    hold_a = ("Hi Haruka!\n\nThanks so much for your patience - I'm Maximilian and I'll be looking after your merge.\n\n"
              "I've had a look at both accounts. The one under %s is linked to Nordlight Systems' AWS Partner Network "
              "profile, and since partner companies count their staff's certifications toward their partner tier, we "
              "can't move anything out of a partner-linked account while that link is in place. So for now I've put the "
              "merge on hold and raised it with our partner operations folks, who'll need to release the link on their side.\n\n"
              "One thing that would help me a lot: are you actually leaving Nordlight, and if so, what's your last day there? "
              "Partner ops almost always ask me that first.\n\nCheers,\nMaximilian\nAWS Training and Certification" % ME_C)
    add("on_hold", True, CASE_A, [], "Chatty partner (APN) hold; the question about the last working day is buried mid-mail.",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        date=datetime(2025, 3, 17, 2, 40, tzinfo=UTC), authres=A, irt="ackA", idtag="holdA", text=hold_a)

    add("unrelated", False, None, [], "Another vendor's help desk: 'request solved', accounts merged, 'reply to reopen'.",
        frm=("Cloudmosaic Support", "help@cloudmosaic.zendesk.com"), to=[(ME_NAME, ME_C)],
        subject="[Cloudmosaic] Re: Merge duplicate workspace accounts (#58213) - Solved",
        date=datetime(2025, 3, 17, 3, 55, tzinfo=UTC), authres=auth("cloudmosaic.zendesk.com", receiver="mx01.nordlight-sys.co.jp"),
        iddom="cloudmosaic.zendesk.com",
        text="##- Please type your reply above this line -##\n\nYour request (58213) has been solved. To reopen it, reply to this email.\n\n"
             "Bea (Cloudmosaic)\nMar 17, 2025, 12:55 GMT+9\n\nHi Haruka, the two workspace accounts are merged now and all "
             "dashboards sit under nordlight-prod. Let us know if anything's missing!\n\n[Q7K2M9-R4Z1]")

    reply13 = ("Hi Maximilian,\n\nYes, I'm leaving. My last day at Nordlight is 31 March 2025 and this mailbox will be "
               "closed the same day. Please go ahead with the merge.\n\nBest regards,\nHaruka Ishida")
    add("user_reply", False, CASE_A, [], "Owner answers the hold from the COMPANY address (Outlook quoting) — support will not accept it.",
        frm=(ME_NAME, ME_C), to=[FORM_FROM], subject="RE: [CASE %s] %s" % (CASE_A, FORM_SUBJ),
        date=datetime(2025, 3, 17, 13, 5, tzinfo=JST), iddom="outlook", irt="holdA", refs=["ackA", "holdA"], idtag="r13",
        text=reply13 + "\n\n" + outlook_hdr("AWS Training and Certification <%s>" % FORM, datetime(2025, 3, 17, 11, 40),
                                            ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ)) + "\n" + hold_a)

    add("unrelated", False, None, [], "Colleague's out-of-office auto-reply (Japanese/English).",
        frm=("田村 由紀", "y.tamura@nordlight-sys.co.jp"), to=[(ME_NAME, ME_C)], subject="自動応答: 引き継ぎ資料について",
        date=datetime(2025, 3, 17, 14, 1, tzinfo=JST), iddom="nordlight-sys.co.jp",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="3月17日から3月21日まで休暇のため不在にしております。急ぎの場合は神原までご連絡ください。\n\n"
             "I am out of the office until March 21. For anything urgent please contact s.kanbara@nordlight-sys.co.jp.")

    wrongaddr = ("Dear Ms. Ishida,\n\nThank you for your reply.\n\nTo protect your certification records, instructions "
                 "concerning a merge can only be accepted from the e-mail address registered on the destination account, "
                 "which for this case is %s. We are therefore unable to act on the message received from %s.\n\n"
                 "We would be grateful if you would send the same statement from your personal address by replying to this "
                 "case.\n\nKind regards,\n" % (ME_P, ME_C) + sig_form("Priya S."))
    add("info_request", True, CASE_A, [], "Very formal: will not act on mail from the old address; asks the owner to write again from the personal one.",
        frm=FORM_FROM, to=[("", ME_C)], cc=[("", ME_P)], subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        date=datetime(2025, 3, 17, 17, 10, tzinfo=UTC), authres=AC, irt="r13", refs=["ackA", "holdA", "r13"], idtag="waA",
        text=wrongaddr + "\n\n" + q(reply13))

    r16 = ("Hello Priya,\n\nWriting from my personal address as requested. I confirm that I'm leaving Nordlight Systems; "
           "my final working day is 31 March 2025.\n\nThanks,\nHaruka")
    add("user_reply", False, CASE_A, [], "Owner writes again from the personal address (Gmail quoting).",
        frm=(ME_NAME, ME_P), to=[FORM_FROM], subject="Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        date=datetime(2025, 3, 18, 8, 30, tzinfo=JST), iddom="gmail", irt="waA", refs=["ackA", "holdA", "r13", "waA"], idtag="r16",
        text=r16 + "\n\n" + gmail_attr(datetime(2025, 3, 18, 2, 10), "AWS Training and Certification <%s>" % FORM) + "\n\n" + q(wrongaddr))

    add("suspicious", False, None, [], "Lookalike domain (passes its own DKIM/DMARC) asking to 'verify' a pending merge and reply with a password.",
        frm=("AWS Certification Support", "support@aws-certification-center.com"), to=[("", ME_P)],
        subject="Action needed: verify your certification account before the merge",
        date=datetime(2025, 3, 18, 4, 12, tzinfo=UTC), authres=auth("aws-certification-center.com"), iddom="aws-certification-center.com",
        html="<html><body><p>Dear Candidate,</p><p>Your request to merge AWS Certification accounts is waiting for identity "
             "verification. Requests not verified within <b>24 hours</b> are cancelled and certifications on the old account may be lost.</p>"
             "<p><a href=\"http://aws-certification-center.com/verify?c=8812\">Verify my account</a></p>"
             "<p>If the button does not work, reply to this message with your AWS Builder ID e-mail and password and we will complete the verification for you.</p>"
             "<p>AWS Training &amp; Certification Support Team</p></body></html>")

    add("case_update", False, CASE_A, [], "Hold lifted; subject has NO case token — belongs to the case only through In-Reply-To/References.",
        frm=FORM_FROM, to=[("", ME_P)], subject="Your AWS Training and Certification request",
        date=datetime(2025, 3, 19, 1, 15, tzinfo=UTC), authres=A, irt="r16", refs=["ackA", "holdA", "r16"], idtag="liftA",
        text="Hi Haruka,\n\nQuick note: partner operations have released the partner link on your former company account, "
             "so the hold is off. I'm lining up the merge now and will write again shortly with the account details for you "
             "to look over.\n\nMaximilian")

    add("unrelated", False, None, [CID_ME], "Pearson VUE booking confirmation: 9-digit registration number, AWS candidate ID, 'contact us' — exam vendor mail.",
        frm=("Pearson VUE", "noreply@pearson.com"), to=[(ME_NAME, ME_P)], subject="Pearson VUE Confirmation of Booking",
        date=datetime(2025, 3, 19, 5, 30, tzinfo=UTC), authres=auth("pearson.com"), iddom="pearson.com",
        text="Dear Haruka Ishida,\n\nThank you for scheduling with Pearson VUE.\n\nExam: DVA-C02: AWS Certified Developer - Associate\n"
             "Registration number: 482917360\nCandidate ID: %s\nDate: Saturday, April 26, 2025  10:00 JST\n"
             "Location: Online (OnVUE)\n\nRun the system test before exam day. If you need to reschedule, do so at least 24 "
             "hours before your appointment.\n\nPearson VUE" % CID_ME)

    confirm_rows = [("Account #1", ME_P, CID_ME), ("Account #2", ME_C, CID_CO)]
    conf_text = ("Dear Ms. Ishida,\n\nWe have located the following two certification accounts associated with your request:\n\n"
                 + "\n".join("%s\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\nCandidate ID: %s\n"
                             % (a, e, e, e, c) for a, e, c in confirm_rows)
                 + "\nOnce merged, Account #2 will be deactivated and its exam history, certifications and benefits will be "
                   "transferred to Account #1.\n\nKindly confirm that both accounts belong to you and that Account #1 is the "
                   "account to be retained.\n\nKind regards,\nPriya S.\nAWS Training and Certification Customer Service")
    conf_html = ("<html><head><style>td,th{border:1px solid #ccc;padding:4px 8px;font-family:Calibri,Arial}</style></head><body>"
                 "<p>Dear Ms. Ishida,</p><p>We have located the following two certification accounts associated with your request:</p>"
                 "<table><tr><th></th><th>Login email</th><th>Training notification email</th><th>Certification notification email</th><th>Candidate ID</th></tr>"
                 + "".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (a, e, e, e, c) for a, e, c in confirm_rows)
                 + "</table><p>Once merged, Account #2 will be deactivated and its exam history, certifications and benefits will be "
                   "transferred to Account #1.</p><p>Kindly confirm that both accounts belong to you and that Account #1 is the account "
                   "to be retained.</p><p>Kind regards,<br>Priya S.<br>AWS Training and Certification Customer Service</p></body></html>")
    add("confirmation_request", True, CASE_A, [CID_ME, CID_CO], "HTML-only table of Account #1/#2 with 'Kindly confirm…' (no question mark).",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        date=datetime(2025, 3, 19, 6, 48, tzinfo=UTC), authres=A, irt="liftA", refs=["ackA", "r16", "liftA"], idtag="confA",
        html=conf_html, cte="qp")

    add("unrelated", False, None, [], "Tech newsletter mentioning certification, account merges and support cases.",
        frm=("This Week in Cloud", "newsletter@thisweekincloud.dev"), to=[("", ME_P)], subject="This Week in Cloud #212: merge queues, cert changes, support SLAs",
        date=datetime(2025, 3, 19, 7, 30, tzinfo=UTC), authres=auth("thisweekincloud.dev"), iddom="thisweekincloud.dev",
        extra=[("List-Unsubscribe", "<https://thisweekincloud.dev/unsub?u=92ab>")],
        text="THIS WEEK IN CLOUD #212\n\n1. GitHub merge queues are now generally available for all plans.\n"
             "2. AWS retires two specialty certifications - what it means if yours expires this year.\n"
             "3. Opinion: why your support case sat for eight days (and how to avoid opening duplicates).\n\n"
             "Got a tip? Reply to this email - we read everything.\n")

    add("user_reply", False, CASE_A, [], "Owner forwards the confirmation request to her manager as an FYI; forwarded part contains the whole request.",
        frm=(ME_NAME, ME_C), to=[("Kenji Oda", "k.oda@nordlight-sys.co.jp")], subject="FW: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        date=datetime(2025, 3, 19, 18, 2, tzinfo=JST), iddom="outlook",
        text="Oda-san,\n\nFYI - AWS is about to move my certifications to my personal account, so Nordlight's partner "
             "certification count will go down by one after 3/31. Nothing for you to do, just a heads-up.\n\nHaruka\n\n"
             "________________________________\nFrom: AWS Training and Certification <%s>\nSent: Wednesday, March 19, 2025 15:48\n"
             "To: %s\nSubject: RE:[CASE %s] %s\n\n" % (FORM, ME_P, CASE_A, FORM_SUBJ) + conf_text)

    add("unrelated", False, None, [], "GitHub issue with a direct question to the owner ('Could you confirm…') — not support.",
        frm=("Tomoya Arai", "notifications@github.com"), to=[("nordlight/infra-modules", "infra-modules@noreply.github.com")],
        subject="[nordlight/infra-modules] Case-sensitive account alias lookup breaks merge script (Issue #418)",
        date=datetime(2025, 3, 20, 2, 25, tzinfo=UTC), authres=G, iddom="github.com",
        text="@haruka-ishida could you confirm whether the alias lookup was meant to be case-sensitive? The merge script "
             "fails for `Prod-Core` vs `prod-core`.\n\n--\nReply to this email directly, view it on GitHub:\n"
             "https://github.com/nordlight/infra-modules/issues/418\nYou are receiving this because you were mentioned.")

    add("unrelated", False, None, [], "Company HR (ISO-2022-JP) with keigo requests (ご提出いただけますでしょうか) — not support.",
        frm=("総務部 人事課", "jinji@nordlight-sys.co.jp"), to=[(ME_NAME, ME_C)], cs="iso-2022-jp", subj_cs="iso-2022-jp",
        subject="【ご案内】退職に伴うお手続きについて", date=datetime(2025, 3, 21, 10, 0, tzinfo=JST), iddom="nordlight-sys.co.jp",
        text="石田 遥 様\n\nお疲れさまです。総務部人事課です。\n3月31日付のご退職に伴い、下記のお手続きをお願いいたします。\n\n"
             "1. 貸与PC・社員証の返却(3月31日 17時まで)\n2. 退職届(原本)のご提出\n3. 年金手帳の写しのご提出\n\n"
             "2と3につきましては、3月26日までにご提出いただけますでしょうか。\n"
             "ご不明な点がございましたら、人事課までお問い合わせください。\n\n総務部 人事課")

    close_a = ("Hi,\n\nFollowing up on the account details below. If we don't hear back within 3 days this case will be "
               "closed. Reply here to keep it open.\n\nJ.\nAWS T&C")
    add("closing_notice", True, CASE_A, [], "Terse two-line closing warning over the quoted confirmation request (plain text, Gmail-style quote).",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        date=datetime(2025, 3, 24, 0, 5, tzinfo=UTC), authres=A, irt="confA", refs=["ackA", "liftA", "confA"], idtag="closeA",
        text=close_a + "\n\n---------- Previous message ----------\n" + q(conf_text))

    r26 = ("Confirmed - both accounts are mine. Please merge into Account #1 (%s).\nSorry for the slow reply, it was a "
           "busy week.\n\nHaruka" % ME_P)
    add("user_reply", False, CASE_A, [], "Owner's confirmation; quotes the closing notice and the account table.",
        frm=(ME_NAME, ME_P), to=[FORM_FROM], subject="Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        date=datetime(2025, 3, 24, 10, 12, tzinfo=JST), iddom="gmail", irt="closeA", refs=["ackA", "confA", "closeA"], idtag="r26",
        text=r26 + "\n\n" + gmail_attr(datetime(2025, 3, 24, 9, 5), "AWS Training and Certification <%s>" % FORM) + "\n\n"
             + q(close_a + "\n\n---------- Previous message ----------\n" + q(conf_text)))

    res_a = ("Hello Haruka,\n\nThe merge is complete. Everything that was on Account #2 - exam history, active "
             "certifications and your exam discount benefit - is now on Account #1, and Account #2 has been deactivated.\n\n"
             "Please allow up to 48 hours for Credly and the partner portal to catch up. If anything still looks wrong after "
             "that, you're welcome to reply here.\n\nBest,\nDaniel\nAWS Training and Certification")
    add("resolved", False, CASE_A, [], "Merge done; conditional invitation; Outlook-quoted history still contains 'Kindly confirm…' and the closing warning.",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        date=datetime(2025, 3, 24, 4, 40, tzinfo=UTC), authres=A, irt="r26", refs=["ackA", "confA", "closeA", "r26"], idtag="resA",
        text=res_a + "\n\n" + outlook_hdr("%s <%s>" % (ME_NAME, ME_P), datetime(2025, 3, 24, 10, 12), FORM,
                                          "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ)) + "\n" + r26 + "\n\n"
             + outlook_hdr("AWS Training and Certification <%s>" % FORM, datetime(2025, 3, 19, 15, 48), ME_P,
                           "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ)) + "\n" + conf_text)

    add("badge", False, None, [], "Credly badge mail right after the merge ('Accept your badge').",
        frm=("Credly", "admin@credly.com"), to=[("", ME_P)],
        subject="Haruka, you've been issued a badge from Amazon Web Services Training and Certification",
        date=datetime(2025, 3, 24, 5, 2, tzinfo=UTC), authres=auth("credly.com"), iddom="credly.com",
        html="<html><body><p>Hi Haruka,</p><p>Amazon Web Services Training and Certification has issued you the "
             "<b>AWS Certified Solutions Architect - Associate</b> badge.</p>"
             "<p><a href=\"https://www.credly.com/earner/earned/badge/3f9c2e61-7a4b-4d0e-9c51-2b8e1f6a0d47\">Accept your badge</a></p>"
             "<p>Share it on LinkedIn to let your network know.</p><p>The Credly Team</p></body></html>")

    add("survey", False, CASE_A, [], "Post-case satisfaction survey naming the case number; 'do not reply'.",
        frm=FORM_FROM, to=[("", ME_P)], subject="How did we do? Your feedback on case %s" % CASE_A,
        date=datetime(2025, 3, 25, 3, 0, tzinfo=UTC), authres=A,
        html="<html><body><p>Hello,</p><p>Your recent case <b>%s</b> with AWS Training and Certification was resolved. "
             "Would you take one minute to tell us how it went?</p><p>How satisfied were you with the support you received?</p>"
             "<p><a href=\"https://survey.aws/r/%s?s=5\">Very satisfied</a> | <a href=\"https://survey.aws/r/%s?s=3\">Neutral</a> | "
             "<a href=\"https://survey.aws/r/%s?s=1\">Dissatisfied</a></p><p style=\"color:#777\">Please do not reply to this e-mail.</p></body></html>"
             % (CASE_A, CASE_A, CASE_A, CASE_A))

    add("suspicious", False, None, [], "Uses the real form sender and a [CASE …] subject but DKIM/SPF/DMARC fail; asks for password by reply.",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE:[CASE 174211839309982] Merge failed - action required",
        date=datetime(2025, 3, 25, 11, 48, tzinfo=UTC), authres=auth("amazon.com", ok=False), iddom="mail-relay-7.net",
        extra=[("Reply-To", "aws-merge-desk@outlook-secure-mail.com")],
        text="Hello,\n\nThe merge of your certification accounts could not be completed because your Builder ID session "
             "expired. Please sign in again at https://aws-training-merge.support-verify.net/login within 12 hours or "
             "reply to this message with your candidate ID and Builder ID password so that we can finish the merge for you.\n\n"
             "AWS Training and Certification")

    add("unrelated", False, None, [], "Skill Builder subscription receipt from the training platform.",
        frm=("AWS Skill Builder", "no-reply@aws.training"), to=[("", ME_P)], subject="Your AWS Skill Builder receipt",
        date=datetime(2025, 3, 26, 8, 15, tzinfo=UTC), authres=auth("aws.training"), iddom="aws.training",
        html="<html><body><h3>Thanks for your purchase</h3><table><tr><td>Order</td><td>SB-2025-0326-771903</td></tr>"
             "<tr><td>Plan</td><td>Individual (monthly)</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr></table>"
             "<p>Questions about your subscription? Contact us from the Skill Builder help page.</p></body></html>")

    ack_c = ("Dear Customer,\n\nWe have opened case %s about \"50%% exam discount missing after account merge\".\n\n"
             "Case ID: %s\nSeverity: General guidance\nService: AWS Training and Certification\n" % (CASE_C, CASE_C)
             + console_footer(CASE_C))
    add("acknowledgement", False, CASE_C, [], "Support Center (console) new-case notice from no-reply-aws; cannot be answered by mail.",
        frm=CONSOLE, to=[("", ME_P)], subject="Amazon Web Services: New Support case: %s" % CASE_C,
        date=datetime(2025, 3, 27, 11, 3, tzinfo=UTC), authres=A, idtag="ackC", text=ack_c, cs="us-ascii")

    req_c = ("Dear Customer,\n\nThank you for contacting AWS Training and Certification.\n\nIn order to locate the "
             "benefit in question, it will be necessary for us to receive the candidate ID of the account on which the "
             "voucher was originally issued, together with the approximate date of issue. We would ask that this "
             "information be supplied by responding through the Support Center at the link below, as correspondence sent "
             "to this address is not received.\n\nWe remain at your disposal.\n\nBest regards,\nTomasz W.\n"
             "Amazon Web Services\n" + console_footer(CASE_C))
    add("info_request", True, CASE_C, [], "Console case, very formal; asks for the candidate ID and issue date via the Support Center (not by mail).",
        frm=CONSOLE, to=[("", ME_P)], subject="RE:[CASE %s] 50%% exam discount missing after account merge" % CASE_C,
        date=datetime(2025, 3, 28, 2, 20, tzinfo=UTC), authres=A, idtag="reqC", text=req_c)

    add("user_reply", False, CASE_C, [CID_CO, CID_ME], "Owner wrongly answers the console case by e-mail to no-reply-aws.",
        frm=(ME_NAME, ME_P), to=[CONSOLE], subject="Re: RE:[CASE %s] 50%% exam discount missing after account merge" % CASE_C,
        date=datetime(2025, 3, 28, 12, 3, tzinfo=JST), iddom="gmail", irt="reqC", idtag="r34",
        text="Hello Tomasz,\n\nThe voucher was on my old company account %s, issued after I passed SAA in June 2022 "
             "(so roughly mid-June 2022). The merged account is now %s.\n\nThanks,\nHaruka Ishida\n\n"
             % (CID_CO, CID_ME) + gmail_attr(datetime(2025, 3, 28, 11, 20), "Amazon Web Services <no-reply-aws@amazon.com>")
             + "\n\n" + q(req_c))

    import email as _email
    bounce = _email.message_from_string(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000071b5e90631589c2e"\n\n'
        '--00000000000071b5e90631589c2e\nContent-Type: text/plain; charset="UTF-8"\n\n'
        '** Address not found **\n\nYour message wasn\'t delivered to no-reply-aws@amazon.com because the address '
        'couldn\'t be found, or is unable to receive mail.\n\nThe response from the remote server was:\n'
        '550 5.1.1 This mailbox does not accept incoming messages.\n\n'
        '--00000000000071b5e90631589c2e\nContent-Type: message/delivery-status\n\n'
        'Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\n'
        'Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 mailbox does not accept incoming messages\n\n'
        '--00000000000071b5e90631589c2e\nContent-Type: text/rfc822-headers\n\n'
        'From: Haruka Ishida <%s>\nTo: Amazon Web Services <no-reply-aws@amazon.com>\n'
        'Subject: Re: RE:[CASE %s] 50%% exam discount missing after account merge\nMessage-ID: %s\n\n'
        '--00000000000071b5e90631589c2e--\n' % (ME_P, CASE_C, _ids["r34"]))
    add("unrelated", False, CASE_C, [], "Bounce of the owner's mail to no-reply-aws; carries the case token in the returned headers. Not from support.",
        frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=[("", ME_P)],
        subject="Delivery Status Notification (Failure)", date=datetime(2025, 3, 28, 3, 3, 40, tzinfo=UTC),
        iddom="mx.google.com", raw_body=bounce, extra=[("Auto-Submitted", "auto-replied")])

    r_reopen = ("Hi Daniel,\n\nSorry to come back to this. Everything moved over except one thing: my Cloud Practitioner "
                "exam from September 2021 isn't in the exam history of Account #1, and the CLF certification isn't listed "
                "either.\n\nRegards,\nHaruka")
    add("user_reply", False, CASE_A, [], "Owner reopens the resolved case by replying (top-posted over the resolution).",
        frm=(ME_NAME, ME_P), to=[FORM_FROM], subject="Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        date=datetime(2025, 3, 29, 22, 40, tzinfo=JST), iddom="gmail", irt="resA", refs=["ackA", "r26", "resA"], idtag="reopA",
        text=r_reopen + "\n\n" + gmail_attr(datetime(2025, 3, 24, 13, 40), "AWS Training and Certification <%s>" % FORM) + "\n\n" + q(res_a))

    add("unrelated", False, None, [], "AWS Partner Central notice about a user removed from the partner org — partner wording, no case.",
        frm=("AWS Partner Central", "no-reply@partnercentral.awspartner.com"), to=[(ME_NAME, ME_C)],
        subject="Your AWS Partner Central user access has been removed", date=datetime(2025, 3, 30, 23, 0, tzinfo=UTC),
        authres=auth("partnercentral.awspartner.com", receiver="mx01.nordlight-sys.co.jp"), iddom="awspartner.com",
        text="Hello,\n\nAn alliance lead at Nordlight Systems has removed your user from the company's AWS Partner Central "
             "account. Certifications you earned remain yours; they are no longer counted toward Nordlight Systems' "
             "partner tier.\n\nNo action is needed.\n\nAWS Partner Network")

    q_reopen = ("Hi Haruka,\n\nI've reopened the case. That 2021 exam doesn't appear on either of the accounts we merged, "
                "so it may have been taken under a third certification account. Do you remember which e-mail address you "
                "registered with back then? If you still have the score report PDF, attaching it would help us find it faster.\n\n"
                "Best,\nDaniel")
    add("info_request", True, CASE_A, [], "Reopened case: questions about a third account and a request to attach a score report.",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        date=datetime(2025, 3, 31, 1, 22, tzinfo=UTC), authres=A, irt="reopA", refs=["ackA", "resA", "reopA"], idtag="qreopA",
        text=q_reopen + "\n\n" + q(r_reopen))

    add("certification", False, None, [], "CertMetrics program survey ('wants to hear from you') — a survey, but not about a support case.",
        frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=[("", ME_P)],
        subject="AWS Certification wants to hear from you", date=datetime(2025, 3, 31, 16, 0, tzinfo=UTC),
        authres=auth("certmetrics.com"), iddom="certmetrics.com",
        html="<html><body><p>Hello Haruka,</p><p>Help shape the future of AWS Certification. Our 10-minute survey asks how "
             "certification has affected your career and which exams you'd like to see next.</p>"
             "<p><a href=\"https://survey.certmetrics.com/aws/2025q1\">Take the survey</a></p>"
             "<p>Thank you,<br>AWS Training and Certification</p></body></html>")

    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    add("user_reply", False, CASE_A, [], "Owner answers with the university address and attaches a PDF (multipart/mixed).",
        frm=(ME_NAME, ME_P), to=[FORM_FROM], subject="Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        date=datetime(2025, 4, 1, 7, 55, tzinfo=JST), iddom="gmail", irt="qreopA", refs=["ackA", "reopA", "qreopA"], idtag="ansA",
        attach=[("CLF-C01_score_report_2021.pdf", pdf, "pdf")],
        text="Hi Daniel,\n\nYes - I took it as a student, with haruka.i@stu.kyoto-xu.ac.jp. Score report attached.\n\nHaruka\n\n"
             + gmail_attr(datetime(2025, 3, 31, 10, 22), "AWS Training and Certification <%s>" % FORM) + "\n\n" + q(q_reopen))

    close_c = ("Hello,\n\nWe haven't yet received the information requested on March 28. If we don't hear from you, this "
               "case will be resolved automatically in 3 days. To keep it open, please reply through the Support Center.\n\n"
               "Best regards,\nTomasz W.\nAmazon Web Services\n\n"
               "We value your feedback. Please share your experience by rating this correspondence using the AWS Support "
               "Center link at the end of this correspondence.\n" + console_footer(CASE_C))
    add("closing_notice", True, CASE_C, [], "Console auto-resolve warning (owner's e-mail answer never arrived); survey footer underneath.",
        frm=CONSOLE, to=[("", ME_P)], subject="RE:[CASE %s] 50%% exam discount missing after account merge" % CASE_C,
        date=datetime(2025, 4, 1, 3, 0, tzinfo=UTC), authres=A, idtag="closeC", text=close_c, crlf=True)

    add("resolved", False, CASE_C, [CID_ME], "Console case resolved (voucher re-issued); 'reopen within 14 days' and rating footer.",
        frm=CONSOLE, to=[("", ME_P)], subject="RE:[CASE %s] 50%% exam discount missing after account merge" % CASE_C,
        date=datetime(2025, 4, 2, 5, 30, tzinfo=UTC), authres=A,
        text="Dear Customer,\n\nThank you for providing the candidate ID through the Support Center. A replacement 50%% "
             "exam discount voucher has been added to the Benefits page of %s and is valid until September 30, 2025.\n\n"
             "Should you require anything further, this case may be reopened from the Support Center within 14 days.\n\n"
             "Best regards,\nTomasz W.\nAmazon Web Services\n\nWe value your feedback. Please share your experience by rating "
             "this correspondence using the AWS Support Center link at the end of this correspondence.\n" % CID_ME
             + console_footer(CASE_C))

    add("resolved", False, CASE_A, [CID_UNI], "Third account found and merged; question history quoted below.",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        date=datetime(2025, 4, 3, 2, 10, tzinfo=UTC), authres=A, irt="ansA", refs=["ackA", "qreopA", "ansA"], cte="b64",
        text="Hi Haruka,\n\nFound it - there was a third account, %s, under the university address. I've merged it into "
             "Account #1, so the September 2021 Cloud Practitioner exam and certification now show in your exam history. "
             "Nothing else is needed from you, and I'll mark the case resolved again.\n\nBest,\nDaniel\n\n"
             "On Tue, Apr 1, 2025, Haruka Ishida wrote:\n> Yes - I took it as a student, with haruka.i@stu.kyoto-xu.ac.jp.\n"
             ">\n" % CID_UNI + q(q_reopen, ">> "))

    add("unrelated", False, None, [], "Builder ID sign-in one-time code.",
        frm=("AWS Builder ID", "no-reply@login.awsapps.com"), to=[("", ME_P)], subject="AWS Builder ID sign-in verification code",
        date=datetime(2025, 4, 5, 0, 41, tzinfo=UTC), authres=auth("login.awsapps.com"), iddom="login.awsapps.com",
        text="Your verification code is: 903516\n\nThis code expires in 10 minutes. If you didn't try to sign in, "
             "change your password.\n")

    SUBJ_D = "[AWS Training and Certification Form Submission] - certification-records"
    add("acknowledgement", False, CASE_D, [CID_ME], "Japanese acknowledgement (ISO-2022-JP) with the submitted details echoed.",
        frm=("AWS トレーニングと認定", FORM), to=[("", ME_P)], subject="[CASE %s] %s" % (CASE_D, SUBJ_D),
        date=datetime(2025, 4, 6, 7, 55, tzinfo=UTC), authres=A, cs="iso-2022-jp", subj_cs="iso-2022-jp", idtag="ackD",
        text="AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n\n"
             "お問い合わせをケース %s として受け付けました。\n担当者より原則として1営業日以内にご連絡いたしますが、"
             "内容によってはお時間をいただく場合がございます。\n\n"
             "同じご用件で新しくお問い合わせを送信されますと、別のケースとして扱われ対応が遅れる原因となります。"
             "追加のご連絡は本メールへの返信でお送りください。\n\n"
             "■ お問い合わせ内容\nお問い合わせタイプ: 認定\nその他の詳細: 認定記録の訂正\nAWS候補ID: %s\n"
             "内容: 認定証の氏名が「Haruka Ishda」と誤って表示されています。正しい表記への訂正をお願いします。\n\n"
             "AWS トレーニングと認定 カスタマーサービス" % (CASE_D, CID_ME))

    req_d = ("石田 遥 様\n\nAWS トレーニングと認定 カスタマーサービスの佐藤でございます。\n"
             "このたびはご不便をおかけしており、申し訳ございません。\n\n"
             "認定プロファイルの氏名を変更するにあたっては、試験当日に提示された公的身分証明書の表記と一致している"
             "必要がございます。また、氏名を変更いたしますと、既に発行済みの認定証は自動では更新されず、"
             "個別に再発行の手続きが必要となります。\n\n"
             "つきましては、パスポートに記載されているとおりのローマ字表記(姓と名の順序を含みます)を"
             "ご教示いただけますでしょうか。あわせて、再発行をご希望の認定証をお知らせいただけますと幸いです。\n\n"
             "お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。\n\n"
             "佐藤\nAWS トレーニングと認定 カスタマーサービス")
    add("info_request", True, CASE_D, [], "Japanese keigo request (Shift_JIS, base64) buried after two paragraphs of explanation.",
        frm=("AWS トレーニングと認定", FORM), to=[("", ME_P)], subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
        date=datetime(2025, 4, 7, 6, 2, tzinfo=UTC), authres=A, cs="shift_jis", subj_cs="shift_jis", irt="ackD", idtag="reqD",
        text=req_d)

    add("unrelated", False, None, [], "Japanese developer-community newsletter (quoted-printable).",
        frm=("Qiita", "mail@qiita.com"), to=[("", ME_P)], subject="今週のトレンド記事: AWS認定アカウントの統合手順ほか",
        date=datetime(2025, 4, 8, 23, 30, tzinfo=UTC), authres=auth("qiita.com"), iddom="qiita.com",
        extra=[("List-Unsubscribe", "<https://qiita.com/settings/notifications>")],
        text="今週のトレンド記事\n\n1. 転職したらやること: AWS認定アカウントの統合手順(2025年版)\n"
             "2. GitHub の merge queue を1ヶ月使ってみた\n3. サポートケースを早く解決してもらうための書き方\n\n"
             "配信設定の変更はこちら: https://qiita.com/settings/notifications\n")

    add("unrelated", False, None, [], "AWS Support Center TECHNICAL case (quota increase) from no-reply-aws with the same template; not T&C.",
        frm=CONSOLE, to=[("", ME_P)], subject="RE:[CASE 174416208800731] Service Quota increase: EC2 On-Demand vCPUs",
        date=datetime(2025, 4, 9, 8, 30, tzinfo=UTC), authres=A,
        text="Hello,\n\nTo process your quota increase for Amazon EC2 in ap-northeast-1, we need a short description of "
             "the workload and the expected peak vCPU count. Please reply in the Support Center with these details.\n\n"
             "Best regards,\nRamon\nAmazon Web Services\n" + console_footer("174416208800731"))

    add("unrelated", False, None, [], "AWS marketing (English) with 'reply to this email to talk to a specialist'.",
        frm=("AWS Events", "aws-marketing-email-replies@amazon.com"), to=[("", ME_P)],
        subject="Your path to AWS Certified: free exam prep webinar, April 24", date=datetime(2025, 4, 10, 16, 0, tzinfo=UTC),
        authres=A, iddom="marketing.amazon.com",
        text="Hi Haruka,\n\nPreparing for your next AWS Certification? Join our free 60-minute exam readiness webinar "
             "on April 24.\n\nRegister: https://aws.amazon.com/events/exam-readiness\n\nWant to talk to a training "
             "specialist? Reply to this email and we'll connect you.\n\nAWS Training and Certification\n"
             "Unsubscribe | Preferences")

    close_d = ("Hello,\n\nAs we did not receive a reply to our last message, this case has now been closed.\n\n"
               "If you still need help with this, simply respond to this e-mail and the case will be reopened "
               "automatically.\n\nRegards,\nAWS Training and Certification")
    add("closing_notice", True, CASE_D, [], "English notice that the Japanese case WAS closed for no answer; replying reopens it.",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
        date=datetime(2025, 4, 14, 2, 0, tzinfo=UTC), authres=A, irt="reqD", refs=["ackD", "reqD"], idtag="closeD", text=close_d)

    add("user_reply", False, CASE_D, [CID_ME], "Owner's Japanese reply (ISO-2022-JP) with 「…より:」 quoting.",
        frm=("石田 遥", ME_P), to=[FORM_FROM], subject="Re: RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
        date=datetime(2025, 4, 14, 21, 30, tzinfo=JST), iddom="gmail", irt="closeD", refs=["ackD", "reqD", "closeD"],
        cs="iso-2022-jp", subj_cs="iso-2022-jp", idtag="rD",
        text="佐藤様\n\nご連絡が遅くなり申し訳ありません。\nパスポートの表記は ISHIDA HARUKA です(姓: ISHIDA、名: HARUKA)。\n"
             "再発行は Solutions Architect - Associate と Cloud Practitioner の2件をお願いいたします。\n"
             "AWS候補ID: %s\n\n石田 遥\n\n2025年4月14日(月) 11:00 AWS Training and Certification <%s>:\n\n%s"
             % (CID_ME, FORM, q(close_d)))

    add("case_update", False, CASE_D, [], "Chatty English update: reopened and handed to the records team; no question.",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
        date=datetime(2025, 4, 15, 0, 45, tzinfo=UTC), authres=A, irt="rD", refs=["ackD", "closeD", "rD"], idtag="updD",
        text="Hi Haruka,\n\nWelcome back! I've reopened your case - thanks for sending the passport spelling and the list of "
             "certificates. I've handed everything to our certification records team; name changes usually take them "
             "three to five business days, and I'll keep an eye on it in the meantime.\n\nHave a lovely day,\nKevin\n"
             "AWS Training and Certification")

    add("unrelated", False, None, [], "AWS Free Tier usage alert (AWS sender, 'take action' wording, account ID).",
        frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to=[("", ME_P)],
        subject="AWS Free Tier limit alert", date=datetime(2025, 4, 16, 9, 12, tzinfo=UTC), authres=A,
        text="Hello,\n\nYour AWS account 480213557916 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible "
             "services for the month of April.\n\nProduct: AmazonS3  Usage: 4.3 GB of 5 GB\n\nTo avoid charges, review your "
             "usage in the Billing console.\n\nAmazon Web Services")

    add("resolved", False, CASE_D, [], "Japanese completion, HTML-only (UTF-8 base64) with 〜がございましたら conditional invitation.",
        frm=("AWS トレーニングと認定", FORM), to=[("", ME_P)], subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
        date=datetime(2025, 4, 18, 4, 20, tzinfo=UTC), authres=A, irt="updD", refs=["ackD", "rD", "updD"], cte="b64",
        html="<html><body><p>石田 遥 様</p><p>お待たせいたしました。認定プロファイルの氏名を <b>Haruka Ishida</b> に訂正し、"
             "ご指定いただいた2件の認定証を再発行いたしました。認定アカウントの「認定」ページから新しい認定証を"
             "ダウンロードいただけます。</p><table border=\"1\" cellpadding=\"4\"><tr><th>認定</th><th>状態</th></tr>"
             "<tr><td>AWS Certified Solutions Architect - Associate</td><td>再発行済み</td></tr>"
             "<tr><td>AWS Certified Cloud Practitioner</td><td>再発行済み</td></tr></table>"
             "<p>ほかにご不明な点がございましたら、本メールにご返信ください。</p><p>佐藤<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>")

    add("survey", False, CASE_D, [], "Japanese survey request for the case.",
        frm=("AWS トレーニングと認定", FORM), to=[("", ME_P)], subject="サポートに関するアンケートのお願い(ケース %s)" % CASE_D,
        date=datetime(2025, 4, 19, 1, 0, tzinfo=UTC), authres=A,
        text="石田 遥 様\n\n先日はケース %s にてお問い合わせいただき、ありがとうございました。\n"
             "今後のサービス向上のため、1分程度のアンケートにご協力ください。\n\nhttps://survey.aws/r/%s?lang=ja\n\n"
             "※本メールは送信専用です。" % (CASE_D, CASE_D))

    add("unrelated", False, None, [], "Salesforce Trailhead account-merge case asking to confirm which account to keep — other vendor.",
        frm=("Trailhead Help", "trailhead-help@salesforce.com"), to=[("", ME_P)],
        subject="Case 04418820: Merge your Trailhead accounts - please confirm", date=datetime(2025, 4, 20, 17, 5, tzinfo=UTC),
        authres=auth("salesforce.com"), iddom="salesforce.com",
        text="Hi Haruka,\n\nWe found two Trailhead accounts for you:\n\nAccount 1: %s (Trailblazer ID harukai)\n"
             "Account 2: %s (Trailblazer ID hishida-nl)\n\nPlease reply to confirm that we should merge Account 2 into "
             "Account 1. Badges and superbadges from Account 2 will be moved over.\n\nThanks,\nMarco\nTrailhead Help\n"
             "ref:_00D3t2bZ8._5004V1kLmQ:ref" % (ME_P, ME_C))

    SUBJ_E = "[AWS Training and Certification Form Submission] - digital-badges"
    add("acknowledgement", False, CASE_E, [], "Terse system acknowledgement, plain ASCII, CRLF line endings.",
        frm=FORM_FROM, to=[("", ME_P)], subject="[CASE %s] %s" % (CASE_E, SUBJ_E),
        date=datetime(2025, 4, 22, 3, 10, tzinfo=UTC), authres=A, crlf=True, cs="us-ascii", idtag="ackE",
        text="Case %s opened.\nExpected first response: within 24 hours.\nDo not submit another form for this issue.\n\n"
             "AWS Training and Certification" % CASE_E)

    req_e = ("Hello Haruka,\n\nThank you for reach out to us. I am checking your issue of badges not show in Credly. "
             "For proceed further I am needing the candidate ID of both the accounts which are register with same email, "
             "also the email which you are using for login to Credly. Without this informations I cannot do the merge.\n\n"
             "Thank you and have a nice day.\n\nNguyen Thi Lan\nAWS Training and Certification Support")
    add("info_request", True, CASE_E, [], "Non-native English, no 'please', no question mark: 'I am needing the candidate ID…'.",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE: [CASE %s] %s" % (CASE_E, SUBJ_E),
        date=datetime(2025, 4, 23, 4, 33, tzinfo=UTC), authres=A, irt="ackE", idtag="reqE", text=req_e)

    add("unrelated", False, None, [], "AWS Educate form case (same template/shape as T&C) asking to confirm an address — other AWS program.",
        frm=("AWS Educate", "aws-cs-educate-form@amazon.com"), to=[("", ME_P)],
        subject="RE:[CASE 31877204519] [AWS Educate Form Submission] - account-access",
        date=datetime(2025, 4, 23, 9, 0, tzinfo=UTC), authres=A,
        text="Hello,\n\nThank you for contacting AWS Educate. We could not find an AWS Educate learner profile under the "
             "address you gave. Could you confirm the e-mail address you used when you registered, so we can restore "
             "access?\n\nBest regards,\nAWS Educate Support")

    add("user_reply", False, CASE_E, [CID_ME, CID_DUP], "Owner supplies both candidate IDs and the Credly login.",
        frm=(ME_NAME, ME_P), to=[FORM_FROM], subject="Re: RE: [CASE %s] %s" % (CASE_E, SUBJ_E),
        date=datetime(2025, 4, 23, 22, 10, tzinfo=JST), iddom="gmail", irt="reqE", refs=["ackE", "reqE"], idtag="rE",
        text="Hi Nguyen,\n\nHere they are:\n- %s - my main account, all certifications are here\n- %s - created by mistake "
             "last year with the same address\n\nI log in to Credly with %s.\n\nThanks,\nHaruka\n\n" % (CID_ME, CID_DUP, ME_P)
             + gmail_attr(datetime(2025, 4, 23, 13, 33), "AWS Training and Certification <%s>" % FORM) + "\n\n" + q(req_e))

    add("on_hold", False, CASE_E, [CID_DUP], "Hold waiting for the badge vendor; explicitly nothing needed from the owner.",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE: [CASE %s] %s" % (CASE_E, SUBJ_E),
        date=datetime(2025, 4, 25, 5, 0, tzinfo=UTC), authres=A, irt="rE", refs=["ackE", "reqE", "rE"], idtag="holdE",
        text="Hello Haruka,\n\nThanks for the informations. The duplicate account %s is still connected with a Credly "
             "profile on side of our badge vendor, so we cannot merge until vendor team remove this connection. I have "
             "raise a ticket to them and put your case on hold.\n\nYou don't need to do anything for now, I will update you "
             "once they finish.\n\nNguyen Thi Lan\nAWS Training and Certification Support" % CID_DUP)

    add("unrelated", False, None, [], "Exam-prep vendor sale mentioning the Developer exam and 'reply with questions'.",
        frm=("CloudPrep Academy", "hello@cloudprep-academy.io"), to=[("", ME_P)], subject="48h sale: DVA-C02 practice exams 40% off",
        date=datetime(2025, 4, 25, 12, 0, tzinfo=UTC), authres=auth("cloudprep-academy.io"), iddom="cloudprep-academy.io",
        html="<html><body><h2>Exam soon?</h2><p>Six full DVA-C02 practice exams with explanations, 40% off for 48 hours.</p>"
             "<p><a href=\"https://cloudprep-academy.io/dva\">Get the bundle</a></p><p>Questions? Just hit reply.</p></body></html>")

    CASE_F = "174573214400917"
    SUBJ_F = "[AWS Training and Certification Form Submission] - exam-results"
    add("acknowledgement", False, CASE_F, [CID_ME], "Acknowledgement of a fourth form case (exam result not visible), multipart; 15-digit id.",
        frm=FORM_FROM, to=[("", ME_P)], subject="[CASE %s] %s" % (CASE_F, SUBJ_F),
        date=datetime(2025, 4, 27, 5, 20, tzinfo=UTC), authres=A, idtag="ackF",
        text="Hello,\n\nThank you for reaching out. Your case number is %s.\nWe aim to reply within 24 hours.\n\n"
             "Candidate ID provided: %s\nTopic: Exam results\n\nPlease reply to this message if you need to add "
             "something, instead of opening a new case.\n\nAWS Training and Certification" % (CASE_F, CID_ME),
        html="<html><body><p>Hello,</p><p>Thank you for reaching out. Your case number is <b>%s</b>.<br>We aim to reply "
             "within 24 hours.</p><p>Candidate ID provided: %s<br>Topic: Exam results</p><p>Please reply to this message if "
             "you need to add something, instead of opening a new case.</p><p>AWS Training and Certification</p></body></html>"
             % (CASE_F, CID_ME))

    req_f = ("石田様\n\nお問い合わせありがとうございます。\n"
             "4月26日に受験された DVA-C02 の結果を確認するため、Pearson VUE の登録番号(9桁)をこのメールに返信してお送りください。\n\n"
             "よろしくお願いします。\n\n鈴木\nAWS Training and Certification")
    add("info_request", True, CASE_F, [], "Short Japanese request with plain 〜ください (UTF-8, 8bit).",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE:[CASE %s] %s" % (CASE_F, SUBJ_F),
        date=datetime(2025, 4, 27, 7, 0, tzinfo=UTC), authres=A, irt="ackF", idtag="reqF", cte="8bit", text=req_f)

    add("user_reply", False, CASE_F, [], "Owner replies with the 9-digit Pearson VUE registration number (not a case ID).",
        frm=("石田 遥", ME_P), to=[FORM_FROM], subject="Re: RE:[CASE %s] %s" % (CASE_F, SUBJ_F),
        date=datetime(2025, 4, 27, 17, 2, tzinfo=JST), iddom="gmail", irt="reqF", refs=["ackF", "reqF"], idtag="rF",
        text="鈴木様\n\n登録番号は 482917360 です。よろしくお願いいたします。\n\n石田\n\n"
             + gmail_attr(datetime(2025, 4, 27, 16, 0), "AWS Training and Certification <%s>" % FORM) + "\n\n" + q(req_f))

    add("certification", False, None, [CID_ME], "Exam result: newly certified (CertMetrics), candidate ID in body.",
        frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=[("", ME_P)],
        subject="Congratulations! You are now AWS Certified", date=datetime(2025, 4, 28, 1, 15, tzinfo=UTC),
        authres=auth("certmetrics.com"), iddom="certmetrics.com",
        text="Dear Haruka Ishida,\n\nCongratulations on earning the AWS Certified Developer - Associate certification.\n\n"
             "Candidate ID: %s\nValidation number: 7QW2K1LB3N4E1Z5S\nExpiration: April 26, 2028\n\n"
             "Your digital badge will arrive from Credly shortly. Your certificate and benefits are available in your "
             "AWS Certification account.\n\nAWS Training and Certification" % CID_ME)

    add("badge", False, None, [], "Credly badge for the new certification.",
        frm=("Credly", "admin@credly.com"), to=[("", ME_P)],
        subject="Claim your AWS Certified Developer - Associate badge", date=datetime(2025, 4, 28, 1, 40, tzinfo=UTC),
        authres=auth("credly.com"), iddom="credly.com",
        html="<html><body><p>Congratulations, Haruka!</p><p>You've earned the <b>AWS Certified Developer - Associate</b> badge "
             "from Amazon Web Services Training and Certification.</p><p><a href=\"https://www.credly.com/badges/0b7d5a9e-4c2f-41a8-8e36-9d1f27c4b6e0\">Claim your badge</a></p></body></html>")

    add("resolved", False, "174573214400917", [], "Exam-result case answered: result now posted, nothing was wrong; 'let us know if…'.",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE:[CASE 174573214400917] [AWS Training and Certification Form Submission] - exam-results",
        date=datetime(2025, 4, 28, 3, 0, tzinfo=UTC), authres=A, irt="rF", refs=["ackF", "reqF", "rF"],
        text="Hi Haruka,\n\nThanks for the registration number. Your DVA-C02 result has now been posted to your "
             "certification account (results can take up to five business days), and the certification is listed as "
             "active. Congratulations! Let us know if anything else comes up.\n\nSuzuki\nAWS Training and Certification")

    add("suspicious", False, None, [], "Fake Credly on a lookalike domain threatening badge revocation; asks to reply.",
        frm=("Credly Badges", "admin@credly-notify.com"), to=[("", ME_P)], subject="Your AWS badges will be revoked in 48 hours",
        date=datetime(2025, 4, 28, 19, 22, tzinfo=UTC), authres=auth("credly-notify.com"), iddom="credly-notify.com",
        text="Hello Haruka,\n\nWe detected duplicate AWS Certification accounts linked to your Credly profile. Unless you "
             "re-verify ownership, all Amazon Web Services badges will be revoked in 48 hours.\n\nVerify now: "
             "https://credly-notify.com/verify?u=harukai\n\nOr reply with your Credly password and candidate ID.\n\nCredly Trust & Safety")

    add("case_update", False, CASE_E, [], "Hold released by the vendor; merge in progress; nothing asked.",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE: [CASE %s] %s" % (CASE_E, SUBJ_E),
        date=datetime(2025, 4, 29, 3, 30, tzinfo=UTC), authres=A, irt="holdE", refs=["ackE", "rE", "holdE"], idtag="updE",
        text="Hello Haruka,\n\nUpdate for you: vendor team has removed the connection, so the hold is release now. "
             "I am preparing the merge, it can take 1-2 more days.\n\nNguyen Thi Lan\nAWS Training and Certification Support")

    conf_e = ("Hello Haruka,\n\nBefore I do the merge, kindly confirm me that account %s is the one to keep and %s can "
              "be closed. After the merge the closed account cannot be restore.\n\nNguyen Thi Lan\n"
              "AWS Training and Certification Support" % (CID_ME, CID_DUP))
    add("confirmation_request", True, CASE_E, [CID_ME, CID_DUP], "Non-native confirmation of which account to keep, by candidate ID (no Account #1/#2 table).",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE: [CASE %s] %s" % (CASE_E, SUBJ_E),
        date=datetime(2025, 4, 30, 2, 5, tzinfo=UTC), authres=A, irt="updE", refs=["ackE", "holdE", "updE"], idtag="confE",
        text=conf_e)

    add("user_reply", False, CASE_E, [CID_ME], "Owner's one-line go-ahead, top-posted.",
        frm=(ME_NAME, ME_P), to=[FORM_FROM], subject="Re: RE: [CASE %s] %s" % (CASE_E, SUBJ_E),
        date=datetime(2025, 4, 30, 12, 44, tzinfo=JST), iddom="gmail", irt="confE", refs=["ackE", "updE", "confE"], idtag="rE2",
        text="Yes, keep %s. Thank you!\n\n" % CID_ME
             + gmail_attr(datetime(2025, 4, 30, 11, 5), "AWS Training and Certification <%s>" % FORM) + "\n\n" + q(conf_e))

    add("resolved", False, CASE_E, [CID_DUP, CID_ME], "Merge done and badges resynced; 'No further action is required'; closing the case.",
        frm=FORM_FROM, to=[("", ME_P)], subject="RE: [CASE %s] %s" % (CASE_E, SUBJ_E),
        date=datetime(2025, 5, 1, 6, 15, tzinfo=UTC), authres=A, irt="rE2", refs=["ackE", "confE", "rE2"],
        text="Hello Haruka,\n\nGood news, merge is done. %s is now merged into %s and I have resync your badges to "
             "Credly, they should show within few hours. No further action is required from your side, I will close the "
             "case now.\n\nNguyen Thi Lan\nAWS Training and Certification Support\n\n"
             "-----Original Message-----\n%s" % (CID_DUP, CID_ME, "Yes, keep %s. Thank you!" % CID_ME))

    add("badge", False, None, [], "Credly notice that badges were added to the profile after the resync.",
        frm=("Credly", "admin@credly.com"), to=[("", ME_P)], subject="3 badges were added to your Credly profile",
        date=datetime(2025, 5, 1, 9, 0, tzinfo=UTC), authres=auth("credly.com"), iddom="credly.com",
        text="Hi Haruka,\n\nAmazon Web Services Training and Certification added 3 badges to your profile:\n"
             "- AWS Certified Solutions Architect - Associate\n- AWS Certified Cloud Practitioner\n"
             "- AWS Certified Developer - Associate\n\nView your profile: https://www.credly.com/users/haruka-ishida\n")

    add("survey", False, CASE_E, [], "Survey mail with a 'reply with comments' line — still a survey.",
        frm=FORM_FROM, to=[("", ME_P)], subject="Tell us about your support experience (Case %s)" % CASE_E,
        date=datetime(2025, 5, 2, 3, 0, tzinfo=UTC), authres=A,
        text="Hello,\n\nWe recently closed case %s. Please rate your experience from 1 (poor) to 5 (excellent):\n"
             "https://survey.aws/r/%s\n\nIf you prefer, you can also reply to this e-mail with your comments.\n\n"
             "AWS Training and Certification" % (CASE_E, CASE_E))

    add("certification", False, None, [CID_ME], "Benefit notice (free practice exam) from the certification program.",
        frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=[("", ME_P)],
        subject="New benefit available in your AWS Certification account", date=datetime(2025, 5, 5, 2, 0, tzinfo=UTC),
        authres=auth("certmetrics.com"), iddom="certmetrics.com",
        html="<html><body><p>Hello Haruka Ishida (%s),</p><p>A new benefit is ready: a free Official Practice Exam "
             "for any associate-level certification. Find it under <b>Benefits</b> in your AWS Certification account.</p>"
             "<p>AWS Training and Certification</p></body></html>" % CID_ME)


# ---------------------------------------------------------------------------

def main():
    build()
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    for m in MSGS:
        base = os.path.join(OUT, "%03d-msg" % m["n"])
        with open(base + ".eml", "wb") as fh:
            fh.write(m["data"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump({"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"],
                       "candidate_ids": m["cands"]}, fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()
    c = Counter(m["kind"] for m in MSGS)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("needs_reply=true", sum(m["reply"] for m in MSGS)))
    print("%-22s %d" % ("total", len(MSGS)))


README_HEAD = """me: %s %s

# Blind held-out corpus: support-case mail (written without seeing the classifier)

Mailbox owner: Haruka Ishida, leaving Nordlight Systems (an AWS Partner Network company) on 31 March 2025.
The mailbox receives both her personal Gmail address and (until 31 March) her company address.
Regenerate everything with `python3 gen.py` (standard library only); it prints the count per kind.

## Cases in the set

| case | digits | channel | topic | path |
|---|---|---|---|---|
| %s | 15 | T&C form | merge company -> personal account | ack, APN hold with a question, owner answers from the wrong (company) address, "write from the personal address", hold lifted (reply without case token), Account #1/#2 confirmation, closing warning, confirmation, merged, badge, survey, reopened by the owner (missing 2021 exam), question + attachment, third account merged |
| %s | 11 | T&C form | accidental duplicate submission from the company address | ack, closed as duplicate and linked to %s |
| %s | 10 | Support Center (console, no-reply-aws) | 50%% voucher missing after merge | ack, request to answer in the Support Center, owner answers by e-mail (bounces), auto-resolve warning, resolved |
| %s | 15 | T&C form, Japanese | wrong spelling of the name on certificates | Japanese ack (ISO-2022-JP), keigo request (Shift_JIS), closed for no answer, owner replies in Japanese, reopened, resolved (HTML-only), Japanese survey |
| %s | 11 | T&C form | Credly badges missing; duplicate account with the same e-mail | terse ack (CRLF), non-native request for candidate IDs, owner reply, vendor hold (no action), hold released, confirmation by candidate ID, go-ahead, resolved, badge, survey |
| 174573214400917 | 15 | T&C form | new exam result not visible | ack, short Japanese request (plain ください) for the Pearson VUE number, owner reply with the 9-digit number, resolved |

Non-case numbers planted as traps: 12-digit AWS account ID 480213557916, Pearson VUE registration 482917360,
one-time codes 481207 / 903516, Credly badge UUIDs, Zendesk #58213, Trailhead case 04418820, AWS Educate case
31877204519, an EC2 quota support case 174416208800731 (technical, not T&C),
and a phishing mail's made-up case 174211839309982.

## Labelling decisions (judgement calls)

- **case is set only for AWS Training and Certification cases** (form or console). Other vendors' cases (Zendesk,
  Trailhead) and the AWS Educate form case (a different AWS program, same template) get `case: null`, kind
  `unrelated`, `needs_reply: false`, even though they ask a question.
- **AWS Support Center technical case** (EC2 quota increase, same sender and `RE:[CASE …]` template as the console
  T&C case, asks a question) is `unrelated`, `needs_reply: false`, `case: null`: it is not a Training and Certification
  case. This is the hardest negative in the set; a reader that keys only on the sender and subject template will fail it.
- **Phishing gets `case: null`**, including the dmarc=fail mail whose subject carries a `[CASE …]` token: the number is
  not a real case of the owner.
- **Partner hold with a buried question** (msg with Maximilian) is `on_hold` with `needs_reply: true`: the merge is
  paused for the partner, but support also asked about the last working day and is waiting for it. The Credly vendor
  hold says nothing is needed, so it is `on_hold` / `false`.
- **"Write from your personal address"** is `info_request` (not `confirmation_request`): what is asked is to send
  mail from another address; the owner must reply.
- **Owner's mail is `user_reply` whatever it is**: replies, the FYI forward of the confirmation request to her manager
  (with `case` set, since it is about that case) and her note to self before filing (`case: null`).
- **The bounce** of the owner's e-mail to `no-reply-aws@amazon.com` is `unrelated` / `false`, but `case` is the console
  case number, because the returned headers carry `[CASE …]` and the owner would file it under that case.
- **Console closing notice**: `closing_notice` / `true` although the reply must be made in the Support Center, not by
  e-mail; the console request for information is likewise `info_request` / `true`.
- **"Case closed" past tense** (Japanese case D, message in English) is `closing_notice` / `true`: a reply reopens it and
  the request is not done.
- **Duplicate case closed** (case B) is `case_update`, not `closing_notice` or `resolved`: it was closed because it
  duplicates another case, not because the owner was silent, and the request itself is not done.
- **Resolutions with invitations** ("you're welcome to reply here", 「ご不明な点がございましたら」, "reopen within 14 days",
  a survey footer) stay `resolved` / `false`. The survey that says "you can also reply with comments" is `survey` / `false`.
- **"AWS Certification wants to hear from you"** (CertMetrics program survey) is `certification`, not `survey`: it is
  not about a support case.
- **Pearson VUE booking** is `unrelated` (exam vendor) even though it lists the AWS candidate ID, which is labelled.
- **candidate_ids in acknowledgements**: IDs that the acknowledgement echoes from the submitted form are counted as the
  message's own text (they are not quoted reply history). IDs inside `>` quotes, forwarded or `-----Original Message-----`
  blocks are not counted.
- **Reopened case**: the owner's reply to a resolved case is `user_reply`; support's answer that asks about a third
  account is `info_request` / `true`; the later merge of the third account is `resolved`.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def write_readme():
    lines = [README_HEAD % (ME_P, ME_C, CASE_A, CASE_B, CASE_A, CASE_C, CASE_D, CASE_E)]
    for m in MSGS:
        lines.append("| %03d | %s | %s | %s | %s |\n" % (m["n"], m["kind"], "yes" if m["reply"] else "no",
                                                    m["case"] or "-", m["note"].replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("".join(lines))


if __name__ == "__main__":
    main()
