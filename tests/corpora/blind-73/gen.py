#!/usr/bin/env python3
"""Blind held-out corpus generator (stdlib only). Writes NNN-slug.eml / .json next to itself."""
import os, json, base64, quopri, hashlib
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
ME = "Daisuke Okabe"
MP = "okabe.daisuke.home@gmail.com"
MC = "d-okabe@nimbus-works.co.jp"
TC = ("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com")
CON = ("Amazon Web Services", "no-reply-aws@amazon.com")
A, B, C, D, E = "174812093400217", "174812388100544", "14230987715", "1634287715", "175061442900381"
SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"
def tcs(case, sp=""):
    return "RE:%s[CASE %s] %s" % (sp, case, SUBJ_TC)

MSGS = []
MID = {}
TXT = {}

def mkid(n, dom):
    h = hashlib.sha1(("blind73-%s-%s" % (n, dom)).encode()).hexdigest()
    if dom == "email.amazonses.com":
        return "<0100019%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:13], h[13:25])
    if dom == "mail.gmail.com":
        return "<CA+%s%s@mail.gmail.com>" % (h[:20], h[20:32].upper())
    return "<%s.%s@%s>" % (h[:12], h[12:24], dom)

def auth_g(dom, mailfrom=None, dkim="pass", spf="pass", dmarc="pass", ddom=None):
    mailfrom = mailfrom or ("bounce@" + dom)
    ddom = ddom or dom
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=k1 header.b=Qx3v9aLm;\n"
            "       spf=%s (google.com: domain of %s designates 54.240.27.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s") % (
        dkim, ddom, spf, mailfrom, 10 + len(dom), mailfrom, dmarc, dom)

def auth_o(dom, ok=True):
    r = "pass" if ok else "fail"
    return ("spf=%s (sender IP is 54.240.8.%d) smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100") % (
        r, 20 + len(dom), dom, r, dom, r, dom, r)

def addr(name, a):
    return formataddr((name, a), charset="utf-8") if name else a

def enc(text, cs, cte):
    b = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b

def add(slug, label, frm, to, subj, date, text=None, html=None, cs="utf-8", cte="8bit",
        nl="\n", reply=None, refs=None, auth=None, idom="email.amazonses.com", extra=(), cc=None,
        hcs=None, note=""):
    n = len(MSGS) + 1
    mid = mkid(n, idom)
    MID[n] = mid
    TXT[n] = text if text is not None else html
    hcs = hcs or ("iso-2022-jp" if cs == "iso-2022-jp" else "utf-8")
    try:
        subj.encode("ascii"); s = subj
    except UnicodeEncodeError:
        s = Header(subj, hcs).encode()
    H = []
    if auth:
        H.append("Authentication-Results: " + auth)
    H.append("From: " + (addr(*frm) if isinstance(frm, tuple) else frm))
    H.append("To: " + (addr(*to) if isinstance(to, tuple) else to))
    if cc:
        H.append("Cc: " + cc)
    H.append("Subject: " + s)
    H.append("Date: " + date)
    H.append("Message-ID: " + mid)
    if reply:
        H.append("In-Reply-To: " + MID[reply])
        rl = [MID[r] for r in (refs or [reply])]
        H.append("References: " + "\n ".join(rl))
    H.extend(extra)
    H.append("MIME-Version: 1.0")
    parts = []
    if text is not None:
        parts.append(("plain", text))
    if html is not None:
        parts.append(("html", html))
    if len(parts) == 1:
        st, body = parts[0]
        H.append('Content-Type: text/%s; charset="%s"' % (st, cs))
        H.append("Content-Transfer-Encoding: " + cte)
        raw = ("\n".join(H) + "\n\n").encode("ascii") + enc(body, cs, cte)
    else:
        bnd = "----=_Part_%s" % hashlib.md5(mid.encode()).hexdigest()[:20]
        H.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
        raw = ("\n".join(H) + "\n\n").encode("ascii")
        for st, body in parts:
            raw += ("--%s\nContent-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n"
                    % (bnd, st, cs, cte)).encode("ascii") + enc(body, cs, cte) + b"\n"
        raw += ("--%s--\n" % bnd).encode("ascii")
    if nl == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    fa = frm[1] if isinstance(frm, tuple) else frm
    dom = fa.split("@")[1].split(".")
    dom = dom[-3] if len(dom) > 2 and dom[-2] in ("co", "com") else dom[-2]
    from email.utils import parsedate_to_datetime
    dt = parsedate_to_datetime(date)
    neutral = "mail-%s" % dt.strftime("%Y%m%d-%H%M")
    MSGS.append((n, neutral, raw, label, note, slug))
    return n

def L(kind, nr=False, case=None, ids=()):
    return {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": list(ids)}

def gq(hdr, text):
    return hdr + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def oq(frm, sent, to, subj, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subj, text))

TCF = "AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>"
CONSOLE_FOOT = """
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services

======================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

# ---------------------------------------------------------------- 2021: case D (company address)
d_ack = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 1634287715 to address your request. The details of your case are as follows:

Case ID: 1634287715
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General
Correspondence: Inquiry type: Certification
Additional details: Digital Badges
Description:
My Credly profile does not show my AWS Certified Cloud Practitioner badge. I think two certification
accounts exist for d-okabe@nimbus-works.co.jp. Could you check?

We will respond within 24 hours. If you have additional information about this request, you can reply to this email. Please do not open another case for the same request, as this may delay our response.

Sincerely,
Amazon Web Services
"""
n_d1 = add("support-opened-badge-question", L("acknowledgement", False, D), TC, MC, tcs(D),
           "Fri, 15 Oct 2021 08:49:03 +0000", d_ack, auth=auth_o("amazon.com"),
           note="2021 ack, 10-digit case; 'reply to this email' is conditional; 'Could you check?' is the user's own text inside the ack")

d_req = """Hi Daisuke,

I looked up d-okabe@nimbus-works.co.jp and there are two certification profiles on it. One is AWS01938475 (created 2019, has your Cloud Practitioner exam). The second one has no exam history at all.

Which one do you actually sign in with these days? The ID is in the top right corner of the CertMetrics page once you're logged in, format AWSxxxxxxxx. Send me that and I'll line things up.

Tom
AWS Training and Certification
"""
n_d2 = add("profiles-lookup-tom", L("info_request", True, D, ["AWS01938475"]), TC, MC, tcs(D),
           "Sat, 16 Oct 2021 03:12:40 +0000", d_req, auth=auth_o("amazon.com"),
           note="terse agent, bare question + imperative 'Send me that', no please")

d_rep = """Hi Tom,

The ID shown when I sign in is AWS02284710. AWS01938475 is the older one where I passed the exam.

Best regards,
Daisuke Okabe
Nimbus Works Co., Ltd. / Cloud Infrastructure Group

""" + oq(TCF, "Saturday, October 16, 2021 12:12 PM", MC, tcs(D), d_req)
n_d3 = add("re-profiles-outlook", L("user_reply", False, D, ["AWS02284710", "AWS01938475"]),
           (ME, MC), TCF, "RE: " + tcs(D), "Sat, 16 Oct 2021 05:40:11 +0000", d_rep, nl="\r\n",
           reply=n_d2, refs=[n_d1, n_d2], idom="nimbus-works.co.jp",
           extra=["X-Mailer: Microsoft Outlook 16.0"],
           note="user reply Outlook style, CRLF, quoted request below")

d_res = """Hello Daisuke,

Thanks for the quick reply. I've merged AWS02284710 into AWS01938475, so from now on you'll land on the profile with your exam history when you sign in. The Cloud Practitioner badge has been re-issued to Credly; you'll get a separate email from Credly to accept it. Nothing else is needed from your side.

We value your feedback. Please share your experience by rating this correspondence: https://amazonsupport.qualtrics.com/jfe/form/SV_tc21?case=1634287715

Tom
AWS Training and Certification

---- Original Message ----
""" + "\n".join("> " + l for l in d_rep.split("\n")[:8])
n_d4 = add("profiles-combined", L("resolved", False, D, ["AWS02284710", "AWS01938475"]), TC, MC,
           tcs(D), "Mon, 18 Oct 2021 19:03:55 +0000", d_res, auth=auth_o("amazon.com"), reply=n_d3,
           refs=[n_d1, n_d2, n_d3],
           note="resolution with survey footer ('Please share...') and quoted history; no ask")

n_d5 = add("acclaim-cloud-practitioner", L("badge"), ("Acclaim", "admin@youracclaim.com"), MC,
           "Amazon Web Services Training and Certification sent you a badge",
           "Tue, 19 Oct 2021 02:17:44 +0000",
           """Daisuke,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Cloud Practitioner.

Accept your badge to start sharing it:
https://www.youracclaim.com/badges/6f1c22a4-9b7e-4c1e-8d55-0e3f7e1a92b1/accept

Questions? Visit https://support.youracclaim.com
""",
           html="""<html><body><p>Daisuke,</p><p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p>
<table><tr><td><img src="https://images.youracclaim.com/size/110x110/ccp.png" alt=""></td><td>AWS Certified Cloud Practitioner</td></tr></table>
<p><a href="https://www.youracclaim.com/badges/6f1c22a4-9b7e-4c1e-8d55-0e3f7e1a92b1/accept">Accept badge</a></p></body></html>""",
           cte="quoted-printable", auth=auth_o("youracclaim.com"), idom="youracclaim.com",
           note="old Acclaim sender, multipart, badge UUID")

# ---------------------------------------------------------------- 2023: console case C
n_c0 = add("builder-id-code-2023", L("unrelated"), ("AWS", "no-reply@signin.aws"), MC,
           "Verify your AWS Builder ID email address", "Tue, 14 Nov 2023 01:02:10 +0000",
           """Hello,

Use the following verification code to continue creating your AWS Builder ID:

482019

This code expires in 10 minutes. If you did not request this code, you can ignore this email.

Amazon Web Services
""", auth=auth_o("signin.aws"), idom="signin.aws", note="6-digit code, not a case")

c_ack = """Dear Amazon Web Services Customer,

We have received your case: 14230987715 - Cannot sign in to AWS Certification account with Builder ID

Case ID: 14230987715
Subject: Cannot sign in to AWS Certification account with Builder ID
Severity: General guidance
Account: [AWS ID 482913076551]
Correspondence:
After creating a Builder ID I am sent to an empty certification account instead of mine.

You can view or update this case at:
https://console.aws.amazon.com/support/home#/case/?displayId=14230987715&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
n_c1 = add("console-new-case", L("acknowledgement", False, C), CON, MC,
           "Amazon Web Services: New Support case: " + C, "Tue, 14 Nov 2023 01:20:33 +0000", c_ack,
           auth=auth_o("amazon.com"), note="console ack, 11-digit case, 12-digit account id nearby")

c_req = """Hello,

Thank you for your patience while I looked into this.

When you sign in with a Builder ID, AWS Certification matches it to a certification profile by email. In your case there are two profiles with d-okabe@nimbus-works.co.jp, and the Builder ID was matched to the newer, empty one. I can relink it, but I need to be certain which profile holds your exams. Could you let me know the candidate ID you use when you schedule exams (it starts with AWS followed by 8 digits)?
""" + CONSOLE_FOOT % C + "\nRahul K.\n"
n_c2 = add("console-which-profile", L("info_request", True, C), CON, MC,
           "RE:[CASE %s] Cannot sign in to AWS Certification account with Builder ID" % C,
           "Wed, 15 Nov 2023 09:41:02 +0000", c_req, auth=auth_o("amazon.com"), reply=n_c1,
           note="console case: must answer in Support Center; ask sits before long boilerplate + 'Please share your experience' footer")

c_rep = """Hi Rahul,

My candidate ID is AWS01938475. Builder ID email is the same address, d-okabe@nimbus-works.co.jp.

Thanks,
Daisuke

""" + oq("Amazon Web Services <no-reply-aws@amazon.com>", "Wednesday, November 15, 2023 6:41 PM", MC,
         "RE:[CASE %s] Cannot sign in to AWS Certification account with Builder ID" % C, c_req)
n_c3 = add("console-reply-by-mail", L("user_reply", False, C, ["AWS01938475"]), (ME, MC),
           "Amazon Web Services <no-reply-aws@amazon.com>",
           "RE: RE:[CASE %s] Cannot sign in to AWS Certification account with Builder ID" % C,
           "Wed, 15 Nov 2023 10:02:19 +0000", c_rep, nl="\r\n", reply=n_c2, refs=[n_c1, n_c2],
           idom="nimbus-works.co.jp", note="user answered by email although console cases can't take mail")

n_c4 = add("undeliverable-notice", L("unrelated"),
           ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nimbus-works.co.jp"),
           MC, "Undeliverable: RE: RE:[CASE %s] Cannot sign in to AWS Certification account with Builder ID" % C,
           "Wed, 15 Nov 2023 10:02:48 +0000",
           """Your message to no-reply-aws@amazon.com couldn't be delivered.

no-reply-aws wasn't found at amazon.com.

Remote server returned '550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox cannot accept incoming e-mails'

Original message headers:
Subject: RE: RE:[CASE 14230987715] Cannot sign in to AWS Certification account with Builder ID
Date: Wed, 15 Nov 2023 10:02:19 +0000
""", nl="\r\n", idom="nimbus-works.co.jp", note="bounce carrying case number in subject; not support mail")

c_close = """お客様

AWS サポートをご利用いただき、ありがとうございます。

先日お送りしたご連絡について、サポートセンターでのご返信をまだ確認できておりません。候補 ID をお知らせいただけない場合、プロファイルの関連付けを修正することができません。

なお、本ケースはご返信がないまま 3 日が経過すると、自動的に解決済みとなります。引き続きサポートが必要な場合は、以下のリンクからサポートセンターにアクセスし、ケースに返信してください。このメールへの返信は受け付けておりません。

https://console.aws.amazon.com/support/home#/case/?displayId=14230987715&language=ja

フィードバックをお寄せください。このやり取りの評価は、サポートセンターの各通信の右上にある星を選択して行うことができます。

よろしくお願いいたします。

Amazon Web Services
"""
n_c5 = add("console-auto-resolve-ja", L("closing_notice", True, C), CON, MC,
           "RE:[CASE %s] Cannot sign in to AWS Certification account with Builder ID" % C,
           "Sat, 18 Nov 2023 09:45:00 +0000", c_close, cte="base64", auth=auth_o("amazon.com"),
           reply=n_c2, refs=[n_c1, n_c2],
           note="Japanese console closing notice, base64, answer only in Support Center, rating footer")

c_res = """Hello,

Thank you for replying in the Support Center with your candidate ID. I have relinked your Builder ID to the profile AWS01938475, and a test sign-in on our side now opens the correct account with your exam history.

I'm setting this case to resolved. No further action is required. If the problem returns, you can reopen this case from the Support Center within 14 days.
""" + CONSOLE_FOOT % C + "\nRahul K.\n"
n_c6 = add("console-relinked", L("resolved", False, C, ["AWS01938475"]), CON, MC,
           "RE:[CASE %s] Cannot sign in to AWS Certification account with Builder ID" % C,
           "Mon, 20 Nov 2023 04:10:27 +0000", c_res, cte="quoted-printable", auth=auth_o("amazon.com"),
           reply=n_c2, refs=[n_c1, n_c2], note="console resolution; boilerplate 'To respond ... follow the link' and rating footer")

n_c7 = add("console-how-did-we-do", L("survey", False, C), ("Amazon Web Services", "aws-support-survey@amazon.com"), MC,
           "How did we do? Your AWS Support case " + C, "Tue, 21 Nov 2023 04:12:00 +0000",
           """Hello,

Your AWS Support case 14230987715 was recently resolved. Would you take two minutes to tell us how we did?

How satisfied were you with the support you received?
Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied
https://aws.qualtrics.com/jfe/form/SV_8vQ2?caseId=14230987715

Your answers help us improve. This survey closes in 7 days.

Amazon Web Services Support
""", html="""<html><body><p>Hello,</p><p>Your AWS Support case <b>14230987715</b> was recently resolved. Would you take two minutes to tell us how we did?</p>
<table border="0"><tr><td><a href="https://aws.qualtrics.com/jfe/form/SV_8vQ2?caseId=14230987715&r=5">Very satisfied</a></td><td><a href="https://aws.qualtrics.com/jfe/form/SV_8vQ2?caseId=14230987715&r=1">Very dissatisfied</a></td></tr></table></body></html>""",
           cte="quoted-printable", auth=auth_o("amazon.com"), note="survey for console case")

n_c8 = add("recert-congrats-2023", L("certification"), ("AWS Certification", "do-not-reply@certmetrics.com"), MC,
           "Congratulations on recertifying your AWS Certification!", "Thu, 07 Dec 2023 15:30:12 +0000",
           """Hello Daisuke Okabe,

Congratulations on recertifying your AWS Certified Developer - Associate certification. Your new expiration date is 14 Jul 2026.

Your digital badge will be updated on Credly within 5 business days. To view or download your certificate, sign in to your AWS Certification Account.

Please do not reply to this email; this mailbox is not monitored.

AWS Training and Certification
""", auth=auth_o("certmetrics.com"), idom="certmetrics.com", note="certmetrics notice, 'Please do not reply'")

# ---------------------------------------------------------------- 2025
n_u1 = add("billing-statement-april", L("unrelated"), CON, MC,
           "Amazon Web Services Billing Statement Available [Account: 482913076551]",
           "Thu, 03 Apr 2025 10:14:51 +0000",
           """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 6551, is available on the AWS web site. Your account will be charged the following:

Total: $43.18

You can see a complete break down of all charges on the Billing & Cost Management page located at the following URL:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""", auth=auth_o("amazon.com"), note="same sender as console cases; 12-digit account id in subject")

n_u2 = add("expiry-reminder-ja", L("certification", False, None, ["AWS01938475"]),
           ("AWS Certification", "do-not-reply@certmetrics.com"), MC,
           "AWS 認定の有効期限が近づいています", "Sat, 12 Apr 2025 00:05:19 +0000",
           """岡部 大輔 様

AWS 候補 ID: AWS01938475

お客様が保有する以下の AWS 認定は、有効期限が近づいています。

  AWS Certified Solutions Architect - Associate  有効期限: 2025年7月20日

認定を維持するには、有効期限までに再認定の要件を満たしてください。再認定の方法については、AWS 認定アカウントにサインインしてご確認ください。

このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。

AWS トレーニングと認定
""", cte="quoted-printable", auth=auth_o("certmetrics.com"), idom="certmetrics.com",
           note="Japanese certmetrics notice with candidate id and an imperative aimed at recertification, not support")

n_u3 = add("exam-booking-ja", L("unrelated"), ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), MC,
           "ご予約の確認 - AWS Certified Solutions Architect - Professional", "Sun, 20 Apr 2025 06:33:40 +0000",
           """岡部 大輔 様

試験のご予約ありがとうございます。以下の内容でご予約を承りました。

試験: SAP-C02 AWS Certified Solutions Architect - Professional
日時: 2025年5月17日(土) 10:00 JST
会場: オンライン (OnVUE)
登録 ID: 418273645

予約の変更・キャンセルは、試験開始の24時間前までに行ってください。当日は有効な身分証明書をご用意ください。

ピアソンVUE
""", cs="iso-2022-jp", cte="7bit", auth=auth_o("pearson.com"), idom="pearson.com",
           note="exam vendor, ISO-2022-JP, 9-digit registration id")

n_u4 = add("builder-id-code-personal", L("unrelated"), ("AWS", "no-reply@signin.aws"), MP,
           "AWS Builder ID のメールアドレスを確認してください", "Sat, 24 May 2025 20:41:07 +0000",
           """こんにちは

AWS Builder ID の作成を続行するには、次の確認コードを入力してください。

確認コード: 731604

このコードの有効期限は 10 分です。このコードをリクエストしていない場合は、このメールを無視してください。

Amazon Web Services
""", auth=auth_g("signin.aws"), idom="signin.aws", note="Japanese Builder ID code (6 digits)")

n_u5 = add("training-welcome", L("unrelated"), ("AWS Training and Certification", "no-reply@aws.training"), MP,
           "Welcome to AWS Training and Certification", "Sat, 24 May 2025 20:52:30 +0000",
           """Hi Daisuke,

Welcome! Your AWS Training and Certification account is ready.

Next steps:
- Complete your learner profile
- Explore 600+ free digital courses on AWS Skill Builder
- Link your certification account to see your exam history

Questions? Contact us any time at https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
""", auth=auth_g("aws.training"), idom="aws.training", note="platform welcome mail with next steps, not a case")

a_ack = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 174812093400217 to address your request. The details of your case are as follows:

Case ID: 174812093400217
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General
Correspondence: Inquiry type: Certification
Additional details: Account Merge
Description:
Use Case: I am leaving Nimbus Works at the end of May and would like to merge my accounts.
All email addresses you may have used in our system: d-okabe@nimbus-works.co.jp, okabe.daisuke.home@gmail.com
The email address you would like to keep on file: okabe.daisuke.home@gmail.com
Candidate IDs: AWS01938475 (company), AWS10294857 (personal)

We typically respond within 24 hours. If you have additional information about this request, reply to this email. Please do not open another case for the same request; duplicate cases delay our response.

Sincerely,
Amazon Web Services
"""
n_a1 = add("merge-request-received", L("acknowledgement", False, A, ["AWS01938475", "AWS10294857"]), TC, MP,
           tcs(A), "Sat, 24 May 2025 21:09:12 +0000", a_ack, auth=auth_g("amazon.com"),
           note="15-digit case; candidate ids in the echoed form text; conditional reply invitation")

b_ack = """Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のリクエストについて、ケース 174812388100544 を作成しました。ケースの詳細は次のとおりです。

ケース ID: 174812388100544
件名: [AWS Training and Certification Form Submission] - account-assistance
重要度: 一般的なガイダンス
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
説明:
退職のため、会社のアカウントを個人のアカウント(okabe.daisuke.home@gmail.com)に統合したいです。

通常24時間以内にご連絡いたします。このリクエストに関して追加の情報がございましたら、このメールにご返信ください。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

よろしくお願いいたします。
Amazon Web Services
"""
n_b1 = add("kesu-uketsuke-ja", L("acknowledgement", False, B), TC, MC, tcs(B, " "),
           "Sat, 24 May 2025 21:59:03 +0000", b_ack, cs="iso-2022-jp", cte="7bit", auth=auth_o("amazon.com"),
           note="duplicate form from company address; Japanese ack ISO-2022-JP; 〜がございましたら…ご返信ください is conditional")

n_u6 = add("pr-482-merged", L("unrelated"), ("Kaito Mori", "notifications@github.com"), MC,
           "Re: [nimbus-works/infra-modules] Add IAM permission boundary for CI role (PR #482)",
           "Sun, 25 May 2025 00:31:12 +0000",
           """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nimbus-works/infra-modules/pull/482#event-17734011
You are receiving this because you were mentioned.
""", auth=auth_o("github.com"), idom="github.com", note="GitHub 'Merged' + 'Reply to this email directly'")

b_req = """Hello Daisuke,

Thank you for reaching out to AWS Training and Certification.

I understand you would like to combine the certification account registered under d-okabe@nimbus-works.co.jp with a personal account. A merge moves the full exam history, active certifications and any unused benefits onto a single profile, and it can't be reversed afterwards, so we run a few extra checks before starting.

This request was sent from the address on the account that would be closed by the merge. To protect your records, the request has to come from the email address you intend to keep. Kindly reply to this case from okabe.daisuke.home@gmail.com, keeping the case number in the subject line.

Once that arrives I will take it from there.

Kind regards,
Priya S.
AWS Training and Certification Customer Support
"""
n_b2 = add("sender-address-check", L("info_request", True, B), TC, MC, tcs(B, " "),
           "Sun, 25 May 2025 01:41:26 +0000", b_req, auth=auth_o("amazon.com"), reply=n_b1,
           note="write-from-destination-address ask buried after explanation; 'Kindly'")

a_hold_t = """Hi Daisuke,

Thanks for your request to merge your AWS Certification accounts. Before going ahead I checked both profiles:

  - okabe.daisuke.home@gmail.com: no exam history, created 24 May 2025
  - d-okabe@nimbus-works.co.jp: 4 active certifications, shared with an AWS Partner Network (APN) organization (Nimbus Works Co., Ltd.)

Because the second account is associated with an APN partner, it counts toward that partner's certification totals, and we don't merge it away while the holder still works there. Your case is on hold for now.

To move forward I'll need to hear from you on two points:
  - Are you leaving Nimbus Works?
  - If so, what is your last working day?

With that I can ask our Partner team to release the account.

Aisha
AWS Training & Certification Support
"""
a_hold_h = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hi Daisuke,</p>
<p>Thanks for your request to merge your AWS Certification accounts. Before going ahead I checked both profiles:</p>
<ul><li>okabe.daisuke.home@gmail.com: no exam history, created 24 May 2025</li>
<li>d-okabe@nimbus-works.co.jp: 4 active certifications, shared with an AWS Partner Network (APN) organization (Nimbus Works Co., Ltd.)</li></ul>
<p>Because the second account is associated with an APN partner, it counts toward that partner&#39;s certification totals, and we don&#39;t merge it away while the holder still works there. Your case is on hold for now.</p>
<p>To move forward I&#39;ll need to hear from you on two points:</p>
<ul><li>Are you leaving Nimbus Works?</li><li>If so, what is your last working day?</li></ul>
<p>With that I can ask our Partner team to release the account.</p>
<p>Aisha<br>AWS Training &amp; Certification Support</p></body></html>"""
n_a2 = add("partner-account-check", L("on_hold", True, A), TC, MP, tcs(A),
           "Sun, 25 May 2025 02:20:48 +0000", a_hold_t, html=a_hold_h, cte="quoted-printable",
           auth=auth_g("amazon.com"), reply=n_a1,
           note="APN hold that asks two bullet questions; multipart QP")

b_fwd = """自分用に転送します。個人アドレスから返信すること。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Sun, May 25, 2025 at 10:41 AM
Subject: RE: [CASE 174812388100544] [AWS Training and Certification Form Submission] - account-assistance
To: <d-okabe@nimbus-works.co.jp>


""" + b_req
n_b3 = add("fwd-to-self", L("user_reply", False, B), (ME, MC), MP, "Fwd: " + tcs(B, " "),
           "Sun, 25 May 2025 02:31:05 +0000", b_fwd, nl="\r\n", idom="nimbus-works.co.jp",
           note="self-forward of an info_request to the personal address: the ask is forwarded, not new")

b_rep = """Hello Priya,

Sending this from okabe.daisuke.home@gmail.com as you asked. Sorry, I think I submitted the form twice: there is also case 174812093400217, opened from this address for the same merge. Feel free to close whichever is easier.

Daisuke

""" + gq("On Sun, May 25, 2025 at 10:41 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:", b_req)
n_b4 = add("re-sender-address", L("user_reply", False, B), (ME, MP), TCF, "Re: " + tcs(B, " "),
           "Sun, 25 May 2025 02:38:44 +0000", b_rep, reply=n_b2, refs=[n_b1, n_b2], idom="mail.gmail.com",
           note="reply on B mentioning A's number; Gmail quote of the request")

a_last = """Hi Aisha,

Yes, I am leaving Nimbus Works. My last working day is 30 May 2025, and the d-okabe@nimbus-works.co.jp mailbox will be shut down that evening, so please use this gmail address from now on.

Thanks,
Daisuke Okabe

""" + gq("2025年5月25日(日) 11:20 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:", a_hold_t)
n_a3 = add("last-working-day", L("user_reply", False, A), (ME, MP), TCF, "Last working day",
           "Sun, 25 May 2025 03:02:10 +0000", a_last, reply=n_a2, refs=[n_a1, n_a2], idom="mail.gmail.com",
           note="subject has no case number: threaded only by In-Reply-To/References; Japanese Gmail header")

b_dup = """Hello Daisuke,

Thank you for confirming. As you mentioned, case 174812093400217 already covers the same merge and a colleague is handling it there, so I have closed this case (174812388100544) as a duplicate. Your merge request itself is not affected. No further action is required on this case.

Kind regards,
Priya S.
AWS Training and Certification Customer Support

""" + gq("On Sun, May 25, 2025 at 11:38 AM Daisuke Okabe <okabe.daisuke.home@gmail.com> wrote:", b_rep)
n_b5 = add("duplicate-closed", L("resolved", False, B), TC, MP, tcs(B, " "),
           "Sun, 25 May 2025 23:15:37 +0000", b_dup, auth=auth_g("amazon.com"), reply=n_b4,
           refs=[n_b1, n_b2, n_b4],
           note="closed as duplicate (not for silence); mentions another case; quotes old ask two levels deep")

a_hold2 = """岡部 様

AWS トレーニングと認定カスタマーサポートの田中でございます。
ご退職日についてご連絡いただき、誠にありがとうございます。

旧アカウント(d-okabe@nimbus-works.co.jp)は AWS パートナーネットワーク(APN)の組織に関連付けられているため、現在、弊社 APN パートナーチームにて関連付けの解除手続きを進めております。解除が完了するまで、アカウントの統合作業は保留とさせていただきます。

現時点でお客様にご対応いただく事項はございません。進捗がございましたら、本ケースにてご連絡いたします。

何卒よろしくお願いいたします。

田中 健司
AWS トレーニングと認定 カスタマーサポート
"""
n_a4 = add("partner-team-pending-ja", L("on_hold", False, A), TC, MP, tcs(A),
           "Mon, 26 May 2025 01:05:55 +0000", a_hold2, cs="shift_jis", cte="8bit", auth=auth_g("amazon.com"),
           reply=n_a3, refs=[n_a1, n_a2, n_a3], note="Japanese keigo hold with no ask; Shift_JIS 8bit")

n_u7 = add("summit-japan-invite", L("unrelated"), ("AWS Japan", "aws-marketing-email-replies@amazon.com"), MP,
           "【AWS Summit Japan 2025】ご登録はお済みですか?", "Mon, 26 May 2025 03:00:00 +0000",
           """AWS Summit Japan 2025 は 6月25日・26日に幕張メッセで開催します。

ご登録はお済みでしょうか。まだの方は、以下のリンクからお早めにご登録ください。
https://aws.amazon.com/jp/summits/japan/

このメールの配信停止をご希望の場合は、こちらからお手続きください。

アマゾン ウェブ サービス ジャパン合同会社
""", html="""<html><body><h2>AWS Summit Japan 2025</h2><p>6月25日・26日、幕張メッセで開催。</p><p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p></body></html>""",
           cte="base64", auth=auth_g("amazon.com"), note="AWS marketing, Japanese, base64")

n_s1 = add("merge-action-required", L("suspicious"), ("AWS Training and Certification", "support@amazon-certsupport.com"), MP,
           "RE:[CASE %s] Action required: confirm your certification account merge" % A,
           "Tue, 27 May 2025 06:48:19 +0000",
           """Hello,

We are ready to merge your AWS Certification accounts, but we need your confirmation first.

Account #1
Login email: okabe.daisuke.home@gmail.com

Account #2
Login email: d-okabe@nimbus-works.co.jp

Please confirm which account to keep by signing in within 24 hours, otherwise your certifications may be lost:
https://amazon-certsupport.com/merge/confirm?case=174812093400217

AWS Training and Certification
""", auth=auth_g("amazon-certsupport.com"), idom="amazon-certsupport.com",
           note="lookalike domain (passes its own DMARC) using the real case number and Account #1/#2 layout")

n_u8 = add("ooo-colleague-ja", L("unrelated"), ("佐藤 美咲", "m-sato@nimbus-works.co.jp"), MC,
           "自動応答: 引き継ぎ資料の件", "Tue, 27 May 2025 07:10:02 +0000",
           """お疲れさまです。佐藤です。

誠に恐れ入りますが、5月26日(月)から5月28日(水)まで不在にしております。
いただいたメールには5月29日(木)以降に順次ご返信いたします。
お急ぎの場合は、インフラ課 代表アドレス infra@nimbus-works.co.jp までご連絡ください。
""", cs="iso-2022-jp", cte="7bit", nl="\r\n", auth=auth_o("nimbus-works.co.jp"), idom="nimbus-works.co.jp",
           extra=["Auto-Submitted: auto-replied"], note="colleague out-of-office, ISO-2022-JP, CRLF")

a_upd = """Hi Daisuke,

Quick note: the Partner team has released your old account from the Nimbus Works APN organization, so the hold is lifted. I'm setting up the merge now and will send you both account summaries for a final check shortly.

Aisha
"""
n_a5 = add("hold-lifted", L("case_update", False, A), TC, MP, tcs(A), "Wed, 28 May 2025 04:31:40 +0000",
           a_upd, auth=auth_g("amazon.com"), reply=n_a4, refs=[n_a1, n_a2, n_a3, n_a4],
           note="progress news that announces a future check but asks nothing yet")

a_conf = """Hi Daisuke,

Hope your week is going well, and congratulations on the new chapter! Aisha handed your case over to me since she's out for a couple of days, so I'll be your point of contact from here on. I've read through the whole thread, so there's no need to repeat anything - I know about the partner release and that your company mailbox closes on the 30th.

I've pulled up both certification profiles. Here's what we have on file:

Account #1
Candidate ID: AWS10294857
Login email: okabe.daisuke.home@gmail.com
Training notification email: okabe.daisuke.home@gmail.com
Certification notification email: okabe.daisuke.home@gmail.com

Account #2
Candidate ID: AWS01938475
Login email: d-okabe@nimbus-works.co.jp
Training notification email: d-okabe@nimbus-works.co.jp
Certification notification email: d-okabe@nimbus-works.co.jp

A little background on what happens during a merge, because people often ask: everything from the account that gets merged away - exam history, current certifications, digital badges and any unused benefits such as the 50% exam discount - moves over to the account you keep. The merged-away account is then deactivated and you won't be able to sign in with it anymore. Credly badges are re-issued to the email on the surviving account, usually within a day or two, and Partner Central stops listing your certifications under Nimbus Works after a few days.

One thing to be careful about: merges can't be undone. So before I press the button I want you to look over the two summaries above and tell me that Account #1 is the one you want to keep and that Account #2 should be merged into it. If anything looks off - a wrong email, an account you don't recognise - tell me that instead and we'll sort it out first.

Cheers,
Marco
AWS Training and Certification Support
"""
n_a6 = add("two-profiles-summary", L("confirmation_request", True, A, ["AWS10294857", "AWS01938475"]), TC, MP, tcs(A),
           "Wed, 28 May 2025 07:02:11 +0000", a_conf, auth=auth_g("amazon.com"), reply=n_a5,
           refs=[n_a1, n_a2, n_a3, n_a4, n_a5],
           note="long chatty agent; ask ('tell me that Account #1...') buried near the end, no please")

n_u9 = add("jira-nw-2231", L("unrelated"), ("Jira", "jira@nimbus-works.atlassian.net"), MC,
           "[JIRA] (NW-2231) Rotate CI credentials before handover", "Wed, 28 May 2025 09:14:00 +0000",
           """Daisuke Okabe changed the status to Resolved.

NW-2231 Rotate CI credentials before handover
Resolution: Done
Assignee: Daisuke Okabe

Add a comment by replying to this email.
""", auth=auth_o("atlassian.net"), idom="nimbus-works.atlassian.net",
           note="Jira 'Resolved' + reply invitation")

n_u10 = add("mailbox-shutdown-ja", L("unrelated"), ("情報システム部", "it-helpdesk@nimbus-works.co.jp"), MC,
            "【ご案内】退職に伴うメールアカウント停止について", "Wed, 28 May 2025 09:30:00 +0000",
            """岡部 大輔 さん

情報システム部です。退職に伴い、下記のとおりアカウントを停止します。

停止日時: 2025年5月30日(金) 18:00
対象: メール(d-okabe@nimbus-works.co.jp)、Slack、VPN

必要なメールは停止日時までに各自で退避してください。外部サービスに登録している会社アドレスの変更もお忘れなく。
ご不明点があればこのメールに返信してください。
""", cs="shift_jis", cte="base64", auth=auth_o("nimbus-works.co.jp"), idom="nimbus-works.co.jp",
            note="company IT notice, Shift_JIS base64, imperative + conditional reply")

n_u11 = add("vendor-ticket-closed", L("unrelated"), ("Datadog Support", "support@datadoghq.com"), MP,
            "[Datadog Support] Your request #1893402 has been closed", "Fri, 30 May 2025 16:20:44 +0000",
            """Hello Daisuke,

Your request #1893402 "Log pipeline drops JSON fields" has been marked as solved and closed because we haven't heard back from you in 7 days.

If you still need help, simply reply to this email and the ticket will be reopened.

Datadog Support
""", auth=auth_g("datadoghq.com"), idom="datadoghq.com",
            note="other vendor's closed-for-silence notice with 'reply to reopen'")

a_close = """Hi Daisuke,

Just following up on my note below, as I haven't seen a reply yet. If I don't hear from you by Thursday 5 June, the system will close this case automatically and the merge won't go ahead. A reply of any kind keeps it open.

Marco

""" + oq(TCF, "Wednesday, May 28, 2025 4:02 PM", MP, tcs(A), a_conf)
n_a7 = add("following-up", L("closing_notice", True, A), TC, MP, tcs(A), "Mon, 02 Jun 2025 01:15:09 +0000",
           a_close, cte="quoted-printable", nl="\r\n", auth=auth_g("amazon.com"), reply=n_a6,
           refs=[n_a1, n_a2, n_a3, n_a4, n_a5, n_a6],
           note="closing notice top-posted over Outlook-quoted confirmation request (ids only in the quote); QP, CRLF")

a_amb = """Hi Marco,

So sorry, the last days at work were hectic. Yes please go ahead, everything should end up on my gmail account.

Thanks!
Daisuke

""" + gq("On Mon, Jun 2, 2025 at 10:15 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:", a_close)
n_a8 = add("re-following-up", L("user_reply", False, A), (ME, MP), TCF, "Re: " + tcs(A),
           "Mon, 02 Jun 2025 12:48:30 +0000", a_amb, reply=n_a7, refs=[n_a1, n_a6, n_a7], idom="mail.gmail.com",
           note="user reply that quotes a closing notice and a confirmation request")

a_conf2_h = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:14px">
<div>Thanks Daisuke! Just to make sure I&#39;m not doing this the wrong way round:</div><br>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Candidate ID</th><th>Login email</th><th>After the merge</th></tr>
<tr><td>Account #1</td><td>AWS10294857</td><td>okabe.daisuke.home@gmail.com</td><td><b>KEEP</b></td></tr>
<tr><td>Account #2</td><td>AWS01938475</td><td>d-okabe@nimbus-works.co.jp</td><td>merged into #1, then closed</td></tr>
</table><br>
<div>Is that right? A one-word yes is enough.</div><br>
<div>Marco<br>AWS Training and Certification Support</div>
<br><div class="gmail_quote">On Mon, Jun 2, 2025, Daisuke Okabe &lt;okabe.daisuke.home@gmail.com&gt; wrote:<br>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
Hi Marco,<br><br>So sorry, the last days at work were hectic. Yes please go ahead, everything should end up on my gmail account.<br><br>Thanks!<br>Daisuke</blockquote></div>
</body></html>"""
n_a9 = add("which-way-round", L("confirmation_request", True, A, ["AWS10294857", "AWS01938475"]), TC, MP, tcs(A),
           "Tue, 03 Jun 2025 00:12:47 +0000", html=a_conf2_h, cte="quoted-printable", auth=auth_g("amazon.com"),
           reply=n_a8, refs=[n_a1, n_a6, n_a7, n_a8],
           note="HTML-only table; bare question 'Is that right?' with no request words")

a_yes = """Yes, Account #1 (okabe.daisuke.home@gmail.com). Confirmed, please merge Account #2 into Account #1.

Daisuke

2025年6月3日(火) 9:12 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> Thanks Daisuke! Just to make sure I'm not doing this the wrong way round:
>
> Account #1  AWS10294857  okabe.daisuke.home@gmail.com  KEEP
> Account #2  AWS01938475  d-okabe@nimbus-works.co.jp  merged into #1, then closed
>
> Is that right? A one-word yes is enough.
"""
n_a10 = add("yes-account-1", L("user_reply", False, A), (ME, MP), TCF, "Re: " + tcs(A),
            "Tue, 03 Jun 2025 00:20:05 +0000", a_yes, reply=n_a9, refs=[n_a1, n_a8, n_a9], idom="mail.gmail.com",
            note="'Confirmed. Please merge' from the user; ids only in quote")

a_done = """Hi Daisuke,

All done! I have successfully merged Account #2 (AWS01938475) into Account #1 (AWS10294857). Your exam history, your four certifications and the remaining benefits are now on the account that signs in with okabe.daisuke.home@gmail.com. Credly will re-issue your badges to that address within 48 hours.

There's nothing else you need to do. Good luck at the new job!

Marco
AWS Training and Certification Support

We'd love to hear how we did. Please take a moment to rate your experience: https://amazonsupport.qualtrics.com/jfe/form/SV_tc25?case=174812093400217

-----Original Message-----
From: AWS Training and Certification
Sent: Tuesday, June 3, 2025 9:12 AM
Subject: RE:[CASE 174812093400217] [AWS Training and Certification Form Submission] - account-assistance

Is that right? A one-word yes is enough.

-----Original Message-----
From: AWS Training and Certification
Sent: Wednesday, May 28, 2025 4:02 PM

""" + a_conf.split("Cheers,")[0]
n_a11 = add("all-done", L("resolved", False, A, ["AWS01938475", "AWS10294857"]), TC, MP, tcs(A),
            "Tue, 03 Jun 2025 02:44:18 +0000", a_done, auth=auth_g("amazon.com"), reply=n_a10,
            refs=[n_a1, n_a9, n_a10],
            note="'successfully merged' with survey footer and two quoted old requests ('tell me that...', 'Is that right?')")

n_bd1 = add("credly-new-badge", L("badge"), ("Credly", "admin@credly.com"), MP,
            "Daisuke, you've earned a badge from Amazon Web Services Training and Certification",
            "Tue, 03 Jun 2025 03:05:00 +0000",
            """Congratulations, Daisuke!

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect - Professional

Accept your badge and share it with your network:
https://www.credly.com/badges/0b7e41d2-3c55-4aa9-9f61-7d2e5c0b8e14/accept

Credly, 1005 Broadway, New York, NY
""", html="""<html><body><h1>Congratulations, Daisuke!</h1><p>Amazon Web Services Training and Certification has issued you a new badge:</p><p><b>AWS Certified Solutions Architect - Professional</b></p><p><a href="https://www.credly.com/badges/0b7e41d2-3c55-4aa9-9f61-7d2e5c0b8e14/accept">Accept Badge</a></p></body></html>""",
            cte="quoted-printable", auth=auth_g("credly.com"), idom="credly.com", note="Credly badge with UUID")

n_sv1 = add("rate-your-support", L("survey", False, A), ("AWS Training and Certification", "aws-training-survey@amazon.com"), MP,
            "How was your experience with AWS Training and Certification support? (Case %s)" % A,
            "Wed, 04 Jun 2025 03:00:12 +0000",
            """Hello Daisuke,

Your case 174812093400217 was recently resolved. Please take a moment to tell us about your experience - it takes less than 2 minutes.

Did we resolve your issue?   Yes   No
How would you rate the agent who helped you?  1  2  3  4  5

Start the survey: https://amazonsupport.qualtrics.com/jfe/form/SV_tcsurvey?case=174812093400217

Thank you,
AWS Training and Certification
""", auth=auth_g("amazon.com"), note="survey with 'Please' and questions")

n_u12 = add("order-shipped-ja", L("unrelated"), ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), MP,
            "Amazon.co.jp ご注文の商品を発送しました", "Wed, 04 Jun 2025 05:44:31 +0000",
            """岡部 大輔 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文 503-2294817-6610583 の商品を発送しました。

お届け予定: 6月5日(木)
配送業者: ヤマト運輸 お問い合わせ伝票番号: 4412-9083-2271

お届け状況は、アカウントサービスの「注文履歴」からご確認ください。
このメールは配信専用です。
""", cte="quoted-printable", auth=auth_g("amazon.co.jp"), idom="amazon.co.jp", note="Amazon retail, Japanese")

n_ce1 = add("certification-wants-to-hear", L("certification"), ("AWS Certification", "do-not-reply@certmetrics.com"), MP,
            "AWS Certification wants to hear from you", "Thu, 05 Jun 2025 14:00:00 +0000",
            """Hello Daisuke,

As an AWS Certified individual, your opinion matters. Please take our 10-minute survey about the AWS Certification program and tell us how we can make it better.

Take the survey: https://www.certmetrics.com/amazon/survey/2025q2

Thank you for being part of the AWS Certification community.

AWS Training and Certification
""", auth=auth_g("certmetrics.com"), idom="certmetrics.com",
            note="certification feedback invitation (looks like a survey)")

n_bd2 = add("credly-developer-badge", L("badge"), ("Credly", "admin@credly.com"), MP,
            "Your badge is ready to share: AWS Certified Developer - Associate", "Thu, 05 Jun 2025 20:11:09 +0000",
            """Hi Daisuke,

Your AWS Certified Developer - Associate badge from Amazon Web Services Training and Certification is now on your Credly profile.

Share it on LinkedIn: https://www.credly.com/badges/7a2c9e01-11f4-4d0b-a3c8-5e6d2f9b1a77/linkedin_share

Manage your notification settings at https://www.credly.com/users/settings
""", auth=auth_g("credly.com"), idom="credly.com", note="second Credly mail after merge")

n_s2 = add("benefit-reverify", L("suspicious"), TC, MP, tcs(A), "Fri, 06 Jun 2025 11:26:40 +0000",
           """Hello,

We were unable to move your exam benefits during the recent account merge. To keep your 50% exam discount you need to re-verify your certification profile within 48 hours.

Verify here: https://aws-training-verify.co/benefits?case=174812093400217

If you do not complete verification, the benefit will be removed from your account.

Best regards,
AWS Training and Certification Customer Support
""", auth=auth_g("amazon.com", mailfrom="mailer@aws-training-verify.co", dkim="fail", spf="fail",
                 dmarc="fail", ddom="amazon.com"), idom="aws-training-verify.co",
           note="exact From and subject of the real case but dkim/spf/dmarc fail")

a_reopen = """Hello Marco,

Sorry to come back on this. Everything looks good except one thing: the 50% exam discount I had on the old account does not appear under Benefits on AWS10294857. Could you check?

Thanks,
Daisuke

""" + gq("On Tue, Jun 3, 2025 at 11:44 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:", a_done.split("-----Original Message-----")[0])
n_a12 = add("voucher-missing", L("user_reply", False, A, ["AWS10294857"]), (ME, MP), TCF, "Re: " + tcs(A),
            "Mon, 09 Jun 2025 00:33:51 +0000", a_reopen, reply=n_a11, refs=[n_a1, n_a10, n_a11], idom="mail.gmail.com",
            note="user reopens a resolved case; contains 'Could you check?' but is the user's own mail")

a_reo = """Hello Daisuke,

Thanks for letting us know. Here's where things stand:

\u2022 I've reopened case 174812093400217 for this.
\u2022 Benefits are handled by a separate team; I've passed your question to them together with both candidate IDs.
\u2022 They usually answer within 2-3 business days, and I'll update you here as soon as I hear back.

If you think of anything else in the meantime, feel free to reply to this email.

Best,
Sofia
AWS Training and Certification Support
"""
n_a13 = add("case-reopened", L("case_update", False, A), TC, MP, tcs(A), "Mon, 09 Jun 2025 05:17:26 +0000",
            a_reo, auth=auth_g("amazon.com"), reply=n_a12, refs=[n_a1, n_a11, n_a12],
            note="reopen notice in bullets; conditional 'feel free to reply'")

n_u13 = add("free-tier-alert", L("unrelated"), ("AWS Free Tier", "freetier@costalerts.amazonaws.com"), MP,
            "AWS Free Tier limit alert", "Tue, 10 Jun 2025 08:02:33 +0000",
            """Hello,

Your AWS account 903318472265 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of June.

Product: AmazonEC2  Usage: 637 Hrs  Limit: 750 Hrs

To learn more about your AWS Free Tier usage, please visit the Billing and Cost Management Dashboard.

Sincerely,
Amazon Web Services
""", auth=auth_g("costalerts.amazonaws.com"), idom="costalerts.amazonaws.com", note="AWS alert, 12-digit account id")

a_info = """岡部 様

いつもお世話になっております。AWS トレーニングと認定カスタマーサポートの田中でございます。

特典担当チームより回答がございましたので、ご報告いたします。旧アカウントに付与されていた 50% 割引特典は、統合処理の際に移行対象から外れていたことが確認されました。大変ご迷惑をおかけし、申し訳ございません。

特典を再発行するにあたり、恐れ入りますが以下の 2 点をお知らせいただけますでしょうか。

・特典が付与された時期(おおよそで構いません)
・特典の対象となった認定の名称

本メールにご返信いただけましたら、特典担当チームへ再発行を依頼いたします。お手数をおかけしますが、ご確認のほどよろしくお願いいたします。

田中 健司
AWS トレーニングと認定 カスタマーサポート
"""
n_a14 = add("tokuten-kakunin-ja", L("info_request", True, A), TC, MP, tcs(A), "Wed, 11 Jun 2025 05:05:40 +0000",
            a_info, cte="quoted-printable", auth=auth_g("amazon.com"), reply=n_a13, refs=[n_a1, n_a12, n_a13],
            note="mixed: news + keigo ask (〜いただけますでしょうか); QP UTF-8")

a_info_rep = """田中様

ご連絡ありがとうございます。

・付与時期:2024年11月ごろ(SAP 合格時)
・認定名:AWS Certified Solutions Architect - Professional

よろしくお願いいたします。
岡部

2025年6月11日(水) 14:05 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 特典を再発行するにあたり、恐れ入りますが以下の 2 点をお知らせいただけますでしょうか。
>
> ・特典が付与された時期(おおよそで構いません)
> ・特典の対象となった認定の名称
"""
n_a15 = add("re-tokuten-ja", L("user_reply", False, A), (ME, MP), TCF, "Re: " + tcs(A),
            "Wed, 11 Jun 2025 11:40:22 +0000", a_info_rep, cs="iso-2022-jp", cte="7bit", reply=n_a14,
            refs=[n_a1, n_a13, n_a14], idom="mail.gmail.com", note="Japanese user reply quoting the keigo ask; ISO-2022-JP")

n_u14 = add("exam-result-ja", L("unrelated"), ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), MP,
            "試験結果のお知らせ", "Thu, 12 Jun 2025 02:00:00 +0000",
            """岡部 大輔 様

受験いただいた試験の結果がご確認いただけるようになりました。

登録 ID: 418273645
結果はピアソンVUEのアカウントにサインインしてご確認ください。

ご不明な点がございましたら、カスタマーサービスまでお問い合わせください。

ピアソンVUE
""", auth=auth_g("pearson.com"), idom="pearson.com", note="exam vendor, 9-digit id, conditional 〜がございましたら")

a_res2 = """Hi Daisuke,

Good news: the 50% exam discount has been re-issued and now shows under Benefits on your account. With that, everything from the old account is in place, and I'm marking this case as resolved.

Any questions, just reply here.

Best,
Sofia
"""
n_a16 = add("benefit-reissued", L("resolved", False, A), TC, MP, tcs(A), "Fri, 13 Jun 2025 07:48:03 +0000",
            a_res2, auth=auth_g("amazon.com"), reply=n_a15, refs=[n_a1, n_a14, n_a15],
            note="short resolution after reopen; conditional 'just reply here'")

n_sv2 = add("anketo-ja", L("survey", False, A), ("AWS トレーニングと認定", "aws-training-survey@amazon.com"), MP,
            "AWS トレーニングと認定サポートに関するアンケートのお願い", "Sat, 14 Jun 2025 03:00:00 +0000",
            """岡部 様

先日はケース 174812093400217 にて AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。

今後のサービス向上のため、簡単なアンケートにご協力いただけますでしょうか。所要時間は 2 分程度です。

アンケートに回答する: https://amazonsupport.qualtrics.com/jfe/form/SV_tcsurvey?case=174812093400217&lang=ja

AWS トレーニングと認定
""", html="""<html><body><p>岡部 様</p><p>先日はケース 174812093400217 にて AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。</p><p>今後のサービス向上のため、簡単なアンケートにご協力いただけますでしょうか。</p><p><a href="https://amazonsupport.qualtrics.com/jfe/form/SV_tcsurvey?case=174812093400217&amp;lang=ja">アンケートに回答する</a></p></body></html>""",
            cte="base64", auth=auth_g("amazon.com"), note="Japanese survey with keigo question form")

n_u15 = add("skill-builder-receipt", L("unrelated"), ("AWS Skill Builder", "no-reply@aws.training"), MP,
            "Your AWS Skill Builder receipt", "Mon, 16 Jun 2025 09:12:44 +0000",
            """Thanks for your purchase!

Order number: SB-20250616-771034
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Training and Certification
""", auth=auth_g("aws.training"), idom="aws.training", note="Skill Builder receipt")

n_ce2 = add("saininntei-ja", L("certification"), ("AWS Certification", "do-not-reply@certmetrics.com"), MP,
            "AWS 認定の再認定おめでとうございます", "Wed, 18 Jun 2025 15:02:10 +0000",
            """岡部 大輔 様

AWS Certified Solutions Architect - Associate の再認定、おめでとうございます。新しい有効期限は 2028年6月17日 です。

デジタルバッジは 5 営業日以内に Credly で更新されます。

このメールには返信しないでください。

AWS トレーニングと認定
""", cs="shift_jis", cte="base64", auth=auth_g("certmetrics.com"), idom="certmetrics.com",
            note="Japanese certmetrics notice, Shift_JIS base64")

n_s3 = add("tougou-saishu-kakunin-ja", L("suspicious"), ("AWS認定サポート", "no-reply@aws-training-jp.net"), MP,
           "【重要】AWS認定アカウント統合の最終確認のお願い", "Thu, 19 Jun 2025 22:41:05 +0000",
           """お客様

AWS 認定アカウントの統合手続きに不備がございました。認定資格を失効させないため、24 時間以内に下記リンクよりサインインし、統合先アカウントをご確認ください。

https://aws-training-jp.net/account/merge-confirm

ご確認いただけない場合、保有資格は無効となります。ご不明な点は本メールにご返信ください。

AWS トレーニングと認定 サポートチーム
""", auth=auth_g("aws-training-jp.net"), idom="aws-training-jp.net",
           note="Japanese phishing from lookalike domain asking to confirm the merge")

n_u16 = add("qiita-weekly-ja", L("unrelated"), ("Qiita", "noreply@qiita.com"), MP,
            "Qiita 週間トレンド: AWS認定アカウントを統合した話 ほか", "Fri, 20 Jun 2025 00:00:00 +0000",
            """今週のトレンド記事

1. 退職前にやっておくべき AWS 認定アカウントの統合手順
   サポートから「Account #1 に統合してよいか確認してください」と届いたら…
2. Terraform 1.12 の新機能まとめ
3. Amazon Bedrock でエージェントを作る

配信設定の変更: https://qiita.com/settings/notifications
""", auth=auth_g("qiita.com"), idom="qiita.com", note="newsletter quoting a merge confirmation phrase")

e_ack = """Thank you for contacting AWS Training and Certification.

Your case ID is 175061442900381. We received the following request:

  Inquiry type: Certification
  Additional details: Partner Central
  Description: Since my accounts were merged (case 174812093400217), AWS Partner Central still lists my certifications under Nimbus Works. I have left that company.

Our team usually responds within one business day. To avoid delays, please don't submit the same request again. If you'd like to add details, reply to this message.

AWS Training and Certification
"""
n_e1 = add("partner-central-request", L("acknowledgement", False, E), TC, MP, tcs(E), "Sun, 22 Jun 2025 17:47:12 +0000",
           e_ack, auth=auth_g("amazon.com"), note="ack in different wording; quotes the older case number in the description")

n_u17 = add("connpass-jawsug-ja", L("unrelated"), ("connpass", "no-reply@connpass.com"), MP,
            "JAWS-UG 東京 勉強会 への参加登録が完了しました", "Mon, 23 Jun 2025 04:10:10 +0000",
            """岡部 大輔 さん

以下のイベントへの参加登録が完了しました。

イベント: JAWS-UG 東京 #58 認定資格スペシャル
日時: 2025/07/05(土) 14:00〜18:00
受付番号: 201944

当日は受付で受付番号をお伝えください。参加できなくなった場合は、キャンセル手続きをお願いします。
""", auth=auth_g("connpass.com"), idom="connpass.com", note="event mail, 6-digit number, imperatives")

e_upd = """岡部様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定サポートの佐々木です。

確認したところ、アカウントの統合自体は正常に完了しています。パートナーセントラル側の認定データは毎週月曜日に同期されるため、現在の表示は前回同期時点のものです。次回の同期は 6月30日(月)です。

同期後に、こちらで改めて表示を確認します。

佐々木
"""
n_e2 = add("sync-schedule-ja", L("case_update", False, E), TC, MP, tcs(E), "Tue, 24 Jun 2025 02:30:55 +0000",
           e_upd, auth=auth_g("amazon.com"), reply=n_e1, note="plain Japanese progress update, asks nothing")

e_q = """Hi Daisuke,

The sync ran yesterday but your record on our side still points at a Partner Central user. Which email is on that Partner Central login, the old company one or something else?

Tom
"""
n_e3 = add("partner-login-question", L("info_request", True, E), TC, MP, tcs(E), "Tue, 01 Jul 2025 06:05:21 +0000",
           e_q, auth=auth_g("amazon.com"), reply=n_e2, refs=[n_e1, n_e2], note="two-sentence bare question, no request words")

n_u18 = add("billing-statement-july", L("unrelated"), CON, MP,
            "Amazon Web Services Billing Statement Available [Account: 903318472265]",
            "Thu, 03 Jul 2025 10:20:02 +0000",
            """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.12

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Sincerely,
Amazon Web Services
""", auth=auth_g("amazon.com"), note="billing from no-reply-aws (console sender)")

n_bd3 = add("credly-expiring", L("badge"), ("Credly", "admin@credly.com"), MP,
            "Your AWS Certified Developer - Associate badge expires soon", "Sat, 05 Jul 2025 13:00:00 +0000",
            """Hi Daisuke,

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification, expires on 14 Jul 2026.

Check with the issuer for how to renew it. View your badge: https://www.credly.com/badges/7a2c9e01-11f4-4d0b-a3c8-5e6d2f9b1a77
""", auth=auth_g("credly.com"), idom="credly.com", note="Credly expiry mail")

e_close = """Hello,

This case has been closed because we did not receive a response to our last message.

If you still need assistance, reply to this email within 14 days and the case will be reopened automatically. After that, please open a new case.

AWS Training and Certification
"""
n_e4 = add("case-closed-no-response", L("closing_notice", True, E), TC, MP, tcs(E), "Tue, 08 Jul 2025 06:10:00 +0000",
           e_close, auth=auth_g("amazon.com"), reply=n_e3, refs=[n_e1, n_e3],
           note="'has been closed' + reply reopens it (needs reply); compare vendor ticket closure")

e_rep = """Hi Tom,

Sorry, I missed your mail. The Partner Central login was d-okabe@nimbus-works.co.jp, which no longer exists.

Daisuke

""" + gq("On Tue, Jul 8, 2025 at 3:10 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:", e_close)
n_e5 = add("re-partner-login", L("user_reply", False, E), (ME, MP), TCF, "Re: " + tcs(E), "Tue, 08 Jul 2025 12:02:44 +0000",
           e_rep, reply=n_e4, refs=[n_e1, n_e3, n_e4], idom="mail.gmail.com", note="user reply reopening a closed case")

e_res = """岡部 様

ご返信いただき、誠にありがとうございます。ケースを再開いたしました。

APN チームにて、パートナーセントラルのユーザー(d-okabe@nimbus-works.co.jp)とお客様の AWS 認定アカウントとの関連付けを解除いたしました。これにより、お客様の認定資格は Nimbus Works の一覧には表示されなくなります。

本件の対応は以上で完了となります。お客様にてご対応いただく事項はございません。ご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
n_e6 = add("kanryou-ja", L("resolved", False, E), TC, MP, tcs(E), "Thu, 10 Jul 2025 04:25:19 +0000",
           e_res, cs="iso-2022-jp", cte="7bit", auth=auth_g("amazon.com"), reply=n_e5, refs=[n_e1, n_e4, n_e5],
           note="Japanese resolution with 〜がございましたら…ご返信ください; mentions 'reopened'")

n_sv3 = add("rate-partner-case", L("survey", False, E), ("AWS Training and Certification", "aws-training-survey@amazon.com"), MP,
            "Tell us about your recent support experience (Case %s)" % E, "Fri, 11 Jul 2025 03:00:00 +0000",
            html="""<html><body><p>Hello,</p><p>How satisfied are you with the resolution of case <b>175061442900381</b>?</p>
<table><tr><td><a href="https://amazonsupport.qualtrics.com/jfe/form/SV_tcsurvey?case=175061442900381&s=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></td></tr>
<tr><td><a href="https://amazonsupport.qualtrics.com/jfe/form/SV_tcsurvey?case=175061442900381&s=1">&#9733;</a></td></tr></table>
<p>Reply STOP to opt out of surveys.</p></body></html>""", cte="quoted-printable", auth=auth_g("amazon.com"),
            note="HTML-only survey; bare question")

n_u19 = add("weekly-roundup", L("unrelated"), ("AWS News", "aws-marketing-email-replies@amazon.com"), MP,
            "AWS Weekly Roundup: new certification, Summit recap and more", "Mon, 14 Jul 2025 16:00:00 +0000",
            """This week at AWS

- New: AWS Certified Generative AI Developer - Professional (beta) exam registration is open
- Recap: AWS Summit Japan 2025 sessions now on demand
- Tip: Merged certification accounts? Your Credly badges follow the surviving account.

Update your email preferences: https://pages.awscloud.com/communication-preferences
""", auth=auth_g("amazon.com"), note="marketing mentioning merges and certification")

n_ce3 = add("expiry-30-days", L("certification", False, None, ["AWS10294857"]), ("AWS Certification", "do-not-reply@certmetrics.com"), MP,
            "Reminder: your AWS Certification expires in 30 days", "Tue, 15 Jul 2025 00:01:00 +0000",
            """Hello Daisuke Okabe,

Candidate ID: AWS10294857

Your AWS Certified Solutions Architect - Associate certification was recertified, but an older AWS Certified SysOps Administrator - Associate certification on your account expires on 14 Aug 2025.

Recertify now to keep it active: https://aws.amazon.com/certification/recertification/

Please do not reply to this message.
""", auth=auth_g("certmetrics.com"), idom="certmetrics.com", note="certmetrics reminder with candidate id and 'Recertify now'")

# -------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, slug, raw, label, note, topic in MSGS:
        base = "%03d-%s" % (n, slug)
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, base + ".json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((base, label, topic + ": " + note))
    with open(os.path.join(OUT, "index.tsv"), "w") as fh:
        for base, label, note in rows:
            fh.write("%s\t%s\t%s\t%s\t%s\t%s\n" % (base, label["kind"], label["needs_reply"], label["case"],
                                                 ",".join(label["candidate_ids"]), note))
    print(len(rows), "messages")

if __name__ == "__main__":
    main()
