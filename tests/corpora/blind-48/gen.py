#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-slug.eml + NNN-slug.json (and README.md) next to this file.
One mailbox owner: Ryo Tachibana, personal + old company address.
"""
import base64
import hashlib
import json
import os
import quopri
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "r.tachibana.mail@gmail.com"
ME_C = "ryo.tachibana@kazamori-sol.co.jp"
ME_NAME = "Ryo Tachibana"
ME_JA = "立花 諒"
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_B = "13958720441"        # 11 digits, filed from company address, APN hold
CASE_A = "173984760214459"    # 15 digits, filed from personal address
CASE_A2 = "173984771808132"   # 15 digits, duplicate form submission
CASE_C = "17409921463"        # console case (Support Center)
CASE_D = "8471203965"         # 10 digits, 2021 case, reopened
CASE_E = "174191052300517"    # 15 digits, third account (Japanese agent)
CASE_F = "174295038100942"    # 15 digits, missing exam record

OLD_ID = "AWS03917264"   # company cert account
NEW_ID = "AWS11842075"   # personal cert account
SSO_ID = "AWS07730419"   # third account (Partner Central SSO)

JST = timezone(timedelta(hours=9))
PST = timezone(timedelta(hours=-8))
UTC = timezone.utc

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def tc(case, sep="RE:"):
    return f"{sep}[CASE {case}] {TC_SUBJ}"


def d(y, mo, da, h, mi, tz=UTC):
    return datetime(y, mo, da, h, mi, tzinfo=tz)


_mids = {}


def mid(key, style="ses"):
    h = hashlib.sha1(key.encode()).hexdigest()
    if style == "ses":
        v = f"<0100019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:37]}-000000@email.amazonses.com>"
    elif style == "gmail":
        v = f"<CAK{h[:6]}+{h[6:20]}_{h[20:30]}@mail.gmail.com>"
    elif style == "outlook":
        v = f"<TYWPR01MB{h[:4]}{h[4:16].upper()}@TYWPR01MB{h[16:20]}.jpnprd01.prod.outlook.com>"
    else:
        v = f"<{h[:20]}.{h[20:28]}@{style}>"
    _mids[key] = v
    return v


def auth_gmail(domain, ok=True, dkim_domain=None):
    dk = dkim_domain or domain
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=s2048 header.b=Qm3vL0aZ;\n"
                "       spf=pass (google.com: domain of bounce@%s designates 54.240.8.21 as permitted sender) smtp.mailfrom=bounce@%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dk, dk, dk, domain))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=s2048 header.b=Zq8yT1pW;\n"
            "       spf=softfail (google.com: domain of transitioning bounce@%s does not designate 185.212.44.9 as permitted sender) smtp.mailfrom=bounce@%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (dk, dk, dk, domain))


def auth_m365(domain, ok=True):
    if ok:
        return ("spf=pass (sender IP is 54.240.27.12) smtp.mailfrom=amazonses.com; "
                "dkim=pass (signature was verified) header.d=%s;dkim=pass (signature was verified) "
                "header.d=amazonses.com;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (domain, domain))
    return ("spf=fail (sender IP is 185.212.44.9) smtp.mailfrom=%s; dkim=fail (body hash did not verify) "
            "header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % (domain, domain, domain))


_bcount = [0]


def leaf(text, subtype="plain", charset="utf-8", cte="8bit"):
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    else:
        payload = raw
    if not payload.endswith(b"\n"):
        payload += b"\n"
    h = f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n'
    return h.encode(), payload


def multi(*parts, sub="alternative"):
    _bcount[0] += 1
    b = f"----=_Part_{_bcount[0]:04d}_{hashlib.md5(str(_bcount[0]).encode()).hexdigest()[:12]}"
    body = b""
    for h, p in parts:
        body += f"--{b}\n".encode() + h + b"\n" + p
    body += f"--{b}--\n".encode()
    return f'Content-Type: multipart/{sub};\n boundary="{b}"\n'.encode(), body


def enc_hdr(v, cs="utf-8"):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    return formataddr((name, a), charset=cs)


MESSAGES = []


def add(slug, kind, nr, case, cands, note, frm, to, subject, date, msgid, part,
        reply_to=None, refs=None, auth=None, crlf=False, hcs="utf-8", extra=None, cc=None):
    lines = []
    if auth:
        lines.append(("Authentication-Results", auth))
    lines.append(("From", frm))
    lines.append(("To", to))
    if cc:
        lines.append(("Cc", cc))
    lines.append(("Subject", enc_hdr(subject, hcs)))
    lines.append(("Date", format_datetime(date)))
    lines.append(("Message-ID", msgid))
    if reply_to:
        lines.append(("In-Reply-To", reply_to))
    if refs:
        lines.append(("References", " ".join(refs)))
    for k, v in (extra or []):
        lines.append((k, v))
    lines.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" for k, v in lines).encode()
    ph, pb = part
    raw = head + ph + b"\n" + pb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MESSAGES.append(dict(slug=slug, raw=raw, label={
        "kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cands}, note=note))


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


AWS_TC = "AWS Training and Certification"

# ---------------------------------------------------------------------------
# bodies reused for quoting
# ---------------------------------------------------------------------------
B_HOLD = f"""Hello Ryo,

Thank you for reaching out to AWS Training and Certification, and for the detail in your request.

I have located both certification accounts tied to the addresses you listed. While reviewing them I noticed that the account registered under {ME_C} is associated with an AWS Partner Network (APN) organization, Kazamori Solutions K.K. Certifications held on partner-associated accounts count towards that organization's partner tier, so our policy is not to move them out of the partner's view while the individual is still employed there. For that reason the merge is on hold for now.

This is not unusual and it is usually quick to sort out. What I need from you is a short statement that you are leaving (or have left) Kazamori Solutions, and the date your employment ends. With that I can ask our partner team to release the association and carry on with the merge.

Best regards,
Marisol V.
AWS Training and Certification Customer Support
"""

B_CLOSE = f"""Hi Ryo,

Following up on case {CASE_B}. We are still waiting for confirmation of your employment end date at Kazamori Solutions (see my colleague's note below).

Unless we hear from you within 72 hours this case will be closed automatically. A reply to this email is all it takes to keep it open.

Thanks,
Tomasz
AWS T&C Support
"""

B_WRONGADDR = f"""Hi Ryo,

Quick update on your case. Our partner team has confirmed that the APN association on your company account was removed today, so the hold is lifted and the merge can go ahead.

One more thing before I do that. Merge requests have to come from the address that will stay on file, and so far everything on this case has come from {ME_C}, which you have told us is the account going away. I also see a second case ({CASE_A}) opened from your personal address; I have linked the two and will keep working here.

So we need you to reply to this message from {ME_P}, stating that this is the account you wish to keep. As soon as that arrives I will send the final confirmation.

Kind regards,
Marisol V.
AWS Training and Certification Customer Support
"""

B_USER_PERSONAL = f"""Hi Marisol,

This is Ryo, writing from my personal address as requested. {ME_P} (candidate ID {NEW_ID}) is the account I want to keep. The company account ({OLD_ID}) can be merged into it.

Thanks,
Ryo
"""

B_CONFIRM_TXT = f"""Hello Ryo,

Thanks for writing in from your personal address. I'm Deepak and I'll be finishing this merge for you as Marisol is out today.

Here is what I found on our side:

Account #1 (candidate ID {NEW_ID})
  Login email: {ME_P}
  Training notification email: {ME_P}
  Certification notification email: {ME_P}

Account #2 (candidate ID {OLD_ID})
  Login email: {ME_C}
  Training notification email: {ME_C}
  Certification notification email: {ME_C}

Kindly confirm that you would like Account #2 merged into Account #1, with Account #1 being the account that remains. After the merge, Account #2 can no longer be signed in to.

Regards,
Deepak R.
AWS Training and Certification
"""

B_QUESTION = """Hi Deepak,

Before I confirm, one question: the company account has an unused 50% exam discount voucher, and I'm in the Certification SME program through it. Will those carry over to Account #1? I would rather not lose the voucher.

Ryo
"""

B_REASK = """Hi Ryo,

Good question. Yes: exam history, active certifications and any unused benefits, including the 50% voucher, move to the surviving account. SME program membership belongs to the person, not the login, so that stays too. The voucher keeps its original expiry date.

Shall I go ahead and merge Account #2 into Account #1?

Deepak
"""


def build():
    # 001 -------------------------------------------------------------------
    add("github-pr-merged", "unrelated", False, None, [],
        "GitHub 'Merged #41' notification: the word merged, no AWS case.",
        addr("Kenta Ogura", "notifications@github.com"), addr(ME_NAME, ME_P),
        "Re: [tachibana-r/dotfiles] Fix zsh completion for aws cli v2 (PR #41)",
        d(2025, 2, 8, 2, 14), mid("001", "github.com"),
        leaf("Merged #41 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/tachibana-r/dotfiles/pull/41#event-16338120\nYou are receiving this because you authored the thread.\n"),
        auth=auth_gmail("github.com"))

    # 002 -------------------------------------------------------------------
    hr = f"""立花さん

お疲れ様です。人事部の岡本です。
2月28日付のご退職に伴い、以下の手続きをお願いいたします。

  1. 健康保険証の返却（最終出社日まで）
  2. 貸与PC・入館証の返却（2月27日まで）
  3. 退職届の原本提出

なお、社用メールアカウント（{ME_C}）は最終出社日の18時に停止されます。
外部サービスに社用アドレスで登録しているものがあれば、事前に変更しておいてください。

ご不明点は本メールにご返信ください。

人事部 岡本
"""
    add("hr-offboarding-ja", "unrelated", False, None, [],
        "Japanese HR mail (ISO-2022-JP) full of requests and 'please reply' - but not AWS support.",
        addr("人事部 岡本 美咲", "jinji@kazamori-sol.co.jp", "iso-2022-jp"), addr(ME_JA, ME_C, "iso-2022-jp"),
        "【人事部】退職手続きに関するご案内", d(2025, 2, 10, 10, 5, JST), mid("002", "outlook"),
        leaf(hr, charset="iso-2022-jp", cte="7bit"), hcs="iso-2022-jp", crlf=True,
        auth="spf=pass (sender IP is 40.107.74.33) smtp.mailfrom=kazamori-sol.co.jp; dkim=pass (signature was verified) header.d=kazamori-sol.co.jp;dmarc=pass action=none header.from=kazamori-sol.co.jp;compauth=pass reason=100")

    # 003 -------------------------------------------------------------------
    cm = f"""Hello Ryo,

AWS Certification wants to hear from you!

As an AWS Certified individual, your opinion matters. We are inviting a small group of certification holders to share their experience with the AWS Certification program, from exam registration through to recertification.

The survey takes about 10 minutes and is open until March 14, 2025.

  Take the survey: https://survey.certmetrics.com/aws/2025q1?c={OLD_ID}

Your candidate ID: {OLD_ID}

Thank you,
AWS Certification

This message was sent from a notification-only address. Please do not reply to this email.
"""
    add("certmetrics-program-survey", "certification", False, None, [OLD_ID],
        "certmetrics feedback invitation: 'wants to hear from you', survey link, candidate ID - certification, not survey of a case.",
        addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "AWS Certification wants to hear from you", d(2025, 2, 10, 17, 40), mid("003", "certmetrics.com"),
        leaf(cm), auth=auth_m365("certmetrics.com"))

    # 004 -------------------------------------------------------------------
    add("builder-id-code", "unrelated", False, None, [],
        "Builder ID one-time code (6 digits) - 'verify' wording, no case.",
        addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
        "Verify your AWS Builder ID email address", d(2025, 2, 10, 23, 2), mid("004", "signin.aws"),
        leaf("Hello,\n\nTo finish creating your AWS Builder ID, enter the following verification code:\n\n    482915\n\nThis code expires in 30 minutes.\n\nIf you did not request this code, you can ignore this email.\n\nAmazon Web Services\n"),
        auth=auth_gmail("signin.aws"))

    # 005 -------------------------------------------------------------------
    add("skillbuilder-welcome", "unrelated", False, None, [],
        "Training platform welcome mail with 'complete your profile' call to action.",
        addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
        "Welcome to AWS Skill Builder", d(2025, 2, 10, 23, 20), mid("005", "aws.training"),
        multi(leaf("Welcome, Ryo!\n\nYour AWS Skill Builder profile is ready. Complete your profile to get personalised learning recommendations.\n\nStart learning: https://skillbuilder.aws/\n"),
              leaf("<html><body><h2>Welcome, Ryo!</h2><p>Your AWS Skill Builder profile is ready.</p><p><a href=\"https://skillbuilder.aws/\">Complete your profile</a> to get personalised learning recommendations.</p></body></html>", "html", cte="quoted-printable")),
        auth=auth_gmail("aws.training"))

    # 006 -------------------------------------------------------------------
    ack_b = f"""立花 諒 様

Amazon Web Services にお問い合わせいただきありがとうございます。ケース {CASE_B} を作成しました。担当者より通常24時間以内にご連絡いたします。

すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。重複したケースは対応の遅れにつながります。

ケースの詳細は次のとおりです:

ケース ID: {CASE_B}
件名: {TC_SUBJ}
重要度: 一般的なガイダンス
お問い合わせ内容:
Use Case: I am leaving Kazamori Solutions at the end of February and would like to merge my company certification account into my personal account.
All email addresses you may have used in our system: {ME_C}, {ME_P}
The email address you would like to keep on file: {ME_P}

このケースに情報を追加する場合は、このメールに返信してください。

よろしくお願いいたします。
Amazon Web Services
"""
    add("form-ack-company-ja", "acknowledgement", False, CASE_B, [],
        "Japanese acknowledgement (UTF-8 base64, CRLF) with 'このメールに返信してください' conditional - asks nothing.",
        addr(AWS_TC, FORM), ME_C, tc(CASE_B), d(2025, 2, 11, 1, 12), mid("006"),
        leaf(ack_b, cte="base64"), auth=auth_m365("amazon.com"), crlf=True)

    # 007 -------------------------------------------------------------------
    nl = """クラウド通信 第214号（2025年2月12日）

■ 今週のトピック
・AWS認定の再認定ルールが一部変更に
・転職時に困らない「認定アカウントの統合」手順まとめ
・Bedrock の新しいモデルが東京リージョンで利用可能に

■ 読者アンケートのお願い
今後の記事のテーマについて、ぜひご意見をお聞かせください。
https://cloud-tsushin.example.jp/enquete

配信停止はこちら: https://cloud-tsushin.example.jp/unsubscribe
"""
    add("newsletter-ja-sjis", "unrelated", False, None, [],
        "Japanese newsletter (Shift_JIS) mentioning account merge and asking for a reader survey.",
        addr("クラウド通信", "news@cloud-tsushin.example.jp", "shift_jis"), ME_P,
        "クラウド通信 第214号：認定アカウント統合の手順ほか", d(2025, 2, 12, 8, 0, JST), mid("007", "cloud-tsushin.example.jp"),
        leaf(nl, charset="shift_jis", cte="8bit"), hcs="shift_jis",
        auth=auth_gmail("cloud-tsushin.example.jp"))

    # 008 -------------------------------------------------------------------
    add("apn-hold-asks-leaving-date", "on_hold", True, CASE_B, [],
        "APN partner hold, long explanation; the ask ('What I need from you is...') has no 'please'.",
        addr(AWS_TC, FORM), ME_C, tc(CASE_B, "RE: "), d(2025, 2, 12, 3, 48), mid("008"),
        leaf(B_HOLD), auth=auth_m365("amazon.com"), reply_to=_mids["006"], refs=[_mids["006"]])

    # 009 -------------------------------------------------------------------
    add("jira-resolved", "unrelated", False, None, [],
        "Jira issue resolved notification ('Resolved', 'merged'), company mailbox.",
        addr("Shota Nakai (Jira)", "jira@kazamori.atlassian.net"), ME_C,
        "[JIRA] (KAZ-221) Migrate build agents to Graviton", d(2025, 2, 12, 6, 30), mid("009", "kazamori.atlassian.net"),
        leaf("Shota Nakai resolved KAZ-221 as Done.\n\nMigrate build agents to Graviton\n------------------------------\nResolution: Done\nAssignee: Ryo Tachibana\nComment: PR merged, agents are running on c7g.large now. Thanks Ryo!\n\nView issue: https://kazamori.atlassian.net/browse/KAZ-221\n"),
        auth=auth_m365("atlassian.net"))

    # 010 -------------------------------------------------------------------
    ph = """Dear AWS Certified Professional,

We are processing the account merge request submitted for your AWS Certification profile.

To avoid losing your certifications, exam history and benefits, you must confirm your identity within 24 hours. Unconfirmed merge requests are cancelled and the affected certifications are suspended.

    Confirm now: https://aws-certification-merge.com/verify?case=17398801245

Reply "CONFIRMED" only after completing the verification above.

AWS Training & Certification Support Team
"""
    add("lookalike-merge-confirm", "suspicious", False, None, [],
        "Phishing from lookalike domain (auth passes for its own domain) with a fake [CASE n] and a confirm request.",
        addr("AWS Training & Certification", "support@aws-certification-merge.com"), ME_P,
        "RE:[CASE 17398801245] Action required: confirm your certification account merge",
        d(2025, 2, 12, 14, 3), mid("010", "aws-certification-merge.com"),
        leaf(ph), auth=auth_gmail("aws-certification-merge.com"))

    # 011 -------------------------------------------------------------------
    bill = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 7716, is available on the AWS web site. Your account will be charged the following:

Total: $3.41

Account: 480213957716
Invoice number: 2047835912

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    add("billing-statement", "unrelated", False, None, [],
        "Billing mail from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID and 10-digit invoice number are not case IDs.",
        addr("Amazon Web Services", NOREPLY), ME_P,
        "Amazon Web Services Billing Statement Available [Account: 480213957716]",
        d(2025, 2, 13, 9, 15), mid("011"), leaf(bill), auth=auth_gmail("amazon.com"))

    # 012 -------------------------------------------------------------------
    add("closing-warning-72h", "closing_notice", True, CASE_B, [],
        "Closing notice ('closed automatically', 'a reply is all it takes') over Outlook-quoted hold request.",
        addr(AWS_TC, FORM), ME_C, tc(CASE_B), d(2025, 2, 14, 2, 2), mid("012"),
        leaf(B_CLOSE + f"\n-----Original Message-----\nFrom: {AWS_TC} <{FORM}>\nSent: Wed, 12 Feb 2025 03:48 UTC\nTo: {ME_C}\nSubject: {tc(CASE_B, 'RE: ')}\n\n" + B_HOLD, cte="quoted-printable"),
        auth=auth_m365("amazon.com"), reply_to=_mids["008"], refs=[_mids["006"], _mids["008"]])

    # 013 -------------------------------------------------------------------
    fwd = f"""会社メール停止前に自分用に転送。週明けに返信する。

---------- Forwarded message ---------
From: {AWS_TC} <{FORM}>
Date: Fri, Feb 14, 2025 at 11:02 AM
Subject: {tc(CASE_B)}
To: <{ME_C}>


""" + B_CLOSE + "\n" + B_HOLD
    add("self-forward-to-personal", "user_reply", False, CASE_B, [],
        "Owner forwards the closing notice from company to personal address: the asks are only forwarded copies.",
        addr(ME_JA, ME_C), ME_P, "Fwd: " + tc(CASE_B), d(2025, 2, 14, 21, 30, JST), mid("013", "outlook"),
        leaf(fwd), reply_to=None)

    # 014 -------------------------------------------------------------------
    reply_b = f"""Hello Marisol, Tomasz,

Sorry for the late reply. I confirm that I am leaving Kazamori Solutions K.K.; my last working day is 28 February 2025 and this company mailbox will be shut down that day.
For reference, my candidate ID on the company account is {OLD_ID}.

Please continue with the merge into my personal account ({ME_P}).

Ryo Tachibana

________________________________
From: {AWS_TC} <{FORM}>
Sent: Friday, February 14, 2025 11:02
To: {ME_JA} <{ME_C}>
Subject: {tc(CASE_B)}

""" + B_CLOSE + f"""
-----Original Message-----
From: {AWS_TC} <{FORM}>
Sent: Wed, 12 Feb 2025 03:48 UTC
To: {ME_C}
Subject: {tc(CASE_B, 'RE: ')}

""" + B_HOLD
    add("reply-leaving-date", "user_reply", False, CASE_B, [OLD_ID],
        "Owner's top-posted Outlook reply from company address; quoted history holds two requests.",
        addr(ME_JA, ME_C), addr(AWS_TC, FORM), tc(CASE_B), d(2025, 2, 17, 9, 41, JST), mid("014", "outlook"),
        leaf(reply_b, cte="quoted-printable"), reply_to=_mids["012"], refs=[_mids["006"], _mids["008"], _mids["012"]], crlf=True)

    # 015 -------------------------------------------------------------------
    hold2 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">
<p>立花 様</p>
<p>ご連絡ありがとうございます。AWS トレーニングと認定 サポートの佐伯です。<br>
退職日（2025年2月28日）について承知いたしました。</p>
<p>現在、AWS パートナーネットワーク（APN）担当チームに対し、旧アカウントと Kazamori Solutions K.K. との関連付けの解除を依頼しております。
担当チームからの回答待ちのため、本ケースは一時保留とさせていただきます。通常3〜5営業日ほどお時間をいただいております。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>ケース ID</th><td>{CASE_B}</td></tr>
<tr><th>ステータス</th><td>保留中（APN 担当チーム確認待ち）</td></tr>
<tr><th>お客様のご対応</th><td>不要</td></tr>
</table>
<p>進捗がございましたら、こちらからご連絡いたします。現時点でお客様にご対応いただくことはございません。</p>
<p>AWS トレーニングと認定 カスタマーサポート<br>佐伯</p>
</body></html>
"""
    add("apn-hold-waiting-ja-html", "on_hold", False, CASE_B, [],
        "Japanese HTML-only on_hold with a status table; explicitly nothing for the customer to do.",
        addr(AWS_TC, FORM), ME_C, tc(CASE_B), d(2025, 2, 17, 6, 55), mid("015"),
        leaf(hold2, "html", cte="quoted-printable"), auth=auth_m365("amazon.com"),
        reply_to=_mids["014"], refs=[_mids["006"], _mids["008"], _mids["012"], _mids["014"]])

    # 016 -------------------------------------------------------------------
    pv = """Dear Ryo Tachibana,

Thank you for scheduling your AWS Certified DevOps Engineer - Professional exam with Pearson VUE.

Registration ID: 412078356
Exam: DOP-C02 AWS Certified DevOps Engineer - Professional
Date and time: Saturday, March 22, 2025 10:00 JST
Delivery: OnVUE online proctored

Please run the system test before exam day and be ready to check in 30 minutes early. If you need to reschedule or cancel, please do so at least 24 hours before your appointment.

Pearson VUE
"""
    add("pearson-appointment", "unrelated", False, None, [],
        "Exam vendor confirmation with a 9-digit registration ID and 'please' instructions.",
        addr("Pearson VUE", "donotreply@pearson.com"), ME_P,
        "Confirmation of your AWS Certified DevOps Engineer - Professional exam appointment",
        d(2025, 2, 17, 11, 30), mid("016", "pearson.com"), leaf(pv), auth=auth_gmail("pearson.com"))

    # 017 -------------------------------------------------------------------
    form_a = f"""Use Case: I'm leaving my employer and want my company certification account ({OLD_ID}) merged into my personal one ({NEW_ID}).
All email addresses you may have used in our system: {ME_C}, {ME_P}
The email address you would like to keep on file: {ME_P}"""
    ack_a = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_A} to address your request. A member of our team will respond, usually within 24 hours.

If you have already opened a case for this issue, please do not open another case for the same request.

The details of your case are as follows:

Case ID: {CASE_A}
Subject: {TC_SUBJ}
Severity: General guidance
Correspondence:
{form_a}

To add more information to this case, reply to this email.

Sincerely,
Amazon Web Services
"""
    add("form-ack-personal", "acknowledgement", False, CASE_A, [OLD_ID, NEW_ID],
        "Second case for the same request (personal address, 15 digits); 'please do not open another case' and reply invitation are not asks.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_A), d(2025, 2, 18, 3, 0), mid("017"),
        leaf(ack_a), auth=auth_gmail("amazon.com"))

    # 018 -------------------------------------------------------------------
    ack_a2 = ack_a.replace(CASE_A, CASE_A2)
    html_a2 = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in ack_a2.strip().split("\n\n")) + "</body></html>"
    add("form-ack-duplicate", "acknowledgement", False, CASE_A2, [OLD_ID, NEW_ID],
        "Duplicate form submission two minutes later: a second acknowledgement with another 15-digit case.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_A2, "RE: "), d(2025, 2, 18, 3, 2), mid("018"),
        multi(leaf(ack_a2, cte="quoted-printable"), leaf(html_a2, "html", cte="quoted-printable")),
        auth=auth_gmail("amazon.com"), crlf=True)

    # 019 -------------------------------------------------------------------
    dup = f"""Hello,

This case ({CASE_A2}) is a duplicate of case {CASE_A}, which was created from the same form submission a couple of minutes earlier. To avoid crossed replies we have closed this one.

Your request remains open under case {CASE_A}. No further action is required on this case.

Regards,
AWS Training and Certification
"""
    add("duplicate-closed", "resolved", False, CASE_A2, [],
        "Duplicate case closed, mentions the other case number; 'no further action is required'.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_A2), d(2025, 2, 18, 3, 15), mid("019"),
        leaf(dup), auth=auth_gmail("amazon.com"), reply_to=_mids["018"], refs=[_mids["018"]])

    # 020 -------------------------------------------------------------------
    ua = f"""Hi,

Sorry - I pressed submit twice, and I also have case {CASE_B} open from my company address for the same merge. Which case should I follow?

Ryo

On Tue, Feb 18, 2025 at 12:00 PM AWS Training and Certification <{FORM}> wrote:
{q(ack_a)}
"""
    add("reply-which-case", "user_reply", False, CASE_A, [],
        "Owner's Gmail reply asking support a question; mentions the other case number.",
        addr(ME_NAME, ME_P), addr(AWS_TC, FORM), tc(CASE_A), d(2025, 2, 18, 12, 22, JST), mid("020", "gmail"),
        leaf(ua), reply_to=_mids["017"], refs=[_mids["017"]])

    # 021 -------------------------------------------------------------------
    cu = f"""Hello Ryo,

Thanks for flagging this. Your merge is already being worked on in case {CASE_B}, which you opened from your company address, so we have linked the two cases. The agent on {CASE_B} will continue with the merge and you will hear from them there; we'll post here as well once it's done.

Best,
Lena
AWS Training and Certification
"""
    add("cases-linked-update", "case_update", False, CASE_A, [],
        "Progress note linking two cases (two case numbers in body); asks nothing.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_A), d(2025, 2, 18, 19, 10), mid("021"),
        leaf(cu), auth=auth_gmail("amazon.com"), reply_to=_mids["020"], refs=[_mids["017"], _mids["020"]])

    # 022 -------------------------------------------------------------------
    mk = """AWS Summit Japan 2025 の事前登録を受け付け中です。

立花 様

今年も AWS Summit Japan を開催いたします。150以上のセッション、ハンズオン、そして AWS 認定者ラウンジをご用意しております。
認定者ラウンジのご利用には、当日 AWS 認定のデジタルバッジをご提示ください。

▼ 今すぐ登録する
https://aws.amazon.com/jp/summits/japan/

このメールは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。
配信停止: https://pages.awscloud.com/unsubscribe
"""
    add("marketing-summit-ja", "unrelated", False, None, [],
        "AWS Japanese marketing (UTF-8 base64) mentioning certification and badges.",
        addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
        "【AWS Summit Japan 2025】事前登録受付中", d(2025, 2, 19, 1, 0), mid("022"),
        leaf(mk, cte="base64"), auth=auth_gmail("amazon.com"))

    # 023 -------------------------------------------------------------------
    exp = f"""Hello Ryo Tachibana,

Your AWS Certified Solutions Architect - Associate certification (validation number 7KX2P1R5Q1F4Q9S3) expires on May 20, 2025.

To maintain your certification, pass the current version of the exam or a qualifying higher-level exam before the expiration date. Your benefits, including the 50% discount on your next exam, are available in your AWS Certification Account.

Candidate ID: {OLD_ID}

Regards,
AWS Certification
"""
    add("cert-expiry-notice", "certification", False, None, [OLD_ID],
        "certmetrics expiry notice to company address with candidate ID; imperative 'pass the exam' is not a case ask.",
        addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "Your AWS Certification expires in 90 days", d(2025, 2, 19, 16, 0), mid("023", "certmetrics.com"),
        leaf(exp), auth=auth_m365("certmetrics.com"))

    # 024 -------------------------------------------------------------------
    add("apn-released-write-from-personal", "info_request", True, CASE_B, [],
        "Mixed mail: progress news first (hold lifted), then 'we need you to reply from <personal>'; mentions the second case number.",
        addr(AWS_TC, FORM), ME_C, tc(CASE_B), d(2025, 2, 20, 0, 35), mid("024"),
        leaf(B_WRONGADDR), auth=auth_m365("amazon.com"), reply_to=_mids["015"],
        refs=[_mids["006"], _mids["008"], _mids["012"], _mids["014"], _mids["015"]])

    # 025 -------------------------------------------------------------------
    it = f"""各位

情報システム部です。
退職予定者の社用メールアカウントについて、以下のとおり停止いたします。

  対象: {ME_C}
  停止日時: 2025年2月28日 18:00

停止後は受信メールもすべて不達となります。転送設定は行いませんのでご注意ください。
問題がある場合は2月26日までに情報システム部までご連絡ください。
"""
    add("mailbox-deactivation-ja-sjis", "unrelated", False, None, [],
        "Company IT notice (Shift_JIS base64) about the company mailbox closing; relevant to the story but not support mail.",
        addr("情報システム部", "it-helpdesk@kazamori-sol.co.jp", "shift_jis"), ME_C,
        "【情報システム部】社用メールアカウント停止のお知らせ", d(2025, 2, 20, 9, 50, JST), mid("025", "outlook"),
        leaf(it, charset="shift_jis", cte="base64"), hcs="shift_jis", crlf=True,
        auth="spf=pass (sender IP is 40.107.74.33) smtp.mailfrom=kazamori-sol.co.jp; dkim=pass (signature was verified) header.d=kazamori-sol.co.jp;dmarc=pass action=none header.from=kazamori-sol.co.jp;compauth=pass reason=100")

    # 026 -------------------------------------------------------------------
    up = B_USER_PERSONAL + f"\nOn Thu, Feb 20, 2025 at 9:35 AM AWS Training and Certification <{FORM}> wrote:\n" + q(B_WRONGADDR) + "\n"
    add("reply-from-personal-no-subject-token", "user_reply", False, CASE_B, [NEW_ID, OLD_ID],
        "Reply from the personal address with a new subject (no [CASE]); threads only by In-Reply-To/References.",
        addr(ME_NAME, ME_P), addr(AWS_TC, FORM), "Merge request - writing from my personal address",
        d(2025, 2, 20, 10, 2, JST), mid("026", "gmail"), leaf(up),
        reply_to=_mids["024"], refs=[_mids["006"], _mids["024"]])

    # 027 -------------------------------------------------------------------
    rows = lambda n, cid, a: (f"<tr><td rowspan=\"4\" style=\"font-weight:bold\">Account #{n}</td><td>Candidate ID</td><td>{cid}</td></tr>"
                              f"<tr><td>Login email</td><td>{a}</td></tr><tr><td>Training notification email</td><td>{a}</td></tr>"
                              f"<tr><td>Certification notification email</td><td>{a}</td></tr>")
    conf_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Ryo,</p>
<p>Thanks for writing in from your personal address. I'm Deepak and I'll be finishing this merge for you as Marisol is out today.</p>
<p>Here is what I found on our side:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
{rows(1, NEW_ID, ME_P)}
{rows(2, OLD_ID, ME_C)}
</table>
<p>Kindly confirm that you would like Account #2 merged into Account #1, with Account #1 being the account that remains. After the merge, Account #2 can no longer be signed in to.</p>
<p>Regards,<br>Deepak R.<br>AWS Training and Certification</p>
<div style="border-top:1px solid #ccc;margin-top:12px;padding-top:6px;color:#555">
<p>On Thu, Feb 20, 2025, Ryo Tachibana &lt;{ME_P}&gt; wrote:</p>
<blockquote style="margin-left:8px;border-left:2px solid #ccc;padding-left:8px">{B_USER_PERSONAL.replace(chr(10), '<br>')}</blockquote>
</div>
</body></html>
"""
    add("confirm-accounts-html-table", "confirmation_request", True, CASE_B, [NEW_ID, OLD_ID],
        "HTML-only confirmation request; Account #1/#2 in a table; 'Kindly confirm'.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_B), d(2025, 2, 20, 4, 50), mid("027"),
        leaf(conf_html, "html", cte="quoted-printable"), auth=auth_gmail("amazon.com"),
        reply_to=_mids["026"], refs=[_mids["024"], _mids["026"]])

    # 028 -------------------------------------------------------------------
    uq = B_QUESTION + f"\nOn Thu, Feb 20, 2025 at 1:50 PM AWS Training and Certification <{FORM}> wrote:\n" + q(B_CONFIRM_TXT) + "\n"
    add("reply-asks-about-voucher", "user_reply", False, CASE_B, [],
        "Owner answers a confirmation request with a question instead of confirming; quoted text holds the request and IDs.",
        addr(ME_NAME, ME_P), addr(AWS_TC, FORM), tc(CASE_B), d(2025, 2, 20, 14, 3, JST), mid("028", "gmail"),
        leaf(uq), reply_to=_mids["027"], refs=[_mids["024"], _mids["026"], _mids["027"]])

    # 029 -------------------------------------------------------------------
    ship = """立花 諒 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-4418203-7712094
お届け予定: 2月22日(土)
商品: USB-C ハブ 7in1

配送状況の確認: https://www.amazon.co.jp/gp/your-account/order-history

またのご利用をお待ちしております。
Amazon.co.jp
"""
    add("amazon-jp-shipped", "unrelated", False, None, [],
        "Amazon.co.jp shipping notice in Japanese (UTF-8 8bit): amazon but not AWS.",
        addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P, "Amazon.co.jp ご注文の商品を発送しました",
        d(2025, 2, 20, 15, 12, JST), mid("029", "amazon.co.jp"), leaf(ship), auth=auth_gmail("amazon.co.jp"))

    # 030 -------------------------------------------------------------------
    reask = B_REASK + f"""
On Thu, Feb 20, 2025 at 2:03 PM, Ryo Tachibana <{ME_P}> wrote:
{q(B_QUESTION)}
>
> On Thu, Feb 20, 2025 at 1:50 PM AWS Training and Certification <{FORM}> wrote:
{q(B_CONFIRM_TXT, '> > ')}
"""
    add("confirm-reask-bare-question", "confirmation_request", True, CASE_B, [],
        "Top-posted answer to the owner's question, ending in a bare 'Shall I go ahead...?'; IDs only in quoted history.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_B), d(2025, 2, 20, 7, 26), mid("030"),
        leaf(reask), auth=auth_gmail("amazon.com"), reply_to=_mids["028"],
        refs=[_mids["024"], _mids["026"], _mids["027"], _mids["028"]])

    # 031 -------------------------------------------------------------------
    add("slack-digest", "unrelated", False, None, [],
        "Slack digest; 'reply in thread' wording.",
        addr("Slack", "feedback@slack.com"), ME_P, "[Slack] New messages from JAWS-UG Kanazawa",
        d(2025, 2, 20, 7, 30), mid("031", "slack.com"),
        leaf("You have 3 new messages in JAWS-UG Kanazawa.\n\n#general  Yuki: Anyone going to the March meetup? Please reply in the thread so I can count seats.\n\nOpen Slack: https://jawsug-kanazawa.slack.com/\n"),
        auth=auth_gmail("slack.com"))

    # 032 -------------------------------------------------------------------
    ok = f"""Confirmed. Please merge to Account #1.

Thanks!
Ryo

On Thu, Feb 20, 2025 at 4:26 PM AWS Training and Certification <{FORM}> wrote:
{q(B_REASK)}
"""
    add("reply-confirmed", "user_reply", False, CASE_B, [],
        "The classic 'Confirmed. Please merge to Account #1.' reply (contains 'Please').",
        addr(ME_NAME, ME_P), addr(AWS_TC, FORM), tc(CASE_B), d(2025, 2, 20, 16, 40, JST), mid("032", "gmail"),
        leaf(ok), reply_to=_mids["030"], refs=[_mids["024"], _mids["026"], _mids["027"], _mids["028"], _mids["030"]])

    # 033 -------------------------------------------------------------------
    done = f"""Hi Ryo,

I have successfully merged all accounts. Account #1 ({ME_P}) now holds your full exam history, certifications and benefits, including the voucher. Your Credly badges will be re-issued to your personal address, usually within a day.

If anything looks off after you sign in, feel free to reply to this email.

Deepak R.
AWS Training and Certification

On Thu, Feb 20, 2025 at 4:40 PM, Ryo Tachibana <{ME_P}> wrote:
> Confirmed. Please merge to Account #1.
>
> On Thu, Feb 20, 2025 at 4:26 PM AWS Training and Certification wrote:
{q(B_REASK, '> > ')}
> >
{q(B_CONFIRM_TXT, '> > > ')}
"""
    add("merged-quotes-requests", "resolved", False, CASE_B, [],
        "'successfully merged' above quoted confirmation requests (with Account #1/#2 and 'Kindly confirm'); conditional reply invitation.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_B), d(2025, 2, 20, 8, 5), mid("033"),
        leaf(done, cte="quoted-printable"), auth=auth_gmail("amazon.com"), crlf=True,
        reply_to=_mids["032"], refs=[_mids["024"], _mids["026"], _mids["027"], _mids["030"], _mids["032"]])

    # 034 -------------------------------------------------------------------
    cr1 = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Ryo,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>
<table cellpadding="8"><tr><td><img src="https://images.credly.com/size/110x110/images/0e284c3f/saa.png" alt=""></td>
<td><b>AWS Certified Solutions Architect &ndash; Associate</b><br>Issued: February 20, 2025<br>Expires: May 20, 2025</td></tr></table>
<p><a href="https://www.credly.com/earner/earned/badge/5b2c9d1e-8a3f-4c77-9e61-2f0d4b7a8c13">Accept your badge</a></p>
<p>Accept and share your badge to let others know about your achievement.</p>
<p>Credly, Inc.</p></body></html>
"""
    add("credly-badge-issued", "badge", False, None, [],
        "Credly badge after the merge: HTML with 'Accept your badge' call to action and a badge UUID.",
        addr("Credly", "admin@credly.com"), ME_P,
        "Amazon Web Services Training and Certification has issued you a badge", d(2025, 2, 20, 9, 1), mid("034", "credly.com"),
        multi(leaf("Hi Ryo,\n\nAmazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect - Associate.\n\nAccept your badge: https://www.credly.com/earner/earned/badge/5b2c9d1e-8a3f-4c77-9e61-2f0d4b7a8c13\n"),
              leaf(cr1, "html", cte="quoted-printable")), auth=auth_gmail("credly.com"))

    # 035 -------------------------------------------------------------------
    add("credly-badge-second", "badge", False, None, [],
        "Second Credly mail (older youracclaim.com sender) for another badge.",
        addr("Credly", "admin@youracclaim.com"), ME_P,
        "Your AWS Certified Cloud Practitioner badge is ready to share", d(2025, 2, 20, 9, 3), mid("035", "youracclaim.com"),
        leaf("Hi Ryo,\n\nYour badge \"AWS Certified Cloud Practitioner\" issued by Amazon Web Services Training and Certification is now in your Credly wallet.\n\nShare it on LinkedIn: https://www.credly.com/badges/0c7d2e41-3b18-4f2a-a8e5-91d6c0f3b742/linked_in\n\nCredly\n"),
        auth=auth_gmail("youracclaim.com"))

    # 036 -------------------------------------------------------------------
    sv = f"""Hello Ryo,

Your recent case with AWS Training and Certification ({CASE_B}) has been resolved. We'd love to know how we did.

How satisfied were you with the support you received?

  Very satisfied    https://survey.aws.training/r?c={CASE_B}&s=5
  Satisfied         https://survey.aws.training/r?c={CASE_B}&s=4
  Neutral           https://survey.aws.training/r?c={CASE_B}&s=3
  Dissatisfied      https://survey.aws.training/r?c={CASE_B}&s=2
  Very dissatisfied https://survey.aws.training/r?c={CASE_B}&s=1

The survey takes less than a minute. Thank you for helping us improve.

AWS Training and Certification
"""
    add("case-survey", "survey", False, CASE_B, [],
        "Satisfaction survey naming the case; 'how satisfied were you' question.",
        addr(AWS_TC, "aws-tc-feedback@amazon.com"), ME_P, f"How did we do? Your case {CASE_B}",
        d(2025, 2, 21, 2, 0), mid("036"), leaf(sv), auth=auth_gmail("amazon.com"))

    # 037 -------------------------------------------------------------------
    ca = f"""Hello Ryo,

Your account merge was completed under case {CASE_B}, so we are closing this linked case ({CASE_A}). No further action is required.

Thank you,
AWS Training and Certification
"""
    add("linked-case-closed", "resolved", False, CASE_A, [],
        "Short closure of the linked case; two case numbers, the subject's is the case.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_A, "RE: "), d(2025, 2, 21, 4, 15), mid("037"),
        leaf(ca), auth=auth_gmail("amazon.com"), reply_to=_mids["021"], refs=[_mids["017"], _mids["020"], _mids["021"]])

    # 038 -------------------------------------------------------------------
    fake = f"""Hello Ryo,

During the final step of your account merge we were unable to verify ownership of Account #1. To prevent loss of your certifications, please re-verify your AWS Builder ID within 48 hours:

https://aws-training-verify.net/builderid/reverify?case={CASE_B}

If verification is not completed, the merged account will be locked and your certifications revoked.

Regards,
Deepak R.
AWS Training and Certification
"""
    add("spoofed-amazon-dmarc-fail", "suspicious", False, None, [],
        "Spoofed From: the real form address and real case subject, but dkim=fail / dmarc=fail for amazon.com.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_B), d(2025, 2, 22, 11, 48), mid("038", "mail-relay7.example.net"),
        leaf(fake), auth=auth_gmail("amazon.com", ok=False))

    # 039 -------------------------------------------------------------------
    oof = """立花さん

自動応答メッセージです。

2月24日(月)〜2月26日(水)は出張のため不在にしております。
メールは確認次第ご返信いたします。
お急ぎの場合は、開発部 代表（dev@kazamori-sol.co.jp）までご連絡ください。

中井 翔太
"""
    add("colleague-out-of-office-ja", "unrelated", False, None, [],
        "Japanese out-of-office auto-reply (ISO-2022-JP): 'ご返信いたします', 'ご連絡ください'.",
        addr("中井 翔太", "s.nakai@kazamori-sol.co.jp", "iso-2022-jp"), ME_C,
        "自動応答: 引き継ぎ資料の件", d(2025, 2, 24, 9, 3, JST), mid("039", "outlook"),
        leaf(oof, charset="iso-2022-jp", cte="7bit"), hcs="iso-2022-jp",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        auth="spf=pass (sender IP is 40.107.74.33) smtp.mailfrom=kazamori-sol.co.jp; dkim=pass (signature was verified) header.d=kazamori-sol.co.jp;dmarc=pass action=none header.from=kazamori-sol.co.jp;compauth=pass reason=100")

    # 040 -------------------------------------------------------------------
    bounce = f"""Delivery has failed to these recipients or groups:

{ME_C}
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
From: {ME_NAME} <{ME_P}>
Subject: Fwd: {tc(CASE_B)}
Date: Mon, 3 Mar 2025 08:10:22 +0900
"""
    add("bounce-old-company-address", "unrelated", False, None, [],
        "Bounce of the owner's forward to the closed company mailbox; subject carries [CASE n].",
        addr("Microsoft Outlook", "postmaster@kazamori-sol.co.jp"), ME_P,
        "Undeliverable: Fwd: " + tc(CASE_B), d(2025, 3, 2, 23, 10), mid("040", "kazamori-sol.co.jp"),
        leaf(bounce), auth=auth_gmail("kazamori-sol.co.jp"))

    # ---------------- console case C ---------------------------------------
    footer_c = f"""
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.

====================================================================
Learn to work with the AWS Cloud. Get started with free online videos and self-paced labs at
http://aws.amazon.com/training/
====================================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
    ackc = f"""Dear AWS Customer,

Thank you for contacting Amazon Web Services. We have opened case {CASE_C} to address your issue.

The details of your case are as follows:

Case ID: {CASE_C}
Subject: Exam voucher missing after certification account merge
Severity: General guidance
Correspondence: After my certification accounts were merged last week the 50% exam discount voucher no longer shows under Benefits.

[AWS ID 480213957716]

We will respond to your case as soon as possible. You can view or update your case at any time in the AWS Support Center.
""" + footer_c
    add("console-new-case", "acknowledgement", False, CASE_C, [],
        "Console 'New Support case' acknowledgement from no-reply-aws; 12-digit AWS ID in the body.",
        addr("Amazon Web Services", NOREPLY), ME_P, f"Amazon Web Services: New Support case: {CASE_C}",
        d(2025, 3, 3, 1, 20), mid("041"), leaf(ackc), auth=auth_gmail("amazon.com"))

    # 042 -------------------------------------------------------------------
    fb = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.
"""
    irc = """Hello,

My name is Aleksandr and I'll be looking into this with you.

Exam benefits are owned by the AWS Training and Certification team rather than AWS Support, so I have opened an internal request with them. To give them what they need, could you let us know:

 - the candidate ID of the certification account that should hold the voucher
 - the first four characters of the voucher code, if you noted it before the merge

Responses sent to this email address are not received; please add them to the case in the Support Center.
""" + fb + """
Best regards,

Aleksandr K.
Amazon Web Services
""" + footer_c
    add("console-asks-candidate-id", "info_request", True, CASE_C, [],
        "Console case request ('could you let us know') answered only in Support Center; feedback footer and 'cannot accept incoming e-mails'.",
        addr("Amazon Web Services", NOREPLY), ME_P, f"RE:[CASE {CASE_C}] Exam voucher missing after certification account merge",
        d(2025, 3, 3, 18, 5), mid("042"), multi(leaf(irc, cte="quoted-printable"),
                                               leaf("<html><body><pre style=\"font-family:inherit\">" + irc.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>", "html", cte="quoted-printable")),
        auth=auth_gmail("amazon.com"), reply_to=_mids["041"], refs=[_mids["041"]])

    # 043 -------------------------------------------------------------------
    add("github-dependabot-merged", "unrelated", False, None, [],
        "GitHub: Dependabot PR merged/closed - 'merged' and 'closed' wording.",
        addr("dependabot[bot]", "notifications@github.com"), ME_P,
        "Re: [tachibana-r/cert-tracker] Bump boto3 from 1.36.2 to 1.36.9 (PR #17)",
        d(2025, 3, 4, 0, 12), mid("043", "github.com"),
        leaf("Merged #17 into main.\n\nThis pull request was closed. You can delete the branch dependabot/pip/boto3-1.36.9.\n\n--\nReply to this email directly or view it on GitHub.\n"),
        auth=auth_gmail("github.com"))

    # 044 -------------------------------------------------------------------
    clc = """Hello,

We haven't received a response to our last correspondence. If we don't hear from you within 3 days, this case will be resolved automatically.

If you still need help, add your reply to the case in the Support Center before then. Resolved cases can be reopened within 14 days of resolution.
""" + fb + """
Best regards,

Amazon Web Services
""" + footer_c
    add("console-auto-resolve-warning", "closing_notice", True, CASE_C, [],
        "Console closing notice ('resolved automatically'); answer in Support Center; feedback footer.",
        addr("Amazon Web Services", NOREPLY), ME_P, f"RE:[CASE {CASE_C}] Exam voucher missing after certification account merge",
        d(2025, 3, 7, 18, 10), mid("044"), leaf(clc), auth=auth_gmail("amazon.com"),
        reply_to=_mids["042"], refs=[_mids["041"], _mids["042"]], crlf=True)

    # 045 -------------------------------------------------------------------
    ur = f"""Sorry for the delay. The candidate ID is {NEW_ID}, and the voucher code started with XKQ7.

Ryo

On Sat, Mar 8, 2025 at 3:10 AM Amazon Web Services <{NOREPLY}> wrote:
{q(clc[:400])}
"""
    add("reply-to-noreply-by-email", "user_reply", False, CASE_C, [NEW_ID],
        "Owner answers a console case by email to no-reply-aws (wrong channel); still the owner's reply.",
        addr(ME_NAME, ME_P), addr("Amazon Web Services", NOREPLY), f"Re: RE:[CASE {CASE_C}] Exam voucher missing after certification account merge",
        d(2025, 3, 8, 9, 30, JST), mid("045", "gmail"), leaf(ur), reply_to=_mids["044"], refs=[_mids["041"], _mids["042"], _mids["044"]])

    # 046 -------------------------------------------------------------------
    rsc = f"""Hello,

Thank you for adding the details in the Support Center. The Training and Certification team has restored the 50% exam voucher to the account with candidate ID {NEW_ID}; it should now be listed under Benefits.

As this resolves the issue, I am marking the case as resolved. If you need anything else about this same issue you can reopen it in the Support Center within 14 days.
""" + fb + """
Best regards,

Aleksandr K.
Amazon Web Services
""" + footer_c
    add("console-resolved-with-footer", "resolved", False, CASE_C, [NEW_ID],
        "Console resolution with a rating footer and 'reopen within 14 days' - nothing to do.",
        addr("Amazon Web Services", NOREPLY), ME_P, f"RE:[CASE {CASE_C}] Exam voucher missing after certification account merge",
        d(2025, 3, 8, 22, 45), mid("046"), leaf(rsc, cte="quoted-printable"), auth=auth_gmail("amazon.com"),
        reply_to=_mids["044"], refs=[_mids["041"], _mids["042"], _mids["044"]])

    # 047 -------------------------------------------------------------------
    svc = f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your AWS Support case <b>{CASE_C}</b> was recently resolved. Please tell us about your experience. It takes about two minutes.</p>
<table cellpadding="6"><tr>
<td><a href="https://aws.amazon.com/survey/support?case={CASE_C}&r=1">1</a></td><td><a href="https://aws.amazon.com/survey/support?case={CASE_C}&r=2">2</a></td>
<td><a href="https://aws.amazon.com/survey/support?case={CASE_C}&r=3">3</a></td><td><a href="https://aws.amazon.com/survey/support?case={CASE_C}&r=4">4</a></td>
<td><a href="https://aws.amazon.com/survey/support?case={CASE_C}&r=5">5</a></td></tr></table>
<p>How likely are you to recommend AWS Support to a colleague?</p>
<p>Amazon Web Services</p></body></html>
"""
    add("console-survey-html", "survey", False, CASE_C, [],
        "HTML-only Support survey from no-reply-aws with a question and rating table.",
        addr("Amazon Web Services", NOREPLY), ME_P, f"Tell us about your recent AWS Support experience (case {CASE_C})",
        d(2025, 3, 10, 1, 0), mid("047"), leaf(svc, "html", cte="quoted-printable"), auth=auth_gmail("amazon.com"))

    # ---------------- reopened case D (2021) --------------------------------
    old2021 = f"""Hello Ryo,

I have successfully merged all accounts. You can now sign in with {ME_P} and see all of your certifications in one place.

This case will now be closed. If you have any further questions, please reply to this email.

Regards,
Priya
AWS Training and Certification"""
    ud = f"""Hello,

I'm writing back on this case from 2021 because something from that merge still seems to be off. Credly shows my AWS Certified Developer - Associate badge as expired, but my certification account shows it as recertified last year. My candidate ID is {NEW_ID}.

Could you take a look?

Best regards,
Ryo Tachibana

-----Original Message-----
From: AWS Training and Certification <{FORM}>
Sent: Tuesday, June 15, 2021 4:22 AM
To: {ME_P}
Subject: {tc(CASE_D)}

{old2021}
"""
    add("reply-on-2021-case", "user_reply", False, CASE_D, [NEW_ID],
        "Owner replies on a 2021 resolved case (10-digit ID) above its quoted 'successfully merged' and 'please reply' text.",
        addr(ME_NAME, ME_P), addr(AWS_TC, FORM), tc(CASE_D), d(2025, 3, 11, 8, 20, JST), mid("048", "gmail"),
        leaf(ud), reply_to=mid("2021-old"), refs=[_mids["2021-old"]])

    # 049 -------------------------------------------------------------------
    ird = f"""Hi Ryo - reopened {CASE_D} for you.

Which email address is your Credly profile under? And what is the badge name exactly as Credly displays it?

Jun
AWS T&C
"""
    add("reopened-bare-questions", "info_request", True, CASE_D, [],
        "Reopened case; terse bare questions, no please/could.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_D, "RE: "), d(2025, 3, 11, 5, 2), mid("049"),
        leaf(ird), auth=auth_gmail("amazon.com"), reply_to=_mids["048"], refs=[_mids["2021-old"], _mids["048"]])

    # 050 -------------------------------------------------------------------
    rc = """Thank you for your purchase.

Order: SB-2025-0311-558201
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Payment: Visa ending 4410

Manage your subscription: https://skillbuilder.aws/subscription

If you have questions about this receipt, contact us through the AWS Training and Certification help page.
"""
    add("skillbuilder-receipt", "unrelated", False, None, [],
        "Skill Builder subscription receipt from aws.training.",
        addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt",
        d(2025, 3, 11, 5, 10), mid("050", "aws.training"), leaf(rc), auth=auth_gmail("aws.training"))

    # 051 -------------------------------------------------------------------
    ud2 = f"""Credly profile: {ME_P}
Badge: "AWS Certified Developer - Associate" (shown as Expired, issued 2022)

On Tue, Mar 11, 2025 at 2:02 PM AWS Training and Certification <{FORM}> wrote:
{q(ird)}
"""
    add("reply-credly-details", "user_reply", False, CASE_D, [],
        "Short factual owner reply, no greeting.",
        addr(ME_NAME, ME_P), addr(AWS_TC, FORM), tc(CASE_D, "RE: "), d(2025, 3, 11, 14, 30, JST), mid("051", "gmail"),
        leaf(ud2), reply_to=_mids["049"], refs=[_mids["2021-old"], _mids["048"], _mids["049"]])

    # 052 -------------------------------------------------------------------
    cud = f"""Thanks Ryo.

I've sent a re-sync request for your badges to Credly from our side. These usually go through within 48 hours, and Credly will email you when the updated badge is issued. I'll check on it again on Friday and update this case.

Jun
AWS T&C
"""
    add("badge-resync-update", "case_update", False, CASE_D, [],
        "Progress update with future promise ('I'll check on Friday'); asks nothing.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_D, "RE: "), d(2025, 3, 12, 1, 15), mid("052"),
        leaf(cud), auth=auth_gmail("amazon.com"), reply_to=_mids["051"], refs=[_mids["2021-old"], _mids["048"], _mids["049"], _mids["051"]])

    # 053 -------------------------------------------------------------------
    add("credly-badge-dva", "badge", False, None, [],
        "Credly badge after the re-sync.",
        addr("Credly", "admin@credly.com"), ME_P,
        "Amazon Web Services Training and Certification has issued you a badge", d(2025, 3, 13, 4, 40), mid("053", "credly.com"),
        leaf("Hi Ryo,\n\nAmazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer - Associate.\n\nAccept your badge to display it on your profile:\nhttps://www.credly.com/earner/earned/badge/91ae33c0-7d52-4b1f-a0c9-6e4f2d8b1a57\n\nCredly, Inc.\n", cte="quoted-printable"),
        auth=auth_gmail("credly.com"))

    # 054 -------------------------------------------------------------------
    cph = """Hi Ryo,

One of your AWS badges has been flagged during a routine audit and will be revoked within 24 hours unless you confirm your identity.

Please sign in with your AWS Builder ID to keep your badge:
https://credly-notify.com/aws/keep-badge?u=r.tachibana

Credly Trust & Safety
"""
    add("credly-lookalike-revoke", "suspicious", False, None, [],
        "Credly lookalike domain threatening revocation, asks to sign in.",
        addr("Credly", "badges@credly-notify.com"), ME_P, "Action needed: your AWS badge will be revoked",
        d(2025, 3, 13, 9, 12), mid("054", "credly-notify.com"), leaf(cph), auth=auth_gmail("credly-notify.com"))

    # 055 -------------------------------------------------------------------
    rd = f"""立花様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの松永です。

Credly 上で「AWS Certified Developer - Associate」のバッジが有効な状態で再発行されたことを確認いたしました。
これをもちまして、本ケースはクローズとさせていただきます。

ほかにご不明な点がございましたら、本メールにご返信ください。
今後ともよろしくお願いいたします。

松永
AWS トレーニングと認定
"""
    add("reopened-resolved-ja", "resolved", False, CASE_D, [],
        "Japanese resolution (QP) with 'ご不明な点がございましたら…ご返信ください' conditional.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_D, "RE: "), d(2025, 3, 13, 23, 30), mid("055"),
        leaf(rd, cte="quoted-printable"), auth=auth_gmail("amazon.com"),
        reply_to=_mids["052"], refs=[_mids["2021-old"], _mids["048"], _mids["052"]])

    # ---------------- case E (third account, Japanese) ---------------------
    acke = f"""立花 諒 様

Amazon Web Services にお問い合わせいただきありがとうございます。
ケース {CASE_E} を作成しました。通常24時間以内に担当者よりご連絡いたします。

すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

ケースの詳細は次のとおりです:
ケース ID: {CASE_E}
件名: {TC_SUBJ}
お問い合わせ内容:
以前 Partner Central 経由のシングルサインオンで作成してしまった認定アカウントがもう1つあるようです。
個人アカウント（{ME_P}）への統合をお願いします。

追加の情報がございましたら、このメールにご返信ください。

Amazon Web Services
"""
    add("form-ack-third-account-jis", "acknowledgement", False, CASE_E, [],
        "Japanese acknowledgement in ISO-2022-JP (15 digits); the customer's own request is echoed, and a conditional reply line.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_E), d(2025, 3, 14, 0, 2), mid("056"),
        leaf(acke, charset="iso-2022-jp", cte="7bit"), auth=auth_gmail("amazon.com"), crlf=True)

    # 057 -------------------------------------------------------------------
    zd = """##- Please type your reply above this line -##

Your request (#1184520) has been solved. If you reply to this email, the request will be reopened.

Hi Ryo,

We've confirmed that the log forwarding issue was caused by an expired API key. Since rotating the key, logs are flowing again, so I'm marking this as solved.

Best,
Marta | Support Engineer
"""
    add("other-vendor-solved", "unrelated", False, None, [],
        "Another vendor's support ticket 'solved', with reopen-by-reply line.",
        addr("Datadog Support", "support@datadoghq.com"), ME_P, "[Datadog Support] Re: Logs not forwarding from Lambda (#1184520)",
        d(2025, 3, 14, 15, 0), mid("057", "datadoghq.com"), leaf(zd), auth=auth_gmail("datadoghq.com"))

    # 058 -------------------------------------------------------------------
    ire = f"""立花 諒 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。担当の森下でございます。

お問い合わせの件について確認いたしましたところ、{ME_P} に紐づく認定アカウント（候補ID: {NEW_ID}）は特定できましたが、AWS Partner Central からのシングルサインオンで作成されたとされるアカウントについては、ご記載の情報からは特定に至りませんでした。Partner Central 経由のアカウントは、パートナー企業側で管理されるメールアドレスで登録されていることが多く、個人のメールアドレスでは検索に該当しない場合がございます。

つきましては、当該アカウントのログインに使用されていたメールアドレス、ならびに候補ID（「AWS」から始まる番号）がお分かりでしたら、あわせてお知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

森下 浩
AWS トレーニングと認定 カスタマーサポート
"""
    add("ja-keigo-asks-sso-address", "info_request", True, CASE_E, [NEW_ID],
        "Japanese keigo ask ('お知らせいただけますでしょうか') buried after a long explanation; conditional-looking 'お分かりでしたら'.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_E, "RE: "), d(2025, 3, 15, 1, 10), mid("058"),
        leaf(ire, cte="quoted-printable"), auth=auth_gmail("amazon.com"), reply_to=_mids["056"], refs=[_mids["056"]])

    # 059 -------------------------------------------------------------------
    rec = f"""Congratulations on recertifying your AWS Certification!

Hello Ryo,

You have successfully recertified AWS Certified Solutions Architect - Associate. Your new expiration date is March 15, 2028.

Your digital badge will be updated on Credly shortly.

Candidate ID: {NEW_ID}

AWS Certification
"""
    add("certmetrics-recertified", "certification", False, None, [NEW_ID],
        "certmetrics recertification congratulations with candidate ID.",
        addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Congratulations on recertifying your AWS Certification!", d(2025, 3, 16, 3, 0), mid("059", "certmetrics.com"),
        leaf(rec), auth=auth_gmail("certmetrics.com"))

    # 060 -------------------------------------------------------------------
    cp = """立花 諒 さん

JAWS-UG 金沢 #42「認定資格とキャリア」への参加登録が完了しました。

日時: 2025/03/27(木) 19:00〜21:00
会場: 金沢市内（詳細は参加者への案内をご覧ください）

キャンセルされる場合は、イベントページから参加を取り消してください。

connpass
"""
    add("connpass-registration-ja", "unrelated", False, None, [],
        "Japanese event registration (ISO-2022-JP) with 'キャンセルされる場合は…ください'.",
        addr("connpass", "no-reply@connpass.com"), ME_P, "【connpass】JAWS-UG 金沢 #42 への参加登録が完了しました",
        d(2025, 3, 17, 12, 0, JST), mid("060", "connpass.com"), leaf(cp, charset="iso-2022-jp", cte="7bit"),
        hcs="iso-2022-jp", auth=auth_gmail("connpass.com"))

    # 061 -------------------------------------------------------------------
    cle = f"""立花様

先日お送りした {CASE_E} に関するご確認のお願いについて、現時点でご返信を確認できておりません。

2025年3月24日までにご連絡がない場合、本ケースはクローズとなります。引き続き対応をご希望の場合は、このメールにご返信ください。クローズ後にご返信いただいた場合もケースは再開されます。

森下
AWS トレーニングと認定
"""
    add("ja-closing-notice-8bit", "closing_notice", True, CASE_E, [],
        "Japanese closing notice (UTF-8 8bit): deadline + 'ご返信ください' after a 'ご希望の場合は' condition.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_E), d(2025, 3, 18, 1, 0), mid("061"),
        leaf(cle), auth=auth_gmail("amazon.com"), reply_to=_mids["058"], refs=[_mids["056"], _mids["058"]])

    # 062 -------------------------------------------------------------------
    ue = f"""森下様

ご連絡が遅くなり申し訳ありません。
Partner Central 経由で作成したアカウントのログインメールアドレスは {ME_C} で、
候補IDは {SSO_ID} です（以前の会社のアドレスですが、現在は受信できません）。

統合のほど、よろしくお願いいたします。

立花 諒

2025年3月18日(火) 10:00 AWS Training and Certification <{FORM}>:
{q(cle)}
"""
    add("ja-reply-sjis-gives-id", "user_reply", False, CASE_E, [SSO_ID],
        "Owner's Japanese reply (Shift_JIS) with a Japanese reply header quoting the closing notice.",
        addr(ME_JA, ME_P, "shift_jis"), addr(AWS_TC, FORM), "Re: " + tc(CASE_E), d(2025, 3, 18, 21, 15, JST), mid("062", "gmail"),
        leaf(ue, charset="shift_jis", cte="8bit"), reply_to=_mids["061"], refs=[_mids["056"], _mids["058"], _mids["061"]])

    # 063 -------------------------------------------------------------------
    cfe = f"""Hello Ryo,

Thank you - with that address I was able to find the third account. Here is what I propose:

  KEEP   {NEW_ID}  {ME_P}  (login, training and certification notifications)
  MERGE  {SSO_ID}  {ME_C}  (login via AWS Partner Central SSO; notifications to the same address)

The partner association on this account was already removed during your earlier case, so nothing blocks the merge. A merge cannot be undone, so I will wait for your OK before I touch anything.

Regards,
Hiroshi Morishita
AWS Training and Certification
"""
    add("keep-merge-proposal", "confirmation_request", True, CASE_E, [NEW_ID, SSO_ID],
        "Confirmation request without 'Account #' or 'confirm': KEEP/MERGE lines and 'I will wait for your OK'.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_E), d(2025, 3, 19, 0, 40), mid("063"),
        leaf(cfe), auth=auth_gmail("amazon.com"), reply_to=_mids["062"], refs=[_mids["056"], _mids["058"], _mids["061"], _mids["062"]])

    # 064 -------------------------------------------------------------------
    ue2 = f"""森下様

内容を確認しました。問題ありません。
{SSO_ID} を {NEW_ID} に統合してください。

よろしくお願いします。
立花

2025年3月19日(水) 9:40 AWS Training and Certification <{FORM}>:
{q(cfe)}
"""
    add("ja-reply-ok-jis", "user_reply", False, CASE_E, [SSO_ID, NEW_ID],
        "Owner's Japanese OK (ISO-2022-JP) with an imperative 'してください' aimed at support.",
        addr(ME_JA, ME_P, "iso-2022-jp"), addr(AWS_TC, FORM), "Re: " + tc(CASE_E), d(2025, 3, 19, 12, 5, JST), mid("064", "gmail"),
        leaf(ue2, charset="iso-2022-jp", cte="7bit"), reply_to=_mids["063"], refs=[_mids["056"], _mids["063"]], crlf=True)

    # 065 -------------------------------------------------------------------
    re_t = f"""Hello Ryo,

The merge is complete: {SSO_ID} has been merged into {NEW_ID}. You now have a single AWS Certification account. No further action is required on your part.

Thank you for your patience.

Hiroshi Morishita
AWS Training and Certification

---
How would you rate the support you received? Reply with a number from 1 (poor) to 5 (excellent), or use the link: https://survey.aws.training/r?c={CASE_E}
"""
    re_h = f"""<html><body>
<p>Hello Ryo,</p>
<p>The merge is complete: <b>{SSO_ID}</b> has been merged into <b>{NEW_ID}</b>. You now have a single AWS Certification account. No further action is required on your part.</p>
<p>Thank you for your patience.</p>
<p>Hiroshi Morishita<br>AWS Training and Certification</p>
<hr><p style="font-size:12px;color:#666">How would you rate the support you received? Reply with a number from 1 (poor) to 5 (excellent), or <a href="https://survey.aws.training/r?c={CASE_E}">use the link</a>.</p>
</body></html>
"""
    add("merge-complete-survey-footer", "resolved", False, CASE_E, [SSO_ID, NEW_ID],
        "Resolution (multipart/alternative) with a survey footer that says 'Reply with a number'.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_E), d(2025, 3, 19, 5, 20), mid("065"),
        multi(leaf(re_t, cte="quoted-printable"), leaf(re_h, "html", cte="base64")), auth=auth_gmail("amazon.com"),
        reply_to=_mids["064"], refs=[_mids["056"], _mids["063"], _mids["064"]])

    # 066 -------------------------------------------------------------------
    sj = f"""立花 諒 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

ケース {CASE_E} の対応について、簡単なアンケートへのご協力をお願いいたします。所要時間は1分程度です。

アンケートに回答する: https://survey.aws.training/ja/r?c={CASE_E}

いただいたご意見は、今後のサービス向上に役立てさせていただきます。
※本メールは送信専用アドレスから送信しています。
"""
    add("ja-survey-base64", "survey", False, CASE_E, [],
        "Japanese survey (UTF-8 base64) with keigo 'ご協力をお願いいたします'.",
        addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), ME_P, "【アンケートのお願い】AWS トレーニングと認定 サポートについて",
        d(2025, 3, 20, 1, 0), mid("066"), leaf(sj, cte="base64"), auth=auth_gmail("amazon.com"))

    # 067 -------------------------------------------------------------------
    pj = """AWS 認定をお持ちのお客様

お客様の AWS 認定アカウントの統合処理が保留されています。
本人確認が完了していないため、このままでは取得済みの認定資格がすべて失効します。

以下のリンクから AWS アカウントにサインインし、48時間以内に本人確認を完了してください。
https://aws-training-jp.com/certification/merge/confirm

※このメールに心当たりがない場合も、必ずご確認ください。

AWS トレーニングと認定 サポートセンター
"""
    add("ja-phishing-lookalike", "suspicious", False, None, [],
        "Japanese phishing from a lookalike domain asking to sign in within 48 hours.",
        addr("AWS トレーニングと認定", "support@aws-training-jp.com"), ME_P, "【重要】AWS認定アカウント統合の最終確認",
        d(2025, 3, 20, 11, 30, JST), mid("067", "aws-training-jp.com"), leaf(pj), auth=auth_gmail("aws-training-jp.com"))

    # 068 -------------------------------------------------------------------
    ft = """Hello,

Your AWS account 480213957716 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of March.

Product: AmazonS3
Usage: 4.3 GB of 5 GB Storage

To learn more about your AWS Free Tier usage, visit the Billing console.

Sincerely,
Amazon Web Services
"""
    add("free-tier-alert", "unrelated", False, None, [],
        "AWS Free Tier usage alert with a 12-digit account ID.",
        addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_P, "AWS Free Tier limit alert",
        d(2025, 3, 21, 6, 0), mid("068"), leaf(ft), auth=auth_gmail("costalerts.amazonaws.com"))

    # 069 -------------------------------------------------------------------
    add("marketing-autoreply", "unrelated", False, None, [],
        "Auto-reply from the AWS marketing reply address: 'not monitored'.",
        addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P, "Re: AWS Summit Japan 2025",
        d(2025, 3, 21, 8, 0), mid("069"),
        leaf("Thank you for your email. This mailbox is not monitored. If you need help with your AWS account, please contact AWS Support through the AWS Management Console.\n"),
        auth=auth_gmail("amazon.com"), extra=[("Auto-Submitted", "auto-replied")])

    # 070 -------------------------------------------------------------------
    add("awsapps-code", "unrelated", False, None, [],
        "Builder ID sign-in code from login.awsapps.com.",
        addr("AWS", "no-reply@login.awsapps.com"), ME_P, "AWS verification code",
        d(2025, 3, 21, 23, 41), mid("070", "login.awsapps.com"),
        leaf("Your verification code is: 715302\n\nThis code will expire in 10 minutes. If you did not try to sign in, please change your password.\n"),
        auth=auth_gmail("login.awsapps.com"))

    # 071 -------------------------------------------------------------------
    sr = """Dear Ryo Tachibana,

Thank you for taking your exam with Pearson VUE.

Registration ID: 412078356
Exam: DOP-C02

Your score report will be available in your AWS Certification Account within 5 business days. For questions about your result, please contact AWS Training and Certification.

Pearson VUE
"""
    add("pearson-after-exam", "unrelated", False, None, [],
        "Exam vendor post-exam mail; 9-digit registration ID; points to AWS T&C.",
        addr("Pearson VUE", "donotreply@pearson.com"), ME_P, "Thank you for testing with Pearson VUE",
        d(2025, 3, 22, 4, 30), mid("071", "pearson.com"), leaf(sr), auth=auth_gmail("pearson.com"))

    # 072 -------------------------------------------------------------------
    lw = """Last Week in Cloud - Issue #412

- Why your certification badges vanished (and how to get them back)
- A guide to merging AWS Certification accounts when you change jobs
- S3 storage classes, ranked by regret

Reply to this email and tell us what you'd like covered next week!
"""
    add("weekly-newsletter", "unrelated", False, None, [],
        "English newsletter about account merges; 'Reply to this email' invitation.",
        addr("Last Week in Cloud", "newsletter@lastweekincloud.example.com"), ME_P, "Last Week in Cloud #412",
        d(2025, 3, 24, 13, 0), mid("072", "lastweekincloud.example.com"), leaf(lw, cte="quoted-printable"),
        auth=auth_gmail("lastweekincloud.example.com"))

    # 073 -------------------------------------------------------------------
    add("cert-feedback-invite-personal", "certification", False, None, [],
        "certmetrics invitation to help write exam questions (SME program) - asks to opt in, not a case.",
        addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Invitation: join an AWS Certification item-writing workshop", d(2025, 3, 25, 2, 0), mid("073", "certmetrics.com"),
        leaf("Hello Ryo,\n\nAs a member of the AWS Certification Subject Matter Expert program, you are invited to an online item-writing workshop on April 15-17, 2025.\n\nTo take part, please register by April 4 using the link below:\nhttps://www.certmetrics.com/amazon/sme/register\n\nThank you,\nAWS Certification\n"),
        auth=auth_gmail("certmetrics.com"))

    # ---------------- case F (missing exam record) -------------------------
    # 074 -------------------------------------------------------------------
    ackf = f"""Hello Ryo Tachibana,

We've received your request and opened case {CASE_F}. Our team typically replies within one business day.

Case ID: {CASE_F}
Subject: {TC_SUBJ}
Your message:
  After the merge, my exam history is missing the AWS Certified Solutions Architect - Professional exam I took in August 2023. The certification itself is shown.

There is no need to open another case for this request. If you have more details, just reply to this email and they will be added to the case.

AWS Training and Certification
"""
    add("form-ack-missing-exam", "acknowledgement", False, CASE_F, [],
        "Acknowledgement in other wording ('We've received your request'); 'just reply to this email' conditional.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_F, "RE: "), d(2025, 3, 26, 0, 53), mid("074"),
        leaf(ackf), auth=auth_gmail("amazon.com"))

    # 075 -------------------------------------------------------------------
    irf_html = f"""<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p>Hi Ryo,</p>
<p>I checked the merged account ({NEW_ID}). The certification record is there, but the exam attempt behind it was stored on a score-reporting profile that was not part of the merge. This sometimes happens with exams taken shortly before an account change.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#eee"><th>Exam</th><th>Date</th><th>Status in exam history</th></tr>
<tr><td>SAA-C03</td><td>2022-05-20</td><td>Found</td></tr>
<tr><td>SAP-C02</td><td>2023-08-?</td><td><b>Missing</b></td></tr>
<tr><td>DVA-C02</td><td>2024-02-11</td><td>Found</td></tr>
</table>
<p>To locate it we'll need the Pearson VUE registration ID for that SAP-C02 attempt (a 9-digit number in your confirmation mail from Pearson VUE) and the exact exam date.</p>
<p>Thanks,<br>Wei L.<br>AWS Training and Certification</p>
</body></html>
"""
    add("html-table-needs-registration-id", "info_request", True, CASE_F, [NEW_ID],
        "HTML-only request after an explanation and a table; 'we'll need' with no please/question mark.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_F, "RE: "), d(2025, 3, 26, 21, 14), mid("075"),
        leaf(irf_html, "html", cte="base64"), auth=auth_gmail("amazon.com"), reply_to=_mids["074"], refs=[_mids["074"]], crlf=True)

    # 076 -------------------------------------------------------------------
    uf = f"""Hi Wei,

Found it: Pearson VUE registration ID 398104227, SAP-C02, taken on 19 August 2023.

Regards,
Ryo

On Thu, Mar 27, 2025 at 6:14 AM AWS Training and Certification <{FORM}> wrote:
> Hi Ryo,
> I checked the merged account ({NEW_ID}). The certification record is there, but the exam attempt behind it was stored on a score-reporting profile that was not part of the merge.
> To locate it we'll need the Pearson VUE registration ID for that SAP-C02 attempt (a 9-digit number in your confirmation mail from Pearson VUE) and the exact exam date.
"""
    add("reply-registration-id", "user_reply", False, CASE_F, [],
        "Owner's reply carrying a 9-digit registration ID (not a case number); candidate ID only in the quote.",
        addr(ME_NAME, ME_P), addr(AWS_TC, FORM), tc(CASE_F, "RE: "), d(2025, 3, 27, 7, 30, JST), mid("076", "gmail"),
        leaf(uf), reply_to=_mids["075"], refs=[_mids["074"], _mids["075"]])

    # 077 -------------------------------------------------------------------
    rf = f"""Hello Ryo,

Thanks, that was exactly what we needed. The SAP-C02 attempt from 19 August 2023 is now linked to your account and shows in your exam history. I have resolved this case.

Best,
Wei L.
AWS Training and Certification

-----Original Message-----
From: {ME_NAME} <{ME_P}>
Sent: Wednesday, March 26, 2025 10:30 PM
To: {AWS_TC} <{FORM}>
Subject: {tc(CASE_F, "RE: ")}

Found it: Pearson VUE registration ID 398104227, SAP-C02, taken on 19 August 2023.

-----Original Message-----
From: {AWS_TC} <{FORM}>
Sent: Wednesday, March 26, 2025 9:14 PM

To locate it we'll need the Pearson VUE registration ID for that SAP-C02 attempt (a 9-digit number in your confirmation mail from Pearson VUE) and the exact exam date.
"""
    add("exam-linked-resolved-outlook-quote", "resolved", False, CASE_F, [],
        "Resolution above Outlook-style (no '>') quoted history that includes the earlier request.",
        addr(AWS_TC, FORM), ME_P, tc(CASE_F, "RE: "), d(2025, 3, 27, 19, 2), mid("077"),
        leaf(rf, cte="quoted-printable"), auth=auth_gmail("amazon.com"), reply_to=_mids["076"], refs=[_mids["074"], _mids["075"], _mids["076"]])


def main():
    build()
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        base = f"{i:03d}-{m['slug']}"
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(OUT, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        lb = m["label"]
        rows.append(f"| {i:03d} | {base} | {lb['kind']} | {'yes' if lb['needs_reply'] else 'no'} | {lb['case'] or '-'} | {m['note']} |")
    readme = f"""me: {ME_P} {ME_C}

# Blind held-out corpus (blind-48)

Mailbox owner: Ryo Tachibana (立花 諒). Personal address {ME_P}; old company address {ME_C}
(Kazamori Solutions K.K., an APN partner; company mailbox closes 2025-02-28).
Candidate IDs: company account {OLD_ID}, personal account {NEW_ID}, third (Partner Central SSO) account {SSO_ID}.

Written blind from DOMAIN.md, the seed write-ups and BLIND-CORPUS.md only. Regenerate with `python3 gen.py`.

## Cases
| case | digits | story |
|---|---|---|
| {CASE_B} | 11 | T&C form case filed from the company address: ack (JA) -> APN hold asking for leaving date -> closing warning -> reply -> hold (waiting on partner team) -> hold lifted + "write from your personal address" -> reply from personal address without [CASE] in subject (In-Reply-To only) -> confirmation (HTML table) -> owner's question -> re-ask -> "Confirmed" -> merged -> survey |
| {CASE_A} | 15 | second form case for the same merge from the personal address: ack -> owner asks which case -> linked (case_update) -> closed as done under {CASE_B} |
| {CASE_A2} | 15 | duplicate form submission two minutes after {CASE_A}: ack -> closed as duplicate |
| {CASE_C} | 11 | AWS Support Center (console) case about the lost exam voucher: New Support case -> info request (answer in Support Center) -> auto-resolve warning -> owner wrongly replies by email -> resolved -> survey |
| {CASE_D} | 10 | 2021 merge case reopened by the owner's reply (badge still expired): reopened with bare questions -> reply -> progress update -> Credly badge -> resolved (JA) |
| {CASE_F} | 15 | missing exam record after the merge: ack -> HTML-only request with a table (needs 9-digit Pearson registration ID) -> reply -> resolved above Outlook-style quote |
| {CASE_E} | 15 | third account from Partner Central SSO (Japanese agent): ack (ISO-2022-JP) -> keigo info request -> closing notice (JA) -> reply (Shift_JIS) -> KEEP/MERGE proposal -> OK (ISO-2022-JP) -> merged with survey footer -> survey (JA) |

Numbers that are not case IDs: AWS account 480213957716, invoice 2047835912, Pearson VUE registrations 412078356 and 398104227,
codes 482915 / 715302, Credly badge UUIDs, a fake case number 17398801245 in a phishing subject.

## Messages
| # | file | kind | needs_reply | case | what it is / what makes it hard |
|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)
    print(len(MESSAGES), "messages written")


if __name__ == "__main__":
    main()
