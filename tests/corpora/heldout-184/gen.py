#!/usr/bin/env python3
"""Generate the blind-184 corpus: NNN-msg.eml + NNN-msg.json + README.md (stdlib only)."""
import base64, email.utils, hashlib, json, os, quopri, sys
from collections import Counter
from datetime import datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "aoi.fujisaki.cloud@gmail.com"
ME_C = "a.fujisaki@kitanami-tech.co.jp"
ME_NAME = "Aoi Fujisaki"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = ("Amazon Web Services", TC)
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")

A = "174159732800528"   # main merge case (15 digits, 2025)
D = "174159795001377"   # duplicate of A
B = "174530412700219"   # Credly / same-email duplicate profiles (15 digits)
C1 = "8817263540"       # console case 2021 (10 digits)
C2 = "14298830571"      # form case 2023 (11 digits), name correction, Japanese

MSGS = []


def mid(seed, dom):
    return "<%s@%s>" % (hashlib.sha1(seed.encode()).hexdigest()[:24], dom)


def leaf(ctype, text, cs="utf-8", cte=None, label=None):
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(cs.lower(), cs)
    raw = text.encode(codec)
    if cte is None:
        cte = "7bit" if all(b < 128 for b in raw) else "base64"
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    return [("Content-Type", '%s; charset="%s"' % (ctype, label or cs)),
            ("Content-Transfer-Encoding", cte)], body


def multi(sub, parts, seed):
    bnd = "----=_Part_%s" % hashlib.md5(seed.encode()).hexdigest()[:16]
    out = b"This is a multi-part message in MIME format.\n\n"
    for h, b in parts:
        out += b"--" + bnd.encode() + b"\n"
        for k, v in h:
            out += ("%s: %s\n" % (k, v)).encode()
        out += b"\n" + b + (b"" if b.endswith(b"\n") else b"\n")
    out += b"--" + bnd.encode() + b"--\n"
    return [("Content-Type", 'multipart/%s; boundary="%s"' % (sub, bnd))], out


def auth_gmail(fromdom, ok=True, mailfrom=None):
    mf = mailfrom or ("bounces+%s@%s" % (fromdom.split(".")[0], fromdom))
    r = "pass" if ok else "fail"
    return ("Authentication-Results",
            "mx.google.com;\n       dkim=%s header.i=@%s header.s=s1 header.b=Qx7pLk2a;\n"
            "       spf=%s (google.com: domain of %s %s) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
            % (r, fromdom, "pass" if ok else "softfail", mf,
               "designates 54.240.27.18 as permitted sender" if ok else "does not designate 185.234.72.19 as permitted sender",
               mf, r, "NONE" if ok else "QUARANTINE", fromdom))


def auth_exo(fromdom, ok=True):
    r = "pass" if ok else "fail"
    return ("Authentication-Results",
            "spf=%s (sender IP is 54.240.8.91) smtp.mailfrom=amazonses.com; dkim=%s\n"
            " (signature was verified) header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=%s reason=100"
            % (r, r, fromdom, r, fromdom, r))


def fmt_addr(x):
    if isinstance(x, tuple):
        return email.utils.formataddr(x, charset="utf-8")
    return x


def add(kind, reply, case, cands, what, hard, date, frm, to, subject, body,
        cc=None, irt=None, extra=None, crlf=False, auth=True, scs="utf-8", dom=None, relay=None):
    n = len(MSGS) + 1
    dt = datetime.strptime(date, "%Y-%m-%d %H:%M %z")
    faddr = frm[1] if isinstance(frm, tuple) else email.utils.parseaddr(frm)[1]
    fdom = dom or faddr.split("@")[1]
    to_addr = to[1] if isinstance(to, tuple) else email.utils.parseaddr(to)[1]
    m_id = mid("%d-%s-%s" % (n, subject, date), fdom if "amazon" not in fdom else "email.amazonses.com")
    h = []
    rp = faddr if kind == "user_reply" else ("0100019%s-%s-000000@amazonses.com" % (
        hashlib.md5(m_id.encode()).hexdigest()[:10], hashlib.md5(m_id.encode()).hexdigest()[10:18])
        if "amazon" in fdom else "bounces+%d@%s" % (n * 7919, fdom))
    h.append(("Return-Path", "<%s>" % rp))
    rhost, rip = relay or (("a27-18.smtp-out.us-west-2.amazonses.com", "54.240.27.18") if "amazon" in fdom
                           else ("mail." + fdom, "203.0.113.%d" % (n % 200 + 10)))
    h.append(("Received", "from %s (%s) by %s with ESMTPS id %s;\n        %s"
              % (rhost, rip,
                 "mx.google.com" if to_addr == ME_P else "TYCPR01MB8123.jpnprd01.prod.outlook.com",
                 hashlib.md5(str(n).encode()).hexdigest()[:12], email.utils.format_datetime(dt))))
    if auth is True and kind != "user_reply":
        h.append(auth_gmail(fdom, mailfrom=rp) if to_addr == ME_P else auth_exo(fdom))
    elif auth not in (True, False, None):
        h.append(auth)
    h.append(("Message-ID", m_id))
    h.append(("Date", email.utils.format_datetime(dt)))
    h.append(("From", fmt_addr(frm)))
    h.append(("To", fmt_addr(to)))
    if cc:
        h.append(("Cc", fmt_addr(cc)))
    from email.header import Header
    try:
        subject.encode("ascii")
        subj = subject
    except UnicodeEncodeError:
        subj = Header(subject, scs).encode()
    h.append(("Subject", subj))
    if irt:
        parent = MSGS[irt - 1]
        h.append(("In-Reply-To", parent["mid"]))
        h.append(("References", " ".join(parent["refs"] + [parent["mid"]])))
        refs = parent["refs"] + [parent["mid"]]
    else:
        refs = []
    for e in (extra or []):
        h.append(e)
    h.append(("MIME-Version", "1.0"))
    bh, bb = body
    h += bh
    raw = "".join("%s: %s\n" % kv for kv in h).encode("utf-8") + b"\n" + bb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    label = {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": cands}
    MSGS.append({"n": n, "mid": m_id, "refs": refs, "raw": raw, "label": label,
                 "what": what, "hard": hard})
    return n


def T(text, **kw):
    return leaf("text/plain", text, **kw)


def H(html, **kw):
    return leaf("text/html", html, **kw)


def ALT(text, html, seed, cs="utf-8", cte=None, label=None):
    return multi("alternative", [T(text, cs=cs, cte=cte, label=label), H(html, cs=cs, cte=cte, label=label)], seed)


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.strip("\n").split("\n"))


CONSOLE_FOOT = """
Please do not reply to this email. This address cannot accept incoming e-mails.
To view or respond to your case, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

TC_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"

# ---------------------------------------------------------------- 2021: console case C1
add("unrelated", False, None, [], "GitHub notification: PR merged",
    "word 'merged' and 'accounts' in a merge notification",
    "2021-09-02 08:11 +0000", ("Ren Okabe", "notifications@github.com"), ME_P,
    "Re: [kitanami/infra-tools] Merge service accounts module into core (#212)",
    T("Merged #212 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
      "https://github.com/kitanami/infra-tools/pull/212#event-5237719\nYou are receiving this because you were mentioned.\n"),
    extra=[("List-ID", "kitanami/infra-tools <infra-tools.kitanami.github.com>"), ("X-GitHub-Reason", "mention")])

add("unrelated", False, None, [], "Pearson VUE appointment confirmation for an AWS exam",
    "exam vendor; 9-digit registration number must not be read as a case ID; AWS in subject",
    "2021-09-06 02:40 +0000", ("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_C,
    "Confirmation of your AWS Certified Solutions Architect - Associate exam appointment",
    ALT("Dear Aoi Fujisaki,\n\nThank you for scheduling with Pearson VUE.\n\nRegistration ID: 412093377\n"
        "Exam: SAA-C02 AWS Certified Solutions Architect - Associate\nDate: Tuesday, 14 September 2021, 10:00 JST\n"
        "Location: Online (OnVUE)\n\nRun the system test before exam day. To reschedule, sign in to your AWS\n"
        "Certification account at least 24 hours before the appointment.\n\nPearson VUE\n",
        "<html><body><p>Dear Aoi Fujisaki,</p><p>Thank you for scheduling with Pearson VUE.</p>"
        "<table border=1><tr><td>Registration ID</td><td>412093377</td></tr><tr><td>Exam</td><td>SAA-C02 AWS Certified "
        "Solutions Architect - Associate</td></tr><tr><td>Date</td><td>Tuesday, 14 September 2021, 10:00 JST</td></tr></table>"
        "<p>Run the system test before exam day.</p></body></html>", "pv1", cte="quoted-printable"))

add("certification", False, None, ["AWS01927734"], "CertMetrics: you passed, certification awarded",
    "certification program mail with a candidate ID; not a case",
    "2021-09-15 19:03 +0000", ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Congratulations! You are now AWS Certified",
    ALT("Hello Aoi,\n\nCongratulations on earning AWS Certified Solutions Architect - Associate.\n"
        "Candidate ID: AWS01927734\nValidation number: 7QKM2LBC1EV1Q3SW\n\nYour digital badge will arrive from Credly shortly.\n"
        "Log in to your AWS Certification Account to download your certificate and see your benefits.\n\nAWS Training and Certification\n",
        "<html><body><p>Hello Aoi,</p><p>Congratulations on earning <b>AWS Certified Solutions Architect - Associate</b>.</p>"
        "<p>Candidate ID: AWS01927734<br>Validation number: 7QKM2LBC1EV1Q3SW</p></body></html>", "cm1"), crlf=True)

add("badge", False, None, [], "Acclaim (older Credly domain) badge issued",
    "old youracclaim.com sender; 'accept' call to action is not a case request",
    "2021-09-16 01:22 +0000", ("Credly (formerly Acclaim)", "admin@youracclaim.com"), ME_C,
    "Aoi, you earned a badge from Amazon Web Services Training and Certification",
    H("<html><body><h2>Congratulations, Aoi!</h2><p>Amazon Web Services Training and Certification has issued you the "
      "<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p><p><a href='https://www.youracclaim.com/earner/earned/badge/"
      "3f1c2b77-6a0e-4c52-9d1e-0b2f7a8e41c3'>Accept your badge</a></p><p>Badge ID 3f1c2b77-6a0e-4c52-9d1e-0b2f7a8e41c3</p></body></html>"))

c1_ack = add("acknowledgement", False, C1, [], "Console case opened (voucher missing)",
    "no-reply console sender; footer says address cannot receive mail; 10-digit ID",
    "2021-09-20 03:15 +0000", CONSOLE, ME_C,
    "Amazon Web Services: New Support case: " + C1,
    T("Dear Customer,\n\nThank you for reaching out. We have opened case %s for you and a member of our team will\n"
      "respond as soon as possible.\n\nSubject: 50%% exam discount benefit not visible after passing SAA\nSeverity: General guidance\n"
      "Service: Training and Certification\n\nYou can track progress in the Support Center.\n\nBest regards,\nAmazon Web Services\n"
      % C1 + CONSOLE_FOOT % C1))

add("unrelated", False, None, [], "AWS Billing invoice",
    "AWS sender; 12-digit account ID in brackets is not a case",
    "2021-09-21 04:02 +0000", ("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
    "Amazon Web Services Billing Statement Available [Account: 604822917735]",
    T("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS\n"
      "Billing and Cost Management console. Your account will be charged the following:\n\nTotal: USD 3.41\n\n"
      "[AWS ID 604822917735]\n\nSincerely,\nAmazon Web Services\n"))

c1_req = add("info_request", True, C1, [], "Console agent asks exam date and registration email; answer via Support Center",
    "the reply must go through the console, not email; questions without 'please'",
    "2021-09-22 11:48 +0000", CONSOLE, ME_C,
    "RE:[CASE %s] 50%% exam discount benefit not visible after passing SAA" % C1,
    T("Hello,\n\nThanks for your patience. Benefits are attached to the certification record, so I first need\n"
      "to find the right one. On what date did you sit the exam, and which email address did you use\n"
      "when you registered with Pearson VUE? Once I have both I can look into it with the benefits team.\n\n"
      "You can add your answer as a correspondence on the case in the Support Center.\n\n"
      "Best regards,\nSanjay K.\nAmazon Web Services\n\nWe value your feedback. Please share your experience by rating this correspondence using the\n"
      "AWS Support Center link at the end of this correspondence.\n" + CONSOLE_FOOT % C1), irt=c1_ack)

add("closing_notice", True, C1, [], "Console reminder: case will auto-resolve without a reply",
    "console case; 'cannot accept incoming e-mails' yet a reply (in console) is needed",
    "2021-09-25 12:00 +0000", CONSOLE, ME_C,
    "RE:[CASE %s] 50%% exam discount benefit not visible after passing SAA" % C1,
    T("Hello,\n\nWe haven't heard back from you on this case. If we don't receive a response within the next\n"
      "3 days, the case will be resolved automatically. Adding a reply in the Support Center keeps it open.\n\n"
      "Amazon Web Services\n" + CONSOLE_FOOT % C1), irt=c1_req)

add("unrelated", False, None, [], "Colleague asks to confirm a meeting",
    "colleague mail with 'please confirm' and 'reply'",
    "2021-09-26 23:50 +0000", ("Daichi Sato", "d.sato@kitanami-tech.co.jp"), ME_C,
    "Please confirm: migration rehearsal Friday",
    T("Fujisaki-san,\n\nCan you confirm you will join the DB migration rehearsal on Friday 14:00? Reply by tomorrow\n"
      "so I can book the room.\n\nThanks,\nDaichi\n"), auth=auth_exo("kitanami-tech.co.jp"))

c1_res = add("resolved", False, C1, [], "Console: voucher restored, case resolved (survey footer)",
    "resolution with survey footer and console link; no ask",
    "2021-09-28 06:30 +0000", CONSOLE, ME_C,
    "RE:[CASE %s] 50%% exam discount benefit not visible after passing SAA" % C1,
    T("Hello Aoi,\n\nThank you for the details you added in the console. The 50%% discount voucher has now been\n"
      "issued and appears under Benefits in your AWS Certification Account. It is valid until 2022-09-27.\n\n"
      "I'm marking this case as resolved.\n\nBest regards,\nSanjay K.\nAmazon Web Services\n\n"
      "We value your feedback. Please share your experience by rating this correspondence using the AWS\n"
      "Support Center link at the end of this correspondence.\n" % () + CONSOLE_FOOT % C1), irt=c1_req)

add("survey", False, C1, [], "Console case satisfaction survey",
    "asks for a click/rating, not a reply to support",
    "2021-09-29 06:31 +0000", ("AWS Support", "aws-support-survey@amazon.com"), ME_C,
    "How did we do? Your recent AWS Support case %s" % C1,
    ALT("Your recent support case %s has been resolved. Would you take a minute to tell us how we did?\n"
        "Rate your experience: https://survey.aws.amazon.com/s/case?displayId=%s\n" % (C1, C1),
        "<html><body><p>Your recent support case %s has been resolved.</p><p>Would you take a minute to tell us how we did?</p>"
        "<p><a href='https://survey.aws.amazon.com/s/case?displayId=%s'>1</a> <a href='#'>2</a> <a href='#'>3</a> <a href='#'>4</a> "
        "<a href='#'>5</a></p></body></html>" % (C1, C1), "sv1"))

# ---------------------------------------------------------------- 2023: C2 Japanese name correction
add("unrelated", False, None, [], "Skill Builder subscription receipt",
    "aws.training sender, order numbers; not a case",
    "2023-11-06 00:12 +0000", ("AWS Skill Builder", "no-reply@aws.training"), ME_C,
    "Your AWS Skill Builder Individual subscription receipt",
    T("Thank you for your purchase.\n\nOrder number: SB-88314520\nPlan: Individual, monthly\nAmount: USD 29.00\n"
      "Next billing date: 2023-12-06\n\nManage your subscription at https://skillbuilder.aws/\n"))

add("certification", False, None, [], "CertMetrics: certification expires in 90 days",
    "'action required' wording, expiry; not a case",
    "2023-11-08 15:00 +0000", ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Action required: your AWS Certification expires in 90 days",
    ALT("Hi Aoi,\n\nYour AWS Certified Solutions Architect - Associate certification expires on 2024-09-15.\n"
        "Recertify before then to keep your badge active. Your 50% discount benefit can be used for the exam.\n",
        "<html><body><p>Hi Aoi,</p><p>Your AWS Certified Solutions Architect - Associate certification expires on "
        "<b>2024-09-15</b>.</p><p>Recertify before then to keep your badge active.</p></body></html>", "cm2"))

c2_ack = add("acknowledgement", False, C2, [], "Japanese acknowledgement of form case (ISO-2022-JP)",
    "Japanese ack in ISO-2022-JP; 11-digit ID; 'do not open another case' is not a request",
    "2023-11-10 01:05 +0000", TC_FROM, ME_C,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records" % C2,
    T("藤崎 葵 様\n\nAWS トレーニングと認定へのお問い合わせありがとうございます。\n"
      "ケース %s としてお問い合わせを承りました。担当者より通常24時間以内にご連絡いたしますが、\n"
      "内容によってはお時間をいただく場合がございます。\n\n"
      "同じ内容で新たにケースを作成されますと対応が遅れる原因となりますので、追加のケースは作成なさらないようお願いいたします。\n\n"
      "お問い合わせ内容:\n問い合わせタイプ: 認定\nその他の詳細: 認定証の記載内容\n"
      "内容: 認定証の氏名が Aoi Fujisaka となっています。Fujisaki に修正してください。\n\n"
      "Amazon Web Services トレーニングと認定\n" % C2, cs="iso-2022-jp", cte="7bit", label="ISO-2022-JP"),
    scs="iso-2022-jp")

add("unrelated", False, None, [], "Japanese study-group newsletter about AWS certification",
    "Japanese text mentions 認定アカウント統合 and ご返信ください in an article teaser",
    "2023-11-10 09:00 +0000", ("JAWS-UG Tokyo 運営", "info@jawsug-tokyo-news.example.jp"), ME_C,
    "【JAWS-UG Tokyo】11月勉強会のご案内",
    T("JAWS-UG Tokyo 運営です。\n\n11月の勉強会のテーマは「転職時の AWS 認定アカウント統合のコツ」です。\n"
      "登壇希望の方は本メールにご返信ください。\n\n日時: 11月28日(火) 19:00-21:00\n会場: オンライン\n"
      "\n配信停止: https://jawsug-tokyo-news.example.jp/unsub\n", cte="quoted-printable"),
    extra=[("List-Unsubscribe", "<https://jawsug-tokyo-news.example.jp/unsub>")])

c2_req = add("info_request", True, C2, [], "Japanese keigo: please confirm date of birth and spelling",
    "Japanese keigo request (いただけますでしょうか) in multipart ISO-2022-JP",
    "2023-11-11 02:20 +0000", ("AWS トレーニングと認定 サポート", TC), ME_C,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records" % C2,
    ALT("藤崎 様\n\nAWS トレーニングと認定サポートの石田でございます。\n"
        "認定証のお名前の修正につきまして、ご本人確認のため以下の2点を確認させていただきたく存じます。\n\n"
        "1. 認定アカウントにご登録の生年月日\n2. 修正後のお名前（パスポート等の身分証と同じローマ字表記）\n\n"
        "お手数ではございますが、本メールにご返信いただけますでしょうか。\n"
        "何卒よろしくお願いいたします。\n\n石田\nAWS トレーニングと認定\n",
        "<html><body><p>藤崎 様</p><p>AWS トレーニングと認定サポートの石田でございます。</p>"
        "<p>認定証のお名前の修正につきまして、ご本人確認のため以下の2点を確認させていただきたく存じます。</p>"
        "<ol><li>認定アカウントにご登録の生年月日</li><li>修正後のお名前（パスポート等の身分証と同じローマ字表記）</li></ol>"
        "<p>お手数ではございますが、本メールにご返信いただけますでしょうか。<br>何卒よろしくお願いいたします。</p>"
        "<p>石田<br>AWS トレーニングと認定</p></body></html>", "c2r", cs="iso-2022-jp", cte="7bit", label="ISO-2022-JP"),
    irt=c2_ack, scs="iso-2022-jp")

c2_u = add("user_reply", False, C2, [], "Owner answers in Japanese (quoted 「より:」 history)",
    "owner's reply contains the quoted request text",
    "2023-11-11 04:41 +0000", (ME_NAME, ME_C), TC,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records" % C2,
    T("石田様\n\nご連絡ありがとうございます。\n\n1. 生年月日: 1991年4月3日\n2. 氏名: Aoi Fujisaki\n\n"
      "以上、よろしくお願いいたします。\n藤崎\n\n"
      "2023年11月11日(土) 11:20 AWS トレーニングと認定 サポート <%s>:\n" % TC +
      quote("お手数ではございますが、本メールにご返信いただけますでしょうか。\n何卒よろしくお願いいたします。"),
      cs="iso-2022-jp", cte="7bit", label="ISO-2022-JP"), irt=c2_req, scs="iso-2022-jp")

add("case_update", False, C2, [], "English update: passed to records team, nothing needed",
    "says 'no action needed'; mentions a future reply",
    "2023-11-13 07:02 +0000", TC_FROM, ME_C,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records" % C2,
    T("Hello Aoi,\n\nThank you for confirming those details. I have forwarded the correction to our certification\n"
      "records team, who usually complete such changes within 3 to 5 business days. There is nothing you\n"
      "need to do in the meantime; I will write again once the certificate has been regenerated.\n\n"
      "Kind regards,\nMariam\nAWS Training and Certification\n"), irt=c2_u)

add("suspicious", False, None, [], "Lookalike domain asks to verify identity for a name correction",
    "mimics the real case topic; lookalike domain aws-certification-records.com; urgent reply demand",
    "2023-11-15 10:44 +0000", ("AWS Certification Records", "support@aws-certification-records.com"), ME_C,
    "RE: [CASE 14298830517] Name correction pending - verify your identity",
    H("<html><body><p>Dear Candidate,</p><p>Your certificate name correction is pending. To complete it you must verify your "
      "identity within 24 hours or the request will be cancelled.</p><p><a href='http://aws-certification-records.com/verify'>"
      "Sign in with your AWS Builder ID</a> and reply with the one-time code you receive.</p><p>AWS Certification Records Team</p></body></html>"),
    auth=auth_exo("aws-certification-records.com", ok=False))

add("resolved", False, C2, [], "Japanese resolution in Shift_JIS/base64 with conditional invitation",
    "Shift_JIS base64; 〜がございましたら conditional; quotes the old request below",
    "2023-11-18 05:10 +0000", ("AWS トレーニングと認定 サポート", TC), ME_C,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records" % C2,
    T("藤崎 様\n\nお待たせいたしました。認定証のお名前を Aoi Fujisaki に修正いたしました。\n"
      "認定アカウントの「認定」ページから新しい認定証をダウンロードいただけます。\n\n"
      "ご不明な点がございましたら、本メールにご返信ください。\n\n石田\nAWS トレーニングと認定\n\n"
      "-----Original Message-----\nお手数ではございますが、本メールにご返信いただけますでしょうか。\n",
      cs="shift_jis", cte="base64", label="Shift_JIS"), irt=c2_u, scs="shift_jis", crlf=True)

add("survey", False, C2, [], "Survey for case C2",
    "feedback request naming the case; 'reply' not needed",
    "2023-11-19 05:15 +0000", ("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_C,
    "Tell us about your recent AWS Training and Certification support experience",
    T("Hello,\n\nYour case %s was recently closed. We'd appreciate two minutes of your time to tell us\n"
      "how it went: https://amazonexteu.qualtrics.com/jfe/form/SV_tc?case=%s\n\nThank you.\n" % (C2, C2)))

add("unrelated", False, None, [], "Atlassian support: request resolved",
    "other vendor 'your request has been resolved' with a reply invitation",
    "2023-11-20 21:30 +0000", ("Atlassian Support", "support@atlassian.com"), ME_C,
    "[JST-882134] Jira Cloud SSO login loop - Resolved",
    T("Hi Aoi,\n\nYour request JST-882134 has been resolved. If the issue comes back, reply to this email and the\n"
      "request will reopen automatically.\n\nCheers,\nAtlassian Support\n"))

# ---------------------------------------------------------------- 2025: main merge case A, duplicate D
add("unrelated", False, None, [], "HR offboarding mail in Japanese asking for a reply",
    "company mail with ご返信ください and 手続き; unrelated to AWS",
    "2025-03-03 00:30 +0000", ("北波テック 人事部", "hr@kitanami-tech.co.jp"), ME_C,
    "退職手続きのご案内",
    T("藤崎さん\n\n退職に伴う手続きのご案内です。貸与PCの返却日と、最終出社日を本メールにご返信ください。\n"
      "なお、会社のメールアカウントは最終出社日の翌日に停止されます。\n\n人事部 川村\n"),
    auth=auth_exo("kitanami-tech.co.jp"))

add("unrelated", False, None, [], "Builder ID verification code",
    "6-digit code; AWS sender; not a case",
    "2025-03-05 11:58 +0000", ("AWS", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address",
    ALT("Hello,\n\nTo finish creating your AWS Builder ID, enter this verification code: 481902\n"
        "The code expires in 10 minutes.\n", "<html><body><p>Your verification code</p><h1>481902</h1></body></html>", "bid1"))

a_ack = add("acknowledgement", False, A, [], "Acknowledgement of merge case A with form echo",
    "form echo contains the user's own 'would like to merge' wording; 15-digit ID",
    "2025-03-10 09:03 +0000", TC_FROM, ME_P, TC_SUBJ % A,
    T("Thank you for contacting Amazon Web Services.\n\nWe have opened case %s to address your request.\n"
      "The details of your case are as follows:\n\nCase ID: %s\nInquiry type: Certification\nAdditional details: Account Merge\n"
      "Description: I am leaving Kitanami Tech on March 14 and would like to merge my certification account\n"
      "(%s) into my personal one (%s). Please keep %s.\n\n"
      "We typically respond within 24 hours, though complex questions may take longer. If you have already\n"
      "submitted a case, please avoid opening another one for the same request.\n\nSincerely,\nAmazon Web Services\n"
      % (A, A, ME_C, ME_P, ME_P)))

d_ack = add("acknowledgement", False, D, [], "Acknowledgement of accidental duplicate case D (to company address)",
    "second case for the same request; goes to the company address",
    "2025-03-10 09:14 +0000", TC_FROM, ME_C, TC_SUBJ % D,
    T("Thank you for contacting Amazon Web Services.\n\nWe have opened case %s to address your request.\n"
      "The details of your case are as follows:\n\nCase ID: %s\nInquiry type: Certification\nAdditional details: Account Merge\n"
      "Description: merge certification account to %s\n\n"
      "We typically respond within 24 hours. If you have already submitted a case, please avoid opening another one.\n\n"
      "Sincerely,\nAmazon Web Services\n" % (D, D, ME_P)), crlf=True)

d_u = add("user_reply", False, D, [], "Owner asks support to close the duplicate (from company address)",
    "owner's own words 'please close' and both case numbers",
    "2025-03-10 09:31 +0000", (ME_NAME, ME_C), TC, TC_SUBJ % D,
    T("Hello,\n\nI submitted the form twice by mistake. Please close this one; the request is the same as\n"
      "case %s.\n\nThank you,\nAoi Fujisaki\n\n" % A +
      "From: Amazon Web Services <%s>\nSent: Monday, March 10, 2025 6:14 PM\nTo: %s\nSubject: %s\n\n"
      "Thank you for contacting Amazon Web Services.\nWe have opened case %s to address your request.\n" % (TC, ME_C, TC_SUBJ % D, D)),
    irt=d_ack, extra=[("X-Mailer", "Microsoft Outlook 16.0")])

add("unrelated", False, None, [], "GitHub PR merged: account merge feature",
    "subject says 'merge duplicate accounts' and body 'merged'; GitHub",
    "2025-03-10 13:20 +0000", ("Kei Nakamura", "notifications@github.com"), ME_P,
    "Re: [aoif/ledger] feat: merge duplicate user accounts on login (PR #58)",
    ALT("@aoif merged commit 9c1e02b into main.\n\nAll accounts sharing an email are now merged into the oldest one.\n\n"
        "--\nReply to this email directly or view it on GitHub:\nhttps://github.com/aoif/ledger/pull/58\n",
        "<p><b>@aoif</b> merged commit 9c1e02b into main.</p><p>All accounts sharing an email are now merged into the oldest one.</p>",
        "gh2"), extra=[("List-ID", "aoif/ledger <ledger.aoif.github.com>")])

add("case_update", False, D, [], "Duplicate case D closed and linked to A",
    "'closed' wording like a closing notice, but nothing is asked",
    "2025-03-11 01:12 +0000", TC_FROM, ME_C, TC_SUBJ % D,
    T("Hi Aoi,\n\nThanks for letting us know. I've closed case %s as a duplicate and linked it to case %s,\n"
      "where a colleague is already working on your merge. You'll hear from us on that case.\n\n"
      "Regards,\nTomás\nAWS Training and Certification\n" % (D, A)), irt=d_u)

a_hold = add("on_hold", True, A, [], "APN partner hold with a buried question about the leaving date",
    "long explanation of the partner hold; the question comes last without 'please'",
    "2025-03-11 02:40 +0000", TC_FROM, ME_P, TC_SUBJ % A,
    ALT("Hello Aoi,\n\nThank you for reaching out to AWS Training and Certification.\n\n"
        "While reviewing your request I found that the certification account registered to %s is\n"
        "associated with an AWS Partner Network organization (Kitanami Tech Co., Ltd.). Certifications held\n"
        "in a partner-linked account count toward that partner's tier, so we cannot move them while the\n"
        "association is active, and the partner has to release the account before we can go further. I\n"
        "have put the case on hold for that reason.\n\n"
        "To move things along with the partner, what is your last working day at Kitanami Tech, and will you\n"
        "still have access to the company mailbox after that date?\n\nBest,\nPriyanka R.\nAWS Training and Certification\n" % ME_C,
        "<html><body><p>Hello Aoi,</p><p>Thank you for reaching out to AWS Training and Certification.</p>"
        "<p>While reviewing your request I found that the certification account registered to %s is associated with an "
        "AWS Partner Network organization (Kitanami Tech Co., Ltd.). Certifications held in a partner-linked account count toward "
        "that partner's tier, so we cannot move them while the association is active, and the partner has to release the account "
        "before we can go further. I have put the case on hold for that reason.</p><p>To move things along with the partner, what is your "
        "last working day at Kitanami Tech, and will you still have access to the company mailbox after that date?</p>"
        "<p>Best,<br>Priyanka R.<br>AWS Training and Certification</p></body></html>" % ME_C, "ah1", cte="quoted-printable"),
    cc=ME_C, irt=a_ack)

add("unrelated", False, None, [], "AWS marketing: Summit Tokyo registration",
    "AWS marketing sender with 'register now'",
    "2025-03-11 05:00 +0000", ("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "AWS Summit Japan 2025 登録受付開始",
    H("<html><body><h1>AWS Summit Japan 2025</h1><p>登録受付を開始しました。今すぐご登録ください。</p>"
      "<p><a href='https://aws.amazon.com/jp/summits/japan/'>登録する</a></p><p>配信停止はこちら</p></body></html>",
      cte="base64"), extra=[("List-Unsubscribe", "<mailto:aws-marketing-email-replies@amazon.com?subject=unsubscribe>")])

a_u1 = add("user_reply", False, A, [], "Owner answers the hold question from the company address",
    "owner writes from the company address (Gmail-style quote of the hold mail)",
    "2025-03-11 06:15 +0000", (ME_NAME, ME_C), TC, TC_SUBJ % A,
    T("Hi Priyanka,\n\nMy last working day is Friday, March 14. The company mailbox will be shut down on the\n"
      "15th, so please use %s from then on.\n\nBest regards,\nAoi\n\n"
      "On Tue, Mar 11, 2025 at 11:40 AM Amazon Web Services <%s> wrote:\n" % (ME_P, TC) +
      quote("To move things along with the partner, what is your last working day at Kitanami Tech, and will you\n"
            "still have access to the company mailbox after that date?")), irt=a_hold)

a_wr = add("info_request", True, A, [], "Asks for a confirmation written from the personal (destination) address",
    "request to write from another address; polite 'we need' form",
    "2025-03-11 09:50 +0000", TC_FROM, ME_P, TC_SUBJ % A,
    T("Hello Aoi,\n\nThank you for the dates. Because your last message came from the company address, we need a\n"
      "short note sent from %s itself, stating that you requested this merge, before\n"
      "we can treat that address as the owner of the combined account. A reply to this email from that\n"
      "mailbox is enough.\n\nThanks,\nPriyanka R.\nAWS Training and Certification\n" % ME_P), irt=a_u1)

add("unrelated", False, None, [], "Slack support asks for more information",
    "another vendor's case asking for a reply (hard negative for needs_reply)",
    "2025-03-11 15:22 +0000", ("Slack Support", "feedback@slack.com"), ME_P,
    "Re: Case #3489211 - Workspace export stuck",
    T("Hi Aoi,\n\nThanks for writing in. Could you reply with the workspace URL and the time the export started?\n"
      "With that we can check the logs.\n\nBest,\nNadia | Slack Support\n"))

a_u2 = add("user_reply", False, A, [], "Owner's confirmation from the personal address",
    "short reply; top-posted over quoted request",
    "2025-03-11 11:02 +0000", (ME_NAME, ME_P), TC, TC_SUBJ % A,
    T("Hello,\n\nI confirm that I, Aoi Fujisaki, requested the merge of my certification accounts into this\naddress (%s).\n\n"
      "Aoi\n\nOn Tue, Mar 11, 2025 at 6:50 PM Amazon Web Services <%s> wrote:\n" % (ME_P, TC) +
      quote("Because your last message came from the company address, we need a\nshort note sent from %s itself" % ME_P)),
    irt=a_wr)

add("on_hold", False, A, [], "Still on hold: waiting for the partner's alliance lead",
    "on hold with no question; 'we will reach out' only",
    "2025-03-12 03:30 +0000", TC_FROM, ME_P, TC_SUBJ % A,
    T("Hi Aoi,\n\nThat works, thank you. I have written to the alliance lead listed for Kitanami Tech in AWS Partner\n"
      "Central and asked them to release your certification record. The case stays on hold until they answer;\n"
      "this usually takes one to three business days. Nothing is required from you while we wait.\n\n"
      "Priyanka R.\nAWS Training and Certification\n"), irt=a_u2)

add("suspicious", False, None, [], "Spoofed form address (DKIM/DMARC fail) asking for password to confirm merge",
    "From and subject copy the real case exactly; only Authentication-Results gives it away",
    "2025-03-13 08:05 +0000", TC_FROM, ME_P, TC_SUBJ % A,
    T("Hello Aoi,\n\nYour account merge is ready. Please confirm by signing in at\n"
      "https://aws-training-merge.support-portal.top/confirm and reply to this email with the 6-digit code you\n"
      "receive so we can finalise the merge today.\n\nAWS Training and Certification\n"),
    auth=auth_gmail("amazon.com", ok=False, mailfrom="mailer@support-portal.top"),
    relay=("vps-4471.support-portal.top", "185.234.72.19"))

a_lift = add("case_update", False, A, [], "Hold lifted: partner released the account",
    "news only; says next step will follow",
    "2025-03-14 00:45 +0000", TC_FROM, ME_P, TC_SUBJ % A,
    T("Hello again,\n\nGood news: Kitanami Tech's partner admin has released your certification record, so the hold is\n"
      "lifted. I'll put together the account details for the merge and send them over shortly.\n\n"
      "Priyanka R.\nAWS Training and Certification\n"))

CONF_HTML = ("<html><body><p>Hi Aoi,</p><p>Below are the two certification accounts I found. After the merge only one of them "
    "remains and keeps all exam history, certifications and benefits.</p>"
    "<table border='1' cellpadding='4' style='border-collapse:collapse'>"
    "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
    "<tr><td>Candidate ID</td><td>AWS05518206</td><td>AWS01927734</td></tr>"
    "<tr><td>Login email</td><td>%s</td><td>%s</td></tr>"
    "<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>"
    "<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr></table>"
    "<p>Are both of these yours, and shall I merge everything into Account #1?</p>"
    "<p>Priyanka R.<br>AWS Training and Certification</p></body></html>") % (ME_P, ME_C, ME_P, ME_C, ME_P, ME_C)
a_conf = add("confirmation_request", True, A, ["AWS05518206", "AWS01927734"],
    "HTML-only Account #1 / #2 table, asks to confirm merge into #1",
    "HTML-only table; request is a question, no 'please'",
    "2025-03-14 02:10 +0000", TC_FROM, ME_P, TC_SUBJ % A, H(CONF_HTML, cte="quoted-printable"), irt=a_lift)

add("unrelated", False, None, [], "Farewell party notice from colleague (Japanese)",
    "colleague mail asking to reply with attendance",
    "2025-03-14 03:00 +0000", ("佐藤 大地", "d.sato@kitanami-tech.co.jp"), ME_C,
    "送別会のお知らせ（藤崎さん）",
    T("皆さん\n\n藤崎さんの送別会を3月14日(金) 19時から行います。出欠を本日中にご返信ください。\n\n佐藤\n",
      cs="iso-2022-jp", cte="7bit", label="ISO-2022-JP"), scs="iso-2022-jp", auth=auth_exo("kitanami-tech.co.jp"))

a_close = add("closing_notice", True, A, [], "Reminder: case closes in 3 business days without a reply (top-posted, Outlook quote)",
    "top-posted over the quoted confirmation request; the quoted request is history",
    "2025-03-17 01:00 +0000", TC_FROM, ME_P, TC_SUBJ % A,
    T("Hello Aoi,\n\nI'm following up on my message below. We haven't received your answer yet; if we don't hear\n"
      "from you within 3 business days, this case will be closed. A reply keeps it open.\n\nPriyanka R.\n\n"
      "-----Original Message-----\nFrom: Amazon Web Services\nSent: 2025-03-14 02:10 UTC\nSubject: %s\n\n"
      "Account #1 - AWS05518206 - %s\nAccount #2 - AWS01927734 - %s\n"
      "Are both of these yours, and shall I merge everything into Account #1?\n" % (TC_SUBJ % A, ME_P, ME_C),
      cte="quoted-printable"), cc=ME_C, irt=a_conf)

a_u3 = add("user_reply", False, A, ["AWS05518206"], "Owner confirms merge into Account #1",
    "owner's own text with a candidate ID; cc to closed company address",
    "2025-03-17 02:05 +0000", (ME_NAME, ME_P), TC, TC_SUBJ % A,
    T("Confirmed - both accounts are mine. Please merge everything into Account #1 (AWS05518206).\n\n"
      "Sorry for the delay,\nAoi\n\nOn Mon, Mar 17, 2025 at 10:00 AM Amazon Web Services <%s> wrote:\n" % TC +
      quote("I'm following up on my message below. We haven't received your answer yet; if we don't hear\n"
            "from you within 3 business days, this case will be closed.")), cc=ME_C, irt=a_close)

add("unrelated", False, A, [], "Bounce of the owner's cc to the closed company mailbox",
    "mailer-daemon; quotes the owner's confirmation and the support reminder",
    "2025-03-17 02:06 +0000", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)",
    multi("report", [T("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't\n"
                       "be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
                       "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n" % ME_C),
                     ([("Content-Type", "message/delivery-status")],
                      b"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; " + ME_C.encode() +
                      b"\nAction: failed\nStatus: 5.1.10\n"),
                     ([("Content-Type", "text/rfc822-headers")],
                      ("Subject: %s\nFrom: %s <%s>\nTo: %s\n" % (TC_SUBJ % A, ME_NAME, ME_P, TC)).encode())],
          "bounce1"), auth=None, dom="googlemail.com")

a_res = add("resolved", False, A, [], "Merge done; quotes the earlier confirmation request",
    "completion mail quoting the question 'shall I merge' below",
    "2025-03-18 00:20 +0000", TC_FROM, ME_P, TC_SUBJ % A,
    ALT("Hi Aoi,\n\nThanks for confirming. I have merged Account #2 into Account #1. Your exam history,\n"
        "certifications and the remaining benefits are now on the account that signs in with %s.\n"
        "Badges may take up to a day to reappear in Credly.\n\nPriyanka R.\nAWS Training and Certification\n\n"
        "> Confirmed - both accounts are mine. Please merge everything into Account #1.\n>\n"
        "> > Are both of these yours, and shall I merge everything into Account #1?\n" % ME_P,
        "<html><body><p>Hi Aoi,</p><p>Thanks for confirming. I have merged Account #2 into Account #1. Your exam history, certifications "
        "and the remaining benefits are now on the account that signs in with %s. Badges may take up to a day to reappear in Credly.</p>"
        "<p>Priyanka R.<br>AWS Training and Certification</p><blockquote>Confirmed - both accounts are mine. Please merge everything into "
        "Account #1.<blockquote>Are both of these yours, and shall I merge everything into Account #1?</blockquote></blockquote>"
        "</body></html>" % ME_P, "ares"), irt=a_u3)

add("badge", False, None, [], "Credly: badge issued after merge",
    "Credly CTA 'accept'; arrives right after the merge",
    "2025-03-18 00:52 +0000", ("Credly", "admin@credly.com"), ME_P,
    "Aoi, Amazon Web Services Training and Certification sent you a new badge",
    ALT("Amazon Web Services Training and Certification issued you a badge: AWS Certified Solutions Architect -\n"
        "Associate. Accept it to share it on your profile: https://www.credly.com/badges/a81e0c27-55b3-4f1d-9c09-e61b2d7c0a44\n",
        "<html><body><p>Amazon Web Services Training and Certification issued you a badge:</p><h2>AWS Certified Solutions Architect "
        "&ndash; Associate</h2><a href='https://www.credly.com/badges/a81e0c27-55b3-4f1d-9c09-e61b2d7c0a44'>Accept badge</a></body></html>",
        "cr2"))

add("survey", False, A, [], "Survey about case A",
    "survey that says 'reply' to a question",
    "2025-03-19 01:00 +0000", ("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
    "How was your support experience? (Case %s)" % A,
    H("<html><body><p>Hello,</p><p>We recently closed case %s. How likely are you to recommend AWS Training and Certification "
      "support to a friend? Choose a score from 0 to 10:</p><p><a href='https://amazonexteu.qualtrics.com/jfe/form/SV_tc?c=%s&s=10'>10</a> "
      "... <a href='#'>0</a></p></body></html>" % (A, A)))

add("certification", False, None, [], "CertMetrics: 'AWS Certification wants to hear from you'",
    "program survey, not a case survey",
    "2025-03-20 16:00 +0000", ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification wants to hear from you",
    T("Hello Aoi,\n\nAs an AWS Certified professional, your opinion shapes future exams. Would you share your\n"
      "thoughts in a 10-minute survey? https://survey.certmetrics.com/aws/2025q1\n\nAWS Certification\n"))

a_u4 = add("user_reply", False, A, [], "Owner reopens: one exam attempt missing from history",
    "owner asks support a question ('could you check')",
    "2025-03-21 12:30 +0000", (ME_NAME, ME_P), TC, TC_SUBJ % A,
    T("Hi Priyanka,\n\nThank you for the merge. One thing is missing: my SAA-C02 attempt from September 2021 does\n"
      "not show in the exam history of the merged account. Could you check?\n\nAoi\n"), irt=a_res)

add("unrelated", False, None, [], "AWS Free Tier usage alert",
    "AWS sender, 'action' wording, 12-digit account ID",
    "2025-03-21 22:10 +0000", ("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_P,
    "AWS Free Tier limit alert",
    T("Your AWS account 604822917735 has exceeded 85% of the usage limit for one or more AWS Free Tier offers.\n"
      "Review your usage in the Billing console.\n"), dom="costalerts.amazonaws.com")

a_reopen = add("case_update", False, A, [], "Case reopened, passed to exam records team",
    "reopened case; 'I'll update you' only",
    "2025-03-24 03:15 +0000", TC_FROM, ME_P, TC_SUBJ % A,
    T("Hello Aoi,\n\nI've reopened this case and asked our exam records team to look for the September 2021\n"
      "attempt. I will update you as soon as I hear back.\n\nDaniel\nAWS Training and Certification\n"), irt=a_u4)

a_conf2 = add("confirmation_request", True, A, ["AWS09264158"], "Asks if a third profile is the owner's and may be folded in",
    "request buried after explanation; question form; new candidate ID",
    "2025-03-26 07:40 +0000", TC_FROM, ME_P, TC_SUBJ % A,
    T("Hi Aoi,\n\nThe records team traced the missing attempt. In 2021 the exam was booked through a separate\n"
      "profile, AWS09264158, registered to a.fujisaki+exam@kitanami-tech.co.jp. That profile holds only this\n"
      "one attempt, which is why it did not come across with the merge.\n\n"
      "If that profile is yours, I can fold it into Account #1 as well. Is it yours, and do you want it merged?\n\n"
      "Daniel\nAWS Training and Certification\n"), irt=a_reopen)

a_u5 = add("user_reply", False, A, [], "Owner: yes, mine, go ahead (Japanese-English mix)",
    "very short owner reply",
    "2025-03-26 08:02 +0000", (ME_NAME, ME_P), TC, TC_SUBJ % A,
    T("Yes, that was my plus-address at the old company. Please go ahead and merge it into Account #1.\n\n"
      "Aoi\n\n2025年3月26日(水) 16:40 Amazon Web Services <%s>:\n" % TC +
      quote("If that profile is yours, I can fold it into Account #1 as well. Is it yours, and do you want it merged?")),
    irt=a_conf2)

add("resolved", False, A, [], "Third profile merged; 'no further action', conditional invitation",
    "'reply to this email within 14 days' conditional invitation",
    "2025-03-27 01:30 +0000", TC_FROM, ME_P, TC_SUBJ % A,
    T("Hi Aoi,\n\nDone - the 2021 attempt now appears in your exam history on Account #1. No further action is\n"
      "required on your part. Should anything else look wrong, you can reply to this email within 14 days and\n"
      "the case will reopen.\n\nDaniel\nAWS Training and Certification\n"), irt=a_u5)

add("unrelated", False, A, [], "Ex-colleague forwards a copy of the case reminder that reached the old mailbox",
    "forwarded copy of a closing notice; sent by a colleague, already answered",
    "2025-03-27 05:00 +0000", ("Daichi Sato", "daichi.sato.k@gmail.com"), ME_P,
    "Fwd: " + TC_SUBJ % A,
    T("Fujisaki-san, IT said this landed in your old shared folder before the mailbox was shut. Probably done\n"
      "already, just passing it on.\n\nDaichi\n\n---------- Forwarded message ---------\nFrom: Amazon Web Services <%s>\n"
      "Date: Mon, Mar 17, 2025 at 10:00 AM\nSubject: %s\nTo: %s\nCc: %s\n\n"
      "Hello Aoi,\n\nI'm following up on my message below. We haven't received your answer yet; if we don't hear\n"
      "from you within 3 business days, this case will be closed. A reply keeps it open.\n" % (TC, TC_SUBJ % A, ME_P, ME_C)),
    auth=auth_gmail("gmail.com"))

# ---------------------------------------------------------------- 2025: case B (same-email duplicate profiles, Credly)
add("unrelated", False, None, [], "Amazon.co.jp order shipped",
    "Amazon (retail) sender, not AWS",
    "2025-04-02 03:00 +0000", ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
    "ご注文の商品を発送しました",
    T("藤崎 葵 様\n\nご注文 #250-3371882-6620411 の商品を発送しました。お届け予定: 4月4日\n\nAmazon.co.jp\n",
      cte="quoted-printable"), dom="amazon.co.jp")

add("unrelated", False, None, [], "Pearson VUE appointment 2025",
    "exam vendor with 9-digit registration ID and AWS exam name",
    "2025-04-03 07:30 +0000", ("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
    "Your AWS Certified Developer - Associate exam is confirmed",
    T("Dear Aoi Fujisaki,\n\nRegistration ID: 508114290\nExam: DVA-C02\nDate: 7 April 2025, 13:00 JST\n"
      "Location: Pearson Professional Centers-Tokyo\n\nBring one valid ID.\n"), crlf=True)

add("certification", False, None, ["AWS05518206"], "CertMetrics: new certification earned",
    "certification mail with candidate ID, HTML base64",
    "2025-04-08 20:00 +0000", ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on your new AWS Certification!",
    ALT("Hello Aoi,\n\nYou earned AWS Certified Developer - Associate.\nCandidate ID: AWS05518206\n",
        "<html><body><p>Hello Aoi,</p><p>You earned <b>AWS Certified Developer - Associate</b>.</p>"
        "<p>Candidate ID: AWS05518206</p></body></html>", "cm4", cte="base64"))

add("badge", False, None, [], "Credly: badge waiting, claim it",
    "Credly 'action needed' to claim",
    "2025-04-09 02:00 +0000", ("Credly", "admin@credly.com"), ME_P,
    "Action needed: claim your AWS Certified Developer - Associate badge",
    H("<html><body><p>Hi Aoi,</p><p>Your badge from Amazon Web Services Training and Certification is waiting. "
      "Claim it to display it on your Credly profile.</p><a href='https://www.credly.com/earner/earned'>Claim badge</a></body></html>",
      cte="quoted-printable"))

b_ack = add("acknowledgement", False, B, ["AWS05518206", "AWS07730415"],
    "Bilingual (Japanese then English) acknowledgement echoing candidate IDs",
    "UTF-8 base64, Japanese ack boilerplate; form echo contains candidate IDs",
    "2025-04-22 04:15 +0000", TC_FROM, ME_P, TC_SUBJ % B,
    T("お問い合わせいただきありがとうございます。ケース %s を作成しました。\n"
      "通常24時間以内にご回答いたしますが、最善の解決のためにお時間をいただく場合があります。\n"
      "すでにケースをお持ちの場合は、同じ内容で別のケースを作成しないでください。\n\n"
      "Thank you for contacting AWS Training and Certification. We have opened case %s.\n\n"
      "Case ID: %s\nAWS candidate ID: AWS05518206\nDescription: My new badge does not appear in Credly. I think I have two\n"
      "certification accounts with the same email: AWS05518206 and AWS07730415. Please merge them into\nAWS05518206.\n"
      % (B, B, B), cte="base64"))

add("suspicious", False, None, [], "Credly lookalike: sign in to claim badge",
    "lookalike credly-notify.com; badge wording",
    "2025-04-22 09:40 +0000", ("Credly", "admin@credly-notify.com"), ME_P,
    "Your AWS badge will expire unless you verify your account",
    H("<html><body><p>Your AWS Certified Developer badge will be revoked in 48 hours unless you verify your identity.</p>"
      "<p><a href='http://credly-notify.com/verify'>Verify now</a></p></body></html>"),
    auth=auth_gmail("credly-notify.com", ok=False))

b_req = add("info_request", True, B, ["AWS07730415"], "Asks for login email of second profile and a screenshot",
    "multi-part ask with numbered list, 'we need you to'",
    "2025-04-23 01:10 +0000", TC_FROM, ME_P, TC_SUBJ % B,
    T("Hello Aoi,\n\nMy name is Mateo and I'll be looking after your case.\n\nI searched for AWS07730415 but it isn't\n"
      "linked to %s in our system, so before merging anything we need you to send:\n\n"
      "  1. the email address you sign in with on the second account, and\n"
      "  2. a screenshot of its Account page showing the CertMetrics ID.\n\n"
      "As soon as those arrive I'll continue.\n\nMateo\nAWS Training and Certification\n" % ME_P), irt=b_ack)

b_u1 = add("user_reply", False, B, ["AWS07730415"], "Owner sends details; second profile came from Partner Central SSO",
    "owner's text contains candidate ID; has attachment",
    "2025-04-23 13:20 +0000", (ME_NAME, ME_P), TC, TC_SUBJ % B,
    multi("mixed", [T("Hi Mateo,\n\nThe second account signs in through Partner Central SSO and shows the email\n"
                      "%s as well. Its ID is AWS07730415 - screenshot attached.\n\nThanks,\nAoi\n\n"
                      "On Wed, Apr 23, 2025 at 10:10 AM Amazon Web Services <%s> wrote:\n" % (ME_P, TC) +
                      quote("I searched for AWS07730415 but it isn't\nlinked to %s in our system" % ME_P)),
                    ([("Content-Type", 'image/png; name="account-page.png"'),
                      ("Content-Disposition", 'attachment; filename="account-page.png"'),
                      ("Content-Transfer-Encoding", "base64")],
                     base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(64)))], "bu1"), irt=b_req)

b_upd = add("case_update", False, B, [], "Passed to CertMetrics team, up to 5 business days",
    "status news, no ask",
    "2025-04-25 02:00 +0000", TC_FROM, ME_P, TC_SUBJ % B,
    T("Hi Aoi,\n\nThank you, the screenshot helped. Profiles created through Partner Central SSO have to be\n"
      "handled by our CertMetrics team, so I've passed the case to them. Their queue is long at the moment\n"
      "and it may take up to five business days.\n\nMateo\n"), irt=b_u1)

add("unrelated", False, None, [], "AWS Educate form case asking for info",
    "same aws-cs-*-form sender family and [CASE] subject, but another program",
    "2025-04-28 06:00 +0000", ("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE 174582011400730] [AWS Educate Form Submission] - account-access",
    T("Hello,\n\nThank you for contacting AWS Educate. To restore access to the classroom, could you let us know\n"
      "the name of your institution and the email your instructor invited?\n\nAWS Educate Support\n"))

add("unrelated", False, None, [], "Trailhead: case closed, survey",
    "other vendor 'case closed' plus survey",
    "2025-04-30 18:00 +0000", ("Trailhead Help", "trailhead-help@salesforce.com"), ME_P,
    "Case 09812345 closed: Superbadge not showing",
    T("Hi Aoi,\n\nWe've closed case 09812345. If your issue isn't solved, reply within 7 days to reopen it.\n"
      "Tell us how we did: https://sfdc.co/survey\n"))

b_conf = add("confirmation_request", True, B, ["AWS05518206", "AWS07730415"],
    "Short confirmation: keep AWS05518206, retire AWS07730415 - OK?",
    "terse question, no please, candidate IDs in text",
    "2025-05-02 03:30 +0000", TC_FROM, ME_P, TC_SUBJ % B,
    T("Aoi,\n\nCertMetrics confirms both profiles use %s:\n\n"
      "  AWS05518206 - exams since 2021, active certifications\n  AWS07730415 - created Aug 2024 via Partner Central, no exams\n\n"
      "Plan: keep AWS05518206, retire AWS07730415 and re-link Credly. OK to proceed?\n\nMateo\n" % ME_P), irt=b_upd)

b_cl1 = add("closing_notice", True, B, [], "Courtesy note: case will close on May 9 without an answer",
    "HTML + text; date-based close; no quoted request",
    "2025-05-06 02:00 +0000", TC_FROM, ME_P, TC_SUBJ % B,
    ALT("Hello Aoi,\n\nJust a courtesy note: we are still waiting for your go-ahead on the plan I sent on May 2.\n"
        "Unless we hear from you, the case will be closed on May 9.\n\nMateo\n",
        "<html><body><p>Hello Aoi,</p><p>Just a courtesy note: we are still waiting for your go-ahead on the plan I sent on May 2. "
        "Unless we hear from you, the case will be closed on May 9.</p><p>Mateo</p></body></html>", "bcl1"), irt=b_conf)

add("unrelated", False, None, [], "Colleague out-of-office auto reply",
    "auto-reply with 'reply' wording",
    "2025-05-07 00:01 +0000", ("Kei Nakamura", "kei.nakamura@sorano-cloud.example"), ME_P,
    "Automatic reply: ledger PR review",
    T("I'm out of office until May 12 with limited access to email. For urgent matters contact ops@sorano-cloud.example.\n"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

b_cl2 = add("closing_notice", True, B, [], "Case closed for inactivity; reply within 14 days to reopen",
    "'was closed' wording like a resolution; Japanese footer",
    "2025-05-10 01:00 +0000", TC_FROM, ME_P, TC_SUBJ % B,
    T("Hello Aoi,\n\nAs we did not receive a reply, case %s has now been closed. Your accounts have not been\n"
      "merged. Replying to this email within 14 days will reopen the case where we left off.\n\n"
      "ご返信をいただければ、ケースを再開いたします。\n\nAWS Training and Certification\n" % B,
      cte="quoted-printable"), irt=b_cl1)

b_u2 = add("user_reply", False, B, ["AWS05518206"], "Owner: sorry, yes keep AWS05518206",
    "owner's reply; Outlook-style quote header",
    "2025-05-10 02:30 +0000", (ME_NAME, ME_P), TC, TC_SUBJ % B,
    T("Sorry for the late answer - I was travelling. Yes, please keep AWS05518206 and retire the other one.\n\n"
      "Aoi\n\n________________________________\nFrom: Amazon Web Services <%s>\nSent: Saturday, May 10, 2025 10:00\n"
      "Subject: %s\n\nAs we did not receive a reply, case %s has now been closed.\n" % (TC, TC_SUBJ % B, B)), irt=b_cl2)

add("resolved", False, B, ["AWS07730415", "AWS05518206"], "Merged; Credly sync in 24-48h; feedback link",
    "Japanese greeting + English; survey link footer; 'if you don't see the badge, let us know' conditional",
    "2025-05-12 05:45 +0000", TC_FROM, ME_P, TC_SUBJ % B,
    ALT("藤崎様\n\nReopened and completed: AWS07730415 has been merged into AWS05518206 and Credly has been re-linked.\n"
        "Badges usually sync within 24-48 hours. If they still haven't shown up after that, just let us know here.\n\n"
        "Mateo\nAWS Training and Certification\n\nHow did we do? https://amazonexteu.qualtrics.com/jfe/form/SV_tc?case=%s\n" % B,
        "<html><body><p>藤崎様</p><p>Reopened and completed: AWS07730415 has been merged into AWS05518206 and Credly has been re-linked.</p>"
        "<p>Badges usually sync within 24-48 hours. If they still haven't shown up after that, just let us know here.</p>"
        "<p>Mateo<br>AWS Training and Certification</p><p><small>How did we do? <a href='#'>Rate this reply</a></small></p></body></html>",
        "bres", cte="base64"), irt=b_u2)

add("badge", False, None, [], "Credly: badge accepted / profile updated",
    "arrives after resolution; mentions merge of accounts on Credly",
    "2025-05-13 03:00 +0000", ("Credly", "admin@credly.com"), ME_P,
    "Your AWS Certified Developer - Associate badge is now on your profile",
    T("Hi Aoi,\n\nYour badge issued by Amazon Web Services Training and Certification has been added to your\n"
      "profile after your AWS Certification accounts were combined. Share it: https://www.credly.com/users/aoi-fujisaki\n"))

add("survey", False, B, [], "Survey for case B",
    "Japanese survey mail",
    "2025-05-14 03:00 +0000", ("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
    "サポートに関するアンケートのお願い",
    T("いつも AWS トレーニングと認定をご利用いただきありがとうございます。\nケース %s の対応について、"
      "アンケートへのご協力をお願いいたします。\nhttps://amazonexteu.qualtrics.com/jfe/form/SV_tc?case=%s&lang=ja\n" % (B, B)))

add("certification", False, None, [], "CertMetrics: recertified",
    "'Congratulations on recertifying' - certification program",
    "2025-05-20 10:00 +0000", ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!",
    T("Hello Aoi,\n\nYour AWS Certified Solutions Architect - Associate is renewed through 2028-05-19.\n"
      "Your new certificate is available in your AWS Certification Account.\n"))

add("unrelated", False, None, [], "Newsletter article on merging cert accounts",
    "article text contains 'please confirm' and 'successfully merged' as quotes",
    "2025-05-21 08:00 +0000", ("Cloud Weekly", "newsletter@cloudweekly.example.com"), ME_P,
    "Cloud Weekly #212: changing jobs? Keep your AWS certs",
    ALT("This week: how to move AWS certifications when you change jobs. One reader shares the mail they got:\n"
        "'Please confirm which account to keep' and, an hour later, 'I have successfully merged all accounts'.\n"
        "Read more: https://cloudweekly.example.com/212\n\nUnsubscribe: https://cloudweekly.example.com/u\n",
        "<p>This week: how to move AWS certifications when you change jobs.</p><blockquote>Please confirm which account to keep</blockquote>",
        "nl1"), extra=[("List-Unsubscribe", "<https://cloudweekly.example.com/u>")])

# ---------------------------------------------------------------- 2025-06: case E (score report, Japanese)
E = "174945213300084"
e_ack = add("acknowledgement", False, E, [], "HTML-only Japanese acknowledgement with a table",
    "HTML-only, Japanese, table of case details; 'do not reply with a new case'",
    "2025-06-09 07:15 +0000", TC_FROM, ME_P, TC_SUBJ.replace("account-assistance", "exam-results") % E,
    H("<html><body><p>お問い合わせありがとうございます。</p><table border='1'><tr><td>ケース ID</td><td>%s</td></tr>"
      "<tr><td>問い合わせタイプ</td><td>認定</td></tr><tr><td>その他の詳細</td><td>試験結果</td></tr></table>"
      "<p>通常24時間以内に担当者よりご連絡いたします。同じ内容で別のケースを作成されないようお願いいたします。</p>"
      "<p>Amazon Web Services</p></body></html>" % E, cte="base64"))

add("suspicious", False, None, ["AWS05518206"], "CertMetrics lookalike: score report 'on hold', log in",
    "lookalike certmetrics-aws.com arrives during a score-report case; quotes the real candidate ID",
    "2025-06-09 12:00 +0000", ("AWS Certification", "do-not-reply@certmetrics-aws.com"), ME_P,
    "Your exam score report is on hold - action required",
    T("Candidate AWS05518206,\n\nYour score report has been placed on hold. Log in within 48 hours to release it:\n"
      "http://certmetrics-aws.com/login\n\nAWS Certification\n"), auth=auth_gmail("certmetrics-aws.com", ok=False))

e_req = add("info_request", True, E, [], "Japanese plain ください request buried after an explanation",
    "request in the last paragraph after a long explanation; plain 〜ください; ISO-2022-JP",
    "2025-06-10 01:30 +0000", ("AWS トレーニングと認定", TC), ME_P, TC_SUBJ.replace("account-assistance", "exam-results") % E,
    T("藤崎様\n\nAWS トレーニングと認定の高橋です。\n"
      "試験結果は通常、受験後5営業日以内に認定アカウントへ反映されます。今回は、試験配信事業者側の\n"
      "記録とアカウントの紐付けが取れていない可能性があり、現在確認を進めております。\n"
      "配信事業者への照会には受験日時と会場名が必要となります。\n\n"
      "受験された日時と、テストセンター名（またはオンライン受験かどうか）をお知らせください。\n\n"
      "高橋\nAWS トレーニングと認定\n", cs="iso-2022-jp", cte="7bit", label="ISO-2022-JP"),
    irt=e_ack, scs="iso-2022-jp")

e_u = add("user_reply", False, E, [], "Owner answers in Japanese (Shift_JIS)",
    "owner's reply in Shift_JIS with quoted request",
    "2025-06-10 03:00 +0000", (ME_NAME, ME_P), TC, TC_SUBJ.replace("account-assistance", "exam-results") % E,
    T("高橋様\n\n受験日時: 2025年6月2日 10:00\n会場: オンライン受験 (OnVUE)\n\nよろしくお願いいたします。\n藤崎\n\n"
      "2025年6月10日(火) 10:30 AWS トレーニングと認定 <%s>:\n" % TC +
      quote("受験された日時と、テストセンター名（またはオンライン受験かどうか）をお知らせください。"),
      cs="shift_jis", cte="8bit", label="Shift_JIS"), irt=e_req, scs="shift_jis", crlf=True)

e_res = add("resolved", False, E, [], "Score report linked; Japanese resolution with 'no reply needed'",
    "resolution that quotes the request (〜をお知らせください) in full below",
    "2025-06-12 02:45 +0000", ("AWS トレーニングと認定", TC), ME_P, TC_SUBJ.replace("account-assistance", "exam-results") % E,
    T("藤崎様\n\n試験結果をアカウントに反映いたしました。スコアレポートは認定アカウントの試験履歴からご確認いただけます。\n"
      "本件について、ご返信は不要です。\n\n高橋\n\n"
      "-----Original Message-----\n受験された日時と、テストセンター名（またはオンライン受験かどうか）をお知らせください。\n",
      cte="quoted-printable"), irt=e_u)

add("user_reply", False, E, [], "Owner forwards the resolution to the new employer",
    "owner's forward of support mail to someone else (Fwd:), contains support's wording",
    "2025-06-12 04:00 +0000", (ME_NAME, ME_P), ("Sorano Cloud 人事", "hr@sorano-cloud.example"),
    "Fwd: " + TC_SUBJ.replace("account-assistance", "exam-results") % E,
    T("人事ご担当者様\n\n資格取得報告の件、AWS から反映完了の連絡が来ましたので転送します。\n\n藤崎\n\n"
      "---------- Forwarded message ---------\nFrom: AWS トレーニングと認定 <%s>\nDate: 2025年6月12日(木) 11:45\n\n"
      "試験結果をアカウントに反映いたしました。\n" % TC), irt=e_res)


def readme(counts):
    lines = ["me: %s %s" % (ME_P, ME_C), "", "# blind-184: AWS Training and Certification case mail (held-out)", "",
             "Generated by `python3 gen.py` (stdlib only). Mailbox of Aoi Fujisaki: personal Gmail plus the old",
             "company address at Kitanami Tech (an APN partner), whose mailbox closed after 2025-03-14.", "",
             "## Cases", "",
             "| case | format | topic | channel | path / outcome |", "|---|---|---|---|---|",
             "| %s | 10 digits (2021) | 50%% voucher missing | Support Center console (no-reply-aws) | ack, info request (answer in console), closing reminder, resolved, survey |" % C1,
             "| %s | 11 digits (2023) | wrong name on certificate | T&C form, Japanese agent | JA ack (ISO-2022-JP), keigo request, reply, passed to team, resolved (Shift_JIS), survey |" % C2,
             "| %s | 15 digits (2025) | merge company -> personal | T&C form | ack, APN hold with question, reply from company address, write-from-personal request, hold, hold lifted, Account #1/#2 confirmation (HTML-only), reminder, confirm, merged, survey, reopened, third-profile confirmation, resolved |" % A,
             "| %s | 15 digits (2025) | duplicate of %s | T&C form | ack to company address, owner asks to close, closed as duplicate |" % (D, A),
             "| %s | 15 digits (2025) | two profiles on one email, Credly badge missing | T&C form | bilingual ack, info request, reply, passed to CertMetrics, confirmation, courtesy close notice, closed-for-inactivity notice, reply, resolved |" % B,
             "| %s | 15 digits (2025) | exam score report missing | T&C form, Japanese agent | HTML-only JA ack, buried ください request, reply (Shift_JIS), resolved, owner forwards it |" % E,
             "", "## Labelling decisions", "",
             "- `needs_reply` asks one thing: must I write to AWS T&C support now? Other vendors' and AWS Educate's requests, HR and colleague asks, and phishing are false.",
             "- The APN hold that ends with a question (last working day) is `on_hold` with needs_reply=true; the later hold with nothing asked is `on_hold`, false.",
             "- The console case's request and reminder are true even though the mail cannot be answered by email: the owner must answer (in the Support Center).",
             "- A third profile 'is it yours, and do you want it merged?' is `confirmation_request` (ownership + go-ahead), not `info_request`.",
             "- 'Write from your personal address' is `info_request`. A mail that says the case *was* closed for inactivity and a reply reopens it is `closing_notice`, true.",
             "- Resolutions with 'if anything looks wrong, reply' or quoted old questions are `resolved`, false. Survey links inside a resolution do not change its kind.",
             "- `case` is set for mail belonging to a T&C/console case handled here, including the owner's replies, the bounce of the owner's cc and an ex-colleague's forward of a case mail (both `unrelated`, false). It is null for phishing even when the spoofed subject carries the real case number (it does not belong to the case), for AWS Educate and other vendors' cases, for Credly and CertMetrics.",
             "- The spoofed mail that copies the real sender and subject but fails DKIM/SPF/DMARC is `suspicious`.",
             "- CertMetrics 'wants to hear from you' is a program survey, so `certification`, not `survey` (which is kept for support-case feedback).",
             "- `candidate_ids` includes IDs echoed in an acknowledgement's form details (that is the message's own text, not quoted history) and IDs in the owner's own text; IDs in `>`/Original-Message quotes are excluded; each ID is listed once, at its first appearance.",
             "- A phishing mail that addresses the owner by their real candidate ID still lists it in `candidate_ids` (it is written in the message's own text).",
             "- The owner's forward to a third party (new employer's HR) is `user_reply`, false, with the case number.",
             "", "## Counts", ""]
    for k, v in sorted(counts.items()):
        lines.append("- %s: %d" % (k, v))
    lines += ["", "## Messages", "", "| # | kind | reply? | case | what it is | what makes it hard |", "|---|---|---|---|---|---|"]
    for m in MSGS:
        l = m["label"]
        lines.append("| %03d | %s | %s | %s | %s | %s |" % (m["n"], l["kind"], "yes" if l["needs_reply"] else "no",
                                                         l["case"] or "-", m["what"], m["hard"]))
    return "\n".join(lines) + "\n"


def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    for m in MSGS:
        with open(os.path.join(OUT, "%03d-msg.eml" % m["n"]), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(OUT, "%03d-msg.json" % m["n"]), "w") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    counts = Counter(m["label"]["kind"] for m in MSGS)
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write(readme(counts))
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MSGS)))


if __name__ == "__main__":
    main()
