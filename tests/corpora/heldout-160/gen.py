#!/usr/bin/env python3
"""Generate a blind test mailbox (AWS Training and Certification support cases + surrounding mail).

Standard library only. Writes NNN-msg.eml / NNN-msg.json next to this script, plus README.md.
"""
import json
import os
import random
import hashlib
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import charset as _cs
from email.charset import Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
rng = random.Random(160)

ME_P = "yuma.ishida.dev@gmail.com"
ME_C = "y.ishida@kitasora-tech.co.jp"
ME_NAME = "Yuma Ishida"
ME_NAME_JA = "石田 悠真"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = formataddr(("AWS Training and Certification", TC))
CONSOLE = formataddr(("Amazon Web Services", "no-reply-aws@amazon.com"))

CASE_A = "174115638000412"   # merge company -> personal, APN hold
CASE_B = "174115920307731"   # duplicate form submission of A
CASE_C = "14307726195"       # second account with same mail, Credly badge missing, reopened
CASE_D = "9318457206"        # Support Center console case (voucher), cannot answer by mail
CASE_E = "174417028105538"   # Japanese-language case: name on certificate
SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"

MESSAGES = []
MIDS = {}


# ---------------------------------------------------------------- helpers
def when(s, tz=JST):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b62(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(a) for _ in range(n))


def mid(style):
    if style == "ses":
        return "<0100019%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            hexs(9), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % b62(54)
    if style == "outlook":
        n = rng.randint(1000, 9999)
        return "<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>" % (n, b62(18).upper(), n)
    if style == "github":
        return "<kitasora/terraform-modules/pull/%d/%s@github.com>" % (rng.randint(300, 600), hexs(10))
    dom = style
    return "<%s.%s@%s>" % (hexs(16), hexs(8), dom)


def auth_gmail(dom, ok=True, ip="54.240.8.%d", mailfrom=None, dkim=None):
    ip = ip % rng.randint(2, 250) if "%" in ip else ip
    mailfrom = mailfrom or ("bounce@" + dom)
    d = dkim or dom
    if ok:
        return ("mx.google.com; dkim=pass header.i=@%s header.s=%s header.b=%s; "
                "spf=pass (google.com: domain of %s designates %s as permitted sender) "
                "smtp.mailfrom=%s; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (d, b62(10).lower(), b62(8), mailfrom, ip, mailfrom, dom))
    return ("mx.google.com; dkim=none; spf=fail (google.com: domain of %s does not designate %s "
            "as permitted sender) smtp.mailfrom=%s; dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) "
            "header.from=%s" % (mailfrom, ip, mailfrom, dom))


def auth_m365(dom, mailfrom_dom=None, ok=True):
    mailfrom_dom = mailfrom_dom or dom
    if ok:
        return ("spf=pass (sender IP is 54.240.%d.%d) smtp.mailfrom=%s; dkim=pass (signature was verified) "
                "header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
                % (rng.randint(1, 60), rng.randint(2, 250), mailfrom_dom, dom, dom))
    return ("spf=fail (sender IP is 185.%d.%d.%d) smtp.mailfrom=%s; dkim=none (message not signed) "
            "header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000"
            % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250), mailfrom_dom, dom))


def cset(name, enc):
    c = Charset(name)
    if enc == "qp":
        c.body_encoding = _cs.QP
    elif enc == "b64":
        c.body_encoding = _cs.BASE64
    elif enc in ("8bit", "7bit"):
        c.body_encoding = None
    return c


def textpart(text, sub="plain", charset="utf-8", enc="qp"):
    if charset == "iso-2022-jp":
        return MIMEText(text, sub, "iso-2022-jp")
    if charset == "shift_jis":
        import base64
        from email.mime.nonmultipart import MIMENonMultipart
        p = MIMENonMultipart("text", sub, charset="shift_jis")
        data = base64.encodebytes(text.replace("\n", "\r\n").encode("shift_jis")).decode("ascii")
        p.set_payload(data)
        p["Content-Transfer-Encoding"] = "base64"
        return p
    if charset == "us-ascii":
        return MIMEText(text, sub, "us-ascii")
    return MIMEText(text, sub, cset(charset, enc))


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def add(key, date, frm, to, subject, kind, reply, case, cands, note,
        text=None, html=None, charset="utf-8", enc="qp", crlf=False, style="ses",
        auth=None, reply_to=None, cc=None, irt=None, refs=None, extra=(),
        attach=None, received=None, hcharset=None):
    """Build one message and register it."""
    hcharset = hcharset or ("iso-2022-jp" if charset == "iso-2022-jp" else "utf-8")
    if text is not None and html is not None:
        body = MIMEMultipart("alternative", boundary="----=_Part_%s" % b62(22))
        body.attach(textpart(text, "plain", charset, enc))
        body.attach(textpart(html, "html", charset, enc))
    elif html is not None:
        body = textpart(html, "html", charset, enc)
    else:
        body = textpart(text, "plain", charset, enc)
    if attach:
        outer = MIMEMultipart("mixed", boundary="_%03d_%s_" % (len(MESSAGES) + 1, b62(20)))
        outer.attach(body)
        fname, data, ctype = attach
        if ctype == "image/png":
            a = MIMEImage(data, "png")
        else:
            a = MIMEApplication(data, ctype.split("/")[1])
        a.add_header("Content-Disposition", "attachment", filename=fname)
        outer.attach(a)
        body = outer
    content = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    m_id = mid(style) if style else None
    MIDS[key] = m_id
    h = []
    if received:
        h.append(("Received", received))
    else:
        dom = frm.split("@")[-1].rstrip(">")
        if ME_P in frm and style == "gmail":
            h.append(("Received", "by 2002:a05:6214:%s:b0:%s with SMTP id %s; %s" % (
                hexs(4), hexs(3), b62(10), format_datetime(date.astimezone(timezone(timedelta(hours=-7)))).replace("-0700", "-0700 (PDT)"))))
        elif style != "sent":
            h.append(("Received", "from %s (%s [%d.%d.%d.%d]) by %s with ESMTPS id %s; %s" % (
                "a8-" + str(rng.randint(10, 99)) + ".smtp-out.amazonses.com" if "amazon" in dom else "mail." + dom,
                "mail." + dom, rng.randint(3, 220), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250),
                "mx.google.com" if ME_P in to else "TYCPR01MB%d.jpnprd01.prod.outlook.com" % rng.randint(1000, 9999),
                b62(12), format_datetime(date.astimezone(UTC) + timedelta(seconds=rng.randint(1, 9))))))
    if auth:
        h.append(("Authentication-Results", auth))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", hdr(subject, hcharset)))
    h.append(("Date", format_datetime(date)))
    if m_id:
        h.append(("Message-ID", m_id))
    if irt:
        h.append(("In-Reply-To", MIDS[irt]))
        chain = [MIDS[r] for r in (refs or [irt])]
        h.append(("References", " ".join(chain)))
    for k, v in extra:
        h.append((k, v))
    h.append(("MIME-Version", "1.0"))
    for k, v in content:
        if k.lower() != "mime-version":
            h.append((k, v))
    for k, v in h:
        body[k] = v
    MESSAGES.append(dict(msg=body, crlf=crlf, date=date, label={
        "kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(cands)}, note=note,
        subject=subject))
    return m_id


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def tc_sig(name, extra=""):
    return ("\nBest regards,\n\n%s\nAWS Training and Certification Customer Support%s\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
            "Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210." % (name, extra))


def tc_subj(case, re="RE:"):
    return "%s[CASE %s] %s" % (re, case, SUBJ_FORM)


# ================================================================ the mailbox
# 001 connpass
add("m001", when("2025-03-02 09:12"), addr("connpass", "no-reply@connpass.com"), ME_P,
    "【JAWS-UG東京】3月定例会のお知らせ（参加登録受付中）", "unrelated", False, None, [],
    "Japanese community event notice; mentions AWS certification talks and \"申し込み\" but nothing to do with a case.",
    text=("石田 悠真 さん\n\nJAWS-UG東京 から新しいイベントのお知らせです。\n\n"
          "■ JAWS-UG東京 2025年3月定例会 〜 AWS認定 全冠のその先へ 〜\n"
          "日時: 2025/03/19(水) 19:00〜21:30\n会場: 東京都品川区（詳細は参加者のみ表示）\n\n"
          "LT枠もまだ空きがあります。認定アカウントの移行話や試験体験記など、お気軽にご応募ください。\n\n"
          "イベントページ: https://jawsug.connpass.com/event/349120/\n\n"
          "このメールは connpass からグループのメンバーに自動送信されています。\n"
          "配信停止: https://connpass.com/settings/notification/\n"),
    html=("<html><body><p>石田 悠真 さん</p><p>JAWS-UG東京 から新しいイベントのお知らせです。</p>"
          "<h3>JAWS-UG東京 2025年3月定例会 〜 AWS認定 全冠のその先へ 〜</h3>"
          "<p>日時: 2025/03/19(水) 19:00〜21:30<br>会場: 東京都品川区</p>"
          "<p><a href=\"https://jawsug.connpass.com/event/349120/\">イベントページを見る</a></p>"
          "<p style=\"color:#888\">配信停止は<a href=\"https://connpass.com/settings/notification/\">こちら</a></p>"
          "</body></html>"),
    enc="b64", style="connpass.com", auth=auth_gmail("connpass.com", ip="52.69.11.%d"))

# 002 GitHub merged
add("m002", when("2025-03-03 11:47"), addr("Misaki Sano", "notifications@github.com"),
    "kitasora/terraform-modules <terraform-modules@noreply.github.com>",
    "Re: [kitasora/terraform-modules] Merge account-baseline v2 into main (PR #482)",
    "unrelated", False, None, [],
    "GitHub PR notification: the word 'merged' and 'account' in a completely unrelated context.",
    text=("Merged #482 into main.\n\n—\nReply to this email directly, view it on GitHub:\n"
          "https://github.com/kitasora/terraform-modules/pull/482#event-16623419087\n"
          "You are receiving this because you were mentioned.\n"),
    html=("<p>Merged <a href=\"https://github.com/kitasora/terraform-modules/pull/482\">#482</a> into main.</p>"
          "<p style=\"font-size:small;color:#666\">— <br>Reply to this email directly, "
          "<a href=\"https://github.com/kitasora/terraform-modules/pull/482#event-16623419087\">view it on GitHub</a>."
          "<br>You are receiving this because you were mentioned.</p>"),
    charset="utf-8", enc="qp", style="github", cc=addr("Yuma Ishida", ME_C) + ", Mention <mention@noreply.github.com>",
    auth=auth_m365("github.com"), extra=[("X-GitHub-Reason", "mention"),
                                         ("List-ID", "kitasora/terraform-modules <terraform-modules.kitasora.github.com>")])

# 003 Builder ID code
add("m003", when("2025-03-03 21:05"), addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", "unrelated", False, None, [],
    "Builder ID one-time code (6 digits); AWS sender, 'verify' wording, not case mail.",
    text=("Hello,\n\nUse the code below to finish creating your AWS Builder ID.\n\n"
          "Verification code: 482913\n\nThis code expires in 30 minutes. If you didn't try to create a "
          "Builder ID, you can ignore this message.\n\nThanks,\nAmazon Web Services\n"),
    enc="7bit", charset="us-ascii", style="signin.aws", auth=auth_gmail("signin.aws"), crlf=True)

# 004 note to self
add("m004", when("2025-03-04 22:31"), addr(ME_NAME_JA, ME_P), addr(ME_NAME_JA, ME_P),
    "memo: 認定アカウント移行前の控え", "user_reply", False, None, ["AWS04417296", "AWS09283341"],
    "Owner's note to self with both candidate IDs; sent by the owner, no case yet.",
    text=("移行前に旧アカウントで確認した内容\n\n"
          "旧(会社) y.ishida@kitasora-tech.co.jp  候補ID AWS04417296\n"
          "  - SAA (2023-06取得) / DVA (2022-11取得) / CLF\n"
          "  - 特典: 50%割引バウチャー 1枚(期限 2025-09)\n"
          "  - APN(Partner Central)と共有中\n"
          "新(個人) yuma.ishida.dev@gmail.com  候補ID AWS09283341  ← Builder IDで昨日作成\n\n"
          "証明書PDFはDriveの certs/ に保存済み。\n明日フォームから統合依頼を出す。\n"),
    charset="utf-8", enc="8bit", style="gmail")

# 005 ack A (company mailbox)
ack_a = ("Hello,\n\nThanks for reaching out to AWS Training and Certification. Your request has been "
         "logged as case %s and is now in our queue.\n\n"
         "Here is a copy of what you submitted:\n\n"
         "Case ID: %s\n"
         "Inquiry type: Certification\n"
         "Additional details: Account Merge\n"
         "Name: Yuma Ishida\n"
         "Email: y.ishida@kitasora-tech.co.jp\n"
         "AWS Candidate ID: AWS04417296\n"
         "Description:\n"
         "  Use case: I am leaving Kitasora Technologies at the end of March and want my certifications "
         "moved to my personal account.\n"
         "  Email addresses used: y.ishida@kitasora-tech.co.jp, yuma.ishida.dev@gmail.com\n"
         "  Address to keep: yuma.ishida.dev@gmail.com\n\n"
         "Most requests get a first answer within one business day, though some take longer while we "
         "look into them. A second case about the same request will not speed things up and may delay "
         "both, so please keep all correspondence on this one.\n\n"
         "You do not need to reply to this message.\n" % (CASE_A, CASE_A)) + tc_sig("AWS Training and Certification")
add("a_ack", when("2025-03-05 06:33", UTC), TC_FROM, ME_C, tc_subj(CASE_A, "") .strip(),
    "acknowledgement", False, CASE_A, ["AWS04417296"],
    "Acknowledgement of case A to the company mailbox; echoes the form incl. a candidate ID and the personal address; says 'no need to reply'.",
    text=ack_a, enc="7bit", charset="us-ascii", crlf=True, auth=auth_m365("amazon.com", "amazonses.com"))

# 006 ack B (duplicate, Japanese, personal)
ack_b = ("石田 悠真 様\n\nAWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n"
         "ケース %s としてお問い合わせを承りました。\n\n"
         "お問い合わせ内容:\n"
         "  お問い合わせタイプ: AWS トレーニングと認定\n"
         "  その他の詳細: アカウントの統合\n"
         "  メールアドレス: yuma.ishida.dev@gmail.com\n"
         "  AWS 候補 ID: AWS09283341\n"
         "  内容: 会社のアカウントを個人のアカウントに統合したいです。\n\n"
         "担当者より、原則として 1 営業日以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございます。\n"
         "同じ内容のお問い合わせを重ねて送信されますと、対応が遅れる原因となりますのでご注意ください。\n\n"
         "本メールへのご返信は不要です。\n\n"
         "AWS トレーニングと認定 カスタマーサポート\n" % CASE_B)
add("b_ack", when("2025-03-05 07:20", UTC), TC_FROM, ME_P, tc_subj(CASE_B, ""),
    "acknowledgement", False, CASE_B, ["AWS09283341"],
    "Japanese ISO-2022-JP acknowledgement of an accidental second form (case B); second case for the same request.",
    text=ack_b, charset="iso-2022-jp", auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 007 billing
add("m007", when("2025-03-05 18:02"), CONSOLE, ME_P,
    "Amazon Web Services Billing Statement Available [Account: 482116093357]", "unrelated", False, None, [],
    "Same sender as console cases (no-reply-aws@amazon.com); 12-digit account ID, billing only.",
    text=("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, "
          "for the account ending in 3357, is available on the AWS web site. Your account will be charged "
          "the following:\n\nTotal: USD 3.84\n\nYou can see a complete break down of all charges on the "
          "Billing page located here:\nhttps://console.aws.amazon.com/billing/home#/bill\n\n"
          "Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
          "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n"),
    charset="us-ascii", enc="7bit", auth=auth_gmail("amazon.com"))

# 008 B closed as duplicate
b_dup = ("Hello Yuma,\n\nWhile reviewing this request I found that you already have case %s open with us "
         "for the same account merge, submitted from y.ishida@kitasora-tech.co.jp a little earlier.\n\n"
         "To keep everything in one place I have closed this case (%s) and added a note to the original. "
         "All further updates will come on case %s, so you can disregard this thread.\n" % (CASE_B, CASE_B, CASE_A)
         ) + tc_sig("Gwen T.")
add("b_dup", when("2025-03-06 01:02", UTC), TC_FROM, ME_P, tc_subj(CASE_B),
    "case_update", False, CASE_B, [],
    "Duplicate case B closed and linked to A; mentions both case numbers, B is the subject case; nothing asked.",
    text=b_dup, irt="b_ack", enc="qp", auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 009 A on hold (APN), question buried
hold_txt = ("Hello Yuma,\n\nThank you for your patience.\n\n"
            "I looked up the certification account registered to y.ishida@kitasora-tech.co.jp. It is linked to "
            "an organization in the AWS Partner Network (Kitasora Technologies K.K.), and certifications on "
            "partner-linked accounts count toward that partner's standing. Because of that, we are not able "
            "to move the account out while the link is active, and I have placed your case on hold for now.\n\n"
            "In most cases the link is removed once the person has left the company or the partner's "
            "administrator removes them in AWS Partner Central. I have also let our partner operations "
            "colleagues know about your request.\n\n"
            "One thing that would help us move forward: are you leaving Kitasora Technologies, and if so, "
            "what is your last day of employment?\n") + tc_sig("Marisol R.")
hold_html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
             "<p>Hello Yuma,</p><p>Thank you for your patience.</p>"
             "<p>I looked up the certification account registered to <b>y.ishida@kitasora-tech.co.jp</b>. It is linked "
             "to an organization in the AWS Partner Network (Kitasora Technologies K.K.), and certifications on "
             "partner-linked accounts count toward that partner's standing. Because of that, we are not able to move "
             "the account out while the link is active, and I have placed your case <b>on hold</b> for now.</p>"
             "<p>In most cases the link is removed once the person has left the company or the partner's administrator "
             "removes them in AWS Partner Central. I have also let our partner operations colleagues know about your request.</p>"
             "<p>One thing that would help us move forward: are you leaving Kitasora Technologies, and if so, what is "
             "your last day of employment?</p><p>Best regards,<br><br>Marisol R.<br>AWS Training and Certification "
             "Customer Support</p><p style=\"font-size:11px;color:#777\">Amazon Web Services, Inc. is a subsidiary of "
             "Amazon.com, Inc.</p></body></html>")
add("a_hold", when("2025-03-06 02:40", UTC), TC_FROM, ME_C, tc_subj(CASE_A),
    "on_hold", True, CASE_A, [],
    "APN partner hold with the only question buried in the last paragraph, no 'please'. Needs an answer.",
    text=hold_txt, html=hold_html, enc="qp", irt="a_ack", auth=auth_m365("amazon.com", "amazonses.com"))

# 010 colleague farewell party, Shift_JIS
add("m010", when("2025-03-06 12:15"), addr("佐野 美咲", "m.sano@kitasora-tech.co.jp"),
    "infra-team@kitasora-tech.co.jp", "送別会の日程について（石田さん）", "unrelated", False, None, [],
    "Colleague mail in Shift_JIS with keigo request wording (ご返信いただけますでしょうか) – not support.",
    text=("インフラチームの皆さま\n\nお疲れさまです。佐野です。\n\n"
          "3月末でご退職される石田さんの送別会を企画しております。\n"
          "下記の候補日のうち、ご都合のよい日を今週金曜までにご返信いただけますでしょうか。\n\n"
          "  A. 3/25(火) 19:00〜\n  B. 3/27(木) 19:00〜\n\n"
          "会場は品川駅周辺で調整中です。\nよろしくお願いいたします。\n\n佐野\n"),
    charset="shift_jis", style="outlook", cc=addr("石田 悠真", ME_C, "shift_jis"), hcharset="shift_jis",
    received="from TYCPR01MB8123.jpnprd01.prod.outlook.com by TYCPR01MB9931.jpnprd01.prod.outlook.com with HTTPS; "
             "Thu, 6 Mar 2025 03:15:22 +0000")

# 011 user reply A from company (Outlook style)
u_a1 = ("Hello Marisol,\n\nYes, I am leaving Kitasora Technologies. My last working day is March 31, 2025, "
        "and this company mailbox will be shut down on that day.\n\n"
        "I have also asked our partner administrator to remove me from Partner Central. The account I want "
        "to keep is my personal one (yuma.ishida.dev@gmail.com, candidate ID AWS09283341).\n\n"
        "Thank you,\nYuma Ishida\n\n"
        "________________________________\n"
        "From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\n"
        "Sent: Thursday, March 6, 2025 11:40\n"
        "To: Ishida Yuma <y.ishida@kitasora-tech.co.jp>\n"
        "Subject: RE:[CASE %s] %s\n\n" % (CASE_A, SUBJ_FORM)) + hold_txt
add("a_u1", when("2025-03-06 18:05"), addr("Ishida Yuma", ME_C), TC_FROM, tc_subj(CASE_A),
    "user_reply", False, CASE_A, ["AWS09283341"],
    "Owner's Outlook reply from the company address, answers the hold question; full original below an Outlook header block.",
    text=u_a1, enc="qp", style="outlook", irt="a_hold", refs=["a_ack", "a_hold"],
    received="from TYCPR01MB7720.jpnprd01.prod.outlook.com ([fe80::1c]) by TYCPR01MB7720.jpnprd01.prod.outlook.com; Thu, 6 Mar 2025 09:05:10 +0000",
    extra=[("Thread-Topic", tc_subj(CASE_A)), ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")])

# 012 Pearson VUE confirmation
pv_txt = ("Dear Yuma Ishida,\n\nThank you for scheduling your exam with Pearson VUE.\n\n"
          "Exam: SCS-C02: AWS Certified Security - Specialty\n"
          "Date and time: Thursday, March 20, 2025 at 10:00 AM JST\n"
          "Location: Pearson Professional Centers-Tokyo Shinagawa, Japan\n"
          "Registration ID: 418220937\n"
          "Candidate ID: AWS09283341\n\n"
          "Please arrive 15 minutes early and bring two valid forms of identification. To reschedule or "
          "cancel, visit https://home.pearsonvue.com/aws at least 24 hours in advance.\n\n"
          "Pearson VUE\n")
add("m012", when("2025-03-07 10:44"), addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
    "Pearson VUE Confirmation of Booking", "unrelated", False, None, ["AWS09283341"],
    "Exam vendor booking with 9-digit registration ID and a candidate ID; not support, not certification program mail.",
    text=pv_txt, html="<html><body><pre style=\"font-family:Arial\">%s</pre></body></html>" % pv_txt,
    enc="qp", style="pearson.com", auth=auth_gmail("pearson.com", ip="198.2.132.%d"))

# 013 A hold continues, nothing needed
hold2 = ("Hi Yuma,\n\nThanks for the quick answer, that is very helpful.\n\n"
         "I have passed the details to the AWS Partner team. Your certification account stays tied to the "
         "partner organization until that association is removed on their side, so the case remains on hold "
         "in the meantime. There is nothing you need to do right now; I will write again as soon as the "
         "association has been cleared.\n") + tc_sig("Marisol R.")
add("a_hold2", when("2025-03-07 07:00", UTC), TC_FROM, ME_C, tc_subj(CASE_A),
    "on_hold", False, CASE_A, [],
    "Hold continues waiting on the partner; explicitly nothing to do.",
    text=hold2 + "\n\n-----Original Message-----\n" + q(u_a1.split("________________________________")[0].rstrip()),
    enc="qp", irt="a_u1", refs=["a_ack", "a_hold", "a_u1"], auth=auth_m365("amazon.com", "amazonses.com"))

# 014 marketing HTML only
add("m014", when("2025-03-08 08:30"), addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Register now: AWS Summit Japan 2025", "unrelated", False, None, [],
    "HTML-only marketing from an amazon.com sender; 'reply' and 'confirm your seat' wording.",
    html=("<!DOCTYPE html><html><body style=\"margin:0\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
          "<tr><td style=\"background:#232f3e;color:#fff;padding:20px;font-size:22px\">AWS Summit Japan 2025</td></tr>"
          "<tr><td style=\"padding:20px\"><p>Hi Yuma,</p><p>Two days of keynotes, 150+ sessions and the "
          "Certification Lounge for AWS Certified attendees. Confirm your seat today &mdash; registration is free.</p>"
          "<p><a href=\"https://aws.amazon.com/jp/summits/japan/?trk=em_1234\" style=\"background:#ff9900;padding:10px 18px;"
          "color:#000;text-decoration:none\">Register</a></p></td></tr>"
          "<tr><td style=\"font-size:11px;color:#666;padding:20px\">Amazon Web Services Japan G.K., Meguro, Tokyo. "
          "<a href=\"https://pages.awscloud.com/unsubscribe\">Unsubscribe</a></td></tr></table></body></html>"),
    enc="qp", style="marketo.org", auth=auth_gmail("amazon.com", mailfrom="bounce@mktomail.com"),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")])

# 015 Zoom support solved
add("m015", when("2025-03-09 04:12"), addr("Zoom Support", "support@zoom.us"), ME_C,
    "[Zoom Support] Re: Webinar recording not available (#18273645)", "unrelated", False, None, [],
    "Another vendor's ticket 'solved' with a satisfaction link; a case-like number.",
    text=("##- Please type your reply above this line -##\n\nYour request (18273645) has been solved. "
          "To reopen it, reply to this email.\n\nHao L. (Zoom Support)\n\nThe recording has been restored to "
          "your cloud recordings page. Let us know if anything else comes up.\n\n"
          "How would you rate the support you received?\nGood, I'm satisfied: https://support.zoom.us/satisfaction/good\n"
          "Bad, I'm unsatisfied: https://support.zoom.us/satisfaction/bad\n"),
    enc="qp", style="zendesk.com", auth=auth_m365("zoom.us"))

# 016 phishing lookalike
add("m016", when("2025-03-10 19:22"), addr("AWS Certification Support", "support@aws-certification-verify.com"), ME_C,
    "Action required: verify ownership before your account merge (Case ID: 88172044913)",
    "suspicious", False, None, [],
    "Lookalike domain; passes its own DKIM; credential phishing dressed as a merge verification with a fake case ID.",
    html=("<html><body><p>Dear Candidate,</p><p>Your request to merge certification accounts is pending. "
          "To prevent loss of your certifications, you must verify ownership within <b>24 hours</b>.</p>"
          "<p><a href=\"https://aws-certification-verify.com/login?c=88172044913\">Sign in to verify</a></p>"
          "<p>If you do not verify, all certifications will be revoked and the merge cancelled. Reply to this "
          "email with your Builder ID password if the link does not work.</p><p>AWS Certification Support Team</p>"
          "</body></html>"),
    enc="b64", style="aws-certification-verify.com",
    auth="spf=pass (sender IP is 45.141.87.20) smtp.mailfrom=aws-certification-verify.com; dkim=pass (signature was verified) "
         "header.d=aws-certification-verify.com;dmarc=pass action=none header.from=aws-certification-verify.com;compauth=pass reason=100")

# 017 colleague APN lead
add("m017", when("2025-03-11 14:03"), addr("大川 拓也", "t.okawa@kitasora-tech.co.jp"), ME_C,
    "Partner Central のユーザー削除について", "unrelated", False, None, [],
    "Colleague (partner admin) says he removed the owner from Partner Central; about case A but not from support, no case number.",
    text=("石田さん\n\nお疲れさまです。大川です。\n\n"
          "ご依頼の件、AWS Partner Central から石田さんのユーザーを削除し、認定情報の共有も解除しました。\n"
          "パートナー側の反映には1〜2日かかるようです。AWS のサポートから何か聞かれたら教えてください。\n\n"
          "退職まであと少しですが、よろしくお願いします。\n\n大川\n"),
    enc="qp", style="outlook", received="from TYCPR01MB6611.jpnprd01.prod.outlook.com by TYCPR01MB7720.jpnprd01.prod.outlook.com with HTTPS; Tue, 11 Mar 2025 05:03:40 +0000")

# 018 A hold lifted
lift = ("Hello Yuma,\n\nGood news: the AWS Partner Network association on your certification account has been "
        "removed, so I have taken your case off hold. Your merge request is back with our team and one of my "
        "colleagues will contact you shortly with the next step.\n\nThanks for bearing with us.\n") + tc_sig("Devansh K.")
add("a_lift", when("2025-03-12 05:18", UTC), TC_FROM, ME_C, tc_subj(CASE_A),
    "case_update", False, CASE_A, [],
    "Hold lifted; announces a future step but asks nothing.",
    text=lift, enc="7bit", charset="us-ascii", crlf=True, irt="a_hold2", refs=["a_ack", "a_hold", "a_u1", "a_hold2"],
    auth=auth_m365("amazon.com", "amazonses.com"))

# 019 certmetrics wants to hear from you
add("m019", when("2025-03-12 16:00", UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification wants to hear from you", "certification", False, None, ["AWS09283341"],
    "Certification-program feedback invitation (not about a support case); carries a candidate ID.",
    text=("Hello Yuma Ishida (AWS09283341),\n\nAs an AWS Certified individual, your opinion helps shape future "
          "exams. Take our 10-minute survey about your certification experience:\n"
          "https://survey.certmetrics.com/aws/2025q1?id=7f3c\n\nThe survey closes on March 31.\n\n"
          "AWS Certification\nThis is an automated message; replies are not monitored.\n"),
    enc="qp", style="certmetrics.com", auth=auth_gmail("certmetrics.com", ip="167.89.12.%d"))

# 020 A info request: write from personal address
ir_a = ("Hello Yuma,\n\nI am picking up your case now that the partner hold has been cleared.\n\n"
        "I can see the source account (y.ishida@kitasora-tech.co.jp, AWS04417296). The account you want to keep "
        "is registered to yuma.ishida.dev@gmail.com, and for security reasons the instruction to move "
        "certifications into an account has to come from the e-mail address of that account.\n\n"
        "Would you reply to this message from yuma.ishida.dev@gmail.com? Keep the case number in the subject "
        "line so it reaches me. Once I have that, I will send you a summary of both accounts to check.\n") + tc_sig("Priya S.")
add("a_ir", when("2025-03-13 00:30", UTC), TC_FROM, ME_C, tc_subj(CASE_A),
    "info_request", True, CASE_A, ["AWS04417296"],
    "Support asks the owner to write from the personal address (a question form 'Would you reply...').",
    text=ir_a, enc="qp", irt="a_lift", refs=["a_ack", "a_hold", "a_u1", "a_hold2", "a_lift"],
    auth=auth_m365("amazon.com", "amazonses.com"))

# 021 forward to personal (own note)
fw_a = ("自分用。個人アドレスから返信する。\n\n"
        "________________________________\n"
        "From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\n"
        "Sent: Thursday, March 13, 2025 9:30\n"
        "To: Ishida Yuma <y.ishida@kitasora-tech.co.jp>\n"
        "Subject: RE:[CASE %s] %s\n\n" % (CASE_A, SUBJ_FORM)) + ir_a
add("a_fw", when("2025-03-13 09:41"), addr("Ishida Yuma", ME_C), ME_P, "FW: " + tc_subj(CASE_A),
    "user_reply", False, CASE_A, [],
    "Owner forwards the request to himself; the candidate ID appears only in the forwarded part.",
    text=fw_a, enc="b64", style="outlook", auth=auth_gmail("kitasora-tech.co.jp", ip="40.107.74.%d",
                                                           dkim="kitasoratech.onmicrosoft.com"))

# 022 reply from personal
u_a2 = ("Hello Priya,\n\nI'm writing from my personal address as you asked. I confirm that I want my certifications "
        "moved into the account registered to this address (yuma.ishida.dev@gmail.com).\n\nBest,\nYuma\n\n"
        "On Thu, Mar 13, 2025 at 9:41 Ishida Yuma <y.ishida@kitasora-tech.co.jp> wrote:\n\n" + q(fw_a))
add("a_u2", when("2025-03-13 09:55"), addr(ME_NAME, ME_P), TC_FROM, tc_subj(CASE_A),
    "user_reply", False, CASE_A, [],
    "Owner writes from the personal address (Gmail), quoting his own forward which quotes support.",
    text=u_a2, enc="qp", style="gmail", irt="a_fw", refs=["a_ir", "a_fw"])

# 023 Skill Builder receipt
add("m023", when("2025-03-14 08:00", UTC), addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder subscription receipt", "unrelated", False, None, [],
    "Receipt from the training platform sender; order number, not a case.",
    text=("Hi Yuma,\n\nThanks for subscribing to AWS Skill Builder Individual.\n\nOrder number: SB-20250314-66120934\n"
          "Plan: Individual (monthly)\nAmount: USD 29.00\nNext billing date: April 14, 2025\n\n"
          "Manage your subscription: https://skillbuilder.aws/subscriptions\n\nAWS Training and Certification\n"),
    charset="us-ascii", enc="7bit", style="aws.training", auth=auth_gmail("aws.training"))

# 024 A confirmation request, HTML only, table
conf_a_html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial;font-size:14px\">"
               "<p>Hello Yuma,</p><p>Thanks for writing from your personal address. Below are the two certification "
               "accounts I found for you.</p>"
               "<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse\">"
               "<tr style=\"background:#eee\"><th></th><th>Account #1</th><th>Account #2</th></tr>"
               "<tr><td>Candidate ID</td><td>AWS09283341</td><td>AWS04417296</td></tr>"
               "<tr><td>Login email</td><td>yuma.ishida.dev@gmail.com</td><td>y.ishida@kitasora-tech.co.jp</td></tr>"
               "<tr><td>Training notification email</td><td>yuma.ishida.dev@gmail.com</td><td>y.ishida@kitasora-tech.co.jp</td></tr>"
               "<tr><td>Certification notification email</td><td>yuma.ishida.dev@gmail.com</td><td>y.ishida@kitasora-tech.co.jp</td></tr>"
               "<tr><td>Active certifications</td><td>0</td><td>3</td></tr></table>"
               "<p>When we merge, everything from one account (exam history, certifications, benefits) is moved into "
               "the other, and the emptied account is deactivated. This cannot be undone.</p>"
               "<p>Which account should remain as the surviving one? If Account #1 is correct, a short reply "
               "confirming that is all I need.</p>"
               "<p>Best regards,<br>Tomasz W.<br>AWS Training and Certification Customer Support</p></body></html>")
add("a_conf", when("2025-03-14 04:10", UTC), TC_FROM, ME_P, tc_subj(CASE_A),
    "confirmation_request", True, CASE_A, ["AWS09283341", "AWS04417296"],
    "HTML-only, Account #1/#2 in a table (candidate IDs inside table cells), asks which account survives.",
    html=conf_a_html, enc="b64", irt="a_u2", refs=["a_ir", "a_fw", "a_u2"],
    auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 025 newsletter
add("m025", when("2025-03-15 07:00"), addr("The Cloud Brief", "digest@cloudbrief.news"), ME_P,
    "The Cloud Brief #212: IAM changes, a closed case, and merge queues", "unrelated", False, None, [],
    "Newsletter whose headlines use 'case closed', 'merge', 'certification'.",
    text=("THE CLOUD BRIEF — issue 212\n\n1. Case closed: why a support ticket took 40 days\n"
          "   A reader's story of a support case that bounced between three teams.\n\n"
          "2. GitHub merge queues, one year on\n\n3. Which AWS certification is worth it in 2025? Our take.\n\n"
          "Reply to this email to tell us what you want covered next week.\n\n"
          "Unsubscribe: https://cloudbrief.news/u/8812\n"),
    enc="qp", style="cloudbrief.news", auth=auth_gmail("cloudbrief.news", ip="149.72.1.%d"))

# 026 A closing notice
close_a = ("Hello,\n\nWe are still waiting for your answer to our message of March 14 about which account to keep.\n\n"
           "If we do not hear back within 3 business days, this case will be closed. A reply to this e-mail will keep "
           "it open and return it to the agent handling it.\n") + tc_sig("AWS Training and Certification")
add("a_close", when("2025-03-17 00:00", UTC), TC_FROM, ME_P, tc_subj(CASE_A),
    "closing_notice", True, CASE_A, [],
    "Short reminder that the case will be closed without an answer; a reply keeps it open.",
    text=close_a, enc="7bit", charset="us-ascii", irt="a_conf", refs=["a_ir", "a_fw", "a_u2", "a_conf"],
    auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

conf_a_plain = ("Hello Yuma,\n\nThanks for writing from your personal address. Below are the two certification "
                "accounts I found for you.\n\n"
                "Account #1\n  Candidate ID: AWS09283341\n  Login email: yuma.ishida.dev@gmail.com\n"
                "  Training notification email: yuma.ishida.dev@gmail.com\n  Certification notification email: yuma.ishida.dev@gmail.com\n"
                "Account #2\n  Candidate ID: AWS04417296\n  Login email: y.ishida@kitasora-tech.co.jp\n"
                "  Training notification email: y.ishida@kitasora-tech.co.jp\n  Certification notification email: y.ishida@kitasora-tech.co.jp\n\n"
                "Which account should remain as the surviving one? If Account #1 is correct, a short reply confirming "
                "that is all I need.\n\nBest regards,\nTomasz W.\nAWS Training and Certification Customer Support")
# 027 user confirms
u_a3 = ("Sorry for the slow reply. Confirmed: please merge everything into Account #1 (AWS09283341, "
        "yuma.ishida.dev@gmail.com).\n\nThanks,\nYuma\n\n"
        "On Mon, Mar 17, 2025 at 9:00 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:\n"
        + q(close_a) + "\n>\n> On Fri, Mar 14, 2025 at 1:10 PM AWS Training and Certification wrote:\n" + q(conf_a_plain, ">> "))
add("a_u3", when("2025-03-17 12:48"), addr(ME_NAME, ME_P), TC_FROM, tc_subj(CASE_A),
    "user_reply", False, CASE_A, ["AWS09283341"],
    "Owner's 'Confirmed' top-posted over two levels of quoted history containing both candidate IDs.",
    text=u_a3, enc="qp", style="gmail", irt="a_close", refs=["a_conf", "a_close"])

# 028 A resolved (quotes the confirmation request)
res_a = ("Hello Yuma,\n\nThank you for confirming. I have now merged Account #2 into Account #1. Your exam history, "
         "your three certifications and the 50% exam discount benefit are all visible when you sign in with "
         "yuma.ishida.dev@gmail.com. The account that used y.ishida@kitasora-tech.co.jp has been deactivated.\n\n"
         "Your Credly badges will be re-sent to your personal address over the next day. No further action is "
         "required on your side, and I am marking this case as resolved. Should anything look wrong, you can "
         "reply to this e-mail within 14 days.\n") + tc_sig("Tomasz W.")
add("a_res", when("2025-03-17 05:02", UTC), TC_FROM, ME_P, tc_subj(CASE_A),
    "resolved", False, CASE_A, [],
    "Merge done; the old confirmation request (with 'Which account should remain...?') is quoted below; conditional 'you can reply'.",
    text=res_a + "\n\n---- Original message ----\n" + q(u_a3), enc="qp", crlf=False, irt="a_u3",
    refs=["a_conf", "a_close", "a_u3"], auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))


def credly(badge, key, date, note, extra_txt=""):
    t = ("Congratulations, Yuma!\n\nAmazon Web Services Training and Certification has issued you a new badge:\n\n"
         "%s\n\nAccept your badge to share it on LinkedIn and with your network:\n"
         "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s\n\n%s"
         "You're receiving this email because a badge was issued to yuma.ishida.dev@gmail.com.\n"
         "Credly, Inc. · 100 Broadway, New York, NY\n" % (badge, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), extra_txt))
    h = ("<html><body><div style=\"max-width:600px;font-family:Helvetica\"><h2>Congratulations, Yuma!</h2>"
         "<p>Amazon Web Services Training and Certification has issued you a new badge:</p>"
         "<p style=\"font-size:18px\"><b>%s</b></p><p><a href=\"https://www.credly.com/earner/earned\" "
         "style=\"background:#ff6b00;color:#fff;padding:10px\">Accept badge</a></p>"
         "<p style=\"font-size:11px;color:#888\">Credly, Inc. · 100 Broadway, New York, NY</p></div></body></html>" % badge)
    add(key, date, addr("Credly", "admin@credly.com"), ME_P, "Amazon Web Services Training and Certification sent you a new badge",
        "badge", False, None, [], note, text=t, html=h, enc="qp", style="credly.com",
        auth=auth_gmail("credly.com", ip="168.245.34.%d"))


# 029 badge
credly("AWS Certified Solutions Architect – Associate", "m029", when("2025-03-17 14:05"),
       "Credly badge reissued right after the merge.")

# 030 survey A
add("a_survey", when("2025-03-18 01:00", UTC), TC_FROM, ME_P, "How did we do? [CASE %s]" % CASE_A,
    "survey", False, CASE_A, [],
    "Post-case satisfaction survey tied to case A; asks for a rating (not a reply).",
    text=("Hello,\n\nYour recent case %s with AWS Training and Certification has been resolved. We'd appreciate "
          "two minutes of your time to tell us how it went.\n\nHow satisfied were you with the support you received?\n"
          "https://amazonsurvey.qualtrics.com/jfe/form/SV_tc?case=%s\n\nYour answers are anonymous and help us "
          "improve.\n" % (CASE_A, CASE_A)) + tc_sig("AWS Training and Certification"),
    enc="qp", auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 031 badge 2
credly("AWS Certified Developer – Associate", "m031", when("2025-03-18 09:31"), "Second badge after the merge.")

# 032 certification benefit
add("m032", when("2025-03-19 02:10", UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certification benefits are ready", "certification", False, None, ["AWS09283341"],
    "Certification program mail listing benefits (50% voucher) after merge; not a case.",
    text=("Hello Yuma,\n\nCandidate ID: AWS09283341\n\nThe following benefit is available in your AWS Certification "
          "account:\n\n  - 50% discount on your next AWS Certification exam (expires 2025-09-30)\n\n"
          "Sign in at https://www.aws.training/Certification to view it under Benefits.\n\n"
          "AWS Certification\n"),
    enc="7bit", charset="us-ascii", style="certmetrics.com", auth=auth_gmail("certmetrics.com", ip="167.89.12.%d"))

# 033 exam result
add("m033", when("2025-03-21 07:45", UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations! You are now AWS Certified", "certification", False, None, [],
    "Exam result / new certification mail, HTML with inline details.",
    text=("Congratulations, Yuma!\n\nYou passed the AWS Certified Security - Specialty exam on March 20, 2025. "
          "Your certificate and digital badge will be available in your AWS Certification account within "
          "5 business days.\n\nValidation number: 5QW3KZ1L7J4E1PSW\n\nAWS Certification\n"),
    html=("<html><body><h2>Congratulations, Yuma!</h2><p>You passed the <b>AWS Certified Security - Specialty</b> "
          "exam on March 20, 2025.</p><p>Your certificate and digital badge will be available in your AWS "
          "Certification account within 5 business days.</p><p>Validation number: 5QW3KZ1L7J4E1PSW</p></body></html>"),
    enc="qp", style="certmetrics.com", auth=auth_gmail("certmetrics.com", ip="167.89.12.%d"))

# 034 colleague OOO
add("m034", when("2025-03-21 09:02"), addr("田村 翔", "s.tamura@kitasora-tech.co.jp"), ME_C,
    "自動応答: 送別会の日程について（石田さん）", "unrelated", False, None, [],
    "Out-of-office auto-reply from a colleague.",
    text=("3月21日〜3月24日は休暇のため不在にしております。\n3月25日以降に順次対応いたします。\n"
          "お急ぎの場合は infra-team@kitasora-tech.co.jp までご連絡ください。\n\n田村\n"),
    enc="b64", style="outlook", extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", ME_C)],
    received="from TYCPR01MB5502.jpnprd01.prod.outlook.com by TYCPR01MB7720.jpnprd01.prod.outlook.com with HTTPS; Fri, 21 Mar 2025 00:02:05 +0000")

# 035 IT notice
add("m035", when("2025-03-22 10:00"), addr("情報システム部", "it-helpdesk@kitasora-tech.co.jp"), ME_C,
    "【重要】退職に伴うメールアカウント停止のお知らせ", "unrelated", False, None, [],
    "ISO-2022-JP company notice: company mailbox closes 3/31; asks to 'confirm' forwarding settings.",
    text=("石田 悠真 様\n\n情報システム部です。\n"
          "退職手続きに伴い、以下のアカウントを 2025年3月31日 18:00 に停止いたします。\n\n"
          "  メールアドレス: y.ishida@kitasora-tech.co.jp\n\n"
          "外部サービスに登録しているメールアドレスの変更は、停止前にご自身で完了してください。\n"
          "停止後はメールの受信・転送はできません。\n\n情報システム部\n"),
    charset="iso-2022-jp", style="kitasora-tech.co.jp",
    received="from TYCPR01MB4410.jpnprd01.prod.outlook.com by TYCPR01MB7720.jpnprd01.prod.outlook.com with HTTPS; Sat, 22 Mar 2025 01:00:11 +0000")

# 036 ack C
ack_c_txt = ("Hello Yuma Ishida,\n\nWe received your request and opened case %s.\n\n"
             "Case ID: %s\nSubject: %s\n\n"
             "Your message:\n"
             "  I passed the Security - Specialty exam on March 20 but it does not appear in my account or in Credly. "
             "I think I have two certification accounts with the same email address: AWS09283341 and AWS11820457. "
             "Please combine them and keep the first one.\n\n"
             "An agent will reply to this address, usually within 24 hours.\n\nAWS Training and Certification\n"
             % (CASE_C, CASE_C, SUBJ_FORM))
ack_c_html = ("<html><body><p>Hello Yuma Ishida,</p><p>We received your request and opened case <b>%s</b>.</p>"
              "<table cellpadding=\"4\"><tr><td>Case ID:</td><td>%s</td></tr><tr><td>Subject:</td><td>%s</td></tr></table>"
              "<p><i>Your message:</i><br>I passed the Security - Specialty exam on March 20 but it does not appear in my "
              "account or in Credly. I think I have two certification accounts with the same email address: AWS09283341 "
              "and AWS11820457. Please combine them and keep the first one.</p><p>An agent will reply to this address, usually "
              "within 24 hours.</p><p>AWS Training and Certification</p></body></html>" % (CASE_C, CASE_C, SUBJ_FORM))
add("c_ack", when("2025-03-24 01:05", UTC), TC_FROM, ME_P, "[CASE %s] %s" % (CASE_C, SUBJ_FORM),
    "acknowledgement", False, CASE_C, ["AWS09283341", "AWS11820457"],
    "Acknowledgement (different template, 11-digit case) that echoes the owner's text with two candidate IDs.",
    text=ack_c_txt, html=ack_c_html, enc="b64", auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 037 spoof with dmarc=fail
add("m037", when("2025-03-24 13:40"), TC_FROM, ME_P,
    "RE:[CASE 17430019983] %s" % SUBJ_FORM, "suspicious", False, None, [],
    "Looks exactly like case mail from the real sender, but Gmail recorded spf=fail / dmarc=fail; credential link.",
    text=("Hello,\n\nWe are ready to merge your certification accounts. To confirm the merge, sign in with your AWS "
          "Builder ID at the secure page below within 48 hours:\n\nhttps://aws-training-merge.support-verify.net/confirm\n\n"
          "If we do not receive your confirmation the merge request will be cancelled.\n\n"
          "Best regards,\nAWS Training and Certification Customer Support\n"),
    enc="qp", style="mail.support-verify.net",
    auth=auth_gmail("amazon.com", ok=False, ip="185.213.22.61", mailfrom="info@support-verify.net"))

# 038 C info request (long explanation, questions at the end)
ir_c = ("Hello Yuma,\n\nThanks for contacting us, and congratulations on passing Security - Specialty.\n\n"
        "When two certification accounts share an e-mail address, the exam result is attached to whichever account "
        "the exam was booked under, and Credly only receives results from the account that is linked to your Credly "
        "profile. That is most likely why the new certification is not showing where you expect it.\n\n"
        "Before our records team can combine the two accounts, I need to locate the exam record itself. "
        "What was the exact date of the exam, did you take it at a test center or online, and what is the "
        "Pearson VUE registration number from your booking confirmation?\n") + tc_sig("Hannah O.")
add("c_ir", when("2025-03-25 02:20", UTC), TC_FROM, ME_P, tc_subj(CASE_C),
    "info_request", True, CASE_C, [],
    "Long explanation; the request is a single question sentence at the end (no 'please').",
    text=ir_c, enc="qp", irt="c_ack", auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 039 GitHub comment asking to confirm
add("m039", when("2025-03-25 15:10"), addr("Kenta Mori", "notifications@github.com"),
    "kitasora/terraform-modules <terraform-modules@noreply.github.com>",
    "Re: [kitasora/terraform-modules] account-baseline: SCP breaks org merge (Issue #490)",
    "unrelated", False, None, [],
    "GitHub issue comment that asks the owner to confirm something – a request, but not support.",
    text=("@yuma-ishida could you confirm the fix in #491 works for the old org before you leave? "
          "Happy to merge once you give a thumbs up.\n\n—\nReply to this email directly, view it on GitHub:\n"
          "https://github.com/kitasora/terraform-modules/issues/490#issuecomment-2751101201\n"),
    enc="qp", style="github", cc=addr("Yuma Ishida", ME_C), auth=auth_m365("github.com"))

# 040 user reply C
u_c1 = ("Hi Hannah,\n\nThe exam was on March 20, 2025 at the Pearson VUE test center in Shinagawa. "
        "Registration number: 418220937.\n\nLooking again, I think it was booked under AWS11820457.\n\nYuma\n\n"
        "On Tue, Mar 25, 2025 at 11:20 AWS Training and Certification <%s> wrote:\n" % TC) + q(ir_c)
add("c_u1", when("2025-03-26 08:14"), addr(ME_NAME, ME_P), TC_FROM, tc_subj(CASE_C),
    "user_reply", False, CASE_C, ["AWS11820457"],
    "Owner answers with date, 9-digit registration number and a candidate ID.",
    text=u_c1, enc="qp", style="gmail", irt="c_ir", refs=["c_ack", "c_ir"])

# 041 C passed to another team
upd_c = ("Hi Yuma,\n\nThank you, that was exactly what I needed. I found the exam under AWS11820457 and have passed "
         "your case to our certification records team, who handle account merges. They usually finish within "
         "three to five business days. You don't need to reply; the case stays open and we will write to you here.\n") + tc_sig("Hannah O.")
add("c_upd", when("2025-03-27 03:00", UTC), TC_FROM, ME_P, tc_subj(CASE_C),
    "case_update", False, CASE_C, ["AWS11820457"],
    "Passed to another team; mentions the candidate ID; explicitly no reply needed.",
    text=upd_c + "\n\n" + "On 26/03/2025, 08:14, Yuma Ishida wrote:\n" + q(u_c1.split("\n\nOn Tue")[0]),
    enc="7bit", charset="us-ascii", crlf=True, irt="c_u1", refs=["c_ack", "c_ir", "c_u1"],
    auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 042 Amazon.co.jp shipping
add("m042", when("2025-03-27 18:33"), addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
    "Amazon.co.jpでのご注文 250-8871203-4410261 を発送しました", "unrelated", False, None, [],
    "Amazon retail shipping notice (amazon brand, order number), Japanese.",
    text=("石田 悠真 様\n\nご注文いただいた商品を発送しました。\n\n"
          "注文番号: 250-8871203-4410261\nお届け予定: 3月29日(土)\n\n"
          "AWS認定 ソリューションアーキテクト-プロフェッショナル 教科書 第2版\n\n"
          "配送状況の確認: https://www.amazon.co.jp/gp/your-account/order-history\n\nAmazon.co.jp\n"),
    enc="b64", style="amazon.co.jp", auth=auth_gmail("amazon.co.jp", ip="52.119.213.%d"))

# 043 farewell mail by owner
add("m043", when("2025-03-28 17:30"), addr("石田 悠真", ME_C, "iso-2022-jp"), "all-staff@kitasora-tech.co.jp",
    "退職のご挨拶", "user_reply", False, None, [],
    "Owner's own farewell mail (ISO-2022-JP); written by the owner, no case.",
    text=("各位\n\nお疲れさまです。インフラチームの石田です。\n\n"
          "3月31日をもちまして退職することになりました。\n在職中は大変お世話になりました。\n\n"
          "今後のご連絡は下記の個人アドレスまでお願いいたします。\n  yuma.ishida.dev@gmail.com\n\n"
          "皆さまのますますのご活躍をお祈りしております。\n\n石田 悠真\n"),
    charset="iso-2022-jp", style="outlook",
    received="from TYCPR01MB7720.jpnprd01.prod.outlook.com ([fe80::1c]) by TYCPR01MB7720.jpnprd01.prod.outlook.com; Fri, 28 Mar 2025 08:30:02 +0000")

# 044 C confirmation request
conf_c_txt = ("Hello Yuma,\n\nI'm with the certification records team and have your case now.\n\n"
              "We located two certification accounts that use yuma.ishida.dev@gmail.com:\n\n"
              "  - AWS09283341: exam history for SAA-C03, DVA-C02, CLF-C02; 50% voucher\n"
              "  - AWS11820457: exam history for SCS-C02 (passed 2025-03-20)\n\n"
              "Kindly confirm that both accounts belong to you, and tell us which one you want us to keep. "
              "The other one will be emptied and closed.\n") + tc_sig("Rafael M.", ", Certification Records")
conf_c_html = ("<div style=\"font-family:Calibri,sans-serif\"><p>Hello Yuma,</p><p>I'm with the certification records team "
               "and have your case now.</p><p>We located two certification accounts that use yuma.ishida.dev@gmail.com:</p>"
               "<ul><li><b>AWS09283341</b>: exam history for SAA-C03, DVA-C02, CLF-C02; 50% voucher</li>"
               "<li><b>AWS11820457</b>: exam history for SCS-C02 (passed 2025-03-20)</li></ul>"
               "<p>Kindly confirm that both accounts belong to you, and tell us which one you want us to keep. The other "
               "one will be emptied and closed.</p><p>Best regards,<br>Rafael M.<br>AWS Training and Certification "
               "Customer Support, Certification Records</p></div>")
add("c_conf", when("2025-03-31 06:15", UTC), TC_FROM, ME_P, tc_subj(CASE_C),
    "confirmation_request", True, CASE_C, ["AWS09283341", "AWS11820457"],
    "Merge confirmation by a bullet list (not the Account #1/#2 template); 'Kindly confirm'.",
    text=conf_c_txt, html=conf_c_html, enc="qp", irt="c_upd", refs=["c_ack", "c_ir", "c_u1", "c_upd"],
    auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 045 user reply C (incomplete)
u_c2 = ("Hello Rafael,\n\nYes, both accounts are mine.\n\nRegards,\nYuma\n\n"
        "2025年3月31日(月) 15:15 AWS Training and Certification <%s>:\n" % TC) + q(conf_c_txt)
add("c_u2", when("2025-04-01 07:50"), addr(ME_NAME, ME_P), TC_FROM, tc_subj(CASE_C),
    "user_reply", False, CASE_C, [],
    "Owner answers only half the question; Gmail Japanese-locale attribution line in an English mail.",
    text=u_c2, enc="qp", style="gmail", irt="c_conf", refs=["c_ack", "c_upd", "c_conf"])

# 046 D console ack
con_footer = ("\n\nTo see all of your support cases or to reply to this one, go to the Support Center:\n"
              "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
              "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
              "To update your case, use the link above; replies to this message are not delivered.\n\n"
              "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n")
add("d_ack", when("2025-04-01 02:12", UTC), CONSOLE, ME_P, "Amazon Web Services: New Support case: %s" % CASE_D,
    "acknowledgement", False, CASE_D, [],
    "Console case opened (10-digit ID); same sender as billing; footer says replies are not received.",
    text=("Dear Yuma Ishida,\n\nThank you for contacting AWS Support. Case %s has been created.\n\n"
          "Case details:\nSubject: Exam discount voucher from merged account rejected at checkout\n"
          "Service: Training and Certification\nCategory: Exam benefits\nSeverity: General guidance\n"
          "Correspondence: After my certification accounts were merged, the 50%% voucher shows under Benefits but "
          "Pearson VUE says the code is invalid.\n\nAn AWS Support engineer will get back to you soon." % CASE_D)
         + con_footer % CASE_D,
    enc="qp", auth=auth_gmail("amazon.com"))

# 047 C second confirmation (Account choice)
conf_c2 = ("Hi Yuma,\n\nThanks for confirming the accounts are yours. One more thing before I run the merge: "
           "which of the two should stay as your main account, AWS09283341 or AWS11820457? "
           "We recommend keeping the one with the longer history, but it's your call.\n") + tc_sig("Rafael M.", ", Certification Records")
add("c_conf2", when("2025-04-01 08:40", UTC), TC_FROM, ME_P, tc_subj(CASE_C),
    "confirmation_request", True, CASE_C, ["AWS09283341", "AWS11820457"],
    "Follow-up confirmation after an incomplete answer; short, question only.",
    text=conf_c2 + "\n\n> Yes, both accounts are mine.\n", enc="7bit", charset="us-ascii", irt="c_u2",
    refs=["c_ack", "c_conf", "c_u2"], auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 048 user reply C: keep 09283341
u_c3 = "Keep AWS09283341 please. Thanks!\n\nYuma\n\nOn Tue, Apr 1, 2025 at 17:40, Rafael M. wrote:\n" + q(conf_c2)
add("c_u3", when("2025-04-01 18:02"), addr(ME_NAME, ME_P), TC_FROM, tc_subj(CASE_C),
    "user_reply", False, CASE_C, ["AWS09283341"],
    "One-line owner reply with the candidate ID to keep.",
    text=u_c3, enc="qp", style="gmail", irt="c_conf2", refs=["c_conf", "c_u2", "c_conf2"])

# 049 D info request via console
d_ir = ("Hello,\n\nYou have received a reply from AWS Support on case %s.\n\n"
        "Subject: Exam discount voucher from merged account rejected at checkout\n\n"
        "------------------------------------------------------------\n"
        "Hi Yuma,\n\nThanks for reaching out. Benefits that move across in a merge are sometimes re-issued with a new "
        "code, and the old code stops working. To check which one you are using, could you let us know the exact "
        "error text Pearson VUE shows, and the first four characters of the code you entered? A screenshot of the "
        "Benefits page would also help.\n\nKind regards,\nShun A.\nAmazon Web Services\n"
        "------------------------------------------------------------\n" % CASE_D) + con_footer % CASE_D
add("d_ir", when("2025-04-02 04:30", UTC), CONSOLE, ME_P,
    "RE:[CASE %s] Exam discount voucher from merged account rejected at checkout" % CASE_D,
    "info_request", True, CASE_D, [],
    "Console case asks for details; must be answered in the Support Center, not by e-mail.",
    text=d_ir, enc="qp", auth=auth_gmail("amazon.com"))

# 050 C resolved
res_c = ("Hello Yuma,\n\nAll done: AWS11820457 has been merged into AWS09283341. The Security - Specialty certification "
         "now appears together with your other certifications, and the empty account has been closed.\n\n"
         "Credly normally picks up the new certification within 24 to 48 hours. If you have any other questions, "
         "feel free to reply to this e-mail.\n") + tc_sig("Rafael M.", ", Certification Records")
add("c_res", when("2025-04-02 01:15", UTC), TC_FROM, ME_P, tc_subj(CASE_C),
    "resolved", False, CASE_C, ["AWS11820457", "AWS09283341"],
    "Merge completed; conditional invitation to reply; quoted history below holds the confirmation request.",
    text=res_c + "\n\n-----Original Message-----\nFrom: Yuma Ishida <%s>\nSent: 01 April 2025 09:02\n\n" % ME_P + q(u_c3),
    enc="qp", irt="c_u3", refs=["c_conf", "c_u2", "c_conf2", "c_u3"],
    auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 051 Builder ID sign-in code
add("m051", when("2025-04-03 08:41"), addr("AWS", "no-reply@login.awsapps.com"), ME_P,
    "Your AWS verification code", "unrelated", False, None, [],
    "6-digit sign-in code; an amazon-family sender.",
    text=("Your verification code is: 917604\n\nThis code will expire in 10 minutes. If you did not attempt to sign in, "
          "you can ignore this email.\n"), charset="us-ascii", enc="7bit", style="login.awsapps.com",
    auth=auth_gmail("login.awsapps.com"))

# 052 AWS Educate form case (other program)
add("m052", when("2025-04-04 03:00", UTC), addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE 174370551209914] [AWS Educate Form Submission] - account-access", "unrelated", False, None, [],
    "Other AWS program's form case (Educate) with the same shape and a real request; not T&C, so no reply flag.",
    text=("Hello,\n\nThank you for contacting AWS Educate. To restore access for your students, please reply with the "
          "name of your institution and the e-mail domain your students use to sign up.\n\nRegards,\nAWS Educate Support\n"),
    enc="qp", auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 053 D closing notice
add("d_close", when("2025-04-05 04:30", UTC), CONSOLE, ME_P,
    "RE:[CASE %s] Exam discount voucher from merged account rejected at checkout" % CASE_D,
    "closing_notice", True, CASE_D, [],
    "Console auto-resolve warning; a reply in the Support Center keeps it open.",
    text=("Hello,\n\nWe haven't heard from you on case %s. If we don't receive a reply, this case will be resolved "
          "automatically in 3 days.\n\nTo keep it open, add a reply in the Support Center. Once a case has been "
          "resolved for 14 days it can no longer be reopened.\n" % CASE_D) + con_footer % CASE_D,
    enc="qp", auth=auth_gmail("amazon.com"))

# 054 user reply to typo address
u_c4 = ("Hello Rafael,\n\nThanks for merging the accounts. Unfortunately the Security - Specialty badge still has not "
        "shown up in Credly after four days. Could you check?\n\nYuma\n\n"
        "On Wed, Apr 2, 2025 at 10:15 AWS Training and Certification <%s> wrote:\n" % TC) + q(res_c)
typo = "aws-cs-trainingcertification-from@amazon.com"
add("c_u4", when("2025-04-06 10:12"), addr(ME_NAME, ME_P), typo, tc_subj(CASE_C),
    "user_reply", False, CASE_C, [],
    "Owner reopens case C but mistyped the address (…-from@) – the reply will bounce.",
    text=u_c4, enc="qp", style="gmail", irt="c_res", refs=["c_u3", "c_res"])

# 055 bounce
bounce_txt = ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, "
              "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
              "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist.\n" % typo)
add("c_bounce", when("2025-04-06 10:12"), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", "unrelated", False, CASE_C, [],
    "Bounce of the owner's mistyped reply; belongs to case C's thread but is not from support.",
    text=bounce_txt + "\n\n----- Original message -----\n\nSubject: %s\nTo: %s\n\n" % (tc_subj(CASE_C), typo) + q(u_c4.split("\n\nOn Wed")[0]),
    enc="qp", style="mx.google.com", irt="c_u4", extra=[("Auto-Submitted", "auto-replied")],
    received="by 2002:a05:7300:d08b:b0:12a::; Sun, 06 Apr 2025 01:12:44 -0700 (PDT)")

# 056 user resend
add("c_u5", when("2025-04-06 10:20"), addr(ME_NAME, ME_P), TC_FROM, tc_subj(CASE_C),
    "user_reply", False, CASE_C, [],
    "Owner resends the same reopening request to the right address (copy of the bounced text).",
    text=u_c4, enc="qp", style="gmail", irt="c_res", refs=["c_u3", "c_res"])

# 057 D resolved with survey footer
add("d_res", when("2025-04-06 02:05", UTC), CONSOLE, ME_P,
    "RE:[CASE %s] Exam discount voucher from merged account rejected at checkout" % CASE_D,
    "resolved", False, CASE_D, [],
    "Console resolution; rating/feedback footer must not make it a survey; 'reopen' wording.",
    text=("Hello,\n\nYou have received a reply from AWS Support on case %s.\n\n"
          "------------------------------------------------------------\n"
          "Hi Yuma,\n\nThanks for the screenshot you added in the Support Center. The voucher carried over from your old "
          "account had been invalidated during the merge. I issued a replacement 50%% voucher; it is on your Benefits "
          "page now and works at checkout. I've set this case to Resolved.\n\nKind regards,\nShun A.\nAmazon Web Services\n"
          "------------------------------------------------------------\n\n"
          "We'd love to hear about your experience. Rate this reply in the Support Center with the stars below it; "
          "your feedback goes straight to the support team.\n\n"
          "If the case is not resolved to your satisfaction, you can reopen it from the Support Center." % CASE_D)
         + con_footer % CASE_D, enc="qp", auth=auth_gmail("amazon.com"))

# 058 C system ack of reply
add("c_ack2", when("2025-04-06 01:21", UTC), TC_FROM, ME_P, tc_subj(CASE_C),
    "acknowledgement", False, CASE_C, [],
    "System notice that the owner's reply reopened the case; nothing asked.",
    text=("This is an automated message.\n\nWe received your reply on case %s and the case has been reopened. "
          "An agent will review your message and respond here.\n\nAWS Training and Certification\n" % CASE_C),
    charset="us-ascii", enc="7bit", crlf=True, irt="c_u5", refs=["c_res", "c_u5"],
    auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 059 C agent update
upd_c2 = ("Hi Yuma,\n\nSorry the badge hasn't appeared yet. I checked and the certification is correctly recorded on "
          "AWS09283341, so the problem sits between us and Credly. I've raised it with our digital badge team and "
          "will come back to you once I hear from them.\n") + tc_sig("Rafael M.", ", Certification Records")
add("c_upd2", when("2025-04-07 02:30", UTC), TC_FROM, ME_P, tc_subj(CASE_C),
    "case_update", False, CASE_C, ["AWS09283341"],
    "Reopened-case progress note: still working, nothing asked.",
    text=upd_c2 + "\n\n" + q(u_c4.split("\n\nOn Wed")[0]), enc="qp", irt="c_u5", refs=["c_res", "c_u5"],
    auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 060 D survey
add("d_survey", when("2025-04-07 10:00", UTC), addr("AWS Support", "no-reply-aws@amazon.com"), ME_P,
    "Tell us about your AWS Support experience (Case %s)" % CASE_D, "survey", False, CASE_D, [],
    "Console case survey; asks the owner to answer questions (a survey, not a request).",
    html=("<html><body><p>Hello,</p><p>Your case <b>%s</b> was recently resolved. Please answer three quick questions "
          "about the support you received.</p><p><a href=\"https://survey.aws.amazon.com/support?case=%s\">Start the survey</a>"
          "</p><p style=\"font-size:11px\">This address cannot accept incoming e-mails.</p></body></html>" % (CASE_D, CASE_D)),
    enc="qp", auth=auth_gmail("amazon.com"))

# 061 C info request: Credly address (HTML only)
add("c_ir2", when("2025-04-08 01:40", UTC), TC_FROM, ME_P, tc_subj(CASE_C),
    "info_request", True, CASE_C, [],
    "HTML-only; asks which address the Credly profile uses and to report back after adding one.",
    html=("<html><body><p>Hi Yuma,</p><p>The badge team tells me Credly has no profile registered under "
          "yuma.ishida.dev@gmail.com, so the badge has nowhere to go. Badges are matched on the e-mail address.</p>"
          "<p>We need two things from you:</p><ol><li>the e-mail address your Credly profile is registered with, and</li>"
          "<li>once you have added yuma.ishida.dev@gmail.com to that profile as an additional e-mail (Settings &gt; "
          "Email addresses), a quick note back to us so we can re-send the badge.</li></ol>"
          "<p>Best regards,<br>Rafael M.<br>AWS Training and Certification Customer Support, Certification Records</p>"
          "</body></html>"),
    enc="qp", irt="c_upd2", refs=["c_res", "c_u5", "c_upd2"],
    auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 062 Credly confirm email
add("m062", when("2025-04-08 12:04"), addr("Credly", "admin@credly.com"), ME_P,
    "Confirm your email address on Credly", "badge", False, None, [],
    "Credly account mail asking to click a confirmation link (badge kind, not a case request).",
    text=("Hi Yuma,\n\nYou added yuma.ishida.dev@gmail.com to your Credly account. Confirm this address to receive "
          "badges sent to it:\n\nhttps://www.credly.com/users/confirm_email?token=%s\n\nIf you didn't add this "
          "address, ignore this message.\n\nCredly\n" % b62(32)),
    enc="qp", style="credly.com", auth=auth_gmail("credly.com", ip="168.245.34.%d"))

# 063 user reply C
u_c6 = ("Hi Rafael,\n\nMy Credly profile was registered with my old work address, y.ishida@kitasora-tech.co.jp. "
        "I've now added and confirmed yuma.ishida.dev@gmail.com on it.\n\nThanks,\nYuma\n")
add("c_u6", when("2025-04-08 12:20"), addr(ME_NAME, ME_P), TC_FROM, tc_subj(CASE_C),
    "user_reply", False, CASE_C, [],
    "Owner answers the Credly question; short, no quoted history (Gmail 'reply' with quote trimmed).",
    text=u_c6, enc="7bit", charset="us-ascii", style="gmail", irt="c_ir2", refs=["c_upd2", "c_ir2"])

# 064 ack E Japanese
ack_e = ("石田 悠真 様\n\nAWS トレーニングと認定にお問い合わせいただきありがとうございます。\n"
         "以下の内容でケースを作成いたしました。\n\n"
         "ケース ID: %s\n件名: %s\n"
         "お問い合わせ内容: 認定証の氏名が「YUUMA ISHIDA」となっています。「YUMA ISHIDA」に修正をお願いします。"
         "候補 ID は AWS09283341 です。\n\n"
         "担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。調査に時間を要する場合もございますので、"
         "あらかじめご了承ください。\n"
         "同一の内容で新たにケースを作成されますと回答が遅れる場合がございます。\n\n"
         "AWS トレーニングと認定 カスタマーサポート\n" % (CASE_E, SUBJ_FORM))
add("e_ack", when("2025-04-09 03:44", UTC), TC_FROM, ME_P, "[CASE %s] %s" % (CASE_E, SUBJ_FORM),
    "acknowledgement", False, CASE_E, ["AWS09283341"],
    "Japanese acknowledgement (ISO-2022-JP) for case E, candidate ID inside a Japanese sentence.",
    text=ack_e, charset="iso-2022-jp", auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 065 Japanese newsletter
add("m065", when("2025-04-09 07:30"), addr("クラウド週報", "news@cloud-weekly.jp"), ME_P,
    "クラウド週報 第318号：認定資格の更新ルール変更ほか", "unrelated", False, None, [],
    "Japanese newsletter discussing certification and 'ご返信ください' for a reader poll.",
    text=("━━━━━━━━━━━━━━━━━━\nクラウド週報 第318号\n━━━━━━━━━━━━━━━━━━\n\n"
          "■ 今週のトピック\n・AWS 認定の再認定ルールが一部変更に\n・サポートケースを上手に書くコツ\n\n"
          "■ 読者アンケート\n取り上げてほしいテーマがあれば、このメールにご返信ください。\n\n"
          "配信停止: https://cloud-weekly.jp/unsubscribe\n"),
    charset="shift_jis", style="cloud-weekly.jp", auth=auth_gmail("cloud-weekly.jp", ip="210.140.10.%d"))

# 066 C resolved
res_c2 = ("Hi Yuma,\n\nThanks for updating your Credly profile. The badge team re-sent the Security - Specialty badge "
          "and it is now waiting for you in Credly. With that I'm closing this case again.\n\n"
          "You may receive a short survey about this case; it is optional.\n") + tc_sig("Rafael M.", ", Certification Records")
add("c_res2", when("2025-04-10 00:50", UTC), TC_FROM, ME_P, tc_subj(CASE_C),
    "resolved", False, CASE_C, [],
    "Second resolution of the reopened case; mentions a survey.",
    text=res_c2 + "\n\nOn Tue, Apr 8, 2025 at 12:20 PM Yuma Ishida <%s> wrote:\n" % ME_P + q(u_c6),
    enc="qp", irt="c_u6", refs=["c_upd2", "c_ir2", "c_u6"],
    auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 067 Credly badge Security
credly("AWS Certified Security – Specialty", "m067", when("2025-04-10 10:02"), "Badge that case C was about.")

# 068 E info request Japanese keigo
ir_e = ("石田 悠真 様\n\nお世話になっております。AWS トレーニングと認定 カスタマーサポートの中村でございます。\n\n"
        "認定証のお名前の修正につきまして、確認のため、パスポート等の公的身分証明書に記載されているローマ字表記の"
        "お名前（姓・名）を本メールへのご返信にてお知らせいただけますでしょうか。\n"
        "あわせて、ご登録のメールアドレス（yuma.ishida.dev@gmail.com）からご返信くださいますよう、"
        "お願い申し上げます。\n\n"
        "お手数をおかけいたしますが、何卒よろしくお願いいたします。\n\n"
        "中村\nAWS トレーニングと認定 カスタマーサポート\n")
add("e_ir", when("2025-04-10 05:22", UTC), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, tc_subj(CASE_E),
    "info_request", True, CASE_E, [],
    "Japanese keigo request (〜いただけますでしょうか / 〜くださいますようお願い申し上げます) in ISO-2022-JP.",
    text=ir_e, charset="iso-2022-jp", irt="e_ack",
    auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 069 Credly lookalike phishing
add("m069", when("2025-04-10 21:14"), addr("Credly Badges", "noreply@credly-badgecenter.com"), ME_P,
    "Your AWS badge will be revoked in 24 hours", "suspicious", False, None, [],
    "Credly lookalike domain, revocation threat, login link.",
    html=("<html><body><p>Dear Earner,</p><p>We could not verify your AWS Certified Security – Specialty badge. "
          "It will be <b>revoked in 24 hours</b> unless you confirm your identity.</p>"
          "<p><a href=\"https://credly-badgecenter.com/verify\">Verify now</a></p><p>Credly Trust &amp; Safety</p></body></html>"),
    enc="b64", style="credly-badgecenter.com", auth=auth_gmail("credly-badgecenter.com", ip="91.92.240.%d"))

# 070 C survey
add("c_survey", when("2025-04-11 01:00", UTC), TC_FROM, ME_P, "How did we do? [CASE %s]" % CASE_C,
    "survey", False, CASE_C, [],
    "Survey for case C, multipart, rating links.",
    text=("Hello,\n\nPlease rate your experience with case %s.\n\nExcellent: https://amazonsurvey.qualtrics.com/r?c=%s&s=5\n"
          "Good: https://amazonsurvey.qualtrics.com/r?c=%s&s=4\nPoor: https://amazonsurvey.qualtrics.com/r?c=%s&s=2\n\n"
          "Thank you,\nAWS Training and Certification\n" % (CASE_C, CASE_C, CASE_C, CASE_C)),
    html=("<html><body><p>Hello,</p><p>Please rate your experience with case %s.</p><p>"
          "<a href=\"https://amazonsurvey.qualtrics.com/r?c=%s&s=5\">&#9733;&#9733;&#9733;&#9733;&#9733;</a> "
          "<a href=\"https://amazonsurvey.qualtrics.com/r?c=%s&s=2\">&#9733;&#9733;</a></p></body></html>" % (CASE_C, CASE_C, CASE_C)),
    enc="qp", auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 071 Microsoft case closed (16 digits)
add("m071", when("2025-04-12 09:10"), addr("Microsoft Support", "support@mail.support.microsoft.com"), ME_P,
    "Case 2504120040001234 has been closed", "unrelated", False, None, [],
    "Another vendor's 'case closed' with a long numeric case ID and 'reply to reopen' wording.",
    text=("Hello Yuma,\n\nYour support case 2504120040001234 (Microsoft 365 Family subscription transfer) has been closed "
          "because we have not heard back from you. If you still need help, reply to this email within 10 days and "
          "your case will be reopened.\n\nMicrosoft Support\n"),
    enc="qp", style="microsoft.com", auth=auth_gmail("microsoft.com", ip="40.92.5.%d"))

# 072 E closing notice Japanese
close_e = ("石田 悠真 様\n\nAWS トレーニングと認定 カスタマーサポートの中村でございます。\n\n"
           "4月10日にお送りしたご確認事項につきまして、現時点でご返信を確認できておりません。\n"
           "本メールの送信から 5 営業日以内にご返信がない場合、本ケースはクローズとさせていただきます。\n"
           "ご返信をいただければ、引き続き対応いたします。\n\n中村\n")
add("e_close", when("2025-04-14 01:00", UTC), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, tc_subj(CASE_E),
    "closing_notice", True, CASE_E, [],
    "Japanese closing warning in Shift_JIS; no explicit question, but a reply keeps the case open.",
    text=close_e + "\n-----Original Message-----\n" + q(ir_e), charset="shift_jis", hcharset="iso-2022-jp",
    irt="e_ir", refs=["e_ack", "e_ir"], auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 073 user reply E Japanese
u_e = ("中村様\n\nご連絡が遅くなり申し訳ありません。\nパスポート記載のローマ字表記は以下のとおりです。\n\n"
       "  姓: ISHIDA\n  名: YUMA\n\n登録メールアドレスから返信しております。\nよろしくお願いいたします。\n\n石田 悠真\n\n"
       "2025年4月14日(月) 10:00 AWS トレーニングと認定 <%s>:\n" % TC) + q(close_e + "\n-----Original Message-----\n" + q(ir_e))
add("e_u1", when("2025-04-14 20:41"), addr(ME_NAME_JA, ME_P), TC_FROM, tc_subj(CASE_E),
    "user_reply", False, CASE_E, [],
    "Owner's Japanese reply, Gmail 「…:」 attribution, nested quotes.",
    text=u_e, enc="b64", style="gmail", irt="e_close", refs=["e_ack", "e_ir", "e_close"])

# 074 E case update Japanese (Shift_JIS)
upd_e = ("石田 悠真 様\n\nご返信いただきありがとうございます。\n"
         "いただいた情報をもとに、担当チームにて氏名の修正作業を進めております。\n"
         "完了まで数営業日ほどお時間を頂戴いたします。現時点でお客様にご対応いただくことはございません。\n"
         "完了しましたら、改めてご連絡いたします。\n\n中村\nAWS トレーニングと認定 カスタマーサポート\n")
add("e_upd", when("2025-04-15 02:10", UTC), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, tc_subj(CASE_E),
    "case_update", False, CASE_E, [],
    "Japanese progress note: working on it, nothing required from the owner.",
    text=upd_e, charset="shift_jis", hcharset="iso-2022-jp", irt="e_u1", refs=["e_ir", "e_close", "e_u1"],
    auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 075 certification expiry
add("m075", when("2025-04-15 16:00", UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certified Developer - Associate certification expires in 90 days", "certification", False, None, ["AWS09283341"],
    "Expiry reminder with 'take action' wording and a candidate ID.",
    text=("Hello Yuma,\n\nCandidate ID: AWS09283341\n\nYour AWS Certified Developer - Associate certification expires on "
          "July 14, 2025. To keep it active, pass the current version of the exam or a higher-level exam before that date. "
          "Use your 50% benefit to save on the exam fee.\n\nAWS Certification\n"),
    html=("<html><body><p>Hello Yuma,</p><p>Candidate ID: AWS09283341</p><p>Your <b>AWS Certified Developer - Associate</b> "
          "certification expires on <b>July 14, 2025</b>. To keep it active, pass the current version of the exam or a "
          "higher-level exam before that date.</p></body></html>"),
    enc="qp", style="certmetrics.com", auth=auth_gmail("certmetrics.com", ip="167.89.12.%d"))

# 076 GitHub dependabot merged
add("m076", when("2025-04-16 09:12"), addr("dependabot[bot]", "notifications@github.com"), ME_P,
    "Re: [yuma-ishida/dotfiles] Bump actions/checkout from 4.1.7 to 4.2.2 (PR #31)", "unrelated", False, None, [],
    "Dependabot 'merged' notification on a personal repo.",
    text=("Merged #31 into main.\n\n—\nReply to this email directly or view it on GitHub:\n"
          "https://github.com/yuma-ishida/dotfiles/pull/31#event-17220032911\nYou are receiving this because you authored the thread.\n"),
    enc="qp", style="github", auth=auth_gmail("github.com", ip="192.30.252.%d"))

# 077 E resolved (Japanese, quotes the request)
res_e_txt = ("石田 悠真 様\n\nお待たせいたしました。\n"
             "認定アカウント（AWS09283341）、認定証および Credly のお名前を「Yuma Ishida」に修正いたしました。\n"
             "認定証は、AWS 認定アカウントの「認定」ページから再度ダウンロードいただけます。\n\n"
             "以上をもちまして、本ケースは解決済みとさせていただきます。\n"
             "ご不明な点がございましたら、本メールにご返信ください。\n\n中村\nAWS トレーニングと認定 カスタマーサポート\n\n"
             "> 2025年4月10日 中村 wrote:\n" + q(ir_e))
res_e_html = ("<html><body><p>石田 悠真 様</p><p>お待たせいたしました。<br>認定アカウント（AWS09283341）、認定証および Credly "
              "のお名前を「Yuma Ishida」に修正いたしました。<br>認定証は、AWS 認定アカウントの「認定」ページから再度ダウンロードいただけます。</p>"
              "<p>以上をもちまして、本ケースは解決済みとさせていただきます。<br>ご不明な点がございましたら、本メールにご返信ください。</p>"
              "<p>中村<br>AWS トレーニングと認定 カスタマーサポート</p><blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">"
              + ir_e.replace("\n", "<br>") + "</blockquote></body></html>")
add("e_res", when("2025-04-17 03:30", UTC), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, tc_subj(CASE_E),
    "resolved", False, CASE_E, ["AWS09283341"],
    "Japanese resolution, UTF-8 base64 multipart; conditional 〜がございましたら; quotes the old keigo request.",
    text=res_e_txt, html=res_e_html, enc="b64", irt="e_upd", refs=["e_ir", "e_u1", "e_upd"],
    auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 078 certificate available
add("m078", when("2025-04-17 09:00", UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your updated AWS Certification certificate is available", "certification", False, None, [],
    "Program notice that a (corrected) certificate is downloadable; overlaps the topic of case E but is not case mail.",
    text=("Hello Yuma Ishida,\n\nAn updated certificate is available in your AWS Certification account. Sign in to "
          "download it: https://www.aws.training/Certification\n\nAWS Certification\n"),
    enc="7bit", charset="us-ascii", style="certmetrics.com", auth=auth_gmail("certmetrics.com", ip="167.89.12.%d"))

# 079 E survey Japanese
add("e_survey", when("2025-04-18 01:00", UTC), addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
    "サポートに関するアンケートのお願い [CASE %s]" % CASE_E, "survey", False, CASE_E, [],
    "Japanese survey mail (ご協力いただけますと幸いです) — asks for feedback, not a reply.",
    text=("石田 悠真 様\n\nこのたびはケース %s にて AWS トレーニングと認定 カスタマーサポートをご利用いただき、"
          "ありがとうございました。\n今後のサービス向上のため、以下のアンケートにご協力いただけますと幸いです（所要時間 約2分）。\n\n"
          "https://amazonsurvey.qualtrics.com/jfe/form/SV_tcjp?case=%s\n\n"
          "AWS トレーニングと認定 カスタマーサポート\n" % (CASE_E, CASE_E)),
    charset="iso-2022-jp", auth=auth_gmail("amazon.com", mailfrom="0100019" + hexs(6) + "@amazonses.com"))

# 080 user thanks E
add("e_u2", when("2025-04-18 08:12"), addr(ME_NAME_JA, ME_P), TC_FROM, tc_subj(CASE_E),
    "user_reply", False, CASE_E, [],
    "Owner's thank-you after resolution; no quote (reply after the case is done).",
    text="中村様\n\n修正後の認定証を確認できました。ご対応ありがとうございました。\n\n石田\n",
    enc="b64", style="gmail", irt="e_res", refs=["e_upd", "e_res"])

# 081 AWS marketing Japanese
add("m081", when("2025-04-19 10:00"), addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【ご案内】AWS 認定取得者限定 ウェビナーのご招待", "unrelated", False, None, [],
    "Japanese HTML-only AWS marketing aimed at certified people, with '登録はこちら' and reply wording.",
    html=("<html><body><table width=\"600\"><tr><td><p>石田 悠真 様</p><p>AWS 認定取得者の皆さまを対象に、"
          "最新の試験アップデートをご紹介するウェビナーを開催いたします。</p><p>日時: 2025年5月14日(水) 12:00〜13:00</p>"
          "<p><a href=\"https://pages.awscloud.com/jp-cert-webinar.html\">お申し込みはこちら</a></p>"
          "<p style=\"font-size:11px\">本メールは送信専用です。配信停止は<a href=\"https://pages.awscloud.com/unsubscribe\">こちら</a></p>"
          "</td></tr></table></body></html>"),
    enc="qp", style="marketo.org", auth=auth_gmail("amazon.com", mailfrom="bounce@mktomail.com"))

# 082 recertification congratulations
add("m082", when("2025-04-20 06:00", UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!", "certification", False, None, [],
    "Recertification notice (Cloud Practitioner renewed through a higher exam).",
    text=("Congratulations, Yuma!\n\nYour AWS Certified Cloud Practitioner certification has been recertified and is now "
          "valid through March 20, 2028.\n\nAWS Certification\n"),
    enc="qp", style="certmetrics.com", auth=auth_gmail("certmetrics.com", ip="167.89.12.%d"))

# 083 fake Pearson VUE
add("m083", when("2025-04-21 02:17"), addr("Pearson VUE", "notice@pearsonvue-exams.com"), ME_P,
    "Exam appointment cancelled - payment required to reschedule", "suspicious", False, None, [],
    "Exam-vendor lookalike domain asking for payment card details.",
    text=("Dear Candidate,\n\nYour AWS exam appointment has been cancelled due to a payment failure. To keep your exam "
          "slot, pay the rescheduling fee of USD 35 within 12 hours:\n\nhttps://pearsonvue-exams.com/pay\n\n"
          "Reply to this e-mail with your card number if the page does not load.\n\nPearson VUE Candidate Services\n"),
    enc="qp", style="pearsonvue-exams.com", auth=auth_gmail("pearsonvue-exams.com", ip="45.9.148.%d"))

# 084 old colleague to personal
add("m084", when("2025-04-22 21:40"), addr("佐野 美咲", "misaki.sano.0312@gmail.com"), ME_P,
    "新しい職場はどう？", "unrelated", False, None, [],
    "Personal mail from a former colleague with questions (request-like) – not support.",
    text=("石田さん\n\nお久しぶりです、佐野です。新しい職場はどうですか？\n"
          "そういえば、認定アカウントの移行ってどうやりました？私もそのうちやりたいので、今度教えてください。\n\n佐野\n"),
    enc="b64", style="gmail", auth=auth_gmail("gmail.com", ip="209.85.220.%d"))


# ================================================================ write out
def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    kinds = Counter()
    rows = []
    MESSAGES.sort(key=lambda m: m["date"])
    for i, m in enumerate(MESSAGES, 1):
        n = "%03d" % i
        buf = BytesIO()
        pol = m["msg"].policy.clone(linesep="\r\n" if m["crlf"] else "\n")
        BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(m["msg"])
        with open(os.path.join(OUT, n + "-msg.eml"), "wb") as fh:
            fh.write(buf.getvalue())
        with open(os.path.join(OUT, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        kinds[m["label"]["kind"]] += 1
        rows.append((n, m["label"], m["note"]))
    write_readme(rows, kinds)
    for k, v in sorted(kinds.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MESSAGES)))


README_HEAD = """me: {p} {c}

# Blind held-out corpus 160

Mailbox of Yuma Ishida (石田 悠真), who leaves Kitasora Technologies at the end of March 2025 and moves his
AWS Certification records to his personal address. The mailbox holds both his personal Gmail address and his
company Microsoft 365 address (the company one closes on 2025-03-31). Regenerate with `python3 gen.py`.

## Cases
| case | format | topic | course |
|---|---|---|---|
| {a} | 15 digits, form | merge company account (AWS04417296) into personal (AWS09283341); partner (APN) hold | ack → on hold (question buried) → owner answers → hold (nothing to do) → hold lifted → asked to write from personal address → owner forwards to self, writes from personal → confirmation (HTML table) → closing notice → "Confirmed" → merged → badges → survey |
| {b} | 15 digits, form | accidental second form for the same merge (Japanese ack) | ack → closed as duplicate, linked to {a} |
| {cc} | 11 digits, form | two accounts on the same address, Security–Specialty missing in Credly | ack → info request (exam details) → answer → passed to records team → confirmation (bullets) → half answer → second confirmation → answer → merged → owner reopens (first to a mistyped address, bounce) → system ack → update → info request (Credly address) → answer → resolved again → badge → survey |
| {d} | 10 digits, Support Center console | voucher rejected after the merge | ack → info request (answer in console) → auto-resolve warning → resolved (rating footer) → survey |
| {e} | 15 digits, form, Japanese | romanised name on certificate | ack (JA) → keigo info request → closing notice (JA) → owner answers → update → resolved → survey (JA) → owner's thanks |

Other AWS-looking numbers that are **not** T&C cases: Educate form case 174370551209914 (labelled unrelated, case null),
phishing "case" numbers 88172044913 and 17430019983 (null), Microsoft case 2504120040001234, Zoom ticket 18273645,
AWS account ID 482116093357, Pearson VUE registration 418220937, one-time codes.

## Labelling decisions
- `needs_reply` is true only while support waits for the owner on a T&C case: on-hold mail whose last paragraph asks a
  question (#9), info requests, confirmation requests, closing notices. Console-case requests ({d}) are true as well:
  the owner must answer, only the channel differs (Support Center, not e-mail).
- An on-hold mail that asks nothing (#13) is `on_hold` with `needs_reply` false.
- "Hold lifted, a colleague will contact you" is `case_update`, not a request.
- The duplicate-case closure (case {b}) is `case_update` and belongs to {b}, although it names {a} too.
- The second confirmation in case {cc} (which account to keep, after the owner answered only "both are mine") is a
  `confirmation_request`.
- The owner's notes to self, forwards to himself, his farewell mail, his typo'd reply and his thank-you after
  resolution are all `user_reply` with `needs_reply` false; the case is set when the mail is about one.
- The bounce of the owner's mistyped reply is `unrelated` (not from support, nothing to answer) but carries case {cc},
  because it sits in that thread and quotes the case subject.
- The automated "we received your reply and reopened the case" notice is `acknowledgement`.
- Resolutions that quote an earlier request, say "feel free to reply", mention a survey or carry a rating footer stay
  `resolved` with `needs_reply` false.
- Surveys about a support case are `survey` with the case number; CertMetrics "wants to hear from you" is about the
  certification programme, not a case, so it is `certification`.
- The AWS Educate form case asks a real question but is another programme: `unrelated`, `needs_reply` false, case null.
- Phishing (lookalike domains, and the perfect copy from the real sender address with spf/dmarc=fail) is
  `suspicious`, case null, even when it quotes a case-like number.
- Credly's own "confirm your email" is `badge`.
- The colleague's note that he removed the owner from Partner Central is `unrelated`, case null (no case number).
- `candidate_ids` are taken from each message's own new text only (forwarded/quoted parts excluded), in order of
  appearance; an ID written twice is listed once.

## Messages
| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def write_readme(rows, kinds):
    s = README_HEAD.format(p=ME_P, c=ME_C, a=CASE_A, b=CASE_B, cc=CASE_C, d=CASE_D, e=CASE_E)
    for n, lab, note in rows:
        s += "| %s | %s | %s | %s | %s |\n" % (n, lab["kind"], "yes" if lab["needs_reply"] else "no",
                                               lab["case"] or "", note.replace("|", "/"))
    s += "\n## Count per kind\n\n" + "\n".join("- %s: %d" % (k, v) for k, v in sorted(kinds.items())) + "\n"
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(s)


if __name__ == "__main__":
    main()
