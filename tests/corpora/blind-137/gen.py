#!/usr/bin/env python3
"""Generate the blind-137 held-out mailbox (standard library only).

Run `python3 gen.py`; files are written next to this script.
"""
import base64
import hashlib
import json
import os
import quopri
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME_NAME = "Kenji Arakawa"
ME_P = "kenji.arakawa.dev@gmail.com"
ME_C = "k.arakawa@orbitalis-sys.co.jp"

FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "174081223900417"   # main merge case (15 digits, 2025)
CASE_B = "174082905100288"   # duplicate form submitted from company address
CASE_C = "4821937065"        # Support Center (console) case, 10 digits
CASE_D = "13958201746"       # 2023 certificate name fix (11 digits)
CASE_E = "174360418200935"   # third account from Partner Central SSO

SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_B = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B
SUBJ_D = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D
SUBJ_E = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E
SUBJ_C = "Credly badge shows expired after certification account merge"

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

MSGS = []
MID = {}
REFS = {}
TEXT = {}


def dt(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def h(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def a(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ",.()"):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def part(text, ctype="text/plain", cs="utf-8", cte="8bit"):
    raw = text.encode(cs)
    if cs.lower() == "iso-2022-jp":
        cte = "7bit"
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    else:
        body = raw.decode(cs) if cs.lower() != "iso-2022-jp" else raw.decode("ascii")
    if not body.endswith("\n"):
        body += "\n"
    return ['Content-Type: %s; charset="%s"' % (ctype, cs),
            "Content-Transfer-Encoding: " + cte], body


def render(spec, n):
    k = spec[0]
    if k in ("plain", "html"):
        _, text, cs, cte = spec
        return part(text, "text/" + k, cs, cte)
    if k == "alt":
        _, text, html, cs, cte = spec
        b = "----=_Part_%d_%s" % (n, hashlib.md5(str(n).encode()).hexdigest()[:12])
        h1, b1 = part(text, "text/plain", cs, cte)
        h2, b2 = part(html, "text/html", cs, cte)
        body = "--%s\n%s\n\n%s\n--%s\n%s\n\n%s\n--%s--\n" % (
            b, "\n".join(h1), b1, b, "\n".join(h2), b2, b)
        return ['Content-Type: multipart/alternative; boundary="%s"' % b], body
    if k == "mixed":
        _, inner, atts = spec
        b = "=_mixed_%d_%s" % (n, hashlib.sha1(str(n).encode()).hexdigest()[:16])
        ih, ib = render(inner, n + 1000)
        out = "This is a multi-part message in MIME format.\n\n--%s\n%s\n\n%s\n" % (b, "\n".join(ih), ib)
        for fname, ctype, data in atts:
            enc = base64.encodebytes(data).decode("ascii")
            out += ('--%s\nContent-Type: %s; name="%s"\nContent-Disposition: attachment; '
                    'filename="%s"\nContent-Transfer-Encoding: base64\n\n%s\n' % (b, ctype, fname, fname, enc))
        out += "--%s--\n" % b
        return ['Content-Type: multipart/mixed; boundary="%s"' % b], out
    raise ValueError(k)


def mid_for(key, domain):
    hx = hashlib.sha256(key.encode()).hexdigest()
    if domain == "ses":
        return "<0106%s-%s-%s-000000@email.amazonses.com>" % (hx[:12], hx[12:20], hx[20:28])
    if domain == "gmail":
        return "<CAH%s%s@mail.gmail.com>" % (hx[:20].upper(), hx[20:32])
    return "<%s.%s@%s>" % (hx[:16], hx[16:24], domain)


def auth(kind, frm_domain, mailbox):
    host = "mx.google.com" if mailbox == ME_P else "mx1.orbitalis-sys.co.jp"
    if kind == "pass":
        return ("Authentication-Results: %s;\n       dkim=pass header.i=@%s header.s=s%s header.b=Qx7h2Lw0;\n"
                "       spf=pass (%s: domain of bounce@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (host, frm_domain, len(frm_domain) % 7 + 1, host, frm_domain, 20 + len(frm_domain), frm_domain, frm_domain))
    if kind == "fail":
        return ("Authentication-Results: %s;\n       dkim=fail (signature did not verify) header.i=@%s;\n"
                "       spf=softfail (%s: domain of transitioning bounce@mailer-relay-7.net does not designate 185.213.22.40 as permitted sender) smtp.mailfrom=mailer-relay-7.net;\n"
                "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
                % (host, frm_domain, host, frm_domain))
    if kind == "none":
        return ("Authentication-Results: %s;\n       dkim=pass header.i=@%s;\n       spf=pass smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % (host, frm_domain, frm_domain, frm_domain))
    return None


def add(key, kind, reply, case, ids, date, frm, to, subject, body, note,
        parent=None, cc=None, mdomain="ses", authk="pass", extra=(), crlf=False, subj_cs="utf-8",
        sent=False):
    n = len(MSGS) + 1
    m = mid_for(key, mdomain)
    MID[key] = m
    refs = []
    if parent:
        refs = REFS.get(parent, []) + [MID[parent]]
    REFS[key] = refs
    frm_email = frm.split("<")[-1].rstrip(">").strip()
    to_email = to.split("<")[-1].rstrip(">").strip()
    mailbox = ME_C if ME_C in to else ME_P
    lines = []
    if not sent:
        lines.append("Return-Path: <%s>" % (frm_email if authk != "fail" else "bounce-7731@mailer-relay-7.net"))
        lines.append("Delivered-To: %s" % mailbox)
        lines.append("Received: from %s (%s)\n        by %s with ESMTPS id %s\n        for <%s>; %s" % (
            "a8-%d.smtp-out.amazonses.com" % (n + 30) if "amazon" in frm_email else "mail.%s" % frm_email.split("@")[1],
            "54.240.8.%d" % (n + 30),
            "mx.google.com" if mailbox == ME_P else "mx1.orbitalis-sys.co.jp",
            hashlib.md5(key.encode()).hexdigest()[:14], mailbox, format_datetime(date)))
        if authk:
            ar = auth(authk, frm_email.split("@")[1], mailbox)
            if ar:
                lines.append(ar)
    lines.append("Message-ID: " + m)
    lines.append("Date: " + format_datetime(date))
    lines.append("From: " + frm)
    lines.append("To: " + to)
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Subject: " + h(subject, subj_cs))
    if refs:
        lines.append("In-Reply-To: " + refs[-1])
        lines.append("References: " + "\n ".join(refs))
    lines.extend(extra)
    lines.append("MIME-Version: 1.0")
    bh, bb = render(body, n)
    lines.extend(bh)
    raw = "\n".join(lines) + "\n\n" + bb
    if crlf:
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    MSGS.append(dict(n=n, date=date, key=key, kind=kind, reply=reply, case=case, ids=ids, raw=raw, note=note,
                     subject=subject))
    return n


# ---------------------------------------------------------------- quoting helpers

def gq(date, who, text, lang="en"):
    """Gmail-style quote."""
    if lang == "ja":
        wd = "月火水木金土日"[date.weekday()]
        head = "%d年%d月%d日(%s) %d:%02d %s:" % (date.year, date.month, date.day, wd, date.hour, date.minute, who)
    else:
        head = "On %s, %s wrote:" % (date.strftime("%a, %b %-d, %Y at %-I:%M %p"), who)
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def oq(frm, date, to, subject, text):
    """Outlook-style original message block."""
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, date.strftime("%A, %B %-d, %Y %-I:%M %p"), to, subject, text))


def aws_hist(frm, date, text):
    """History block the T&C form tool appends under agent replies."""
    return ("\n---------- Previous message ----------\nFrom: %s\nDate: %s\n\n%s"
            % (frm, date.strftime("%Y-%m-%d %H:%M:%S UTC"), text))


SIG_TC = ("\nBest regards,\n\n%s\nAWS Training and Certification Customer Support\n"
          "Amazon Web Services\n\nAmazon Web Services, Inc. is an affiliate of Amazon.com, Inc. "
          "Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n")

ME_SIG = "\n--\nKenji Arakawa\n"
CO_SIG = "\n--\n荒川 健司 / Kenji Arakawa\nOrbitalis Systems株式会社 クラウド事業部\nk.arakawa@orbitalis-sys.co.jp\n"

from_tc = a("Amazon Web Services", FORM)
from_console = a("Amazon Web Services", CONSOLE)
me_p = a(ME_NAME, ME_P)
me_c = a(ME_NAME, ME_C)
me_c_ja = a("荒川 健司", ME_C, "iso-2022-jp")

# ---------------------------------------------------------------- 2023: certificate name fix (case D)

d = dt("2023-05-29 14:12")
add("m_exam_dva", "certification", False, None, ["AWS04417730"], d,
    a("AWS Certification", "do-not-reply@certmetrics.com"), me_c,
    "Your AWS Certification exam results are available",
    ("alt",
     "Hello Kenji Arakawa,\n\nYour result for AWS Certified Developer - Associate (DVA-C02) is in: PASS.\n"
     "Scaled score: 812\nCandidate ID: AWS04417730\n\nYour certificate can be downloaded from your AWS "
     "Certification Account. A digital badge will be sent by our badging partner within a few days.\n\n"
     "Congratulations,\nAWS Certification\n\nThis is an automated message. Replies to this address are not monitored.\n",
     "<html><body><p>Hello Kenji Arakawa,</p><p>Your result for <b>AWS Certified Developer - Associate (DVA-C02)</b> "
     "is in: <b>PASS</b>.</p><table border='1' cellpadding='4'><tr><td>Scaled score</td><td>812</td></tr>"
     "<tr><td>Candidate ID</td><td>AWS04417730</td></tr></table><p>Your certificate can be downloaded from your "
     "AWS Certification Account. A digital badge will be sent by our badging partner within a few days.</p>"
     "<p>Congratulations,<br>AWS Certification</p><p style='font-size:10px'>This is an automated message. "
     "Replies to this address are not monitored.</p></body></html>\n", "utf-8", "quoted-printable"),
    "2023 exam pass notice to company address; candidate ID in an HTML table; program mail, not a case.")

d = dt("2023-05-30 02:40")
add("m_badge_dva", "badge", False, None, [], d,
    a("Credly", "admin@credly.com"), me_c,
    "Kenji, you've been awarded a new badge from Amazon Web Services Training and Certification",
    ("html",
     "<html><body><div style='font-family:Arial'><h2>Congratulations, Kenji!</h2>"
     "<p>Amazon Web Services Training and Certification has issued you the badge "
     "<b>AWS Certified Developer &ndash; Associate</b>.</p><p><a href='https://www.credly.com/badges/"
     "4f1c9a2e-7b3d-4e55-9c10-2d8e61a0b7f4/accept'>Accept your badge</a></p>"
     "<p>Share it on LinkedIn and let your network know what you've achieved.</p>"
     "<p style='color:#777;font-size:11px'>Credly, 1 Penn Plaza, New York, NY. You received this because an "
     "issuer awarded you a badge. <a href='https://www.credly.com/unsubscribe'>Manage email preferences</a></p>"
     "</div></body></html>\n", "utf-8", "quoted-printable"),
    "Credly badge mail, HTML-only; badge UUID in link is not a case number.", mdomain="credly.com")

ack_d = ("Amazon Web Services へお問い合わせいただき、誠にありがとうございます。\n\n"
         "ケース %s として承りました。内容を確認のうえ、通常は24時間以内に担当者よりご連絡差し上げます。"
         "調査の内容によっては、さらにお時間を頂戴することがございます。\n\n"
         "同じご用件のケースを重ねて作成されますと対応が遅れる原因となりますので、ご遠慮くださいますようお願い申し上げます。\n\n"
         "お問い合わせの内容:\n"
         "お問い合わせタイプ: 認定\nその他の詳細: 証明書\n"
         "内容: 認定証に印字される氏名が「Kenji Arakawa」ではなく「Kenji Arakwa」になっています。修正をお願いします。\n\n"
         "Amazon Web Services\n" % CASE_D)
TEXT["d_ack"] = ack_d
d = dt("2023-06-01 03:05")
add("d_ack", "acknowledgement", False, CASE_D, [], d, from_tc, ME_C,
    "RE:" + SUBJ_D, ("plain", ack_d, "iso-2022-jp", "7bit"),
    "Japanese acknowledgement in ISO-2022-JP for an old (2023, 11-digit) certificate-name case; contains the 'don't open duplicates' line, which is not a request.",
    subj_cs="iso-2022-jp")

req_d = ("荒川 健司 様\n\n"
         "AWS トレーニングと認定カスタマーサポートの佐藤でございます。\n"
         "このたびは認定証の氏名表記についてご連絡いただき、ありがとうございます。\n\n"
         "認定証およびデジタルバッジに表示される氏名は、認定アカウントのプロフィールに登録された"
         "「法的氏名」から作成されます。法的氏名は試験当日の本人確認書類と一致している必要があるため、"
         "弊社にて変更を行う際は、事前に正しい表記を確認させていただいております。"
         "なお、変更後に発行される認定証は過去の取得分にもさかのぼって反映されます。\n\n"
         "つきましては、試験当日にご提示いただいた本人確認書類に記載されているとおりの氏名(ローマ字表記、"
         "姓と名の順序を含む)を、本メールへの返信にてお知らせいただけますでしょうか。\n\n"
         "ご確認のほど、よろしくお願いいたします。\n\n"
         "佐藤\nAWS トレーニングと認定 カスタマーサポート\n")
TEXT["d_req"] = req_d
d = dt("2023-06-02 00:47")
add("d_req", "info_request", True, CASE_D, [], d, from_tc, ME_C,
    "RE:" + SUBJ_D, ("plain", req_d, "utf-8", "base64"),
    "Japanese keigo request (いただけますでしょうか) placed after a paragraph of explanation; base64 UTF-8.",
    parent="d_ack")

rep_d = ("佐藤様\n\nご連絡ありがとうございます。\n本人確認書類(運転免許証)の表記は以下のとおりです。\n\n"
         "  ARAKAWA KENJI (姓: ARAKAWA / 名: KENJI)\n\n認定証上は「Kenji Arakawa」の順で問題ありません。\n"
         "よろしくお願いいたします。\n" + CO_SIG + "\n")
TEXT["d_rep"] = rep_d
d = dt("2023-06-02 10:15", JST)
add("d_rep", "user_reply", False, CASE_D, [], d, me_c_ja, from_tc,
    "Re: RE:" + SUBJ_D,
    ("plain", rep_d + gq(dt("2023-06-02 09:47", JST), "Amazon Web Services <%s>" % FORM, req_d, "ja"),
     "iso-2022-jp", "7bit"),
    "Owner's Japanese answer, top-posted over the quoted request (Japanese Gmail-style 'より:'-less header).",
    parent="d_req", mdomain="orbitalis-sys.co.jp", sent=True)

res_d = ("荒川 健司 様\n\n佐藤でございます。ご返信ありがとうございました。\n\n"
         "認定アカウントの法的氏名を「Kenji Arakawa」に修正いたしました。"
         "認定証の PDF は再発行済みで、認定アカウントの「認定」ページから新しい表記のものをダウンロードいただけます。"
         "デジタルバッジの表示名も数日以内に更新されます。\n\n"
         "本件はこれにて完了とさせていただきます。ほかにご不明な点がございましたら、"
         "本メールにご返信いただければ担当者が確認いたします。\n\n佐藤\nAWS トレーニングと認定 カスタマーサポート\n")
d = dt("2023-06-05 01:20")
add("d_res", "resolved", False, CASE_D, [], d, from_tc, ME_C,
    "RE:" + SUBJ_D,
    ("plain", res_d + aws_hist(ME_C, dt("2023-06-02 01:15"), rep_d) + aws_hist(FORM, dt("2023-06-02 00:47"), req_d),
     "utf-8", "quoted-printable"),
    "Japanese completion with a conditional invitation (ございましたら); history below still holds the old request.",
    parent="d_rep")

d = dt("2023-06-06 16:00")
add("d_survey", "survey", False, CASE_D, [], d,
    a("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_C,
    "How did we do? Your AWS Training and Certification case %s" % CASE_D,
    ("alt",
     "Hello,\n\nYou recently contacted AWS Training and Certification Customer Support (case %s).\n"
     "Would you take two minutes to rate the help you received?\n\n"
     "Rate your experience: https://survey.aws.amazon.com/r/tc?c=%s\n\n"
     "Your answers are anonymous and are used only to improve our service.\n" % (CASE_D, CASE_D),
     "<html><body><p>Hello,</p><p>You recently contacted AWS Training and Certification Customer Support "
     "(case %s).</p><p>Would you take two minutes to rate the help you received?</p><p>"
     "<a href='https://survey.aws.amazon.com/r/tc?c=%s'>1</a> <a href='#'>2</a> <a href='#'>3</a> "
     "<a href='#'>4</a> <a href='#'>5</a></p><p>Your answers are anonymous.</p></body></html>\n" % (CASE_D, CASE_D),
     "utf-8", "7bit"),
    "Survey with a question ('would you take two minutes') that is not a support request.")

# ---------------------------------------------------------------- 2025: leaving Orbitalis

d = dt("2025-02-20 05:31")
add("gh_merge", "unrelated", False, None, [], d,
    a("Saori Miyake", "notifications@github.com"), a("orbitalis/infra-modules", "infra-modules@noreply.github.com"),
    "Re: [orbitalis/infra-modules] Merge account-baseline v2 into main (PR #412)",
    ("alt",
     "Merged #412 into main.\n\n-- \nReply to this email directly, view it on GitHub:\n"
     "https://github.com/orbitalis/infra-modules/pull/412#event-16204417730\n"
     "You are receiving this because you were mentioned.\n",
     "<p>Merged <a href='https://github.com/orbitalis/infra-modules/pull/412'>#412</a> into main.</p>"
     "<p style='font-size:small;color:#666'>&mdash;<br>Reply to this email directly, "
     "<a href='https://github.com/orbitalis/infra-modules/pull/412#event-16204417730'>view it on GitHub</a>.</p>\n",
     "utf-8", "7bit"),
    "GitHub 'merged' notification with 'account' and a long number in the event link; not AWS.",
    mdomain="github.com",
    extra=("List-ID: orbitalis/infra-modules <infra-modules.orbitalis.github.com>",))

d = dt("2025-02-22 09:00")
add("cert_exp_saa", "certification", False, None, ["AWS04417730"], d,
    a("AWS Certification", "do-not-reply@certmetrics.com"), me_c,
    "Action needed: your AWS Certified Solutions Architect - Associate expires in 90 days",
    ("plain",
     "Hello Kenji,\n\nYour AWS Certified Solutions Architect - Associate certification (candidate ID AWS04417730)\n"
     "expires on May 23, 2025.\n\nTo keep it active, pass the current version of the exam or a qualifying\n"
     "higher-level exam before that date. You can use the 50% discount benefit in your AWS Certification\n"
     "Account when you schedule.\n\nPlease do not reply to this message; this mailbox is not monitored.\n\n"
     "AWS Certification\n", "utf-8", "7bit"),
    "'Action needed' expiry reminder from CertMetrics: program mail, no case, no reply expected.",
    mdomain="certmetrics.com")

note = ("Before 3/31:\n"
        "- download all certificates from the cert account (company one = AWS04417730)\n"
        "- new personal cert account already exists: AWS11820964 (Builder ID w/ gmail)\n"
        "- 50% voucher on old account, write down the code!\n"
        "- Orbitalis is an APN partner -> expect questions from support\n"
        "- file the Account Merge form from the gmail address, NOT from work\n")
d = dt("2025-02-27 19:48", JST)
add("note_self", "user_reply", False, None, ["AWS04417730", "AWS11820964"], d, me_c, me_p,
    "memo: AWS cert account before I leave", ("plain", note, "utf-8", "7bit"),
    "Owner's note to self from the company address; looks like a checklist, holds candidate IDs, no case yet.",
    mdomain="orbitalis-sys.co.jp", authk="none")

d = dt("2025-03-01 07:49")
add("builder_code", "unrelated", False, None, [], d,
    a("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address",
    ("alt", "Hello,\n\nUse this code to finish verifying your email address: 482913\n\n"
            "The code expires in 30 minutes. If you did not request it, you can ignore this email.\n\nAmazon Web Services\n",
     "<html><body><p>Hello,</p><p>Use this code to finish verifying your email address:</p>"
     "<p style='font-size:24px'><b>482913</b></p><p>The code expires in 30 minutes.</p></body></html>\n",
     "utf-8", "7bit"),
    "Builder ID one-time code (6 digits), not a case.", mdomain="signin.aws")

form_a = ("Use Case: I'm leaving Orbitalis Systems at the end of March and my certifications sit on the account\n"
          "registered with my work email. I'd like them merged into my personal certification account.\n"
          "All email addresses you may have used in our system: k.arakawa@orbitalis-sys.co.jp, kenji.arakawa.dev@gmail.com\n"
          "The email address you would like to keep on file: kenji.arakawa.dev@gmail.com\n"
          "Candidate IDs: AWS04417730 (work), AWS11820964 (personal)\n")
ack_a = ("Hello,\n\nThank you for reaching out to Amazon Web Services. Case %s has been created for your request.\n\n"
         "A member of our team will normally get back to you within 24 hours. Some requests take longer while we\n"
         "look for the right answer; we appreciate your patience.\n\n"
         "If a case is already open for this request, there is no need to submit another one: a second case for the\n"
         "same issue only delays the response.\n\nThe details of your case are as follows:\n\n"
         "Case ID: %s\nSubject: account-assistance\nInquiry type: Certification\nAdditional details: Account Merge\n"
         "Contact email: kenji.arakawa.dev@gmail.com\n\n%s\n"
         "Sincerely,\nAmazon Web Services\n" % (CASE_A, CASE_A, form_a))
TEXT["a_ack"] = ack_a
d = dt("2025-03-01 08:03")
add("a_ack", "acknowledgement", False, CASE_A, ["AWS04417730", "AWS11820964"], d, from_tc, ME_P,
    "RE:" + SUBJ_A, ("plain", ack_a, "utf-8", "7bit"),
    "Main case A opens (15-digit ID). The echoed form text carries two candidate IDs (counted: it is the system's own body, not quoted reply history).")

d = dt("2025-03-01 11:10")
add("invoice", "unrelated", False, None, [], d,
    a("Amazon Web Services", "aws-billing@amazon.com"), ME_C,
    "Amazon Web Services Billing Statement Available [AWS ID 470512883921]",
    ("plain", "Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the "
              "account ending in 3921, is available on the AWS web site.\n\nAccount ID: 470512883921\n"
              "Billing period: February 1 - February 28, 2025\nTotal: USD 1,284.17\n\n"
              "You can view the statement in the Billing and Cost Management console.\n\n"
              "Sincerely,\nAmazon Web Services\n\nThis message was produced and distributed by Amazon Web Services, Inc.\n",
     "utf-8", "7bit"),
    "AWS billing mail from amazon.com with a 12-digit account ID; unrelated.")

form_b = ("退職に伴い、この会社アドレスの認定アカウントを個人アドレス kenji.arakawa.dev@gmail.com のアカウントへ統合したいです。"
          "(個人アドレスからも同じ依頼を出したかもしれません)\n")
ack_b = ("Amazon Web Services にお問い合わせいただきありがとうございます。\n\n"
         "ご依頼はケース %s として登録されました。通常は24時間以内に担当者よりご連絡差し上げます。\n"
         "同じご用件ですでにケースをお持ちの場合は、新たなケースを作成せず、既存のケースのメールにご返信ください。\n\n"
         "ケースの詳細:\nケース ID: %s\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n"
         "内容: %s\nAmazon Web Services\n" % (CASE_B, CASE_B, form_b))
TEXT["b_ack"] = ack_b
d = dt("2025-03-01 11:38")
add("b_ack", "acknowledgement", False, CASE_B, [], d, from_tc, ME_C,
    "RE: " + SUBJ_B, ("plain", ack_b, "iso-2022-jp", "7bit"),
    "Duplicate case B (same request, filed again from the company address); Japanese ack in ISO-2022-JP; 'reply to the existing case' is boilerplate, not a request.")

nl = ("━━━━━━━━━━━━━━━━━━━━━━\n クラウド実践ニュース 第214号\n━━━━━━━━━━━━━━━━━━━━━━\n\n"
      "■ 今週の話題\n・マルチアカウント運用でのアカウント統合とSCP設計\n・認定資格の更新を忘れないためのチェックリスト\n\n"
      "■ イベント\n3月15日(土) オンライン勉強会「AWS認定を取った後にやること」\n\n"
      "配信停止はこちら: https://news.cloud-jissen.jp/unsubscribe?u=88213\n")
d = dt("2025-03-02 00:00", JST)
add("nl_ja", "unrelated", False, None, [], d,
    a("クラウド実践ニュース", "news@cloud-jissen.jp", "iso-2022-jp"), ME_P,
    "【クラウド実践ニュース】アカウント統合の勘所 / 認定資格の更新", ("plain", nl, "shift_jis", "base64"),
    "Japanese newsletter in Shift_JIS/base64 that talks about account merging and certifications.",
    mdomain="cloud-jissen.jp", authk="none",
    extra=("List-Unsubscribe: <https://news.cloud-jissen.jp/unsubscribe?u=88213>",))

dup_b = ("Hello Kenji,\n\nThis is Kavya from AWS Training and Certification.\n\n"
         "Your request from this address is the same one you filed earlier from kenji.arakawa.dev@gmail.com, which is\n"
         "being handled under case %s. To avoid two teams working the same merge, I've linked the two and\n"
         "closed this case (%s). Everything will continue on %s and replies will go to the personal address.\n\n"
         "If you think I've got this wrong, reply here and I'll take another look.\n\nThanks,\nKavya\n"
         "AWS Training and Certification Customer Support\n" % (CASE_A, CASE_B, CASE_A))
d = dt("2025-03-02 04:22")
add("b_dup", "case_update", False, CASE_B, [], d, from_tc, ME_C,
    "RE: " + SUBJ_B,
    ("plain", dup_b + aws_hist(FORM, dt("2025-03-01 11:38"), ack_b), "utf-8", "quoted-printable"),
    "Duplicate closed and linked to case A; mentions both case numbers (belongs to B); conditional 'if you think I've got this wrong, reply'.",
    parent="b_ack")

# ---------------------------------------------------------------- case A: verbose first contact

req_a1 = ("Hi Kenji,\n\nThank you so much for getting in touch, and congratulations on the next step in your career! My name\n"
          "is Marisol and I'll be looking after your merge request.\n\n"
          "Let me walk you through what happens, since people are often surprised by a few details. When two\n"
          "certification accounts are combined, we move everything from the source account into the one you keep:\n"
          "exam history, active and expired certifications, transcripts, and any unused benefits such as exam\n"
          "discount vouchers. The source account (in your case AWS04417730) is then deactivated and can no longer\n"
          "be used to sign in. Credly badges follow the surviving account, though they can take a day or two to\n"
          "refresh, and if the old account was shared with an AWS Partner Network profile, the partner side may\n"
          "show your certifications for a while longer until its own sync runs.\n\n"
          "There is one thing that trips the process up more than anything else, and that is an exam appointment\n"
          "that is still pending on the source account. Appointments are tied to the account they were booked\n"
          "from, and moving the account underneath a booking can leave the exam unlinked from your record, which\n"
          "is painful to fix afterwards. So, before I start: do you have an exam scheduled right now on either of\n"
          "the two accounts, and if so, which exam and on what date?\n\n"
          "Once I hear back, I'll prepare the account summary for you to look over. Nothing will be merged without\n"
          "your confirmation.\n\nWarm regards,\n\nMarisol R.\nAWS Training and Certification Customer Support\n")
TEXT["a_req1"] = req_a1
d = dt("2025-03-03 02:14")
add("a_req1", "info_request", True, CASE_A, ["AWS04417730"], d, from_tc, ME_P,
    "RE:" + SUBJ_A, ("plain", req_a1, "utf-8", "quoted-printable"),
    "Warm, verbose agent: four paragraphs of explanation, the actual question sits at the end of the third paragraph; 'Nothing will be merged without your confirmation' is not the request.",
    parent="a_ack")

rep_a1 = ("Hi Marisol,\n\nThanks for the detailed explanation. No, I don't have any exam scheduled on either account at the\n"
          "moment.\n\nBest,\nKenji" + CO_SIG)
TEXT["a_rep1"] = rep_a1
d = dt("2025-03-03 13:05", JST)
add("a_rep1", "user_reply", False, CASE_A, [], d, me_c, from_tc,
    "RE: RE:" + SUBJ_A,
    ("plain", rep_a1 + "\n" + oq("Amazon Web Services <%s>" % FORM, dt("2025-03-03 11:14", JST), ME_P, "RE:" + SUBJ_A, req_a1),
     "utf-8", "quoted-printable"),
    "Owner answers from the WRONG (company) address, Outlook-style, top-posted over the quoted request.",
    parent="a_req1", mdomain="orbitalis-sys.co.jp", sent=True)

req_a2 = ("Kenji,\n\nYour reply came from k.arakawa@orbitalis-sys.co.jp. That address isn't the contact on this case, so I\n"
          "can't act on it. Send the same answer again from kenji.arakawa.dev@gmail.com.\n\nTom\nAWS T&C Support\n")
TEXT["a_req2"] = req_a2
d = dt("2025-03-04 06:40")
add("a_req2", "info_request", True, CASE_A, [], d, from_tc, ME_P,
    "RE:" + SUBJ_A,
    ("plain", req_a2 + aws_hist(ME_C, dt("2025-03-03 04:05"), rep_a1) + aws_hist(FORM, dt("2025-03-03 02:14"), req_a1),
     "utf-8", "7bit"),
    "Terse agent, no greeting, no 'please': imperative 'Send the same answer again' from the right address; history below repeats the earlier question.",
    parent="a_rep1")

col = ("荒川さん\n\nお疲れさまです、三宅です。\n引き継ぎの件、infra-modules のブランチは今日中に main へマージしておきます。\n"
       "あと、顧客Aの AWS アカウント(ID 902114538870)の権限棚卸しは来週の定例で確認させてください。\n"
       "退職前にお時間いただけるとありがたいです。\n\n三宅\n")
d = dt("2025-03-04 18:22", JST)
add("colleague1", "unrelated", False, None, [], d, a("三宅 沙織", "s.miyake@orbitalis-sys.co.jp", "iso-2022-jp"), me_c_ja,
    "引き継ぎ: infra-modules / 権限棚卸し", ("plain", col, "iso-2022-jp", "7bit"),
    "Colleague (Japanese, ISO-2022-JP) mentions merging a branch, an AWS account ID and a request for time; not support.",
    mdomain="orbitalis-sys.co.jp", authk="none", subj_cs="iso-2022-jp")

rep_a2 = ("Hi Tom,\n\nSorry about that - resending from the right address.\n\n"
          "No exams are scheduled on either account (work or personal).\n\nThanks,\nKenji\n")
TEXT["a_rep2"] = rep_a2
d = dt("2025-03-04 20:31", JST)
add("a_rep2", "user_reply", False, CASE_A, [], d, me_p, from_tc,
    "Re: RE:" + SUBJ_A,
    ("plain", rep_a2 + "\n" + gq(dt("2025-03-04 15:40", JST), "Amazon Web Services <%s>" % FORM,
                                 req_a2 + aws_hist(ME_C, dt("2025-03-03 04:05"), rep_a1)), "utf-8", "quoted-printable"),
    "Owner re-answers from the personal address, Gmail quote of Tom's mail and the older exchange.",
    parent="a_req2", mdomain="gmail", sent=True)

d = dt("2025-03-05 01:17")
add("pvue", "unrelated", False, None, [], d, a("Pearson VUE", "pearsonvue@pearson.com"), ME_P,
    "Confirmation of your Microsoft exam appointment",
    ("alt", "Dear Kenji Arakawa,\n\nThank you for scheduling with Pearson VUE.\n\nExam: AZ-104: Microsoft Azure Administrator\n"
            "Date: Saturday, April 19, 2025, 10:00 JST\nDelivery: OnVUE online proctored\nRegistration ID: 514809237\n\n"
            "Please run the system test before exam day. To reschedule, sign in to your Pearson VUE account at least\n"
            "24 hours before the appointment.\n\nPearson VUE\n",
     "<html><body><p>Dear Kenji Arakawa,</p><p>Thank you for scheduling with Pearson VUE.</p><table>"
     "<tr><td>Exam</td><td>AZ-104: Microsoft Azure Administrator</td></tr><tr><td>Date</td><td>Saturday, April 19, 2025, 10:00 JST</td></tr>"
     "<tr><td>Registration ID</td><td>514809237</td></tr></table><p>Please run the system test before exam day.</p></body></html>\n",
     "utf-8", "quoted-printable"),
    "Exam vendor confirmation (9-digit registration ID, instruction to run a system test); not AWS.",
    mdomain="pearson.com")

hold_a1 = ("Dear Mr. Arakawa,\n\nThank you for your patience. I have reviewed the two accounts on this case.\n\n"
           "Current status:\n"
           "  * The account registered to k.arakawa@orbitalis-sys.co.jp is associated with an AWS Partner Network\n"
           "    organization (Orbitalis Systems).\n"
           "  * Certifications held by partner-associated accounts count toward the partner's tier, so a merge out\n"
           "    of a partner organization needs the association to be released first.\n"
           "  * I have opened an internal request with our Partner Operations team, who will contact the partner's\n"
           "    alliance lead.\n"
           "  * Your case is on hold until that release is completed. This usually takes 3 to 5 business days.\n\n"
           "Partner Operations will ask for one detail, and it would speed things up if I could pass it along now:\n"
           "what is your last working day at Orbitalis Systems, and will the company address still receive mail\n"
           "after that date?\n\n"
           "Kind regards,\n\nDmitri K.\nAWS Training and Certification Customer Support\n")
TEXT["a_hold1"] = hold_a1
d = dt("2025-03-06 09:02")
add("a_hold1", "on_hold", True, CASE_A, [], d, from_tc, ME_P,
    "RE:" + SUBJ_A,
    ("plain", hold_a1 + aws_hist(ME_P, dt("2025-03-04 11:31"), rep_a2), "utf-8", "7bit"),
    "Formal bulleted APN hold; a real question is buried after the status bullets, so the hold still needs a reply.",
    parent="a_rep2", crlf=True)

phish1 = ("<html><body style='font-family:Arial'><img src='https://aws-certification-support.com/logo.png' alt='aws'>"
          "<h3>Certification account merge - identity verification required</h3>"
          "<p>Dear Candidate,</p><p>Your request to merge AWS Certification accounts is pending. Because the source "
          "account belongs to a partner organization, we must verify your identity within <b>24 hours</b> or the "
          "request and all certifications on it will be cancelled.</p>"
          "<p><a href='https://aws-certification-support.com/verify?session=8f2a'>Verify my account</a></p>"
          "<p>Alternatively, reply to this message with your Builder ID email and password.</p>"
          "<p>AWS Certification Support Team</p></body></html>\n")
d = dt("2025-03-06 12:44")
add("phish1", "suspicious", False, None, [], d,
    a("AWS Certification Support", "support@aws-certification-support.com"), ME_P,
    "Urgent: Certification account merge pending verification",
    ("html", phish1, "utf-8", "quoted-printable"),
    "Lookalike domain phishing that knows about the merge topic and demands a reply with credentials; needs_reply false.",
    mdomain="aws-certification-support.com", authk="none")

rep_a3 = ("Hello Dmitri,\n\nMy last working day at Orbitalis is Monday, March 31. The company mailbox will be\n"
          "switched off on that day, so please keep using this gmail address for everything.\n\nRegards,\nKenji\n")
TEXT["a_rep3"] = rep_a3
d = dt("2025-03-06 21:10", JST)
add("a_rep3", "user_reply", False, CASE_A, [], d, me_p, from_tc,
    "Re: RE:" + SUBJ_A,
    ("plain", rep_a3 + "\n" + gq(dt("2025-03-06 18:02", JST), "Amazon Web Services <%s>" % FORM,
                                 hold_a1 + aws_hist(ME_P, dt("2025-03-04 11:31"), rep_a2)
                                 + aws_hist(FORM, dt("2025-03-04 06:40"), req_a2)
                                 + aws_hist(FORM, dt("2025-03-03 02:14"), req_a1)),
     "utf-8", "quoted-printable"),
    "Owner's answer top-posted above a long quoted history that still contains two older support requests.",
    parent="a_hold1", mdomain="gmail", sent=True)

upd_a1 = ("Hi Kenji,\n\nThanks for the date. I've passed it to Partner Operations together with your note about the\n"
          "mailbox. There's nothing you need to do right now; I'll write again as soon as the partner association\n"
          "has been released.\n\nKind regards,\nDmitri K.\nAWS Training and Certification Customer Support\n")
d = dt("2025-03-07 03:30")
add("a_upd1", "case_update", False, CASE_A, [], d, from_tc, ME_P,
    "RE:" + SUBJ_A, ("plain", upd_a1 + aws_hist(ME_P, dt("2025-03-06 12:10"), rep_a3) + aws_hist(FORM, dt("2025-03-06 09:02"), hold_a1),
                     "utf-8", "7bit"),
    "Handed to another team, explicitly nothing to do; history repeats the hold's question.", parent="a_rep3")

mk = ("<html><body><table width='600' align='center'><tr><td style='background:#232f3e;color:#fff;padding:16px'>"
      "<b>AWS Summit Japan 2025</b></td></tr><tr><td style='padding:16px'>"
      "<p>荒川 様</p><p>今年も AWS Summit Japan を開催します。基調講演、200 を超えるセッション、そして"
      "会場限定の AWS 認定ラウンジをご用意しています。認定をお持ちの方はラウンジで特典をお受け取りいただけます。</p>"
      "<p><a href='https://aws.amazon.com/jp/summits/japan/'>今すぐ登録する</a></p>"
      "<p style='font-size:11px;color:#888'>このメールは aws-marketing-email-replies@amazon.com から送信されています。"
      "配信設定の変更は<a href='#'>こちら</a>。アマゾン ウェブ サービス ジャパン合同会社</p></td></tr></table></body></html>\n")
d = dt("2025-03-08 01:00")
add("mkt_ja", "unrelated", False, None, [], d,
    a("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【AWS Summit Japan 2025】登録受付開始 - 認定ラウンジのご案内", ("html", mk, "utf-8", "base64"),
    "AWS marketing, Japanese HTML-only base64, mentions certification lounge benefits; unrelated.")

hold_a2 = ("<html><body><p>Hello Kenji,</p>"
           "<p>A quick status note on case %s.</p>"
           "<table border='1' cellspacing='0' cellpadding='6' style='border-collapse:collapse'>"
           "<tr><th align='left'>Step</th><th align='left'>Status</th></tr>"
           "<tr><td>Accounts identified</td><td>Done</td></tr>"
           "<tr><td>Partner association release</td><td><b>Waiting on Partner Operations / partner admin</b></td></tr>"
           "<tr><td>Merge confirmation</td><td>Not started</td></tr></table>"
           "<p>The case stays on hold until the partner side completes the release. No action is required from you "
           "at this time; we will contact you when the next step needs you.</p>"
           "<p>Regards,<br>Dmitri K.<br>AWS Training and Certification Customer Support</p></body></html>\n" % CASE_A)
d = dt("2025-03-11 05:55")
add("a_hold2", "on_hold", False, CASE_A, [], d, from_tc, ME_P,
    "RE:" + SUBJ_A, ("html", hold_a2, "utf-8", "quoted-printable"),
    "HTML-only hold with a status table; 'Merge confirmation' row and 'when the next step needs you' look request-like but nothing is asked.",
    parent="a_upd1")

d = dt("2025-03-12 02:10")
add("sb_receipt", "unrelated", False, None, [], d,
    a("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
    "Your AWS Skill Builder receipt",
    ("alt", "Thanks for subscribing to AWS Skill Builder Individual.\n\nOrder: SB-20250312-77120\nPlan: Individual (monthly)\n"
            "Amount: USD 29.00\nNext renewal: April 12, 2025\n\nManage your subscription at https://skillbuilder.aws/account\n",
     "<p>Thanks for subscribing to <b>AWS Skill Builder Individual</b>.</p><p>Order: SB-20250312-77120<br>Amount: USD 29.00<br>"
     "Next renewal: April 12, 2025</p>\n", "utf-8", "7bit"),
    "Skill Builder receipt (other AWS training mail); unrelated.", mdomain="skillbuilder.aws")

jb = ("##- Please type your reply above this line -##\n\nYour request (4471203) has been solved. To reopen it, simply\n"
      "reply to this email.\n\nMaria (JetBrains Sales Support)\nMar 12, 2025, 10:02 CET\n\nHi Kenji,\n\nYour license has been moved "
      "to your personal JetBrains Account as requested. The company seat will be released at the end of the month.\n\n"
      "Best regards,\nMaria\n")
d = dt("2025-03-12 09:03")
add("jetbrains", "unrelated", False, None, [], d, a("Maria (JetBrains Sales Support)", "sales@jetbrains.com"), ME_P,
    "[JetBrains] Re: Move license to personal account", ("plain", jb, "utf-8", "7bit"),
    "Other vendor's 'request solved, reply to reopen' about moving a licence to a personal account; looks like a resolution.",
    mdomain="jetbrains.zendesk.com")

upd_a2 = ("Hello again Kenji,\n\nGood news: Partner Operations confirmed this morning that your certification account is no longer\n"
          "associated with the Orbitalis Systems partner organization. The hold on your case has been lifted.\n\n"
          "A colleague on the merge team will send you the account summary shortly.\n\n"
          "Kind regards,\nDmitri K.\nAWS Training and Certification Customer Support\n")
TEXT["a_upd2"] = upd_a2
d = dt("2025-03-14 01:48")
add("a_upd2", "case_update", False, CASE_A, [], d, from_tc, ME_P,
    "RE:" + SUBJ_A, ("plain", upd_a2, "utf-8", "7bit"),
    "Hold lifted; promises a summary to come ('shortly'), nothing asked yet.", parent="a_hold2")

spoof = ("Hello,\n\nWe are ready to merge your AWS Certification accounts for case %s.\n\n"
         "To approve the merge, confirm your identity on the secure page below within 12 hours:\n"
         "https://aws-training-verify.co/case/%s/confirm\n\nIf we do not receive your confirmation the merge will be "
         "cancelled and your certifications may be lost.\n\nAmazon Web Services\n" % (CASE_A, CASE_A))
d = dt("2025-03-14 06:31")
add("spoof", "suspicious", False, None, [], d, from_tc, ME_P,
    "RE:" + SUBJ_A, ("plain", spoof, "utf-8", "7bit"),
    "Spoof using the real form sender and the real case subject, but dkim=fail and dmarc=fail; asks to 'confirm' via an outside link. Labelled case null (it belongs to no real case).",
    authk="fail")

conf_txt = ("Hello Kenji,\n\nI'm Priya from the account merge team. Below are the two certification accounts I found for you.\n\n"
            "Account #1 (AWS11820964)\n  Login email: kenji.arakawa.dev@gmail.com\n"
            "  Training notification email: kenji.arakawa.dev@gmail.com\n  Certification notification email: kenji.arakawa.dev@gmail.com\n\n"
            "Account #2 (AWS04417730)\n  Login email: k.arakawa@orbitalis-sys.co.jp\n"
            "  Training notification email: k.arakawa@orbitalis-sys.co.jp\n  Certification notification email: k.arakawa@orbitalis-sys.co.jp\n\n"
            "Please confirm that both accounts belong to you and that Account #1 is the one to keep. Once you confirm,\n"
            "Account #2 will be merged into it and deactivated.\n\nBest regards,\nPriya N.\nAWS Training and Certification - Account Merge Team\n")
conf_html = ("<html><body><p>Hello Kenji,</p><p>I'm Priya from the account merge team. Below are the two certification "
             "accounts I found for you.</p><table border='1' cellpadding='5' style='border-collapse:collapse'>"
             "<tr><th></th><th>Account #1 (AWS11820964)</th><th>Account #2 (AWS04417730)</th></tr>"
             "<tr><td>Login email</td><td>kenji.arakawa.dev@gmail.com</td><td>k.arakawa@orbitalis-sys.co.jp</td></tr>"
             "<tr><td>Training notification email</td><td>kenji.arakawa.dev@gmail.com</td><td>k.arakawa@orbitalis-sys.co.jp</td></tr>"
             "<tr><td>Certification notification email</td><td>kenji.arakawa.dev@gmail.com</td><td>k.arakawa@orbitalis-sys.co.jp</td></tr>"
             "</table><p>Please confirm that both accounts belong to you and that <b>Account #1</b> is the one to keep. "
             "Once you confirm, Account #2 will be merged into it and deactivated.</p>"
             "<p>Best regards,<br>Priya N.<br>AWS Training and Certification - Account Merge Team</p></body></html>\n")
TEXT["a_conf"] = conf_txt
d = dt("2025-03-15 00:26")
add("a_conf", "confirmation_request", True, CASE_A, ["AWS11820964", "AWS04417730"], d, from_tc, ME_P,
    "RE:" + SUBJ_A, ("alt", conf_txt, conf_html, "utf-8", "quoted-printable"),
    "Classic Account #1/#2 confirmation, multipart with an HTML table; arrives one day after a spoof with the same subject.",
    parent="a_upd2")

d = dt("2025-03-16 03:12")
add("dependabot", "unrelated", False, None, [], d, a("dependabot[bot]", "notifications@github.com"), ME_P,
    "[kenji-arakawa/dotfiles] Bump requests from 2.31.0 to 2.32.3 (PR #17)",
    ("plain", "Bumps requests from 2.31.0 to 2.32.3.\n\nDependabot will resolve any conflicts with this PR as long as you don't alter it\n"
              "yourself. You can also trigger a rebase manually by commenting `@dependabot rebase`.\n\n"
              "You can view, comment on, or merge this pull request online at:\n\n  https://github.com/kenji-arakawa/dotfiles/pull/17\n",
     "utf-8", "7bit"),
    "GitHub bot asks to 'merge this pull request'; not support.", mdomain="github.com")

party = ("各位\n\n総務の井上です。\n3月末でご退職される荒川さんの送別会を下記のとおり開催します。\n\n"
         "日時: 3月27日(木) 19:00〜\n場所: 新橋「炉端 まつ」\n会費: 5,000円\n\n"
         "出欠を3月21日(金)までにこのメールへご返信ください。\n\n井上\n")
d = dt("2025-03-17 10:05", JST)
add("party", "unrelated", False, None, [], d, a("井上 真理", "m.inoue@orbitalis-sys.co.jp", "iso-2022-jp"),
    a("cloud-all", "cloud-all@orbitalis-sys.co.jp"),
    "【ご案内】荒川さん送別会のお知らせ", ("plain", party, "iso-2022-jp", "7bit"),
    "Company farewell-party invitation asking for a reply by a date (ISO-2022-JP); a real request, but not support's.",
    mdomain="orbitalis-sys.co.jp", authk="none", subj_cs="iso-2022-jp", cc=me_c)

close_a = ("Hello,\n\nWe have not received a reply to our last message on case %s. If we don't hear from you within\n"
           "3 business days, this case will be closed automatically. Replying to this email before then keeps the\n"
           "case open, and a reply after it closes will reopen it.\n\n"
           "AWS Training and Certification Customer Support\n" % CASE_A)
TEXT["a_close"] = close_a
d = dt("2025-03-19 00:30")
add("a_close", "closing_notice", True, CASE_A, [], d, from_tc, ME_P,
    "RE:" + SUBJ_A,
    ("plain", close_a + aws_hist(FORM, dt("2025-03-15 00:26"), conf_txt), "utf-8", "quoted-printable"),
    "Templated reminder top-posted over the quoted confirmation request; the candidate IDs are only in the history.",
    parent="a_conf")

rep_a4 = ("Confirmed. Both accounts are mine. Please merge Account #2 into Account #1 (kenji.arakawa.dev@gmail.com).\n\n"
          "Sorry for the slow reply, and thanks!\nKenji\n")
TEXT["a_rep4"] = rep_a4
d = dt("2025-03-19 12:47", JST)
add("a_rep4", "user_reply", False, CASE_A, [], d, me_p, from_tc,
    "Re: RE:" + SUBJ_A,
    ("plain", rep_a4 + "\n" + gq(dt("2025-03-19 09:30", JST), "Amazon Web Services <%s>" % FORM,
                                 close_a + aws_hist(FORM, dt("2025-03-15 00:26"), conf_txt)), "utf-8", "7bit"),
    "Owner's confirmation, top-posted above the closing notice and the confirmation request.",
    parent="a_close", mdomain="gmail", sent=True)

res_a = ("Hi Kenji,\n\nThank you for confirming. I have merged both accounts successfully. Your exam history, certifications\n"
         "and benefits now live on AWS11820964, which you sign in to with kenji.arakawa.dev@gmail.com. The work\n"
         "account has been deactivated.\n\nYour Credly badges will be reissued to the personal address; expect\n"
         "those emails today or tomorrow.\n\nIf anything looks wrong when you check your account, you're welcome to reply\n"
         "here within the next 14 days.\n\nBest regards,\nPriya N.\nAWS Training and Certification - Account Merge Team\n")
TEXT["a_res"] = res_a
d = dt("2025-03-20 02:15")
add("a_res", "resolved", False, CASE_A, ["AWS11820964"], d, from_tc, ME_P,
    "RE:" + SUBJ_A,
    ("plain", res_a + "\n" + oq("Kenji Arakawa <%s>" % ME_P, dt("2025-03-19 12:47", JST), FORM, "Re: RE:" + SUBJ_A, rep_a4)
     + "\n" + oq("Amazon Web Services <%s>" % FORM, dt("2025-03-15 09:26", JST), ME_P, "RE:" + SUBJ_A, conf_txt),
     "utf-8", "quoted-printable"),
    "Completion with a conditional invitation ('you're welcome to reply'); Outlook-style history still contains the 'Please confirm' request.",
    parent="a_rep4")

def credly(name, uuid):
    return ("<html><body><div style='max-width:560px;font-family:Helvetica'>"
            "<p>Hi Kenji,</p><p><b>Amazon Web Services Training and Certification</b> issued you a new badge:</p>"
            "<h2>%s</h2><p><a href='https://www.credly.com/badges/%s/accept'>Accept badge</a></p>"
            "<p>Badges you accept can be shared on LinkedIn, in your email signature, or on your website.</p>"
            "<p style='font-size:11px;color:#999'>You're receiving this email because an organization issued you a badge "
            "on Credly. <a href='https://www.credly.com/notifications'>Notification settings</a></p></div></body></html>\n"
            % (name, uuid))

d = dt("2025-03-20 03:02")
add("badge_saa", "badge", False, None, [], d, a("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a badge",
    ("html", credly("AWS Certified Solutions Architect &ndash; Associate", "9b0e22d1-40c3-4a3b-8f52-1e7d55c60a19"), "utf-8", "quoted-printable"),
    "Credly badge right after the merge (HTML-only).", mdomain="credly.com")

d = dt("2025-03-20 03:04")
add("badge_dva", "badge", False, None, [], d, a("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a badge",
    ("alt", "Hi Kenji,\n\nAmazon Web Services Training and Certification issued you a new badge: AWS Certified Developer - Associate.\n"
            "Accept it here: https://www.credly.com/badges/61d7a0c5-2b9e-4f71-a0d3-8c4e19f2b6e0/accept\n",
     credly("AWS Certified Developer &ndash; Associate", "61d7a0c5-2b9e-4f71-a0d3-8c4e19f2b6e0"), "utf-8", "7bit"),
    "Second Credly badge, multipart.", mdomain="credly.com")

sv = ("Hello,\n\nYour case %s with AWS Training and Certification Customer Support was recently resolved.\n\n"
      "We'd love to know how we did. The survey has three questions and takes about a minute:\n"
      "https://survey.aws.amazon.com/r/tc?c=%s&l=en\n\nThank you for helping us improve.\n" % (CASE_A, CASE_A))
d = dt("2025-03-21 15:00")
add("a_survey", "survey", False, CASE_A, [], d, a("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_P,
    "Tell us about your recent support experience", ("plain", sv, "utf-8", "7bit"),
    "Survey for case A.")

d = dt("2025-03-22 16:00")
add("cert_hear", "certification", False, None, [], d, a("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification wants to hear from you",
    ("alt", "Hi Kenji,\n\nAs an AWS Certified individual, your opinion shapes our exams. Would you share a few minutes of feedback\n"
            "about your certification journey? https://www.aws.training/certification/feedback\n\nAWS Certification\n",
     "<p>Hi Kenji,</p><p>As an AWS Certified individual, your opinion shapes our exams. Would you share a few minutes of "
     "feedback about your certification journey?</p><p><a href='https://www.aws.training/certification/feedback'>Give feedback</a></p>\n",
     "utf-8", "7bit"),
    "Certification program feedback request: looks like a survey but is not about a support case, so 'certification'.",
    mdomain="certmetrics.com")

fwd = ("Hi Ota-san,\n\nFYI, AWS finished moving my certifications to my personal account, so Orbitalis's partner profile will\n"
       "drop my certs after their next sync. Just so the partner tier count doesn't surprise anyone.\n\nKenji\n\n"
       "---------- Forwarded message ---------\nFrom: Amazon Web Services <%s>\nDate: Thu, Mar 20, 2025 at 11:15 AM\n"
       "Subject: RE:%s\nTo: <%s>\n\n%s" % (FORM, SUBJ_A, ME_P, res_a))
d = dt("2025-03-24 09:12", JST)
add("a_fwd", "user_reply", False, CASE_A, [], d, me_c, a("Takeshi Ota", "t.ota@orbitalis-sys.co.jp"),
    "Fwd: RE:" + SUBJ_A, ("plain", fwd, "utf-8", "quoted-printable"),
    "Owner forwards the completion to his manager; forwarded text is history, so no candidate IDs counted.",
    mdomain="orbitalis-sys.co.jp", sent=True)

ooo = ("Thank you for your email. I am out of the office until March 28 with limited access to mail.\n"
       "For partner program matters please contact alliance@orbitalis-sys.co.jp.\n\n"
       "ご連絡ありがとうございます。3月28日まで不在にしております。\n\nTakeshi Ota\n")
d = dt("2025-03-24 09:12", JST) + timedelta(seconds=40)
add("ooo", "unrelated", False, None, [], d, a("Takeshi Ota", "t.ota@orbitalis-sys.co.jp"), me_c,
    "Automatic reply: Fwd: RE:" + SUBJ_A, ("plain", ooo, "utf-8", "base64"),
    "Out-of-office auto-reply whose subject carries case A's token; not support mail (case null).",
    parent="a_fwd", mdomain="orbitalis-sys.co.jp", authk="none",
    extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"))

hr = ("荒川 健司 様\n\n人事部の森です。退職手続きについてご案内いたします。\n\n"
      "1. 3月28日(金)までに、貸与PC・入館証を情報システム部へご返却ください。\n"
      "2. 会社メールアドレスは3月31日(月) 18:00 に停止されます。必要なデータは事前に移行をお願いします。\n"
      "3. 源泉徴収票は4月中旬にご自宅へ郵送いたします。\n\nご不明点がございましたら人事部までご連絡ください。\n\n森\n")
d = dt("2025-03-25 11:30", JST)
add("hr", "unrelated", False, None, [], d, a("人事部 森", "hr@orbitalis-sys.co.jp", "iso-2022-jp"), me_c_ja,
    "退職手続きのご案内", ("plain", hr, "utf-8", "quoted-printable"),
    "HR instructions with ~ください requests and a mailbox shutdown date; not support.",
    mdomain="orbitalis-sys.co.jp", authk="none")

gc = ("Hello Kenji,\n\nCase 53117702 (Quota increase for Cloud Run in asia-northeast1) has been closed because we did not hear\n"
      "back from you within 7 days. If the issue still needs attention, reply to this email within 30 days and the\n"
      "case will be reopened.\n\nGoogle Cloud Support\n")
d = dt("2025-03-27 04:00")
add("gcp", "unrelated", False, None, [], d, a("Google Cloud Support", "cloud-support@google.com"), ME_P,
    "[Case 53117702] Your support case has been closed", ("plain", gc, "utf-8", "7bit"),
    "Another vendor's closing notice for lack of reply; unrelated, no reply needed for AWS purposes.",
    mdomain="google.com")

# ---------------------------------------------------------------- case A reopened: voucher

rep_a5 = ("Hi Priya,\n\nI've now had a proper look at the merged account and nearly everything is there - thank you. Exam history\n"
          "goes back to 2021, both certifications show as active, and the badges arrived the same day. The certificate PDFs\n"
          "also carry the corrected spelling of my name from the fix two years ago, which I was slightly worried about.\n\n"
          "The one thing I can't find is the 50%% exam discount I had on the old account. I earned it with the SAA pass\n"
          "and had planned to use it for the Professional exam in May. On AWS11820964 the Benefits page only shows the\n"
          "practice exam offer. I didn't write down the code before the merge (I know, it was on my list...).\n\n"
          "Could you check whether the voucher was carried over, and if not, re-issue it on the personal account?\n\n"
          "Thanks again,\nKenji\n")
TEXT["a_rep5"] = rep_a5
rep_a5 = rep_a5.replace("%%", "%")
d = dt("2025-04-01 22:05", JST)
add("a_rep5", "user_reply", False, CASE_A, ["AWS11820964"], d, me_p, from_tc,
    "Re: RE:" + SUBJ_A,
    ("plain", rep_a5 + "\n" + gq(dt("2025-03-20 11:15", JST), "Amazon Web Services <%s>" % FORM, res_a), "utf-8", "quoted-printable"),
    "Owner reopens the resolved case; his own question is buried after a long paragraph of thanks.",
    parent="a_res", mdomain="gmail", sent=True)

bounce = ("This is the mail system at host mail-gw.orbitalis-sys.co.jp.\n\nI'm sorry to have to inform you that your message could not\n"
          "be delivered to one or more recipients.\n\n<k.arakawa@orbitalis-sys.co.jp>: host mbox.orbitalis-sys.co.jp said:\n"
          "    550 5.1.1 User unknown (in reply to RCPT TO command)\n\n"
          "--- Original message headers ---\nFrom: Kenji Arakawa <kenji.arakawa.dev@gmail.com>\nTo: k.arakawa@orbitalis-sys.co.jp\n"
          "Subject: test - is the old mailbox gone?\n")
d = dt("2025-04-02 01:10")
add("bounce", "unrelated", False, None, [], d, a("Mail Delivery System", "MAILER-DAEMON@mail-gw.orbitalis-sys.co.jp"), ME_P,
    "Undelivered Mail Returned to Sender", ("plain", bounce, "us-ascii", "7bit"),
    "Bounce: the company mailbox is closed; no case.", mdomain="mail-gw.orbitalis-sys.co.jp", authk="none",
    extra=("Auto-Submitted: auto-replied",))

upd_a3 = ("荒川 健司 様\n\nAWS トレーニングと認定カスタマーサポートの高橋と申します。\n"
          "ご連絡いただいた試験割引特典の件につきまして、本ケースを再オープンいたしました。\n"
          "現在、特典を管理する担当チームに移行状況を確認しております。確認が取れ次第、改めてご連絡いたします。\n\n"
          "高橋 浩\nAWS トレーニングと認定 カスタマーサポート\n")
d = dt("2025-04-02 05:40")
add("a_upd3", "case_update", False, CASE_A, [], d, from_tc, ME_P,
    "RE:" + SUBJ_A, ("plain", upd_a3 + aws_hist(ME_P, dt("2025-04-01 13:05"), rep_a5), "utf-8", "base64"),
    "Japanese agent: case reopened and passed to the benefits team; no ask. History holds the owner's question.",
    parent="a_rep5")

form_e = ("I found a third certification account, AWS09931452, which seems to have been created when I signed in through\n"
          "AWS Partner Central years ago. Please merge it into my main account AWS11820964 (kenji.arakawa.dev@gmail.com).\n")
ack_e = ("<html><body><p>Hello,</p><p>Thank you for contacting Amazon Web Services. We've opened case <b>%s</b>.</p>"
         "<p>Our team usually replies within 24 hours. Please don't create a new case for this same request.</p>"
         "<table border='1' cellpadding='4' style='border-collapse:collapse'><tr><td>Case ID</td><td>%s</td></tr>"
         "<tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Additional details</td><td>Account Merge</td></tr>"
         "<tr><td>Description</td><td>%s</td></tr></table><p>Amazon Web Services</p></body></html>\n"
         % (CASE_E, CASE_E, form_e.replace("\n", " ")))
TEXT["e_ack"] = "Case %s opened.\n" % CASE_E
d = dt("2025-04-02 14:31")
add("e_ack", "acknowledgement", False, CASE_E, ["AWS09931452", "AWS11820964"], d, from_tc, ME_P,
    "RE:" + SUBJ_E, ("html", ack_e, "utf-8", "quoted-printable"),
    "New case E (third account from Partner Central SSO) while case A is still open: not a duplicate, different request. HTML-only ack.")

req_a3 = ("荒川 健司 様\n\n高橋です。お待たせいたしました。\n\n"
          "特典担当チームによると、統合処理では有効期限内の割引特典も移行される仕様ですが、旧アカウントで一度"
          "「使用予約」の状態になっていた特典は、統合のタイミングで失効扱いとなることがあるとのことです。"
          "荒川様の旧アカウント(AWS04417730)の記録では、該当する 50% 割引特典が2月に一度試験予約に紐付けられ、"
          "その後キャンセルされた履歴が残っております。\n\n"
          "再発行の手続きを進めるにあたり、キャンセルされた試験予約の試験名と予約していた日付、"
          "またお手元に残っていれば割引コードの末尾4桁をお知らせいただけますでしょうか。"
          "予約確認メールのスクリーンショットでも差し支えございません。\n\n"
          "お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。\n\n"
          "高橋 浩\nAWS トレーニングと認定 カスタマーサポート\n")
TEXT["a_req3"] = req_a3
d = dt("2025-04-03 01:12")
add("a_req3", "info_request", True, CASE_A, ["AWS04417730"], d, from_tc, ME_P,
    "RE:" + SUBJ_A, ("plain", req_a3, "iso-2022-jp", "7bit"),
    "Japanese keigo request buried after a dense explanation of why the voucher lapsed; ISO-2022-JP.",
    parent="a_upd3")

req_e1 = ("Hey Kenji!\n\nJess here from AWS T&C support :) Thanks for flagging the extra account - the Partner Central sign-in\n"
          "thing catches a lot of people.\n\nI pulled up AWS09931452 and it has no exams or certs on it, just an empty profile,\n"
          "so this should be a quick one. The only snag: the login on it isn't an address I can match to you yet.\n"
          "Which email did you use when you signed in through Partner Central back then? A screenshot of that\n"
          "account's profile page would work just as well.\n\nCheers,\nJess\n")
TEXT["e_req1"] = req_e1
d = dt("2025-04-03 03:50")
add("e_req1", "info_request", True, CASE_E, ["AWS09931452"], d, from_tc, ME_P,
    "RE:" + SUBJ_E, ("plain", req_e1, "utf-8", "8bit"),
    "Very casual agent (emoji-ish, 'the only snag'); the question follows reassurance that it is quick.",
    parent="e_ack")

rep_a6 = ("高橋様\n\nご確認ありがとうございます。\n2月に旧アカウント AWS04417730 から SAP-C02 を 2月22日で予約し、その後キャンセルしました。"
          "予約確認メールのスクリーンショットを添付します。割引コードの末尾は「7Q4M」です。\n\n"
          "どうぞよろしくお願いいたします。\n荒川\n")
d = dt("2025-04-03 13:40", JST)
png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
add("a_rep6", "user_reply", False, CASE_A, ["AWS04417730"], d, me_p, from_tc,
    "Re: RE:" + SUBJ_A,
    ("mixed", ("plain", rep_a6 + "\n" + gq(dt("2025-04-03 10:12", JST), "Amazon Web Services <%s>" % FORM, req_a3, "ja"),
               "utf-8", "base64"),
     [("pearson_booking_feb.png", "image/png", png)]),
    "Owner's Japanese answer with a screenshot attachment, top-posted over the Japanese request.",
    parent="a_req3", mdomain="gmail", sent=True)

rep_e1 = ("Hi Jess,\n\nI think it was k.arakawa@orbitalis-sys.co.jp too, but through the partner SSO, so the login may show as\n"
          "something like k.arakawa+apn@... I can't sign in to it any more to take a screenshot, sorry. The account is\n"
          "AWS09931452 in any case.\n\nKenji\n")
TEXT["e_rep1"] = rep_e1
d = dt("2025-04-03 21:02", JST)
add("e_rep1", "user_reply", False, CASE_E, ["AWS09931452"], d, me_p, from_tc,
    "Re: RE:" + SUBJ_E,
    ("plain", rep_e1 + "\n" + gq(dt("2025-04-03 12:50", JST), "Amazon Web Services <%s>" % FORM, req_e1), "utf-8", "quoted-printable"),
    "Owner's reply on case E, Gmail quote.", parent="e_req1", mdomain="gmail", sent=True)

edu = ("Hello,\n\nThank you for contacting AWS Educate. Case 174201334500762 has been created.\n\n"
       "We need the name of your institution and the email you registered with before we can restore access to your\n"
       "AWS Educate account. Please reply to this email with both.\n\nAWS Educate Support\n")
d = dt("2025-04-04 02:00")
add("educate", "unrelated", False, None, [], d, a("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE 174201334500762] [AWS Educate Form Submission] - account-access", ("plain", edu, "utf-8", "7bit"),
    "Other AWS program's form case (Educate) asking for information in the same shape; unrelated, case null, no reply needed for T&C.")

res_a2 = ("Kenji-san,\n\nThank you for the details and the screenshot - they were exactly what the benefits team needed.\n\n"
          "A new 50% exam discount has been issued to your account. You'll find it on the Benefits page, valid until\n"
          "March 31, 2026, and you can apply it when you schedule your next exam.\n\n"
          "With that, I'm marking this case as resolved. 何かございましたら、このメールにご返信ください。\n\n"
          "Hiroshi Takahashi\nAWS Training and Certification Customer Support\n")
d = dt("2025-04-05 00:55")
add("a_res2", "resolved", False, CASE_A, [], d, from_tc, ME_P,
    "RE:" + SUBJ_A,
    ("alt", res_a2 + "\n> " + "\n> ".join(req_a3.split("\n")),
     "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in res_a2.split("\n\n"))
     + "<blockquote style='border-left:2px solid #ccc;padding-left:8px'>" + req_a3.replace("\n", "<br>") + "</blockquote></body></html>\n",
     "utf-8", "base64"),
    "Voucher re-issued; mixed English/Japanese closing line (conditional); the quoted Japanese request with its いただけますでしょうか sits below.",
    parent="a_rep6")

phish2 = ("<html><body><p>Hi,</p><p>You have 1 unclaimed badge from Amazon Web Services Training and Certification. "
          "Unclaimed badges expire after 48 hours.</p><p><a href='https://credly-badgewallet.net/login'>Sign in to claim</a></p>"
          "<p>Credly Team</p></body></html>\n")
d = dt("2025-04-05 08:20")
add("phish2", "suspicious", False, None, [], d, a("Credly", "admin@credly-badgewallet.net"), ME_P,
    "You have an unclaimed badge - expires in 48 hours", ("html", phish2, "utf-8", "7bit"),
    "Credly lookalike domain with an urgency hook.", mdomain="credly-badgewallet.net", authk="none")

conf_e = ("荒川 健司 様\n\nAWS トレーニングと認定の山田でございます。Jess より本件を引き継ぎました。\n\n"
          "パートナー SSO 経由で作成されたアカウントのログイン情報を確認できましたので、統合対象を以下にまとめます。\n\n"
          "Account #1 (AWS11820964)\n  Login email: kenji.arakawa.dev@gmail.com\n  Certification notification email: kenji.arakawa.dev@gmail.com\n\n"
          "Account #2 (AWS09931452)\n  Login email: k.arakawa+apn@orbitalis-sys.co.jp\n  Certification notification email: k.arakawa@orbitalis-sys.co.jp\n\n"
          "Account #2 を Account #1 へ統合し、Account #1 を残す形でよろしいでしょうか。"
          "両アカウントとも荒川様ご本人のものであることとあわせて、ご確認のうえご返信いただけますと幸いです。\n\n"
          "山田 花子\nAWS トレーニングと認定 カスタマーサポート\n")
TEXT["e_conf"] = conf_e
d = dt("2025-04-07 02:30")
add("e_conf", "confirmation_request", True, CASE_E, ["AWS11820964", "AWS09931452"], d, from_tc, ME_P,
    "RE:" + SUBJ_E, ("plain", conf_e, "utf-8", "quoted-printable"),
    "Japanese confirmation (よろしいでしょうか / ご返信いただけますと幸いです) with Account #1/#2 listing; agent handover.",
    parent="e_rep1")

nl2 = ("This week in Cloud Careers\n\n1. How to take your certifications with you when you change jobs\n"
       "2. Five questions to ask before accepting a cloud role\n3. Reader mailbag: 'Should I merge my accounts?'\n\n"
       "Reply to this email to send us your questions - we read every one.\n\nUnsubscribe: https://cloudcareers.io/u/kx81\n")
d = dt("2025-04-07 13:00")
add("nl_en", "unrelated", False, None, [], d, a("Cloud Careers Weekly", "hello@cloudcareers.io"), ME_P,
    "Taking your certs with you when you switch jobs", ("plain", nl2, "utf-8", "7bit"),
    "English newsletter about moving certifications, with 'reply to this email'.", mdomain="cloudcareers.io",
    extra=("List-Unsubscribe: <https://cloudcareers.io/u/kx81>",))

d = dt("2025-04-08 09:00")
add("cert_benefit", "certification", False, None, ["AWS11820964"], d, a("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "A new benefit is available in your AWS Certification Account",
    ("plain", "Hello Kenji,\n\nA new benefit has been added to your AWS Certification Account (AWS11820964):\n\n"
              "  50% discount on your next AWS Certification exam - valid until March 31, 2026\n\n"
              "Sign in to your account and open Benefits to view the code.\n\nAWS Certification\n", "utf-8", "7bit"),
    "Program notice that the voucher is available: looks like the resolution of case A but is CertMetrics mail, no case.",
    mdomain="certmetrics.com")

close_e = ("Hi Kenji,\n\nJust checking in on this one - my colleague Hanako sent over the account summary on Monday and we haven't\n"
           "heard back yet. I don't want to leave it dangling, so if there's no reply by Friday I'll close the case. A\n"
           "reply any time before or after that keeps it going (or opens it back up), no need to file a new one.\n\n"
           "Cheers,\nJess\n")
d = dt("2025-04-09 04:15")
add("e_close", "closing_notice", True, CASE_E, [], d, from_tc, ME_P,
    "RE:" + SUBJ_E, ("plain", close_e + aws_hist(FORM, dt("2025-04-07 02:30"), conf_e), "utf-8", "base64"),
    "Casual closing notice ('I'll close the case'), no 'please'; the quoted confirmation below holds the candidate IDs.",
    parent="e_conf")

rep_e2 = ("Hi Jess, 山田様\n\nSorry for the delay. Yes, both accounts are mine - please merge Account #2 into Account #1 and keep #1.\n"
          "両アカウントとも本人のものです。Account #1 を残す形でお願いいたします。\n\nKenji\n")
d = dt("2025-04-09 19:44", JST)
add("e_rep2", "user_reply", False, CASE_E, [], d, me_p, from_tc,
    "Re: RE:" + SUBJ_E,
    ("plain", rep_e2 + "\n" + gq(dt("2025-04-09 13:15", JST), "Amazon Web Services <%s>" % FORM,
                                 close_e + aws_hist(FORM, dt("2025-04-07 02:30"), conf_e)), "utf-8", "quoted-printable"),
    "Bilingual confirmation top-posted over the closing notice and the confirmation request.",
    parent="e_close", mdomain="gmail", sent=True)

upd_e = ("Hello Kenji,\n\nThanks for confirming. Because AWS09931452 was created through partner single sign-on, the merge goes\n"
         "through our engineering queue rather than the usual tool. It's been submitted and typically completes in\n"
         "3-5 business days. No further action is required from you; I'll let you know when it's done.\n\n"
         "Hanako Yamada\nAWS Training and Certification Customer Support\n")
d = dt("2025-04-10 01:05")
add("e_upd", "case_update", False, CASE_E, ["AWS09931452"], d, from_tc, ME_P,
    "RE:" + SUBJ_E, ("plain", upd_e, "utf-8", "7bit"),
    "Passed to engineering, 'No further action is required'.", parent="e_rep2")

# ---------------------------------------------------------------- console case C

console_footer = ("\n\nTo see the case or reply, please use the link below. This e-mail address cannot accept incoming e-mails.\n"
                  "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
                  "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n"
                  "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n" % CASE_C)
console_footer = console_footer.replace("%%", "%")
ack_c = ("Hello,\n\nWe have opened case %s to address your request. The details of your case are as follows:\n\n"
         "Case ID: %s\nSubject: %s\nSeverity: General guidance\nCorrespondence: Since the account merge on March 20, my\n"
         "Credly badge for AWS Certified Developer - Associate shows as expired, although the certification is active\n"
         "on my certification account AWS11820964.\n\nWe will get back to you as soon as possible.\n\nBest regards,\n"
         "Amazon Web Services" % (CASE_C, CASE_C, SUBJ_C)) + console_footer
d = dt("2025-04-10 06:20")
add("c_ack", "acknowledgement", False, CASE_C, ["AWS11820964"], d, from_console, ME_P,
    "Amazon Web Services: New Support case: %s" % CASE_C, ("plain", ack_c, "utf-8", "7bit"),
    "Support Center (console) case opened; 10-digit displayId; echoed correspondence holds a candidate ID.")

req_c = ("Hello Kenji,\n\nThank you for contacting AWS Support. I looked at the badge history for your certification account. The\n"
         "Developer - Associate badge was reissued on March 20, but Credly is still matching it against the expiry date\n"
         "of the older, deactivated account. Credly can correct this on their side once we send them the profile the\n"
         "badge should live on.\n\nWe need the email address of the Credly profile where you want the badge to appear.\n"
         "Please reply through the Support Center case link below; replies to this email are not received.\n\n"
         "Best regards,\nRahul S.\nAmazon Web Services\n\n"
         "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\n"
         + console_footer)
TEXT["c_req"] = req_c
d = dt("2025-04-11 03:33")
add("c_req", "info_request", True, CASE_C, [], d, from_console, ME_P,
    "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), ("plain", req_c, "utf-8", "quoted-printable"),
    "Console request ('We need the email address…'): answer must go through the Support Center; a feedback footer follows the ask.",
    parent="c_ack")

rep_c = ("Hi Rahul,\n\nThe Credly profile is kenji.arakawa.dev@gmail.com (same as certification account AWS11820964).\n\nThanks,\nKenji\n")
d = dt("2025-04-11 21:15", JST)
add("c_rep", "user_reply", False, CASE_C, ["AWS11820964"], d, me_p, from_console,
    "Re: RE:[CASE %s] %s" % (CASE_C, SUBJ_C),
    ("plain", rep_c + "\n" + gq(dt("2025-04-11 12:33", JST), "Amazon Web Services <%s>" % CONSOLE, req_c), "utf-8", "quoted-printable"),
    "Owner mistakenly answers the console case by email (the address does not accept mail).",
    parent="c_req", mdomain="gmail", sent=True)

health = ("<html><body><h3>AWS Health Event</h3><p>Account: 470512883921</p><p>Service: EC2 | Region: ap-northeast-1</p>"
          "<p>We have scheduled maintenance for one or more of your instances between April 20 and April 22. No action is "
          "required unless you want to reschedule the maintenance window.</p><p>Event ARN: arn:aws:health:ap-northeast-1::event/EC2/"
          "AWS_EC2_INSTANCE_REBOOT_MAINTENANCE_SCHEDULED/AWS_EC2_INSTANCE_REBOOT_MAINTENANCE_SCHEDULED_8812345670</p></body></html>\n")
d = dt("2025-04-12 08:00")
add("health", "unrelated", False, None, [], d, a("AWS Health", "no-reply@health.aws.amazon.com"), ME_P,
    "[Action Required] Amazon EC2 Instance Scheduled Maintenance [AWS Account: 470512883921]",
    ("html", health, "utf-8", "7bit"),
    "AWS Health event with '[Action Required]' in the subject and long numbers; not a case.",
    mdomain="health.aws.amazon.com")

res_e = ("Hi Kenji - all done. AWS09931452 has been merged into your main certification account and deactivated. Nothing\n"
         "changes for you when signing in.\n\nHanako Yamada\nAWS Training and Certification Customer Support\n")
d = dt("2025-04-14 05:02")
add("e_res", "resolved", False, CASE_E, ["AWS09931452"], d, from_tc, ME_P,
    "RE:" + SUBJ_E, ("plain", res_e + aws_hist(FORM, dt("2025-04-10 01:05"), upd_e), "utf-8", "7bit"),
    "Two-line completion without the word 'successfully'.", parent="e_upd")

phish3 = ("Dear Candidate,\n\nOur records show a no-show for your recent exam appointment. To avoid losing your exam fee and to keep\n"
          "your AWS Certification in good standing, pay the reinstatement fee of USD 45 within 3 days:\n"
          "https://pearsonvue-examcenter.com/reinstate?ref=514809237\n\nPlease reply to this email if you have questions.\n\n"
          "Pearson VUE Candidate Services\n")
d = dt("2025-04-14 10:40")
add("phish3", "suspicious", False, None, [], d, a("Pearson VUE", "candidate-services@pearsonvue-examcenter.com"), ME_P,
    "Missed exam - reinstatement fee due", ("plain", phish3, "utf-8", "7bit"),
    "Exam-vendor lookalike asking for payment and inviting replies.", mdomain="pearsonvue-examcenter.com", authk="none")

close_c = ("Hello,\n\nWe haven't received your response to our last correspondence on case %s. If we don't hear from you\n"
           "within 3 days, this case will be resolved automatically. To keep it open, reply through the Support Center.\n\n"
           "Best regards,\nAmazon Web Services" % CASE_C) + console_footer
d = dt("2025-04-15 03:40")
add("c_close", "closing_notice", True, CASE_C, [], d, from_console, ME_P,
    "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), ("plain", close_c, "utf-8", "7bit"),
    "Console auto-resolve warning: the owner's e-mail reply never reached support, so a reply (in the console) is still needed.",
    parent="c_req")

upd_c = ("Hello Kenji,\n\nThank you for the Credly address you added in the Support Center. I've passed it to our Credly contact with\n"
         "the badge details; they usually correct the expiry within 3 business days. I'll update the case when I hear back.\n\n"
         "Best regards,\nRahul S.\nAmazon Web Services\n\n"
         "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\n"
         + console_footer)
d = dt("2025-04-16 02:10")
add("c_upd", "case_update", False, CASE_C, [], d, from_console, ME_P,
    "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), ("plain", upd_c, "utf-8", "quoted-printable"),
    "Console update: work passed to Credly, rating footer is the only 'please'.", parent="c_close")

d = dt("2025-04-18 09:00")
add("cert_exp_dva", "certification", False, None, ["AWS11820964"], d, a("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Reminder: AWS Certified Developer - Associate expires in 180 days",
    ("alt", "Hello Kenji,\n\nYour AWS Certified Developer - Associate certification on account AWS11820964 expires on October 15, 2025.\n"
            "Recertify by passing the current exam before then.\n\nAWS Certification\n",
     "<p>Hello Kenji,</p><p>Your AWS Certified Developer - Associate certification on account AWS11820964 expires on "
     "<b>October 15, 2025</b>. Recertify by passing the current exam before then.</p>\n", "utf-8", "quoted-printable"),
    "Expiry reminder for the very certification the console case is about; program mail.", mdomain="certmetrics.com")

res_c = ("Hello Kenji,\n\nCredly has corrected the badge: AWS Certified Developer - Associate now shows as active with the right\n"
         "expiry date on your profile. Your case has been resolved.\n\nBest regards,\nRahul S.\nAmazon Web Services\n\n"
         "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\n"
         + console_footer)
d = dt("2025-04-21 04:00")
add("c_res", "resolved", False, CASE_C, [], d, from_console, ME_P,
    "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), ("plain", res_c, "utf-8", "7bit"),
    "Console resolution with the rating footer: 'resolved', not 'survey'.", parent="c_upd")

d = dt("2025-04-21 04:30")
add("badge_upd", "badge", False, None, [], d, a("Credly", "admin@credly.com"), ME_P,
    "Your badge has been updated",
    ("html", "<html><body><p>Hi Kenji,</p><p>Amazon Web Services Training and Certification updated your badge "
             "<b>AWS Certified Developer &ndash; Associate</b>. The new expiration date is October 15, 2025.</p>"
             "<p><a href='https://www.credly.com/users/kenji-arakawa'>View your profile</a></p></body></html>\n", "utf-8", "7bit"),
    "Credly badge update following the console resolution.", mdomain="credly.com")

sv_c = ("<html><body><p>Hello,</p><p>Your AWS Support case <b>%s</b> was recently resolved. How satisfied were you with the support "
        "you received?</p><p><a href='https://console.aws.amazon.com/support/feedback?displayId=%s&r=5'>Very satisfied</a> | "
        "<a href='#'>Satisfied</a> | <a href='#'>Neutral</a> | <a href='#'>Dissatisfied</a></p>"
        "<p>Amazon Web Services</p></body></html>\n" % (CASE_C, CASE_C))
d = dt("2025-04-22 04:00")
add("c_survey", "survey", False, CASE_C, [], d, from_console, ME_P,
    "How did we do? AWS Support case %s" % CASE_C, ("html", sv_c, "utf-8", "7bit"),
    "Console survey, HTML-only, sender no-reply-aws@amazon.com.")

sv_e = ("荒川 健司 様\n\n先日は AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。\n"
        "ケース %s の対応について、簡単なアンケートへのご協力をお願いできますでしょうか(所要時間 約1分)。\n\n"
        "https://survey.aws.amazon.com/r/tc?c=%s&l=ja\n\nいただいたご意見はサービス向上のために活用させていただきます。\n" % (CASE_E, CASE_E))
d = dt("2025-04-23 06:00")
add("e_survey", "survey", False, CASE_E, [], d, a("AWS カスタマーサービス", "aws-cs-survey@amazon.com", "iso-2022-jp"), ME_P,
    "AWS トレーニングと認定サポートに関するアンケートのお願い", ("plain", sv_e, "iso-2022-jp", "7bit"),
    "Japanese survey with a keigo request (お願いできますでしょうか) that is not a support request.",
    subj_cs="iso-2022-jp")

welcome = ("Hi Kenji,\n\nWelcome to Northwind Cloud! Your laptop ships on Friday. Before your first day, please:\n"
           "  - accept the invitation to our AWS organization\n  - add your AWS certifications to your HR profile\n"
           "  - if you want the company to count your certs for our partner tier, link your certification account to\n"
           "    our APN profile (there's a guide on the wiki)\n\nSee you on the 1st!\nAyaka (IT onboarding)\n")
d = dt("2025-04-24 01:30")
add("welcome", "unrelated", False, None, [], d, a("Ayaka Mori", "it-onboarding@northwind-cloud.jp"), ME_P,
    "Welcome aboard - a few things before day one", ("plain", welcome, "utf-8", "7bit"),
    "New employer's onboarding mail with requests about certifications and APN; not support.",
    mdomain="northwind-cloud.jp", authk="none")

# ---------------------------------------------------------------- write everything

CASES_DOC = """## Cases in this set

| case | format | channel | topic | outcome |
|---|---|---|---|---|
| %s | 11 digits (2023) | T&C form, Japanese | misspelt name on certificate | info request -> reply -> fixed -> survey |
| %s | 15 digits | T&C form | merge company cert account (APN partner) into personal one | ack -> buried question -> wrong-address reply -> write-from-right-address request -> APN hold with buried question -> hold -> hold lifted -> confirmation -> closing notice -> confirmed -> merged -> survey; reopened in April for a lost 50%% voucher (Japanese agent) -> voucher re-issued |
| %s | 15 digits | T&C form, Japanese ack | duplicate of %s filed from the company address | closed as duplicate and linked |
| %s | 15 digits | T&C form | third cert account created via Partner Central SSO | ack -> casual question -> reply -> Japanese confirmation (agent handover) -> casual closing notice -> confirmed -> engineering queue -> merged -> Japanese survey |
| %s | 10 digits | Support Center (console) | Credly badge shows expired after the merge | ack -> request (answer in console) -> owner wrongly replies by email -> auto-resolve warning -> update -> resolved -> survey |

Other case-like numbers that are NOT T&C cases (labelled `case: null`): Google Cloud case 53117702, JetBrains request 4471203,
AWS Educate form case 174201334500762, the spoofed mail that reuses case %s's subject.
""" % (CASE_D, CASE_A, CASE_B, CASE_A, CASE_E, CASE_C, CASE_A)

DECISIONS = """## Labelling decisions (judgement calls)

- **Echoed form text in acknowledgements counts as the message's own text.** The ack body lists the details the owner typed
  into the form without any quote marker, so candidate IDs there are listed (acks of cases %s, %s and %s).
  Quoted reply history (`>` lines, `On ... wrote:`, `-----Original Message-----`, `---------- Previous message ----------`,
  Japanese `...:` headers, `<blockquote>`) and forwarded blocks (`---------- Forwarded message ---------`) do not count.
- **Hold with a question = on_hold + needs_reply true.** Dmitri's APN hold asks for the last working day; the owner must write
  back, so needs_reply is true though the kind stays `on_hold`. The later HTML status hold asks nothing -> false.
- **Wrong-address request.** Tom's mail ("send the same answer again from ...") is `info_request`, needs_reply true.
- **Closing notices.** Both the templated (case A) and the casual (case E, "if there's no reply by Friday I'll close the case")
  ones are `closing_notice` with needs_reply true. The console auto-resolve warning (case C) is also true: the owner's e-mail
  reply never reached support (the address accepts no mail), so support is still waiting for an answer in the console.
- **Resolutions with conditional invitations** ("you're welcome to reply here within 14 days", 何かございましたら) are
  `resolved`, needs_reply false, even when the quoted history below holds the original request.
- **Console resolution with the "We value your feedback… rating" footer** is `resolved`; only the standalone rating mails are `survey`.
- **"AWS Certification wants to hear from you"** is a program feedback mail, not about a case -> `certification`.
- **Duplicate case B closed and linked** -> `case_update` with case %s (the mail belongs to the duplicate), needs_reply false.
- **Spoof on the real sender with dmarc=fail** reuses case %s's subject; labelled `suspicious`, case null, because it belongs to no real case.
- **Other programs' and vendors' cases** (AWS Educate form, Google Cloud, JetBrains) are `unrelated` with case null and
  needs_reply false, even where they ask a question.
- **Owner-written mail** (replies, note to self, forward to his manager, e-mail sent to the console no-reply address) is
  `user_reply`; case is the case it concerns (null for the note to self). The out-of-office reply to the owner's forward is
  `unrelated`, case null, although its subject carries case %s's token.
- Owner's outgoing copies carry no Authentication-Results (they sit in Sent); inbound mail carries the header its provider would add.
""" % (CASE_A, CASE_E, CASE_C, CASE_B, CASE_A, CASE_A)


def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    msgs = sorted(MSGS, key=lambda m: m["date"])
    for i, m in enumerate(msgs, 1):
        m["n"] = i
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["raw"].encode("utf-8"))
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump({"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"],
                       "candidate_ids": m["ids"]}, fh, ensure_ascii=False)
            fh.write("\n")
    rows = ["| # | kind | reply? | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
    for m in msgs:
        rows.append("| %03d | %s | %s | %s | %s |" % (m["n"], m["kind"], "yes" if m["reply"] else "no",
                                                     m["case"] or "-", m["note"].replace("|", "/")))
    cnt = Counter(m["kind"] for m in msgs)
    readme = ("me: %s %s\n\n# blind-137: held-out support-case mailbox\n\n"
              "Mailbox of Kenji Arakawa, who leaves Orbitalis Systems (an AWS Partner Network company) on 2025-03-31 and moves his\n"
              "AWS certifications to his personal account. %d messages, arrival order 2023-05 to 2025-04. Regenerate with\n"
              "`python3 gen.py`. Emphasis: requests buried after long explanations, top-posted replies over quoted history that\n"
              "still holds older requests, agents with very different styles (warm/verbose Marisol, terse Tom, formal bulleted\n"
              "Dmitri, table-driven Priya, Japanese keigo Sato/Takahashi/Yamada, casual Jess, console Rahul).\n\n"
              "Counts: %s. needs_reply true: %d.\n\n%s\n%s\n## Messages\n\n%s\n"
              % (ME_P, ME_C, len(msgs), ", ".join("%s %d" % kv for kv in sorted(cnt.items())),
                 sum(m["reply"] for m in msgs), CASES_DOC, DECISIONS, "\n".join(rows)))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)
    for k, v in sorted(cnt.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("TOTAL", len(msgs)))
    print("%-22s %d" % ("needs_reply true", sum(m["reply"] for m in msgs)))


if __name__ == "__main__":
    main()
