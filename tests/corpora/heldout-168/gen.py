#!/usr/bin/env python3
"""Blind corpus generator: AWS Training and Certification support-case mail and the mail around it.

Standard library only. Writes NNN-msg.eml + NNN-msg.json next to this script, in arrival order,
and prints the count per kind.
"""
import base64
import json
import os
import quopri
import sys
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "wataru.morita.p@gmail.com"
ME_C = "morita.w@hoshizora-tech.co.jp"
ME_NAME = "Wataru Morita"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
NOREPLY = "no-reply-aws@amazon.com"

CASE_A = "174642183300417"   # main merge, company -> personal (15 digits)
CASE_B = "174642562900958"   # duplicate form for the same merge (15 digits)
CASE_C = "14879310562"       # Support Center (console) case: missing voucher (11 digits)
CASE_D = "8427716305"        # name correction, Japanese agents (10 digits)
CASE_F = "174990118800231"   # second merge: duplicate profile on the same address (15 digits)

ID_OLD = "AWS04417720"   # company certification account
ID_NEW = "AWS19930561"   # personal certification account
ID_DUP = "AWS27750184"   # forgotten duplicate profile (case F)

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

MESSAGES = []


# ---------------------------------------------------------------- MIME helpers

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def h(s, cs="utf-8"):
    """Encode a header value if it is not plain ASCII."""
    if is_ascii(s):
        return s
    return Header(s, cs, maxlinelen=76, header_name="Subject").encode()


def a(name, addr, cs="utf-8"):
    if not name:
        return addr
    if is_ascii(name):
        return formataddr((name, addr))
    return "%s <%s>" % (Header(name, cs).encode(), addr)


def leaf(text, sub="plain", cs="utf-8", cte="quoted-printable", extra=None, fmt_flowed=False):
    raw = text.encode(cs)
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        try:
            body = raw.decode("ascii")
        except UnicodeDecodeError:  # non-ASCII UTF-8 text: send as 8bit like many real MTAs
            cte = "8bit"
            body = raw.decode(cs)
    elif cte == "8bit":
        body = raw.decode(cs)
    else:
        raise ValueError(cte)
    ct = "text/%s; charset=%s" % (sub, '"%s"' % cs if cs.lower() in ("utf-8",) and sub == "html" else cs)
    if fmt_flowed:
        ct += "; format=flowed"
    hdrs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    if extra:
        hdrs += extra
    return hdrs, body


def attach(data, ctype, filename, cte="base64"):
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = data.decode("ascii")
    return ([
        'Content-Type: %s; name="%s"' % (ctype, filename),
        'Content-Disposition: attachment; filename="%s"' % filename,
        "Content-Transfer-Encoding: " + cte,
    ], body)


def rfc822(raw_msg_text, filename=None):
    hdrs = ["Content-Type: message/rfc822"]
    if filename:
        hdrs.append('Content-Disposition: attachment; filename="%s"' % filename)
    return hdrs, raw_msg_text


def multi(sub, parts, boundary, preamble=None, extra_ct=""):
    out = []
    if preamble:
        out.append(preamble)
    for ph, pb in parts:
        out.append("--" + boundary)
        out.extend(ph)
        out.append("")
        out.append(pb.rstrip("\n"))
    out.append("--" + boundary + "--")
    out.append("")
    return ['Content-Type: multipart/%s; boundary="%s"%s' % (sub, boundary, extra_ct)], "\n".join(out)


def auth_gmail(domain, dkim="pass", spf="pass", dmarc="pass", policy="QUARANTINE", ip="54.240.8.21", mailfrom=None):
    mailfrom = mailfrom or ("bounces@" + domain)
    spf_txt = {
        "pass": "google.com: domain of %s designates %s as permitted sender" % (mailfrom, ip),
        "softfail": "google.com: domain of transitioning %s does not designate %s as permitted sender" % (mailfrom, ip),
        "fail": "google.com: domain of %s does not designate %s as permitted sender" % (mailfrom, ip),
    }[spf]
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=s1 header.b=Xk3Pq9aZ;\n"
            "       spf=%s (%s) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s") % (
        dkim, domain, spf, spf_txt, mailfrom, dmarc, policy, policy,
        "NONE" if dmarc == "pass" else policy, domain)


def auth_m365(domain, ok=True):
    if ok:
        return ("spf=pass (sender IP is 54.240.27.11) smtp.mailfrom=%s; dkim=pass (signature was\n"
                " verified) header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n"
                " reason=100") % (domain, domain, domain)
    return ("spf=fail (sender IP is 185.220.14.9) smtp.mailfrom=%s; dkim=none (message not\n"
            " signed) header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail\n"
            " reason=000") % (domain, domain)


def add(kind, needs_reply, case, cids, note, *, date, frm, to, subject, part, mid,
        cc=None, irt=None, refs=None, auth=None, crlf=False, reply_to=None, extra=None,
        received=None, subj_cs="utf-8", sender=None):
    lines = []
    if received:
        for r in received:
            lines.append("Received: " + r)
    if auth:
        lines.append("Authentication-Results: " + auth)
    lines.append("Date: " + format_datetime(date))
    lines.append("From: " + frm)
    if sender:
        lines.append("Sender: " + sender)
    if reply_to:
        lines.append("Reply-To: " + reply_to)
    lines.append("To: " + to)
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Subject: " + h(subject, subj_cs))
    lines.append("Message-ID: " + mid)
    if irt:
        lines.append("In-Reply-To: " + irt)
    if refs:
        lines.append("References: " + refs)
    if extra:
        lines.extend(extra)
    lines.append("MIME-Version: 1.0")
    ph, pb = part
    lines.extend(ph)
    text = "\n".join(lines) + "\n\n" + pb.rstrip("\n") + "\n"
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    MESSAGES.append(dict(kind=kind, needs_reply=needs_reply, case=case,
                         candidate_ids=list(cids), note=note, raw=text))


def rcv_amazon(to_host, date):
    return ["by 2002:a05:6a10:9e8c:b0:5c2:1f0e:77a1 with SMTP id k12csp%d; %s" % (
        (date.day * 7919) % 99999, format_datetime(date.astimezone(PDT))),
        "from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com. [54.240.8.31])\n"
        "        by %s with ESMTPS id x3si%d for <%s>;\n        %s" % (
            "mx.google.com" if "gmail" in to_host else to_host, date.minute * 31,
            ME_P if "gmail" in to_host else ME_C, format_datetime(date.astimezone(PDT)))]


def gm_quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def tc_mid(tag):
    return "<010001%s-tc%s-000000@email.amazonses.com>" % (tag, tag[:6])


def d(y, mo, dd, hh, mi, tz=JST):
    return datetime(y, mo, dd, hh, mi, (hh * 7 + mi) % 60, tzinfo=tz)


TC_FROM = a(TC_NAME, TC)
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")

# message ids used for threading
M = {
    "A_ack": tc_mid("96a0c1f3e2"), "B_ack": tc_mid("96a0c5b8d1"), "B_dup": tc_mid("96a5f0aa01"),
    "A_hold": tc_mid("96a8e21c4f"), "A_me1": "<CAJ7h2p+Qd0x5nK3vR8uWq1@mail.gmail.com>",
    "A_upd": tc_mid("96b2c4d9e0"), "A_lift": tc_mid("96c7aa0213"), "A_info1": tc_mid("96c7cf7b66"),
    "A_me2": "<TYCPR01MB11842A7C0E5D2B91F3C8A4E1BB@TYCPR01MB11842.jpnprd01.prod.outlook.com>",
    "A_info2": tc_mid("96cd7e0b12"), "A_me3": "<CAJ7h2p-x8ZbT4eKd9VmPq2@mail.gmail.com>",
    "A_conf": tc_mid("96d1f8e6c3"), "A_fwd": "<CAJ7h2p_9f1LwRcN0yTq6Jv@mail.gmail.com>",
    "A_close": tc_mid("96e5a1d7b4"), "A_me4": "<CAJ7h2p=Dk0s7mWbH3aZq8e@mail.gmail.com>",
    "A_done": tc_mid("96e8b3c9f5"), "A_fwd2": "<CAJ7h2p+mN5cR2tY8uV1bXk@mail.gmail.com>",
    "D_ack": tc_mid("9683f2a0c7"), "D_info": tc_mid("968e3b5d01"), "D_me1": "<CAJ7h2q+Ty6Zk1sW0pLm4Ae@mail.gmail.com>",
    "D_upd": tc_mid("96c2d0e7a8"), "D_done": tc_mid("96e0f4b1c2"), "D_me2": "<CAJ7h2q=Re9Uv3Xc7nMb2Hd@mail.gmail.com>",
    "D_reopen": tc_mid("96f6a2d4e9"), "D_info2": tc_mid("96fc1e8b70"), "D_me3": "<CAJ7h2q-Wp5Qs8Ld1kJf7Gy@mail.gmail.com>",
    "D_done2": tc_mid("9721b0c3d6"),
    "F_ack": tc_mid("976f0c2d19"), "F_hold": tc_mid("97708b1e44"), "F_conf": tc_mid("97786e3a5b"),
    "F_close": tc_mid("978d7f2c60"), "F_me": "<CAJ7h2r+Ha2Jk5Lm8Np1Qr4@mail.gmail.com>",
    "F_reopen": tc_mid("978f1a4b77"), "F_done": tc_mid("97996c5e88"),
}


def build():
    # 001 ------------------------------------------------------------ GitHub "Merged"
    add("unrelated", False, None, [],
        "GitHub PR notification: 'Merged #412' to the company address; the word merged and a colleague's question",
        date=d(2025, 4, 28, 10, 14), frm=a("Daiki Sato", "notifications@github.com"), to=a("hoshizora-tech/infra-modules", "infra-modules@noreply.github.com"),
        cc=a("Wataru Morita", ME_C) + ", " + "Mention <mention@noreply.github.com>",
        subject="Re: [hoshizora-tech/infra-modules] Bump AWS provider to 5.96 and merge the IAM modules (PR #412)",
        mid="<hoshizora-tech/infra-modules/pull/412/c2831190455@github.com>",
        irt="<hoshizora-tech/infra-modules/pull/412@github.com>", refs="<hoshizora-tech/infra-modules/pull/412@github.com>",
        auth=auth_m365("github.com"),
        extra=["X-GitHub-Reason: mention", "List-ID: hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>",
               "List-Unsubscribe: <https://github.com/notifications/unsubscribe/AB3K7Q>"],
        part=multi("alternative", [
            leaf("Merged #412 into main.\n\n@wmorita-hz could you confirm the state bucket migration is done before you leave? "
                 "Reply here when you get a chance.\n\n—\nReply to this email directly, view it on GitHub:\n"
                 "https://github.com/hoshizora-tech/infra-modules/pull/412#event-17420938811\n"
                 "You are receiving this because you were mentioned.", cte="7bit"),
            leaf('<p>Merged <a href="https://github.com/hoshizora-tech/infra-modules/pull/412">#412</a> into main.</p>'
                 "<p>@wmorita-hz could you confirm the state bucket migration is done before you leave? Reply here when you get a chance.</p>"
                 '<p style="font-size:small;color:#666">—<br>Reply to this email directly, <a href="https://github.com/hoshizora-tech/infra-modules/pull/412">view it on GitHub</a>.</p>',
                 sub="html", cte="7bit")], "----==_mimepart_680ee1c3a1b2_5f1c3fa1"))

    # 002 ------------------------------------------------------------ certmetrics expiry
    add("certification", False, None, [ID_OLD],
        "CertMetrics expiry reminder to the company address with the candidate ID; 'action' wording but no case",
        date=d(2025, 4, 28, 22, 3, UTC), frm=a("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
        subject="Your AWS Certified Solutions Architect - Associate certification expires in 90 days",
        mid="<20250428220300.7F1A2C0031@mailer.certmetrics.com>", auth=auth_m365("certmetrics.com"),
        part=multi("alternative", [
            leaf("Hello Wataru,\n\nYour AWS Certified Solutions Architect - Associate certification (validation number "
                 "Q7XK2M4L1B9E1S3Y) will expire on July 27, 2025.\n\nCandidate ID: %s\n\n"
                 "To keep your certification active, pass the current version of the exam or a higher-level exam "
                 "in the same path before the expiration date. You can schedule from your AWS Certification Account.\n\n"
                 "Best,\nAWS Certification\n\nThis is an automated message; replies to this address are not monitored." % ID_OLD),
            leaf("<html><body><p>Hello Wataru,</p><p>Your <b>AWS Certified Solutions Architect - Associate</b> certification "
                 "(validation number Q7XK2M4L1B9E1S3Y) will expire on <b>July 27, 2025</b>.</p>"
                 "<table><tr><td>Candidate ID</td><td>%s</td></tr></table>"
                 "<p>To keep your certification active, pass the current version of the exam or a higher-level exam in the same path "
                 "before the expiration date.</p><p><a href='https://www.aws.training/certification'>Go to your AWS Certification Account</a></p>"
                 "<p style='color:#888'>This is an automated message; replies to this address are not monitored.</p></body></html>" % ID_OLD,
                 sub="html")], "b1_5c0e8e7d6f2a9b0c4d1e"))

    # 003 ------------------------------------------------------------ owner's own memo, company -> personal
    add("user_reply", False, None, [ID_OLD, ID_NEW],
        "Owner's own memo sent from the company address to the personal one (Japanese, ISO-2022-JP, Outlook); lists both candidate IDs, no case yet",
        date=d(2025, 4, 29, 18, 47), frm=a("森田 航", ME_C, "iso-2022-jp"), to=a("森田 航", ME_P, "iso-2022-jp"),
        subject="認定アカウント移行メモ(退職前に)", subj_cs="iso-2022-jp",
        mid="<TYCPR01MB11842F02B63E1C0D7A9C5B2E3BB@TYCPR01MB11842.jpnprd01.prod.outlook.com>",
        auth=auth_gmail("hoshizora-tech.co.jp", ip="40.107.74.92", policy="NONE", mailfrom=ME_C),
        extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdvZ4kL8pQ2mR7tOQxmE1p0WcH3N1A=="],
        part=leaf("自分用メモ。\n\n"
                  "旧(会社) 認定アカウント: morita.w@hoshizora-tech.co.jp / 候補ID %s\n"
                  "新(個人) 認定アカウント: wataru.morita.p@gmail.com / 候補ID %s (4/29 Builder ID で作成)\n\n"
                  "試験履歴: CLF-C02 (2022/03), SAA-C03 (2022/07), DVA-C02 (2023/11)\n"
                  "特典: 次回試験 50%%割引 1枚 (有効期限 2025/11)\n"
                  "証明書PDFは個人の Google Drive に保存済み。\n\n"
                  "やること: フォームから「アカウントの統合」を申請。残すのは個人のアドレス。\n"
                  "最終出社 5/30 なので、それまでに会社アドレス宛のメールも確認すること。\n" % (ID_OLD, ID_NEW),
                  cs="iso-2022-jp", cte="7bit"))

    # 004 ------------------------------------------------------------ Builder ID OTP
    add("unrelated", False, None, [],
        "AWS Builder ID one-time code (6 digits) from signin.aws; asks to enter a code, not a case",
        date=d(2025, 4, 29, 9, 51, UTC), frm=a("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
        subject="Verify your AWS Builder ID email address",
        mid="<0100019680f6c1d2-verify-4417@email.amazonses.com>", auth=auth_gmail("signin.aws"),
        received=rcv_amazon("gmail", d(2025, 4, 29, 9, 51, UTC)),
        part=leaf("<html><body style='font-family:Arial'><h2>Verify your email</h2>"
                  "<p>Use this verification code to finish creating your AWS Builder ID:</p>"
                  "<p style='font-size:28px;letter-spacing:6px'><b>418207</b></p>"
                  "<p>The code expires in 30 minutes. If you didn't request it, you can ignore this message.</p>"
                  "<p>Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</p></body></html>",
                  sub="html", cte="quoted-printable"))

    # 005 ------------------------------------------------------------ D ack (Shift_JIS, base64)
    add("acknowledgement", False, CASE_D, [ID_OLD],
        "Case D opened: Japanese acknowledgement in Shift_JIS/base64; echoes the form text incl. a candidate ID; the 'do not open another case' line is not a request",
        date=d(2025, 4, 30, 12, 8), frm=a("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
        subject="[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
        mid=M["D_ack"], auth=auth_gmail("amazon.com"), received=rcv_amazon("gmail", d(2025, 4, 30, 12, 8)),
        part=leaf("森田 航 様\n\n"
                  "AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n"
                  "お問い合わせをケース %s として受け付けました。\n\n"
                  "担当者より通常 1 営業日以内にご連絡いたしますが、内容によってはお時間をいただく場合がございます。\n"
                  "同じご用件で別途ケースを作成されますと、かえってご回答が遅れることがございますので、"
                  "追加の情報は本ケースへのご返信でお寄せください。\n\n"
                  "------ 受付内容 ------\n"
                  "お問い合わせタイプ: 認定\n"
                  "その他の詳細: 認定記録の修正\n"
                  "AWS 候補 ID: %s\n"
                  "お問い合わせ内容: 認定証の氏名が「Wataru Morota」と誤って表示されています。"
                  "正しくは「Wataru Morita」です。修正をお願いします。\n"
                  "----------------------\n\n"
                  "AWS トレーニングと認定 カスタマーサポート\n" % (CASE_D, ID_OLD),
                  cs="shift_jis", cte="base64"), crlf=True)

    # 006 ------------------------------------------------------------ colleague, farewell party
    add("unrelated", False, None, [],
        "Colleague (Japanese) about a farewell party; asks the owner to reply with dates — a request, but not from support",
        date=d(2025, 4, 30, 17, 22), frm=a("鈴木 真理子", "suzuki.m@hoshizora-tech.co.jp"), to=a("森田 航", ME_C),
        subject="送別会の日程について", mid="<TYAPR01MB60214B0C2F7E3A19D58C6E21AB@TYAPR01MB6021.jpnprd01.prod.outlook.com>",
        extra=["X-MS-Has-Attach: ", "X-MS-Exchange-Organization-SCL: -1"],
        part=multi("alternative", [
            leaf("森田さん\n\nお疲れさまです。鈴木です。\n送別会の候補日を以下で考えています。\n\n"
                 "・5/22(木) 19:00〜\n・5/27(火) 19:00〜\n\nご都合のよい日を今週中にご返信ください。"
                 "お店はこちらで押さえます。\n\nあと、引き継ぎ用のチケット INFRA-2291 の件もご確認をお願いします。\n\n鈴木\n",
                 cte="base64"),
            leaf("<html><body><p>森田さん</p><p>お疲れさまです。鈴木です。<br>送別会の候補日を以下で考えています。</p>"
                 "<ul><li>5/22(木) 19:00〜</li><li>5/27(火) 19:00〜</li></ul>"
                 "<p>ご都合のよい日を今週中にご返信ください。お店はこちらで押さえます。</p>"
                 "<p>あと、引き継ぎ用のチケット INFRA-2291 の件もご確認をお願いします。</p><p>鈴木</p></body></html>",
                 sub="html", cte="base64")], "_000_TYAPR01MB60214B0C2F7E3A19D58C6E21AB_"), crlf=True)

    # 007 ------------------------------------------------------------ AWS billing from no-reply-aws
    add("unrelated", False, None, [],
        "AWS billing statement from no-reply-aws@amazon.com (same sender as console cases) with a 12-digit account ID",
        date=d(2025, 5, 1, 3, 12, UTC), frm=a("Amazon Web Services", NOREPLY), to=ME_P,
        subject="Amazon Web Services Billing Statement Available [Account: 610374582913]",
        mid="<0100019689a7b3c4-billing-610374582913@email.amazonses.com>", auth=auth_gmail("amazon.com"),
        received=rcv_amazon("gmail", d(2025, 5, 1, 3, 12, UTC)),
        part=leaf("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, "
                  "for the account ending in 2913, is available on the AWS web site. Your account will be charged the following:\n\n"
                  "Total: $4.87\n\nYou can see a complete break down of all charges on the Billing page located here:\n"
                  "https://console.aws.amazon.com/billing/home#/bill\n\nThank you for using Amazon Web Services.\n\n"
                  "Sincerely,\nAmazon Web Services\n\nThis message was produced and distributed by Amazon Web Services, Inc., "
                  "410 Terry Ave. North, Seattle, WA 98109-5210\n", cte="7bit"))

    # 008 ------------------------------------------------------------ D info request (keigo, ISO-2022-JP)
    add("info_request", True, CASE_D, [ID_OLD],
        "Case D: Japanese keigo request (〜いただけますでしょうか) for ID-document spelling and preferred name order, after a long explanation; ISO-2022-JP",
        date=d(2025, 5, 2, 11, 20), frm=a("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
        subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
        mid=M["D_info"], irt=M["D_ack"], refs=M["D_ack"], auth=auth_gmail("amazon.com"),
        received=rcv_amazon("gmail", d(2025, 5, 2, 11, 20)),
        part=leaf("森田 航 様\n\n"
                  "AWS トレーニングと認定サポートの山口でございます。\n"
                  "認定証の氏名表記についてお問い合わせいただき、ありがとうございます。\n\n"
                  "候補 ID %s のアカウントを拝見いたしました。AWS 認定の記録上の氏名は、"
                  "試験当日にご提示いただいた本人確認書類の記載と一致している必要がございます。"
                  "また、修正後の表示は認定証および今後発行されるデジタルバッジにも反映されます。\n\n"
                  "つきましては、お手数ではございますが、以下の 2 点をご返信いただけますでしょうか。\n\n"
                  "1. 試験時にご提示された本人確認書類に記載のローマ字氏名\n"
                  "2. 修正後に表示をご希望の氏名の順序(名・姓 または 姓・名)\n\n"
                  "ご確認のほど、よろしくお願いいたします。\n\n"
                  "山口\nAWS トレーニングと認定 カスタマーサポート\n" % ID_OLD,
                  cs="iso-2022-jp", cte="7bit"))

    # 009 ------------------------------------------------------------ newsletter HTML-only
    add("unrelated", False, None, [],
        "Japanese tech newsletter, HTML-only, mentions AWS certification and 'case study'",
        date=d(2025, 5, 2, 7, 0), frm=a("Cloud Native Digest", "digest@cn-digest.jp"), to=ME_P,
        subject="【週刊 Cloud Native Digest】第218号: re:Inforce 直前特集 / 認定試験の最新動向",
        mid="<218.20250502070000.cnd@cn-digest.jp>", auth=auth_gmail("cn-digest.jp", ip="149.72.10.3", policy="NONE"),
        extra=["List-Unsubscribe: <mailto:unsubscribe@cn-digest.jp?subject=218>", "Precedence: bulk"],
        part=leaf("<html><body><h1>週刊 Cloud Native Digest 第218号</h1>"
                  "<h2>今週のトピック</h2><ul><li>AWS 認定: 新しい試験ガイドが公開(ケーススタディ付き)</li>"
                  "<li>EKS Auto Mode 導入事例</li><li>Terraform 1.12 の変更点</li></ul>"
                  "<p>ご意見・ご感想はこのメールへの返信でお寄せください。</p>"
                  "<p><a href='https://cn-digest.jp/unsub'>配信停止</a></p></body></html>",
                  sub="html", cte="base64"))

    # 010 ------------------------------------------------------------ A ack
    body = ("Hello Wataru,\n\n"
            "Thanks for reaching out to AWS Training and Certification. Your request has been logged as case %s.\n\n"
            "Someone from our team normally replies within one business day; requests that need research can take a little longer. "
            "Opening a second case for the same request will not move it faster and may slow it down, so keep all "
            "correspondence on this one.\n\n"
            "Summary of your request\n"
            "  Inquiry type: Certification\n"
            "  Additional detail: Account Merge\n"
            "  Description: I am leaving Hoshizora Technologies at the end of May. I'd like to merge my company "
            "certification account (%s, candidate ID %s) into my personal one (%s, candidate ID %s). "
            "Please keep the personal address on file.\n\n"
            "Regards,\nAWS Training and Certification\n" % (CASE_A, ME_C, ID_OLD, ME_P, ID_NEW))
    html = ("<html><body><p>Hello Wataru,</p><p>Thanks for reaching out to AWS Training and Certification. "
            "Your request has been logged as case <b>%s</b>.</p><p>Someone from our team normally replies within one business day; "
            "requests that need research can take a little longer. Opening a second case for the same request will not move it faster "
            "and may slow it down, so keep all correspondence on this one.</p>"
            "<table border='1' cellpadding='4'><tr><th colspan='2'>Summary of your request</th></tr>"
            "<tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Additional detail</td><td>Account Merge</td></tr>"
            "<tr><td>Description</td><td>I am leaving Hoshizora Technologies at the end of May. I'd like to merge my company certification "
            "account (%s, candidate ID %s) into my personal one (%s, candidate ID %s). Please keep the personal address on file.</td></tr>"
            "</table><p>Regards,<br>AWS Training and Certification</p></body></html>" % (CASE_A, ME_C, ID_OLD, ME_P, ID_NEW))
    add("acknowledgement", False, CASE_A, [ID_OLD, ID_NEW],
        "Case A opened: English acknowledgement, multipart/alternative QP; form echo contains both candidate IDs; 'keep all correspondence on this one' is not a request",
        date=d(2025, 5, 5, 14, 12), frm=TC_FROM, to=ME_P, subject="[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        mid=M["A_ack"], auth=auth_gmail("amazon.com"), received=rcv_amazon("gmail", d(2025, 5, 5, 14, 12)),
        part=multi("alternative", [leaf(body), leaf(html, sub="html")], "----=_Part_381920_1449875012.1746421940112"))

    # 011 ------------------------------------------------------------ B ack (duplicate, Japanese, to company)
    add("acknowledgement", False, CASE_B, [ID_OLD],
        "Case B opened by mistake (second form from the company address, Japanese UI); Japanese ack, base64 UTF-8, multipart",
        date=d(2025, 5, 5, 15, 14), frm=TC_FROM, to=ME_C, subject="[CASE %s] %s" % (CASE_B, FORM_SUBJ),
        mid=M["B_ack"], auth=auth_m365("amazon.com"),
        part=multi("alternative", [
            leaf("お問い合わせありがとうございます。\n\nケース %s を作成しました。"
                 "通常、24 時間以内に担当者からご連絡します。\n"
                 "すでに同じ内容のケースをお持ちの場合は、新たにケースを作成せず、既存のケースにご返信ください。\n\n"
                 "ケースの内容:\n"
                 "お問い合わせタイプ: AWS トレーニングと認定\n"
                 "問題タイプ: 認定\n"
                 "その他の詳細: アカウントの統合\n"
                 "内容: 会社のアカウント(候補ID %s)を個人アカウントへ統合したいです。"
                 "フォームの送信が完了したか分からなかったため、再送しています。\n\n"
                 "AWS トレーニングと認定\n" % (CASE_B, ID_OLD), cte="base64"),
            leaf("<div>お問い合わせありがとうございます。</div><div>ケース <b>%s</b> を作成しました。通常、24 時間以内に担当者からご連絡します。</div>"
                 "<div>すでに同じ内容のケースをお持ちの場合は、新たにケースを作成せず、既存のケースにご返信ください。</div>"
                 "<dl><dt>お問い合わせタイプ</dt><dd>AWS トレーニングと認定</dd><dt>問題タイプ</dt><dd>認定</dd>"
                 "<dt>その他の詳細</dt><dd>アカウントの統合</dd><dt>内容</dt><dd>会社のアカウント(候補ID %s)を個人アカウントへ統合したいです。"
                 "フォームの送信が完了したか分からなかったため、再送しています。</dd></dl>" % (CASE_B, ID_OLD),
                 sub="html", cte="base64")], "=_aws_tc_7731b0"))

    # 012 ------------------------------------------------------------ B closed as duplicate
    add("case_update", False, CASE_B, [],
        "Case B closed as a duplicate of A; names the other case number; 'nothing to do here'",
        date=d(2025, 5, 6, 9, 3), frm=TC_FROM, to=ME_C, subject="RE:[CASE %s] %s" % (CASE_B, FORM_SUBJ),
        mid=M["B_dup"], irt=M["B_ack"], refs=M["B_ack"], auth=auth_m365("amazon.com"),
        part=leaf("Hi Wataru,\n\nThe same merge request is already open under case %s, which was submitted from your personal "
                  "address a little earlier. To keep everything in one thread I'm closing this duplicate. Your request hasn't been lost; "
                  "the other case is active and we'll carry on there.\n\nThere's nothing you need to do on this case.\n\n"
                  "Thanks,\nMarco\nAWS Training and Certification\n" % CASE_A, cte="7bit"))

    # 013 ------------------------------------------------------------ A on hold (APN) with a buried question
    body = ("Hello Wataru,\n\n"
            "Thank you for your patience while I looked into this.\n\n"
            "The certification account registered to %s is associated with an AWS Partner Network organization "
            "(Hoshizora Technologies K.K.). While that association is active, the certifications on it count toward the "
            "partner's profile, and our policy doesn't allow us to move them to another account without the partner's release. "
            "I've reached out to the partner's alliance contact and placed your case on hold until they respond.\n\n"
            "One thing that would help me on my side: are you actually leaving Hoshizora, and on which date will you lose "
            "access to the company mailbox?\n\n"
            "Kind regards,\n\nPriya S.\nAWS Training and Certification\n\n"
            "--\nHow did I do? Rate this reply: https://aws.amazon.com/training/support-feedback?c=%s\n" % (ME_C, CASE_A))
    add("on_hold", True, CASE_A, [],
        "Case A put on hold for the APN partner release; the only question (leaving date) sits after the explanation; rating footer",
        date=d(2025, 5, 6, 18, 40), frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        mid=M["A_hold"], irt=M["A_ack"], refs=M["A_ack"], auth=auth_gmail("amazon.com"),
        received=rcv_amazon("gmail", d(2025, 5, 6, 18, 40)), part=leaf(body))
    hold_body = body

    # 014 ------------------------------------------------------------ owner answers the hold question
    add("user_reply", False, CASE_A, [],
        "Owner answers the hold question from the personal address; Gmail quoting of support's mail",
        date=d(2025, 5, 6, 22, 15), frm=a(ME_NAME, ME_P), to=TC_FROM, subject="Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        mid=M["A_me1"], irt=M["A_hold"], refs=M["A_ack"] + " " + M["A_hold"],
        part=multi("alternative", [
            leaf("Hi Priya,\n\nYes, I'm leaving. My last working day at Hoshizora is May 30, and the company mailbox will be "
                 "disabled that evening. I've also told our alliance team about the request.\n\nThanks,\nWataru\n\n"
                 "On Tue, May 6, 2025 at 6:40 PM AWS Training and Certification <%s> wrote:\n\n%s\n" % (TC, gm_quote(hold_body)),
                 fmt_flowed=False),
            leaf("<div dir='ltr'>Hi Priya,<br><br>Yes, I'm leaving. My last working day at Hoshizora is May 30, and the company mailbox "
                 "will be disabled that evening. I've also told our alliance team about the request.<br><br>Thanks,<br>Wataru</div>"
                 "<br><div class='gmail_quote'><div class='gmail_attr'>On Tue, May 6, 2025 at 6:40 PM AWS Training and Certification "
                 "&lt;%s&gt; wrote:<br></div><blockquote class='gmail_quote' style='margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex'>"
                 "%s</blockquote></div>" % (TC, hold_body.replace("\n", "<br>")), sub="html")],
            "000000000000a1f3c20634716b2e"))

    # 015 ------------------------------------------------------------ D owner reply (Japanese)
    d_info_txt = ("森田 航 様\n\nAWS トレーニングと認定サポートの山口でございます。\n…(中略)…\n"
                  "つきましては、お手数ではございますが、以下の 2 点をご返信いただけますでしょうか。\n\n"
                  "1. 試験時にご提示された本人確認書類に記載のローマ字氏名\n"
                  "2. 修正後に表示をご希望の氏名の順序(名・姓 または 姓・名)\n\n山口\n")
    add("user_reply", False, CASE_D, [],
        "Owner answers case D in Japanese; Gmail Japanese attribution line and quoted request",
        date=d(2025, 5, 7, 8, 2), frm=a("森田 航", ME_P), to=TC_FROM,
        subject="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
        mid=M["D_me1"], irt=M["D_info"], refs=M["D_ack"] + " " + M["D_info"],
        part=leaf("山口様\n\nご連絡ありがとうございます。\n\n1. パスポート記載: MORITA WATARU\n"
                  "2. 表示は「Wataru Morita」(名・姓)でお願いいたします。\n\n森田\n\n"
                  "2025年5月2日(金) 11:20 AWS トレーニングと認定 <%s>:\n\n%s\n" % (TC, gm_quote(d_info_txt)),
                  cte="base64"))

    # 016 ------------------------------------------------------------ Pearson VUE booking
    add("unrelated", False, None, [ID_NEW],
        "Pearson VUE booking confirmation (exam vendor) with 9-digit registration number and the candidate ID",
        date=d(2025, 5, 7, 13, 31, UTC), frm=a("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
        subject="Confirmation of your AWS Certified Security - Specialty exam appointment",
        mid="<1902466521.AB77.1746624660@pearsonvue.com>", auth=auth_gmail("pearson.com", ip="198.2.180.14"),
        part=multi("alternative", [
            leaf("Dear Wataru Morita,\n\nThank you for scheduling with Pearson VUE.\n\n"
                 "Exam: SCS-C02 AWS Certified Security - Specialty\nDate: Tuesday, June 3, 2025 10:00 AM JST\n"
                 "Location: OnVUE online proctored\nRegistration number: 447201938\nAWS Candidate ID: %s\n\n"
                 "Please review the ID requirements and run the system test before exam day. To reschedule or cancel, "
                 "sign in at least 24 hours before your appointment.\n\nPearson VUE\n" % ID_NEW),
            leaf("<p>Dear Wataru Morita,</p><p>Thank you for scheduling with Pearson VUE.</p><table>"
                 "<tr><td>Exam</td><td>SCS-C02 AWS Certified Security - Specialty</td></tr>"
                 "<tr><td>Date</td><td>Tuesday, June 3, 2025 10:00 AM JST</td></tr><tr><td>Location</td><td>OnVUE online proctored</td></tr>"
                 "<tr><td>Registration number</td><td>447201938</td></tr><tr><td>AWS Candidate ID</td><td>%s</td></tr></table>"
                 "<p>Please review the ID requirements and run the system test before exam day.</p>" % ID_NEW, sub="html")],
            "PVUE_BOUNDARY_7721"))

    # 017 ------------------------------------------------------------ other vendor "solved"
    add("unrelated", False, None, [],
        "Another vendor's helpdesk (Zendesk style): request solved, auto-close unless you reply — looks like a closing notice",
        date=d(2025, 5, 8, 2, 44, UTC), frm=a("Kumo Docs Support", "support@kumodocs.zendesk.com"), to=ME_C,
        subject="[Kumo Docs] Re: SSO login loop after IdP change (Request #88213)",
        mid="<ZD7X1K2P_6819f0a4e1c2b_1a2b3c_sprut@zendesk.com>", auth=auth_m365("zendesk.com"),
        part=leaf("##- Please type your reply above this line -##\n\n"
                  "Your request (88213) has been solved. If you don't reply, it will close automatically in 4 days.\n\n"
                  "Ana (Kumo Docs)\n\nMay 8, 2025, 11:44 JST\n\nHi Wataru, we shipped the fix for the SAML redirect. Could you "
                  "try signing in again and let us know if the loop is gone? If it is, no need to reply.\n\n"
                  "This email is a service from Kumo Docs. [ZD7X1K-2PQ8]\n", cte="7bit"))

    # 018 ------------------------------------------------------------ A passed to partner ops (HTML only)
    add("case_update", False, CASE_A, [],
        "Case A: handed to Partner Operations, still on hold; HTML-only; explicitly 'nothing needed from you'",
        date=d(2025, 5, 9, 16, 5), frm=TC_FROM, to=ME_P, subject="RE: [CASE %s] %s" % (CASE_A, FORM_SUBJ),
        mid=M["A_upd"], irt=M["A_me1"], refs=" ".join([M["A_ack"], M["A_hold"], M["A_me1"]]), auth=auth_gmail("amazon.com"),
        received=rcv_amazon("gmail", d(2025, 5, 9, 16, 5)),
        part=leaf("<html><body><div>Hi Wataru,</div><div><br></div><div>Thanks for the dates. I've handed the release request to our "
                  "Partner Operations team, who work with Hoshizora's alliance contact directly. Nothing is needed from you for now; "
                  "I'll write again as soon as they come back to me.</div><div><br></div><div>Best,<br>Priya S.<br>"
                  "AWS Training and Certification</div></body></html>", sub="html"))

    # 019 ------------------------------------------------------------ Skill Builder receipt
    add("unrelated", False, None, [],
        "AWS Skill Builder subscription receipt (training purchase, not a case)",
        date=d(2025, 5, 10, 1, 30, UTC), frm=a("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=ME_P,
        subject="Your AWS Skill Builder receipt - Order SB-20250510-77310",
        mid="<01000196b7c1a2d3-skb-77310@email.amazonses.com>", auth=auth_gmail("skillbuilder.aws"),
        part=leaf("<html><body><h3>Thanks for subscribing</h3><table><tr><td>Plan</td><td>Individual (monthly)</td></tr>"
                  "<tr><td>Amount</td><td>USD 29.00</td></tr><tr><td>Order</td><td>SB-20250510-77310</td></tr></table>"
                  "<p>Questions about your subscription? Contact us through the help center.</p></body></html>",
                  sub="html", cte="base64"))

    # 020 ------------------------------------------------------------ D still working (Japanese)
    add("case_update", False, CASE_D, [],
        "Case D: Japanese progress note (修正作業中、対応事項なし); ISO-2022-JP",
        date=d(2025, 5, 12, 10, 40), frm=a("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
        subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
        mid=M["D_upd"], irt=M["D_me1"], refs=" ".join([M["D_ack"], M["D_info"], M["D_me1"]]), auth=auth_gmail("amazon.com"),
        part=leaf("森田 様\n\nご返信ありがとうございます。\nいただいた内容をもとに、担当部署にて氏名表記の修正を進めております。"
                  "完了しましたら、あらためてご連絡いたします。\n\n現時点でお客様にご対応いただくことはございません。\n\n"
                  "山口\nAWS トレーニングと認定\n", cs="iso-2022-jp", cte="7bit"), crlf=True)

    # 021 ------------------------------------------------------------ A hold lifted, no token in subject, no number
    add("case_update", False, CASE_A, [],
        "Case A hold lifted by a new agent; subject lost the [CASE] token and the body has no number — only In-Reply-To/References tie it to the case",
        date=d(2025, 5, 13, 10, 2), frm=TC_FROM, to=ME_P, subject="Re: account-assistance",
        mid=M["A_lift"], irt=M["A_upd"], refs=" ".join([M["A_ack"], M["A_hold"], M["A_me1"], M["A_upd"]]),
        auth=auth_gmail("amazon.com"), received=rcv_amazon("gmail", d(2025, 5, 13, 10, 2)),
        part=leaf("Hi Wataru,\n\nGood news: Hoshizora's partner administrator has released the association on your company "
                  "certification account, so the hold is off and your request is back with us. I'm picking it up from Priya "
                  "and will be in touch shortly with the next step.\n\nTomás R.\nAWS Training and Certification\n"))

    # 022 ------------------------------------------------------------ A info request (HTML only)
    add("info_request", True, CASE_A, [],
        "Case A: HTML-only request for the login e-mail and candidate ID of the account to keep, phrased as a question",
        date=d(2025, 5, 13, 10, 41), frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        mid=M["A_info1"], irt=M["A_lift"], refs=" ".join([M["A_ack"], M["A_hold"], M["A_upd"], M["A_lift"]]),
        auth=auth_gmail("amazon.com"), received=rcv_amazon("gmail", d(2025, 5, 13, 10, 41)),
        part=leaf("<html><head><style>p{margin:0 0 10px}</style></head><body>"
                  "<p>Hello again Wataru,</p>"
                  "<p>Before I set up the merge I searched for the destination profile, and no certification account comes up with "
                  "<i>%s</i> as its sign-in address. That usually means the profile was created under a different Builder ID e-mail, "
                  "or the profile setup was not completed.</p>"
                  "<p>Which sign-in e-mail and candidate ID appear under <b>Account</b> on the profile you want to keep? "
                  "A screenshot of that page works too.</p>"
                  "<p>Thanks,<br>Tomás R.<br>AWS Training and Certification</p></body></html>" % ME_P, sub="html", cte="base64"))
    info1_txt = ("Hello again Wataru,\n\nBefore I set up the merge I searched for the destination profile, and no certification "
                 "account comes up with %s as its sign-in address. ...\n\nWhich sign-in e-mail and candidate ID appear under Account "
                 "on the profile you want to keep? A screenshot of that page works too.\n\nThanks,\nTomás R." % ME_P)

    # 023 ------------------------------------------------------------ owner answers from the WRONG address (Outlook)
    add("user_reply", False, CASE_A, [ID_NEW],
        "Owner answers from the company address (wrong one), Outlook top-post with -----Original Message----- and a PNG attachment",
        date=d(2025, 5, 14, 9, 15), frm=a("Morita Wataru", ME_C), to=TC_FROM, subject="RE: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        mid=M["A_me2"], irt=M["A_info1"], refs=" ".join([M["A_ack"], M["A_lift"], M["A_info1"]]),
        extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdvZ4kL8pQ2mR7tOQxmE1p0WcH3N1B4xYz=="],
        part=multi("mixed", [
            leaf("Hi Tomás,\n\nThe profile I want to keep signs in with %s (Builder ID). The candidate ID shown under Account is %s. "
                 "Screenshot attached.\n\nBest regards,\nWataru Morita\nHoshizora Technologies K.K.\n\n"
                 "-----Original Message-----\nFrom: AWS Training and Certification <%s>\nSent: Tuesday, May 13, 2025 10:41 AM\n"
                 "To: %s\nSubject: RE:[CASE %s] %s\n\n%s\n" % (ME_P, ID_NEW, TC, ME_P, CASE_A, FORM_SUBJ, info1_txt),
                 cs="utf-8", cte="quoted-printable"),
            attach(PNG, "image/png", "account-page.png")], "_004_TYCPR01MB11842A7C0E5D2B91F3C8A4E1BB_"), crlf=True)

    # 024 ------------------------------------------------------------ A: write from the right address
    add("info_request", True, CASE_A, [],
        "Case A: support can't act on a reply from the company address and tells the owner to send it from the personal one — no 'please', imperative buried mid-paragraph",
        date=d(2025, 5, 14, 20, 30), frm=TC_FROM, to=ME_P, cc=ME_C, subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        mid=M["A_info2"], irt=M["A_me2"], refs=" ".join([M["A_ack"], M["A_info1"], M["A_me2"]]),
        auth=auth_gmail("amazon.com"), received=rcv_amazon("gmail", d(2025, 5, 14, 20, 30)),
        part=leaf("Hi Wataru,\n\nThanks for the screenshot. Your reply reached us from %s. That address belongs to one of the "
                  "two accounts being merged and is not the one that opened this case, so for your protection I can't act on "
                  "instructions sent from it. Send the same details from %s and I'll carry on from there.\n\n"
                  "Tomás R.\nAWS Training and Certification\n" % (ME_C, ME_P), cte="7bit"))

    # 025 ------------------------------------------------------------ colleague out-of-office
    add("unrelated", False, None, [],
        "Colleague's Japanese out-of-office auto-reply to the company address",
        date=d(2025, 5, 14, 22, 1), frm=a("田中 健", "tanaka.k@hoshizora-tech.co.jp"), to=a("森田 航", ME_C),
        subject="自動応答: 引き継ぎ資料(AWS アカウント管理)", mid="<OSZPR01MB7040AUTO20250514@OSZPR01MB7040.jpnprd01.prod.outlook.com>",
        extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: tanaka.k@hoshizora-tech.co.jp"],
        part=leaf("お疲れさまです。田中です。\n5/14〜5/19 は休暇のため不在にしております。\n"
                  "お急ぎの場合は infra-team@hoshizora-tech.co.jp までご連絡ください。\n", cte="base64"))

    # 026 ------------------------------------------------------------ owner resends from personal
    add("user_reply", False, CASE_A, [ID_NEW],
        "Owner resends the details from the personal address, Gmail quoting of two levels",
        date=d(2025, 5, 15, 7, 50), frm=a(ME_NAME, ME_P), to=TC_FROM, subject="Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        mid=M["A_me3"], irt=M["A_info2"], refs=" ".join([M["A_ack"], M["A_info1"], M["A_me2"], M["A_info2"]]),
        part=leaf("Hi Tomás,\n\nSending from my personal address as asked. The profile to keep signs in with %s and its "
                  "candidate ID is %s.\n\nWataru\n\nOn Wed, May 14, 2025 at 8:30 PM AWS Training and Certification <%s> wrote:\n"
                  "> Hi Wataru,\n>\n> Thanks for the screenshot. Your reply reached us from %s. ...\n"
                  "> Send the same details from %s and I'll carry on from there.\n>\n> Tomás R.\n" % (ME_P, ID_NEW, TC, ME_C, ME_P),
                  fmt_flowed=True, cte="7bit"))

    # 027 ------------------------------------------------------------ AWS marketing (Japanese)
    add("unrelated", False, None, [],
        "AWS marketing (Japanese) for AWS Summit; mentions certification lounge and 'ご登録ください'",
        date=d(2025, 5, 15, 10, 0), frm=a("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), to=ME_P,
        subject="【AWS Summit Japan 2025】ご登録受付中 - 認定者ラウンジのご案内", mid="<1747270800.41.mkt-jp@marketing.aws.amazon.com>",
        auth=auth_gmail("amazon.com"), extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe?e=w4k>", "Precedence: bulk"],
        part=multi("alternative", [
            leaf("AWS Summit Japan 2025 のご登録を受付中です。\nAWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。"
                 "当日は認定証(デジタルバッジ)をご提示ください。\n\n今すぐご登録ください: https://aws.amazon.com/jp/summits/japan/\n",
                 cte="base64"),
            leaf("<html><body><h1>AWS Summit Japan 2025</h1><p>ご登録を受付中です。</p><p>AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。"
                 "当日は認定証(デジタルバッジ)をご提示ください。</p><p><a href='https://aws.amazon.com/jp/summits/japan/'>今すぐ登録</a></p></body></html>",
                 sub="html", cte="base64")], "----=_NextPart_mkt_9931"))

    # 028 ------------------------------------------------------------ A confirmation request, HTML-only table
    conf_html = ("<html><body style='font-family:Amazon Ember,Arial,sans-serif;font-size:14px'>"
                 "<p>Hi Wataru,</p><p>Thanks, that was what I needed. These are the two accounts I found:</p>"
                 "<table border='1' cellspacing='0' cellpadding='6' style='border-collapse:collapse'>"
                 "<tr style='background:#eee'><th></th><th>Account #1</th><th>Account #2</th></tr>"
                 "<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>"
                 "<tr><td>Login email</td><td>%s</td><td>%s</td></tr>"
                 "<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>"
                 "<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr></table>"
                 "<p>When the merge runs, the exam history, certifications and benefits of Account #2 move to Account #1, and "
                 "Account #2 can no longer be used to sign in. This can't be undone.</p>"
                 "<p>Can you confirm that both accounts are yours and that Account #1 is the one we should keep?</p>"
                 "<p>Best regards,<br>Kenji T.<br>AWS Training and Certification</p></body></html>" % (
                     ID_NEW, ID_OLD, ME_P, ME_C, ME_P, ME_C, ME_P, ME_C))
    conf_txt = ("Hi Wataru,\n\nThanks, that was what I needed. These are the two accounts I found:\n\n"
                "Account #1\n  Candidate ID: %s\n  Login email: %s\n  Training notification email: %s\n  Certification notification email: %s\n\n"
                "Account #2\n  Candidate ID: %s\n  Login email: %s\n  Training notification email: %s\n  Certification notification email: %s\n\n"
                "When the merge runs, the exam history, certifications and benefits of Account #2 move to Account #1, and Account #2 "
                "can no longer be used to sign in. This can't be undone.\n\n"
                "Can you confirm that both accounts are yours and that Account #1 is the one we should keep?\n\n"
                "Best regards,\nKenji T.\nAWS Training and Certification" % (ID_NEW, ME_P, ME_P, ME_P, ID_OLD, ME_C, ME_C, ME_C))
    add("confirmation_request", True, CASE_A, [ID_NEW, ID_OLD],
        "Case A: the merge confirmation, HTML-only with an Account #1 / #2 table (new agent), asks as a question without 'please'",
        date=d(2025, 5, 16, 11, 25), frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        mid=M["A_conf"], irt=M["A_me3"], refs=" ".join([M["A_ack"], M["A_info2"], M["A_me3"]]),
        auth=auth_gmail("amazon.com"), received=rcv_amazon("gmail", d(2025, 5, 16, 11, 25)),
        part=leaf(conf_html, sub="html", cte="quoted-printable"))

    # 029 ------------------------------------------------------------ owner forwards it to the company address
    add("user_reply", False, CASE_A, [],
        "Owner forwards the confirmation request to his company address (Gmail inline forward): contains the request and the IDs, but only as forwarded text",
        date=d(2025, 5, 16, 12, 2), frm=a(ME_NAME, ME_P), to=ME_C, subject="Fwd: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        mid=M["A_fwd"], refs=M["A_conf"],
        part=leaf("会社側の控え用。週末に確認して返信する。\n\n---------- Forwarded message ---------\n"
                  "From: AWS Training and Certification <%s>\nDate: Fri, May 16, 2025 at 11:25 AM\n"
                  "Subject: RE:[CASE %s] %s\nTo: <%s>\n\n\n%s\n" % (TC, CASE_A, FORM_SUBJ, ME_P, conf_txt), cte="base64"))

    # 030 ------------------------------------------------------------ GitHub issue closed
    add("unrelated", False, None, [],
        "GitHub issue in the owner's notes repo titled 'Merge certification accounts checklist', closed as completed",
        date=d(2025, 5, 17, 14, 9), frm=a("Wataru Morita", "notifications@github.com"), to=a("wmorita/cert-notes", "cert-notes@noreply.github.com"),
        cc="State change <state_change@noreply.github.com>",
        subject="Re: [wmorita/cert-notes] Merge certification accounts checklist (Issue #3)",
        mid="<wmorita/cert-notes/issue/3/issue_event/17533401120@github.com>", irt="<wmorita/cert-notes/issues/3@github.com>",
        refs="<wmorita/cert-notes/issues/3@github.com>", auth=auth_gmail("github.com", ip="192.30.252.201"),
        part=leaf("Closed #3 as completed.\n\n—\nReply to this email directly, view it on GitHub:\n"
                  "https://github.com/wmorita/cert-notes/issues/3#event-17533401120\nYou are receiving this because you modified the open/close state.\n",
                  cte="7bit"))

    # 031 ------------------------------------------------------------ phishing, lookalike domain
    add("suspicious", False, None, [],
        "Lookalike domain (aws-trainingcertification.com) copying the case subject with an invented case number; urges sign-in within 24 h",
        date=d(2025, 5, 18, 3, 17, UTC), frm=a("AWS Training & Certification", "support@aws-trainingcertification.com"), to=ME_P,
        subject="RE:[CASE 174655190200133] Action required: verify your accounts before merge",
        mid="<20250518031702.5521.2207@aws-trainingcertification.com>",
        auth=auth_gmail("aws-trainingcertification.com", ip="45.137.21.90", policy="NONE"),
        part=multi("alternative", [
            leaf("Dear Candidate,\n\nWe are processing an account merge for your AWS Certification profile. To avoid losing your "
                 "certifications, verify both accounts within 24 hours:\n\nhttps://aws-trainingcertification.com/merge/verify?case=174655190200133\n\n"
                 "You will need your sign-in password for each account. Unverified requests are cancelled and certifications are revoked.\n\n"
                 "AWS Training & Certification Support Team\n"),
            leaf("<p>Dear Candidate,</p><p>We are processing an account merge for your AWS Certification profile. To avoid losing your "
                 "certifications, <b>verify both accounts within 24 hours</b>:</p><p><a href='https://aws-trainingcertification.com/merge/verify?case=174655190200133'>"
                 "Verify my accounts</a></p><p>You will need your sign-in password for each account.</p>", sub="html")],
            "==BOUNDARY_fk_02"))

    # 032 ------------------------------------------------------------ D resolved (Japanese, conditional invitation)
    add("resolved", False, CASE_D, [],
        "Case D resolved in Japanese; ends with a conditional invitation (ご不明な点がございましたら…ご返信ください) and quotes the old request",
        date=d(2025, 5, 19, 15, 33), frm=a("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
        subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
        mid=M["D_done"], irt=M["D_upd"], refs=" ".join([M["D_ack"], M["D_info"], M["D_me1"], M["D_upd"]]),
        auth=auth_gmail("amazon.com"), received=rcv_amazon("gmail", d(2025, 5, 19, 15, 33)),
        part=leaf("森田 航 様\n\nお待たせいたしました。\n認定記録上の氏名を「Wataru Morita」に修正いたしました。"
                  "認定証は再発行済みで、AWS 認定アカウントの「認定」ページからダウンロードいただけます。\n\n"
                  "ほかにご不明な点がございましたら、本メールにご返信ください。\n\n山口\nAWS トレーニングと認定\n\n"
                  "--- 2025/05/02 11:20 AWS トレーニングと認定 のメッセージ ---\n"
                  "> つきましては、お手数ではございますが、以下の 2 点をご返信いただけますでしょうか。\n"
                  "> 1. 試験時にご提示された本人確認書類に記載のローマ字氏名\n"
                  "> 2. 修正後に表示をご希望の氏名の順序(名・姓 または 姓・名)\n", cte="quoted-printable"))

    # 033 ------------------------------------------------------------ A closing notice
    add("closing_notice", True, CASE_A, [],
        "Case A: no answer for four days — case closes in 72 h unless he replies; the confirmation table is quoted below (IDs only in quoted text)",
        date=d(2025, 5, 20, 10, 0), frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        mid=M["A_close"], irt=M["A_conf"], refs=" ".join([M["A_ack"], M["A_me3"], M["A_conf"]]),
        auth=auth_gmail("amazon.com"), received=rcv_amazon("gmail", d(2025, 5, 20, 10, 0)),
        part=multi("alternative", [
            leaf("Hi Wataru,\n\nI haven't seen a reply to my message below yet. If we don't hear from you within the next 72 hours, "
                 "this case will be closed automatically. Replying to this e-mail keeps it open.\n\nKenji T.\n"
                 "AWS Training and Certification\n\n----- Original message -----\n%s\n" % conf_txt),
            leaf("<div>Hi Wataru,</div><div>I haven't seen a reply to my message below yet. If we don't hear from you within the next "
                 "72 hours, this case will be closed automatically. Replying to this e-mail keeps it open.</div><div>Kenji T.<br>"
                 "AWS Training and Certification</div><hr><blockquote>%s</blockquote>" % conf_html.replace("<html>", "").replace("</html>", ""),
                 sub="html")], "----=_Part_551203_8820013.1747702800456"))

    # 034 ------------------------------------------------------------ owner confirms
    add("user_reply", False, CASE_A, [ID_NEW],
        "Owner confirms the merge (short reply, apology for the delay), quoting the closing notice",
        date=d(2025, 5, 20, 21, 40), frm=a(ME_NAME, ME_P), to=TC_FROM, subject="Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        mid=M["A_me4"], irt=M["A_close"], refs=" ".join([M["A_ack"], M["A_conf"], M["A_close"]]),
        part=leaf("Hi Kenji,\n\nSorry for the late reply. Confirmed: both accounts are mine. Please merge into Account #1 (%s, %s).\n\n"
                  "Wataru\n\nOn Tue, May 20, 2025 at 10:00 AM AWS Training and Certification <%s> wrote:\n"
                  "> Hi Wataru,\n>\n> I haven't seen a reply to my message below yet. If we don't hear from you within the next 72 hours,\n"
                  "> this case will be closed automatically. Replying to this e-mail keeps it open.\n" % (ME_P, ID_NEW, TC), cte="7bit"))

    # 035 ------------------------------------------------------------ A resolved, quotes the old request
    add("resolved", False, CASE_A, [],
        "Case A merged; the full confirmation request (question + table with IDs) is quoted underneath; ends with 'if anything looks off, reply'",
        date=d(2025, 5, 21, 8, 10), frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        mid=M["A_done"], irt=M["A_me4"], refs=" ".join([M["A_ack"], M["A_conf"], M["A_close"], M["A_me4"]]),
        auth=auth_gmail("amazon.com"), received=rcv_amazon("gmail", d(2025, 5, 21, 8, 10)),
        part=leaf("Hi Wataru,\n\nAll set. Account #2 has been merged into Account #1. Your exam history, certifications and the unused "
                  "exam benefit now sit on the personal account; it can take up to a day for everything to show on every page, and your "
                  "digital badges will be reissued to the personal address.\n\nIf anything looks off after that, just reply here.\n\n"
                  "Kenji T.\nAWS Training and Certification\n\nRate this reply: https://aws.amazon.com/training/support-feedback?c=%s\n\n"
                  "-----Original Message-----\nFrom: Wataru Morita <%s>\nSent: 20 May 2025 12:40 UTC\n"
                  "Subject: Re: RE:[CASE %s] %s\n\nConfirmed: both accounts are mine. Please merge into Account #1.\n\n"
                  "-----Original Message-----\nFrom: AWS Training and Certification\nSent: 16 May 2025 02:25 UTC\n\n%s\n" % (
                      CASE_A, ME_P, CASE_A, FORM_SUBJ, conf_txt), cte="base64"))

    # 036/037 -------------------------------------------------------- Credly badges
    for i, (cert, uuid, mins) in enumerate([
            ("AWS Certified Solutions Architect - Associate", "5f2c7e1a-93b4-4d0e-8a61-2c7f9b0d4e13", 32),
            ("AWS Certified Developer - Associate", "b80e14d2-6a7c-4f39-9e21-7d3a5c8f0b64", 33)]):
        if i == 0:
            subject = "Amazon Web Services Training and Certification sent you a new badge"
            txt = ("Hi Wataru,\n\nAmazon Web Services Training and Certification has issued you the %s badge.\n\n"
                   "Accept your badge: https://www.credly.com/badges/%s/accept\n\nShare it on LinkedIn and let your network know.\n\n"
                   "Credly, Inc.\n" % (cert, uuid))
        else:
            subject = "Your %s badge is waiting" % cert
            txt = ("Congratulations, Wataru!\n\nYour %s badge from Amazon Web Services Training and Certification is ready to claim.\n\n"
                   "https://www.credly.com/badges/%s\n\nNeed help? Visit support.credly.com\n" % (cert, uuid))
        add("badge", False, None, [],
            "Credly badge mail right after the merge (%s); badge UUID, no case" % ("issuer template" if i == 0 else "claim template"),
            date=d(2025, 5, 21, 8, mins), frm=a("Credly", "admin@credly.com"), to=ME_P, subject=subject,
            mid="<6829%d8c1a2b3_%s@credly.com>" % (i, uuid[:8]), auth=auth_gmail("credly.com", ip="167.89.64.12"),
            part=multi("alternative", [leaf(txt), leaf("<html><body>%s</body></html>" % txt.replace("\n", "<br>"), sub="html")],
                       "--credly-%d-boundary" % i))

    # 038 ------------------------------------------------------------ A survey
    add("survey", False, CASE_A, [],
        "Satisfaction survey for case A; 'tell us how we did' is an invitation, not a case request",
        date=d(2025, 5, 22, 9, 15), frm=a(TC_NAME, "aws-training-feedback-noreply@amazon.com"), to=ME_P,
        subject="How was your experience with case %s?" % CASE_A, mid="<01000196f2a3b4c5-survey-%s@email.amazonses.com>" % CASE_A,
        auth=auth_gmail("amazon.com"),
        part=multi("alternative", [
            leaf("Hello Wataru,\n\nYour AWS Training and Certification case %s was recently resolved. Would you take two minutes to tell "
                 "us how we did?\n\nStart the survey: https://amazon.qualtrics.com/jfe/form/SV_tc?case=%s\n\nYour answers help us improve.\n" % (CASE_A, CASE_A)),
            leaf("<p>Hello Wataru,</p><p>Your AWS Training and Certification case %s was recently resolved. Would you take two minutes "
                 "to tell us how we did?</p><p><a href='https://amazon.qualtrics.com/jfe/form/SV_tc?case=%s'>Start the survey</a></p>"
                 "<table><tr>%s</tr></table>" % (CASE_A, CASE_A, "".join("<td><a href='https://amazon.qualtrics.com/jfe/form/SV_tc?r=%d'>%d</a></td>" % (n, n) for n in range(1, 6))),
                 sub="html")], "----=_Part_survey_0522"))

    # 039 ------------------------------------------------------------ owner replies to the survey (no-reply)
    add("user_reply", False, CASE_A, [],
        "Owner replies to the survey mail with thanks (to a no-reply address)",
        date=d(2025, 5, 22, 12, 40), frm=a(ME_NAME, ME_P), to="aws-training-feedback-noreply@amazon.com",
        subject="Re: How was your experience with case %s?" % CASE_A, mid="<CAJ7h2p+Sv4Kx0PqN3rT7mW@mail.gmail.com>",
        irt="<01000196f2a3b4c5-survey-%s@email.amazonses.com>" % CASE_A,
        part=leaf("Everything shows up on the personal account now: exam history and certifications. Thanks to Priya, Tomás and Kenji!\n\nWataru\n",
                  cte="7bit"))

    # 040 ------------------------------------------------------------ bounce
    bounced = ("From: Wataru Morita <%s>\nTo: aws-training-feedback-noreply@amazon.com\nSubject: Re: How was your experience with case %s?\n"
               "Date: Thu, 22 May 2025 12:40:18 +0900\nMessage-ID: <CAJ7h2p+Sv4Kx0PqN3rT7mW@mail.gmail.com>\n" % (ME_P, CASE_A))
    add("unrelated", False, CASE_A, [],
        "Gmail bounce (DSN) of the owner's reply to the no-reply survey address; carries the case number in the returned headers",
        date=d(2025, 5, 22, 12, 40), frm=a("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
        subject="Delivery Status Notification (Failure)", mid="<682e9f2a.050a0220.3c1b.91e2.GMR@mx.google.com>",
        extra=["Auto-Submitted: auto-replied"],
        part=multi("report", [
            leaf("** Address not found **\n\nYour message wasn't delivered to aws-training-feedback-noreply@amazon.com because the "
                 "address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
                 "550 5.1.1 <aws-training-feedback-noreply@amazon.com>: Recipient address rejected: mailbox unavailable\n", cte="7bit"),
            (["Content-Type: message/delivery-status"],
             "Reporting-MTA: dns; googlemail.com\nArrival-Date: Thu, 22 May 2025 03:40:18 -0000\n\n"
             "Final-Recipient: rfc822; aws-training-feedback-noreply@amazon.com\nAction: failed\nStatus: 5.1.1\n"
             "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected\n"),
            (["Content-Type: text/rfc822-headers"], bounced)], "000000000000bounce0522",
            extra_ct="; report-type=delivery-status"))

    # 041 ------------------------------------------------------------ D owner: Credly still wrong
    add("user_reply", False, CASE_D, [],
        "Owner reopens case D in Japanese: certificate fixed but Credly badge still shows the old spelling (a question to support, not from it)",
        date=d(2025, 5, 23, 19, 5), frm=a("森田 航", ME_P), to=TC_FROM,
        subject="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
        mid=M["D_me2"], irt=M["D_done"], refs=" ".join([M["D_ack"], M["D_info"], M["D_upd"], M["D_done"]]),
        part=leaf("山口様\n\n修正ありがとうございました。認定証は正しくなっていました。\n"
                  "ただ、Credly のバッジ上の氏名がまだ「Wataru Morota」のままです。こちらも修正いただけますでしょうか。\n\n森田\n\n"
                  "2025年5月19日(月) 15:33 AWS トレーニングと認定 <%s>:\n> 森田 航 様\n>\n> お待たせいたしました。\n"
                  "> 認定記録上の氏名を「Wataru Morita」に修正いたしました。\n" % TC, cte="base64"))

    # 042 ------------------------------------------------------------ D reopened
    add("case_update", False, CASE_D, [],
        "Case D reopened by a second Japanese agent (ケースを再開); no action asked; ISO-2022-JP, CRLF",
        date=d(2025, 5, 24, 11, 12), frm=a("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
        subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
        mid=M["D_reopen"], irt=M["D_me2"], refs=" ".join([M["D_ack"], M["D_done"], M["D_me2"]]),
        auth=auth_gmail("amazon.com"),
        part=leaf("森田 様\n\nご連絡ありがとうございます。担当の佐々木と申します。\n"
                  "ケースを再開し、Credly 側の表示への反映状況を確認しております。\n"
                  "進捗がありしだい、こちらからご連絡いたします。\n\n佐々木\nAWS トレーニングと認定\n",
                  cs="iso-2022-jp", cte="7bit"), crlf=True)

    # 043 ------------------------------------------------------------ certmetrics "wants to hear from you"
    add("certification", False, None, [ID_NEW],
        "CertMetrics program survey ('AWS Certification wants to hear from you') — a feedback request, but about the program, not a case",
        date=d(2025, 5, 26, 0, 12, UTC), frm=a("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
        subject="AWS Certification wants to hear from you", mid="<20250526001200.B7E31C0044@mailer.certmetrics.com>",
        auth=auth_gmail("certmetrics.com", ip="52.22.40.7"),
        part=leaf("<html><body><p>Hi Wataru,</p><p>As an AWS Certified individual, your opinion shapes our exams. "
                  "Share your thoughts in a 10-minute survey about your certification journey.</p>"
                  "<p><a href='https://survey.certmetrics.com/aws/2025q2'>Take the survey</a></p>"
                  "<p style='font-size:11px'>Candidate ID: %s &middot; You are receiving this because you opted in to "
                  "Lend Your Voice to AWS Certification.</p></body></html>" % ID_NEW, sub="html", cte="quoted-printable"))

    # 044 ------------------------------------------------------------ manager
    add("unrelated", False, None, [],
        "Manager asks the owner to confirm the handover doc by Wednesday — a request from a colleague",
        date=d(2025, 5, 26, 9, 30), frm=a("Kazuo Hayashi", "hayashi.k@hoshizora-tech.co.jp"), to=a("Morita Wataru", ME_C),
        subject="Handover doc - final?", mid="<TYAPR01MB6021HAY0526@TYAPR01MB6021.jpnprd01.prod.outlook.com>",
        part=leaf("Morita-san,\n\nCan you confirm the handover doc is final? I'd like to share it with the team on Wednesday. "
                  "Please reply by Tuesday evening.\n\nAlso, HR says your company AWS cert record will be removed from our partner "
                  "profile after you leave - nothing for you to do.\n\nThanks,\nHayashi\n", cte="7bit"))

    # 045 ------------------------------------------------------------ C console case ack
    add("acknowledgement", False, CASE_C, [],
        "Console (Support Center) case C opened about the missing 50% voucher; from no-reply-aws; footer says replies by mail are not possible",
        date=d(2025, 5, 27, 3, 41, UTC), frm=a("Amazon Web Services", NOREPLY), to=ME_P,
        subject="Amazon Web Services: New Support case: %s" % CASE_C, mid="<01000197106a3b2c-case-%s-new@email.amazonses.com>" % CASE_C,
        auth=auth_gmail("amazon.com"), received=rcv_amazon("gmail", d(2025, 5, 27, 3, 41, UTC)),
        part=leaf("Dear AWS customer,\n\nThank you for contacting AWS Support. We've opened case %s for your request.\n\n"
                  "Case ID: %s\nSubject: 50%% exam discount benefit missing after certification account merge\n"
                  "Severity: General guidance\nCorrespondence: After my certification accounts were merged last week, the 50%% "
                  "discount benefit from my old account does not appear on my personal account.\n\n"
                  "To view or update the case, sign in to the Support Center:\n"
                  "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
                  "Sincerely,\nAmazon Web Services\n\nThis mailbox does not accept replies. Use the link above to respond.\n" % (CASE_C, CASE_C, CASE_C),
                  cte="7bit"))

    # 046 ------------------------------------------------------------ D check and report back (plain ください)
    add("info_request", True, CASE_D, [],
        "Case D: asks the owner to check Credly and report back (plain 〜ください, after the news); Shift_JIS QP",
        date=d(2025, 5, 28, 10, 20), frm=a("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
        subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
        mid=M["D_info2"], irt=M["D_reopen"], refs=" ".join([M["D_ack"], M["D_me2"], M["D_reopen"]]),
        auth=auth_gmail("amazon.com"),
        part=leaf("森田 様\n\n佐々木です。Credly 側の受領者名を「Wataru Morita」に更新しました。\n"
                  "反映には数時間かかることがあります。\n\n"
                  "お手数ですが、Credly にサインインしてバッジの表示名が変わっているか確認し、結果をこのメールへの返信でお知らせください。\n\n"
                  "佐々木\nAWS トレーニングと認定\n", cs="shift_jis", cte="quoted-printable"))

    # 047 ------------------------------------------------------------ C console info request
    add("info_request", True, CASE_C, [],
        "Console case C: agent needs the voucher code or exam date, to be added in the Support Center (mail replies not delivered); feedback footer",
        date=d(2025, 5, 28, 6, 12, UTC), frm=a("Amazon Web Services", NOREPLY), to=ME_P,
        subject="RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C,
        mid="<01000197159c1d2e-case-%s-c1@email.amazonses.com>" % CASE_C, auth=auth_gmail("amazon.com"),
        received=rcv_amazon("gmail", d(2025, 5, 28, 6, 12, UTC)),
        part=multi("alternative", [
            leaf("Hello,\n\nYou have a new message on your AWS Support case %s.\n\n---\nHi Wataru,\n\nI can see a 50%% discount "
                 "benefit that was issued to your former profile in November 2024; it did not carry over during the merge. "
                 "To reissue it, I need either the voucher code that was shown on the old Benefits page (if you noted it) or "
                 "the date of the exam that earned it. Add these to the case in the Support Center; replies to this e-mail are "
                 "not delivered to us.\n\nAiko\nAWS Support\n---\n\n"
                 "To respond, go to https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
                 "Was this response helpful? Let us know by rating it in the Support Center.\n\n"
                 "This address cannot receive incoming e-mail.\n" % (CASE_C, CASE_C)),
            leaf("<html><body><p>Hello,</p><p>You have a new message on your AWS Support case %s.</p><hr>"
                 "<p>Hi Wataru,</p><p>I can see a 50%% discount benefit that was issued to your former profile in November 2024; it did "
                 "not carry over during the merge. To reissue it, I need either the voucher code that was shown on the old Benefits page "
                 "(if you noted it) or the date of the exam that earned it. Add these to the case in the Support Center; replies to this "
                 "e-mail are not delivered to us.</p><p>Aiko<br>AWS Support</p><hr>"
                 "<p><a href='https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en'>Respond in the Support Center</a></p>"
                 "<p>Was this response helpful? Let us know by rating it in the Support Center.</p></body></html>" % (CASE_C, CASE_C),
                 sub="html")], "----=_Part_console_0528"))

    # 048 ------------------------------------------------------------ D owner reports back
    add("user_reply", False, CASE_D, [],
        "Owner reports the Credly check back (Japanese)",
        date=d(2025, 5, 29, 7, 48), frm=a("森田 航", ME_P), to=TC_FROM,
        subject="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
        mid=M["D_me3"], irt=M["D_info2"], refs=" ".join([M["D_ack"], M["D_reopen"], M["D_info2"]]),
        part=leaf("佐々木様\n\n確認しました。Credly の表示も「Wataru Morita」になっています。ありがとうございました。\n\n森田\n\n"
                  "2025年5月28日(水) 10:20 AWS トレーニングと認定 <%s>:\n"
                  "> お手数ですが、Credly にサインインしてバッジの表示名が変わっているか確認し、結果をこのメールへの返信でお知らせください。\n" % TC,
                  cte="base64"))

    # 049 ------------------------------------------------------------ company IT notice
    add("unrelated", False, None, [],
        "Company IT: mailbox will be disabled on the last day (Japanese), mentions 'account' and 'closing'",
        date=d(2025, 5, 29, 17, 0), frm=a("情報システム部", "it-helpdesk@hoshizora-tech.co.jp"), to=a("森田 航", ME_C),
        subject="【情報システム部】退職に伴うアカウント停止のお知らせ", mid="<OSZPR01MB7040IT0529@OSZPR01MB7040.jpnprd01.prod.outlook.com>",
        part=leaf("森田 航 様\n\n退職に伴い、5/30(金) 18:00 をもって以下のアカウントを停止します。\n"
                  "・メールアカウント(morita.w@hoshizora-tech.co.jp)\n・AWS IAM Identity Center ユーザー\n・GitHub Organization メンバー\n\n"
                  "停止後はメールの送受信ができなくなります。必要なデータは事前に退避してください。\n\n情報システム部\n",
                  cs="iso-2022-jp", cte="7bit"))

    # 050 ------------------------------------------------------------ D resolved again (mixed, conditional)
    add("resolved", False, CASE_D, [],
        "Case D resolved again (English with a Japanese line); 'reply within 14 days to reopen' is conditional; quoted owner text below",
        date=d(2025, 5, 30, 9, 5), frm=TC_FROM, to=ME_P,
        subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
        mid=M["D_done2"], irt=M["D_me3"], refs=" ".join([M["D_ack"], M["D_info2"], M["D_me3"]]),
        auth=auth_gmail("amazon.com"),
        part=leaf("森田 様\n\nGlad to hear the name now shows correctly on both the certificate and Credly. "
                  "I'm marking this case resolved. Should anything else come up about it, a reply within 14 days reopens it.\n\n"
                  "ご利用ありがとうございました。\n\n佐々木\nAWS Training and Certification\n\n"
                  "-----Original Message-----\n確認しました。Credly の表示も「Wataru Morita」になっています。\n", cte="base64"))

    # 051 ------------------------------------------------------------ C console auto-resolve warning
    add("closing_notice", True, CASE_C, [],
        "Console case C: will be resolved automatically without a reply in the Support Center; no 'please'",
        date=d(2025, 6, 2, 6, 30, UTC), frm=a("Amazon Web Services", NOREPLY), to=ME_P,
        subject="RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C,
        mid="<010001972a11e4f5-case-%s-c2@email.amazonses.com>" % CASE_C, auth=auth_gmail("amazon.com"),
        received=rcv_amazon("gmail", d(2025, 6, 2, 6, 30, UTC)),
        part=leaf("Hello,\n\nWe're still waiting on the information requested on case %s. If there's no reply in the Support Center "
                  "within 3 days, the case will be resolved automatically. A resolved case can be reopened from the Support Center "
                  "for 14 days; after that a new case is needed.\n\n"
                  "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
                  "Amazon Web Services\nThis address cannot receive incoming e-mail.\n" % (CASE_C, CASE_C), cte="7bit"))

    # 052 ------------------------------------------------------------ AWS Educate form case (other program)
    add("unrelated", False, None, [],
        "AWS Educate form case (another AWS program, aws-cs-educate-form): a real question from support, but not a T&C case",
        date=d(2025, 6, 2, 14, 18), frm=a("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
        subject="RE:[CASE 174884412800077] [AWS Educate Form Submission] - account-closure",
        mid="<010001972c5d6e7f-edu-77@email.amazonses.com>", auth=auth_gmail("amazon.com"),
        part=leaf("Hello,\n\nThank you for contacting AWS Educate. We've received your request to close your AWS Educate account. "
                  "Could you confirm the e-mail address you used when you registered as a student? We found no account under this address.\n\n"
                  "Best regards,\nAWS Educate Support\n"))

    # 053 ------------------------------------------------------------ C passed to benefits team
    add("case_update", False, CASE_C, [],
        "Console case C: after the owner answered in the console, agent passes it to the benefits team; 'no action needed'; rating footer",
        date=d(2025, 6, 3, 2, 55, UTC), frm=a("Amazon Web Services", NOREPLY), to=ME_P,
        subject="RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C,
        mid="<010001972f0a1b2c-case-%s-c3@email.amazonses.com>" % CASE_C, auth=auth_gmail("amazon.com"),
        part=leaf("Hello,\n\nYou have a new message on your AWS Support case %s.\n\n---\nThanks Wataru, the exam date is enough. "
                  "I've sent the reissue request to the benefits team; these usually complete in 3-5 business days and I'll update "
                  "the case then. No action is needed from you in the meantime.\n\nAiko\nAWS Support\n---\n\n"
                  "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
                  "We value your feedback. Rate this response in the Support Center.\nThis address cannot receive incoming e-mail.\n" % (CASE_C, CASE_C),
                  cte="quoted-printable"))

    # 054 ------------------------------------------------------------ Pearson VUE after exam
    add("unrelated", False, None, [],
        "Pearson VUE post-exam mail ('thank you for testing'), registration number, asks for feedback",
        date=d(2025, 6, 3, 4, 20, UTC), frm=a("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
        subject="Thank you for testing with Pearson VUE", mid="<1902466521.AB77.1748924400@pearsonvue.com>",
        auth=auth_gmail("pearson.com", ip="198.2.180.14"),
        part=leaf("Dear Wataru Morita,\n\nThank you for taking SCS-C02 (registration 447201938) with OnVUE today. Your result will be "
                  "sent by the exam sponsor, usually within 5 business days.\n\nHow was your testing experience? Tell us in a short "
                  "survey: https://pearsonvue.com/survey\n\nPearson VUE\n", cte="7bit"))

    # 055 ------------------------------------------------------------ certmetrics pass
    add("certification", False, None, [ID_NEW],
        "CertMetrics: passed a new exam; candidate ID and validation number; 'next steps' but nothing to answer",
        date=d(2025, 6, 4, 18, 2, UTC), frm=a("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
        subject="Congratulations! You are now AWS Certified Security - Specialty", mid="<20250604180200.C1D42E0077@mailer.certmetrics.com>",
        auth=auth_gmail("certmetrics.com", ip="52.22.40.7"),
        part=multi("alternative", [
            leaf("Dear Wataru Morita,\n\nCongratulations on earning AWS Certified Security - Specialty.\n\nCandidate ID: %s\n"
                 "Validation number: 9HZ4Q1KCM2E41W3P\nCertification date: June 3, 2025\nExpiration date: June 3, 2028\n\n"
                 "Your digital badge will arrive from Credly shortly. Download your certificate from your AWS Certification Account.\n" % ID_NEW),
            leaf("<p>Dear Wataru Morita,</p><p>Congratulations on earning <b>AWS Certified Security - Specialty</b>.</p>"
                 "<ul><li>Candidate ID: %s</li><li>Validation number: 9HZ4Q1KCM2E41W3P</li><li>Certification date: June 3, 2025</li>"
                 "<li>Expiration date: June 3, 2028</li></ul><p>Your digital badge will arrive from Credly shortly.</p>" % ID_NEW, sub="html")],
            "cm_0604_alt"))

    # 056 ------------------------------------------------------------ Credly new badge
    add("badge", False, None, [],
        "Credly badge for the newly passed exam",
        date=d(2025, 6, 4, 18, 40, UTC), frm=a("Credly", "admin@credly.com"), to=ME_P,
        subject="Claim your AWS Certified Security - Specialty badge", mid="<68409a1c2d3e_c0ffee42@credly.com>",
        auth=auth_gmail("credly.com", ip="167.89.64.12"),
        part=leaf("<html><body><p>Wataru, you've earned a badge!</p><p><b>AWS Certified Security - Specialty</b><br>Issued by Amazon Web "
                  "Services Training and Certification</p><p><a href='https://www.credly.com/badges/1d7e9a30-44b2-4c6f-b0a8-93e51f2c7d10/accept'>"
                  "Accept badge</a></p></body></html>", sub="html", cte="base64"))

    # 057 ------------------------------------------------------------ Credly lookalike phish
    add("suspicious", False, None, [],
        "Credly lookalike (credly-notify.com) threatening badge revocation, asks to 'reply with your candidate ID' and sign in",
        date=d(2025, 6, 5, 1, 9, UTC), frm=a("Credly Badges", "badges@credly-notify.com"), to=ME_P,
        subject="Urgent: your AWS badges will be revoked in 48 hours", mid="<5530218.20250605010912@credly-notify.com>",
        auth=auth_gmail("credly-notify.com", ip="91.215.85.17", policy="NONE"),
        part=leaf("Hello,\n\nWe detected duplicate AWS Certification profiles linked to your Credly wallet. Your badges will be revoked "
                  "in 48 hours unless you verify ownership.\n\nReply to this message with your AWS candidate ID and sign in here to "
                  "keep your badges: http://credly-notify.com/verify\n\nCredly Trust & Safety\n", cte="7bit"))

    # 058 ------------------------------------------------------------ C resolved
    add("resolved", False, CASE_C, [ID_NEW],
        "Console case C resolved: voucher reissued to the personal candidate ID; reopen-within-14-days and rating footer are not requests",
        date=d(2025, 6, 6, 5, 5, UTC), frm=a("Amazon Web Services", NOREPLY), to=ME_P,
        subject="RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C,
        mid="<010001973e7f8a9b-case-%s-c4@email.amazonses.com>" % CASE_C, auth=auth_gmail("amazon.com"),
        received=rcv_amazon("gmail", d(2025, 6, 6, 5, 5, UTC)),
        part=multi("alternative", [
            leaf("Hello,\n\nYou have a new message on your AWS Support case %s.\n\n---\nHi Wataru,\n\nThe 50%% discount benefit has been "
                 "reissued to %s and is visible under Benefits in your AWS Certification Account, valid until November 30, 2025. "
                 "I've marked the case as resolved. If something still isn't right, you can reopen it from the Support Center within "
                 "14 days.\n\nAiko\nAWS Support\n---\n\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
                 "We value your feedback. Rate this response in the Support Center.\nThis address cannot receive incoming e-mail.\n" % (CASE_C, ID_NEW, CASE_C)),
            leaf("<p>Hello,</p><p>You have a new message on your AWS Support case %s.</p><hr><p>Hi Wataru,</p><p>The 50%% discount benefit "
                 "has been reissued to %s and is visible under Benefits in your AWS Certification Account, valid until November 30, 2025. "
                 "I've marked the case as resolved. If something still isn't right, you can reopen it from the Support Center within 14 days.</p>"
                 "<p>Aiko<br>AWS Support</p><hr><p>We value your feedback. Rate this response in the Support Center.</p>" % (CASE_C, ID_NEW),
                 sub="html")], "----=_Part_console_0606"))

    # 059 ------------------------------------------------------------ C survey
    add("survey", False, CASE_C, [],
        "Support Center satisfaction survey for console case C, from no-reply-aws",
        date=d(2025, 6, 7, 5, 30, UTC), frm=a("Amazon Web Services", NOREPLY), to=ME_P,
        subject="Tell us about your recent AWS Support experience (case %s)" % CASE_C,
        mid="<0100019743b2c3d4-survey-%s@email.amazonses.com>" % CASE_C, auth=auth_gmail("amazon.com"),
        part=leaf("<html><body><p>Hello,</p><p>Your support case %s was resolved recently. How satisfied were you with the support you received?</p>"
                  "<p>%s</p><p>This survey takes less than a minute.</p></body></html>" % (
                      CASE_C, " ".join("<a href='https://aws.amazon.com/support/survey?case=%s&s=%d'>%d</a>" % (CASE_C, n, n) for n in range(1, 6))),
                  sub="html", cte="quoted-printable"))

    # 060 ------------------------------------------------------------ billing console case (not T&C)
    add("unrelated", False, None, [],
        "AWS Support Center billing case on the owner's own AWS account (not Training and Certification); same sender and subject shape as case C",
        date=d(2025, 6, 8, 23, 50, UTC), frm=a("Amazon Web Services", NOREPLY), to=ME_P,
        subject="Amazon Web Services: New Support case: 14880217736", mid="<01000197508c9d0e-case-14880217736-new@email.amazonses.com>",
        auth=auth_gmail("amazon.com"),
        part=leaf("Dear AWS customer,\n\nThank you for contacting AWS Support. We've opened case 14880217736 for your request.\n\n"
                  "Case ID: 14880217736\nSubject: Unexpected NAT Gateway charges on account 610374582913\nSeverity: General guidance\n"
                  "Category: Billing\n\nTo view or update the case, sign in to the Support Center:\n"
                  "https://console.aws.amazon.com/support/home#/case/?displayId=14880217736&language=en\n\n"
                  "Sincerely,\nAmazon Web Services\n\nThis mailbox does not accept replies.\n", cte="7bit"))

    # 061 ------------------------------------------------------------ English newsletter
    add("unrelated", False, None, [],
        "English cloud newsletter with a 'certification' section and 'reply to this email' invitation",
        date=d(2025, 6, 10, 13, 0, UTC), frm=a("Cloud Brief Weekly", "hello@cloudbrief.news"), to=ME_P,
        subject="Cloud Brief #142: cert exam changes, S3 price cuts, and a case study", mid="<cb142.9f31@cloudbrief.news>",
        auth=auth_gmail("cloudbrief.news", ip="159.183.4.2", policy="NONE"), extra=["List-Unsubscribe: <https://cloudbrief.news/u/9f31>"],
        part=multi("alternative", [
            leaf("This week:\n- AWS retires two Specialty exams; what it means for your certification path\n- S3 Express price cuts\n"
                 "- Case study: merging 40 AWS accounts into one Organization\n\nGot a tip? Just reply to this email.\n"),
            leaf("<h2>This week</h2><ul><li>AWS retires two Specialty exams; what it means for your certification path</li>"
                 "<li>S3 Express price cuts</li><li>Case study: merging 40 AWS accounts into one Organization</li></ul>"
                 "<p>Got a tip? Just reply to this email.</p>", sub="html")], "cb142"))

    # 062 ------------------------------------------------------------ billing console case correspondence asks a question
    add("unrelated", False, None, [],
        "Billing console case asks a question to be answered in the Support Center — a real AWS support request, but not T&C",
        date=d(2025, 6, 11, 2, 14, UTC), frm=a("Amazon Web Services", NOREPLY), to=ME_P,
        subject="RE:[CASE 14880217736] Unexpected NAT Gateway charges on account 610374582913",
        mid="<0100019755a1b2c3-case-14880217736-c1@email.amazonses.com>", auth=auth_gmail("amazon.com"),
        part=leaf("Hello,\n\nYou have a new message on your AWS Support case 14880217736.\n\n---\nHello, the charges come from a NAT "
                  "Gateway in ap-northeast-1 created on May 2. Could you let us know whether you still need it? If not, delete it and "
                  "we can review a one-time credit.\n\nDaniel\nAWS Billing Support\n---\n\n"
                  "https://console.aws.amazon.com/support/home#/case/?displayId=14880217736&language=en\n"
                  "This address cannot receive incoming e-mail.\n"))

    # 063 ------------------------------------------------------------ F ack (HTML only)
    add("acknowledgement", False, CASE_F, [ID_NEW, ID_DUP],
        "Case F opened (second merge: a forgotten duplicate profile on the same address); HTML-only ack echoing two candidate IDs",
        date=d(2025, 6, 14, 20, 40), frm=TC_FROM, to=ME_P, subject="[CASE %s] %s" % (CASE_F, FORM_SUBJ),
        mid=M["F_ack"], auth=auth_gmail("amazon.com"), received=rcv_amazon("gmail", d(2025, 6, 14, 20, 40)),
        part=leaf("<html><body><table width='600'><tr><td style='background:#232f3e;color:#fff;padding:12px'>AWS Training and Certification</td></tr>"
                  "<tr><td><p>We have opened case %s and a member of our team will reply within 24 hours in most cases.</p>"
                  "<p>Please avoid submitting the same request again; duplicate cases delay the answer.</p>"
                  "<p><b>Your message</b><br>Credly doesn't show my Developer - Associate badge. I found I have two certification accounts "
                  "with %s: %s and %s. Please merge %s into %s.</p></td></tr></table></body></html>" % (
                      CASE_F, ME_P, ID_NEW, ID_DUP, ID_DUP, ID_NEW), sub="html", cte="base64"))

    # 064 ------------------------------------------------------------ F on hold, nothing asked
    add("on_hold", False, CASE_F, [ID_DUP],
        "Case F on hold: the duplicate profile came from Partner Central SSO, partner must release it; explicitly nothing needed from the owner",
        date=d(2025, 6, 15, 16, 2), frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ),
        mid=M["F_hold"], irt=M["F_ack"], refs=M["F_ack"], auth=auth_gmail("amazon.com"),
        part=leaf("Hi Wataru,\n\nI've looked at both profiles. %s was created through AWS Partner Central single sign-on and is still "
                  "linked to the Hoshizora Technologies partner organization, even though it uses your personal address. We need the "
                  "partner to unlink it before the two can be merged, so I've contacted them and paused the case until they do.\n\n"
                  "You don't need to do anything right now; I'll update you when the partner has acted.\n\n"
                  "Lena M.\nAWS Training and Certification\n" % ID_DUP))

    # 065 ------------------------------------------------------------ F confirmation request (plain text, different wording)
    f_conf = ("Hi Wataru,\n\nThe partner has unlinked the profile, so the hold is lifted and we can go ahead.\n\n"
              "Profile A  %s  login %s  created 2025-04-29  (holds Cloud Practitioner, Solutions Architect - Associate, Security - Specialty)\n"
              "Profile B  %s  login %s  created 2022-08-11 via Partner Central  (holds Developer - Associate)\n\n"
              "Merging is one-way: Profile B would be retired and its history copied into Profile A. Do both profiles belong to you, "
              "and is Profile A the one to keep? A one-line answer is enough.\n\nLena M.\nAWS Training and Certification\n" % (ID_NEW, ME_P, ID_DUP, ME_P))
    add("confirmation_request", True, CASE_F, [ID_NEW, ID_DUP],
        "Case F: hold lifted and merge confirmation in one mail, Profile A/B instead of Account #1/#2; the question comes after news",
        date=d(2025, 6, 16, 10, 18), frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ),
        mid=M["F_conf"], irt=M["F_hold"], refs=" ".join([M["F_ack"], M["F_hold"]]), auth=auth_gmail("amazon.com"),
        received=rcv_amazon("gmail", d(2025, 6, 16, 10, 18)), part=leaf(f_conf, cte="quoted-printable"), crlf=True)

    # 066 ------------------------------------------------------------ ex-colleague
    add("unrelated", False, None, [],
        "Former colleague's personal mail (Japanese) with farewell photos; asks a question",
        date=d(2025, 6, 17, 21, 3), frm=a("鈴木 真理子", "mariko.suzuki.0412@gmail.com"), to=ME_P,
        subject="送別会の写真", mid="<CAF3kq9+Zp2Lw8xNc0Tb5Rg@mail.gmail.com>",
        auth=auth_gmail("gmail.com", ip="209.85.220.41", policy="NONE", mailfrom="mariko.suzuki.0412@gmail.com"),
        part=multi("mixed", [
            leaf("森田さん\n\n先日はお疲れさまでした!写真を送ります。\n新しい職場はどうですか?落ち着いたらまた飲みに行きましょう。\n\n鈴木\n",
                 cte="base64"),
            attach(PNG, "image/png", "IMG_2041.png")], "000000000000c9d1e20637aa1f01"))

    # 067 ------------------------------------------------------------ F closing notice (past tense, reopen by reply)
    add("closing_notice", True, CASE_F, [],
        "Case F: past-tense closure for lack of reply; a reply within 14 days reopens it — polite, no explicit question",
        date=d(2025, 6, 20, 10, 5), frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ),
        mid=M["F_close"], irt=M["F_conf"], refs=" ".join([M["F_ack"], M["F_hold"], M["F_conf"]]), auth=auth_gmail("amazon.com"),
        part=leaf("Hi Wataru,\n\nAs we did not hear back after our last message, case %s has now been closed. Should you still want "
                  "the two profiles merged, a reply to this e-mail within the next 14 days reopens the case and we'll pick it up "
                  "where we left off.\n\nLena M.\nAWS Training and Certification\n" % CASE_F, cte="7bit"))

    # 068 ------------------------------------------------------------ owner replies on F, top-posted over everything
    add("user_reply", False, CASE_F, [ID_NEW, ID_DUP],
        "Owner answers case F, top-posted over the full history (closing notice + confirmation + hold + ack)",
        date=d(2025, 6, 20, 23, 0), frm=a(ME_NAME, ME_P), to=TC_FROM, subject="Re: RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ),
        mid=M["F_me"], irt=M["F_close"], refs=" ".join([M["F_ack"], M["F_hold"], M["F_conf"], M["F_close"]]),
        part=leaf("Hi Lena,\n\nSorry, I missed your earlier mail. Yes, both are mine. Please keep Profile A (%s) and merge %s into it.\n\n"
                  "Wataru\n\nOn Fri, Jun 20, 2025 at 10:05 AM AWS Training and Certification <%s> wrote:\n"
                  "> Hi Wataru,\n>\n> As we did not hear back after our last message, case %s has now been closed. Should you still want\n"
                  "> the two profiles merged, a reply to this e-mail within the next 14 days reopens the case.\n>\n"
                  ">> On Mon, Jun 16, 2025 at 10:18 AM AWS Training and Certification <%s> wrote:\n%s\n" % (
                      ID_NEW, ID_DUP, TC, CASE_F, TC, "\n".join(">> " + l for l in f_conf.split("\n"))), cte="quoted-printable"))

    # 069 ------------------------------------------------------------ F reopened (system)
    add("case_update", False, CASE_F, [],
        "Case F reopened by the system after the owner's reply; short automated notice",
        date=d(2025, 6, 20, 23, 2), frm=TC_FROM, to=ME_P, subject="[CASE %s] Your case has been reopened" % CASE_F,
        mid=M["F_reopen"], irt=M["F_me"], refs=" ".join([M["F_ack"], M["F_close"], M["F_me"]]), auth=auth_gmail("amazon.com"),
        part=leaf("Case ID: %s\nStatus: Reopened\n\nWe received your reply and reopened this case. An agent will follow up.\n\n"
                  "AWS Training and Certification\n" % CASE_F, cte="7bit"))

    # 070 ------------------------------------------------------------ spoofed real domain, dmarc=fail
    add("suspicious", False, None, [],
        "Spoofed From aws-cs-trainingcertification-form@amazon.com with dkim/spf/dmarc failing; asks for password and candidate ID by reply",
        date=d(2025, 6, 21, 4, 44, UTC), frm=TC_FROM, to=ME_P, reply_to="aws-merge-desk@outlook-verify.net",
        subject="RE:[CASE 174991002300880] [AWS Training and Certification Form Submission] - account-assistance",
        mid="<20250621044402.77c1@mail-gw3.sendnode.ru>",
        auth=auth_gmail("amazon.com", dkim="fail", spf="softfail", dmarc="fail", policy="QUARANTINE", ip="185.220.14.9",
                        mailfrom="bounce@sendnode.ru"),
        part=leaf("Dear Customer,\n\nYour account merge cannot be finished because we could not confirm your identity. Reply to this "
                  "message with the password of the account to keep and your AWS candidate ID (AWS########). Cases without a reply "
                  "within 24 hours are closed and the certifications on both accounts are cancelled.\n\n"
                  "AWS Training and Certification\n", cte="7bit"))

    # 071 ------------------------------------------------------------ F resolved
    add("resolved", False, CASE_F, [ID_DUP, ID_NEW],
        "Case F merged: 'no further action is required'; candidate IDs in the agent's own text",
        date=d(2025, 6, 23, 9, 40), frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ),
        mid=M["F_done"], irt=M["F_me"], refs=" ".join([M["F_ack"], M["F_conf"], M["F_me"], M["F_reopen"]]), auth=auth_gmail("amazon.com"),
        received=rcv_amazon("gmail", d(2025, 6, 23, 9, 40)),
        part=multi("alternative", [
            leaf("Hi Wataru,\n\nDone: %s has been merged into %s. The Developer - Associate certification now shows on your remaining "
                 "profile, and Credly will send the badge to %s. No further action is required on your part.\n\n"
                 "Thanks for your patience,\nLena M.\nAWS Training and Certification\n" % (ID_DUP, ID_NEW, ME_P)),
            leaf("<p>Hi Wataru,</p><p>Done: %s has been merged into %s. The Developer - Associate certification now shows on your remaining "
                 "profile, and Credly will send the badge to %s. No further action is required on your part.</p>"
                 "<p>Thanks for your patience,<br>Lena M.<br>AWS Training and Certification</p>" % (ID_DUP, ID_NEW, ME_P), sub="html")],
            "----=_Part_F_done"))

    # 072 ------------------------------------------------------------ Credly badge (older youracclaim sender)
    add("badge", False, None, [],
        "Badge mail from the older admin@youracclaim.com sender after case F",
        date=d(2025, 6, 23, 10, 2), frm=a("Credly (Acclaim)", "admin@youracclaim.com"), to=ME_P,
        subject="Your AWS Certified Developer - Associate badge has been transferred", mid="<6858a1b2c3d4_acclaim77@youracclaim.com>",
        auth=auth_gmail("youracclaim.com", ip="167.89.64.13"),
        part=leaf("Hi Wataru,\n\nThe AWS Certified Developer - Associate badge issued by Amazon Web Services Training and Certification "
                  "is now in your Credly wallet under %s.\n\nView badge: https://www.credly.com/badges/3a9c0e17-52d4-4b88-a1f6-0e7d24c9b531\n" % ME_P,
                  cte="7bit"))

    # 073 ------------------------------------------------------------ F survey (Japanese)
    add("survey", False, CASE_F, [],
        "Japanese satisfaction survey for case F (アンケートのお願い), 〜いただけますと幸いです",
        date=d(2025, 6, 25, 9, 0), frm=a("AWS トレーニングと認定", "aws-training-feedback-noreply@amazon.com", "iso-2022-jp"), to=ME_P,
        subject="サポートに関するアンケートのお願い(ケース %s)" % CASE_F, mid="<01000197a0b1c2d3-survey-%s@email.amazonses.com>" % CASE_F,
        auth=auth_gmail("amazon.com"),
        part=leaf("森田 航 様\n\n先日はケース %s をご利用いただき、ありがとうございました。\n"
                  "サービス向上のため、1 分ほどのアンケートにご協力いただけますと幸いです。\n\n"
                  "https://amazon.qualtrics.com/jfe/form/SV_tcjp?case=%s\n\nAWS トレーニングと認定\n" % (CASE_F, CASE_F),
                  cs="iso-2022-jp", cte="7bit"))

    # 074 ------------------------------------------------------------ certmetrics recertification
    add("certification", False, None, [ID_NEW],
        "CertMetrics: recertification congratulations, candidate ID in a table",
        date=d(2025, 6, 26, 16, 10, UTC), frm=a("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
        subject="Congratulations on recertifying your AWS Certification!", mid="<20250626161000.D0E53F0091@mailer.certmetrics.com>",
        auth=auth_gmail("certmetrics.com", ip="52.22.40.7"),
        part=leaf("<html><body><p>Hello Wataru,</p><p>Your AWS Certified Solutions Architect - Associate certification has been renewed "
                  "through your Security - Specialty achievement.</p><table><tr><td>Candidate ID</td><td>%s</td></tr>"
                  "<tr><td>New expiration date</td><td>June 3, 2028</td></tr></table>"
                  "<p>Your updated badge will be issued by Credly.</p></body></html>" % ID_NEW, sub="html", cte="base64"))

    # 075 ------------------------------------------------------------ owner forwards the A resolution to new employer (rfc822)
    done_msg = ("From: AWS Training and Certification <%s>\nTo: %s\nSubject: RE:[CASE %s] %s\nDate: Wed, 21 May 2025 08:10:07 +0900\n"
                "Message-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
                "Hi Wataru,\n\nAll set. Account #2 has been merged into Account #1. ...\n\nKenji T.\n" % (TC, ME_P, CASE_A, FORM_SUBJ, M["A_done"]))
    add("user_reply", False, CASE_A, [ID_NEW],
        "Owner forwards the case-A resolution as an attachment (message/rfc822) to his new employer, adding his candidate ID",
        date=d(2025, 6, 27, 10, 15), frm=a(ME_NAME, ME_P), to=a("Yui Kimura", "kimura@minato-cloudworks.jp"),
        subject="Fwd: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), mid=M["A_fwd2"], refs=M["A_done"],
        part=multi("mixed", [
            leaf("Kimura-san,\n\nFor the partner registration: my AWS certifications are now all on my personal account, candidate ID %s. "
                 "AWS's confirmation of the merge is attached.\n\nWataru Morita\n" % ID_NEW, cte="7bit"),
            rfc822(done_msg, "merge-confirmation.eml")], "000000000000f0rward0627"))

    # 076 ------------------------------------------------------------ Skill Builder marketing
    add("unrelated", False, None, [],
        "AWS Training marketing ('prepare for your next exam'), from no-reply@aws.training",
        date=d(2025, 6, 28, 0, 30, UTC), frm=a("AWS Training and Certification", "no-reply@aws.training"), to=ME_P,
        subject="New exam prep plans for AWS Certified Machine Learning Engineer - Associate",
        mid="<01000197b0c1d2e3-mkt-mla@email.amazonses.com>", auth=auth_gmail("aws.training"),
        extra=["List-Unsubscribe: <https://www.aws.training/unsubscribe?t=z81>"],
        part=multi("alternative", [
            leaf("Ready for your next certification? Our new exam prep plan for MLA-C01 includes practice questions and a "
                 "free official practice exam.\n\nStart now: https://skillbuilder.aws/exam-prep/mla\n\nYou received this because "
                 "you have an AWS Training and Certification account.\n"),
            leaf("<h2>Ready for your next certification?</h2><p>Our new exam prep plan for MLA-C01 includes practice questions and a free "
                 "official practice exam.</p><p><a href='https://skillbuilder.aws/exam-prep/mla'>Start now</a></p>", sub="html")],
            "mkt_mla_0628"))


def main():
    build()
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    counts = Counter()
    for i, m in enumerate(MESSAGES, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        data = m["raw"]
        with open(base + ".eml", "wb") as fh:
            fh.write(data.encode("utf-8"))
        label = OrderedDict([("kind", m["kind"]), ("needs_reply", m["needs_reply"]),
                             ("case", m["case"]), ("candidate_ids", m["candidate_ids"])])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] += 1
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MESSAGES)))
    print("needs_reply=true       %d" % sum(1 for m in MESSAGES if m["needs_reply"]))


if __name__ == "__main__":
    sys.exit(main())
