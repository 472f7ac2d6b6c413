#!/usr/bin/env python3
"""Generate a blind held-out corpus (one mailbox) into the directory of this script."""
import base64, datetime as dt, email.utils, hashlib, html, json, os, quopri, re
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
ME = "mao.kurosaki.jp@gmail.com"
CO = "m.kurosaki@tsubakura-tech.co.jp"
ME_H = "Mao Kurosaki <%s>" % ME
CO_H = "Kurosaki Mao <%s>" % CO
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_H = "AWS Training and Certification <%s>" % TC
CON = "Amazon Web Services <no-reply-aws@amazon.com>"
K = "5683012947"          # 2021, 10 digits, form case (company mailbox)
L = "13024587716"         # 2023, 11 digits, console case
C1 = "174781234500932"    # 2025, main form case
C2 = "174786650100241"    # 2025, duplicate form submission
C3 = "175036881200553"    # 2025, console case
SUBJ_TC = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MIDS = {}

def d(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc)

def mid(key, dom):
    h = hashlib.sha1(key.encode()).hexdigest()
    if dom == "ses":
        v = "<0106%s-%s-%s-%s-%s-000000@ap-northeast-1.amazonses.com>" % (h[:12], h[12:16], h[16:20], h[20:24], h[24:36])
    elif dom == "sf":
        v = "<%s.%s@sfdc.net>" % (h[:20], h[20:28])
    else:
        v = "<%s.%s@%s>" % (h[:16], h[16:26], dom)
    MIDS[key] = v
    return v

def auth(box, fromdom, ok=True, dkimdom=None):
    dkimdom = dkimdom or fromdom
    if box == "me":
        if ok:
            return ("Authentication-Results: mx.google.com;\n"
                    "       dkim=pass header.i=@%s header.s=pv4k2sfl header.b=Qm3xT7aa;\n"
                    "       spf=pass (google.com: domain of bounce@%s designates 54.240.27.%d as permitted sender) smtp.mailfrom=bounce@%s;\n"
                    "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dkimdom, dkimdom, len(fromdom) + 11, dkimdom, fromdom))
        return ("Authentication-Results: mx.google.com;\n"
                "       dkim=fail header.i=@%s header.s=sel1 header.b=Zz09xQ1p;\n"
                "       spf=softfail (google.com: domain of transitioning bounce@%s does not designate 185.212.47.31 as permitted sender) smtp.mailfrom=bounce@%s;\n"
                "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (fromdom, fromdom, fromdom, fromdom))
    # company mailbox: Microsoft 365 style
    return ("Authentication-Results: spf=pass (sender IP is 54.240.48.%d)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
            % (len(fromdom) + 60, dkimdom, dkimdom, fromdom))

def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(name, a, cs="utf-8"):
    try:
        name.encode("ascii")
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)

CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "us-ascii": "ascii"}

def leaf(ctype, text, cs="utf-8", cte="8bit"):
    b = text.encode(CODEC[cs])
    if cte == "base64":
        body = base64.encodebytes(b)
    elif cte == "quoted-printable":
        body = quopri.encodestring(b)
    else:
        body = b
    h = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (ctype, cs, cte)
    return h, body

def multipart(sub, parts, boundary):
    out = b""
    for h, body in parts:
        out += b"--" + boundary.encode() + b"\n" + h.encode() + b"\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return "Content-Type: multipart/%s; boundary=\"%s\"\n" % (sub, boundary), out

def to_html(own, quote=""):
    def paras(t):
        return "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>\n") for p in t.strip("\n").split("\n\n"))
    s = "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + paras(own)
    if quote:
        s += "<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">\n" + paras(quote) + "</blockquote>\n"
    return s + "</body></html>\n"

def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.strip("\n").split("\n")) + "\n"

def add(date, frm, to, subj, label, note, own, quote="", fmt="plain", cs="utf-8", cte="8bit",
        reply_to=None, refs=(), key=None, box="me", authdom=None, authok=True, dkimdom=None,
        extra="", crlf=False, subj_cs=None, cc=None, raw_body=None):
    n = len(MSGS) + 1
    key = key or "m%03d" % n
    fromdom = frm.rsplit("@", 1)[1].rstrip(">")
    dom = "ses" if fromdom.endswith("amazon.com") else ("sf" if fromdom == "x" else fromdom)
    m_id = mid(key, dom)
    H = []
    H.append("Delivered-To: %s" % (ME if box == "me" else CO))
    H.append("Return-Path: <bounce+%s@%s>" % (hashlib.md5(key.encode()).hexdigest()[:10], dkimdom or fromdom))
    if authdom is not False:
        H.append(auth(box, authdom or fromdom, authok, dkimdom))
    H.append("From: %s" % frm)
    H.append("To: %s" % to)
    if cc:
        H.append("Cc: %s" % cc)
    H.append("Subject: %s" % hdr(subj, subj_cs or ("iso-2022-jp" if cs == "iso-2022-jp" else "utf-8")))
    H.append("Date: %s" % email.utils.format_datetime(d(date)))
    H.append("Message-ID: %s" % m_id)
    if refs:
        ids = [MIDS[r] for r in refs]
        H.append("In-Reply-To: %s" % ids[-1])
        H.append("References: %s" % " ".join(ids))
    if extra:
        H.extend(extra.strip("\n").split("\n"))
    H.append("MIME-Version: 1.0")
    body_text = own + (("\n" + quote) if quote else "")
    if raw_body is not None:
        ct, body = raw_body
    elif fmt == "plain":
        ct, body = leaf("text/plain", body_text, cs, cte)
    elif fmt == "html":
        ct, body = leaf("text/html", own if not quote else own + quote, cs, cte)
    elif fmt == "alt":
        b = "==_alt_%s" % hashlib.md5(key.encode()).hexdigest()[:16]
        p1 = leaf("text/plain", body_text, cs, cte)
        p2 = leaf("text/html", to_html(own, quote).replace('charset="utf-8"', 'charset="%s"' % cs), cs, cte)
        ct, body = multipart("alternative", [p1, p2], b)
    else:
        raise ValueError(fmt)
    raw = ("\n".join(H) + "\n" + ct + "\n").encode("ascii") + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    # candidate ids from own text, in order
    found = []
    for c in re.findall(r"AWS\d{8}(?!\d)", own):
        if c not in found:
            found.append(c)
    assert found == label["candidate_ids"], (n, found, label)
    MSGS.append((n, raw, label, note))

def L_(kind, nr, case, ids=()):
    return {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": list(ids)}

CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================

AWS Support:
https://aws.amazon.com/premiumsupport/

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
"""

# ---------------------------------------------------------------- 2021, case K (company mailbox)
SK = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % K
add("2021-06-14 08:02", TC_H, CO_H, SK, L_("acknowledgement", False, K, ["AWS03318542"]),
    "2021 form ack, 10-digit case; candidate ID only in the echoed form details; closes with an 'if you have anything to add, reply' invitation",
    """Hello,

Thank you for contacting Amazon Web Services. We have opened case 5683012947 to address your request. A member of our Training and Certification team will review the details below and respond, usually within 24 hours; some requests take longer.

If you have already submitted a case, please do not submit another one for the same request, as this can delay our response.

The details of your case are as follows:

Case ID: 5683012947
Subject: Benefit voucher not visible
Inquiry type: Certification
Additional details: Benefits
Description: I passed the Solutions Architect - Associate exam in March but the 50% discount voucher does not show under Benefits. My candidate ID is AWS03318542.

If you have anything to add, you can reply to this email and it will be attached to your case.

Sincerely,
Amazon Web Services
""", box="co", key="k1")

add("2021-06-15 00:41", TC_H, CO_H, SK, L_("info_request", True, K),
    "long explanation; the only ask is a bare double question in the last paragraph, no 'please'",
    """Hi Mao,

Thanks for your patience. I had a look at the benefits tied to your profile.

Benefit vouchers are generated by the certification system when a pass is recorded against a candidate profile, and they are only visible in the profile that holds the exam result. When someone sits an exam using a different sign-in from the one they normally use, the result - and the voucher with it - can land in a second profile that they never open.

On the profile that wrote in to us I can see your 2019 Cloud Practitioner result but nothing from March 2021, which would explain why the Benefits page looks empty. I would rather not guess which other profile it went to: several profiles share your surname and I don't want to touch anything that isn't yours.

Which email address did you book the March exam with, and does the exam confirmation show a candidate ID different from the one in your form?

Best regards,
Priya
AWS Training and Certification
""", box="co", key="k2", refs=["k1"])

add("2021-06-22 09:10", TC_H, CO_H, SK, L_("closing_notice", True, K),
    "case already closed for inactivity (past tense); 'not lost' + reply reopens; no 'please'",
    """Hello,

We wrote to you on June 15 with a question about case 5683012947 and have not heard back, so the case has now been closed.

It is not lost. Answering this message within the next 30 days reopens it automatically and puts it back in front of an agent with the full history attached.

Kind regards,
AWS Training and Certification
""", box="co", key="k3", refs=["k1", "k2"])

add("2021-06-23 01:15", CO_H, TC_H, SK, L_("user_reply", False, K, ["AWS03318542"]),
    "user's own answer from the company address, Outlook '-----Original Message-----' over a quoted closing notice",
    """Hello Priya,

Apologies for the delay, I was travelling last week.
I booked the March exam with this address (m.kurosaki@tsubakura-tech.co.jp). The confirmation from the test centre shows candidate ID AWS03318542, so it should be the same profile.

Best regards,
Mao Kurosaki
Tsubakura Technologies Co., Ltd.
""", quote="""-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 22, 2021 6:10 PM
To: Kurosaki Mao <m.kurosaki@tsubakura-tech.co.jp>
Subject: RE:[CASE 5683012947] [AWS Training and Certification Form Submission] - certification

Hello,

We wrote to you on June 15 with a question about case 5683012947 and have not heard back, so the case has now been closed.

It is not lost. Answering this message within the next 30 days reopens it automatically and puts it back in front of an agent with the full history attached.
""", box="co", key="k4", refs=["k1", "k2", "k3"], authdom="tsubakura-tech.co.jp", crlf=True)

add("2021-06-24 04:30", TC_H, CO_H, SK, L_("resolved", False, K, ["AWS03318542"]),
    "completion never says 'resolved' or 'merged'; old question quoted Gmail-style under it",
    """Hi Mao,

Thanks - your reply reopened the case and it came straight back to me.

You were right: the March result is on AWS03318542. The voucher had not been generated because the test centre recorded the pass a day late, after the nightly benefits run. I have issued it by hand and it now appears under Benefits, valid until 12 March 2023. Nothing else is needed from you.

Best regards,
Priya
AWS Training and Certification
""", quote="""On Tue, Jun 15, 2021 at 9:41 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q("""Which email address did you book the March exam with, and does the exam confirmation show a candidate ID different from the one in your form?

Best regards,
Priya"""), box="co", key="k5", refs=["k1", "k2", "k3", "k4"])

add("2021-06-25 06:00", "AWS Training and Certification <aws-tc-feedback@amazon.com>", CO_H,
    "How did we do on case 5683012947?", L_("survey", False, K),
    "survey uses 'Please take two minutes' and the case number but is only a rating request",
    """Hello,

Your recent support case 5683012947 was marked complete.

Please take two minutes to tell us how we did:
https://survey.aws-tc-support.amazon.com/r/5683012947?lang=en

The survey has four questions and closes in 7 days. Your answers are read by the team leads of AWS Training and Certification support.

Thank you,
AWS Training and Certification
""", box="co", key="k6", fmt="alt", cte="quoted-printable")

# ---------------------------------------------------------------- 2023, console case L (personal mailbox)
SL = "RE:[CASE %s] Certification badges not showing in Credly" % L
add("2023-09-04 11:20", CON, ME, "Amazon Web Services: New Support case: %s" % L, L_("acknowledgement", False, L),
    "console 'New Support case' mail, 11-digit case, a 12-digit AWS account ID that is not a case number, no-reply footer",
    """Dear Customer,

A new support case has been opened on your account.

Case ID: 13024587716
Subject: Certification badges not showing in Credly
Severity: General guidance
Account: [AWS ID 483920175562]
Correspondence: I seem to have two certification profiles with the same email address. The exam I passed in July does not appear in Credly, the older ones do.

To view or respond to this case, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=13024587716&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
""", key="l1")

add("2023-09-05 02:14", CON, ME, SL, L_("info_request", True, L, ["AWS05260719"]),
    "console request stated as a need ('I'll need that ID') with 'Kindly' later; answer goes to the Support Center; survey footer underneath",
    """Hello,

Thank you for contacting AWS Support. My name is Daniel and I'll be working on this case.

I can see one certification profile, AWS05260719, registered to the address on your AWS account. Credly only follows one profile per email address, so if a second profile exists under the same address, new results recorded there never reach your wallet. That matches what you describe.

The second profile's candidate ID is shown at the top right of the certification site once you are signed in to it. I'll need that ID, together with the date of the exam that is missing on Credly, before the certification team can look at combining the two. Kindly add both to this case in the Support Center; replies to this email are not delivered to us.

Best regards,
Daniel K.
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=L), key="l2", refs=["l1"], fmt="alt", cte="quoted-printable")

add("2023-09-09 03:00", CON, ME, SL, L_("closing_notice", True, L),
    "console inactivity warning worded as 'resolved automatically' (looks like a resolution)",
    """Hello,

We haven't heard back from you about case 13024587716. We'll keep it open for 3 more days; after that it will be resolved automatically.

If you still need help, respond through the AWS Support Center before then.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=L), key="l3", refs=["l1", "l2"])

add("2023-09-10 05:47", CON, ME, SL, L_("case_update", False, L, ["AWS05260719", "AWS01784420"]),
    "progress news with two candidate IDs, explicit 'nothing more needed'; survey footer says 'Please share your experience'",
    """Hello Mao,

Thanks for the details you added in the Support Center. Both profiles are now on record here: AWS05260719 (the one Credly follows) and AWS01784420 (created on 2 August, which holds the July exam).

I have handed both to the AWS Certification team, who are the only ones able to combine profiles. They are working through a backlog, so it may take up to a week. I'll post their answer on this case as soon as I have it; there is nothing more needed from you in the meantime.

Best regards,
Daniel K.
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=L), key="l4", refs=["l1", "l2", "l3"], fmt="alt", cte="base64")

add("2023-09-12 02:40", CON, ME, SL, L_("confirmation_request", True, L, ["AWS05260719", "AWS01784420"]),
    "console case switches to Japanese (ISO-2022-JP): keigo 〜いただけますでしょうか asking which profile to keep, answer in the Support Center; Japanese no-reply footer",
    """黒崎様

AWS サポートの Daniel に代わりまして、日本語サポートの森田が担当いたします。

認定チームより回答がございました。2つのプロファイルを統合する際は、残す側のプロファイルをお客様ご自身にお選びいただく必要があるとのことです。現在 Credly と連携しているのは AWS05260719、7月の試験結果が記録されているのは AWS01784420 でございます。

AWS05260719 を残し、AWS01784420 の内容をそちらへ統合する形でよろしいでしょうか。恐れ入りますが、サポートセンターのケース画面よりご回答いただけますでしょうか。

よろしくお願いいたします。

森田
Amazon Web Services

お客様のご意見をお聞かせください。サポートセンターの各コレスポンデンス右上の星を選択して、この回答を評価していただけます。

======================================================
本件についてのお問い合わせは、以下の URL からサポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=13024587716&language=ja

※このメールは送信専用のアドレスから送信されています。このメールにご返信いただいても受信できません。
======================================================
""", cs="iso-2022-jp", cte="7bit", key="l4b", refs=["l1", "l2", "l3", "l4"])

add("2023-09-14 08:31", CON, ME, SL, L_("resolved", False, L, ["AWS01784420", "AWS05260719"]),
    "console completion: 'folded into', then a conditional 'you can reopen' offer",
    """Hello Mao,

Good news from the Certification team: AWS01784420 has been folded into AWS05260719, and the July result now sits with the rest of your history. Credly refreshes overnight, so the new badge should reach your wallet within a day.

As the request is complete, I'm setting this case to resolved. Should the badge still be missing after 48 hours, you can reopen the case from the Support Center within the next 14 days.

Best regards,
Daniel K.
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=L), key="l5", refs=["l1", "l2", "l3", "l4", "l4b"])

add("2023-09-15 01:02", "Credly <admin@credly.com>", ME,
    "Mao, you've earned a new badge from Amazon Web Services Training and Certification", L_("badge", False, None),
    "Credly badge with an 'Accept your badge' call to action and a badge UUID",
    """Congratulations, Mao!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Developer - Associate

Accept your badge to add it to your profile and share it with your network:
https://www.credly.com/badges/6b1f2c4e-8d3a-4a9f-b0e2-7c5d1a93f418/accept

Not sure why you received this? Badges are issued by the organization that verified your achievement.

Credly, Inc.
""", key="l6", fmt="alt", cte="quoted-printable")

add("2023-09-15 09:00", CON, ME, "Tell us about your AWS Support experience (Case %s)" % L, L_("survey", False, L),
    "console survey mail with case number and 'please'",
    """Hello,

Your AWS Support case 13024587716 was recently resolved. Please take a moment to rate the support you received:

https://console.aws.amazon.com/support/survey?displayId=13024587716

How satisfied were you with the resolution of your case? (1-5)

Thank you for helping us improve AWS Support.

Amazon Web Services
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""", key="l7")

# ---------------------------------------------------------------- 2025
add("2025-05-12 01:30", addr("情報システム部", "it-helpdesk@tsubakura-tech.co.jp", "iso-2022-jp"), CO_H,
    "【情報システム部】退職に伴うアカウント停止のお知らせ", L_("unrelated", False, None),
    "Japanese ISO-2022-JP internal IT notice: company mailbox closes 30 May; asks the owner to act, but not support",
    """黒崎 真央 様

情報システム部です。
ご退職に伴い、以下のアカウントを 2025年5月30日(金) 18:00 に停止いたします。

・メールアカウント:m.kurosaki@tsubakura-tech.co.jp
・社内 VPN / SSO

停止後は本メールアドレス宛のメールは受信できなくなります。
外部サービス(資格、学会、各種会員登録など)に会社のメールアドレスを登録されている場合は、最終出社日までに個人のメールアドレスへの変更をお願いいたします。

なお、AWS パートナー関連の資格情報については、パートナー管理担当(佐伯)までご相談ください。

ご不明点は内線 2210 までお問い合わせください。

以上
""", cs="iso-2022-jp", cte="7bit", box="co", authdom="tsubakura-tech.co.jp", key="it1")

add("2025-05-19 10:05", "AWS Training and Certification <aws-marketing-email-replies@amazon.com>", ME,
    "Please confirm your subscription to AWS Training and Certification updates", L_("unrelated", False, None),
    "marketing double opt-in: 'Please confirm' from an amazon.com address, no case",
    """Hi there,

You asked to receive news about AWS Training and Certification - new courses, exam updates and event invitations.

Please confirm your subscription by clicking the button below. If you didn't ask for this, simply ignore this message and you won't hear from us again.

[ Confirm subscription ] https://pages.awscloud.com/confirm?u=8e1f0a2b&lang=en

AWS Training and Certification
Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109
Unsubscribe: https://pages.awscloud.com/unsubscribe
""", fmt="alt", cte="quoted-printable", key="mk1")

add("2025-05-20 12:40", "AWS Skill Builder <no-reply@aws.training>", ME,
    "Your AWS Skill Builder order receipt", L_("unrelated", False, None),
    "aws.training receipt with an order number and 'if you have questions contact us'",
    """Thank you for your order.

Order number: SB-7718-204391
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billed to: Mao Kurosaki

Your subscription is active now. You can manage it any time from your Skill Builder account settings.

If you have questions about this order, contact us at https://support.aws.amazon.com/#/contacts/aws-training

AWS Skill Builder
""", key="sb1")

add("2025-05-21 06:50", "AWS Builder ID <no-reply@signin.aws>", ME,
    "Verify your AWS Builder ID email address", L_("unrelated", False, None),
    "Builder ID one-time code (6 digits, not a case number)",
    """Hello,

To finish creating your AWS Builder ID, enter this verification code:

482913

This code expires in 30 minutes.

If you didn't try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
""", key="bid1")

add("2025-05-21 07:26", addr("AWS トレーニングと認定", TC), ME, SUBJ_TC % C1, L_("acknowledgement", False, C1, ["AWS05260719"]),
    "Japanese ack (UTF-8 base64, multipart), 15-digit case; ends with a conditional 〜がございましたら…ご返信ください",
    """黒崎 真央 様

Amazon Web Services にお問い合わせいただきありがとうございます。ケース 174781234500932 を作成いたしました。
担当者が内容を確認のうえ、通常24時間以内にご連絡いたします。内容によっては、最善の解決策をご案内するためにお時間を頂戴する場合がございます。

すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる原因となります。

ケースの詳細は以下のとおりです。

ケース ID: 174781234500932
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
内容:
Use Case: I am leaving Tsubakura Technologies at the end of May and would like to merge my company certification account into my personal one.
All email addresses you may have used in our system: m.kurosaki@tsubakura-tech.co.jp, mao.kurosaki.jp@gmail.com
The email address you would like to keep on file: mao.kurosaki.jp@gmail.com
AWS 候補 ID: AWS05260719

追加の情報がございましたら、本メールにご返信ください。ケースに自動的に追加されます。

Amazon Web Services
""", fmt="alt", cte="base64", key="c1a")

add("2025-05-21 22:28", TC_H, CO_H, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C2,
    L_("acknowledgement", False, C2, ["AWS03318542"]),
    "duplicate form submission from the company address; 'RE: [CASE' with a space; CRLF; still just an ack",
    """Hello,

Thank you for contacting Amazon Web Services. We have opened case 174786650100241 to address your request.

Our team typically replies within 24 hours. If you've already submitted a case about this, please don't open another one - duplicate cases slow down our response.

The details of your case are as follows:

Case ID: 174786650100241
Inquiry type: Certification
Additional details: Account Merge
Description: Please merge my certification account AWS03318542 (m.kurosaki@tsubakura-tech.co.jp) into my personal account. My last day at the company is 30 May.

Sincerely,
Amazon Web Services
""", box="co", crlf=True, key="c2a")

add("2025-05-22 01:10", TC_H, ME, SUBJ_TC % C1, L_("info_request", True, C1, ["AWS05260719"]),
    "reads as a progress update; the actual ask (old profile's candidate ID) is in a P.S. and phrased as a need",
    """Hi Mao,

Tomasz here from AWS Training and Certification - I've picked up your case.

Quick update: I found the profile registered to mao.kurosaki.jp@gmail.com (AWS05260719) without trouble. The company side is taking a little longer, because several profiles were created with tsubakura-tech.co.jp addresses and I want to be sure I'm looking at yours. I'll carry on with that today.

Talk soon,
Tomasz
AWS Training and Certification

P.S. The form came through without the candidate ID of the old company profile. We'll need it before anything can move, so include it when you write back.
""", fmt="alt", cte="quoted-printable", key="c1b", refs=["c1a"])

add("2025-05-22 03:00", TC_H, CO_H, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C2,
    L_("info_request", True, C2),
    "wrong-address case: imperative 'Send us a reply from...' after an explanation, no 'please'",
    """Hello,

Thanks for reaching out about your certification accounts.

For security reasons we only carry out a merge when the request comes from the email address of the account that will be kept. This message was sent from m.kurosaki@tsubakura-tech.co.jp, which is the account that would be merged away, so I can't act on it as it stands.

Send us a reply from mao.kurosaki.jp@gmail.com confirming the request, and we'll take it from there.

Regards,
Marisol
AWS Training and Certification
""", box="co", key="c2b", refs=["c2a"])

add("2025-05-22 04:15", CO_H, TC_H, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C2,
    L_("user_reply", False, C2, ["AWS03318542"]),
    "owner's reply from the company address on the duplicate case; mentions the other case number in text (case is still the subject's)",
    """Hello Marisol,

Understood, thank you. I actually opened case 174781234500932 from my personal address the day before, so I'll continue there and send everything from the gmail address.
For reference, the candidate ID of this company profile is AWS03318542.

Best regards,
Mao Kurosaki
----
黒崎 真央 / Tsubakura Technologies Co., Ltd.
""", quote="""-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, May 22, 2025 12:00 PM
To: Kurosaki Mao <m.kurosaki@tsubakura-tech.co.jp>
Subject: RE: [CASE 174786650100241] [AWS Training and Certification Form Submission] - account-assistance

Send us a reply from mao.kurosaki.jp@gmail.com confirming the request, and we'll take it from there.
""", box="co", authdom="tsubakura-tech.co.jp", key="c2c", refs=["c2a", "c2b"])

add("2025-05-22 04:20", ME_H, TC_H, SUBJ_TC % C1, L_("user_reply", False, C1, ["AWS03318542"]),
    "owner answers the P.S. from the personal address; Gmail quote of the request below",
    """Hi Tomasz,

Thanks for picking this up. The old company profile's candidate ID is AWS03318542.

Also, sorry - I opened a second case (174786650100241) from my company address by mistake. Please treat this one as the main case.

Best regards,
Mao
""", quote="""On Thu, 22 May 2025 at 10:10, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q("""Hi Mao,

Tomasz here from AWS Training and Certification - I've picked up your case.
...
P.S. The form came through without the candidate ID of the old company profile. We'll need it before anything can move, so include it when you write back."""),
    authdom="gmail.com", key="c1c", refs=["c1a", "c1b"])

add("2025-05-22 09:40", TC_H, CO_H, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C2,
    L_("case_update", False, C2),
    "duplicate case linked to the main one; stays open; ends with 'If anything changes... feel free to reply' (conditional, no ask)",
    """Hi Mao,

Thanks for letting me know. I've linked this case to 174781234500932 so my colleague there has the full picture, including the candidate ID you sent.

I'll keep this one open until the merge goes through on the other case, just so nothing falls between the two. If anything changes on your side, feel free to reply here.

Regards,
Marisol
AWS Training and Certification
""", box="co", key="c2d", refs=["c2a", "c2b", "c2c"])

add("2025-05-22 14:05", TC_H, ME, SUBJ_TC % C1, L_("on_hold", True, C1, ["AWS03318542", "AWS05260719"]),
    "HTML-only with a table; partner (APN) hold; the ask is indirect ('it would help to know your last working day') in the middle",
    """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hi Mao,</p>
<p>Thanks for the candidate ID. I now have both profiles in front of me:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th>Profile</th><th>Candidate ID</th><th>Login email</th><th>Linked organization</th></tr>
<tr><td>Company</td><td>AWS03318542</td><td>m.kurosaki@tsubakura-tech.co.jp</td><td>Tsubakura Technologies Co., Ltd. (AWS Partner Network)</td></tr>
<tr><td>Personal</td><td>AWS05260719</td><td>mao.kurosaki.jp@gmail.com</td><td>none</td></tr>
</table>
<p>The company profile is associated with an AWS Partner Network organization. Certifications held there count towards the partner's tier, so while you are still employed by them we can't move them without the partner being told first. I've put the case on hold for now.</p>
<p>It would help to know your last working day at Tsubakura, since that decides when the merge can be scheduled. Meanwhile I'll let the partner's administrator know what is planned.</p>
<p>Best,<br>Tomasz<br>AWS Training and Certification</p>
</body></html>
""", fmt="html", key="c1d", refs=["c1a", "c1b", "c1c"])

add("2025-05-22 15:00", "Daichi Mori <notifications@github.com>", ME,
    "Re: [kurosaki-lab/cert-tracker] Merge accounts view into profile page (PR #41)", L_("unrelated", False, None),
    "GitHub notification: 'Merged' / 'merge accounts' vocabulary, no AWS case",
    """Merged #41 into main.

@daichi-mori approved these changes and merged the pull request.

  - Merge accounts view into profile page
  - Fix confirmation dialog copy ("Confirm which account to keep")

--
Reply to this email directly, view it on GitHub:
https://github.com/kurosaki-lab/cert-tracker/pull/41#event-17402291
You are receiving this because you authored the thread.
""", authdom="github.com", key="gh1", extra="List-ID: kurosaki-lab/cert-tracker <cert-tracker.kurosaki-lab.github.com>\nX-GitHub-Reason: author")

add("2025-05-22 23:30", ME_H, TC_H, SUBJ_TC % C1, L_("user_reply", False, C1),
    "owner's answer top-posted over the HTML hold; quoted text contains the ask",
    """Hi Tomasz,

My last working day is Friday 30 May. The company address is switched off that evening, so please use this gmail address from now on.

Thanks,
Mao
""", quote="""On Thu, 22 May 2025 at 23:05, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q("""Hi Mao,
Thanks for the candidate ID. I now have both profiles in front of me:
...
It would help to know your last working day at Tsubakura, since that decides when the merge can be scheduled."""),
    authdom="gmail.com", key="c1e", refs=["c1a", "c1b", "c1c", "c1d"], fmt="alt", cte="quoted-printable")

add("2025-05-23 01:00", CO_H, ME_H, "Fwd: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C2,
    L_("user_reply", False, C2),
    "owner forwards a support mail from the old address to the personal one before the mailbox closes; forwarded text is support's",
    """自分用に転送(会社アドレス停止前の控え)

""", quote="""-------- Forwarded Message --------
Subject: RE: [CASE 174786650100241] [AWS Training and Certification Form Submission] - account-assistance
Date: Thu, 22 May 2025 09:40:11 +0000
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
To: Kurosaki Mao <m.kurosaki@tsubakura-tech.co.jp>

Hi Mao,

Thanks for letting me know. I've linked this case to 174781234500932 so my colleague there has the full picture, including the candidate ID you sent.

I'll keep this one open until the merge goes through on the other case, just so nothing falls between the two. If anything changes on your side, feel free to reply here.

Regards,
Marisol
""", authdom="tsubakura-tech.co.jp", key="c2e", refs=["c2d"])

add("2025-05-23 10:12", TC_H, ME, SUBJ_TC % C1, L_("on_hold", False, C1),
    "hold that asks nothing: partner has five business days; 'nothing you need to do' (no word 'hold')",
    """Hi Mao,

Thanks, that's clear. I've written to the partner administrator at Tsubakura Technologies to tell them your certifications will move with you after 30 May.

Partners get five business days to come back to us. There's nothing you need to do while we wait, and I'll write again once that window has passed or they reply, whichever comes first.

Best,
Tomasz
AWS Training and Certification
""", key="c1f", refs=["c1a", "c1b", "c1c", "c1d", "c1e"])

add("2025-05-24 16:22", "AWS Training and Certification <aws-cs-trainingcertification-form@aws-training-casedesk.com>", ME,
    "RE:[CASE %s] Action required: verify your identity to continue the account merge" % C1, L_("suspicious", False, None),
    "lookalike domain that quotes the real case number; authentication passes for its own domain; urgent ask",
    """Hello Mao,

Your account merge request (Case 174781234500932) is paused because we could not verify the identity of the account holder.

To continue, sign in with your AWS Builder ID and confirm your details within 24 hours:
https://aws-training-casedesk.com/verify?case=174781234500932

If we do not receive your confirmation, both certification accounts will be locked for security reasons.

AWS Training and Certification Support
""", authdom="aws-training-casedesk.com", key="ph1")

add("2025-05-26 01:00", addr("ピアソンVUE", "pearsonvueconfirmation@pearson.com", "iso-2022-jp"), ME,
    "ご予約確認: AWS Certified Security - Specialty", L_("unrelated", False, None),
    "exam-vendor mail in Japanese with a 9-digit registration ID; 'ご確認ください'",
    """黒崎 真央 様

以下の試験のご予約を承りました。内容をご確認ください。

試験: AWS Certified Security - Specialty (SCS-C02)
日時: 2025年6月28日(土) 10:00
会場: OnVUE オンライン受験
登録 ID: 471902336

受験日の30分前までにチェックインを完了してください。予約の変更・キャンセルは受験日の24時間前まで可能です。

ピアソンVUE
""", cs="iso-2022-jp", cte="7bit", authdom="pearson.com", key="pv1")

add("2025-05-26 03:00", addr("佐伯 恭子", "k.saeki@tsubakura-tech.co.jp", "iso-2022-jp"), CO_H,
    "Re: AWS認定アカウントの統合について", L_("unrelated", False, None),
    "company's own partner admin (not support) talks about the merge and holds; internal mail",
    """黒崎さん

お疲れさまです。パートナー管理担当の佐伯です。

AWS から、黒崎さんの認定資格を個人アカウントへ移す予定である旨の連絡が来ていました。
退職日(5/30)以降の統合であれば問題ない旨、こちらから AWS に回答しておきます。
パートナーのスコア上は来月の集計で人数が1名減る見込みです。

黒崎さん側で何かしていただく必要はありません。長い間お疲れさまでした。

佐伯
""", cs="iso-2022-jp", cte="7bit", box="co", authdom="tsubakura-tech.co.jp", key="sk1")

add("2025-05-27 02:00", addr("AWS トレーニングと認定", TC), ME, SUBJ_TC % C1, L_("on_hold", False, C1),
    "Japanese (ISO-2022-JP) handover + still on hold; explicitly nothing to do; ends with 〜がございましたら…ご返信ください",
    """黒崎 真央 様

お世話になっております。AWS トレーニングと認定サポートの鈴木でございます。
本ケースは、日本語での対応のため、Tomasz より私が引き継ぎました。

現在、パートナー企業様の管理者からのご回答をお待ちしている状況のため、統合作業は引き続き保留とさせていただいております。
回答期限は5月30日(金)です。現時点でお客様にご対応いただく事項はございません。

進展がありましたら、改めてご連絡いたします。
ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
鈴木
""", cs="iso-2022-jp", cte="7bit", key="c1g", refs=["c1a", "c1b", "c1c", "c1d", "c1e", "c1f"])

add("2025-05-27 05:00", addr("西村 亮", "r.nishimura@tsubakura-tech.co.jp", "iso-2022-jp"), CO_H,
    "自動応答: 【共有】AWS認定アカウント統合の件", L_("unrelated", False, None),
    "colleague's out-of-office auto-reply (Shift_JIS) whose subject mentions the merge",
    """お問い合わせありがとうございます。
西村は 5月26日(月)から5月30日(金)まで休暇のため不在にしております。
6月2日(月)以降、順次ご返信いたします。

お急ぎの場合は、インフラ部 代表アドレス infra@tsubakura-tech.co.jp までご連絡ください。
""", cs="shift_jis", cte="8bit", box="co", authdom="tsubakura-tech.co.jp", key="oo1",
    extra="Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All", subj_cs="iso-2022-jp")

add("2025-05-28 01:30", addr("AWS トレーニングと認定", TC), ME, SUBJ_TC % C1, L_("on_hold", True, C1),
    "Japanese keigo hold that DOES ask (confirm future mails go to the personal address), buried after the partner news",
    """黒崎 真央 様

いつもお世話になっております。AWS トレーニングと認定サポートの鈴木でございます。

パートナー企業様の管理者より、ご退職日である5月30日までは統合を控えてほしい旨のご回答がございました。つきましては、統合作業は6月2日以降に実施するものとし、それまで本ケースは保留とさせていただきます。

また、ご退職後は会社のメールアドレス宛の連絡が届かなくなると伺っておりますので、今後のご連絡はすべて mao.kurosaki.jp@gmail.com 宛にお送りする形でよろしいでしょうか。恐れ入りますが、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
鈴木
""", fmt="alt", cs="utf-8", cte="quoted-printable", key="c1h", refs=["c1a", "c1b", "c1c", "c1d", "c1e", "c1f", "c1g"])

add("2025-05-28 03:00", ME_H, addr("AWS トレーニングと認定", TC), SUBJ_TC % C1, L_("user_reply", False, C1),
    "owner's Japanese reply (ISO-2022-JP) with a Japanese reply header「…のメッセージ:」and quoted keigo request",
    """鈴木様

ご連絡ありがとうございます。
はい、今後のご連絡は個人のメールアドレス宛にお願いいたします。

黒崎
""", quote="""2025年5月28日(水) 10:30 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
""" + q("""また、ご退職後は会社のメールアドレス宛の連絡が届かなくなると伺っておりますので、今後のご連絡はすべて mao.kurosaki.jp@gmail.com 宛にお送りする形でよろしいでしょうか。恐れ入りますが、ご確認のほどよろしくお願いいたします。"""),
    cs="iso-2022-jp", cte="7bit", authdom="gmail.com", key="c1i", refs=["c1a", "c1h"])

add("2025-05-28 07:00", "AWS Certification <do-not-reply@certmetrics.com>", CO_H,
    "AWS Certification wants to hear from you", L_("certification", False, None),
    "certmetrics feedback invitation ('Please share your thoughts') to the company address",
    """Hello Mao,

As an AWS Certified individual, your opinion matters. We're looking for feedback on your experience with the AWS Certification program, from exam preparation to the benefits you use after passing.

Please share your thoughts in a short survey (about 10 minutes):
https://www.certmetrics.com/amazon/survey/2025-q2

Thank you for helping us shape the future of AWS Certification.

AWS Certification
""", box="co", fmt="alt", cte="quoted-printable", key="cm1")

add("2025-05-29 00:00", addr("AWS ジャパン", "aws-marketing-email-replies@amazon.com"), ME,
    "【ご登録受付中】AWS Summit Japan 2025 認定者ラウンジのご案内", L_("unrelated", False, None),
    "Japanese AWS marketing: 'ご登録ください' and 認定 vocabulary",
    """AWS 認定をお持ちの皆さま

AWS Summit Japan 2025 では、AWS 認定者限定のラウンジをご用意しております。
ご来場には事前登録が必要です。以下のリンクより、6月20日までにご登録ください。

https://aws.amazon.com/jp/summits/japan/lounge/

当日は認定者限定ノベルティもお渡しする予定です。皆さまのご来場をお待ちしております。

配信停止をご希望の方はこちら: https://pages.awscloud.com/unsubscribe
""", fmt="alt", cte="base64", key="mk2")

add("2025-05-30 09:00", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME,
    "Amazon.co.jp ご注文の商品を発送しました", L_("unrelated", False, None),
    "amazon.co.jp shipping notice (Japanese), not AWS",
    """黒崎 真央 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。お届け予定日: 5月31日(土)

注文番号: 250-4471902-3381746
商品: USB-C ドッキングステーション

配送状況は「注文履歴」からご確認ください。
""", cs="utf-8", cte="quoted-printable", authdom="amazon.co.jp", key="amz1")

CONF_OWN = """Hi Mao,

Now that your last day at Tsubakura has passed, the partner has no objection and I can go ahead. Before I do, here are the two profiles exactly as our system holds them:

Account #1 - AWS05260719
  Login email: mao.kurosaki.jp@gmail.com
  Training notification email: mao.kurosaki.jp@gmail.com
  Certification notification email: mao.kurosaki.jp@gmail.com

Account #2 - AWS03318542
  Login email: m.kurosaki@tsubakura-tech.co.jp
  Training notification email: m.kurosaki@tsubakura-tech.co.jp
  Certification notification email: m.kurosaki@tsubakura-tech.co.jp

Everything on Account #2 (exam history, certifications, the unused 50% discount) would move to Account #1, and Account #2 would be closed. Once you confirm Account #1 is the one to keep, I'll start the merge.

Best,
Tomasz
AWS Training and Certification
"""
add("2025-06-02 02:00", TC_H, ME, SUBJ_TC % C1, L_("confirmation_request", True, C1, ["AWS05260719", "AWS03318542"]),
    "Account #1/#2 listing; the request is only an 'Once you confirm..., I'll start' clause at the end",
    CONF_OWN, fmt="alt", cte="quoted-printable", key="c1j", refs=["c1a", "c1i"])

# bounce: owner forwarded the confirmation to the old company address
fwd = ("From: Mao Kurosaki <%s>\nTo: %s\nSubject: Fwd: %s\nDate: Mon, 02 Jun 2025 11:58:40 +0900\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
       "---------- Forwarded message ---------\nFrom: AWS Training and Certification <%s>\n\n" % (ME, CO, SUBJ_TC % C1, TC)) + CONF_OWN
ct_b, body_b = multipart("report; report-type=delivery-status", [
    ("Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n",
     b"** Address not found **\n\nYour message wasn't delivered to m.kurosaki@tsubakura-tech.co.jp because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"),
    ("Content-Type: message/delivery-status\n",
     b"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; m.kurosaki@tsubakura-tech.co.jp\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\n"),
    ("Content-Type: message/rfc822\n", fwd.encode("utf-8")),
], "00000000000052bounce7f")
add("2025-06-02 02:59", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME,
    "Delivery Status Notification (Failure)", L_("unrelated", False, None),
    "bounce of the owner's forward to the closed company address; the returned message carries the full confirmation request",
    "", authdom="googlemail.com", key="bn1", raw_body=(ct_b, body_b))

add("2025-06-03 05:00", "Nimbus Mail Support <support@nimbusmail.io>", ME,
    "[Nimbus Support] Case #88213 has been closed", L_("unrelated", False, None),
    "another vendor's 'case closed' mail with 'reply to reopen'",
    """Hi Mao,

Your support case #88213 ("Custom domain DKIM record not verifying") has been closed because we haven't heard from you in 7 days.

If the issue is still happening, simply reply to this email and the case will be reopened.

Thanks,
Nimbus Mail Support
""", authdom="nimbusmail.io", key="nv1")

add("2025-06-03 09:00", "Amazon Web Services <aws-billing@amazon.com>", ME,
    "Your AWS Billing statement is available", L_("unrelated", False, None),
    "AWS billing with a 12-digit account ID (not a case number)",
    """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 5562, is available on the AWS web site. Your account will be charged the following:

Total: USD 3.42

Account: [AWS ID 483920175562]

You can see a complete break-down of all of your charges on the Billing & Cost Management page.

Sincerely,
Amazon Web Services
""", key="bl1")

add("2025-06-04 08:15", TC_H, ME, "Following up on your certification account request", L_("closing_notice", True, C1),
    "closing notice in casual words ('wrap this case up'), no case number in the subject (only 'Case ID' in the signature)",
    """Hi Mao,

Just checking in - I haven't seen a reply to my note of June 2 about which account to keep.

I'll wrap this case up on Friday if I don't hear from you. Answering this email, even after Friday, brings it straight back to me, so nothing is lost either way.

Best,
Tomasz
AWS Training and Certification
Case ID: 174781234500932
""", key="c1k", refs=["c1a", "c1j"])

add("2025-06-04 10:00", addr("週刊クラウド通信", "newsletter@cloud-tsushin.jp"), ME,
    "週刊クラウド通信 #212: マルチアカウント統合のベストプラクティス", L_("unrelated", False, None),
    "Japanese newsletter (UTF-8 QP) about 'アカウントの統合' and 'ケースのクローズ' in an unrelated sense",
    """週刊クラウド通信 #212

■ 今週の特集: AWS Organizations でのアカウント統合
複数の AWS アカウントを1つの組織に統合する際の手順と、請求の一括化で注意すべき点を解説します。
統合先アカウントのご確認をお忘れなく。

■ サポートケースをすばやくクローズするコツ
問い合わせの際にアカウント ID(12桁)や再現手順を最初から記載しておくと、やり取りの往復が減ります。

■ 読者アンケート
今後取り上げてほしいテーマがございましたら、本メールにご返信ください。

配信停止: https://cloud-tsushin.jp/unsubscribe
""", cte="quoted-printable", authdom="cloud-tsushin.jp", key="nl1")

add("2025-06-05 00:30", TC_H, ME, SUBJ_TC % C1, L_("suspicious", False, None),
    "looks genuine (real sender address, real case number and subject) but DKIM/DMARC fail for amazon.com",
    """Hello Mao,

We are ready to complete the merge of your certification accounts. To protect your exam history, sign in below with your AWS Builder ID and confirm the destination account:

https://aws-training-certification.merge-confirm.net/case/174781234500932

This link expires in 12 hours. After that the request will be cancelled and you will have to submit a new case.

Regards,
AWS Training and Certification
""", authok=False, key="ph2")

add("2025-06-05 11:00", ME_H, TC_H, "Re: Following up on your certification account request", L_("user_reply", False, C1),
    "owner's confirmation threaded only by In-Reply-To/References; no case number in subject or own text",
    """Hi Tomasz,

Sorry for the silence, I was moving house. Confirmed: please merge into Account #1 (the gmail one).

Mao
""", quote="""On Wed, 4 Jun 2025 at 17:15, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q("""Hi Mao,

Just checking in - I haven't seen a reply to my note of June 2 about which account to keep.

I'll wrap this case up on Friday if I don't hear from you. Answering this email, even after Friday, brings it straight back to me, so nothing is lost either way.

Best,
Tomasz
AWS Training and Certification
Case ID: 174781234500932"""), authdom="gmail.com", key="c1l", refs=["c1j", "c1k"])

add("2025-06-05 13:30", TC_H, ME, SUBJ_TC % C1, L_("resolved", False, C1, ["AWS03318542", "AWS05260719"]),
    "completion without 'merged'/'resolved' ('All done', 'no longer exists'); the confirmation request is quoted below",
    """Hi Mao,

All done. Your exam history, both certifications and the unused 50% discount now sit on Account #1 (mao.kurosaki.jp@gmail.com). The old profile AWS03318542 no longer exists; your candidate ID from now on is AWS05260719. Sign in with your Builder ID as usual.

Good luck in the new job!

Tomasz
AWS Training and Certification
""", quote="""On Mon, 2 Jun 2025 at 11:00, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q(CONF_OWN), key="c1m", refs=["c1j", "c1k", "c1l"], fmt="alt", cte="quoted-printable")

add("2025-06-05 13:45", "Credly <admin@credly.com>", ME,
    "Your AWS Certification badges have a new home", L_("badge", False, None),
    "Credly notice that badges moved to the personal address; mentions 'accounts were merged'",
    """Hi Mao,

Amazon Web Services Training and Certification has updated the email address associated with 2 of your badges, following a change to your certification account:

- AWS Certified Solutions Architect - Associate
- AWS Certified Cloud Practitioner

They are now available in the Credly account for mao.kurosaki.jp@gmail.com. No action is needed unless you'd like to change how they are shared.

View your badges: https://www.credly.com/users/mao-kurosaki/badges

Credly, Inc.
""", key="cr2")

add("2025-06-06 01:00", addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), ME,
    "サポートのご対応に関するアンケートのお願い(ケース %s)" % C1, L_("survey", False, C1),
    "Japanese survey with keigo request and the case number",
    """黒崎 真央 様

先日はAWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース 174781234500932 の対応について、アンケートにご協力いただけますでしょうか。所要時間は2分ほどです。

https://survey.aws-tc-support.amazon.com/r/174781234500932?lang=ja

いただいたご意見は、サービス品質の向上に活用させていただきます。
""", fmt="alt", cte="base64", key="c1n")

add("2025-06-06 03:00", TC_H, ME, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C2,
    L_("resolved", False, C2),
    "duplicate case finished; refers to the other case number; 'Nothing further is needed' after a closed-case sentence",
    """Hi Mao,

Since the merge was completed under case 174781234500932, I've closed this duplicate as well. Nothing further is needed from you here.

I'm sending this to your personal address because the company one no longer accepts mail.

Regards,
Marisol
AWS Training and Certification
""", key="c2f", refs=["c2a", "c2d"])

add("2025-06-09 22:10", addr("AWS認定サポート", "support@aws-certmetrics-jp.com"), ME,
    "【重要】AWS認定アカウント統合後の本人確認のお願い", L_("suspicious", False, None),
    "Japanese phishing from a lookalike domain with keigo request",
    """黒崎 真央 様

平素より AWS 認定をご利用いただき、誠にありがとうございます。

アカウント統合に伴い、統合後のアカウントの本人確認が必要となっております。
48時間以内に下記URLより本人確認を完了していただけますでしょうか。完了されない場合、保有資格が一時的に無効となります。

https://aws-certmetrics-jp.com/verify

何卒よろしくお願いいたします。
AWS 認定サポートチーム
""", authdom="aws-certmetrics-jp.com", key="ph3")

add("2025-06-10 01:20", ME_H, TC_H, SUBJ_TC % C1, L_("user_reply", False, C1),
    "owner reopens the finished case with a new problem; question to support, not to the owner",
    """Hi Tomasz,

Thanks again. One thing looks off: my Developer - Associate exam from November 2022 isn't in the exam history of Account #1. Was it maybe on a different profile? Could you take a look?

Mao
""", quote="""On Thu, 5 Jun 2025 at 22:30, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q("""All done. Your exam history, both certifications and the unused 50% discount now sit on Account #1 (mao.kurosaki.jp@gmail.com)."""),
    authdom="gmail.com", key="c1o", refs=["c1j", "c1m"])

add("2025-06-11 02:30", addr("AWS トレーニングと認定", TC), ME, SUBJ_TC % C1, L_("info_request", True, C1, ["AWS05260719"]),
    "Japanese (UTF-8 QP, multipart) reopen: progress report then a plain 〜お知らせください ask",
    """黒崎様

ご連絡ありがとうございます。AWS トレーニングと認定サポートの高野です。本ケースを再オープンし、引き続き私が担当いたします。

統合後の Account #1(AWS05260719)の試験履歴を確認しましたところ、ご指摘のとおり 2022年11月の Developer - Associate の受験記録は含まれておりませんでした。統合した2つのプロファイルのいずれにも記録がないため、別のプロファイルに登録されている可能性がございます。

お手数ですが、当時の受験予約に使用したメールアドレスと、受験された会場名(オンライン受験の場合はその旨)をお知らせください。

高野
AWS トレーニングと認定
""", fmt="alt", cte="quoted-printable", key="c1p", refs=["c1m", "c1o"])

add("2025-06-11 04:00", ME_H, addr("AWS トレーニングと認定", TC), SUBJ_TC % C1, L_("user_reply", False, C1),
    "owner's Japanese answer (UTF-8 8bit), Gmail-Japanese quote header",
    """高野様

ご確認ありがとうございます。
当時は会社のパートナーポータル経由で予約しており、メールアドレスは m.kurosaki@tsubakura-tech.co.jp、オンライン受験(OnVUE)でした。

よろしくお願いいたします。
黒崎
""", quote="""2025年6月11日(水) 11:30 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
""" + q("""お手数ですが、当時の受験予約に使用したメールアドレスと、受験された会場名(オンライン受験の場合はその旨)をお知らせください。"""),
    authdom="gmail.com", key="c1q", refs=["c1o", "c1p"])

add("2025-06-12 06:00", TC_H, ME, SUBJ_TC % C1, L_("confirmation_request", True, C1, ["AWS02971164", "AWS05260719"]),
    "HTML-only with table; the merge question sits mid-paragraph, followed by more explanation and a closing sentence with no ask",
    """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Mao,</p>
<p>Yuki passed your case to me on the certification records team. Searching by the company address and the OnVUE booking turned up a third profile, AWS02971164, created on 14 October 2022 through AWS Partner Central single sign-on; the November 2022 Developer - Associate result is recorded there, along with two practice-exam purchases. Can you confirm this profile is yours and should be folded into Account #1 as well? Profiles created through partner sign-on are occasionally shared between colleagues by mistake, which is why we don't move them on name and address alone.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Candidate ID</th><th>Login</th><th>Created</th></tr>
<tr><td>Account #1 (keep)</td><td>AWS05260719</td><td>mao.kurosaki.jp@gmail.com</td><td>2019-04-02</td></tr>
<tr><td>Account #3</td><td>AWS02971164</td><td>Partner Central SSO (m.kurosaki@tsubakura-tech.co.jp)</td><td>2022-10-14</td></tr>
</table>
<p>After the merge, the Developer - Associate certification and its expiry date will appear on Account #1, and Credly will issue the badge to your personal address.</p>
<p>Regards,<br>Sven Aldridge<br>AWS Certification Records</p>
</body></html>
""", fmt="html", cte="quoted-printable", key="c1r", refs=["c1p", "c1q"])

add("2025-06-13 07:00", "AWS Certification <do-not-reply@certmetrics.com>", ME,
    "Congratulations on recertifying your AWS Certification!", L_("certification", False, None),
    "certmetrics recertification notice with 'download your certificate' call to action",
    """Dear Mao Kurosaki,

Congratulations on recertifying your AWS Certified Solutions Architect - Associate certification! Your new expiration date is June 13, 2028.

You can download your updated certificate and review your benefits in your AWS Certification Account:
https://www.aws.training/certification

Your digital badge will be updated on Credly shortly.

AWS Certification
""", key="cm2")

add("2025-06-16 01:02", addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME, SUBJ_TC % C1, L_("closing_notice", True, C1),
    "Japanese keigo closing notice (Shift_JIS, CRLF): 'クローズとさせていただきます' + reply reopens; no explicit 'please reply'",
    """黒崎様

AWS トレーニングと認定サポートの高野でございます。

6月12日に担当の Sven よりお送りした、3つ目のプロファイルの統合に関するご確認につきまして、現時点でご返信を確認できておりません。

6月20日(金)までにご返信をいただけない場合、誠に勝手ながら本ケースはクローズとさせていただきます。
なお、クローズ後であっても、本メールにご返信いただければケースは再開されますのでご安心ください。

何卒よろしくお願い申し上げます。

高野
AWS トレーニングと認定
""", cs="shift_jis", cte="8bit", crlf=True, key="c1s", refs=["c1q", "c1r"], subj_cs="iso-2022-jp")

add("2025-06-16 03:40", ME_H, addr("AWS トレーニングと認定", TC), SUBJ_TC % C1, L_("user_reply", False, C1, ["AWS02971164"]),
    "owner's Japanese confirmation of the third profile (ISO-2022-JP), above a quoted Japanese closing notice",
    """高野様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。
AWS02971164 は私のプロファイルで間違いありません。Account #1 への統合をお願いいたします。

黒崎
""", quote="""2025年6月16日(月) 10:02 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
""" + q("""6月20日(金)までにご返信をいただけない場合、誠に勝手ながら本ケースはクローズとさせていただきます。
なお、クローズ後であっても、本メールにご返信いただければケースは再開されますのでご安心ください。"""),
    cs="iso-2022-jp", cte="7bit", authdom="gmail.com", key="c1t", refs=["c1r", "c1s"])

add("2025-06-17 02:00", TC_H, ME, SUBJ_TC % C1, L_("case_update", False, C1, ["AWS02971164"]),
    "in-progress 'queued for merging' (not done yet), 'Nothing is required', then a conditional reply invitation",
    """Hi Mao,

Thanks - and thanks to Yuki for chasing. I've queued AWS02971164 for merging into Account #1; the job runs overnight, so expect it to be finished by tomorrow morning your time.

Nothing is required from you. If anything still looks off once it has run, reply here and it will come back to me.

Regards,
Sven Aldridge
AWS Certification Records
""", key="c1u", refs=["c1s", "c1t"])

add("2025-06-18 01:00", addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME, SUBJ_TC % C1, L_("resolved", False, C1),
    "Japanese completion ('対応は以上となります', no 統合/解決 word in the verdict) with the earlier closing notice quoted underneath and a conditional 〜がございましたら",
    """黒崎様

高野です。本日、Account #1 の試験履歴に 2022年11月の Developer - Associate の記録が追加されていることを確認いたしました。認定の有効期限もあわせて反映されております。

今回のお問い合わせに関する対応は以上となります。その他ご質問がございましたら、新しいケースにてお問い合わせくださいませ。

高野
AWS トレーニングと認定
""", quote="""-----Original Message-----
From: AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>
Sent: 2025年6月16日 10:02
Subject: RE:[CASE 174781234500932] [AWS Training and Certification Form Submission] - account-assistance

6月20日(金)までにご返信をいただけない場合、誠に勝手ながら本ケースはクローズとさせていただきます。
なお、クローズ後であっても、本メールにご返信いただければケースは再開されますのでご安心ください。
""", cs="iso-2022-jp", cte="7bit", key="c1v", refs=["c1s", "c1t", "c1u"])

add("2025-06-18 02:10", ME_H, addr("AWS トレーニングと認定", TC), SUBJ_TC % C1, L_("user_reply", False, C1),
    "short Japanese thank-you after completion (nothing asked of anyone)",
    """高野様、Sven様

確認できました。最後までご対応いただき、ありがとうございました。

黒崎
""", authdom="gmail.com", key="c1w", refs=["c1v"])

add("2025-06-18 03:00", "Credly <admin@credly.com>", ME,
    "Mao, you've earned a new badge from Amazon Web Services Training and Certification", L_("badge", False, None),
    "Credly badge issued after the third-profile merge (HTML + text)",
    """Congratulations, Mao!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/badges/0d2e9a71-3c44-4b8e-9f15-a6c2e07b5d93/accept

Credly, Inc.
""", fmt="alt", cte="quoted-printable", key="cr3")

add("2025-06-19 03:00", "Credly Badges <admin@credly-badges.net>", ME,
    "Action needed: your AWS badges will be revoked", L_("suspicious", False, None),
    "Credly lookalike domain threatening badge revocation",
    """Hi Mao,

Because your AWS certification accounts were recently merged, your badges must be re-verified. Badges not re-verified within 3 days will be revoked.

Re-verify now: https://credly-badges.net/reverify?u=mao-kurosaki

Credly Support
""", authdom="credly-badges.net", key="ph4")

add("2025-06-19 21:34", CON, ME, "Amazon Web Services: New Support case: %s" % C3, L_("acknowledgement", False, C3),
    "console 'New Support case' (15-digit) with account ID and the owner's own text quoting a registration ID",
    """Dear Customer,

A new support case has been opened on your account.

Case ID: 175036881200553
Subject: Exam discount benefit missing after account merge
Severity: General guidance
Account: [AWS ID 483920175562]
Correspondence: After my certification accounts were merged (case 174781234500932) the 50% exam discount is no longer listed under Benefits. I have an exam booked (registration 471902336).

To view or respond to this case, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=175036881200553&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""", key="c3a")

S3 = "RE:[CASE %s] Exam discount benefit missing after account merge" % C3
add("2025-06-20 05:10", CON, ME, S3, L_("info_request", True, C3),
    "console mail: long progress report, then 'Let me know which of the two...' through the Support Center; survey footer",
    """Hello Mao,

Thank you for reaching out. I checked your certification profile after last week's merge. The 50% discount issued in June 2021 expired unused in March 2023, which is why it is no longer listed; the discount earned with your Developer - Associate pass in November 2022 was carried over and is valid until November 2025. It doesn't show on the Benefits page yet because it was attached to the profile merged last, and that page is cached for up to 72 hours.

What I can't tell from here is how you plan to use it. For an online (OnVUE) exam the code is entered at checkout, but for a test-centre booking in Japan it has to be applied before you choose a slot, and an existing booking such as registration 471902336 would need to be rebooked. Let me know which of the two applies through the Support Center, so I can send the right steps.

Best regards,
Ines
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=C3), fmt="alt", cte="base64", key="c3b", refs=["c3a"])

add("2025-06-22 07:00", "AWS Certification <do-not-reply@certmetrics.com>", ME,
    "Your AWS Certified Cloud Practitioner certification expires in 90 days", L_("certification", False, None),
    "certmetrics expiry reminder ('recertify before...') with a call to action",
    """Dear Mao Kurosaki,

Your AWS Certified Cloud Practitioner certification will expire on September 20, 2025.

To keep your certification active, pass the current version of the exam, or a higher-level exam, before that date. Visit your AWS Certification Account to view your recertification options and benefits:
https://www.aws.training/certification

AWS Certification
""", key="cm3")

add("2025-06-25 06:00", CON, ME, S3, L_("closing_notice", True, C3),
    "console auto-resolve (past tense 'has been resolved automatically') because no answer; reopen in the Support Center within 14 days",
    """Hello,

Your case 175036881200553 has been resolved automatically because we did not receive a response to our last correspondence.

If your issue is not resolved, you can reopen this case in the AWS Support Center within 14 days. After that, the case can't be reopened and you'll need to create a new one.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=C3), key="c3c", refs=["c3a", "c3b"])

add("2025-06-26 03:20", CON, ME, S3, L_("resolved", False, C3),
    "console closure after the owner reopened in the console: steps given, 'taken care of', survey footer with 'Please share'",
    """Hello Mao,

Thanks for reopening the case and letting us know the exam is an online one. That makes it simple: when you rebook, choose "Apply a benefit" at checkout and the 50% discount, which is now visible under Benefits, will be applied.

With that, everything on this case is taken care of, so I'm marking it as resolved.

Best regards,
Ines
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=C3), fmt="alt", cte="quoted-printable", key="c3d", refs=["c3a", "c3b", "c3c"])

add("2025-06-27 01:00", CON, ME, "Tell us about your AWS Support experience (Case %s)" % C3, L_("survey", False, C3),
    "console survey for the 15-digit case",
    """Hello,

Your AWS Support case 175036881200553 was recently resolved. Please take a moment to rate the support you received:

https://console.aws.amazon.com/support/survey?displayId=175036881200553

Thank you for helping us improve AWS Support.

Amazon Web Services
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""", key="c3e")

add("2025-06-27 09:40", "AWS re:Post <no-reply@repost.aws>", ME,
    "Weekly digest: Accepted answer on \"How do I merge two AWS Certification accounts?\"", L_("unrelated", False, None),
    "re:Post digest quoting a support-style 'confirm which account to keep' answer",
    """Here's what happened this week in topics you follow.

Accepted answer
How do I merge two AWS Certification accounts?
"Open a case with AWS Training and Certification support. They will list Account #1 and Account #2 and ask you to confirm which account to keep - reply to that mail and the merge usually finishes the same day."

New questions in Training and Certification
- Candidate ID changed after merge?
- Credly badge shows old email

Manage notifications: https://repost.aws/settings
""", authdom="repost.aws", key="rp1")

add("2025-06-28 00:05", "AWS <no-reply@login.awsapps.com>", ME,
    "AWS Builder ID sign-in verification code", L_("unrelated", False, None),
    "one-time sign-in code (6 digits) from login.awsapps.com",
    """Your verification code is 730164.

Someone is signing in to your AWS Builder ID from a new device (Chrome on Windows, Tokyo, JP). If this was you, enter the code above. It expires in 10 minutes.

If this wasn't you, change your password right away.
""", key="bid2")

add("2025-06-28 11:30", addr("ピアソンVUE", "pearsonvueconfirmation@pearson.com"), ME,
    "Your score report is available", L_("unrelated", False, None),
    "exam-vendor result mail with a 9-digit registration ID",
    """Dear Mao Kurosaki,

Your score report for AWS Certified Security - Specialty (registration 471902336) is now available.

Sign in to your Pearson VUE account to view it. Results are also sent to AWS Certification and usually appear in your certification account within 5 business days.

Pearson VUE
""", authdom="pearson.com", key="pv2")

add("2025-07-01 02:00", "Credly <admin@credly.com>", ME,
    "Reminder: you have 1 badge waiting to be accepted", L_("badge", False, None),
    "Credly reminder with an imperative 'Accept it' (not a support request)",
    """Hi Mao,

You have a badge waiting: AWS Certified Security - Specialty, issued by Amazon Web Services Training and Certification.

Accept it to display it on your profile: https://www.credly.com/earner/earned

Credly, Inc.
""", key="cr4")

# ---------------------------------------------------------------- write
README_HEAD = """Blind held-out corpus: one mailbox (owner Mao Kurosaki), personal address and old company
address (the company mailbox is switched off on 2025-05-30). Written without seeing the classifier's
rules or fixtures. Regenerate with `python3 gen.py` (standard library only); it rewrites every
NNN-slug.eml / NNN-slug.json and this README.

## Cases
- 5683012947 (10 digits, 2021, T&C form, company mailbox): benefit voucher missing; ack -> question ->
  closed for inactivity -> reply reopens -> done -> survey.
- 13024587716 (11 digits, 2023, AWS Support Center console case): duplicate profiles under one address,
  Credly; every answer must go through the Support Center; one correspondence in Japanese.
- 174781234500932 (15 digits, 2025, T&C form, personal mailbox): the account merge. ack (Japanese) ->
  P.S. request -> APN partner hold (asking) -> hold (not asking) x2 -> hold (asking, Japanese) ->
  Account #1/#2 confirmation -> closing notice (subject without case number) -> reply threaded only by
  In-Reply-To -> done -> reopened (missing exam) -> Japanese info request -> third-profile confirmation
  -> Japanese closing notice -> reply -> progress -> done (Japanese).
- 174786650100241 (15 digits, 2025, T&C form, company mailbox): duplicate form submission sent from the
  old address; wrong-address request; linked to the main case; closed as duplicate.
- 175036881200553 (15 digits, 2025, console case): discount benefit after the merge; request via
  Support Center; auto-resolved for no answer (closing notice); reopened in console; resolved.

Numbers that are not case IDs: AWS account ID 483920175562, Pearson VUE registration 471902336,
codes 482913 / 730164, Credly badge UUIDs, order numbers. Candidate IDs: AWS03318542 (company),
AWS05260719 (personal), AWS01784420 (2023 duplicate), AWS02971164 (partner-SSO profile).
Labelling choices worth knowing: a candidate ID echoed in an acknowledgement's "case details" counts
as the mail's own text; the owner's self-forward of a support mail (the "Fwd:" message) is labelled user_reply;
a console "resolved automatically because we did not receive a response" mail is a closing_notice.
""" 

def main():
    for f in os.listdir(OUT):
        if re.match(r"\d{3}-.*\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, raw, label, note in MSGS:
        slug = "%03d-m%02x" % (n, (n * 37) % 251)
        with open(os.path.join(OUT, slug + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, slug + ".json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((slug, label, note))
    from collections import Counter
    kc = Counter(l["kind"] for _, l, _ in rows)
    nr = sum(l["needs_reply"] for _, l, _ in rows)
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write("me: %s %s\n\n" % (ME, CO))
        fh.write(README_HEAD)
        fh.write("\n%d messages. Kinds: %s. needs_reply true: %d.\n\n" % (len(rows), ", ".join("%s %d" % kv for kv in sorted(kc.items())), nr))
        fh.write("| file | kind | needs_reply | case | what it is / what makes it hard |\n|---|---|---|---|---|\n")
        for slug, label, note in rows:
            fh.write("| %s | %s | %s | %s | %s |\n" % (slug, label["kind"], str(label["needs_reply"]).lower(), label["case"] or "-", note.replace("|", "/")))
    print(len(rows), "messages")

if __name__ == "__main__":
    main()
