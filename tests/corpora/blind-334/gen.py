#!/usr/bin/env python3
"""Blind corpus blind-334: writes NNN-msg.eml / NNN-msg.json next to this script.
Standard library only.  Run: python3 gen.py"""
import base64, datetime, hashlib, json, os, quopri
from collections import Counter
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

# ---- the mailbox owner -------------------------------------------------
ME_P = "kenta.morioka.dev@gmail.com"          # personal (kept)
ME_C = "k-morioka@hoshizora-tech.co.jp"       # company (leaving 2025-06-30)
ME_NAME = "Kenta Morioka"
ME_JA = "森岡 健太"

# ---- cases ---------------------------------------------------------------
A = "174969089600418"   # main merge case, T&C form, English
B = "174973560300927"   # duplicate form from the company address
C = "175150930000733"   # Support Center (console) case: voucher benefit
EDU = "175153351200264" # AWS Educate form case (other program)
D = "13877204516"       # Japanese-language T&C case: stray third account
E = "175333605000581"   # university-era account, English

# ---- candidate IDs -------------------------------------------------------
OLD = "AWS03817264"     # Hoshizora (company) account
NEW = "AWS11592038"     # personal account, kept
SSO = "AWS07740215"     # stray account created via partner SSO
UNI = "AWS00926471"     # university-era account

TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []


def D8(s, tz="+0900"):
    """'2025-06-12 10:15:03' + tz -> RFC 5322 date."""
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    dt = datetime.datetime.fromisoformat(s).replace(tzinfo=datetime.timezone(off))
    return format_datetime(dt)


def mid(tag, domain):
    h = hashlib.sha1(tag.encode()).hexdigest()
    if domain == "ses":
        return "<0100019%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:13], h[13:25])
    if domain == "gmail":
        return "<CAF%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:32])
    if domain == "outlook":
        return "<TYCP%s.jpnprd01.prod.outlook.com>" % h[:28].upper()
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76)


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    return formataddr((name, a), charset=cs)


def ar_google(dom, mailfrom, dkim="pass", spf="pass", dmarc="pass", policy="QUARANTINE"):
    s = "mx.google.com;\n       dkim=%s header.i=@%s header.s=s1 header.b=Xq%s;\n" % (
        dkim, dom, hashlib.md5(mailfrom.encode()).hexdigest()[:6])
    if dkim == "none":
        s = "mx.google.com;\n       dkim=none;\n"
    s += "       spf=%s (google.com: domain of %s %s) smtp.mailfrom=%s;\n" % (
        spf, mailfrom, "designates 54.240.8.%d as permitted sender" % (len(mailfrom) % 200)
        if spf == "pass" else "does not designate 185.212.44.17 as permitted sender", mailfrom)
    s += "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
        dmarc, policy, policy, "NONE" if dmarc == "pass" else "QUARANTINE", dom)
    return s


def ar_corp(dom, dkim="pass", spf="pass", dmarc="pass"):
    return ("mx01.hoshizora-tech.co.jp;\n       dkim=%s header.d=%s;\n       spf=%s smtp.mailfrom=%s;\n"
            "       dmarc=%s header.from=%s" % (dkim, dom, spf, dom, dmarc, dom))


# ---- MIME parts ----------------------------------------------------------
class T:
    """A text leaf."""
    def __init__(self, text, sub="plain", cs="utf-8", cte="quoted-printable", fmt=None):
        self.text, self.sub, self.cs, self.cte, self.fmt = text, sub, cs, cte, fmt

    def render(self):
        raw = self.text.encode(self.cs)
        if self.cte == "base64":
            body = base64.encodebytes(raw).decode("ascii")
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(raw).decode("ascii")
        elif self.cte == "7bit":
            body = raw.decode("ascii")
        else:  # 8bit
            body = raw.decode(self.cs)
        if not body.endswith("\n"):
            body += "\n"
        ct = 'text/%s; charset="%s"' % (self.sub, self.cs)
        if self.fmt:
            ct += "; format=%s" % self.fmt
        return ["Content-Type: " + ct, "Content-Transfer-Encoding: " + self.cte], body


class ATT:
    def __init__(self, name, ctype, data):
        self.name, self.ctype, self.data = name, ctype, data

    def render(self):
        return (["Content-Type: %s; name=\"%s\"" % (self.ctype, self.name),
                 "Content-Disposition: attachment; filename=\"%s\"" % self.name,
                 "Content-Transfer-Encoding: base64"],
                base64.encodebytes(self.data).decode("ascii"))


class RAW:
    """A message/rfc822 or message/delivery-status part given as text."""
    def __init__(self, ctype, text):
        self.ctype, self.text = ctype, text

    def render(self):
        return ["Content-Type: " + self.ctype], self.text if self.text.endswith("\n") else self.text + "\n"


class MP:
    _n = [0]

    def __init__(self, sub, *parts, extra=""):
        self.sub, self.parts, self.extra = sub, parts, extra
        MP._n[0] += 1
        self.b = "----=_Part_%d_%s" % (MP._n[0] * 7919 % 100000,
                                       hashlib.md5(str(MP._n[0]).encode()).hexdigest()[:12])

    def render(self):
        out = []
        for p in self.parts:
            h, b = p.render()
            out.append("--" + self.b + "\n" + "\n".join(h) + "\n\n" + b)
        body = "".join(out) + "--" + self.b + "--\n"
        return ['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (self.sub, self.b, self.extra)], body


def msg(kind, reply, case, cids, headers, part, crlf=False):
    """headers: list of (name, value); value already encoded where needed."""
    ph, body = part.render()
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    lines += ph
    text = "\n".join(lines) + "\n\n" + body
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    MSGS.append((text, {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": cids}))


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def subj_case(cid, rest=FORM_SUBJ, pre="RE:"):
    return "%s[CASE %s] %s" % (pre, cid, rest)


# ======================================================================
# Messages, in arrival order
# ======================================================================
# 001 Skill Builder receipt ------------------------------------------------
msg("unrelated", False, None, [], [
    ("Return-Path", "<bounce-sb@skillbuilder.aws>"),
    ("Authentication-Results", ar_google("skillbuilder.aws", "bounce-sb@skillbuilder.aws")),
    ("Date", D8("2025-06-09 08:31:10", "+0000")),
    ("From", addr("AWS Skill Builder", "no-reply@skillbuilder.aws")),
    ("To", ME_P),
    ("Subject", "Your AWS Skill Builder receipt - Individual subscription"),
    ("Message-ID", mid("001", "skillbuilder.aws")),
], MP("alternative",
      T("Hi Kenta,\n\nThanks for your payment. Here is a copy of your receipt.\n\n"
        "Order ID: SB-2025-06-0048812\nPlan: AWS Skill Builder Individual (monthly)\n"
        "Amount charged: USD 29.00\nCard: Visa ending 4417\nBilling period: Jun 9 - Jul 8, 2025\n\n"
        "You can manage your subscription any time from My Account > Subscriptions.\n\n"
        "AWS Skill Builder\nThis is an automated message; replies to this address are not monitored.\n",
        cte="7bit"),
      T("<html><body><h2>Receipt</h2><table><tr><td>Order ID</td><td>SB-2025-06-0048812</td></tr>"
        "<tr><td>Plan</td><td>AWS Skill Builder Individual (monthly)</td></tr>"
        "<tr><td>Amount charged</td><td>USD 29.00</td></tr><tr><td>Card</td><td>Visa ending 4417</td></tr>"
        "</table><p>Manage your subscription from My Account &gt; Subscriptions.</p>"
        "<p style=\"color:#888\">This is an automated message; replies to this address are not monitored.</p>"
        "</body></html>", "html", cte="quoted-printable")))

# 002 colleague, ISO-2022-JP, asks to confirm a GitHub merge ----------------
msg("unrelated", False, None, [], [
    ("Authentication-Results", ar_corp("hoshizora-tech.co.jp")),
    ("Date", D8("2025-06-09 17:48:22")),
    ("From", addr("田村 駿", "s-tamura@hoshizora-tech.co.jp", "iso-2022-jp")),
    ("To", addr("森岡 健太", ME_C, "iso-2022-jp")),
    ("Subject", hdr("引き継ぎ資料と PR #88 のマージについて", "iso-2022-jp")),
    ("Message-ID", mid("002", "hoshizora-tech.co.jp")),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], T("森岡さん\n\nお疲れさまです、田村です。\n退職前にいくつか確認させてください。\n\n"
     "1. infra-modules の PR #88 (Identity Center 用モジュール) はレビュー済みなので、\n"
     "   こちらでマージしてしまってよいでしょうか?\n"
     "2. 引き継ぎ資料はどの共有フォルダに置く予定ですか?\n\n"
     "お手すきの際にご返信いただけると助かります。\n\n田村\n", cs="iso-2022-jp", cte="7bit"))

# 003 CertMetrics expiry reminder to the company address ------------------
msg("certification", False, None, [OLD], [
    ("Authentication-Results", ar_corp("certmetrics.com")),
    ("Date", D8("2025-06-10 02:00:41", "+0000")),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_C),
    ("Subject", "Reminder: AWS Certified Developer - Associate expires in 90 days"),
    ("Message-ID", mid("003", "certmetrics.com")),
], MP("alternative",
      T("Hello Kenta Morioka,\n\nCandidate ID: AWS03817264\n\n"
        "Your AWS Certified Developer - Associate certification expires on September 8, 2025. "
        "To keep it active, pass the current version of the exam or a higher-level exam that "
        "recertifies it before that date.\n\nYour 50% exam discount benefit can be used for the "
        "recertification exam. See the Benefits section of your AWS Certification Account.\n\n"
        "AWS Certification\n", cte="quoted-printable"),
      T("<html><body><p>Hello Kenta Morioka,</p><p><b>Candidate ID:</b> AWS03817264</p>"
        "<p>Your <b>AWS Certified Developer - Associate</b> certification expires on "
        "<b>September 8, 2025</b>. To keep it active, pass the current version of the exam or a "
        "higher-level exam that recertifies it before that date.</p><p>Your 50% exam discount "
        "benefit can be used for the recertification exam.</p><p>AWS Certification</p></body></html>",
        "html", cte="quoted-printable")))

# 004 note to self (8bit UTF-8) ------------------------------------------
msg("user_reply", False, None, [OLD, NEW], [
    ("Date", D8("2025-06-11 22:14:05")),
    ("From", addr(ME_NAME, ME_P)),
    ("To", addr(ME_NAME, ME_P)),
    ("Subject", hdr("メモ: 認定アカウント統合前の控え")),
    ("Message-ID", mid("004", "gmail")),
], T("統合前に旧アカウントの内容を控えておく。\n\n"
     "旧 (会社): AWS03817264 / k-morioka@hoshizora-tech.co.jp\n"
     "新 (個人): AWS11592038 / kenta.morioka.dev@gmail.com  ← 今日作成\n\n"
     "試験履歴\n- SAA-C03 2023-04-22 合格\n- DVA-C02 2022-09-08 合格\n- CLF-C02 2022-03-15 合格\n\n"
     "特典: 50% 割引 (期限 2025-11-30)\n証明書 PDF はダウンロード済み (Drive/認定)\n\n"
     "TODO: 明日フォームから統合を申請。残すのは個人の方。\n", cte="8bit"))

# 005 Builder ID verification code ----------------------------------------
msg("unrelated", False, None, [], [
    ("Authentication-Results", ar_google("signin.aws", "bounces@signin.aws")),
    ("Date", D8("2025-06-11 13:20:17", "+0000")),
    ("From", addr("AWS Builder ID", "no-reply@signin.aws")),
    ("To", ME_P),
    ("Subject", "Verify your AWS Builder ID email address"),
    ("Message-ID", mid("005", "signin.aws")),
], T("Hello,\n\nUse this code to finish verifying your email address for AWS Builder ID:\n\n"
     "    481093\n\nThe code expires in 10 minutes. If you didn't try to create an AWS Builder ID, "
     "you can ignore this message.\n\nAmazon Web Services\n", cte="7bit"))

# 006 case A: acknowledgement ----------------------------------------------
A_ACK = mid("006", "ses")
msg("acknowledgement", False, A, [], [
    ("Return-Path", "<0100019765ac1f2e@amazonses.com>"),
    ("Authentication-Results", ar_google("amazon.com", "0100019765ac1f2e@amazonses.com")),
    ("Date", D8("2025-06-12 01:15:31", "+0000")),
    ("From", addr("Amazon Web Services", TC)),
    ("To", ME_P),
    ("Subject", subj_case(A, pre="")),
    ("Message-ID", A_ACK),
], MP("alternative",
      T("Hello Kenta,\n\nThanks for reaching out to AWS Training and Certification. Your request "
        "has been logged as case %s.\n\nSummary of what you sent us:\n"
        "  Inquiry type: Certification\n  Additional detail: Account Merge\n"
        "  Message: I'm leaving Hoshizora Technologies at the end of June and would like the "
        "certification account registered with %s merged into my personal one. Addresses used: "
        "%s, %s. Address to keep: %s\n\n"
        "Someone from our team normally gets back to you within one business day, although some "
        "requests take longer to look into. A second case about the same request goes to the back "
        "of the queue, so please keep all correspondence on this one.\n\n"
        "AWS Training and Certification\n" % (A, ME_C, ME_C, ME_P, ME_P)),
      T("<html><body><p>Hello Kenta,</p><p>Thanks for reaching out to AWS Training and "
        "Certification. Your request has been logged as case <b>%s</b>.</p>"
        "<p>Summary of what you sent us:</p><ul><li>Inquiry type: Certification</li>"
        "<li>Additional detail: Account Merge</li><li>Message: I'm leaving Hoshizora Technologies "
        "at the end of June and would like the certification account registered with %s merged "
        "into my personal one. Addresses used: %s, %s. Address to keep: %s</li></ul>"
        "<p>Someone from our team normally gets back to you within one business day, although some "
        "requests take longer to look into. A second case about the same request goes to the back "
        "of the queue, so please keep all correspondence on this one.</p>"
        "<p>AWS Training and Certification</p></body></html>" % (A, ME_C, ME_C, ME_P, ME_P), "html")))

# 007 GitHub "merged" --------------------------------------------------------
msg("unrelated", False, None, [], [
    ("Authentication-Results", ar_corp("github.com")),
    ("Date", D8("2025-06-12 11:02:44", "+0000")),
    ("From", addr("Shun Tamura", "notifications@github.com")),
    ("Reply-To", "hoshizora/infra-modules <reply+AB3KQ7ZP@reply.github.com>"),
    ("To", "hoshizora/infra-modules <infra-modules@noreply.github.com>"),
    ("Cc", "Kenta Morioka <%s>, Mention <mention@noreply.github.com>" % ME_C),
    ("Subject", "Re: [hoshizora/infra-modules] Add Identity Center account module (PR #88)"),
    ("Message-ID", "<hoshizora/infra-modules/pull/88/issue_event/17720391@github.com>"),
    ("In-Reply-To", "<hoshizora/infra-modules/pull/88@github.com>"),
    ("References", "<hoshizora/infra-modules/pull/88@github.com>"),
], MP("alternative",
      T("Merged #88 into main.\n\n-- \nReply to this email directly, view it on GitHub:\n"
        "https://github.com/hoshizora/infra-modules/pull/88#event-17720391\n"
        "You are receiving this because you were mentioned.\n", cte="7bit"),
      T("<p>Merged <a href=\"https://github.com/hoshizora/infra-modules/pull/88\">#88</a> into "
        "<code>main</code>.</p><p style=\"font-size:small\">Reply to this email directly, "
        "<a href=\"https://github.com/hoshizora/infra-modules/pull/88#event-17720391\">view it on "
        "GitHub</a>.</p>", "html", cte="7bit")))

# 008 case B: Japanese acknowledgement (duplicate form, company address) ----
B_ACK = mid("008", "ses")
msg("acknowledgement", False, B, [OLD], [
    ("Authentication-Results", ar_corp("amazon.com")),
    ("Date", D8("2025-06-12 13:40:52", "+0000")),
    ("From", addr("AWS トレーニングと認定", TC)),
    ("To", ME_C),
    ("Subject", subj_case(B, pre="")),
    ("Message-ID", B_ACK),
], T("森岡 健太 様\n\nAWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n"
     "ケース番号 %s にてお問い合わせを受け付けました。\n\n"
     "■ お問い合わせ内容\nお問い合わせタイプ: AWS トレーニングと認定\n問題タイプ: 認定\n"
     "その他の詳細: アカウントの統合\nAWS 候補 ID: AWS03817264\n"
     "内容: 退職に伴い、会社のメールアドレスの認定アカウントを個人アカウント (%s) へ統合したいです。"
     "本日午前にも送信しましたが、受付メールが見当たらなかったため再送します。\n\n"
     "担当者からのご連絡は通常 1 営業日以内ですが、内容によってはさらにお時間をいただく場合がございます。"
     "同じご依頼で複数のケースを作成されますと対応が遅れる原因となりますので、ご了承ください。\n\n"
     "AWS トレーニングと認定 カスタマーサポート\n" % (B, ME_P), cte="base64"), crlf=True)

# 009 case A: info request - candidate IDs (statement, names accounts) ----
A_Q1_TEXT = ("Hello Kenta,\n\nMy name is Priya and I'll be handling your merge request.\n\n"
    "Your case mentions two sign-in addresses:\n  - %s\n  - %s\n\n"
    "Our records show more than one certification profile tied to these addresses, so before "
    "anything can be merged we need the candidate ID of each account you want included. The "
    "candidate ID starts with \"AWS\" followed by eight digits; it is shown in the top-right corner "
    "once you sign in to your AWS Certification Account, and it is also printed on score reports.\n\n"
    "As soon as both IDs are on the case I can prepare the merge.\n\n"
    "Kind regards,\nPriya S.\nAWS Training and Certification Customer Service\n" % (ME_C, ME_P))
A_Q1 = mid("009", "ses")
msg("info_request", True, A, [], [
    ("Authentication-Results", ar_google("amazon.com", "0100019769b0c4d1@amazonses.com")),
    ("Date", D8("2025-06-13 06:02:19", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(A)),
    ("Message-ID", A_Q1),
    ("In-Reply-To", A_ACK),
    ("References", A_ACK),
], T(A_Q1_TEXT, cte="quoted-printable"))

# 010 case B: closed as duplicate, linked to A ------------------------------
msg("case_update", False, B, [], [
    ("Authentication-Results", ar_corp("amazon.com")),
    ("Date", D8("2025-06-13 07:41:03", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_C),
    ("Subject", subj_case(B, pre="RE: ")),
    ("Message-ID", mid("010", "ses")),
    ("In-Reply-To", B_ACK),
    ("References", B_ACK),
], T("Hello,\n\nThank you for writing to us. This request duplicates case %s, which was opened "
     "earlier the same day from %s. So that two agents don't work on the same merge, case %s has "
     "been closed and linked to the original. Everything continues on case %s, and updates will go "
     "to the address on that case.\n\nThere is nothing you need to do on this case.\n\n"
     "Regards,\nTomasz\nAWS Training and Certification\n" % (A, ME_P, B, A), cte="7bit"))

# 011 AWS marketing, HTML only, Japanese -----------------------------------
msg("unrelated", False, None, [], [
    ("Authentication-Results", ar_google("amazon.com", "bounce-mkt@marketing.aws.com")),
    ("Date", D8("2025-06-13 18:00:00", "+0900")),
    ("From", addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com")),
    ("To", ME_P),
    ("Subject", hdr("【AWS Summit Japan】ご登録はお済みですか? 認定者ラウンジのご案内")),
    ("Message-ID", mid("011", "marketing.aws.com")),
    ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?u=kx81>"),
], T("<html><body><div style=\"font-family:sans-serif\"><h1>AWS Summit Japan</h1>"
     "<p>今年も幕張メッセで開催します。AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。"
     "ご来場の際は、認定アカウントのメールアドレスでご登録ください。</p>"
     "<p><a href=\"https://aws.amazon.com/jp/summits/japan/\">今すぐ登録する</a></p>"
     "<p style=\"font-size:11px;color:#777\">配信停止をご希望の場合はこちらから手続きしてください。</p>"
     "</div></body></html>", "html", cte="quoted-printable"))

# 012 owner: candidate IDs (Gmail quoting) ----------------------------------
A_R1 = mid("012", "gmail")
r1 = ("Hi Priya,\n\nHere are the candidate IDs:\n\n"
      "- AWS03817264 - company account (%s)\n"
      "- AWS11592038 - personal account (%s), the one I'd like to keep\n\nThanks,\nKenta\n\n"
      "On Fri, Jun 13, 2025 at 3:02 PM AWS Training and Certification <%s> wrote:\n\n%s\n"
      % (ME_C, ME_P, TC, q(A_Q1_TEXT)))
msg("user_reply", False, A, [OLD, NEW], [
    ("Date", D8("2025-06-13 21:37:50")),
    ("From", addr(ME_NAME, ME_P)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: " + subj_case(A)),
    ("Message-ID", A_R1),
    ("In-Reply-To", A_Q1),
    ("References", "%s %s" % (A_ACK, A_Q1)),
], MP("alternative", T(r1, cte="quoted-printable"),
      T("<div dir=\"ltr\">Hi Priya,<br><br>Here are the candidate IDs:<br><ul>"
        "<li>AWS03817264 - company account (%s)</li><li>AWS11592038 - personal account (%s), the "
        "one I'd like to keep</li></ul>Thanks,<br>Kenta</div><br><div class=\"gmail_quote\">"
        "<div dir=\"ltr\" class=\"gmail_attr\">On Fri, Jun 13, 2025 at 3:02 PM AWS Training and "
        "Certification &lt;%s&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 "
        ".8ex;border-left:1px #ccc solid;padding-left:1ex\">%s</blockquote></div>"
        % (ME_C, ME_P, TC, A_Q1_TEXT.replace("\n", "<br>")), "html")))

# 013 case A: repeat-back of the IDs, no question ------------------------------
A_U1 = mid("013", "ses")
msg("case_update", False, A, [OLD, NEW], [
    ("Authentication-Results", ar_google("amazon.com", "010001976c2d9e07@amazonses.com")),
    ("Date", D8("2025-06-14 00:12:45", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(A)),
    ("Message-ID", A_U1),
    ("In-Reply-To", A_R1),
    ("References", "%s %s %s" % (A_ACK, A_Q1, A_R1)),
], T("Hello Kenta,\n\nThank you. I've added the following to your case:\n\n"
     "  AWS03817264 - registered to %s\n  AWS11592038 - registered to %s\n"
     "  Account to keep: AWS11592038\n\n"
     "I'm reviewing both profiles now and will be in touch.\n\n"
     "Kind regards,\nPriya S.\nAWS Training and Certification Customer Service\n" % (ME_C, ME_P),
     cte="7bit"))

# 014 case A: yes/no question - are both accounts yours? ------------------------
A_C0_TEXT = ("Hello Kenta,\n\nOne more thing before I hand this to our operations team. "
    "Can you confirm that AWS03817264 and AWS11592038 are both your own accounts, and that no one "
    "else signs in to either of them?\n\nKind regards,\nPriya S.\n"
    "AWS Training and Certification Customer Service\n")
A_C0 = mid("013b", "ses")
msg("confirmation_request", True, A, [OLD, NEW], [
    ("Authentication-Results", ar_google("amazon.com", "010001976c9f0e12@amazonses.com")),
    ("Date", D8("2025-06-14 02:31:09", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(A)),
    ("Message-ID", A_C0),
    ("In-Reply-To", A_U1),
    ("References", "%s %s %s" % (A_ACK, A_R1, A_U1)),
], MP("alternative", T(A_C0_TEXT, cte="7bit"),
      T("<div style=\"font-family:Calibri\">%s</div>" % A_C0_TEXT.replace("\n", "<br>\n"), "html",
        cte="7bit")))

# 015 owner: yes, both mine ------------------------------------------------------
A_R1b = mid("013c", "gmail")
msg("user_reply", False, A, [], [
    ("Date", D8("2025-06-14 12:04:40")),
    ("From", addr(ME_NAME, ME_P)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: " + subj_case(A)),
    ("Message-ID", A_R1b),
    ("In-Reply-To", A_C0),
    ("References", "%s %s %s" % (A_ACK, A_U1, A_C0)),
], T("Yes - both are mine, and nobody else uses them.\n\nKenta\n\n"
     "On Sat, Jun 14, 2025 at 11:31 AM AWS Training and Certification <%s> wrote:\n%s\n"
     % (TC, q(A_C0_TEXT)), cte="quoted-printable"))

# 016 case A: partner hold, nothing asked ---------------------------------------
A_H1 = mid("014", "ses")
msg("on_hold", False, A, [OLD], [
    ("Authentication-Results", ar_google("amazon.com", "010001976d7f3a11@amazonses.com")),
    ("Date", D8("2025-06-14 05:50:12", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(A)),
    ("Message-ID", A_H1),
    ("In-Reply-To", A_R1b),
    ("References", "%s %s %s %s" % (A_ACK, A_U1, A_C0, A_R1b)),
], T("Hi Kenta,\n\nMarco here from the certification operations team; Priya passed your case to us.\n\n"
     "The account AWS03817264 is associated with an AWS Partner Network organization (Hoshizora "
     "Technologies). While that association is active, certifications on the account count toward "
     "the partner's standing, and we can't move them without the partner's release.\n\n"
     "We have contacted the partner's administrator. Your case is on hold until they respond; we'll "
     "update you as soon as we hear back.\n\nBest,\nMarco D.\nAWS Certification Operations\n",
     cte="quoted-printable"), crlf=True)

# 017 phishing lookalike --------------------------------------------------------
msg("suspicious", False, None, [], [
    ("Authentication-Results", ar_google("amazon-certsupport.com", "mail@amazon-certsupport.com")),
    ("Date", D8("2025-06-14 11:27:09", "+0000")),
    ("From", addr("AWS Certification Support", "support@amazon-certsupport.com")),
    ("To", ME_P),
    ("Subject", "Action required: verify ownership before your accounts are merged"),
    ("Message-ID", mid("015", "amazon-certsupport.com")),
], MP("alternative",
      T("Dear Candidate,\n\nA merge of your AWS Certification accounts is pending. To protect your "
        "certifications we must verify that you own both accounts.\n\nSign in here within 24 hours: "
        "https://amazon-certsupport.com/verify?acct=merge\n\nAlternatively reply to this message with "
        "your sign-in email and password for each account.\n\nIf we don't hear from you, both "
        "accounts and all certifications will be suspended.\n\nAWS Certification Support Team\n"),
      T("<html><body><p>Dear Candidate,</p><p>A merge of your AWS Certification accounts is pending. "
        "To protect your certifications we must verify that you own both accounts.</p><p><a "
        "href=\"https://amazon-certsupport.com/verify?acct=merge\">Verify my accounts</a> (within 24 "
        "hours)</p><p>Alternatively reply with your sign-in email and password for each account.</p>"
        "<p>If we don't hear from you, both accounts and all certifications will be suspended.</p>"
        "</body></html>", "html")))

# 018 newsletter mentioning the merge procedure ----------------------------
msg("unrelated", False, None, [], [
    ("Authentication-Results", ar_google("cloud-tsushin.jp", "news@cloud-tsushin.jp")),
    ("Date", D8("2025-06-15 07:00:03")),
    ("From", addr("週刊クラウド通信", "news@cloud-tsushin.jp")),
    ("To", ME_P),
    ("Subject", hdr("週刊クラウド通信 第212号: 転職前にやっておきたい AWS 認定の手続き")),
    ("Message-ID", mid("016", "cloud-tsushin.jp")),
    ("List-Unsubscribe", "<mailto:unsubscribe@cloud-tsushin.jp>"),
], MP("alternative",
      T("週刊クラウド通信 第212号\n\n■ 今週の特集: 転職前にやっておきたい AWS 認定の手続き\n"
        "会社のアドレスで作った認定アカウントは、退職前に個人アカウントへ統合しておくのが安心です。"
        "フォームで申請すると、サポートから「どちらのアカウントを残すか」確認のメールが届くので、"
        "内容を確かめて返信しましょう。パートナー企業の場合は確認に時間がかかることもあります。\n\n"
        "■ ニュース\n・Amazon Bedrock の新リージョン対応\n・AWS Summit Japan 登録受付中\n\n"
        "配信停止: https://cloud-tsushin.jp/unsubscribe\n", cte="base64"),
      T("<html><body><h2>週刊クラウド通信 第212号</h2><h3>今週の特集: 転職前にやっておきたい AWS 認定の手続き</h3>"
        "<p>会社のアドレスで作った認定アカウントは、退職前に個人アカウントへ統合しておくのが安心です。"
        "フォームで申請すると、サポートから「どちらのアカウントを残すか」確認のメールが届くので、"
        "内容を確かめて返信しましょう。</p></body></html>", "html", cte="base64")))

# 019 case A: still on hold, question buried (date employment ends) -----------
A_H2_TEXT = ("Hi Kenta,\n\nA quick update: we're still waiting on the partner administrator at "
    "Hoshizora Technologies, so your case remains on hold for now. Partners often release an "
    "account only once the person has actually left, which is why this can take a little while.\n\n"
    "It would help us to know the date your employment with Hoshizora ends - with that we can "
    "tell the partner when to expect the release.\n\nBest,\nMarco D.\nAWS Certification Operations\n")
A_H2 = mid("017", "ses")
msg("on_hold", True, A, [], [
    ("Authentication-Results", ar_google("amazon.com", "0100019777a0b3c2@amazonses.com")),
    ("Date", D8("2025-06-16 07:10:26", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(A)),
    ("Message-ID", A_H2),
    ("In-Reply-To", A_H1),
    ("References", "%s %s %s" % (A_ACK, A_U1, A_H1)),
], T(A_H2_TEXT, cte="quoted-printable"))

# 020 Pearson VUE appointment (9-digit registration ID) --------------------
msg("unrelated", False, None, [NEW], [
    ("Authentication-Results", ar_google("pearson.com", "noreply@pearson.com")),
    ("Date", D8("2025-06-16 09:05:30", "+0000")),
    ("From", addr("Pearson VUE", "noreply@pearson.com")),
    ("To", ME_P),
    ("Subject", "Confirmation of your AWS Certification exam appointment"),
    ("Message-ID", mid("018", "pearson.com")),
], T("Dear Kenta Morioka,\n\nThank you for scheduling with Pearson VUE.\n\n"
     "Exam: AWS Certified Solutions Architect - Professional (SAP-C02)\n"
     "Date: Saturday, August 2, 2025, 10:00 AM JST\nLocation: Shinjuku Test Center, Tokyo\n"
     "Registration ID: 482910375\nCandidate ID: AWS11592038\n\n"
     "Please arrive 15 minutes early with two forms of identification. To reschedule or cancel, "
     "sign in to your AWS Certification Account at least 24 hours before the appointment.\n\n"
     "Pearson VUE\n", cte="7bit"))

# 021 owner replies from the company address (Outlook), cc colleague ---------
A_R2 = mid("019", "outlook")
msg("user_reply", False, A, [], [
    ("Date", D8("2025-06-16 18:22:14")),
    ("From", addr("Morioka Kenta", ME_C)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Cc", addr("Tamura Shun", "s-tamura@hoshizora-tech.co.jp")),
    ("Subject", "RE: " + subj_case(A)),
    ("Message-ID", A_R2),
    ("In-Reply-To", A_H2),
    ("References", "%s %s" % (A_ACK, A_H2)),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], T("Hi Marco,\n\nMy last working day at Hoshizora is June 30, 2025. After that this mailbox "
     "will be closed.\n\nRegards,\nKenta Morioka\n\n-----Original Message-----\n"
     "From: AWS Training and Certification <%s>\nSent: Monday, June 16, 2025 4:10 PM\n"
     "To: %s\nSubject: %s\n\n%s" % (TC, ME_P, subj_case(A), A_H2_TEXT), cte="quoted-printable"),
    crlf=True)

# 022 colleague out-of-office, inside the case thread -------------------------
msg("unrelated", False, A, [], [
    ("Authentication-Results", ar_corp("hoshizora-tech.co.jp")),
    ("Date", D8("2025-06-16 18:22:41")),
    ("From", addr("田村 駿", "s-tamura@hoshizora-tech.co.jp")),
    ("To", addr("Morioka Kenta", ME_C)),
    ("Subject", hdr("自動応答: RE: " + subj_case(A))),
    ("Message-ID", mid("021", "hoshizora-tech.co.jp")),
    ("In-Reply-To", A_R2),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
], T("6月16日(月)午後から19日(木)まで出張のため不在にしております。\n"
     "メールは確認が遅れますので、お急ぎの方は情報システム部 (it-help@hoshizora-tech.co.jp) までご連絡ください。\n\n"
     "I am away on a business trip from the afternoon of June 16 until June 19.\n", cte="base64"))

# 023 case A: info request - write again from the case address ---------------
A_Q2_TEXT = ("Hello Kenta,\n\nWe received a message on this case from %s. For your security we "
    "only act on replies that come from the contact address on the case, %s.\n\n"
    "Please send the same information again from %s, replying to this email, and I'll add it to "
    "the case.\n\nBest,\nMarco D.\nAWS Certification Operations\n" % (ME_C, ME_P, ME_P))
A_Q2 = mid("020", "ses")
msg("info_request", True, A, [], [
    ("Authentication-Results", ar_google("amazon.com", "010001977b6e1f48@amazonses.com")),
    ("Date", D8("2025-06-17 01:03:37", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(A)),
    ("Message-ID", A_Q2),
    ("In-Reply-To", A_R2),
    ("References", "%s %s %s" % (A_ACK, A_H2, A_R2)),
], T(A_Q2_TEXT, cte="7bit"))

# 024 owner re-sends from the personal address ---------------------------------
A_R3 = mid("022", "gmail")
msg("user_reply", False, A, [], [
    ("Date", D8("2025-06-17 12:15:40")),
    ("From", addr(ME_NAME, ME_P)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: " + subj_case(A)),
    ("Message-ID", A_R3),
    ("In-Reply-To", A_Q2),
    ("References", "%s %s %s" % (A_ACK, A_R2, A_Q2)),
], T("Hi Marco,\n\nResending from my personal address as you asked: my last working day at "
     "Hoshizora Technologies is June 30, 2025. The company mailbox will be shut down that "
     "evening, so please use this address from now on.\n\nKenta\n\n"
     "On Tue, Jun 17, 2025 at 10:03 AM AWS Training and Certification <%s> wrote:\n\n%s\n"
     % (TC, q(A_Q2_TEXT)), cte="quoted-printable", fmt="flowed"))

# 025 partner admin colleague (Shift_JIS), no request ------------------------
msg("unrelated", False, None, [], [
    ("Authentication-Results", ar_corp("hoshizora-tech.co.jp")),
    ("Date", D8("2025-06-18 15:31:08")),
    ("From", addr("佐々木 望", "n-sasaki@hoshizora-tech.co.jp", "shift_jis")),
    ("To", addr("森岡 健太", ME_C, "shift_jis")),
    ("Subject", hdr("パートナーセントラルの認定紐付け解除の件", "shift_jis")),
    ("Message-ID", mid("023", "hoshizora-tech.co.jp")),
], T("森岡さん\n\nアライアンス担当の佐々木です。\nAWS から森岡さんの認定アカウントについて問い合わせがあったので、"
     "パートナーセントラル側で紐付けを解除し、AWS には対応済みと返答しておきました。\n"
     "森岡さん側での作業は特にありません。\n\n長い間おつかれさまでした。\n佐々木\n",
     cs="shift_jis", cte="base64"))

# 026 case A: hold lifted ------------------------------------------------------
A_U2 = mid("024", "ses")
msg("case_update", False, A, [OLD], [
    ("Authentication-Results", ar_google("amazon.com", "01000197830c5d21@amazonses.com")),
    ("Date", D8("2025-06-19 02:44:51", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(A)),
    ("Message-ID", A_U2),
    ("In-Reply-To", A_R3),
    ("References", "%s %s %s" % (A_ACK, A_Q2, A_R3)),
], T("Hi Kenta,\n\nThanks for resending from this address - it's on the case now.\n\n"
     "Good news as well: the partner administrator released AWS03817264 this morning, so the hold "
     "has been lifted. Your request is back with the merge team, who will write to you with the "
     "next step.\n\nIf there's anything you'd like to add in the meantime, just reply to this "
     "email.\n\nBest,\nMarco D.\nAWS Certification Operations\n", cte="quoted-printable"))

# 027 case A: confirmation request, HTML only, pick one of two -------------------
ROWS = [("Account #1", ME_P, NEW), ("Account #2", ME_C, OLD)]
A_CONF_TEXT = "Hello Kenta,\n\nI'm Daniel from the merge team. I found these two accounts for you:\n\n"
for n, e, c in ROWS:
    A_CONF_TEXT += ("%s\nLogin email: %s\nTraining notification email: %s\n"
                    "Certification notification email: %s\nCandidate ID: %s\n\n" % (n, e, e, e, c))
A_CONF_TEXT += ("Which of the two should remain after the merge - Account #1 or Account #2? The "
                "other one will be folded into it and closed; its exam history, certifications and "
                "benefits move across.\n\nThanks,\nDaniel K.\nAWS Training and Certification\n")
html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">"
        "<p>Hello Kenta,</p><p>I'm Daniel from the merge team. I found these two accounts for you:</p>"
        "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
        "<tr><th></th><th>Login email</th><th>Training notification email</th>"
        "<th>Certification notification email</th><th>Candidate ID</th></tr>")
for n, e, c in ROWS:
    html += "<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (n, e, e, e, c)
html += ("</table><p>Which of the two should remain after the merge &ndash; Account #1 or Account "
         "#2? The other one will be folded into it and closed; its exam history, certifications and "
         "benefits move across.</p><p>Thanks,<br>Daniel K.<br>AWS Training and Certification</p>"
         "</body></html>")
A_CONF = mid("025", "ses")
msg("confirmation_request", True, A, [NEW, OLD], [
    ("Authentication-Results", ar_google("amazon.com", "0100019789e4a7b5@amazonses.com")),
    ("Date", D8("2025-06-20 04:18:02", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(A)),
    ("Message-ID", A_CONF),
    ("In-Reply-To", A_U2),
    ("References", "%s %s" % (A_ACK, A_U2)),
], T(html, "html", cte="base64"))

# 028 AWS billing from the console sender ------------------------------------
msg("unrelated", False, None, [], [
    ("Authentication-Results", ar_google("amazon.com", "0100019790aa11bc@amazonses.com")),
    ("Date", D8("2025-06-20 23:12:55", "+0000")),
    ("From", addr("Amazon Web Services", CONSOLE)),
    ("To", ME_P),
    ("Subject", "Amazon Web Services Billing Statement Available [Account: 209384716552]"),
    ("Message-ID", mid("026", "ses")),
], T("Greetings from Amazon Web Services,\n\nYour statement for the period June 1 - June 20, 2025 "
     "is ready to view in the Billing and Cost Management console for account 209384716552.\n\n"
     "Current balance: USD 3.42\n\nThe charge will be applied to the payment method on file. "
     "This address cannot accept incoming e-mails.\n\nAmazon Web Services, Inc.\n", cte="7bit"))

# 029 owner forwards the confirmation request to the partner admin ----------
A_FWD = mid("027", "gmail")
msg("user_reply", False, A, [OLD], [
    ("Date", D8("2025-06-21 10:05:33")),
    ("From", addr(ME_NAME, ME_P)),
    ("To", addr("Sasaki Nozomi", "n-sasaki@hoshizora-tech.co.jp")),
    ("Subject", "Fwd: " + subj_case(A)),
    ("Message-ID", A_FWD),
    ("References", A_CONF),
], T("佐々木さん\n\n解除ありがとうございました。AWS から下記の確認が来たので、旧アカウント AWS03817264 を"
     "個人の方に統合してもらう予定です。パートナー側で他に影響がありそうなら教えてください。\n\n森岡\n\n"
     "---------- Forwarded message ---------\nFrom: AWS Training and Certification <%s>\n"
     "Date: Fri, Jun 20, 2025 at 1:18 PM\nSubject: %s\nTo: <%s>\n\n\n%s"
     % (TC, subj_case(A), ME_P, A_CONF_TEXT), cte="base64"))

# 030 colleague answers the forward ("go ahead") -----------------------------
msg("unrelated", False, A, [], [
    ("Authentication-Results", ar_google("hoshizora-tech.co.jp", "n-sasaki@hoshizora-tech.co.jp")),
    ("Date", D8("2025-06-23 09:41:20")),
    ("From", addr("佐々木 望", "n-sasaki@hoshizora-tech.co.jp")),
    ("To", addr(ME_NAME, ME_P)),
    ("Subject", "Re: Fwd: " + subj_case(A)),
    ("Message-ID", mid("028", "hoshizora-tech.co.jp")),
    ("In-Reply-To", A_FWD),
    ("References", "%s %s" % (A_CONF, A_FWD)),
], T("森岡さん\n\n確認しました。パートナー側は問題ないので、そのまま統合を進めてもらって大丈夫です。\n\n佐々木\n\n"
     "2025年6月21日(土) 10:05 Kenta Morioka <%s>:\n> 佐々木さん\n>\n> 解除ありがとうございました。"
     "AWS から下記の確認が来たので、旧アカウントを\n> 個人の方に統合してもらう予定です。\n" % ME_P,
     cte="quoted-printable"))

# 031 case A: closing notice (top-posted over the request) --------------------
A_CL = mid("029", "ses")
msg("closing_notice", True, A, [], [
    ("Authentication-Results", ar_google("amazon.com", "0100019799f2c8e0@amazonses.com")),
    ("Date", D8("2025-06-24 05:30:00", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(A)),
    ("Message-ID", A_CL),
    ("In-Reply-To", A_CONF),
    ("References", "%s %s %s" % (A_ACK, A_U2, A_CONF)),
], T("Hello Kenta,\n\nWe wrote on June 20 about which account to keep, and we haven't seen an "
     "answer yet. Unless we hear from you by June 27, this case will be closed automatically. "
     "A reply to this email keeps it open, and replying after it closes reopens it.\n\n"
     "Regards,\nAWS Training and Certification\n\n"
     "---- Previous message ----\n%s" % q(A_CONF_TEXT), cte="quoted-printable"), crlf=True)

# 032 owner confirms ----------------------------------------------------------
A_OK = mid("030", "gmail")
msg("user_reply", False, A, [NEW], [
    ("Date", D8("2025-06-24 20:48:11")),
    ("From", addr(ME_NAME, ME_P)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: " + subj_case(A)),
    ("Message-ID", A_OK),
    ("In-Reply-To", A_CL),
    ("References", "%s %s %s" % (A_ACK, A_CONF, A_CL)),
], T("Hi Daniel,\n\nSorry for the slow reply. Confirmed: please keep Account #1 "
     "(kenta.morioka.dev@gmail.com, AWS11592038) and merge Account #2 into it.\n\nKenta\n\n"
     "On Tue, Jun 24, 2025 at 2:30 PM AWS Training and Certification <%s> wrote:\n%s\n"
     % (TC, q(A_CONF_TEXT)), cte="quoted-printable"))

# 033 case A: repeat-back after the confirmation, no question ----------------
A_U3 = mid("031", "ses")
msg("case_update", False, A, [NEW, OLD], [
    ("Authentication-Results", ar_google("amazon.com", "01000197a1b7c3d4@amazonses.com")),
    ("Date", D8("2025-06-25 00:55:10", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(A)),
    ("Message-ID", A_U3),
    ("In-Reply-To", A_OK),
    ("References", "%s %s %s" % (A_ACK, A_CONF, A_OK)),
], T("Hi Kenta,\n\nThanks for confirming. For the record, this is what happens next:\n\n"
     "  Kept:   Account #1 - %s (AWS11592038)\n  Merged: Account #2 - %s (AWS03817264)\n\n"
     "Exam history, certifications and benefits on Account #2 will be moved to Account #1, and "
     "Account #2 will then be closed. Merges are processed in batches during the day; I'll write "
     "again once yours has gone through.\n\nThanks,\nDaniel K.\nAWS Training and Certification\n"
     % (ME_P, ME_C), cte="7bit"))

# 034 case A: resolved, Outlook-style top-post over the old request -------------
A_DONE = mid("032", "ses")
msg("resolved", False, A, [NEW], [
    ("Authentication-Results", ar_google("amazon.com", "01000197a3c9e1f0@amazonses.com")),
    ("Date", D8("2025-06-25 06:12:48", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(A)),
    ("Message-ID", A_DONE),
    ("In-Reply-To", A_U3),
    ("References", "%s %s %s" % (A_ACK, A_OK, A_U3)),
], MP("alternative",
      T("Hello Kenta,\n\nYour accounts have now been merged. Everything now sits on Account "
        "#1 (AWS11592038): exam history, active certifications and the 50%% exam discount benefit "
        "from the former account. Credly may need up to a day to show the badges.\n\n"
        "If anything looks wrong, just reply to this email within 14 days.\n\nThanks,\nDaniel K.\n"
        "AWS Training and Certification\n\n________________________________\n"
        "From: AWS Training and Certification <%s>\nSent: Friday, June 20, 2025 4:18 AM\n"
        "To: %s\nSubject: %s\n\n%s" % (TC, ME_P, subj_case(A), A_CONF_TEXT)),
      T("<html><body><p>Hello Kenta,</p><p>Your accounts have now been merged. Everything now "
        "sits on Account #1 (AWS11592038): exam history, active certifications and the 50%% exam "
        "discount benefit from the former account. Credly may need up to a day to show the badges.</p>"
        "<p>If anything looks wrong, just reply to this email within 14 days.</p><p>Thanks,<br>"
        "Daniel K.<br>AWS Training and Certification</p><hr><div id=\"divRplyFwdMsg\"><b>From:</b> "
        "AWS Training and Certification &lt;%s&gt;<br><b>Sent:</b> Friday, June 20, 2025 4:18 AM<br>"
        "<b>To:</b> %s<br><b>Subject:</b> %s</div><div>%s</div></body></html>"
        % (TC, ME_P, subj_case(A), A_CONF_TEXT.replace("\n", "<br>")), "html")))

# 035 Credly badge ---------------------------------------------------------------
msg("badge", False, None, [], [
    ("Authentication-Results", ar_google("credly.com", "bounces@credly.com")),
    ("Date", D8("2025-06-25 06:40:02", "+0000")),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_P),
    ("Subject", "Amazon Web Services Training and Certification has issued you a badge"),
    ("Message-ID", mid("033", "credly.com")),
], MP("alternative",
      T("Hi Kenta,\n\nAmazon Web Services Training and Certification has issued you the badge "
        "\"AWS Certified Solutions Architect - Associate\".\n\nAccept your badge: "
        "https://www.credly.com/badges/6f1e2d3c-8a9b-4c7d-9e0f-1a2b3c4d5e6f\n\nCredly\n", cte="7bit"),
      T("<html><body><p>Hi Kenta,</p><p><b>Amazon Web Services Training and Certification</b> has "
        "issued you the badge <b>AWS Certified Solutions Architect - Associate</b>.</p><p><a href="
        "\"https://www.credly.com/badges/6f1e2d3c-8a9b-4c7d-9e0f-1a2b3c4d5e6f\">Accept your badge</a>"
        "</p></body></html>", "html", cte="7bit")))

# 036 case A: satisfaction survey --------------------------------------------------
msg("survey", False, A, [], [
    ("Authentication-Results", ar_google("amazon.com", "01000197a8aa0c33@amazonses.com")),
    ("Date", D8("2025-06-26 01:00:05", "+0000")),
    ("From", addr("AWS Training and Certification", "aws-tc-support-survey@amazon.com")),
    ("To", ME_P),
    ("Subject", "How did we do? Your feedback on case %s" % A),
    ("Message-ID", mid("034", "ses")),
], T("<html><body><p>Hello Kenta,</p><p>Your recent case (%s) with AWS Training and "
     "Certification has been marked resolved. Would you take two minutes to tell us how it went?</p>"
     "<p>How satisfied were you with the support you received?</p><p>"
     "<a href=\"https://survey.aws.training/s?c=%s&r=5\">Very satisfied</a> | "
     "<a href=\"https://survey.aws.training/s?c=%s&r=3\">Neutral</a> | "
     "<a href=\"https://survey.aws.training/s?c=%s&r=1\">Dissatisfied</a></p>"
     "<p>Your answers are anonymous and help us improve.</p></body></html>" % (A, A, A, A),
     "html", cte="quoted-printable"))

# 037 CertMetrics program feedback (not a case) --------------------------------------
msg("certification", False, None, [], [
    ("Authentication-Results", ar_google("certmetrics.com", "bounce@certmetrics.com")),
    ("Date", D8("2025-06-26 15:00:00", "+0000")),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_P),
    ("Subject", "Share your thoughts on AWS Certification"),
    ("Message-ID", mid("035", "certmetrics.com")),
], T("Hello Kenta,\n\nAs an AWS Certified individual, your view of the program matters to us. "
     "Could you spare ten minutes for our annual certification holder questionnaire? It covers "
     "exam preparation, benefits and how certification has affected your career.\n\n"
     "Start the questionnaire: https://aws.certmetrics.com/amazon/survey/2025\n\n"
     "AWS Certification\n", cte="7bit"))

# 038 other vendor asks to confirm an account merge ---------------------------------
msg("unrelated", False, None, [], [
    ("Authentication-Results", ar_google("linuxfoundation.org", "noreply@linuxfoundation.org")),
    ("Date", D8("2025-06-27 18:22:31", "+0000")),
    ("From", addr("The Linux Foundation", "noreply@linuxfoundation.org")),
    ("To", ME_P),
    ("Subject", "Please confirm: merge your two LF accounts"),
    ("Message-ID", mid("036", "linuxfoundation.org")),
], T("Hi Kenta,\n\nWe noticed two LF accounts using the same name: one for %s and one for %s. "
     "If both are yours, confirm the merge so your training and certification history (CKA) is "
     "kept in one place:\n\nhttps://sso.linuxfoundation.org/merge/confirm?t=7Qm2\n\n"
     "Do you want to keep %s as the primary address? You can change it on the confirmation "
     "page.\n\nThe Linux Foundation Training & Certification\n" % (ME_P, ME_C, ME_P), cte="7bit"))

# 039 owner: something missing, writes on the resolved case ----------------------
A_R4 = mid("037", "gmail")
msg("user_reply", False, A, [NEW, OLD], [
    ("Date", D8("2025-06-28 11:19:27")),
    ("From", addr(ME_NAME, ME_P)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: " + subj_case(A)),
    ("Message-ID", A_R4),
    ("In-Reply-To", A_DONE),
    ("References", "%s %s %s" % (A_ACK, A_U3, A_DONE)),
], T("Hi Daniel,\n\nThanks for the merge. One thing is missing: the exam history on AWS11592038 "
     "doesn't show my Cloud Practitioner exam (CLF-C02, March 15, 2022). It used to be on "
     "AWS03817264. Could you take a look?\n\nKenta\n\n"
     "On Wed, Jun 25, 2025 at 3:12 PM AWS Training and Certification <%s> wrote:\n"
     "> Hello Kenta,\n>\n> Your accounts have now been merged. Everything now sits on Account\n"
     "> #1 (AWS11592038): exam history, active certifications and the 50%% exam discount\n"
     "> benefit from the former account.\n" % TC, cte="quoted-printable"))

# 040 case A: reopened -------------------------------------------------------------
A_RO = mid("038", "ses")
msg("case_update", False, A, [], [
    ("Authentication-Results", ar_google("amazon.com", "01000197b1d2e3f4@amazonses.com")),
    ("Date", D8("2025-06-28 02:20:14", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(A, pre="RE: ")),
    ("Message-ID", A_RO),
    ("In-Reply-To", A_R4),
    ("References", "%s %s" % (A_DONE, A_R4)),
], T("Hello,\n\nYour reply has reopened case %s. It is back in the queue and the agent who "
     "handled it has been notified.\n\nAWS Training and Certification\n" % A, cte="7bit"))

# 041 case A: screenshot requested (names both accounts) ---------------------------
A_Q3_TEXT = ("Hi Kenta,\n\nI checked both AWS11592038 and the former AWS03817264 profile, and "
    "the CLF-C02 record isn't attached to either of them on our side, so it must have been "
    "registered under a different profile.\n\nTo trace it I'll need a screenshot of the score "
    "report or of the old exam history page that shows this exam. If you no longer have one, the "
    "exam date together with the Pearson VUE registration number works too.\n\n"
    "Thanks,\nDaniel K.\nAWS Training and Certification\n")
A_Q3 = mid("039", "ses")
msg("info_request", True, A, [NEW, OLD], [
    ("Authentication-Results", ar_google("amazon.com", "01000197bb10ad22@amazonses.com")),
    ("Date", D8("2025-06-30 05:02:40", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(A)),
    ("Message-ID", A_Q3),
    ("In-Reply-To", A_RO),
    ("References", "%s %s %s" % (A_DONE, A_R4, A_RO)),
], MP("alternative", T(A_Q3_TEXT),
      T("<html><body>%s</body></html>" % "".join("<p>%s</p>" % p.replace("\n", "<br>")
                                                   for p in A_Q3_TEXT.split("\n\n")), "html")),
    crlf=True)

# 042 owner sends the screenshot ------------------------------------------------------
import struct, zlib


def tiny_png():
    def chunk(t, d):
        c = t + d
        return struct.pack(">I", len(d)) + c + struct.pack(">I", zlib.crc32(c) & 0xffffffff)
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


A_R5 = mid("041", "gmail")
msg("user_reply", False, A, [], [
    ("Date", D8("2025-07-01 08:33:51")),
    ("From", addr(ME_NAME, ME_P)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: " + subj_case(A)),
    ("Message-ID", A_R5),
    ("In-Reply-To", A_Q3),
    ("References", "%s %s %s" % (A_R4, A_RO, A_Q3)),
], MP("mixed",
      T("Hi Daniel,\n\nAttached is a screenshot of the score report. The exam was on March 15, "
        "2022; Pearson VUE registration number 318274650.\n\nKenta\n\n"
        "On Mon, Jun 30, 2025 at 2:02 PM AWS Training and Certification <%s> wrote:\n%s\n"
        % (TC, q(A_Q3_TEXT)), cte="quoted-printable"),
      ATT("CLF-C02_score_report.png", "image/png", tiny_png())))

# 043 case A: resolved again ------------------------------------------------------------
msg("resolved", False, A, [NEW], [
    ("Authentication-Results", ar_google("amazon.com", "01000197c40f5a66@amazonses.com")),
    ("Date", D8("2025-07-02 03:47:19", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(A)),
    ("Message-ID", mid("042", "ses")),
    ("In-Reply-To", A_R5),
    ("References", "%s %s" % (A_Q3, A_R5)),
], T("Hi Kenta,\n\nThank you for the screenshot. The CLF-C02 result from March 15, 2022 had been "
     "filed under an orphaned test-centre profile; it is now attached to AWS11592038 and shows in "
     "your exam history.\n\nNo further action is required on your part, and this case is resolved. "
     "Should anything else come up, you're welcome to reply.\n\nThanks,\nDaniel K.\n"
     "AWS Training and Certification\n", cte="quoted-printable"))

# ===== case C: Support Center (console) case ===================================
C_SUBJ = "Exam discount benefit missing after account merge"
C_LINK = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % C
C_FOOT = ("\n\nTo see the case or to respond, sign in to the Support Center:\n%s\n\n"
          "This e-mail address cannot accept incoming e-mails. Replies sent to it will not be "
          "added to your case.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
          "Amazon.com is a registered trademark of Amazon.com, Inc.\n" % C_LINK)
# 044 case C: console acknowledgement ---------------------------------------
C_ACK = mid("043", "ses")
msg("acknowledgement", False, C, [NEW], [
    ("Authentication-Results", ar_google("amazon.com", "01000197c8e0f1a2@amazonses.com")),
    ("Date", D8("2025-07-03 02:21:58", "+0000")),
    ("From", addr("Amazon Web Services", CONSOLE)),
    ("To", ME_P),
    ("Subject", "Amazon Web Services: New Support case: %s" % C),
    ("Message-ID", C_ACK),
], T("Dear Customer,\n\nA support case has been created for you.\n\nCase ID: %s\n"
     "Subject: %s\nSeverity: General guidance\nService: Training and Certification\n"
     "Category: Certification benefits\n\nCorrespondence: After my certification accounts were "
     "merged (case %s), the 50%% exam discount benefit from the old account is not shown on "
     "AWS11592038. I have an exam booked on August 2.\n\nWe will respond as soon as we can." % (
         C, C_SUBJ, A) + C_FOOT, cte="quoted-printable"))

# 045 AWS Educate form case (other program) asks for information ----------------
msg("unrelated", False, EDU, [], [
    ("Authentication-Results", ar_google("amazon.com", "01000197c9aa7b3c@amazonses.com")),
    ("Date", D8("2025-07-03 11:40:09", "+0000")),
    ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")),
    ("To", ME_P),
    ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % EDU),
    ("Message-ID", mid("044", "ses")),
], T("Hello Kenta,\n\nThanks for contacting AWS Educate about the mentor account you can't sign "
     "in to. Before we reset access, could you confirm the organization name you entered at "
     "registration and roughly when you signed up?\n\nBest,\nAWS Educate Support\n", cte="7bit"))

# 046 case C: pick one of two (not the merge) - answer in the console -------------
C_Q_TEXT = ("Hello,\n\nThank you for your patience. The 50%% discount from the former account did "
    "not carry over during the merge. I can put this right in one of two ways:\n\n"
    "  1) Reattach the existing voucher to AWS11592038. It keeps its original expiry date "
    "(November 30, 2025).\n  2) Issue a new 50%% voucher on AWS11592038, valid for 12 months from "
    "today. The old code would be cancelled.\n\nWhich option would you prefer?\n\n"
    "Best regards,\nLuis M.\nAmazon Web Services\n\nWas this response helpful? Rate it: "
    "https://support.console.aws.amazon.com/support/rate?c=%s" % C)
C_Q = mid("045", "ses")
msg("info_request", True, C, [NEW], [
    ("Authentication-Results", ar_google("amazon.com", "01000197ce3355aa@amazonses.com")),
    ("Date", D8("2025-07-04 00:58:30", "+0000")),
    ("From", addr("Amazon Web Services", CONSOLE)),
    ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (C, C_SUBJ)),
    ("Message-ID", C_Q),
    ("In-Reply-To", C_ACK),
    ("References", C_ACK),
], T(C_Q_TEXT + C_FOOT, cte="quoted-printable"))

# 047 owner answers by e-mail (wrong channel) --------------------------------------
C_R1 = mid("046", "gmail")
C_R1_SUBJ = "Re: RE:[CASE %s] %s" % (C, C_SUBJ)
msg("user_reply", False, C, [], [
    ("Date", D8("2025-07-04 12:06:17")),
    ("From", addr(ME_NAME, ME_P)),
    ("To", addr("Amazon Web Services", CONSOLE)),
    ("Subject", C_R1_SUBJ),
    ("Message-ID", C_R1),
    ("In-Reply-To", C_Q),
    ("References", "%s %s" % (C_ACK, C_Q)),
], T("Hi Luis,\n\nOption 1 please - reattach the existing voucher.\n\nKenta\n\n"
     "On Fri, Jul 4, 2025 at 9:58 AM Amazon Web Services <%s> wrote:\n%s\n" % (CONSOLE, q(C_Q_TEXT)),
     cte="quoted-printable"))

# 048 bounce of that reply ------------------------------------------------------------
orig = ("Return-Path: <%s>\nMessage-ID: %s\nDate: %s\nFrom: %s <%s>\nTo: %s\nSubject: %s\n"
        % (ME_P, C_R1, D8("2025-07-04 12:06:17"), ME_NAME, ME_P, CONSOLE, C_R1_SUBJ))
msg("unrelated", False, C, [], [
    ("Date", D8("2025-07-04 12:06:19")),
    ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
    ("To", ME_P),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("Message-ID", mid("047", "mx.google.com")),
    ("In-Reply-To", C_R1),
    ("References", C_R1),
    ("Auto-Submitted", "auto-replied"),
], MP("report",
      T("** Address not found **\n\nYour message wasn't delivered to %s because the address "
        "couldn't be found, or is unable to receive mail.\n\nThe response from the remote server "
        "was:\n550 5.1.1 Mailbox does not accept incoming mail\n" % CONSOLE, cte="7bit"),
      RAW("message/delivery-status",
          "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; %s\nAction: failed\n"
          "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Mailbox does not accept incoming mail\n"
          % CONSOLE),
      RAW("text/rfc822-headers", orig), extra="; report-type=delivery-status"))

# 049 case C: auto-resolve warning (console) -----------------------------------------
msg("closing_notice", True, C, [], [
    ("Authentication-Results", ar_google("amazon.com", "01000197e0b9c4d7@amazonses.com")),
    ("Date", D8("2025-07-07 01:15:44", "+0000")),
    ("From", addr("Amazon Web Services", CONSOLE)),
    ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (C, C_SUBJ)),
    ("Message-ID", mid("048", "ses")),
    ("In-Reply-To", C_Q),
    ("References", "%s %s" % (C_ACK, C_Q)),
], T("Hello,\n\nWe are still waiting for your reply on this case. If we do not receive a "
     "response in the Support Center within 3 days, the case will be resolved automatically.\n\n"
     "Best regards,\nAmazon Web Services" + C_FOOT, cte="7bit"))

# 050 dmarc=fail mail posing as the T&C form sender --------------------------------------
FAKE = "175160044100218"
msg("suspicious", False, None, [], [
    ("Return-Path", "<notice@mx7.aws-training-vouchers.support>"),
    ("Authentication-Results", ar_google("amazon.com", "notice@mx7.aws-training-vouchers.support",
                                         dkim="none", spf="fail", dmarc="fail", policy="REJECT")),
    ("Date", D8("2025-07-08 04:51:02", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("Reply-To", "vouchers@aws-training-vouchers.support"),
    ("To", ME_P),
    ("Subject", "RE:[CASE %s] Voucher transfer - payment verification required" % FAKE),
    ("Message-ID", "<%s.%s@mx7.aws-training-vouchers.support>" % (FAKE, "b2f1")),
], T("<html><body><p>Dear customer,</p><p>Your exam voucher is ready to be transferred to your "
     "merged account. To comply with regulations a one-time verification charge of USD 1.00 is "
     "required.</p><p><a href=\"https://aws-training-vouchers.support/verify\">Complete "
     "verification</a></p><p>Please reply within 48 hours to confirm, otherwise the voucher will "
     "be cancelled.</p><p>AWS Training and Certification</p></body></html>", "html",
     cte="base64"))

# 051 case C: resolved, with rating footer ----------------------------------------------
msg("resolved", False, C, [NEW], [
    ("Authentication-Results", ar_google("amazon.com", "01000197e6a1b2c3@amazonses.com")),
    ("Date", D8("2025-07-08 06:30:12", "+0000")),
    ("From", addr("Amazon Web Services", CONSOLE)),
    ("To", ME_P),
    ("Subject", "RE:[CASE %s] %s" % (C, C_SUBJ)),
    ("Message-ID", mid("050", "ses")),
    ("References", "%s %s" % (C_ACK, C_Q)),
], T("Hello,\n\nThanks for choosing option 1 in the Support Center. The original 50%% voucher is now "
     "attached to AWS11592038 and appears under Benefits, with its November 30, 2025 expiry. "
     "Since this completes your request, I have marked the case resolved.\n\n"
     "Best regards,\nLuis M.\nAmazon Web Services\n\nTell us how we did - your rating of this "
     "correspondence helps us improve: https://support.console.aws.amazon.com/support/rate?c=%s"
     % C + C_FOOT, cte="quoted-printable"))

# 052 CertMetrics benefit notice (program mail) --------------------------------------------
msg("certification", False, None, [NEW], [
    ("Authentication-Results", ar_google("certmetrics.com", "bounce@certmetrics.com")),
    ("Date", D8("2025-07-09 02:00:30", "+0000")),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_P),
    ("Subject", "A benefit is available in your AWS Certification Account"),
    ("Message-ID", mid("051", "certmetrics.com")),
], T("Hello Kenta Morioka (AWS11592038),\n\nA benefit has been added to your AWS Certification "
     "Account: 50% discount on your next AWS Certification exam. Find the code under Benefits "
     "and apply it when you schedule.\n\nAWS Certification\n", cte="7bit"))

# ===== case D: Japanese-language T&C case (stray third account) ====================
D_FROM = addr("AWS トレーニングと認定", TC)
# 053 case D: acknowledgement (Shift_JIS) ------------------------------------
D_ACK = mid("052", "ses")
msg("acknowledgement", False, D, [NEW, SSO], [
    ("Authentication-Results", ar_google("amazon.com", "01000197f1c2d3e4@amazonses.com")),
    ("Date", D8("2025-07-10 03:05:44", "+0000")),
    ("From", addr("AWS トレーニングと認定", TC, "shift_jis")),
    ("To", ME_P),
    ("Subject", subj_case(D, pre="")),
    ("Message-ID", D_ACK),
], T("森岡 健太 様\n\nお問い合わせありがとうございます。以下の内容でケース (ケース番号: %s) を作成いたしました。\n\n"
     "お問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n"
     "お問い合わせ内容:\n同じメールアドレス (%s) で認定アカウントが2つあり、Credly にバッジが表示されません。\n"
     "AWS11592038 (メインで使用) と AWS07740215 (パートナーセントラル経由で作成されたもの) を統合してください。\n\n"
     "原則として1日以内に担当者よりご返信いたします。同じ内容のケースを既にお持ちでしたら、"
     "新たなケースを作成せず、そちらのケースにご返信ください。\n\n"
     "AWS トレーニングと認定 カスタマーサポート\n" % (D, ME_P), cs="shift_jis", cte="base64"),
    crlf=True)

# 054 Credly lookalike phishing ----------------------------------------------------------
msg("suspicious", False, None, [], [
    ("Authentication-Results", ar_google("credly-badge-center.com", "alerts@credly-badge-center.com")),
    ("Date", D8("2025-07-10 14:12:55", "+0000")),
    ("From", addr("Credly", "alerts@credly-badge-center.com")),
    ("To", ME_P),
    ("Subject", "Your AWS badges will be revoked - confirm your identity"),
    ("Message-ID", mid("053", "credly-badge-center.com")),
], T("Hi,\n\nWe detected duplicate AWS Certification accounts linked to your Credly profile. "
     "Your badges will be revoked in 48 hours unless you confirm your identity:\n\n"
     "https://credly-badge-center.com/confirm?u=kenta\n\nCredly Trust & Safety\n", cte="7bit"))

# 055 case D: merge confirmation as a form to fill in (ISO-2022-JP) --------------------
D_FORM_TEXT = ("森岡 健太 様\n\nAWS トレーニングと認定 カスタマーサポートの高橋でございます。\n"
    "お問い合わせの件につき、以下の2つの認定アカウントを確認いたしました。\n\n"
    "アカウント1\n  ログインメールアドレス: %s\n  候補 ID: AWS11592038\n  作成日: 2025-06-11\n"
    "アカウント2\n  ログインメールアドレス: %s\n  候補 ID: AWS07740215\n"
    "  作成日: 2025-06-19 (AWS Partner Central からのサインイン)\n\n"
    "統合の手続きに進むにあたり、お手数ですが下記の項目をご記入のうえ、本メールにそのままご返信くださいますよう"
    "お願いいたします。\n\n------------------------------\n"
    "[1] 統合後に残すアカウント (1 または 2):\n"
    "[2] 上記2つのアカウントがいずれもご本人様のものであることを確認します (はい / いいえ):\n"
    "------------------------------\n\nご記入内容を確認のうえ、統合作業を行います。\n"
    "何卒よろしくお願いいたします。\n\n高橋 (Takahashi)\nAWS トレーニングと認定 カスタマーサポート\n"
    % (ME_P, ME_P))
D_FORM = mid("054", "ses")
msg("confirmation_request", True, D, [NEW, SSO], [
    ("Authentication-Results", ar_google("amazon.com", "01000197f6a7b8c9@amazonses.com")),
    ("Date", D8("2025-07-11 01:02:31", "+0000")),
    ("From", addr("AWS トレーニングと認定", TC, "iso-2022-jp")),
    ("To", ME_P),
    ("Subject", subj_case(D)),
    ("Message-ID", D_FORM),
    ("In-Reply-To", D_ACK),
    ("References", D_ACK),
], T(D_FORM_TEXT, cs="iso-2022-jp", cte="7bit"))

# 056 case D: closing notice in Japanese ------------------------------------------------
D_CL = mid("055", "ses")
msg("closing_notice", True, D, [], [
    ("Authentication-Results", ar_google("amazon.com", "01000198031b2c3d@amazonses.com")),
    ("Date", D8("2025-07-14 00:40:08", "+0000")),
    ("From", D_FROM),
    ("To", ME_P),
    ("Subject", subj_case(D, pre="RE: ")),
    ("Message-ID", D_CL),
    ("In-Reply-To", D_FORM),
    ("References", "%s %s" % (D_ACK, D_FORM)),
], T("森岡 健太 様\n\n7月11日にお送りしたご確認のメールについて、まだご返信をいただけておりません。\n"
     "7月17日までにご返信がない場合、本ケースはクローズさせていただきます。\n"
     "下記のフォームにご記入のうえ、本メールにご返信ください。ご返信をいただければ引き続き対応いたします。\n\n"
     "高橋\nAWS トレーニングと認定 カスタマーサポート\n\n"
     "2025年7月11日 10:02 AWS トレーニングと認定 <%s>:\n%s\n" % (TC, q(D_FORM_TEXT)),
     cte="quoted-printable"))

# 057 owner fills the form in (ISO-2022-JP, Japanese quote header) --------------------
D_R1 = mid("056", "gmail")
msg("user_reply", False, D, [NEW], [
    ("Date", D8("2025-07-14 21:10:45")),
    ("From", addr(ME_JA, ME_P, "iso-2022-jp")),
    ("To", addr("AWS トレーニングと認定", TC, "iso-2022-jp")),
    ("Subject", "Re: " + subj_case(D, pre="RE: ")),
    ("Message-ID", D_R1),
    ("In-Reply-To", D_CL),
    ("References", "%s %s %s" % (D_ACK, D_FORM, D_CL)),
], T("高橋様\n\nご連絡が遅くなり申し訳ありません。以下のとおり記入しました。\n\n"
     "[1] 統合後に残すアカウント (1 または 2): 1 (AWS11592038)\n"
     "[2] 上記2つのアカウントがいずれもご本人様のものであることを確認します (はい / いいえ): はい\n\n"
     "よろしくお願いいたします。\n森岡\n\n"
     "2025年7月14日(月) 9:40 AWS トレーニングと認定 <%s>:\n%s\n" % (TC, q(D_FORM_TEXT)),
     cs="iso-2022-jp", cte="7bit"))

# 058 case D: asks for a date and the device (keigo), multipart ---------------------
D_Q_TEXT = ("森岡 健太 様\n\nご記入いただきありがとうございます。\n\n"
    "アカウント2 (AWS07740215) は AWS Partner Central 経由で作成されているため、統合の前に作成の経緯を"
    "記録する必要がございます。\n恐れ入りますが、同アカウントに初めてサインインされたおおよその日付と、"
    "その際にご利用になった端末 (会社支給のものか、私物か) をお知らせいただけますでしょうか。\n\n"
    "お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。\n\n"
    "高橋\nAWS トレーニングと認定 カスタマーサポート\n")
D_Q = mid("057", "ses")
msg("info_request", True, D, [SSO], [
    ("Authentication-Results", ar_google("amazon.com", "0100019808e9f0a1@amazonses.com")),
    ("Date", D8("2025-07-15 02:26:19", "+0000")),
    ("From", D_FROM),
    ("To", ME_P),
    ("Subject", subj_case(D)),
    ("Message-ID", D_Q),
    ("In-Reply-To", D_R1),
    ("References", "%s %s %s" % (D_ACK, D_FORM, D_R1)),
], MP("alternative", T(D_Q_TEXT, cte="base64"),
      T("<html><body>%s</body></html>" % "".join("<p>%s</p>" % p.replace("\n", "<br>")
                                                   for p in D_Q_TEXT.split("\n\n")), "html", cte="base64")))

# 059 owner answers ------------------------------------------------------------------------
D_R2 = mid("058", "gmail")
msg("user_reply", False, D, [], [
    ("Date", D8("2025-07-15 22:03:12")),
    ("From", addr(ME_JA, ME_P)),
    ("To", D_FROM),
    ("Subject", "Re: " + subj_case(D)),
    ("Message-ID", D_R2),
    ("In-Reply-To", D_Q),
    ("References", "%s %s %s" % (D_FORM, D_R1, D_Q)),
], T("高橋様\n\n6月19日の夜、自宅の私物 PC (Chrome) からパートナーセントラルにサインインした際に"
     "作成されたものだと思います。会社支給の端末ではありません。\n\n森岡\n\n"
     "2025年7月15日(火) 11:26 AWS トレーニングと認定 <%s>:\n%s\n" % (TC, q(D_Q_TEXT)),
     cte="base64"))

# 060 case D: repeat-back, no question --------------------------------------------------------
D_U = mid("059", "ses")
msg("case_update", False, D, [NEW, SSO], [
    ("Authentication-Results", ar_google("amazon.com", "010001980e7a8b9c@amazonses.com")),
    ("Date", D8("2025-07-16 05:51:37", "+0000")),
    ("From", D_FROM),
    ("To", ME_P),
    ("Subject", subj_case(D)),
    ("Message-ID", D_U),
    ("In-Reply-To", D_R2),
    ("References", "%s %s %s" % (D_FORM, D_Q, D_R2)),
], T("森岡 健太 様\n\nご回答ありがとうございます。以下の内容で承りました。\n\n"
     "  統合先 (残すアカウント): アカウント1 AWS11592038\n  統合元: アカウント2 AWS07740215\n"
     "  作成の経緯: 2025年6月19日、私物 PC から AWS Partner Central へサインインした際に作成\n\n"
     "現在、担当チームにて統合作業を進めております。完了いたしましたら改めてご連絡いたします。\n"
     "ご不明な点がございましたら、本メールにご返信ください。\n\n高橋\n"
     "AWS トレーニングと認定 カスタマーサポート\n", cte="quoted-printable"))

# 061 case D: resolved, quoting the old form request (Shift_JIS) ------------------------
msg("resolved", False, D, [NEW], [
    ("Authentication-Results", ar_google("amazon.com", "0100019817c4d5e6@amazonses.com")),
    ("Date", D8("2025-07-18 01:14:02", "+0000")),
    ("From", addr("AWS トレーニングと認定", TC, "shift_jis")),
    ("To", ME_P),
    ("Subject", subj_case(D)),
    ("Message-ID", mid("060", "ses")),
    ("In-Reply-To", D_U),
    ("References", "%s %s %s" % (D_FORM, D_R2, D_U)),
], T("森岡 健太 様\n\nお待たせいたしました。アカウント2 の内容をアカウント1 (AWS11592038) へ統合する作業が"
     "完了いたしました。Credly のバッジも、通常1日以内にアカウント1 に表示されるようになります。\n\n"
     "今後ともAWS トレーニングと認定をよろしくお願いいたします。\n\n高橋\n"
     "AWS トレーニングと認定 カスタマーサポート\n\n"
     "-----Original Message-----\n%s" % q(D_FORM_TEXT), cs="shift_jis", cte="base64"), crlf=True)

# 062 Credly reminder ------------------------------------------------------------------------
msg("badge", False, None, [], [
    ("Authentication-Results", ar_google("credly.com", "bounces@credly.com")),
    ("Date", D8("2025-07-18 09:30:41", "+0000")),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_P),
    ("Subject", "Reminder: you have 2 badges waiting to be accepted"),
    ("Message-ID", mid("061", "credly.com")),
], T("<html><body><p>Hi Kenta,</p><p>You have 2 badges from <b>Amazon Web Services Training and "
     "Certification</b> that haven't been accepted yet:</p><ul><li>AWS Certified Developer - "
     "Associate</li><li>AWS Certified Cloud Practitioner</li></ul><p><a href=\"https://www.credly."
     "com/earner/earned\">Accept your badges</a></p><p>Credly</p></body></html>", "html",
     cte="quoted-printable"))

# 063 case D: survey in Japanese --------------------------------------------------------------
msg("survey", False, D, [], [
    ("Authentication-Results", ar_google("amazon.com", "010001981d0e1f20@amazonses.com")),
    ("Date", D8("2025-07-19 01:00:00", "+0000")),
    ("From", addr("AWS トレーニングと認定", "aws-tc-support-survey@amazon.com")),
    ("To", ME_P),
    ("Subject", hdr("[ケース %s] サポートに関するアンケートのご協力のお願い" % D)),
    ("Message-ID", mid("062", "ses")),
], MP("alternative",
      T("森岡 健太 様\n\n先日はお問い合わせいただきありがとうございました (ケース %s)。\n"
        "今後のサービス向上のため、対応についての簡単なアンケートにご協力いただけますと幸いです。\n\n"
        "アンケートに回答する: https://survey.aws.training/s?c=%s&l=ja\n\n"
        "所要時間は1分程度です。回答は任意です。\n" % (D, D), cte="base64"),
      T("<html><body><p>森岡 健太 様</p><p>先日はお問い合わせいただきありがとうございました (ケース %s)。</p>"
        "<p>今後のサービス向上のため、対応についての簡単なアンケートにご協力いただけますと幸いです。</p>"
        "<p><a href=\"https://survey.aws.training/s?c=%s&l=ja\">アンケートに回答する</a></p>"
        "</body></html>" % (D, D), "html", cte="base64")))

# 064 other vendor: case closed for no reply, about a profile merge ------------------------
msg("unrelated", False, None, [], [
    ("Authentication-Results", ar_google("microsoft.com", "support@mail.support.microsoft.com")),
    ("Date", D8("2025-07-21 16:05:27", "+0000")),
    ("From", addr("Microsoft Support", "support@mail.support.microsoft.com")),
    ("To", ME_P),
    ("Subject", "Case 2507110040012345 has been closed"),
    ("Message-ID", mid("063", "mail.support.microsoft.com")),
], T("Hello Kenta,\n\nWe asked you on July 11 to confirm which of your two Microsoft Learn "
     "profiles should keep your certification transcript. Because we have not received a "
     "response, case 2507110040012345 has now been closed.\n\nIf you still need help, reply to "
     "this email within 7 days to reopen the case.\n\nMicrosoft Certification Support\n",
     cte="7bit"))

# ===== case E: university-era account, English ===========================================
# 065 case E: acknowledgement -------------------------------------------------
E_ACK = mid("064", "ses")
msg("acknowledgement", False, E, [NEW], [
    ("Authentication-Results", ar_google("amazon.com", "0100019836a1b2c3@amazonses.com")),
    ("Date", D8("2025-07-24 05:48:05", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(E, pre="")),
    ("Message-ID", E_ACK),
], T("Hello,\n\nWe have received your request and opened case %s.\n\nYour message:\n"
     "\"I took the Cloud Practitioner exam in 2019 while at university, using a university e-mail "
     "address I no longer have. If that account still exists, please merge it into AWS11592038.\"\n\n"
     "We aim to reply within 24 hours. To keep things moving, please add any further details to "
     "this case rather than opening a new one.\n\nAWS Training and Certification\n" % E, cte="7bit"))

# 066 case E: info request as a form (old address, date) -----------------------------------
E_Q_TEXT = ("Hello Kenta,\n\nThanks for the details. To find the older account I'll need a bit "
    "more to go on. Please fill in the lines below and send them back:\n\n"
    "  Email address(es) you may have used at the time:\n"
    "  Name as it appeared on that account (if different):\n"
    "  Approximate exam date:\n  Candidate ID, if you still have it:\n\n"
    "Regards,\nSamira H.\nAWS Training and Certification\n")
E_Q = mid("065", "ses")
msg("info_request", True, E, [], [
    ("Authentication-Results", ar_google("amazon.com", "010001983b2c3d4e@amazonses.com")),
    ("Date", D8("2025-07-25 03:11:50", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(E)),
    ("Message-ID", E_Q),
    ("In-Reply-To", E_ACK),
    ("References", E_ACK),
], MP("alternative", T(E_Q_TEXT, cte="7bit"),
      T("<html><body><p>Hello Kenta,</p><p>Thanks for the details. To find the older account I'll "
        "need a bit more to go on. Please fill in the lines below and send them back:</p><table>"
        "<tr><td>Email address(es) you may have used at the time:</td><td>&nbsp;</td></tr>"
        "<tr><td>Name as it appeared on that account (if different):</td><td>&nbsp;</td></tr>"
        "<tr><td>Approximate exam date:</td><td>&nbsp;</td></tr><tr><td>Candidate ID, if you still "
        "have it:</td><td>&nbsp;</td></tr></table><p>Regards,<br>Samira H.<br>AWS Training and "
        "Certification</p></body></html>", "html", cte="quoted-printable")), crlf=True)

# 067 owner fills it in ----------------------------------------------------------------------
E_R1 = mid("066", "gmail")
msg("user_reply", False, E, [], [
    ("Date", D8("2025-07-25 19:44:02")),
    ("From", addr(ME_NAME, ME_P)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: " + subj_case(E)),
    ("Message-ID", E_R1),
    ("In-Reply-To", E_Q),
    ("References", "%s %s" % (E_ACK, E_Q)),
], T("Hi Samira,\n\n  Email address(es) you may have used at the time: k.morioka@st.minato-u.ac.jp\n"
     "  Name as it appeared on that account (if different): MORIOKA KENTA\n"
     "  Approximate exam date: November 2019\n  Candidate ID, if you still have it: don't have it, sorry\n\n"
     "Kenta\n\nOn Fri, Jul 25, 2025 at 12:11 PM AWS Training and Certification <%s> wrote:\n%s\n"
     % (TC, q(E_Q_TEXT)), cte="quoted-printable"))

# 068 case E: merge confirmation stated, not asked -----------------------------------------
E_C_TEXT = ("Hi Kenta,\n\nThanks - that was enough. I located an account, AWS00926471, registered "
    "to k.morioka@st.minato-u.ac.jp, with a Cloud Practitioner (CLF-C01) result from November 23, "
    "2019.\n\nWe need your confirmation that this account belongs to you and that it should be "
    "merged into AWS11592038, which will remain your account. A one-line reply saying you confirm "
    "is enough; until then the account stays as it is.\n\nRegards,\nSamira H.\n"
    "AWS Training and Certification\n")
E_C = mid("067", "ses")
msg("confirmation_request", True, E, [UNI, NEW], [
    ("Authentication-Results", ar_google("amazon.com", "0100019841d5e6f7@amazonses.com")),
    ("Date", D8("2025-07-28 02:37:14", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(E, pre="RE: ")),
    ("Message-ID", E_C),
    ("In-Reply-To", E_R1),
    ("References", "%s %s %s" % (E_ACK, E_Q, E_R1)),
], T(E_C_TEXT, cte="quoted-printable"))

# 069 owner confirms -----------------------------------------------------------------------
E_R2 = mid("068", "gmail")
msg("user_reply", False, E, [UNI, NEW], [
    ("Date", D8("2025-07-28 12:02:09")),
    ("From", addr(ME_NAME, ME_P)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: " + subj_case(E, pre="RE: ")),
    ("Message-ID", E_R2),
    ("In-Reply-To", E_C),
    ("References", "%s %s %s" % (E_Q, E_R1, E_C)),
], MP("alternative",
      T("I confirm: AWS00926471 is mine. Please merge it into AWS11592038.\n\nKenta\n\n"
        "On Mon, Jul 28, 2025 at 11:37 AM AWS Training and Certification <%s> wrote:\n%s\n"
        % (TC, q(E_C_TEXT)), cte="quoted-printable"),
      T("<div dir=\"ltr\">I confirm: AWS00926471 is mine. Please merge it into AWS11592038.<br><br>"
        "Kenta</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, Jul 28, 2025 "
        "at 11:37 AM AWS Training and Certification &lt;%s&gt; wrote:</div><blockquote "
        "class=\"gmail_quote\">%s</blockquote></div>" % (TC, E_C_TEXT.replace("\n", "<br>")),
        "html", cte="quoted-printable")))

# 070 case E: resolved ------------------------------------------------------------------------
msg("resolved", False, E, [UNI, NEW], [
    ("Authentication-Results", ar_google("amazon.com", "0100019846a7b8c9@amazonses.com")),
    ("Date", D8("2025-07-29 00:20:33", "+0000")),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", subj_case(E)),
    ("Message-ID", mid("069", "ses")),
    ("In-Reply-To", E_R2),
    ("References", "%s %s" % (E_C, E_R2)),
], T("Hi Kenta,\n\nAWS00926471 has been merged into AWS11592038. The 2019 CLF-C01 result now "
     "appears in your exam history; since that certification lapsed in 2022 it is listed as "
     "expired. Nothing else is needed from you, and I'm closing this case as resolved.\n\n"
     "Regards,\nSamira H.\nAWS Training and Certification\n", cte="7bit"))


# ======================================================================
def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    for i, (text, label) in enumerate(MSGS, 1):
        base = os.path.join(OUT, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(text.encode("utf-8"))
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    cnt = Counter(l["kind"] for _, l in MSGS)
    print("%d messages" % len(MSGS))
    for k, v in sorted(cnt.items()):
        print("  %-22s %d" % (k, v))
    print("  needs_reply=true       %d" % sum(1 for _, l in MSGS if l["needs_reply"]))


if __name__ == "__main__":
    main()
