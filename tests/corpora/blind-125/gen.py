#!/usr/bin/env python3
"""Writes the blind corpus (NNN-msg.eml + NNN-msg.json) next to this script.

Standard library only.  Run: python3 gen.py
"""
import base64
import binascii
import json
import os
import sys
from collections import Counter
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "hiroki.takeda.dev@gmail.com"
ME_C = "h-takeda@nexaworks.co.jp"
ME_NAME_EN = "Hiroki Takeda"
ME_NAME_JA = "武田 弘樹"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

# case numbers
D = "13947260581"        # 2023, Credly / duplicate profiles same e-mail
E = "15233380947"        # 2024, missing 50% voucher after recert
H = "16120875433"        # 2024, old university profile merge
A = "174097412800562"    # 2025, company -> personal merge (APN hold), reopened
B = "174098036100913"    # 2025, duplicate form of A
C = "174238877100254"    # 2025, Support Center (console) case
I = "174327770200631"    # 2025, certificate name, closed for no reply

MSGS = []
IDS = {}


def mid(n, dom):
    return "<%s>" % IDS.setdefault(n, "%s.%04d.%s@%s" % (
        ["CAF", "0100", "PN3P", "EMAIL", "M"][n % 5], n * 7919 % 10000,
        format((n * 2654435761) & 0xFFFFFFFF, "08x"), dom))


def enc_body(text, charset, cte):
    pyc = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(charset, charset)
    raw = text.encode(pyc)
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"
    if cte == "quoted-printable":
        return binascii.b2a_qp(raw).decode("ascii").replace("\r\n", "\n")
    if cte == "7bit":
        return raw.decode("ascii")
    return raw  # 8bit -> bytes


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76, header_name="Subject").encode()


def addr(name, a, charset="utf-8"):
    if name is None:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)


GMAIL_AUTH = ("mx.google.com;\n       dkim=pass header.i=@{d} header.s={s} header.b={b};\n"
              "       spf=pass (google.com: domain of {rp} designates {ip} as permitted sender) smtp.mailfrom={rp};\n"
              "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={d}")
O365_AUTH = ("spf=pass (sender IP is {ip}) smtp.mailfrom={rpd}; dkim=pass (signature was verified)\n"
             " header.d={d};dmarc=pass action=none header.from={d};compauth=pass reason=100")


def auth_for(to_addr, from_addr, ip="54.240.8.%d", rp=None):
    d = from_addr.split("@")[1]
    if d.endswith("amazon.com"):
        d = "amazon.com"
    rp = rp or ("0101%s@%s" % ("0192a7b3c4d5e6f7", "us-west-2.amazonses.com") if d == "amazon.com" else "bounce@" + d)
    ipx = ip % (len(from_addr) * 3 % 250)
    if to_addr.endswith("gmail.com"):
        return GMAIL_AUTH.format(d=d, s="224i4yxa5dv7c2xz3womw6peuasteono", b="Xk3pQ9aZ", rp=rp, ip=ipx)
    return O365_AUTH.format(ip=ipx, rpd=rp.split("@")[1], d=d)


def add(kind, reply, case, cands, *, frm, to, subj, date, text=None, html=None,
        charset="utf-8", cte="quoted-printable", hcharset=None, eol="\n",
        irt=None, refs=(), auth=True, auth_raw=None, extra=(), cc=None, note="",
        dom=None, html_charset=None, html_cte=None):
    n = len(MSGS) + 1
    fname, faddr = frm
    tname, taddr = to
    hc = hcharset or ("iso-2022-jp" if charset == "iso-2022-jp" else "utf-8")
    dom = dom or (faddr.split("@")[1] if "amazon" not in faddr else "email.amazonses.com")
    if faddr in (ME_P,):
        dom = "mail.gmail.com"
    if faddr == ME_C:
        dom = "TYCPR01MB8842.jpnprd01.prod.outlook.com"
    H = []
    if auth_raw:
        H.append(("Authentication-Results", auth_raw))
    elif auth and faddr not in (ME_P, ME_C):
        H.append(("Authentication-Results", auth_for(taddr, faddr)))
    H.append(("Return-Path", "<%s>" % (faddr if faddr in (ME_P, ME_C) else "bounces+%d@%s" % (n * 313, faddr.split("@")[1]))))
    H.append(("Message-ID", mid(n, dom)))
    H.append(("Date", date))
    H.append(("From", addr(fname, faddr, hc)))
    H.append(("To", addr(tname, taddr, hc)))
    if cc:
        H.append(("Cc", cc))
    H.append(("Subject", hdr(subj, hc)))
    if irt:
        H.append(("In-Reply-To", mid(irt, "x") if irt in IDS else "<%s>" % irt))
        rl = [mid(r, "x") for r in refs] if refs else [mid(irt, "x")]
        H.append(("References", "\n ".join(rl)))
    for k, v in extra:
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))

    def part(ctype, body, ch, ct):
        ph = [("Content-Type", '%s; charset="%s"' % (ctype, ch)), ("Content-Transfer-Encoding", ct)]
        return ph, enc_body(body, ch, ct)

    parts = []
    if text is not None:
        parts.append(part("text/plain", text, charset, cte))
    if html is not None:
        parts.append(part("text/html", html, html_charset or charset, html_cte or cte))
    out = []
    if len(parts) == 1:
        H.extend(parts[0][0])
        bodies = [parts[0][1]]
        head = "".join("%s: %s\n" % kv for kv in H) + "\n"
        out = [head, parts[0][1]]
    else:
        bnd = "----=_Part_%d_%d.%d" % (n * 1117, n * 31, 1700000000 + n)
        H.append(("Content-Type", 'multipart/alternative;\n boundary="%s"' % bnd))
        head = "".join("%s: %s\n" % kv for kv in H) + "\n"
        out = [head]
        for ph, b in parts:
            out.append("--%s\n" % bnd)
            out.append("".join("%s: %s\n" % kv for kv in ph) + "\n")
            out.append(b)
            if not (b.endswith(b"\n") if isinstance(b, bytes) else b.endswith("\n")):
                out.append("\n")
        out.append("--%s--\n" % bnd)
    data = b"".join(x if isinstance(x, bytes) else x.encode("ascii") for x in out)
    if eol == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(n=n, data=data, label={"kind": kind, "needs_reply": reply,
                                             "case": case, "candidate_ids": list(dict.fromkeys(cands))},
                     note=note, subj=subj))
    return n


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def gmail_q(text, when, who, a):
    return "On %s, %s <%s> wrote:\n%s\n" % (when, who, a, q(text))


def ja_q(text, when, who, a):
    return "%s %s <%s>:\n\n%s\n" % (when, who, a, q(text))


def outlook_q(text, when, who, a, to, subj):
    return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (who, a, when, to, subj, text))


def tc_subj(case, re="RE:"):
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % (re, case)


TC_FROM_EN = ("AWS Training and Certification", TC)
TC_FROM_JA = ("AWS トレーニングと認定", TC)
TC_FROM_BARE = (None, TC)
TO_P = (ME_NAME_EN, ME_P)
TO_PJ = (ME_NAME_JA, ME_P)
TO_C = (ME_NAME_EN, ME_C)
TO_CJ = (ME_NAME_JA, ME_C)



# ---------------------------------------------------------------- phase 1: 2023, case D
add("unrelated", False, None, [],
    frm=("Keiko Arai", "notifications@github.com"), to=(None, ME_P),
    subj="Re: [nexaworks/infra-modules] Bump terraform-aws-provider to 5.26 (PR #42)",
    date="Mon, 13 Nov 2023 09:14:02 -0800",
    text="Merged #42 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
         "https://github.com/nexaworks/infra-modules/pull/42#event-10934512\n"
         "You are receiving this because you were mentioned.\n",
    extra=[("List-ID", "nexaworks/infra-modules <infra-modules.nexaworks.github.com>"),
           ("X-GitHub-Reason", "mention")],
    cte="7bit", note="GitHub 'Merged #42' - the word merged with no case")

N_RESULT = add("certification", False, None, ["AWS07730015"],
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=(ME_NAME_EN, ME_P),
    subj="Your AWS Certification exam result is available",
    date="Tue, 14 Nov 2023 03:41:55 +0000",
    text="Hello Hiroki Takeda,\n\nThe result of your recent AWS Certification exam has been posted to your "
         "AWS Certification Account.\n\nExam: AWS Certified Security - Specialty (SCS-C02)\nResult: PASS\n"
         "Scaled score: 842\nCandidate ID: AWS07730015\n\nSign in to view your score report, download your "
         "certificate and see the benefits you are now eligible for. Your digital badge will be issued by "
         "Credly within 5 business days.\n\nBest regards,\nAWS Training and Certification\n\n"
         "This mailbox is not monitored.\n",
    cte="7bit", eol="\r\n", note="exam result; candidate ID of the accidental second profile")

add("unrelated", False, None, [],
    frm=("AWS Builder ID", "no-reply@signin.aws"), to=(None, ME_P),
    subj="Verify your AWS Builder ID email address",
    date="Wed, 15 Nov 2023 11:02:10 +0000",
    text="Verification code: 482913\n\nEnter this code to finish signing in with your AWS Builder ID. "
         "The code expires in 10 minutes.\n\nIf you didn't try to sign in, you can ignore this message.\n",
    cte="7bit", note="Builder ID one-time code (6 digits, not a case)")

D_FORM_JA = ("お問い合わせタイプ: 認定\nその他の詳細: Account Merge\nAWS 候補 ID: AWS04471923\n"
             "お問い合わせ内容:\n同じメールアドレス (" + ME_P + ") で二つの認定アカウントが存在します。\n"
             "  - AWS04471923 (以前から使っているもの)\n  - AWS07730015 (誤って作成したもの)\n"
             "11月に合格した試験のバッジが Credly に表示されません。AWS04471923 の方へまとめてください。\n")
N_D_ACK = add("acknowledgement", False, D, ["AWS04471923", "AWS04471923", "AWS07730015"],
    frm=TC_FROM_JA, to=TO_PJ, subj="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % D,
    date="Thu, 16 Nov 2023 02:18:33 +0000", charset="iso-2022-jp", cte="7bit",
    text="武田 弘樹 様\n\nAWS トレーニングと認定へのお問い合わせありがとうございます。\n"
         "ケース %s としてお問い合わせを承りました。担当者より通常 24 時間以内にご連絡いたしますが、"
         "内容によってはお時間をいただく場合がございます。\n\n"
         "同じ内容で新たにケースを作成されますと対応が遅れる原因となりますので、"
         "追加の情報は本メールへの返信でお送りください。\n\n"
         "--- お問い合わせ内容 ---\n%s---\n\nAWS トレーニングと認定 カスタマーサポート\n" % (D, D_FORM_JA),
    note="JP ack, ISO-2022-JP; form echo carries candidate IDs (counted as own text); 'send additional info by reply' is not a request")

add("unrelated", False, None, [],
    frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=(ME_NAME_EN, ME_P),
    subj="Pearson VUE Confirmation of Exam Appointment",
    date="Thu, 16 Nov 2023 08:30:12 -0600",
    html="<html><body><p>Dear Hiroki Takeda,</p><p>Thank you for scheduling your exam with Pearson VUE.</p>"
         "<table border=1><tr><td>Exam</td><td>AWS Certified Advanced Networking - Specialty</td></tr>"
         "<tr><td>Registration ID</td><td>482019374</td></tr><tr><td>Date</td><td>December 9, 2023 10:00 JST</td></tr>"
         "<tr><td>Location</td><td>Online (OnVUE)</td></tr></table>"
         "<p>To reschedule or cancel, sign in to your Pearson VUE account at least 24 hours before the appointment.</p>"
         "<p>Please do not reply to this email.</p></body></html>",
    cte="quoted-printable", note="exam vendor, HTML-only, 9-digit registration ID")

D_REQ = ("Hello Hiroki,\n\nThanks for writing in about the two certification profiles that share your address. "
         "I've located both of them in our system and can see that the Security - Specialty result from this "
         "month landed on the newer profile, which is why Credly isn't picking it up on your main one.\n\n"
         "Before anything is combined, our records team has to be sure both profiles belong to the same person. "
         "Because the two were created a few years apart, the name fields differ slightly "
         "(\"Hiroki Takeda\" vs \"TAKEDA HIROKI\").\n\n"
         "The date and the test centre (or OnVUE) of the oldest exam on AWS04471923, plus your full legal name as it "
         "appears on your ID, are what I need to move this forward.\n\n"
         "Best,\nMarisol G.\nAWS Training and Certification Customer Support\n")
N_D_REQ = add("info_request", True, D, ["AWS04471923"],
    frm=TC_FROM_EN, to=TO_P, subj=tc_subj(D), date="Fri, 17 Nov 2023 19:05:41 +0000",
    text=D_REQ,
    html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in D_REQ.split("\n\n")) + "</body></html>",
    irt=N_D_ACK, note="request with no 'please' and no question mark: 'X ... are what I need'")

D_USER = ("Hi Marisol,\n\nThank you for checking. Here are the details.\n\n"
          "- Oldest exam on AWS04471923: Cloud Practitioner, 2019-06-22, Pearson VUE test centre in Shinjuku, Tokyo\n"
          "- Full legal name: Hiroki Takeda (武田 弘樹)\n\n"
          "The profile AWS07730015 was created by mistake when I signed in with Builder ID last year.\n\n"
          "Best regards,\nHiroki Takeda\n")
N_D_USER = add("user_reply", False, D, ["AWS04471923", "AWS07730015"],
    frm=(ME_NAME_EN, ME_P), to=(None, TC), subj=tc_subj(D), date="Sat, 18 Nov 2023 10:22:09 +0900",
    text=D_USER + "\n" + gmail_q(D_REQ, "Sat, Nov 18, 2023 at 4:05 AM", "AWS Training and Certification", TC),
    charset="utf-8", cte="quoted-printable", irt=N_D_REQ, refs=[N_D_ACK, N_D_REQ],
    note="owner's answer, Gmail quoting; candidate IDs in new text")

add("unrelated", False, None, [],
    frm=("佐々木 直美", "n-sasaki@nexaworks.co.jp"), to=(ME_NAME_JA, ME_C),
    subj="自動応答: 来週の定例について", date="Mon, 20 Nov 2023 09:00:03 +0900",
    text="お疲れさまです。佐々木です。\n\n11月20日〜11月24日まで休暇をいただいております。\n"
         "期間中はメールを確認できませんので、お急ぎの場合は チームML までご連絡ください。\n",
    charset="iso-2022-jp", cte="7bit", auth=False,
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "n-sasaki@nexaworks.co.jp")],
    note="colleague out-of-office, JP")

D_UPD = ("武田様\n\nお世話になっております。AWS トレーニングと認定サポートの長谷川です。\n\n"
         "ご提供いただいた情報をもとに、本件を認定記録チームへ引き継ぎました。二つのアカウントの照合と統合は"
         "同チームで行われ、通常 3〜5 営業日ほどかかります。作業が完了しましたら、こちらから改めてご連絡いたします。\n\n"
         "補足事項がございましたら、このメールにご返信ください。\n\n"
         "長谷川\nAWS トレーニングと認定 カスタマーサポート\n")
N_D_UPD = add("case_update", False, D, [],
    frm=TC_FROM_JA, to=TO_PJ, subj=tc_subj(D), date="Tue, 21 Nov 2023 06:48:00 +0000",
    text=D_UPD + "\n" + ja_q(D_USER, "2023年11月18日(土) 10:22", ME_NAME_EN, ME_P),
    charset="utf-8", cte="base64", irt=N_D_USER, refs=[N_D_ACK, N_D_REQ, N_D_USER],
    note="JP: handed to records team; 〜がございましたら conditional invitation, no reply needed")

add("unrelated", False, None, [],
    frm=("Amazon Web Services", "aws-billing@amazon.com"), to=(None, ME_P),
    subj="Amazon Web Services Billing Statement Available [Account: 318204776591]",
    date="Wed, 22 Nov 2023 10:11:45 +0000",
    text="Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is "
         "available on the AWS web site. Your account will be charged the following:\n\nTotal: USD 4.87\n\n"
         "Account ID: 318204776591\n\nYou can see a complete break down of all charges on the Billing & Cost "
         "Management page.\n\nThank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n",
    cte="7bit", note="AWS billing; 12-digit account ID, not a case")

add("suspicious", False, None, [],
    frm=("AWS Certification Support", "support@aws-certmetrics-help.com"), to=(None, ME_P),
    subj="Action needed: your AWS Certification profiles will be merged",
    date="Thu, 23 Nov 2023 14:27:19 +0000",
    auth_raw="mx.google.com;\n       dkim=pass header.i=@aws-certmetrics-help.com header.s=default;\n"
             "       spf=pass smtp.mailfrom=aws-certmetrics-help.com;\n       dmarc=pass (p=NONE) header.from=aws-certmetrics-help.com",
    html="<html><body><p>Dear Candidate,</p><p>We detected two certification profiles registered to your "
         "email. To avoid losing your certifications, verify ownership within <b>24 hours</b>.</p>"
         "<p><a href='http://aws-certmetrics-help.com/verify?u=hiroki'>Verify my account</a></p>"
         "<p>Or reply to this message with your sign-in email and password so that our team can complete the merge.</p>"
         "<p>AWS Certification Team</p></body></html>",
    cte="quoted-printable", note="lookalike domain phishing that even asks for a reply; knows about the duplicate")

D_DONE = ("Hello Hiroki,\n\nGood news: the records team has finished. AWS07730015 has been merged into AWS04471923, "
          "so the Security - Specialty certification and its exam history now sit on your main profile. The "
          "Credly badge should be issued to the same address within a day or two.\n\n"
          "No further action is required on your side.\n\nBest,\nMarisol G.\nAWS Training and Certification Customer Support\n")
N_D_DONE = add("resolved", False, D, ["AWS07730015", "AWS04471923"],
    frm=TC_FROM_EN, to=TO_P, subj=tc_subj(D), date="Fri, 24 Nov 2023 22:13:37 +0000",
    text=D_DONE + "\n" + gmail_q(D_USER + "\n" + gmail_q(D_REQ, "Sat, Nov 18, 2023 at 4:05 AM", "AWS Training and Certification", TC),
                                 "Sat, Nov 18, 2023 at 10:22 AM", ME_NAME_EN, ME_P),
    irt=N_D_UPD, refs=[N_D_ACK, N_D_REQ, N_D_USER, N_D_UPD],
    note="resolution that quotes the earlier request ('are what I need') in history")

add("badge", False, None, [],
    frm=("Credly", "admin@credly.com"), to=(None, ME_P),
    subj="Hiroki, you earned a badge from Amazon Web Services Training and Certification",
    date="Sat, 25 Nov 2023 01:02:44 +0000",
    text="Congratulations, Hiroki!\n\nAmazon Web Services Training and Certification has issued you the "
         "\"AWS Certified Security - Specialty\" badge.\n\nAccept your badge: https://www.credly.com/badges/"
         "3f1c9a2e-77b4-4d0e-9a51-c0e2b8d4f6a1/accept\n\nShare it on LinkedIn and let your network know.\n\n"
         "Credly, Inc. | 15 W 37th St, New York, NY\n",
    html="<html><body><h2>Congratulations, Hiroki!</h2><p>Amazon Web Services Training and Certification has "
         "issued you a badge: <b>AWS Certified Security - Specialty</b>.</p><p><a href='https://www.credly.com/"
         "badges/3f1c9a2e-77b4-4d0e-9a51-c0e2b8d4f6a1/accept'>Accept badge</a></p></body></html>",
    note="Credly badge after the merge; UUID not a case")

add("survey", False, D, [],
    frm=("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=(None, ME_P),
    subj="How did we do? Case %s" % D, date="Mon, 27 Nov 2023 16:00:00 +0000",
    html="<html><body><p>Hello,</p><p>Your recent case with AWS Training and Certification Customer Support "
         "(Case ID: %s) has been closed. Would you take two minutes to tell us about your experience?</p>"
         "<p><a href='https://survey.aws.training/s/tc?c=%s'>Start the survey</a></p>"
         "<p>Your answers help us improve. This survey is optional.</p></body></html>" % (D, D),
    cte="base64", note="survey with a question ('would you take two minutes') that needs no reply")

add("unrelated", False, None, [],
    frm=("クラウド技術ウィークリー", "news@cloudweekly.jp"), to=(None, ME_P),
    subj="【クラウド技術ウィークリー】re:Invent 2023 の新発表まとめ", date="Fri, 01 Dec 2023 07:00:00 +0900",
    text="今週の注目トピック\n\n・re:Invent 2023 で発表された新サービスまとめ\n"
         "・AWS 認定アカウントを統合する手順(読者投稿)\n・ケース ID とアカウント ID の見分け方\n\n"
         "配信停止はこちら: https://cloudweekly.jp/unsub\n",
    charset="shift_jis", cte="8bit", eol="\r\n", auth=False,
    note="JP newsletter, Shift_JIS 8bit CRLF, mentions account merge")


# ---------------------------------------------------------------- phase 2: 2024, cases E and H
add("certification", False, None, [],
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=(ME_NAME_EN, ME_P),
    subj="Your AWS Certified Solutions Architect - Associate expires in 90 days",
    date="Tue, 02 Apr 2024 04:00:12 +0000",
    text="Hello Hiroki,\n\nYour AWS Certified Solutions Architect - Associate certification expires on "
         "July 1, 2024. To keep it active, pass the current version of the exam or a higher-level exam before "
         "that date.\n\nRemember that you can use your 50% exam discount benefit toward the recertification exam. "
         "Find it under Benefits in your AWS Certification Account.\n\nAWS Training and Certification\n",
    cte="7bit", note="expiry reminder from certmetrics")

add("unrelated", False, None, [],
    frm=("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=(None, ME_P),
    subj="Your AWS Skill Builder Individual subscription receipt",
    date="Mon, 08 Apr 2024 00:12:31 +0000",
    html="<html><body><p>Thanks for subscribing to AWS Skill Builder Individual.</p><table>"
         "<tr><td>Order</td><td>SB-2024-0408-77120</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr>"
         "<tr><td>Renews</td><td>May 8, 2024</td></tr></table><p>Questions about your order? Contact us through "
         "the Skill Builder help page.</p></body></html>",
    cte="quoted-printable", note="Skill Builder receipt (AWS training mail, not a case)")

add("certification", False, None, ["AWS04471923"],
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=(ME_NAME_EN, ME_P),
    subj="Congratulations on recertifying your AWS Certification!",
    date="Tue, 07 May 2024 05:31:02 +0000",
    text="Hello Hiroki,\n\nYou have successfully recertified AWS Certified Solutions Architect - Associate. "
         "Your new expiration date is May 7, 2027.\n\nCandidate ID: AWS04471923\n\nAs a certified individual you "
         "receive a 50% discount on your next exam. It will appear under Benefits within 5 business days.\n\n"
         "AWS Training and Certification\n",
    cte="quoted-printable", note="recertification notice with candidate ID")

E_FORM = ("Inquiry type: Certification\nAdditional details: Benefits\nCandidate ID: AWS04471923\n"
          "How can we help you?: I recertified SAA on May 7 but the 50% discount voucher has not appeared in "
          "Benefits after two weeks. The old voucher I had also disappeared.\n")
N_E_ACK = add("acknowledgement", False, E, ["AWS04471923"],
    frm=TC_FROM_BARE, to=(None, ME_P),
    subj="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E,
    date="Wed, 22 May 2024 12:40:19 +0000",
    text="Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your "
         "request. We aim to respond within 24 hours, although some requests may take longer.\n\n"
         "To avoid delays, please do not open a second case for the same request; reply to this email if you "
         "have more information.\n\nThe details of your case are as follows:\n\nCase ID: %s\n%s\n"
         "Sincerely,\nAWS Training and Certification\n" % (E, E, E_FORM),
    cte="7bit", eol="\r\n", note="EN ack template; 'please do not open a second case' and 'reply if you have more' are not asks")

add("unrelated", False, None, [],
    frm=("Datadog Support", "support@datadoghq.com"), to=(ME_NAME_EN, ME_C),
    subj="[Datadog Support] Re: Missing APM traces for ECS tasks (#1588204)",
    date="Thu, 23 May 2024 15:02:44 +0000",
    text="Hi Hiroki,\n\nWe haven't heard back from you regarding the missing traces. Could you send us a flare "
         "from one of the affected agents?\n\nIf we don't hear from you in the next 3 days, this ticket will be "
         "closed automatically. You can reopen it by replying.\n\nThanks,\nArjun\nDatadog Support\n",
    note="other vendor's closing notice with a request: unrelated, needs_reply false")

E_REQ_JA = ("武田 弘樹 様\n\nいつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの中村と申します。\n"
            "このたびはお問い合わせいただき、誠にありがとうございます。\n\n"
            "再認定後に 50% 割引の特典が表示されない件について、まず現在の状況をご説明いたします。\n\n"
            "再認定の結果は通常、試験日から 5 営業日以内にアカウントへ反映され、その後に特典が発行されます。"
            "ただし、再認定の対象となる認定の有効期限と、新しい試験の受験日が近い場合、システム上で旧特典が"
            "失効扱いとなり、新しい特典の発行処理が保留されることがございます。今回のケースもこれに該当する"
            "可能性が高いと考えております。\n\n"
            "また、以前お持ちだった特典コードにつきましては、有効期限 (発行から 1 年) が過ぎると一覧から表示されなく"
            "なる仕様でございます。こちらは不具合ではございませんので、ご安心ください。\n\n"
            "担当チームにて発行処理をやり直すためには、お客様の画面で表示されている内容を確認する必要がございます。"
            "お手数ではございますが、認定アカウントの「特典」ページ全体のスクリーンショットと、再認定試験を受験された"
            "日付を、本メールへのご返信にてお送りいただけますでしょうか。\n\n"
            "何卒よろしくお願い申し上げます。\n\n中村\nAWS トレーニングと認定 カスタマーサポート\n")
N_E_REQ = add("info_request", True, E, [],
    frm=TC_FROM_JA, to=TO_PJ, subj=tc_subj(E), date="Fri, 24 May 2024 01:15:50 +0000",
    text=E_REQ_JA, charset="utf-8", cte="base64", irt=N_E_ACK,
    note="JP long mail, explanation first, the request (〜いただけますでしょうか) is in the last paragraph")

add("unrelated", False, None, [],
    frm=("山口 健太", "k-yamaguchi@nexaworks.co.jp"), to=(ME_NAME_JA, ME_C),
    subj="Re: 認定の更新費用について", date="Fri, 24 May 2024 10:31:22 +0900",
    text="武田さん\n\nお疲れさまです。再認定の受験料は部署の研修費で精算できます。\n"
         "領収書を添付して、今週中に返信もらえますか?\n\n山口\n",
    charset="iso-2022-jp", cte="7bit", auth=False,
    note="colleague asks for a reply about certification fees; not support")

E_CLOSE_JA = ("武田様\n\nAWS トレーニングと認定 カスタマーサポートでございます。\n\n"
              "5 月 24 日にお送りしたメールについて、現時点でご返信を確認できておりません。"
              "5 月 31 日までにご連絡がない場合、本ケースはクローズさせていただきます。\n\n"
              "ご返信をいただければ、引き続き対応いたします。\n\nAWS トレーニングと認定\n")
N_E_CLOSE = add("closing_notice", True, E, [],
    frm=TC_FROM_JA, to=TO_PJ, subj=tc_subj(E), date="Tue, 28 May 2024 03:00:07 +0000",
    text=E_CLOSE_JA + "\n" + ja_q(E_REQ_JA, "2024年5月24日(金) 10:15", "AWS トレーニングと認定", TC),
    charset="iso-2022-jp", cte="7bit", irt=N_E_REQ, refs=[N_E_ACK, N_E_REQ],
    note="JP closing notice, ISO-2022-JP, quotes the full earlier request")

E_USER = ("中村様\n\nご連絡が遅くなり申し訳ありません。\n"
          "再認定試験は 2024 年 5 月 7 日に受験しました (OnVUE)。\n"
          "特典ページのスクリーンショットを添付します。表示されているのは「特典はありません」のみです。\n\n"
          "よろしくお願いいたします。\n武田\n")
N_E_USER = add("user_reply", False, E, [],
    frm=(ME_NAME_JA, ME_P), to=(None, TC), subj=tc_subj(E), date="Wed, 29 May 2024 08:44:31 +0900",
    text=E_USER + "\n" + gmail_q(E_CLOSE_JA + "\n" + ja_q(E_REQ_JA, "2024年5月24日(金) 10:15", "AWS トレーニングと認定", TC),
                                 "2024年5月28日(火) 12:00", "AWS トレーニングと認定", TC).replace("On 2024", "2024"),
    charset="utf-8", cte="quoted-printable", irt=N_E_CLOSE, refs=[N_E_ACK, N_E_REQ, N_E_CLOSE],
    note="owner's JP answer, long nested quoting")

add("suspicious", False, None, [],
    frm=("AWS Training and Certification", TC), to=(None, ME_P),
    subj=tc_subj(E), date="Wed, 29 May 2024 21:52:10 +0000",
    auth_raw="mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=szqgv33erturdv5cvz4vtb5qcy4ppx7g;\n"
             "       spf=softfail (google.com: domain of transitioning " + TC + " does not designate 185.212.44.19 as permitted sender) smtp.mailfrom=" + TC + ";\n"
             "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com",
    html="<html><body><p>Dear customer,</p><p>Your new exam voucher is ready but your AWS Certification account "
         "must be re-validated before it can be released.</p><p><a href='https://aws-training-benefits.co/login'>"
         "Sign in to release voucher</a></p><p>Unvalidated accounts are suspended after 48 hours.</p>"
         "<p>AWS Training and Certification</p></body></html>",
    cte="base64", note="real T&C address and real case subject, but dkim/dmarc fail -> suspicious; case null")

E_DONE_JA = ("武田 弘樹 様\n\nお世話になっております。中村です。\n\n"
             "スクリーンショットのご送付ありがとうございました。担当チームにて特典の発行処理を再実行し、"
             "50% 割引の特典が認定アカウントの「特典」ページに表示されるようになりました。"
             "有効期限は 2025 年 5 月 7 日です。\n\n"
             "以上で本件は完了となります。ご不明な点がございましたら、お気軽にご返信ください。\n\n"
             "中村\nAWS トレーニングと認定 カスタマーサポート\n")
N_E_DONE = add("resolved", False, E, [],
    frm=TC_FROM_JA, to=TO_PJ, subj=tc_subj(E), date="Thu, 30 May 2024 06:20:45 +0000",
    text=E_DONE_JA + "\n" + ja_q(E_USER, "2024年5月29日(水) 8:44", ME_NAME_JA, ME_P),
    html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in E_DONE_JA.split("\n\n")) +
         "<blockquote>" + E_USER.replace("\n", "<br>") + "</blockquote></body></html>",
    charset="utf-8", cte="base64", irt=N_E_USER, refs=[N_E_ACK, N_E_REQ, N_E_CLOSE, N_E_USER],
    note="JP voucher reissued; 'ご不明な点がございましたら' conditional; multipart base64")

add("survey", False, E, [],
    frm=("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), to=(None, ME_P),
    subj="サポートに関するアンケートのお願い (ケース %s)" % E, date="Sat, 01 Jun 2024 02:00:00 +0000",
    text="お客様\n\n先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。\n"
         "ケース ID: %s\n\n今後のサービス改善のため、簡単なアンケートにご協力いただけますでしょうか。\n"
         "https://survey.aws.training/s/tc?c=%s&l=ja\n\n所要時間は 2 分ほどです。\n" % (E, E),
    charset="iso-2022-jp", cte="7bit", note="JP survey using keigo request form (いただけますでしょうか) - still a survey")

add("unrelated", False, None, [],
    frm=("AWS Japan", "aws-marketing-email-replies@amazon.com"), to=(None, ME_P),
    subj="AWS Summit Japan 2024 まもなく開催 - 事前登録はお済みですか?", date="Mon, 10 Jun 2024 00:30:00 +0000",
    html="<html><body><h1>AWS Summit Japan 2024</h1><p>6 月 20 日・21 日、幕張メッセで開催。</p>"
         "<p>AWS 認定取得者向けラウンジもご用意しています。認定取得者の方は会場で認定証をご提示ください。</p>"
         "<p><a href='https://aws.amazon.com/jp/summits/japan/'>今すぐ登録</a></p>"
         "<p>配信停止をご希望の場合はこちらからお手続きください。</p></body></html>",
    charset="utf-8", cte="quoted-printable", note="AWS marketing, HTML-only, mentions certification lounge")

H_FORM = ("お問い合わせタイプ: 認定\nその他の詳細: アカウントの統合\nAWS 候補 ID: AWS02288140\n"
          "お問い合わせ内容: 大学時代のメールアドレス (takeda.h@alumni.example.ac.jp) で作った古い認定アカウントがあります。"
          "こちらを現在のアカウント (" + ME_P + ") にまとめたいです。\n")
N_H_ACK = add("acknowledgement", False, H, ["AWS02288140"],
    frm=TC_FROM_JA, to=(None, ME_P),
    subj="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % H,
    date="Mon, 15 Jul 2024 23:10:02 +0000", charset="shift_jis", cte="base64",
    text="お問い合わせを受け付けました。\n\nケース番号: %s\n\n内容を確認のうえ、担当者から連絡します。"
         "返信まで通常 24 時間以内です。すでに同じ内容でケースを作成している場合は、新しいケースを作らないでください。\n\n"
         "受付内容:\n%s\nAWS トレーニングと認定\n" % (H, H_FORM),
    note="JP ack in plain form (〜ください), Shift_JIS base64")

H_HOLD = ("Hi Hiroki,\n\nI've found the older profile (AWS02288140). Some of its exam records were imported from "
          "our previous testing system in 2019 and are waiting on a verification step with our exam delivery "
          "partner, so I've put this case on hold until they get back to us. This usually takes a few days and "
          "there's nothing you need to do for that part.\n\n"
          "One thing that would help while we wait: did you ever take an AWS exam under a different family name "
          "or a different spelling of your name? If so, let me know which one.\n\n"
          "Thanks,\nDev\nAWS Training and Certification Customer Support\n")
N_H_HOLD = add("on_hold", True, H, ["AWS02288140"],
    frm=TC_FROM_EN, to=TO_P, subj=tc_subj(H), date="Wed, 17 Jul 2024 17:33:20 +0000",
    text=H_HOLD, irt=N_H_ACK, cte="quoted-printable",
    note="hold for the exam partner (nothing to do) AND a question late in the mail -> needs reply")

H_USER = ("Hi Dev,\n\nNo, I have always used the same name and spelling (Hiroki Takeda).\n\nThanks,\nHiroki\n")
N_H_USER = add("user_reply", False, H, [],
    frm=(ME_NAME_EN, ME_P), to=(None, TC), subj=tc_subj(H), date="Thu, 18 Jul 2024 07:58:11 +0900",
    text=H_USER + "\n" + gmail_q(H_HOLD, "Thu, Jul 18, 2024 at 2:33 AM", "AWS Training and Certification", TC),
    irt=N_H_HOLD, refs=[N_H_ACK, N_H_HOLD], cte="7bit", note="owner answers the question in the hold")

H_CONF_HTML = ("<html><head><meta charset='shift_jis'></head><body>"
               "<p>武田 弘樹 様</p><p>お待たせいたしました。試験配信パートナーでの確認が完了しました。</p>"
               "<p>弊社システム上で、以下の 2 つの認定アカウントがお客様のものとして登録されております。</p>"
               "<table border='1' cellpadding='4'><tr><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>"
               "<tr><td>候補 ID</td><td>AWS04471923</td><td>AWS02288140</td></tr>"
               "<tr><td>ログインメール</td><td>" + ME_P + "</td><td>takeda.h@alumni.example.ac.jp</td></tr>"
               "<tr><td>トレーニング通知メール</td><td>" + ME_P + "</td><td>takeda.h@alumni.example.ac.jp</td></tr>"
               "<tr><td>認定通知メール</td><td>" + ME_P + "</td><td>takeda.h@alumni.example.ac.jp</td></tr></table>"
               "<p>統合後はアカウント #1 を残し、アカウント #2 の試験履歴と認定をすべて移行する予定です。"
               "この内容で問題がないか、ご確認のほどよろしくお願いいたします。</p>"
               "<p>Dev<br>AWS トレーニングと認定 カスタマーサポート</p></body></html>")
N_H_CONF = add("confirmation_request", True, H, ["AWS04471923", "AWS02288140"],
    frm=TC_FROM_JA, to=TO_PJ, subj=tc_subj(H), date="Mon, 22 Jul 2024 20:05:55 +0000",
    html=H_CONF_HTML, charset="shift_jis", cte="quoted-printable", irt=N_H_USER, refs=[N_H_ACK, N_H_HOLD, N_H_USER],
    note="JP HTML-only table, Shift_JIS QP; 'ご確認のほどよろしくお願いいたします' is the ask")

add("unrelated", False, None, [],
    frm=("Pearson VUE", "noreply@pearsonvue.com"), to=(ME_NAME_EN, ME_P),
    subj="Reminder: run the OnVUE system test before your exam", date="Tue, 23 Jul 2024 13:00:00 +0000",
    text="Dear Hiroki,\n\nYour online exam is in 3 days. Please run the system test on the computer you will use "
         "and reply to this reminder if you need an accommodation.\n\nRegistration: 519300472\n\nPearson VUE\n",
    note="exam vendor asking to 'reply' - not a support case")

H_USER2 = "確認しました。アカウント #1 (AWS04471923) への統合でお願いします。\n\n武田\n"
N_H_USER2 = add("user_reply", False, H, ["AWS04471923"],
    frm=(ME_NAME_JA, ME_P), to=(None, TC), subj=tc_subj(H), date="Tue, 23 Jul 2024 22:14:40 +0900",
    text=H_USER2 + "\n" + outlook_q("武田 弘樹 様\n\nお待たせいたしました。試験配信パートナーでの確認が完了しました。\n"
                                    "(表は省略)\nこの内容で問題がないか、ご確認のほどよろしくお願いいたします。\n",
                                    "Monday, July 22, 2024 8:05 PM", "AWS トレーニングと認定", TC, ME_P, tc_subj(H)),
    charset="utf-8", cte="base64", irt=N_H_CONF, refs=[N_H_ACK, N_H_HOLD, N_H_USER, N_H_CONF],
    note="owner confirms, Outlook '-----Original Message-----' quoting")

N_H_DONE = add("resolved", False, H, ["AWS02288140", "AWS04471923"],
    frm=TC_FROM_EN, to=TO_P, subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % H,
    date="Wed, 24 Jul 2024 02:47:09 +0000",
    text="Done - AWS02288140 is now merged into AWS04471923. The old login has been disabled.\n\n"
         "Dev\n\n________________________________\nFrom: " + ME_NAME_JA + " <" + ME_P + ">\nSent: 23 July 2024 13:14\n"
         "Subject: " + tc_subj(H) + "\n\n" + H_USER2,
    irt=N_H_USER2, refs=[N_H_ACK, N_H_HOLD, N_H_CONF, N_H_USER2], cte="quoted-printable", eol="\r\n",
    note="very short resolution, 'RE: [CASE' with space, Outlook underline quote")

add("badge", False, None, [],
    frm=("Credly", "admin@credly.com"), to=(None, ME_P),
    subj="Your badge collection has been updated", date="Thu, 25 Jul 2024 09:12:00 +0000",
    html="<html><body><p>Hi Hiroki,</p><p>Two badges from Amazon Web Services Training and Certification were "
         "added to your Credly profile after an account update: AWS Certified Cloud Practitioner (expired) and "
         "AWS Certified Developer - Associate (expired).</p><p>Manage your privacy settings at any time.</p></body></html>",
    cte="quoted-printable", note="Credly badge mail following the H merge")


# ---------------------------------------------------------------- phase 3: 2025, cases A, B, C, I
add("unrelated", False, None, [],
    frm=("人事部 総務グループ", "jinji@nexaworks.co.jp"), to=(ME_NAME_JA, ME_C),
    subj="【ご確認ください】最終出社日に向けた手続きのご案内", date="Mon, 24 Feb 2025 10:02:18 +0900",
    text="武田さん\n\n退職に伴う手続きについてご案内します。\n"
         "・社用メールアカウントは 3 月 14 日 18 時に停止します。\n"
         "・外部サービスに社用アドレスで登録しているものは、停止前に変更してください。\n"
         "・貸与 PC は最終出社日に返却してください。\n\n不明点があれば人事部までご返信ください。\n",
    charset="iso-2022-jp", cte="7bit", auth=False, note="HR mail: company mailbox closes Mar 14")

add("certification", False, None, [],
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=(ME_NAME_EN, ME_C),
    subj="AWS Certification wants to hear from you", date="Tue, 25 Feb 2025 16:20:00 +0000",
    html="<html><body><p>Hi Hiroki,</p><p>As an AWS Certified individual, your opinion shapes our exams. Could you "
         "spend 10 minutes on our annual certification holder survey?</p><p><a href='https://certmetrics.com/amazon/"
         "survey/2025'>Take the survey</a></p></body></html>",
    cte="quoted-printable", note="certification-program survey, not about a support case -> certification, not survey")

A_FORM = ("Inquiry type: Certification\nAdditional details: Account Merge\nCandidate ID: AWS09152664\n"
          "How can we help you?:\nUse case: I am leaving Nexaworks on March 14 and would like to move my company "
          "certification account to my personal one.\nEmail addresses used: " + ME_C + ", " + ME_P + "\n"
          "Email to keep: " + ME_P + "\nCandidate IDs: AWS09152664 (company), AWS04471923 (personal)\n")
N_A_ACK = add("acknowledgement", False, A, ["AWS09152664", "AWS09152664", "AWS04471923"],
    frm=TC_FROM_BARE, to=(None, ME_P),
    subj="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A,
    date="Mon, 03 Mar 2025 03:35:28 +0000",
    text="Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your request.\n\n"
         "You can expect a response within 24 hours. If you have already raised a case for this issue, please "
         "don't open another one for the same request.\n\nThe details of your case are as follows:\n\n%s\n"
         "Sincerely,\nAmazon Web Services\n" % (A, A_FORM),
    html="<html><body><p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b> "
         "to address your request.</p><p>You can expect a response within 24 hours. If you have already raised a "
         "case for this issue, please don't open another one for the same request.</p><p>The details of your case "
         "are as follows:</p><pre>%s</pre><p>Sincerely,<br>Amazon Web Services</p></body></html>" % (A, A_FORM),
    cte="quoted-printable", note="main case ack, 15-digit ID, multipart")

B_FORM_JA = ("お問い合わせタイプ: AWS トレーニングと認定\n問題タイプ: 認定\nその他の詳細: アカウントの統合\n"
             "内容: 会社のアカウント (AWS09152664) を個人アカウントに統合したいです。退職予定のため急ぎです。\n")
N_B_ACK = add("acknowledgement", False, B, ["AWS09152664"],
    frm=TC_FROM_JA, to=(None, ME_P),
    subj="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B,
    date="Mon, 03 Mar 2025 06:11:47 +0000", charset="shift_jis", cte="8bit", eol="\r\n",
    text="AWS をご利用いただきありがとうございます。\n\nお問い合わせに対してケース %s を作成いたしました。"
         "通常 24 時間以内にご返答いたしますが、最適な解決策を見つけるためにさらにお時間を頂戴することもございます。\n\n"
         "すでにケースが作成されている場合、同様のリクエストについて別のケースを作成なさらないようお願いいたします。\n\n"
         "ケースの詳細は以下のとおりです:\n\n%s\nAmazon Web Services\n" % (B, B_FORM_JA),
    note="second form for the same request (duplicate), JP Shift_JIS 8bit CRLF")

B_USER = ("Hello,\n\nSorry, I submitted the form twice. Case %s is the same request as case %s. "
          "Please close this one and keep working on %s.\n\nHiroki Takeda\n" % (B, A, A))
N_B_USER = add("user_reply", False, B, [],
    frm=(ME_NAME_EN, ME_P), to=(None, TC), subj=tc_subj(B), date="Mon, 03 Mar 2025 15:20:05 +0900",
    text=B_USER, cte="7bit", irt=N_B_ACK, note="owner asks support to close the duplicate")

N_B_DUP = add("case_update", False, B, [],
    frm=TC_FROM_EN, to=TO_P, subj=tc_subj(B), date="Mon, 03 Mar 2025 09:02:33 +0000",
    text=("Hi Hiroki,\n\nThanks for letting us know. I've closed case %s as a duplicate and linked it to case %s, "
         "where your merge request is already being handled. There is nothing more to do on this case; further "
         "updates will come on %s.\n\nRegards,\nPriya\nAWS Training and Certification\n\n"
         "On Mon, Mar 3, 2025 at 6:20 AM %s <%s> wrote:\n%s\n") % (B, A, A, ME_NAME_EN, ME_P, q(B_USER)),
    irt=N_B_USER, refs=[N_B_ACK, N_B_USER],
    note="duplicate closed and linked: 'closed' but not a resolution nor closing notice; mentions two case numbers")

add("unrelated", False, None, [],
    frm=("GitHub", "noreply@github.com"), to=(None, ME_P),
    subj="[hiroki-takeda/dotfiles] Run failed: lint - main (a41c9e0)", date="Tue, 04 Mar 2025 00:41:10 +0000",
    text="Run failed for main (a41c9e0)\n\nRepository: hiroki-takeda/dotfiles\nWorkflow: lint\n"
         "Duration: 41s\n\nView workflow run: https://github.com/hiroki-takeda/dotfiles/actions/runs/13641207755\n",
    cte="7bit", note="GitHub Actions failure")

A_HOLD = ("Hello Hiroki,\n\nThank you for your patience. While reviewing your request I found that the certification "
          "account registered to " + ME_C + " (AWS09152664) is linked to an AWS Partner Network organization, "
          "Nexaworks Co., Ltd. Profiles that are tied to a partner organization can't be merged or detached by us "
          "alone; the partner's Partner Central administrator has to release the association first.\n\n"
          "I have contacted the administrator on record and placed this case on hold until they respond.\n\n"
          "In the meantime, we also need you to tell us whether you are leaving Nexaworks and, if so, your last "
          "working day, because the partner's release depends on it.\n\n"
          "Kind regards,\nTomás R.\nAWS Training and Certification Customer Support\n")
N_A_HOLD = add("on_hold", True, A, ["AWS09152664"],
    frm=TC_FROM_EN, to=TO_P, subj=tc_subj(A), date="Tue, 04 Mar 2025 11:27:02 +0000",
    text=A_HOLD, cte="quoted-printable", irt=N_A_ACK,
    note="APN partner hold that also asks ('we need you to tell us') -> needs reply")

A_USER1 = ("Hello Tomas,\n\nYes, I am leaving Nexaworks. My last working day is March 14, 2025, and this mailbox will "
           "be shut down that evening. Please go ahead once the partner releases the account.\n\n"
           "Best regards,\nHiroki Takeda\nNexaworks Co., Ltd. | Cloud Platform Team\n")
N_A_USER1 = add("user_reply", False, A, [],
    frm=(ME_NAME_EN, ME_C), to=(None, TC), subj=tc_subj(A), date="Tue, 04 Mar 2025 21:05:44 +0900",
    text=A_USER1 + "\n" + outlook_q(A_HOLD, "Tuesday, March 4, 2025 8:27 PM", "AWS Training and Certification", TC,
                                    ME_NAME_EN, tc_subj(A)),
    cte="quoted-printable", irt=N_A_HOLD, refs=[N_A_ACK, N_A_HOLD],
    extra=[("X-MS-Has-Attach", ""), ("Thread-Index", "AdsM9f3kQ2m1bX7wS0uYc8hQ3p1Zkg==")],
    note="owner answers FROM THE COMPANY address, Outlook quoting")

A_WRONG = ("武田様\n\nAWS トレーニングと認定サポートの小林です。\n\n"
           "会社のメールアドレス (" + ME_C + ") からご返信をいただきました。ありがとうございます。\n"
           "ただ、本ケースのご連絡先は個人のメールアドレス (" + ME_P + ") で登録されており、"
           "セキュリティ上、登録されたアドレス以外からのご返信では手続きを進められません。\n\n"
           "お手数ですが、同じ内容を " + ME_P + " から本ケース宛てに送ってください。\n\n小林\n")
N_A_WRONG = add("info_request", True, A, [],
    frm=TC_FROM_JA, to=TO_CJ, subj=tc_subj(A), date="Wed, 05 Mar 2025 01:40:16 +0000",
    text=A_WRONG + "\n" + ja_q(A_USER1, "2025年3月4日(火) 21:05", ME_NAME_EN, ME_C),
    charset="iso-2022-jp", cte="7bit", irt=N_A_USER1, refs=[N_A_ACK, N_A_HOLD, N_A_USER1],
    note="JP, arrives in the company mailbox: write again from the personal address (plain 〜ください)")

A_USER2 = ("Hello,\n\nResending from my personal address as requested: I am leaving Nexaworks; my last working day "
           "is March 14, 2025. I agree to the merge once the partner releases AWS09152664.\n\nHiroki Takeda\n")
N_A_USER2 = add("user_reply", False, A, ["AWS09152664"],
    frm=(ME_NAME_EN, ME_P), to=(None, TC), subj=tc_subj(A), date="Wed, 05 Mar 2025 12:33:01 +0900",
    text=A_USER2, cte="7bit", irt=N_A_WRONG, refs=[N_A_ACK, N_A_HOLD, N_A_WRONG],
    note="owner resends from personal address, no quote")

A_HOLD2 = ("武田 弘樹 様\n\nご返信ありがとうございます。退職日について承知いたしました。\n\n"
           "現在、貴社の AWS パートナーネットワーク管理者による関連付け解除をお待ちしております。"
           "管理者の対応が完了するまで、本ケースは保留とさせていただきます。"
           "お客様に追加でご対応いただくことはございません。\n\n"
           "進展があり次第、ご連絡いたします。\n\n小林\nAWS トレーニングと認定 カスタマーサポート\n")
N_A_HOLD2 = add("on_hold", False, A, [],
    frm=TC_FROM_JA, to=TO_PJ, subj=tc_subj(A), date="Thu, 06 Mar 2025 02:15:44 +0000",
    text=A_HOLD2, charset="utf-8", cte="base64", irt=N_A_USER2, refs=[N_A_ACK, N_A_HOLD, N_A_WRONG, N_A_USER2],
    note="pure JP partner hold, explicitly nothing to do")

add("unrelated", False, None, [],
    frm=("AWS Educate", "aws-cs-educate-form@amazon.com"), to=(None, ME_P),
    subj="RE:[CASE 174112203300418] [AWS Educate Form Submission] - account-access",
    date="Fri, 07 Mar 2025 18:44:20 +0000",
    text="Hello,\n\nThank you for contacting AWS Educate. To locate your learner account, could you reply with the "
         "email address you used to register and the name of your institution?\n\nBest regards,\nAWS Educate Support\n",
    cte="7bit", note="another AWS form case (Educate) asking a question: unrelated, needs_reply false, case null")

add("suspicious", False, None, [],
    frm=("AWS Training & Certification", "cases@aws-training-merge.com"), to=(None, ME_P),
    subj="RE:[CASE %s] Account merge pending - final verification" % A,
    date="Sat, 08 Mar 2025 05:12:09 +0000",
    auth_raw="mx.google.com;\n       dkim=pass header.i=@aws-training-merge.com;\n"
             "       spf=pass smtp.mailfrom=aws-training-merge.com;\n       dmarc=pass (p=NONE) header.from=aws-training-merge.com",
    text="Hello Hiroki,\n\nYour account merge is pending final verification. Sign in with your Builder ID below to "
         "confirm that both accounts belong to you. Merges not verified within 24 hours are cancelled.\n\n"
         "https://aws-training-merge.com/verify/174097412800562\n\nAWS Training & Certification\n",
    cte="quoted-printable", note="lookalike domain quoting the real case number; case null")

A_LIFT = ("Hi Hiroki,\n\nQuick update: Nexaworks' Partner Central administrator has released the association on "
          "AWS09152664, so the hold on this case has been lifted. I'm now preparing the merge and will send you the "
          "account details to check shortly.\n\nTomás R.\nAWS Training and Certification Customer Support\n")
N_A_LIFT = add("case_update", False, A, ["AWS09152664"],
    frm=TC_FROM_EN, to=TO_P, subj=tc_subj(A), date="Tue, 11 Mar 2025 07:50:31 +0000",
    text=A_LIFT, cte="8bit", irt=N_A_HOLD2, refs=[N_A_ACK, N_A_HOLD, N_A_USER2, N_A_HOLD2],
    note="hold lifted, announces a future request but asks nothing now")

A_CONF_TXT = ("Account #1\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n\n"
              "Account #2\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n"
              % (ME_P, ME_P, ME_P, ME_C, ME_C, ME_C))
A_CONF_HTML = ("<html><body style='font-family:Arial'><p>Hi Hiroki,</p><p>Here are the two accounts I found for you:</p>"
               "<table border='1' cellspacing='0' cellpadding='5'>"
               "<tr><th>&nbsp;</th><th>Account #1</th><th>Account #2</th></tr>"
               "<tr><td>Candidate ID</td><td>AWS04471923</td><td>AWS09152664</td></tr>"
               "<tr><td>Login email</td><td>%s</td><td>%s</td></tr>"
               "<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>"
               "<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr></table>"
               "<p>Once merged, all exam history, certifications and benefits will live on the account you keep, "
               "and the other login will stop working.</p>"
               "<p>Is Account #1 the one you want to keep? A short reply confirming which account should remain is "
               "all I need to go ahead.</p><p>Thanks,<br>Tom&aacute;s R.<br>AWS Training and Certification Customer "
               "Support</p></body></html>" % (ME_P, ME_C, ME_P, ME_C, ME_P, ME_C))
N_A_CONF = add("confirmation_request", True, A, ["AWS04471923", "AWS09152664"],
    frm=TC_FROM_EN, to=TO_P, subj=tc_subj(A), date="Tue, 11 Mar 2025 09:14:05 +0000",
    html=A_CONF_HTML, cte="quoted-printable", irt=N_A_LIFT, refs=[N_A_ACK, N_A_HOLD, N_A_USER2, N_A_HOLD2, N_A_LIFT],
    note="HTML-only table Account #1/#2, question form")

add("unrelated", False, None, [],
    frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=(None, ME_P),
    subj="Delivery Status Notification (Failure)", date="Mon, 17 Mar 2025 01:20:33 +0000",
    text="** Address not found **\n\nYour message wasn't delivered to " + ME_C + " because the address couldn't be "
         "found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
         "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n\n"
         "----- Original message -----\nSubject: Re: " + tc_subj(A) + "\n",
    cte="7bit", auth=False, extra=[("Auto-Submitted", "auto-replied")],
    note="bounce quoting the case subject: the old company mailbox is gone")

A_CLOSE = ("武田様\n\nAWS トレーニングと認定 カスタマーサポートです。\n\n"
           "3 月 11 日にアカウント統合内容のご確認をお願いするメールをお送りしましたが、まだご返信をいただいておりません。"
           "このまま 3 営業日ご連絡がない場合、本ケースは自動的にクローズされます。\n\n"
           "統合を進めるには、前回のメールに記載したアカウント #1 と #2 のどちらを残すかをお知らせください。"
           "ご返信いただければ、ケースはそのまま継続されます。\n\nAWS トレーニングと認定\n")
N_A_CLOSE = add("closing_notice", True, A, [],
    frm=TC_FROM_JA, to=TO_PJ, subj=tc_subj(A), date="Mon, 17 Mar 2025 04:00:02 +0000",
    text=A_CLOSE, charset="iso-2022-jp", cte="7bit", irt=N_A_CONF,
    refs=[N_A_ACK, N_A_HOLD, N_A_HOLD2, N_A_LIFT, N_A_CONF],
    note="JP closing notice that repeats the merge question -> closing_notice (the closing is the news)")

A_USER3 = "Confirmed. Please merge into Account #1 (" + ME_P + ") and keep that one.\n\nThanks,\nHiroki\n"
N_A_USER3 = add("user_reply", False, A, [],
    frm=(ME_NAME_EN, ME_P), to=(None, TC), subj=tc_subj(A), date="Mon, 17 Mar 2025 13:41:27 +0900",
    text=A_USER3 + "\n" + gmail_q(A_CLOSE, "2025年3月17日(月) 13:00", "AWS トレーニングと認定", TC) + "\n" +
         q(gmail_q(A_CONF_TXT + "\nIs Account #1 the one you want to keep? A short reply confirming which account "
                   "should remain is all I need to go ahead.\n", "Tue, Mar 11, 2025 at 6:14 PM",
                   "AWS Training and Certification", TC)) + "\n",
    charset="utf-8", cte="quoted-printable", irt=N_A_CLOSE,
    refs=[N_A_ACK, N_A_HOLD, N_A_HOLD2, N_A_LIFT, N_A_CONF, N_A_CLOSE],
    note="owner's confirmation top-posted over two levels of quoted history")

A_DONE = ("Hello Hiroki,\n\nI have successfully merged the two accounts. Everything from AWS09152664 now lives on "
          "AWS04471923 (" + ME_P + "); the company login no longer works. Credly badges will follow to your personal "
          "address, and the partner profile will drop the certifications within a few days.\n\n"
          "Your case is now resolved.\n\nTomás R.\nAWS Training and Certification Customer Support\n")
A_DONE_Q = (A_DONE + "\n-----Original Message-----\nFrom: " + ME_NAME_EN + " <" + ME_P + ">\nSent: 17 March 2025 04:41\n\n"
            + A_USER3 + "\n-----Original Message-----\nFrom: AWS Training and Certification <" + TC + ">\n"
            "Sent: 11 March 2025 09:14\n\nHi Hiroki,\n\nHere are the two accounts I found for you:\n\n" + A_CONF_TXT +
            "\nIs Account #1 the one you want to keep? A short reply confirming which account should remain is all I "
            "need to go ahead.\n")
N_A_DONE = add("resolved", False, A, ["AWS09152664", "AWS04471923"],
    frm=TC_FROM_EN, to=TO_P, subj=tc_subj(A), date="Mon, 17 Mar 2025 06:02:50 +0000",
    text=A_DONE_Q, cte="quoted-printable", eol="\r\n", irt=N_A_USER3,
    refs=[N_A_ACK, N_A_HOLD, N_A_LIFT, N_A_CONF, N_A_CLOSE, N_A_USER3],
    note="merge done; quoted history (no '>') contains the old confirmation question")

N_A_FWD = add("user_reply", False, A, [],
    frm=(ME_NAME_JA, ME_P), to=("前田 陽介", "yosuke.maeda@example-partners.jp"),
    subj="Fwd: " + tc_subj(A), date="Mon, 17 Mar 2025 18:30:11 +0900",
    text="前田さん\n\n前に話していた認定アカウントの件、無事に個人アカウントへ統合されました。共有まで。\n\n武田\n\n"
         "---------- Forwarded message ---------\nFrom: AWS Training and Certification <" + TC + ">\n"
         "Date: 2025年3月17日(月) 15:02\nSubject: " + tc_subj(A) + "\nTo: " + ME_NAME_EN + " <" + ME_P + ">\n\n" + A_DONE,
    charset="utf-8", cte="base64", note="owner forwards the resolution to a friend (Gmail forward)")

add("badge", False, None, [],
    frm=("Credly", "admin@credly.com"), to=(None, ME_P),
    subj="Badges transferred to your Credly account", date="Mon, 17 Mar 2025 10:45:30 +0000",
    text="Hi Hiroki,\n\nAmazon Web Services Training and Certification has moved 4 badges to this email address. "
         "They are now visible on your profile:\n\n- AWS Certified Solutions Architect - Professional\n"
         "- AWS Certified Security - Specialty\n- AWS Certified Solutions Architect - Associate\n"
         "- AWS Certified SysOps Administrator - Associate\n\nView your badges: https://www.credly.com/users/hiroki-takeda\n",
    cte="7bit", note="Credly after the merge")

add("unrelated", False, None, [],
    frm=("前田 陽介", "yosuke.maeda@example-partners.jp"), to=(ME_NAME_JA, ME_P),
    subj="Re: Fwd: " + tc_subj(A), date="Mon, 17 Mar 2025 20:02:55 +0900",
    text="武田さん\n\nおめでとうございます!自分も来月退職なので、手順を教えてもらえますか?\n"
         "時間があるときに返信ください。\n\n前田\n\n2025年3月17日(月) 18:30 " + ME_NAME_JA + " <" + ME_P + ">:\n"
         "> 前田さん\n>\n> 前に話していた認定アカウントの件、無事に個人アカウントへ統合されました。共有まで。\n",
    charset="iso-2022-jp", cte="7bit", auth=False,
    irt=N_A_FWD, note="friend's reply in the case thread (subject carries [CASE]), asks for a reply; not support")

add("survey", False, A, [],
    frm=("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=(None, ME_P),
    subj="Tell us about your support experience", date="Wed, 19 Mar 2025 16:00:00 +0000",
    html="<html><body><p>Hello,</p><p>You recently worked with AWS Training and Certification Customer Support on "
         "Case ID: %s.</p><p>How satisfied were you with the support you received?</p>"
         "<p><a href='https://survey.aws.training/s/tc?c=%s&r=5'>Very satisfied</a> | "
         "<a href='https://survey.aws.training/s/tc?c=%s&r=1'>Not satisfied</a></p></body></html>" % (A, A, A),
    cte="quoted-printable", note="survey for case A")

add("unrelated", False, None, [],
    frm=("AWS", "aws-marketing-email-replies@amazon.com"), to=(None, ME_P),
    subj="New in AWS Skill Builder: practice exams for every certification", date="Thu, 20 Mar 2025 15:00:00 +0000",
    html="<html><body><h2>Get exam ready</h2><p>Official practice exams are now available for all AWS "
         "Certifications in AWS Skill Builder. Reply to this email to tell us which exam you are preparing for.</p>"
         "<p><a href='https://skillbuilder.aws/'>Start practicing</a></p><p>Unsubscribe</p></body></html>",
    cte="base64", note="AWS marketing asking for a reply")

A_REOPEN = ("Hi Tomás,\n\nThanks again for the merge. One thing is missing though: the old company account had an "
            "unused 50% exam discount, and it does not show under Benefits on AWS04471923. Could you check?\n\n"
            "Hiroki\n")
N_A_REOPEN = add("user_reply", False, A, ["AWS04471923"],
    frm=(ME_NAME_EN, ME_P), to=(None, TC), subj=tc_subj(A), date="Fri, 21 Mar 2025 09:10:40 +0900",
    text=A_REOPEN + "\n" + gmail_q(A_DONE, "Mon, Mar 17, 2025 at 3:02 PM", "AWS Training and Certification", TC),
    cte="quoted-printable", irt=N_A_DONE, refs=[N_A_ACK, N_A_CONF, N_A_USER3, N_A_DONE],
    note="owner reopens the resolved case")

A_REOPENED = ("武田様\n\nご連絡ありがとうございます。AWS トレーニングと認定サポートの小林です。\n\n"
              "本ケースを再開いたしました。旧アカウントの 50% 割引特典が移行されていない件は、"
              "特典の担当チームに確認を依頼しております。確認には数営業日ほどかかる見込みです。\n\n"
              "現時点でお客様にご対応いただく事項はございません。結果がわかり次第ご連絡いたします。\n\n小林\n")
N_A_REOPENED = add("case_update", False, A, [],
    frm=TC_FROM_JA, to=TO_PJ, subj=tc_subj(A), date="Fri, 21 Mar 2025 05:30:00 +0000",
    text=A_REOPENED + "\n" + ja_q(A_REOPEN, "2025年3月21日(金) 9:10", ME_NAME_EN, ME_P),
    charset="utf-8", cte="quoted-printable", irt=N_A_REOPEN, refs=[N_A_ACK, N_A_DONE, N_A_REOPEN],
    note="JP: case reopened, with benefits team, nothing to do")

C_ACK = ("Hello,\n\nWe have received your request and opened case %s. You will receive a response from a "
         "support agent soon.\n\nCase ID: %s\nSubject: Exam result missing from certification history\n"
         "Severity: General guidance\nCorrespondence: My exam on March 20 (SAP-C02 beta) does not appear in my exam "
         "history.\n\nTo view or update the case, sign in to the AWS Support Center:\n"
         "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
         "Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n\n"
         "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n" % (C, C, C))
N_C_ACK = add("acknowledgement", False, C, [],
    frm=("Amazon Web Services", CONSOLE), to=(None, ME_P),
    subj="Amazon Web Services: New Support case: %s" % C, date="Tue, 25 Mar 2025 02:12:44 +0000",
    text=C_ACK, cte="7bit", note="Support Center (console) case ack")

C_REQ_JA = ("お客様\n\nお問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの岡田です。\n\n"
            "3 月 20 日に受験された試験の結果が履歴に表示されない件、確認いたしました。試験配信会社からの結果連携が"
            "途中で止まっている可能性があります。\n\n"
            "配信会社に照会するため、Pearson VUE の登録番号 (9 桁) と受験時の氏名表記を、サポートセンターの"
            "ケース画面からお知らせいただけますと幸いです。このメールへの返信ではお受けできませんのでご注意ください。\n\n"
            "岡田\n\n")
N_C_REQ = add("info_request", True, C, [],
    frm=("Amazon Web Services", CONSOLE), to=(None, ME_P),
    subj="RE:[CASE %s] Exam result missing from certification history" % C, date="Wed, 26 Mar 2025 04:45:12 +0000",
    text="Hello,\n\nWe have updated your support case with a new correspondence.\n\n" + C_REQ_JA +
         "To see the full case history or to reply, please use this link:\n"
         "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
         "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
         "To respond to this case, please follow the link above.\n" % C,
    charset="utf-8", cte="base64", irt=N_C_ACK,
    note="console case: JP agent text in EN template, answer must go in Support Center (〜いただけますと幸いです)")

add("unrelated", False, None, [],
    frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=(ME_NAME_EN, ME_P),
    subj="Your Pearson VUE exam receipt", date="Wed, 26 Mar 2025 09:00:00 -0500",
    text="Receipt for your exam purchase\n\nRegistration ID: 630118274\nExam: AWS Certified Solutions Architect - "
         "Professional (SAP-C02)\nDiscount applied: AWS Certification 50% benefit\nTotal: USD 150.00\n",
    cte="7bit", note="exam vendor receipt with 9-digit registration ID")

N_A_DONE2 = add("resolved", False, A, [],
    frm=TC_FROM_JA, to=TO_PJ, subj=tc_subj(A), date="Thu, 27 Mar 2025 02:20:19 +0000",
    html="<html><body><p>武田 弘樹 様</p><p>お待たせいたしました。特典の担当チームにて確認が完了し、"
         "旧アカウントの 50% 割引特典を現在のアカウントへ移行いたしました。「特典」ページからご確認いただけます。</p>"
         "<p>これにて本ケースは解決とさせていただきます。</p><p>小林<br>AWS トレーニングと認定</p>"
         "<hr><p style='font-size:small'>サポートの品質向上のため、アンケートへのご協力をお願いいたします: "
         "<a href='https://survey.aws.training/s/tc?c=" + A + "'>アンケートに回答する</a></p>"
         "<blockquote>" + A_REOPEN.replace("\n", "<br>") + "</blockquote></body></html>",
    charset="utf-8", cte="quoted-printable", irt=N_A_REOPENED, refs=[N_A_ACK, N_A_DONE, N_A_REOPEN, N_A_REOPENED],
    note="JP HTML resolution of the reopened case; survey footer and quoted 'Could you check?' from the owner")

add("closing_notice", True, C, [],
    frm=("Amazon Web Services", CONSOLE), to=(None, ME_P),
    subj="RE:[CASE %s] Exam result missing from certification history" % C, date="Sat, 29 Mar 2025 04:45:30 +0000",
    text="Hello,\n\nWe haven't heard back from you regarding case %s. If we don't receive a response in the "
         "Support Center, this case will be resolved automatically in 3 days. Resolved cases can be reopened from "
         "the Support Center for 14 days.\n\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
         "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n" % (C, C),
    cte="7bit", eol="\r\n", irt=N_C_REQ, refs=[N_C_ACK, N_C_REQ],
    note="console auto-resolve warning: answer in the console")

add("unrelated", False, None, [],
    frm=("AWS", "no-reply@login.awsapps.com"), to=(None, ME_P),
    subj="AWS Builder ID: your verification code", date="Sat, 29 Mar 2025 11:05:00 +0000",
    text="Your verification code is 907214.\n\nIf you didn't request this, ignore this email.\n",
    cte="7bit", note="one-time code")

C_DONE = ("Hello,\n\nOur exam delivery partner re-sent the result and your SAP-C02 exam now shows in your "
          "certification history with the status Pass. Your certificate and badge will be issued within 5 "
          "business days.\n\nWe will consider this case resolved. If anything else comes up, you can reopen it "
          "from the Support Center within 14 days.\n\nBest regards,\nKenji O.\nAWS Training and Certification\n\n"
          "We value your feedback. Please share your experience by rating this correspondence using the "
          "link below.\n\n")
N_C_DONE = add("resolved", False, C, [],
    frm=("Amazon Web Services", CONSOLE), to=(None, ME_P),
    subj="RE:[CASE %s] Exam result missing from certification history" % C, date="Mon, 31 Mar 2025 08:10:44 +0000",
    text="Hello,\n\nWe have updated your support case with a new correspondence.\n\n" + C_DONE +
         "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
         "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n" % C,
    html="<html><body><p>We have updated your support case with a new correspondence.</p><p>" +
         C_DONE.replace("\n\n", "</p><p>").replace("\n", "<br>") + "<a href='https://console.aws.amazon.com/support/"
         "home#/case/?displayId=" + C + "'>Rate this correspondence</a></p></body></html>",
    cte="quoted-printable", irt=N_C_REQ, refs=[N_C_ACK, N_C_REQ],
    note="console resolution with rating footer -> resolved, not survey")

add("suspicious", False, None, [],
    frm=("Credly", "badges@credly-notify.net"), to=(None, ME_P),
    subj="Action required: claim your AWS badge before it expires", date="Tue, 01 Apr 2025 13:14:15 +0000",
    auth_raw="mx.google.com;\n       dkim=none;\n       spf=neutral smtp.mailfrom=credly-notify.net;\n"
             "       dmarc=none header.from=credly-notify.net",
    html="<html><body><p>Hi,</p><p>Your badge <b>AWS Certified Solutions Architect - Professional</b> is waiting. "
         "Unclaimed badges are removed after 72 hours.</p><p><a href='https://credly-notify.net/claim?id=88a1'>"
         "Sign in with Builder ID to claim</a></p></body></html>",
    cte="quoted-printable", note="Credly lookalike credential phishing")

I_FORM = ("Inquiry type: Certification\nAdditional details: Certificate\nCandidate ID: AWS04471923\n"
          "How can we help you?: My name is printed as 'Hiroki Takada' on the SAP-C02 certificate. Please correct it to "
          "'Hiroki Takeda'.\n")
N_I_ACK = add("acknowledgement", False, I, ["AWS04471923"],
    frm=TC_FROM_BARE, to=(None, ME_P),
    subj="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % I,
    date="Wed, 02 Apr 2025 00:55:10 +0000",
    html="<html><body><p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case %s "
         "to address your request. A member of our team will respond within 24 hours.</p><p>The details of your case "
         "are as follows:</p><pre>%s</pre><p>Please do not open another case for the same request.</p>"
         "<p>Sincerely,<br>Amazon Web Services</p></body></html>" % (I, I_FORM),
    cte="base64", note="HTML-only ack, base64")

I_REQ = ("Hello Hiroki,\n\nThanks for reaching out about the spelling on your certificate. Names on AWS certificates "
         "are taken from the legal name on the certification account, which in turn must match the identification "
         "you present at the exam. Because the exam record shows the same spelling as the certificate, the "
         "correction has to go through our identity review rather than a simple profile edit.\n\n"
         "The review team usually completes these within two business days of receiving the documents. After the "
         "change, a new certificate is generated automatically and the Credly badge is updated as well; you don't "
         "need to retake anything or contact Pearson VUE.\n\n"
         "To start the review, we need you to reply with a scan or photo of a government-issued ID showing your "
         "name in Latin letters (a passport works best). You may cover the document number.\n\n"
         "Regards,\nAmara\nAWS Training and Certification Customer Support\n")
N_I_REQ = add("info_request", True, I, [],
    frm=TC_FROM_EN, to=TO_P, subj=tc_subj(I), date="Thu, 03 Apr 2025 18:22:47 +0000",
    text=I_REQ, cte="quoted-printable", irt=N_I_ACK,
    note="long EN mail, request ('we need you to') buried in the last paragraph after reassurance")

add("unrelated", False, None, [],
    frm=("Microsoft Learn", "learn@email.microsoft.com"), to=(ME_NAME_EN, ME_P),
    subj="Renew your Microsoft Certified: Azure Administrator Associate", date="Sat, 05 Apr 2025 14:00:00 +0000",
    text="Hi Hiroki,\n\nYour certification expires in 180 days. The free renewal assessment is now open on "
         "Microsoft Learn.\n\nMicrosoft Learn\n",
    cte="7bit", note="another vendor's certification expiry")

add("certification", False, None, ["AWS04471923"],
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=(ME_NAME_JA, ME_P),
    subj="AWS 認定: 新しい認定証をダウンロードできます", date="Mon, 07 Apr 2025 03:00:00 +0000",
    text="武田 弘樹 様\n\nAWS Certified Solutions Architect - Professional の認定証が発行されました。\n"
         "候補 ID: AWS04471923\n\n認定アカウントの「認定」ページからダウンロードしてください。\n\n"
         "AWS トレーニングと認定\n",
    charset="iso-2022-jp", cte="7bit", note="JP certificate notice")

add("unrelated", False, None, [],
    frm=("JAWS-UG 東京", "tokyo@jaws-ug.example.org"), to=(None, ME_P),
    subj="JAWS-UG 東京 4月勉強会のお知らせ (認定資格LT大会)", date="Tue, 08 Apr 2025 10:00:00 +0900",
    text="みなさんこんにちは。\n\n4 月の勉強会は「認定資格 LT 大会」です。転職時の認定アカウント統合の体験談も募集中です。"
         "登壇希望の方はこのメールに返信してください。\n\n日時: 4 月 24 日 19:00〜\n場所: オンライン\n",
    charset="utf-8", cte="base64", auth=False, note="community newsletter in JP, asks for replies")

add("closing_notice", True, I, [],
    frm=TC_FROM_JA, to=TO_PJ, subj=tc_subj(I), date="Fri, 11 Apr 2025 03:30:00 +0000",
    text="武田 弘樹 様\n\nAWS トレーニングと認定 カスタマーサポートでございます。\n\n"
         "4 月 3 日にご本人確認書類のご提出をお願いしておりましたが、ご返信をいただけなかったため、"
         "本ケースはいったんクローズいたしました。\n\n"
         "引き続き認定証のお名前の修正をご希望の場合は、本メールに書類を添えてご返信ください。"
         "ご返信をいただいた時点でケースは再開されます。\n\nAWS トレーニングと認定\n\n" +
         gmail_q(I_REQ, "Thu, Apr 3, 2025 at 6:22 PM", "AWS Training and Certification", TC).replace("On Thu", "Thu"),
    charset="shift_jis", cte="quoted-printable", irt=N_I_REQ, refs=[N_I_ACK, N_I_REQ],
    note="JP 'case was closed; reply to reopen' (past tense closing), Shift_JIS QP, quotes the request")


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    for m in MSGS:
        base = os.path.join(OUT, "%03d-msg" % m["n"])
        with open(base + ".eml", "wb") as fh:
            fh.write(m["data"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    c = Counter(m["label"]["kind"] for m in MSGS)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(m["label"]["needs_reply"] for m in MSGS)))
    if "--table" in sys.argv:
        for m in MSGS:
            L = m["label"]
            print("| %03d | %s | %s | %s | %s |" % (m["n"], L["kind"], "yes" if L["needs_reply"] else "no",
                                                  L["case"] or "-", m["note"]))


main()
