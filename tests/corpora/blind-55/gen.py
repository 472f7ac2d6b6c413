#!/usr/bin/env python3
"""Generate the blind-55 held-out corpus (standard library only).

Writes NNN-slug.eml / NNN-slug.json beside this script, in arrival order.
"""
import base64
import datetime
import email.utils
import json
import os
import quopri
import random
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(5555)

ME_P = "ogiwara.rin@gmail.com"
ME_C = "r-ogiwara@hakobune-soft.co.jp"
ME_NAME_JA = "荻原 倫太郎"
ME_NAME = "Rintaro Ogiwara"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

CASE_C = "13592847160"        # 11 digits, 2023, Japanese T&C form case (same-address duplicate accounts)
CASE_A = "174632815200584"    # 15 digits, 2025, main merge (company -> personal), APN hold
CASE_B = "174632880900217"    # 15 digits, duplicate form submission
CASE_G = "174762011400938"    # 15 digits, console case in Japanese (root e-mail change)
CASE_D = "1408827365"         # 10 digits, console case in English (voucher after merge)
ACCT = "483920175562"         # 12-digit AWS account id (NOT a case)

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc

CS = {"utf-8": ("UTF-8", "utf-8"), "iso-2022-jp": ("ISO-2022-JP", "iso2022_jp"),
      "shift_jis": ("Shift_JIS", "shift_jis")}

MSGS = []
MID = {}


# ---------------------------------------------------------------- helpers
def hx(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def b62(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def mid(kind):
    if kind == "ses":
        return "<010001%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (hx(10), hx(8), hx(4), hx(4), hx(12))
    if kind == "ses-ap":
        return "<01060196%s-%s-%s-%s-%s-000000@ap-northeast-1.amazonses.com>" % (hx(8), hx(8), hx(4), hx(4), hx(12))
    if kind == "gmail":
        return "<CA+%s@mail.gmail.com>" % b62(44)
    if kind == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (RNG.randint(1000, 9999), b62(18).upper(), RNG.randint(1000, 9999))
    if kind == "iphone":
        return "<%s-%s-%s@gmail.com>" % (hx(8).upper(), hx(4).upper(), hx(12).upper())
    return "<%s.%s@%s>" % (hx(16), hx(8), kind)


def h(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, CS[cs][0].lower()).encode()


def a(name, addr, cs="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, CS[cs][0].lower()).encode(), addr)


def d(y, mo, dd, hh, mi, tz=JST, ss=None):
    if ss is None:
        ss = RNG.randint(0, 59)
    return datetime.datetime(y, mo, dd, hh, mi, ss, tzinfo=tz)


def leaf(text, sub="plain", cs="utf-8", cte="quoted-printable", extra_ct=""):
    label, codec = CS[cs]
    raw = text.encode(codec)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = 'text/%s; charset="%s"%s' % (sub, label, extra_ct)
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def multi(sub, parts, extra=""):
    boundary = "----=_Part_%d_%d.%d" % (RNG.randint(10000, 99999), RNG.randint(100000, 999999), RNG.randint(10**12, 10**13))
    if sub == "alternative" and RNG.random() < 0.5:
        boundary = "0000000000%s" % hx(16)
    out = b""
    for ph, pb in parts:
        out += b"--" + boundary.encode() + b"\n"
        out += "".join("%s: %s\n" % (k, v) for k, v in ph).encode()
        out += b"\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return ([("Content-Type", 'multipart/%s; boundary="%s"%s' % (sub, boundary, extra))], out)


def alt(text, html, cs="utf-8", cte_t="quoted-printable", cte_h="quoted-printable"):
    return multi("alternative", [leaf(text, "plain", cs, cte_t), leaf(html, "html", cs, cte_h)])


def ar_gmail(dkim, from_dom, dkim_ok=True, spf_ok=True, dmarc_ok=True, mailfrom=None, policy="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    mailfrom = mailfrom or ("bounces@" + dkim)
    ip = "54.240.%d.%d" % (RNG.randint(1, 60), RNG.randint(1, 250))
    parts = ["mx.google.com;"]
    parts.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (
        "pass" if dkim_ok else "fail", dkim, b62(10).lower() if dkim_ok else "224i4yxa5dv7c2xz3womw6peuasteono", b62(8)))
    parts.append("       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;" % (
        "pass" if spf_ok else "softfail", mailfrom, "designates" if spf_ok else "does not designate", ip, mailfrom))
    parts.append("       dmarc=%s (%s) header.from=%s" % ("pass" if dmarc_ok else "fail", policy, from_dom))
    return ("Authentication-Results", "\n".join(parts))


def ar_m365(ip, mailfrom_dom, dkim_dom, from_dom, ok=True):
    v = ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=%s reason=100"
         % (ip, mailfrom_dom, "pass" if ok else "fail", dkim_dom, "pass" if ok else "fail", from_dom, "pass" if ok else "fail"))
    return ("Authentication-Results", v)


def aws_ar(to, from_dom="amazon.com"):
    """Authentication-Results for a genuine amazon.com mail, by receiving mailbox."""
    if to == ME_C:
        return ar_m365("54.240.%d.%d" % (RNG.randint(1, 60), RNG.randint(1, 250)), "amazonses.com", from_dom, from_dom)
    return ar_gmail(from_dom, from_dom, mailfrom="%s@amazonses.com" % hx(20))


def add(n, slug, kind, needs, case, cands, headers, body, note, crlf=False, lang="en"):
    assert len(MSGS) + 1 == n, (n, len(MSGS))
    MSGS.append(dict(n=n, slug=slug, label={"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands},
                     headers=headers, body=body, note=note, crlf=crlf, lang=lang))


def std(frm, to, subj, date, msgid, reply_to=None, refs=None, cc=None, extra_top=None, subj_cs="utf-8", xmailer=None):
    hs = []
    if extra_top:
        hs.extend(extra_top)
    hs.append(("From", frm))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", h(subj, subj_cs)))
    hs.append(("Date", email.utils.format_datetime(date)))
    hs.append(("Message-ID", msgid))
    if reply_to:
        hs.append(("In-Reply-To", reply_to))
    if refs:
        hs.append(("References", " ".join(refs) if len(refs) < 3 else "\n ".join(refs)))
    if xmailer:
        hs.append(("X-Mailer", xmailer))
    hs.append(("MIME-Version", "1.0"))
    return hs


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def tc_subj(case, style="RE:["):
    if style == "RE:[":
        return "RE:[CASE %s] %s" % (case, TC_SUBJ)
    return "RE: [CASE %s] %s" % (case, TC_SUBJ)


def tc_from(cs="utf-8"):
    return a(TC_NAME, TC)


def console_footer_en(case):
    return ("\nTo see this case and add correspondence, please sign in to the Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. "
            "To respond to this case, please use the link above.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
            "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n" % case)


def console_footer_ja(case):
    return ("\nケースの確認およびご返信は、サポートセンターにサインインして行ってください:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
            "*このメールは送信専用アドレスから送信されています。このアドレスではメールを受信できません。"
            "ケースへのご返信は上記のリンクから行ってください。\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
            "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n" % case)


FEEDBACK_EN = ("We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center "
               "link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right "
               "corner of each correspondence within the AWS Support Center.\n")
FEEDBACK_JA = ("お客様のご意見をお聞かせください。このメールの末尾にある AWS サポートセンターのリンクから、今回の対応を評価してください。"
               "サポートセンターでは、各対応の右上にある星を選択して評価することもできます。\n")

# ======================================================================
# 2023: case C (Japanese, same-address duplicate accounts, reopened)
# ======================================================================
m = mid("ses"); MID[1] = m
add(1, "builder-id-verify", "unrelated", False, None, [],
    std(a("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
        d(2023, 11, 5, 21, 40), m, extra_top=[ar_gmail("signin.aws", "signin.aws", mailfrom="%s@amazonses.com" % hx(16))]),
    alt("Verify your AWS Builder ID email address\n\nHello,\n\nTo finish signing up for your AWS Builder ID, enter this verification code:\n\n"
        "Verification code: 582914\n\nThis code expires 10 minutes after it was sent.\n\nIf you did not request this code, you can ignore this email.\n\n"
        "Amazon Web Services will never email you and ask you to disclose or verify your password, credit card, or banking account number.\n",
        "<html><body><h2>Verify your AWS Builder ID email address</h2><p>Hello,</p><p>To finish signing up for your AWS Builder ID, enter this verification code:</p>"
        "<p style=\"font-size:28px;font-weight:bold\">582914</p><p>This code expires 10 minutes after it was sent.</p>"
        "<p>If you did not request this code, you can ignore this email.</p></body></html>\n"),
    "Builder ID one-time code (6 digits) from signin.aws; 'enter this code' is not a reply to support.")

m = mid("ses-ap"); MID[2] = m
add(2, "form-received-ja", "acknowledgement", False, CASE_C, [],
    std(tc_from(), ME_P, tc_subj(CASE_C), d(2023, 11, 5, 22, 3), m, extra_top=[aws_ar(ME_P)], subj_cs="iso-2022-jp"),
    leaf("お客様\n\n"
         "アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様のお問い合わせについて、ケース %s を作成いたしました。\n\n"
         "ケースの詳細は以下のとおりです。\n\n"
         "ケース ID: %s\n件名: %s\n重要度: 一般的な質問\nケース作成日時: 2023-11-05 13:03:11 (UTC)\n\n"
         "通常24時間以内にご回答いたしますが、最善の解決策をご案内するため、さらにお時間を頂戴する場合がございます。"
         "すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。\n\n"
         "本件について補足の情報がございましたら、このメールに直接ご返信ください。\n\n"
         "今後ともよろしくお願いいたします。\n\n"
         "Amazon Web Services\nAWS トレーニングと認定 カスタマーサービス\n" % (CASE_C, CASE_C, TC_SUBJ),
         cs="iso-2022-jp", cte="7bit"),
    "Japanese acknowledgement, ISO-2022-JP 7bit, B-encoded subject; ends with a conditional 〜がございましたら…ご返信ください (no reply needed).",
    lang="ja")

m = "<%s@hakobune-soft.co.jp>" % hx(24); MID[3] = m
add(3, "soumu-nenmatsu", "unrelated", False, None, [],
    std(a("総務部 給与担当", "soumu@hakobune-soft.co.jp", "shift_jis"), "all-staff@hakobune-soft.co.jp",
        "【要対応】年末調整書類の提出について（11/17締切）", d(2023, 11, 6, 9, 15), m, subj_cs="shift_jis",
        extra_top=[ar_m365("10.12.4.21", "hakobune-soft.co.jp", "hakobune-soft.co.jp", "hakobune-soft.co.jp")],
        xmailer="Microsoft Outlook 16.0"),
    leaf("社員各位\n\nお疲れさまです。総務部の川口です。\n\n"
         "今年も年末調整の時期となりました。以下の書類を11月17日（金）までに総務部までご提出ください。\n\n"
         "  1. 給与所得者の扶養控除等（異動）申告書\n  2. 保険料控除申告書\n  3. 生命保険料・地震保険料の控除証明書（原本）\n\n"
         "期限までにご提出いただけない場合、年末調整を行えず、各自で確定申告が必要となります。\n"
         "ご不明な点がございましたら、内線 2204 までお問い合わせください。\n\n"
         "よろしくお願いいたします。\n\n総務部 川口\n", cs="shift_jis", cte="8bit"),
    "Company HR mail in Shift_JIS 8bit with CRLF; strong request wording (ご提出ください) but not support mail.",
    crlf=True, lang="ja")

m = mid("ses-ap"); MID[4] = m
add(4, "followup-ids-ja", "info_request", True, CASE_C, [],
    std(tc_from(), ME_P, tc_subj(CASE_C), d(2023, 11, 7, 16, 22), m, reply_to=MID[2], refs=[MID[2]],
        extra_top=[aws_ar(ME_P)], subj_cs="shift_jis"),
    leaf("荻原 様\n\n"
         "AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。担当の山下と申します。\n\n"
         "お問い合わせいただいた、同一のメールアドレス（%s）で登録されている複数の AWS 認定アカウントの統合について確認いたしました。\n\n"
         "弊社のシステムでは、ご登録のメールアドレスで検索すると複数のアカウントが表示されるため、"
         "認定の履歴および特典がどちらのアカウントに紐づいているかを特定する必要がございます。"
         "なお、統合後は統合元のアカウントにはサインインできなくなりますので、あらかじめご了承ください。\n\n"
         "つきましては、統合対象となる各アカウントの AWS 候補 ID（認定アカウント画面の右上に表示される、"
         "「AWS」から始まる番号）と、統合後に残したいアカウントがどちらかを、本メールへのご返信にてお知らせいただけますでしょうか。\n\n"
         "お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。\n\n"
         "山下\nAWS トレーニングと認定 カスタマーサービス\n" % ME_P, cs="shift_jis", cte="base64"),
    "Japanese keigo request (お知らせいただけますでしょうか) after two paragraphs of explanation; Shift_JIS base64; describes the ID format without giving one.",
    lang="ja")

m = mid("gmail"); MID[5] = m
q4 = ("荻原 様\n\nAWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。担当の山下と申します。\n\n"
      "（中略）\n\nつきましては、統合対象となる各アカウントの AWS 候補 ID と、統合後に残したいアカウントがどちらかを、"
      "本メールへのご返信にてお知らせいただけますでしょうか。\n\n山下\nAWS トレーニングと認定 カスタマーサービス")
t5 = ("山下様\n\nご連絡ありがとうございます。\n対象のアカウントは以下の2つです。\n\n"
      "(1) AWS04412938（こちらを残したいです。認定の履歴はこちらにあります）\n"
      "(2) AWS10293847（誤って作成してしまったアカウントです）\n\n"
      "(2) を (1) に統合していただけますと幸いです。\nよろしくお願いいたします。\n\n荻原 倫太郎\n\n"
      "2023年11月7日(火) 16:22 AWS Training and Certification <%s>:\n\n%s\n" % (TC, quote(q4)))
add(5, "re-ids-ja", "user_reply", False, CASE_C, ["AWS04412938", "AWS10293847"],
    std(a(ME_NAME_JA, ME_P), a(TC_NAME, TC), tc_subj(CASE_C).replace("RE:[", "Re: RE:[", 1), d(2023, 11, 7, 22, 48), m,
        reply_to=MID[4], refs=[MID[2], MID[4]]),
    alt(t5, "<div dir=\"ltr\">" + t5.split("\n\n2023年")[0].replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\">"
        "<div dir=\"ltr\" class=\"gmail_attr\">2023年11月7日(火) 16:22 AWS Training and Certification &lt;%s&gt;:<br></div>"
        "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>\n"
        % (TC, q4.replace("\n", "<br>")), cte_t="base64", cte_h="base64"),
    "User's Japanese Gmail reply with two candidate IDs; quoted history holds the support question (must not make it a request).",
    lang="ja")

m = mid("ses"); MID[6] = m
add(6, "billing-statement", "unrelated", False, None, [],
    std(a("Amazon Web Services", CONSOLE), ME_P, "Amazon Web Services Billing Statement Available [Account: %s]" % ACCT,
        d(2023, 11, 8, 1, 2, UTC), m, extra_top=[aws_ar(ME_P)]),
    leaf("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the account ending in %s, is available on the AWS web site. "
         "Your account will be charged the following:\n\nTotal: $3.18\n\nYou can see a complete break down of all charges on the Billing & Cost Management page located here:\n"
         "https://console.aws.amazon.com/billing/home#/bill\n\nThank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
         "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.\n" % ACCT[-4:],
         cte="7bit"),
    "Genuine billing mail from no-reply-aws@amazon.com (same sender as console cases); 12-digit account id in subject is not a case.")

m = mid("ses-ap"); MID[7] = m
add(7, "progress-ja", "case_update", False, CASE_C, [],
    std(a(TC_NAME, TC), ME_P, "Re: AWS トレーニングと認定へのお問い合わせ", d(2023, 11, 9, 18, 30), m,
        reply_to=MID[5], refs=[MID[2], MID[4], MID[5]], extra_top=[aws_ar(ME_P)]),
    leaf("荻原 様\n\nお世話になっております。AWS トレーニングと認定 カスタマーサービスの山下です。\n\n"
         "AWS 候補 ID をお知らせいただき、ありがとうございました。現在、認定チームにて両アカウントの履歴を確認しております。\n\n"
         "ただいまお問い合わせが大変混み合っており、ご回答までにお時間を頂戴しております。ご不便をおかけし、誠に申し訳ございません。"
         "確認が取れ次第、改めてご連絡いたします。\n\n"
         "その間にご不明な点がございましたら、お気軽に本メールへご返信ください。\n\n山下\n", cte="8bit"),
    "Progress news in Japanese, UTF-8 8bit; no case number in subject or body: threads to case only via In-Reply-To/References; conditional reply invitation.",
    lang="ja")

m = mid("certmetrics.com"); MID[8] = m
add(8, "certmetrics-voice", "certification", False, None, [],
    std(a("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "AWS Certification wants to hear from you", d(2023, 11, 10, 8, 0, UTC), m,
        extra_top=[ar_gmail("certmetrics.com", "certmetrics.com", mailfrom="bounce@certmetrics.com")]),
    alt("Hello Rintaro,\n\nAs an AWS Certified individual, your opinion matters. We're inviting a small group of certification holders to tell us how "
        "the AWS Certification program can better support them.\n\nThe survey takes about 10 minutes. Please share your thoughts by November 30:\n"
        "https://survey.certmetrics.com/aws/r/8X3KQ2\n\nThank you,\nAWS Certification\n\nYou are receiving this email because you opted in to "
        "\"Lend Your Voice to AWS Certification\". To change this, update your profile in your AWS Certification Account.\n",
        "<html><body><p>Hello Rintaro,</p><p>As an AWS Certified individual, your opinion matters. We're inviting a small group of certification "
        "holders to tell us how the AWS Certification program can better support them.</p><p><a href=\"https://survey.certmetrics.com/aws/r/8X3KQ2\">"
        "Take the survey</a> (about 10 minutes, open until November 30)</p><p>Thank you,<br>AWS Certification</p></body></html>\n"),
    "CertMetrics feedback invitation ('please share your thoughts'): certification, not a support survey, no reply.")

m = mid("ses-ap"); MID[9] = m
t9 = ("荻原 様\n\nお待たせいたしました。AWS トレーニングと認定 カスタマーサービスの佐々木でございます。\n"
      "前任の山下より本件を引き継ぎました。\n\n"
      "認定チームにて確認いたしましたところ、以下の 2 つのアカウントが見つかりました。\n\n"
      "アカウント #1\n  候補 ID: AWS04412938\n  ログイン用メールアドレス: %s\n  トレーニング通知用メールアドレス: %s\n"
      "  認定通知用メールアドレス: %s\n  取得済み認定: 3 件\n\n"
      "アカウント #2\n  候補 ID: AWS10293847\n  ログイン用メールアドレス: %s\n  トレーニング通知用メールアドレス: %s\n"
      "  認定通知用メールアドレス: （未設定）\n  取得済み認定: 0 件\n\n"
      "アカウント #2 をアカウント #1 に統合し、アカウント #1 を残す形で相違ございませんでしょうか。\n"
      "統合は元に戻すことができないため、念のため事前にご確認をお願いしております。"
      "内容に問題がなければ、その旨を本メールにご返信いただけますと幸いです。\n\n"
      "何卒よろしくお願い申し上げます。\n\n佐々木\nAWS トレーニングと認定 カスタマーサービス\n\n"
      "---------- 元のメッセージ ----------\n差出人: %s\n送信日時: 2023/11/07 13:48 (UTC)\n件名: %s\n\n%s\n"
      % (ME_P, ME_P, ME_P, ME_P, ME_P, ME_P, tc_subj(CASE_C), quote(t5.split("\n\n2023年")[0])))
add(9, "two-accounts-ja", "confirmation_request", True, CASE_C, ["AWS04412938", "AWS10293847"],
    std(tc_from(), ME_P, tc_subj(CASE_C), d(2023, 11, 14, 11, 5), m, reply_to=MID[5], refs=[MID[2], MID[4], MID[5]],
        extra_top=[aws_ar(ME_P)]),
    leaf(t9, cte="quoted-printable"),
    "Japanese Account #1/#2 listing (アカウント #1/#2) with a polite question (相違ございませんでしょうか) and 〜いただけますと幸いです; new agent; QP.",
    lang="ja")

m = "<%s@connpass.com>" % hx(20); MID[10] = m
add(10, "connpass-event", "unrelated", False, None, [],
    std(a("connpass", "no-reply@connpass.com"), ME_P, "【connpass】JAWS-UG 東京 #58 への参加登録が完了しました", d(2023, 11, 15, 19, 0), m,
        extra_top=[ar_gmail("connpass.com", "connpass.com")]),
    leaf("荻原 倫太郎 さん\n\nJAWS-UG 東京 #58「認定資格のその先へ」への参加登録が完了しました。\n\n"
         "開催日時: 2023/12/02（土）13:00〜18:00\n会場: 目黒セントラルスクエア 21F\n受付番号: 118204\n\n"
         "参加できなくなった場合は、イベントページからキャンセルしてください。\n"
         "このメールに返信されても、主催者には届きません。\n\nconnpass\n", cte="base64"),
    "Japanese event registration with a 6-digit reception number and 'cancel if you can't attend'; unrelated.",
    lang="ja")

m = mid("ses-ap"); MID[11] = m
add(11, "closed-noreply-ja", "closing_notice", True, CASE_C, [],
    std(tc_from(), ME_P, tc_subj(CASE_C, "RE: ["), d(2023, 11, 20, 10, 0), m, reply_to=MID[9], refs=[MID[2], MID[4], MID[5], MID[9]],
        extra_top=[aws_ar(ME_P)], subj_cs="iso-2022-jp"),
    leaf("荻原 様\n\nAWS トレーニングと認定 カスタマーサービスです。\n\n"
         "2023年11月14日にお送りしたご確認のご依頼につきまして、現時点でご返信を確認できておりませんため、"
         "本ケースはいったんクローズさせていただきました。\n\n"
         "引き続きアカウントの統合をご希望の場合は、本メールにそのままご返信ください。ケースが再開され、担当者より改めてご連絡いたします。\n\n"
         "よろしくお願いいたします。\n", cs="iso-2022-jp", cte="7bit"),
    "Japanese 'already closed, reply to reopen' notice in ISO-2022-JP; the ask is plain ご返信ください inside a conditional.",
    lang="ja")

m = mid("gmail"); MID[12] = m
q11 = ("荻原 様\n\nAWS トレーニングと認定 カスタマーサービスです。\n\n2023年11月14日にお送りしたご確認のご依頼につきまして、"
       "現時点でご返信を確認できておりませんため、本ケースはいったんクローズさせていただきました。\n\n"
       "引き続きアカウントの統合をご希望の場合は、本メールにそのままご返信ください。")
t12 = ("佐々木様\n\n返信が遅くなり申し訳ありません。出張で確認できておりませんでした。\n\n"
       "ご提示いただいた内容に相違ありません。アカウント #1（AWS04412938）を残す形で、統合をお願いいたします。\n\n荻原\n\n"
       "2023年11月20日(月) 10:00 AWS Training and Certification <%s>:\n\n%s\n\n> 2023年11月14日(火) 11:05 AWS Training and Certification <%s>:\n%s\n"
       % (TC, quote(q11), TC, quote(quote(t9.split("\n\n----------")[0]), "> ")))
add(12, "re-reopen-confirm-ja", "user_reply", False, CASE_C, ["AWS04412938"],
    std(a(ME_NAME_JA, ME_P), a(TC_NAME, TC), "Re: " + tc_subj(CASE_C, "RE: ["), d(2023, 11, 20, 23, 11), m,
        reply_to=MID[11], refs=[MID[2], MID[4], MID[5], MID[9], MID[11]]),
    leaf(t12, cte="base64"),
    "Top-posted Japanese confirmation over a two-level quoted history containing both the confirmation request and the closing notice.",
    lang="ja")

m = mid("ses-ap"); MID[13] = m
h13 = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Meiryo',sans-serif;font-size:14px\">"
       "<p>荻原 様</p><p>ご返信いただき、ありがとうございます。AWS トレーニングと認定の佐々木です。</p>"
       "<p>アカウント #2（AWS10293847）をアカウント #1（AWS04412938）へ統合いたしました。"
       "試験履歴、取得済み認定、特典はすべてアカウント #1 からご確認いただけます。</p>"
       "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>項目</th><th>状態</th></tr>"
       "<tr><td>アカウント統合</td><td>完了</td></tr><tr><td>Credly 連携</td><td>数時間以内に反映</td></tr>"
       "<tr><td>お客様の対応</td><td>不要</td></tr></table>"
       "<p>本件は以上で完了となります。今後ご不明な点がございましたら、お気軽にお問い合わせください。</p>"
       "<p>佐々木<br>AWS トレーニングと認定 カスタマーサービス</p><hr>"
       "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">"
       "<p><b>差出人:</b> %s<br><b>送信日時:</b> 2023/11/14 02:05 (UTC)</p>"
       "<p>アカウント #2 をアカウント #1 に統合し、アカウント #1 を残す形で相違ございませんでしょうか。<br>"
       "内容に問題がなければ、その旨を本メールにご返信いただけますと幸いです。</p></blockquote></body></html>\n" % TC)
add(13, "done-table-ja", "resolved", False, CASE_C, ["AWS10293847", "AWS04412938"],
    std(tc_from(), ME_P, tc_subj(CASE_C), d(2023, 11, 21, 16, 40), m, reply_to=MID[12], refs=[MID[2], MID[9], MID[11], MID[12]],
        extra_top=[aws_ar(ME_P)]),
    leaf(h13, "html", cte="base64"),
    "HTML-only (base64) Japanese completion with a status table; the old confirmation request is quoted in a blockquote below.",
    lang="ja")

m = "<%s@credly.com>" % hx(24); MID[14] = m
add(14, "credly-dva", "badge", False, None, [],
    std(a("Credly", "admin@credly.com"), ME_P, "Claim your AWS Certified Developer – Associate badge", d(2023, 11, 21, 8, 5, UTC), m,
        extra_top=[ar_gmail("credly.com", "credly.com", mailfrom="bounces@mail.credly.com")]),
    alt("Hi Rintaro,\n\nAmazon Web Services Training and Certification has issued you a digital badge: AWS Certified Developer – Associate.\n\n"
        "Accept your badge to share it with your network and add it to your profile:\n"
        "https://www.credly.com/badges/3f6c2a9e-8d41-4b7e-9a02-51c7e0d8b6a4/accept\n\n"
        "Questions? Visit support.credly.com\n\nCredly, Inc. | 1 World Trade Center, New York, NY\n",
        "<html><body><p>Hi Rintaro,</p><p><b>Amazon Web Services Training and Certification</b> has issued you a digital badge:</p>"
        "<h3>AWS Certified Developer – Associate</h3><p><a href=\"https://www.credly.com/badges/3f6c2a9e-8d41-4b7e-9a02-51c7e0d8b6a4/accept\">Accept your badge</a></p>"
        "</body></html>\n"),
    "Credly badge with 'Accept your badge' call to action and a UUID; no support case.")

m = mid("gmail"); MID[15] = m
add(15, "re-badge-missing-ja", "user_reply", False, CASE_C, [],
    std(a(ME_NAME_JA, ME_P), a(TC_NAME, TC), "Re: " + tc_subj(CASE_C), d(2023, 11, 24, 9, 30), m,
        reply_to=MID[13], refs=[MID[2], MID[9], MID[12], MID[13]]),
    leaf("佐々木様\n\n統合していただきありがとうございました。試験履歴と特典は反映されていることを確認しました。\n\n"
         "ただ、Credly のほうで SysOps Administrator のバッジだけがまだ表示されません（Developer のバッジは届きました）。\n"
         "お手数ですが、ご確認いただけますでしょうか。\n\n荻原\n\n"
         "2023年11月21日(火) 16:40 AWS Training and Certification <%s>:\n> 荻原 様\n>\n> ご返信いただき、ありがとうございます。AWS トレーニングと認定の佐々木です。\n"
         "> アカウント #2（AWS10293847）をアカウント #1（AWS04412938）へ統合いたしました。\n> 本件は以上で完了となります。\n" % TC, cte="quoted-printable"),
    "User reopens the resolved case; the user's own keigo request (ご確認いただけますでしょうか) must not turn it into a support request.",
    lang="ja")

m = mid("ses-ap"); MID[16] = m
add(16, "reopened-ask-ja", "info_request", True, CASE_C, [],
    std(tc_from(), ME_P, tc_subj(CASE_C), d(2023, 11, 25, 14, 12), m, reply_to=MID[15], refs=[MID[2], MID[13], MID[15]],
        extra_top=[aws_ar(ME_P)]),
    leaf("荻原様\n\nケースを再開しました。この件は田中が担当します。\n\n"
         "Credly 側の連携状況を調べるので、次の 2 点を教えてください。\n"
         "・表示されないバッジの正式名称\n"
         "・Credly に登録しているメールアドレス（%s 以外の場合のみ）\n\n"
         "よろしくお願いします。\n\n田中（AWS トレーニングと認定）\n" % ME_P, cte="8bit"),
    "Short plain-style Japanese request (教えてください) on a reopened case.",
    lang="ja")

m = "<%s@icloud.com>" % hx(20).upper(); MID[17] = m
add(17, "re-badge-name-ja", "user_reply", False, CASE_C, [],
    std(a(ME_NAME_JA, ME_P), a(TC_NAME, TC), "Re: " + tc_subj(CASE_C), d(2023, 11, 25, 20, 40), m,
        reply_to=MID[16], refs=[MID[2], MID[15], MID[16]], xmailer="iPhone Mail (21B101)"),
    leaf("田中様\n\n正式名称は「AWS Certified SysOps Administrator – Associate」です。\n"
         "Credly のメールアドレスも %s です。\n\nよろしくお願いします。\n\niPhoneから送信\n\n"
         "2023/11/25 14:12、AWS Training and Certification <%s>のメール:\n\n"
         "> 荻原様\n>\n> ケースを再開しました。この件は田中が担当します。\n>\n> Credly 側の連携状況を調べるので、次の 2 点を教えてください。\n"
         "> ・表示されないバッジの正式名称\n> ・Credly に登録しているメールアドレス\n" % (ME_P, TC), cte="quoted-printable"),
    "iPhone Japanese reply header (…のメール:) quoting the support questions.",
    lang="ja")

m = mid("ses"); MID[18] = m
add(18, "aws-innovate-ja", "unrelated", False, None, [],
    std(a("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P, "【AWS Innovate】お申し込みはお済みですか？ 今すぐ登録してください",
        d(2023, 11, 27, 10, 0), m, extra_top=[aws_ar(ME_P)]),
    alt("荻原 倫太郎 様\n\nAWS Innovate – Generative AI + Data Edition のお申し込みはお済みでしょうか。\n"
        "オンデマンドで 80 以上のセッションを無料でご視聴いただけます。今すぐご登録ください。\n\nhttps://aws.amazon.com/jp/events/innovate/\n\n"
        "配信停止をご希望の場合は、こちらから設定を変更してください。\nAmazon Web Services Japan G.K.\n",
        "<html><body><p>荻原 倫太郎 様</p><p>AWS Innovate のお申し込みはお済みでしょうか。</p>"
        "<p><a href=\"https://aws.amazon.com/jp/events/innovate/\">今すぐ登録</a></p></body></html>\n", cte_t="base64", cte_h="base64"),
    "AWS marketing in Japanese from amazon.com with a question and an imperative; unrelated.",
    lang="ja")

m = mid("ses-ap"); MID[19] = m
add(19, "credly-resent-ja", "resolved", False, CASE_C, [],
    std(tc_from(), ME_P, tc_subj(CASE_C), d(2023, 11, 28, 11, 30), m, reply_to=MID[17], refs=[MID[2], MID[16], MID[17]],
        extra_top=[aws_ar(ME_P)]),
    leaf("荻原様\n\n田中です。Credly への連携を再送信しました。数時間以内に Credly からバッジ受け取りのメールが届きます。\n"
         "お客様側での追加のご対応は不要です。これにて本ケースは解決済みとさせていただきます。\n\n"
         "> 正式名称は「AWS Certified SysOps Administrator – Associate」です。\n\n田中\n", cte="quoted-printable"),
    "Short Japanese resolution ('追加のご対応は不要', 解決済み) with a quoted line from the user.",
    lang="ja")

m = mid("ses"); MID[20] = m
add(20, "survey-ja", "survey", False, CASE_C, [],
    std(a("AWS カスタマーサービス", "aws-cs-survey@amazon.com"), ME_P, "アンケートのお願い: ケース %s の対応はいかがでしたか？" % CASE_C,
        d(2023, 11, 28, 11, 31), m, extra_top=[aws_ar(ME_P)]),
    alt("荻原 様\n\n先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。\n"
        "ケース %s における担当者の対応について、1 分ほどのアンケートにご協力いただけますでしょうか。\n\n"
        "https://survey.aws.amazon.com/r/%s\n\nいただいたご意見は、サービス向上のために活用させていただきます。\n"
        "このメールは送信専用です。\n" % (CASE_C, b62(10)),
        "<html><body><p>荻原 様</p><p>ケース %s における担当者の対応について、1 分ほどのアンケートにご協力いただけますでしょうか。</p>"
        "<p><a href=\"https://survey.aws.amazon.com/r/x\">★★★★★ で評価する</a></p></body></html>\n" % CASE_C),
    "Japanese survey with a keigo request (ご協力いただけますでしょうか) and the case number; survey, no reply.",
    lang="ja")

m = "<%s@credly.com>" % hx(24); MID[21] = m
add(21, "credly-soa", "badge", False, None, [],
    std(a("Credly", "admin@credly.com"), ME_P, "You've earned a new badge: AWS Certified SysOps Administrator – Associate",
        d(2023, 11, 28, 6, 20, UTC), m, extra_top=[ar_gmail("credly.com", "credly.com", mailfrom="bounces@mail.credly.com")]),
    alt("Congratulations, Rintaro!\n\nAmazon Web Services Training and Certification has issued you a new badge.\n\n"
        "AWS Certified SysOps Administrator – Associate\nIssued: Nov 28, 2023\n\nView and share: https://www.credly.com/badges/b91e04d2-5c3a-4f8e-a7d6-0e2c9f13a8b5\n\n"
        "Badge not showing up correctly? Reply to this email or contact Credly Support.\n",
        "<html><body><h2>Congratulations, Rintaro!</h2><p>Amazon Web Services Training and Certification has issued you a new badge.</p>"
        "<p><b>AWS Certified SysOps Administrator – Associate</b></p></body></html>\n"),
    "Credly badge with 'Reply to this email' hint; badge, not a case mail even though it follows the case.")

# ======================================================================
# 2025: cases A (main merge, APN hold) and B (duplicate form), console G and D
# ======================================================================
m = "<%s@pearson.com>" % hx(18); MID[22] = m
add(22, "vue-appointment", "unrelated", False, None, [],
    std(a("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P, "Confirmation of your AWS Certified Solutions Architect - Professional exam",
        d(2025, 4, 10, 3, 14, UTC), m, extra_top=[ar_gmail("pearson.com", "pearson.com")]),
    alt("Dear Rintaro Ogiwara,\n\nThank you for scheduling your exam with Pearson VUE.\n\nExam: SAP-C02: AWS Certified Solutions Architect - Professional\n"
        "Registration ID: 471203958\nDate: Saturday, April 26, 2025, 10:00 AM JST\nLocation: Pearson Professional Centers - Tokyo Shinjuku\n\n"
        "Please arrive 30 minutes early and bring two forms of valid ID. If you need to reschedule, do so at least 24 hours before your appointment.\n\n"
        "Please do not reply to this email.\n",
        "<html><body><p>Dear Rintaro Ogiwara,</p><table><tr><td>Registration ID</td><td>471203958</td></tr>"
        "<tr><td>Exam</td><td>SAP-C02</td></tr></table><p>Please arrive 30 minutes early.</p></body></html>\n"),
    "Exam-vendor confirmation with a 9-digit registration ID and imperatives; unrelated.")

m = "<%s@certmetrics.com>" % hx(20); MID[23] = m
add(23, "certmetrics-expiring", "certification", False, None, ["AWS03378215"],
    std(a("AWS Certification", "do-not-reply@certmetrics.com"), ME_C, "Your AWS Certification is expiring soon - action needed",
        d(2025, 4, 25, 2, 0, UTC), m, extra_top=[ar_m365("52.44.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)), "certmetrics.com", "certmetrics.com", "certmetrics.com")]),
    alt("Hello Rintaro,\n\nYour AWS Certified Developer - Associate certification expires on July 24, 2025.\n\n"
        "To keep your certification active, pass the current version of the exam or a qualifying higher-level exam before the expiration date. "
        "You can use your 50% exam discount benefit, available in the Benefits section of your AWS Certification Account.\n\n"
        "Candidate ID: AWS03378215\n\nAWS Certification\n",
        "<html><body><p>Hello Rintaro,</p><p>Your <b>AWS Certified Developer - Associate</b> certification expires on <b>July 24, 2025</b>.</p>"
        "<p>Candidate ID: AWS03378215</p></body></html>\n"),
    "Certification expiry notice to the company address, 'action needed' in subject, candidate ID of the old account in the body (listed in candidate_ids).")

m = "<%s@hakobune-soft.co.jp>" % hx(24); MID[24] = m
add(24, "jinji-taishoku", "unrelated", False, None, [],
    std(a("人事部 伊東", "jinji@hakobune-soft.co.jp", "shift_jis"), a(ME_NAME_JA, ME_C, "shift_jis"), "退職手続きのご案内（5/30 最終出社）",
        d(2025, 4, 28, 10, 20), m, subj_cs="shift_jis", xmailer="Microsoft Outlook 16.0",
        extra_top=[ar_m365("10.12.4.21", "hakobune-soft.co.jp", "hakobune-soft.co.jp", "hakobune-soft.co.jp")]),
    leaf("荻原さん\n\nお疲れさまです。人事部の伊東です。\n\n退職日（2025年5月30日）に向けて、以下の手続きをお願いします。\n\n"
         "・貸与PC、社員証、入館カードの返却（5/30 17時まで）\n"
         "・会社メールアカウントは 5/30 18:00 に停止されます。個人宛の連絡先の変更は各自で行ってください。\n"
         "・AWS 認定など、会社アドレスで登録している外部サービスのアカウントは退職前に移行してください。\n\n"
         "ご不明点があれば返信ください。\n\n人事部 伊東\n", cs="shift_jis", cte="8bit"),
    "Company HR in Shift_JIS 8bit CRLF: mentions AWS certification migration and '返信ください' but it is not support mail.",
    crlf=True, lang="ja")

m = "<hakobune/infra-modules/pull/412/issue_event/%d@github.com>" % RNG.randint(10**10, 10**11); MID[25] = m
add(25, "github-pr-412", "unrelated", False, None, [],
    std(a("Ryota Fuse", "notifications@github.com"), a("hakobune/infra-modules", "infra-modules@noreply.github.com"),
        "Re: [hakobune/infra-modules] Add account-vending module (PR #412)", d(2025, 5, 3, 6, 41, UTC), m,
        reply_to="<hakobune/infra-modules/pull/412@github.com>", refs=["<hakobune/infra-modules/pull/412@github.com>"], cc="Rintaro Ogiwara <review_requested@noreply.github.com>",
        extra_top=[ar_gmail("github.com", "github.com")]),
    alt("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/hakobune/infra-modules/pull/412#event-17320488211\n"
        "You are receiving this because your review was requested.\n",
        "<p>Merged <a href=\"https://github.com/hakobune/infra-modules/pull/412\">#412</a> into main.</p>"
        "<p style=\"font-size:small\">Reply to this email directly, view it on GitHub.</p>\n"),
    "GitHub 'Merged #412' notification: the word merged and a reply invitation, unrelated.")

m = mid("ses"); MID[26] = m
add(26, "builder-signin-code", "unrelated", False, None, [],
    std(a("AWS", "no-reply@login.awsapps.com"), ME_P, "AWS Builder ID sign-in verification code", d(2025, 5, 4, 2, 55, UTC), m,
        extra_top=[ar_gmail("login.awsapps.com", "login.awsapps.com", mailfrom="%s@amazonses.com" % hx(16))]),
    leaf("Hello,\n\nUse the following code to sign in with your AWS Builder ID:\n\n307166\n\n"
         "This code expires in 10 minutes. If you didn't try to sign in, we recommend changing your password.\n\nAmazon Web Services\n", cte="7bit"),
    "Builder ID sign-in code (6 digits) just before the form is filed; unrelated.")

m = mid("ses"); MID[27] = m
add(27, "form-received", "acknowledgement", False, CASE_A, [],
    std(tc_from(), a(ME_NAME_JA, ME_C), tc_subj(CASE_A), d(2025, 5, 4, 3, 9, UTC, 40), m, extra_top=[aws_ar(ME_C)]),
    leaf("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
         "The details of your case are as follows:\n\nCase ID: %s\nSubject: %s\nSeverity: General Question\n"
         "Correspondence: Inquiry type: Certification\nAdditional details: Account Merge\n"
         "Use case: I am leaving Hakobune Software at the end of May and would like to merge my company certification account into my personal one.\n"
         "All email addresses used: %s, %s\nEmail address to keep: %s\n\n"
         "We usually respond within 24 hours, although some requests need more time. If you have already opened a case, "
         "please do not open another case for the same request.\n\n"
         "If you have additional information to add to this case, please reply to this email.\n\n"
         "Sincerely,\nAmazon Web Services\n" % (CASE_A, CASE_A, TC_SUBJ, ME_C, ME_P, ME_P), cte="quoted-printable"),
    "Standard English acknowledgement to the company address (M365 auth header); 'please reply to this email' is conditional.")

m = mid("ses"); MID[28] = m
add(28, "request-received", "acknowledgement", False, CASE_B, [],
    std(tc_from(), ME_P, tc_subj(CASE_B, "RE: ["), d(2025, 5, 4, 3, 20, UTC, 31), m, extra_top=[aws_ar(ME_P)]),
    alt("Hello,\n\nThanks for reaching out to AWS Training and Certification. We've received your request and opened case %s.\n\n"
        "Case details\n------------\nCase ID: %s\nSubject: %s\nSubmitted: 2025-05-04 03:20:09 UTC\n\n"
        "Our team aims to respond within one business day; complex requests can take longer. Opening another case for the same question "
        "will not speed things up and may delay our response.\n\nIf you write to us about this request, keep the case number in the subject line.\n\n"
        "AWS Training and Certification Customer Service\n" % (CASE_B, CASE_B, TC_SUBJ),
        "<html><body><p>Hello,</p><p>Thanks for reaching out to AWS Training and Certification. We've received your request and opened case <b>%s</b>.</p>"
        "<table border=\"0\" cellpadding=\"3\"><tr><td>Case ID</td><td>%s</td></tr><tr><td>Subject</td><td>%s</td></tr>"
        "<tr><td>Submitted</td><td>2025-05-04 03:20:09 UTC</td></tr></table>"
        "<p>Our team aims to respond within one business day. Opening another case for the same question will not speed things up.</p>"
        "<p>If you write to us about this request, keep the case number in the subject line.</p></body></html>\n" % (CASE_B, CASE_B, TC_SUBJ)),
    "Second acknowledgement 11 minutes later for a duplicate submission (different template, 'RE: [CASE' with space); imperative in a conditional.")

m = mid("ses"); MID[29] = m
add(29, "same-request-twice", "case_update", False, CASE_B, [],
    std(tc_from(), ME_P, tc_subj(CASE_B), d(2025, 5, 4, 5, 2, UTC), m, reply_to=MID[28], refs=[MID[28]], extra_top=[aws_ar(ME_P)]),
    leaf("Hi Rintaro,\n\nThanks for getting in touch. I noticed the same account-merge request reached us twice this morning: once as case %s "
         "(sent from %s) and once as this case, %s (sent from %s).\n\n"
         "To keep everything in one place, my colleagues will handle the merge under case %s and all updates will be sent there. "
         "Nothing further is needed on this one, and there is no need to submit the form again.\n\n"
         "Regards,\nMarco B.\nAWS Training and Certification\n" % (CASE_A, ME_C, CASE_B, ME_P, CASE_A), cte="7bit"),
    "Duplicate-case note naming two 15-digit case numbers; belongs to the duplicate case, asks nothing.")

m = mid("ses"); MID[30] = m
add(30, "summit-japan-ja", "unrelated", False, None, [],
    std(a("AWS Summit Japan", "aws-marketing-email-replies@amazon.com"), ME_P, "AWS Summit Japan 2025 事前登録受付中 – ご登録はお済みですか？",
        d(2025, 5, 5, 1, 30, UTC), m, extra_top=[aws_ar(ME_P)]),
    leaf("<html><body><table width=\"600\" align=\"center\"><tr><td><h1>AWS Summit Japan 2025</h1>"
         "<p>6月25日（水）・26日（木）幕張メッセにて開催。AWS 認定者限定ラウンジもご用意しています。</p>"
         "<p>認定者ラウンジのご利用には、AWS 認定アカウントに登録のメールアドレスでのお申し込みが必要です。</p>"
         "<p><a href=\"https://aws.amazon.com/jp/summits/japan/\">今すぐ登録する</a></p>"
         "<p style=\"font-size:10px\">このメールは送信専用アドレスから送信しています。</p></td></tr></table></body></html>\n",
         "html", cte="base64"),
    "HTML-only AWS marketing in Japanese that mentions the certification account; unrelated.",
    lang="ja")

m = mid("ses"); MID[31] = m
t31 = ("Hello Rintaro,\n\nThank you for your patience while I looked into your request.\n\n"
       "I located the certification account registered to %s. This account is associated with an AWS Partner Network (APN) organization, "
       "Hakobune Software Co., Ltd., and certifications earned under it count toward that partner's program requirements. For that reason we "
       "can't move certifications out of a partner-linked account while the account holder is still listed as an active employee of the partner, "
       "so I've put the merge on hold for now.\n\n"
       "After you leave the organization the hold can be lifted, and I can then move your certifications, exam history and benefits into the "
       "account for %s.\n\n"
       "Are you still employed at Hakobune Software, and if so, what is your last day? If you have already left, a one-line note saying so is enough.\n\n"
       "Best regards,\nDana K.\nAWS Training and Certification Customer Service\n" % (ME_C, ME_P))
add(31, "partner-linked", "on_hold", True, CASE_A, [],
    std(tc_from(), a(ME_NAME_JA, ME_C), tc_subj(CASE_A), d(2025, 5, 6, 0, 48, UTC), m, reply_to=MID[27], refs=[MID[27]],
        extra_top=[aws_ar(ME_C)]),
    leaf(t31, cte="quoted-printable"),
    "APN partner hold; the ask is a bare question in the second-to-last paragraph, after the explanation.")

m = mid("outlook"); MID[32] = m
t32 = ("Hi Dana,\n\nYes, I'm still at Hakobune Software until May 30, 2025. That is my last working day, and this mailbox will be shut down the same evening. "
       "Please go ahead with the merge as soon as it is allowed.\n\nI've copied our partner admin, Takeshi Sato, in case you need anything from the company side.\n\n"
       "Best regards,\nRintaro Ogiwara\nHakobune Software Co., Ltd. | Cloud Engineering\n\n"
       "________________________________\n差出人: AWS Training and Certification <%s>\n送信日時: 2025年5月6日 9:48\n"
       "宛先: 荻原 倫太郎 <%s>\n件名: %s\n\n%s" % (TC, ME_C, tc_subj(CASE_A), t31))
add(32, "re-still-employed", "user_reply", False, CASE_A, [],
    std(a(ME_NAME_JA, ME_C), a(TC_NAME, TC), tc_subj(CASE_A), d(2025, 5, 6, 13, 10), m, reply_to=MID[31], refs=[MID[27], MID[31]],
        cc=a("佐藤 剛", "t-sato@hakobune-soft.co.jp"), xmailer="Microsoft Outlook 16.0"),
    leaf(t32, cte="quoted-printable"),
    "Reply from the old company address, Outlook style with Japanese 差出人/送信日時 header and the quoted question unprefixed; CRLF; subject kept as RE:[CASE (no extra Re:).",
    crlf=True)

m = mid("ses"); MID[33] = m
add(33, "from-kept-address", "info_request", True, CASE_A, [],
    std(tc_from(), a(ME_NAME_JA, ME_C), tc_subj(CASE_A), d(2025, 5, 6, 8, 45, UTC), m, reply_to=MID[32], refs=[MID[27], MID[31], MID[32]],
        cc=a("Takeshi Sato", "t-sato@hakobune-soft.co.jp"), extra_top=[aws_ar(ME_C)]),
    leaf("Hi Rintaro,\n\nThanks for letting me know. One more thing before I send this to the partner team: the confirmation has to come from the "
         "email address of the account you want to keep. Your reply came from %s, which belongs to the account that will be merged away.\n\n"
         "Reply to this email from %s with the same confirmation, keeping the case number in the subject line.\n\n"
         "Dana K.\nAWS Training and Certification\n\n"
         "> Yes, I'm still at Hakobune Software until May 30, 2025. That is my last working day, and this mailbox will be shut down the same evening.\n"
         % (ME_C, ME_P), cte="7bit"),
    "Wrong-address reply handled: imperative 'Reply to this email from…' with no please, sent to the company address.")

m = mid("outlook"); MID[34] = m
add(34, "sato-auto-reply-ja", "unrelated", False, None, [],
    std(a("佐藤 剛", "t-sato@hakobune-soft.co.jp"), a(ME_NAME_JA, ME_C), "自動応答: " + tc_subj(CASE_A), d(2025, 5, 6, 17, 46), m,
        reply_to=MID[33], refs=[MID[33]], extra_top=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    leaf("お疲れさまです。佐藤です。\n\n5月6日（火）〜5月9日（金）は休暇のため不在にしております。\n"
         "メールの確認は 5月12日（月）以降となります。至急のご用件は パートナー推進室（partner@hakobune-soft.co.jp）までご連絡ください。\n", cte="base64"),
    "Colleague's Japanese out-of-office whose subject carries the case token; unrelated, no case.",
    lang="ja")

m = mid("gmail"); MID[35] = m
add(35, "confirm-from-personal", "user_reply", False, CASE_A, [],
    std(a(ME_NAME, ME_P), a(TC_NAME, TC), "Re: Account merge - confirmation from my personal address", d(2025, 5, 6, 22, 5), m,
        reply_to=MID[33], refs=[MID[27], MID[31], MID[33]]),
    alt("Hi Dana,\n\nSending this from %s as you asked.\n\nI confirm that I'm leaving Hakobune Software (last day: 30 May 2025), and that I want the "
        "certification account of %s merged into the account of this address.\n\nThanks,\nRintaro\n\n"
        "On Tue, 6 May 2025 at 17:45, AWS Training and Certification <%s> wrote:\n\n"
        "> Hi Rintaro,\n>\n> Thanks for letting me know. One more thing before I send this to the partner team: the confirmation has to come\n"
        "> from the email address of the account you want to keep.\n>\n> Reply to this email from %s with the same confirmation, keeping the case\n> number in the subject line.\n"
        % (ME_P, ME_C, TC, ME_P),
        "<div dir=\"ltr\">Hi Dana,<div><br></div><div>Sending this from %s as you asked.</div><div><br></div><div>I confirm that I'm leaving Hakobune Software "
        "(last day: 30 May 2025), and that I want the certification account of %s merged into the account of this address.</div><div><br></div>"
        "<div>Thanks,</div><div>Rintaro</div></div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Tue, 6 May 2025 at 17:45, AWS Training and "
        "Certification &lt;%s&gt; wrote:<br></div><blockquote class=\"gmail_quote\">Reply to this email from %s with the same confirmation.</blockquote></div>\n"
        % (ME_P, ME_C, TC, ME_P)),
    "User reply whose subject lost the case token (user forgot the instruction): case only via In-Reply-To/References.")

m = mid("ses"); MID[36] = m
add(36, "with-partner-team", "on_hold", False, CASE_A, [],
    std(tc_from(), ME_P, tc_subj(CASE_A, "RE: ["), d(2025, 5, 7, 2, 20, UTC), m, reply_to=MID[35], refs=[MID[27], MID[31], MID[33], MID[35]],
        extra_top=[aws_ar(ME_P)]),
    leaf("Hello Rintaro,\n\nThank you, I've received your confirmation from %s.\n\n"
         "I've passed the request to our AWS Partner team so they can release the partner association on the old account. "
         "Your case will stay on hold until they respond, which typically takes 3-5 business days. I'll write again as soon as I have an update; "
         "there's nothing you need to do in the meantime.\n\nBest regards,\nDana K.\nAWS Training and Certification Customer Service\n" % ME_P,
         cte="quoted-printable"),
    "Hold waiting on the partner team that asks nothing ('nothing you need to do').")

m = mid("outlook"); MID[37] = m
add(37, "fwd-partner-central-ja", "unrelated", False, None, [],
    std(a("佐藤 剛", "t-sato@hakobune-soft.co.jp"), a(ME_NAME_JA, ME_C), "FW: AWS Partner Central: Certification transfer request for a user in your organization",
        d(2025, 5, 12, 9, 31), m, xmailer="Microsoft Outlook 16.0",
        extra_top=[ar_m365("10.12.4.33", "hakobune-soft.co.jp", "hakobune-soft.co.jp", "hakobune-soft.co.jp")]),
    leaf("荻原さん\n\n休暇明けに確認しました。パートナーセントラルに以下の通知が来ていたので、承認しておきました。\n"
         "荻原さん側での対応は特に不要です。\n\n佐藤\n\n"
         "-----Original Message-----\nFrom: AWS Partner Central <no-reply@partnercentral.awspartner.com>\nSent: Wednesday, May 7, 2025 4:02 PM\n"
         "To: Takeshi Sato <t-sato@hakobune-soft.co.jp>\nSubject: AWS Partner Central: Certification transfer request for a user in your organization\n\n"
         "Hello,\n\nAWS Training and Certification has received a request to transfer the certifications of a user in your organization "
         "(%s) to a personal certification account.\n\nPlease approve or deny this request in AWS Partner Central within 7 days.\n\n"
         "AWS Partner Network\n" % ME_C, cte="quoted-printable"),
    "Colleague's forwarded Partner Central notice (Outlook -----Original Message-----) with 'Please approve or deny' aimed at the colleague; unrelated.",
    crlf=True, lang="ja")

m = "<%s@aws-certification-merge.com>" % hx(20); MID[38] = m
add(38, "verify-ownership", "suspicious", False, None, [],
    std(a("AWS Training & Certification", "cases@aws-certification-merge.com"), ME_P,
        "[CASE 174680211900412] Action required: verify account ownership to complete merge", d(2025, 5, 12, 23, 14, UTC), m,
        extra_top=[ar_gmail("aws-certification-merge.com", "aws-certification-merge.com", mailfrom="mail@aws-certification-merge.com", policy="p=NONE sp=NONE dis=NONE")]),
    alt("Dear Certification Holder,\n\nWe are processing your request to merge your AWS Certification accounts. Before we can continue, we need you to "
        "verify ownership of both accounts.\n\nPlease sign in with your AWS Builder ID within 24 hours, or the merge will be cancelled and your certifications "
        "may be revoked:\n\nhttps://aws-certification-merge.com/verify?case=174680211900412\n\nAWS Training and Certification Support Team\n",
        "<html><body><p>Dear Certification Holder,</p><p>We need you to <b>verify ownership</b> of both accounts within 24 hours.</p>"
        "<p><a href=\"https://aws-certification-merge.com/verify?case=174680211900412\">Verify now</a></p></body></html>\n"),
    "Lookalike-domain phishing with a case-like 15-digit number and urgent ask; DKIM/DMARC pass but for the wrong domain.")

m = "<%s@amazon.co.jp>" % hx(24); MID[39] = m
add(39, "amazon-jp-shipped", "unrelated", False, None, [],
    std(a("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P, "Amazon.co.jp ご注文の商品を発送しました", d(2025, 5, 13, 1, 2, UTC), m,
        extra_top=[ar_gmail("amazon.co.jp", "amazon.co.jp")]),
    leaf("荻原 倫太郎 様\n\nご注文いただいた商品を発送しました。\n\n注文番号: 250-4419082-6637115\nお届け予定: 5月14日（水）\n"
         "商品: AWS認定 ソリューションアーキテクト－プロフェッショナル 問題集\n\n配送状況はアカウントサービスからご確認ください。\n\nAmazon.co.jp\n"
         .replace("－", "-"), cte="base64"),
    "Amazon (not AWS) shipping mail in Japanese; order number, AWS certification book title.",
    lang="ja")

m = mid("ses"); MID[40] = m
h40 = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
       "<p>Hello Rintaro,</p>"
       "<p>Good news: the AWS Partner team has confirmed that the partner association on your former company account can be released, "
       "so the hold on your case has been lifted.</p>"
       "<p>I found the following two certification accounts:</p>"
       "<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
       "<tr style=\"background:#232f3e;color:#fff\"><th></th><th>Account #1</th><th>Account #2</th></tr>"
       "<tr><td>Candidate ID</td><td>AWS04412938</td><td>AWS03378215</td></tr>"
       "<tr><td>Login email</td><td>%s</td><td>%s</td></tr>"
       "<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>"
       "<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>"
       "<tr><td>Active certifications</td><td>2</td><td>3</td></tr></table>"
       "<p>After the merge, Account #2 can no longer be used to sign in, and its exam history, certifications and benefits will appear under Account #1.</p>"
       "<p>Before I proceed, I need you to verify that Account #1 is the one that should remain and that Account #2 should be merged into it.</p>"
       "<p>Kind regards,<br>Priya S.<br>AWS Training and Certification Customer Service</p>"
       "</body></html>\n" % (ME_P, ME_C, ME_P, ME_C, ME_P, ME_C))
add(40, "hold-lifted-accounts", "confirmation_request", True, CASE_A, ["AWS04412938", "AWS03378215"],
    std(tc_from(), ME_P, tc_subj(CASE_A), d(2025, 5, 13, 7, 30, UTC), m, reply_to=MID[36], refs=[MID[27], MID[31], MID[36]],
        extra_top=[aws_ar(ME_P)]),
    leaf(h40, "html", cte="quoted-printable"),
    "HTML-only table (QP) mixing good news with the ask; 'I need you to verify' instead of please/confirm; new agent.")

m = "<JIRA.%d.%d@hakobune.atlassian.net>" % (RNG.randint(10**5, 10**6), RNG.randint(10**12, 10**13)); MID[41] = m
add(41, "jira-handover-ja", "unrelated", False, None, [],
    std(a("Takeshi Sato (Jira)", "jira@hakobune.atlassian.net"), ME_C, "[JIRA] (HKB-2211) 退職前の引き継ぎ資料作成", d(2025, 5, 14, 0, 12, UTC), m,
        extra_top=[ar_m365("185.166.143.%d" % RNG.randint(1, 250), "e.atlassian.net", "atlassian.net", "hakobune.atlassian.net")]),
    alt("Takeshi Sato assigned HKB-2211 to Rintaro Ogiwara\n\n退職前の引き継ぎ資料作成\n\nDue date: 28/May/25\n"
        "Description: AWS アカウント（%s）のルートユーザー、認定アカウント、Partner Central のユーザーについて引き継ぎ資料を作成してください。\n\n"
        "View issue: https://hakobune.atlassian.net/browse/HKB-2211\n" % ACCT,
        "<html><body><p>Takeshi Sato <b>assigned</b> HKB-2211 to Rintaro Ogiwara</p><p>退職前の引き継ぎ資料作成</p></body></html>\n",
        cte_t="base64", cte_h="base64"),
    "Jira assignment with a Japanese imperative and a 12-digit account id; unrelated.",
    lang="ja")

m = "<%s@mail.thisweekincloud.dev>" % hx(20); MID[42] = m
add(42, "newsletter-cloud-weekly", "unrelated", False, None, [],
    std(a("This Week in Cloud", "newsletter@thisweekincloud.dev"), ME_P, "Issue #231: merged accounts, closed cases and other support horror stories",
        d(2025, 5, 15, 13, 0, UTC), m, extra_top=[ar_gmail("thisweekincloud.dev", "thisweekincloud.dev")]),
    leaf("This week: a reader's support case with a SaaS vendor was closed for lack of reply while they were on holiday. "
         "Could you let us know your own story? Hit reply; we read every message.\n\nAlso: AWS Training and Certification quietly updated "
         "the account merge form, and someone finally explained Builder ID vs. AWS account.\n\nUnsubscribe: https://thisweekincloud.dev/u/x\n", cte="7bit"),
    "Newsletter whose prose uses case-closed/merge words and 'Could you let us know… Hit reply'; unrelated.")

m = mid("ses"); MID[43] = m
add(43, "payment-method", "unrelated", False, None, [],
    std(a("Amazon Web Services", CONSOLE), ME_C, "Action Required: Update your payment information [AWS Account: %s]" % ACCT,
        d(2025, 5, 16, 4, 0, UTC), m, extra_top=[aws_ar(ME_C)]),
    leaf("Hello,\n\nWe were unable to charge the payment method on file for AWS account %s for your April 2025 invoice.\n\n"
         "Please update your payment information in the Billing and Cost Management console within 7 days to avoid any interruption of service:\n"
         "https://console.aws.amazon.com/billing/home#/paymentmethods\n\nSincerely,\nAmazon Web Services\n\n"
         "*This email address cannot accept incoming e-mails.\n" % ACCT, cte="quoted-printable"),
    "Genuine AWS billing 'Action Required' from no-reply-aws@amazon.com with a 12-digit account ID; asks an action but no reply to support.")

m = mid("ses"); MID[44] = m
add(44, "console-new-case-ja", "acknowledgement", False, CASE_G, [],
    std(a("Amazon Web Services", CONSOLE), a(ME_NAME_JA, ME_C), "Amazon Web Services: New Support case: %s" % CASE_G, d(2025, 5, 19, 2, 2, UTC, 3), m,
        extra_top=[aws_ar(ME_C)]),
    leaf("アマゾン ウェブ サービス\n\nお問い合わせいただきありがとうございます。お客様に代わってケース %s を作成いたしました。\n\n"
         "ケースの詳細は以下のとおりです。\n\nケース ID: %s\n件名: ルートユーザーのメールアドレス変更について\n重要度: 一般的なガイダンス\n"
         "アカウント: %s\nやり取り: 退職に伴い、個人で利用している AWS アカウントのルートユーザーのメールアドレスを会社のアドレスから個人のアドレスへ変更したいです。\n"
         % (CASE_G, CASE_G, ACCT) + console_footer_ja(CASE_G), cte="base64"),
    "Japanese console 'New Support case' (15 digits) with a 12-digit account id next to it; footer says the address cannot receive mail.",
    lang="ja")

m = mid("ses"); MID[45] = m
add(45, "console-ownership-ja", "info_request", True, CASE_G, [],
    std(a("Amazon Web Services", CONSOLE), a(ME_NAME_JA, ME_C), "RE:[CASE %s] ルートユーザーのメールアドレス変更について" % CASE_G,
        d(2025, 5, 19, 6, 40, UTC), m, extra_top=[aws_ar(ME_C)]),
    leaf("こんにちは。\n\nお問い合わせいただきありがとうございます。AWS サポートの小林です。\n\n"
         "ルートユーザーのメールアドレスは、ルートユーザーとしてサインインしたうえで、[アカウント] ページの [アカウント設定] から変更いただけます。"
         "変更時には、新しいメールアドレス宛てに確認コードが送信されます。\n\n"
         "ただ、お問い合わせ内容によると、現在ルートユーザーのパスワードがご不明とのことです。パスワードのリセット用メールは登録済みのメールアドレス"
         "（会社のメールアドレス）宛てに送信されますので、会社のメールアドレスが停止される 5 月 30 日より前に作業を完了いただくことを強くお勧めいたします。\n\n"
         "上記の手順での変更が難しい場合は、アカウント所有者の確認が必要となります。お手数ですが、アカウント %s に登録されている請求先住所と、"
         "直近のお支払いに使用したクレジットカードの下 4 桁を、サポートセンターのケースからご返信いただけますでしょうか。"
         "セキュリティ上の理由により、このメールへの返信ではお受けできませんのでご了承ください。\n\n"
         "よろしくお願いいたします。\n\n小林\nAmazon Web Services\n\n" % ACCT + FEEDBACK_JA + console_footer_ja(CASE_G), cte="quoted-printable"),
    "Japanese console request buried in the third paragraph (ご返信いただけますでしょうか via サポートセンター), with rating footer and 'cannot receive' footer.",
    lang="ja")

m = mid("ses"); MID[46] = m
t40plain = ("Hello Rintaro,\n\nGood news: the AWS Partner team has confirmed that the partner association on your former company account can be released, "
            "so the hold on your case has been lifted.\n\nAccount #1: AWS04412938 / %s\nAccount #2: AWS03378215 / %s\n\n"
            "Before I proceed, I need you to verify that Account #1 is the one that should remain and that Account #2 should be merged into it.\n\n"
            "Kind regards,\nPriya S." % (ME_P, ME_C))
add(46, "following-up", "closing_notice", True, CASE_A, [],
    std(tc_from(), ME_P, tc_subj(CASE_A), d(2025, 5, 20, 0, 30, UTC), m, reply_to=MID[40], refs=[MID[27], MID[36], MID[40]],
        extra_top=[aws_ar(ME_P)]),
    leaf("Hello Rintaro,\n\nI'm following up on my message of May 13 about your account merge. I haven't received a reply yet, so I wanted to "
         "check in before anything changes on our side.\n\nIf I don't hear from you by May 23, the case will be closed automatically. "
         "A reply to this email, even just to say you need more time, will keep it open.\n\nKind regards,\nPriya S.\n"
         "AWS Training and Certification Customer Service\n\n"
         "-------- Previous message --------\n" + quote(t40plain) + "\n", cte="quoted-printable"),
    "Closing notice in soft wording ('following up', 'will keep it open') quoting the earlier confirmation request.")

m = mid("gmail"); MID[47] = m
t47 = ("Confirmed. Please merge Account #2 (AWS03378215) into Account #1 (AWS04412938).\n\nSorry for the slow reply, I was travelling last week.\n\n"
       "Rintaro\n\nOn Tue, May 20, 2025 at 9:30 AM AWS Training and Certification <%s> wrote:\n\n%s\n"
       % (TC, quote("Hello Rintaro,\n\nI'm following up on my message of May 13 about your account merge. I haven't received a reply yet, so I wanted to "
                    "check in before anything changes on our side.\n\nIf I don't hear from you by May 23, the case will be closed automatically. "
                    "A reply to this email, even just to say you need more time, will keep it open.\n\nKind regards,\nPriya S.\n\n"
                    "-------- Previous message --------\n" + quote(t40plain) + "\n\n" + quote(quote(t31)))))
add(47, "confirmed-merge", "user_reply", False, CASE_A, ["AWS03378215", "AWS04412938"],
    std(a(ME_NAME, ME_P), a(TC_NAME, TC), "Re: " + tc_subj(CASE_A), d(2025, 5, 20, 21, 15), m, reply_to=MID[46], refs=[MID[27], MID[36], MID[40], MID[46]]),
    alt(t47, "<div dir=\"ltr\">Confirmed. Please merge Account #2 (AWS03378215) into Account #1 (AWS04412938).<div><br></div>"
        "<div>Sorry for the slow reply, I was travelling last week.</div><div><br></div><div>Rintaro</div></div><br>"
        "<div class=\"gmail_quote\"><blockquote class=\"gmail_quote\">(quoted history)</blockquote></div>\n", cte_t="quoted-printable", cte_h="quoted-printable"),
    "The classic 'Confirmed. Please merge…' top-posted over a three-level quoted history that contains the request, the closing notice and the hold.")

m = mid("ses"); MID[48] = m
t48 = ("Hello Rintaro,\n\nThank you for confirming. I have successfully merged all accounts into Account #1 (%s, AWS04412938). "
       "Your exam history, active certifications and the unused 50%% exam discount voucher from Account #2 are now visible when you sign in with %s. "
       "Account #2 has been deactivated.\n\nDigital badges will be re-issued through Credly to %s, so you may receive emails asking you to accept them. "
       "If your former company's partner profile still lists the certifications, that view usually refreshes within a week.\n\n"
       "This completes your request. If anything looks off, feel free to reply to this email within the next 14 days.\n\n"
       "Kind regards,\nTomás R.\nAWS Training and Certification Customer Service\n\n"
       "-----Original Message-----\nFrom: %s\nSent: 2025-05-20 12:15 UTC\nTo: %s\nSubject: Re: %s\n\n"
       "Confirmed. Please merge Account #2 (AWS03378215) into Account #1 (AWS04412938).\n\n"
       "-----Original Message-----\nFrom: %s\nSent: 2025-05-13 07:30 UTC\nSubject: %s\n\n%s\n"
       % (ME_P, ME_P, ME_P, ME_P, TC, tc_subj(CASE_A), TC, tc_subj(CASE_A), t40plain))
add(48, "all-merged", "resolved", False, CASE_A, ["AWS04412938"],
    std(tc_from(), ME_P, tc_subj(CASE_A), d(2025, 5, 21, 1, 5, UTC), m, reply_to=MID[47], refs=[MID[27], MID[40], MID[46], MID[47]],
        extra_top=[aws_ar(ME_P)]),
    alt(t48, "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t48.split("\n\n-----Original")[0].split("\n\n"))
        + "<hr><div style=\"color:#666\">" + t48.split("\n\n-----Original", 1)[1].replace("\n", "<br>") + "</div></body></html>\n"),
    "'successfully merged' with a conditional 'feel free to reply' and an unprefixed Outlook-style quote of the old confirmation request below.")

m = "<%s@credly.com>" % hx(24); MID[49] = m
add(49, "credly-after-merge", "badge", False, None, [],
    std(a("Credly", "admin@credly.com"), ME_P, "Amazon Web Services Training and Certification sent you 3 new badges", d(2025, 5, 21, 1, 7, UTC), m,
        extra_top=[ar_gmail("credly.com", "credly.com", mailfrom="bounces@mail.credly.com")]),
    alt("Hi Rintaro,\n\nYou have 3 new badges waiting for you from Amazon Web Services Training and Certification:\n\n"
        "- AWS Certified Solutions Architect – Professional\n- AWS Certified Developer – Associate\n- AWS Certified Security – Specialty\n\n"
        "Accept them now: https://www.credly.com/earner/earned?pending=1\n\nCredly\n",
        "<html><body><p>Hi Rintaro,</p><p>You have <b>3 new badges</b> waiting for you.</p><ul><li>AWS Certified Solutions Architect – Professional</li>"
        "<li>AWS Certified Developer – Associate</li><li>AWS Certified Security – Specialty</li></ul></body></html>\n", cte_t="base64", cte_h="base64"),
    "Credly mail two minutes after the merge; 'Accept them now'.")

m = mid("ses"); MID[50] = m
add(50, "console-one-question-ja", "info_request", True, CASE_G, [],
    std(a("Amazon Web Services", CONSOLE), a(ME_NAME_JA, ME_C), "RE:[CASE %s] ルートユーザーのメールアドレス変更について" % CASE_G,
        d(2025, 5, 21, 2, 40, UTC), m, extra_top=[aws_ar(ME_C)]),
    leaf("こんにちは、小林です。\n\nご返信ありがとうございます。ご提供いただいた情報で所有者確認が完了しました。\n\n"
         "念のため 1 点だけ確認させてください。新しいルートユーザーのメールアドレスは %s で間違いないでしょうか。\n\n"
         "小林\nAmazon Web Services\n\n" % ME_P + FEEDBACK_JA + console_footer_ja(CASE_G), cte="base64"),
    "Short console mail: progress news plus a bare confirming question (not about a certification merge); answer in Support Center.",
    lang="ja")

m = mid("ses"); MID[51] = m
add(51, "rate-your-case", "survey", False, CASE_A, [],
    std(a("AWS Training and Certification", "aws-cs-survey@amazon.com"), ME_P, "How did we do? Your feedback on case %s" % CASE_A,
        d(2025, 5, 22, 0, 0, UTC), m, extra_top=[aws_ar(ME_P)]),
    alt("Hello,\n\nYour recent case %s with AWS Training and Certification was resolved. Could you take two minutes to tell us how we did?\n\n"
        "How satisfied were you with the support you received?\nhttps://survey.aws.amazon.com/s/%s\n\n"
        "This survey link expires in 30 days. Please do not reply to this email; replies are not monitored.\n" % (CASE_A, b62(12)),
        "<html><body><p>Your recent case <b>%s</b> was resolved. Could you take two minutes to tell us how we did?</p>"
        "<table><tr><td><a href=\"#\">1</a></td><td><a href=\"#\">2</a></td><td><a href=\"#\">3</a></td><td><a href=\"#\">4</a></td><td><a href=\"#\">5</a></td></tr></table>"
        "</body></html>\n" % CASE_A),
    "Survey with 'Could you…' and the case number; survey, no reply.")

m = mid("gmail"); MID[52] = m
add(52, "thanks-all-good", "user_reply", False, CASE_A, [],
    std(a(ME_NAME, ME_P), a(TC_NAME, TC), "Re: " + tc_subj(CASE_A), d(2025, 5, 22, 18, 0), m, reply_to=MID[48], refs=[MID[27], MID[47], MID[48]]),
    leaf("Hi Tomás,\n\nEverything is there: exam history, three certifications and the voucher. Thanks a lot for the quick help!\n\nRintaro\n\n"
         "On Wed, May 21, 2025 at 10:05 AM AWS Training and Certification <%s> wrote:\n> Hello Rintaro,\n>\n"
         "> Thank you for confirming. I have successfully merged all accounts into Account #1.\n> This completes your request. If anything looks off, feel free to reply to this email within the next 14 days.\n" % TC,
         cte="7bit"),
    "User's thank-you after resolution; user_reply, nothing needed.")

m = "<%s@amazon.com>" % hx(24); MID[53] = m
add(53, "post-merge-verification", "suspicious", False, None, [],
    std(a(TC_NAME, TC), ME_P, "RE:[CASE %s] Post-merge verification required" % CASE_A, d(2025, 5, 23, 4, 12, UTC), m,
        extra_top=[("Received", "from mx7.mailer-svc.ru (mx7.mailer-svc.ru [185.%d.%d.%d])\n        by mx.google.com with ESMTPS id %s\n        for <%s>; %s"
                    % (RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(1, 250), b62(20), ME_P, email.utils.format_datetime(d(2025, 5, 23, 4, 12, UTC, 30)))),
                   ar_gmail("amazon.com", "amazon.com", dkim_ok=False, spf_ok=False, dmarc_ok=False, mailfrom="bounce@mailer-svc.ru",
                            policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE")]),
    leaf("Hello Rintaro,\n\nFollowing the merge of your AWS Certification accounts, we need to re-verify the identity of the account holder. "
         "Could you reply to this email with the AWS Builder ID password you used for %s and the 6-digit code you will receive shortly?\n\n"
         "If we do not hear from you within 48 hours, the merged account will be suspended.\n\nKind regards,\nAWS Training and Certification Customer Service\n"
         % ME_P, cte="7bit"),
    "Genuine-looking From and real case number, but DKIM fail / SPF softfail / DMARC fail for amazon.com: suspicious, no case, no reply.")

m = mid("ses"); MID[54] = m
add(54, "console-autoresolve-ja", "closing_notice", True, CASE_G, [],
    std(a("Amazon Web Services", CONSOLE), a(ME_NAME_JA, ME_C), "RE:[CASE %s] ルートユーザーのメールアドレス変更について" % CASE_G,
        d(2025, 5, 26, 1, 0, UTC), m, extra_top=[aws_ar(ME_C)]),
    leaf("こんにちは。\n\n2025年5月21日にお送りしたご質問について、お客様からのご返信をまだ確認できておりません。\n\n"
         "3 日以内にサポートセンターからご返信をいただけない場合、このケースは自動的に解決済みとなります。"
         "引き続きサポートが必要な場合は、ケースのページからご返信のほどよろしくお願いいたします。"
         "なお、解決済みとなったケースは 14 日以内であれば再開できます。\n\nAmazon Web Services\n\n" + FEEDBACK_JA + console_footer_ja(CASE_G),
         cte="quoted-printable"),
    "Japanese console auto-resolve warning with ご返信のほどよろしくお願いいたします; reply must go via the Support Center.",
    lang="ja")

m = "<%s_%s@datadoghq.zendesk.com>" % (hx(8).upper(), hx(6)); MID[55] = m
add(55, "vendor-request-solved", "unrelated", False, None, [],
    std(a("Datadog Support", "support@datadoghq.com"), ME_C, "[Datadog Support] Re: Agent not reporting from ECS tasks - Request #1843021 closed",
        d(2025, 5, 27, 14, 3, UTC), m, extra_top=[ar_m365("192.161.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)), "zendesk.com", "datadoghq.com", "datadoghq.com")]),
    leaf("##- Please type your reply above this line -##\n\nYour request (1843021) has been closed because we haven't heard back from you in 7 days. "
         "It has been merged with request 1842977.\n\nIf the issue comes back, simply reply to this email and your request will be reopened.\n\n"
         "Naomi (Datadog Support)\n\nThis email is a service from Datadog Support.\n", cte="7bit"),
    "Another vendor's 'closed because we haven't heard back… reply to reopen' plus 'merged'; unrelated, no case.")

m = mid("ses"); MID[56] = m
add(56, "console-resolved-ja", "resolved", False, CASE_G, [],
    std(a("Amazon Web Services", CONSOLE), a(ME_NAME_JA, ME_C), "RE:[CASE %s] ルートユーザーのメールアドレス変更について" % CASE_G,
        d(2025, 5, 28, 3, 10, UTC), m, extra_top=[aws_ar(ME_C)]),
    leaf("こんにちは、小林です。\n\nサポートセンターからのご返信ありがとうございました。アカウント %s のルートユーザーのメールアドレスが "
         "%s に変更されたことを確認いたしました。今後のご連絡はこちらのアドレス宛てに送信されます。\n\n"
         "本件はこれにて解決とさせていただきます。ほかにご不明な点がございましたら、サポートセンターから新しいケースを作成してください。\n\n"
         "小林\nAmazon Web Services\n\n" % (ACCT, ME_P) + FEEDBACK_JA + console_footer_ja(CASE_G), cte="base64"),
    "Japanese console resolution with rating footer (評価してください) and conditional new-case invitation.",
    lang="ja")

m = "<%s@aws-training-jp.net>" % hx(20); MID[57] = m
add(57, "final-check-ja", "suspicious", False, None, [],
    std(a("AWS トレーニングと認定", "support@aws-training-jp.net"), ME_P, "【重要】AWS認定アカウント統合の最終確認のお願い", d(2025, 5, 29, 0, 40, UTC), m,
        extra_top=[ar_gmail("aws-training-jp.net", "aws-training-jp.net", policy="p=NONE sp=NONE dis=NONE")]),
    alt("お客様\n\nAWS 認定アカウントの統合手続きが保留されています。48 時間以内に以下のリンクから本人確認を完了してください。"
        "期限を過ぎた場合、保有している認定資格はすべて失効いたします。\n\nhttps://aws-training-jp.net/merge/confirm\n\n"
        "ご不明な点がございましたら、本メールにご返信ください。\n\nAWS トレーニングと認定 サポートチーム\n",
        "<html><body><p>お客様</p><p>AWS 認定アカウントの統合手続きが<b>保留</b>されています。48 時間以内に本人確認を完了してください。</p>"
        "<p><a href=\"https://aws-training-jp.net/merge/confirm\">本人確認をする</a></p></body></html>\n", cte_t="base64", cte_h="base64"),
    "Japanese phishing from a lookalike domain mimicking a hold/closing notice; suspicious.",
    lang="ja")

m = "<%s@hakobune-soft.co.jp>" % hx(24); MID[58] = m
add(58, "joushi-mail-stop-ja", "unrelated", False, None, [],
    std(a("情報システム部", "it-admin@hakobune-soft.co.jp"), a(ME_NAME_JA, ME_C), "【情報システム部】メールアカウント停止のお知らせ（本日 18:00）",
        d(2025, 5, 30, 9, 0), m, xmailer="Microsoft Outlook 16.0",
        extra_top=[ar_m365("10.12.4.21", "hakobune-soft.co.jp", "hakobune-soft.co.jp", "hakobune-soft.co.jp")]),
    leaf("荻原 様\n\n本日 18:00 をもって、%s のメールアカウントを停止いたします。\n"
         "停止後に届いたメールは送信者に不達として返送されます。転送設定は行いませんので、必要なメールは本日中に各自退避してください。\n\n"
         "これまでありがとうございました。\n\n情報システム部\n" % ME_C, cs="shift_jis", cte="base64"),
    "Company IT notice (Shift_JIS base64) that the old mailbox closes today; unrelated.",
    lang="ja")

# ---------------- console case D (English, 10 digits)
m = mid("ses"); MID[59] = m
add(59, "console-new-case", "acknowledgement", False, CASE_D, [],
    std(a("Amazon Web Services", CONSOLE), ME_P, "Amazon Web Services: New Support case: %s" % CASE_D, d(2025, 6, 3, 0, 20, UTC), m,
        extra_top=[aws_ar(ME_P)]),
    leaf("Hello,\n\nWe have opened case %s on your behalf.\n\nThe details of your case are as follows:\n\n"
         "Case ID: %s\nSubject: 50%% exam discount voucher missing after certification account merge\nSeverity: General guidance\n"
         "Correspondence: After my company certification account was merged into my personal one (case %s), the Benefits page shows no exam discount "
         "voucher. Before the merge the old account had an unused 50%% voucher.\n\n"
         "Thank you for contacting Amazon Web Services.\n\nAmazon Web Services\n" % (CASE_D, CASE_D, CASE_A) + console_footer_en(CASE_D),
         cte="quoted-printable"),
    "English console 'New Support case' (10 digits) whose echoed correspondence mentions the earlier 15-digit case.")

m = "<%s@aws.training>" % hx(20); MID[60] = m
add(60, "skill-builder-receipt", "unrelated", False, None, [],
    std(a("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder subscription receipt", d(2025, 6, 3, 5, 12, UTC), m,
        extra_top=[ar_gmail("aws.training", "aws.training")]),
    alt("Thank you for subscribing to AWS Skill Builder Individual.\n\nOrder number: SB-20250603-771904\nAmount: USD 29.00\nNext renewal: July 3, 2025\n\n"
        "Manage your subscription at https://skillbuilder.aws/subscriptions\n",
        "<html><body><p>Thank you for subscribing to <b>AWS Skill Builder Individual</b>.</p><table><tr><td>Order number</td><td>SB-20250603-771904</td></tr>"
        "<tr><td>Amount</td><td>USD 29.00</td></tr></table></body></html>\n"),
    "Skill Builder receipt from aws.training; unrelated.")

m = mid("ses"); MID[61] = m
add(61, "console-voucher-details", "info_request", True, CASE_D, [],
    std(a("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % CASE_D,
        d(2025, 6, 4, 5, 50, UTC), m, extra_top=[aws_ar(ME_P)]),
    leaf("Hello,\n\nThank you for your patience. My name is Ahmed and I'll be working with you on this case.\n\n"
         "I reviewed the merge that was completed under case %s. Benefits such as exam discount vouchers are tied to the certification that earned them "
         "and are normally carried over with it. In a few cases the voucher is reissued instead of moved, which creates a new code, and the old code then "
         "shows as void on the account where it was first issued.\n\n"
         "I wasn't able to find a voucher on either account that matches your description. It would help a lot to know which certification the voucher "
         "came from and roughly when you first saw it on the Benefits page; a screenshot of the old Benefits page, if you saved one, would be ideal.\n\n"
         "You can add this through the Support Center link below. Replies to this email address are not received.\n\n"
         "Best regards,\nAhmed M.\nAmazon Web Services\n\n" % CASE_A + FEEDBACK_EN + console_footer_en(CASE_D), cte="quoted-printable"),
    "Console request phrased as 'It would help a lot to know…' (no please, no question mark) after an explanation, above a rating footer.")

m = mid("gmail"); MID[62] = m
add(62, "re-by-email-voucher", "user_reply", False, CASE_D, [],
    std(a(ME_NAME, ME_P), a("Amazon Web Services", CONSOLE), "Re: RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % CASE_D,
        d(2025, 6, 4, 21, 30), m, reply_to=MID[61], refs=[MID[59], MID[61]]),
    leaf("Hi Ahmed,\n\nThe voucher came from AWS Certified Solutions Architect - Professional, which I passed on April 26, 2025 (Pearson VUE registration 471203958). "
         "I first saw it on the Benefits page of the old account around April 28. I'm attaching nothing, sorry, I didn't save a screenshot.\n\nRintaro\n\n"
         "On Wed, Jun 4, 2025 at 2:50 PM Amazon Web Services <%s> wrote:\n> Hello,\n>\n> I wasn't able to find a voucher on either account that matches your description. It would help a lot to know which\n"
         "> certification the voucher came from and roughly when you first saw it on the Benefits page.\n>\n> You can add this through the Support Center link below. Replies to this email address are not received.\n" % CONSOLE,
         cte="quoted-printable"),
    "User answered the console case by email to no-reply-aws (will not arrive); contains a 9-digit registration id.")

m = "<%s@mx.google.com>" % b62(30); MID[63] = m
dsn_text = ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\n"
            "The response from the remote server was:\n550 5.1.1 <%s>: Recipient address rejected: this mailbox does not accept incoming mail\n" % (CONSOLE, CONSOLE))
dsn = multi("report", [
    leaf(dsn_text, cte="7bit"),
    ([("Content-Type", "message/delivery-status")],
     ("Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
      "Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com.\nDiagnostic-Code: smtp; 550 5.1.1 Recipient address rejected\n"
      % (email.utils.format_datetime(d(2025, 6, 4, 21, 30, JST, 4)), CONSOLE)).encode()),
    ([("Content-Type", "text/rfc822-headers")],
     ("From: Rintaro Ogiwara <%s>\nTo: Amazon Web Services <%s>\nSubject: Re: RE:[CASE %s] 50%% exam discount voucher missing after certification account merge\n"
      "Message-ID: %s\nDate: %s\n" % (ME_P, CONSOLE, CASE_D, MID[62], email.utils.format_datetime(d(2025, 6, 4, 21, 30, JST, 0)))).encode()),
], extra="; report-type=delivery-status")
add(63, "delivery-failure", "unrelated", False, None, [],
    std(a("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P, "Delivery Status Notification (Failure)", d(2025, 6, 4, 21, 31), m,
        reply_to=MID[62], refs=[MID[62]], extra_top=[("Auto-Submitted", "auto-replied")]),
    dsn,
    "Bounce (multipart/report) of the user's email to no-reply-aws; carries the case subject in rfc822-headers but is not case mail.")

m = "<%s@pearson.com>" % hx(18); MID[64] = m
add(64, "vue-thanks-survey", "unrelated", False, None, [],
    std(a("Pearson VUE", "noreply@pearson.com"), ME_P, "Tell us about your testing experience", d(2025, 6, 6, 2, 0, UTC), m,
        extra_top=[ar_gmail("pearson.com", "pearson.com")]),
    leaf("Dear Rintaro,\n\nThank you for testing with Pearson VUE. Could you spare five minutes to tell us how your visit to Pearson Professional Centers - "
         "Tokyo Shinjuku went? Registration ID 471203958.\n\nhttps://survey.pearsonvue.com/s/7QJ2\n\nPearson VUE\n", cte="7bit"),
    "Exam-vendor satisfaction survey ('Could you spare…'): unrelated, not an AWS support survey.")

m = mid("ses"); MID[65] = m
add(65, "console-awaiting-reply", "closing_notice", True, CASE_D, [],
    std(a("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % CASE_D,
        d(2025, 6, 9, 1, 0, UTC), m, extra_top=[aws_ar(ME_P)]),
    leaf("Hello,\n\nWe haven't heard back from you regarding this case. We're still waiting on the details requested in our previous correspondence.\n\n"
         "If we don't receive a reply in the Support Center within the next 3 business days, this case will be resolved automatically. "
         "Once resolved, a case can be reopened within 14 days.\n\nAmazon Web Services\n" + console_footer_en(CASE_D), cte="7bit"),
    "Console auto-resolve warning: no explicit verb for the reader, but a reply in the Support Center keeps the case open.")

m = "<%s@linkedin.com>" % hx(20); MID[66] = m
add(66, "linkedin-searches", "unrelated", False, None, [],
    std(a("LinkedIn", "notifications-noreply@linkedin.com"), ME_P, "Rintaro, you appeared in 14 searches this week", d(2025, 6, 9, 13, 0, UTC), m,
        extra_top=[ar_gmail("linkedin.com", "linkedin.com")]),
    leaf("<html><body><p>You appeared in 14 searches this week.</p><p>Recruiters searched for: AWS Certified Solutions Architect</p>"
         "<p><a href=\"https://www.linkedin.com/me/search-appearances\">See all searches</a></p></body></html>\n", "html", cte="quoted-printable"),
    "HTML-only social notification; unrelated.")

m = mid("ses"); MID[67] = m
add(67, "console-with-cert-team", "case_update", False, CASE_D, [],
    std(a("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % CASE_D,
        d(2025, 6, 10, 0, 12, UTC), m, extra_top=[aws_ar(ME_P)]),
    leaf("Hello Rintaro,\n\nThank you for adding the details in the Support Center. I've passed the voucher information to the AWS Certification team; "
         "they usually need 2-3 business days to trace a benefit across merged accounts. I'll update this case as soon as I hear back.\n\n"
         "Best regards,\nAhmed M.\nAmazon Web Services\n\n" + FEEDBACK_EN + console_footer_en(CASE_D), cte="quoted-printable"),
    "Console progress update with the rating footer ('Please share your experience'); asks nothing.")

m = "<%s@certmetrics.com>" % hx(20); MID[68] = m
add(68, "certmetrics-benefit", "certification", False, None, [],
    std(a("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "A new AWS Certification benefit is available in your account", d(2025, 6, 12, 2, 0, UTC), m,
        extra_top=[ar_gmail("certmetrics.com", "certmetrics.com", mailfrom="bounce@certmetrics.com")]),
    alt("Hello Rintaro,\n\nA 50% discount voucher for your next AWS Certification exam has been added to the Benefits section of your AWS Certification Account.\n\n"
        "Sign in to view and use your benefit: https://www.aws.training/Certification\n\nAWS Certification\n",
        "<html><body><p>Hello Rintaro,</p><p>A <b>50% discount voucher</b> for your next AWS Certification exam has been added to your Benefits.</p></body></html>\n"),
    "Certification benefit notice (the voucher reappears) from certmetrics; no reply.")

m = mid("ses"); MID[69] = m
add(69, "console-voucher-restored", "resolved", False, CASE_D, [],
    std(a("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % CASE_D,
        d(2025, 6, 13, 2, 0, UTC), m, extra_top=[aws_ar(ME_P)]),
    leaf("Hello Rintaro,\n\nThe AWS Certification team has reissued your 50% exam discount voucher on your merged account; you should already see it on the "
         "Benefits page. The old code was voided as part of the merge, so please use the new one.\n\n"
         "Since the issue is fixed, I'm marking this case as resolved. If you need anything else on this topic, you can reopen it from the Support Center within 14 days.\n\n"
         "Best regards,\nAhmed M.\nAmazon Web Services\n\n" + FEEDBACK_EN + console_footer_en(CASE_D), cte="quoted-printable"),
    "Console resolution with 'please use the new one' (not a reply), reopen-within-14-days hint and rating footer.")

m = mid("ses"); MID[70] = m
add(70, "support-experience", "survey", False, CASE_D, [],
    std(a("AWS Support", "aws-support-survey@amazon.com"), ME_P, "Tell us about your recent AWS Support experience (Case ID %s)" % CASE_D,
        d(2025, 6, 14, 3, 0, UTC), m, extra_top=[aws_ar(ME_P)]),
    leaf("<html><body><p>Hello,</p><p>Your case <b>%s</b> was recently resolved. How likely are you to recommend AWS Support to a colleague?</p>"
         "<table><tr>%s</tr></table><p>We read every response.</p></body></html>\n"
         % (CASE_D, "".join("<td><a href=\"https://survey.aws.amazon.com/nps?case=%s&s=%d\">%d</a></td>" % (CASE_D, i, i) for i in range(11))),
         "html", cte="base64"),
    "HTML-only NPS survey for the console case, base64.")

m = "<%s@classmethod.jp>" % hx(20); MID[71] = m
add(71, "newsletter-ja", "unrelated", False, None, [],
    std(a("Cloud Native 週報", "weekly@cloudnative-digest.jp"), ME_P, "週刊 Cloud Native Digest #312：転職時の AWS 認定アカウント統合まとめ",
        d(2025, 6, 16, 23, 0, UTC), m, extra_top=[ar_gmail("cloudnative-digest.jp", "cloudnative-digest.jp")]),
    leaf("今週のピックアップ\n\n■ 転職時に AWS 認定アカウントを統合する手順（サポートからの確認メールに「Confirmed」と返信するまで）\n"
         "■ Credly バッジが表示されないときに確認すること\n■ APN パートナー企業のアカウントは退職前に統合できない？\n\n"
         "ご意見・ご感想は本メールにご返信ください。\n配信停止: https://cloudnative-digest.jp/unsubscribe\n", cte="quoted-printable"),
    "Japanese newsletter full of the domain's own vocabulary (Confirmed, 統合, APN, ご返信ください); unrelated.",
    lang="ja")

m = "<%s@amazon-supportcenter.com>" % hx(20); MID[72] = m
add(72, "console-lookalike", "suspicious", False, None, [],
    std(a("Amazon Web Services", "no-reply-aws@amazon-supportcenter.com"), ME_P, "Amazon Web Services: New Support case: 1409933021", d(2025, 6, 18, 7, 0, UTC), m,
        extra_top=[ar_gmail("amazon-supportcenter.com", "amazon-supportcenter.com", policy="p=NONE sp=NONE dis=NONE")]),
    leaf("Hello,\n\nWe have opened case 1409933021 on your behalf because unusual activity was detected on your AWS account.\n\n"
         "Case ID: 1409933021\nSubject: Account suspension pending\nSeverity: Urgent\n\n"
         "To avoid suspension, sign in and verify your payment details within 24 hours:\n"
         "https://console.amazon-supportcenter.com/support/home#/case/?displayId=1409933021\n\n"
         "*This email address cannot accept incoming e-mails.\n", cte="7bit"),
    "Console-case lookalike ('New Support case', displayId link) from amazon-supportcenter.com; suspicious, no case.")

m = mid("ses"); MID[73] = m
add(73, "health-event", "unrelated", False, None, [],
    std(a("AWS Health", "health@aws.com"), ME_P, "[AWS Health Event] Scheduled maintenance for Amazon RDS in ap-northeast-1 [AWS Account: %s]" % ACCT,
        d(2025, 6, 20, 9, 0, UTC), m, extra_top=[ar_gmail("aws.com", "aws.com", mailfrom="%s@amazonses.com" % hx(16))]),
    leaf("Hello,\n\nWe have scheduled maintenance for one or more Amazon RDS DB instances in your account (%s) in the ap-northeast-1 Region.\n\n"
         "No action is required on your part. If you prefer, you can apply the maintenance earlier from the RDS console.\n\n"
         "Sincerely,\nAmazon Web Services\n" % ACCT, cte="7bit"),
    "AWS Health notice with 'No action is required' and a 12-digit account id; unrelated.")

m = "<%s@certmetrics.com>" % hx(20); MID[74] = m
add(74, "certmetrics-recert", "certification", False, None, [],
    std(a("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "Congratulations on recertifying your AWS Certification!", d(2025, 6, 24, 2, 0, UTC), m,
        extra_top=[ar_gmail("certmetrics.com", "certmetrics.com", mailfrom="bounce@certmetrics.com")]),
    alt("Hello Rintaro,\n\nCongratulations! You have successfully recertified AWS Certified Developer - Associate. Your new expiration date is June 23, 2028.\n\n"
        "Your digital badge will be updated on Credly within a few days.\n\nAWS Certification\n",
        "<html><body><p>Hello Rintaro,</p><p><b>Congratulations!</b> You have successfully recertified AWS Certified Developer - Associate.</p></body></html>\n",
        cte_t="base64", cte_h="base64"),
    "Recertification notice ('successfully recertified' resembles 'successfully merged'); certification.")

m = "<%s@hakobune-soft.co.jp>" % hx(24); MID[75] = m
add(75, "ex-colleague-hello-ja", "unrelated", False, None, [],
    std(a("佐藤 剛", "takeshi.sato.0417@gmail.com"), ME_P, "Re: 認定アカウントの件", d(2025, 6, 25, 20, 10), m,
        extra_top=[ar_gmail("gmail.com", "gmail.com")]),
    leaf("荻原さん\n\nお疲れさまです、佐藤です。新しい職場はいかがですか。\n\n"
         "パートナーセントラルの方でも荻原さんの認定が外れたことを確認しました。AWS のケースは無事クローズできましたか？\n"
         "落ち着いたらまた飲みに行きましょう。\n\n佐藤\n", cte="base64"),
    "Former colleague asking 'was the AWS case closed?' in Japanese; a question to the person but not from support.",
    lang="ja")

m = mid("ses"); MID[76] = m
add(76, "free-tier-usage", "unrelated", False, None, [],
    std(a("Amazon Web Services", "no-reply@tax-and-invoicing.us-east-1.amazonaws.com"), ME_P, "AWS Free Tier usage limit alert", d(2025, 6, 27, 4, 0, UTC), m,
        extra_top=[ar_gmail("amazonaws.com", "amazonaws.com", mailfrom="%s@amazonses.com" % hx(16))]),
    leaf("Hello,\n\nYour AWS account %s has exceeded 85%% of the usage limit for one or more AWS Free Tier-eligible services for the month of June.\n\n"
         "If you have questions, contact AWS Support through the Support Center.\n\nAmazon Web Services\n" % ACCT, cte="7bit"),
    "AWS Free Tier alert, mentions Support Center conditionally; unrelated.")


# ---------------------------------------------------------------- write
def render(msg):
    hs = list(msg["headers"])
    ch, body = msg["body"]
    hs.extend(ch)
    raw = b""
    for k, v in hs:
        raw += ("%s: %s\n" % (k, v)).encode("ascii")
    raw += b"\n" + body
    if msg["crlf"]:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(HERE, f))
    for msg in MSGS:
        base = "%03d-%s" % (msg["n"], msg["slug"])
        with open(os.path.join(HERE, base + ".eml"), "wb") as fh:
            fh.write(render(msg))
        with open(os.path.join(HERE, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(msg["label"], fh, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d messages" % len(MSGS))


if __name__ == "__main__":
    main()
