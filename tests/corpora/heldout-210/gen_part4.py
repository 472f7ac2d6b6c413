# Messages 41-54 (18 Oct - 24 Oct 2025)
import base64 as _b64
from gen_lib import *
from gen_part3 import CONF_TXT, MID_CONF_A, MID_INFO_D

MID_CLOSE_A = ses("99d4e1f2a0")
MID_CONFIRMED = "<7C2A5E1B-9F04-4D6B-B8E3-1A0C2F7D9E44@posteo.net>"
MID_CLOSE_D = ses("99d8a03bc1")
MID_USER_D = "<e4a0b7f2-5c19-4d8a-9e31-6b2f0c8d7a55@posteo.net>"
MID_RESOLVED_A = ses("99dc5f7e20")

CLOSE_A_TOP = """Hello Mireille,

We haven't heard back from you about which account to keep. Your case will stay
open until 21 October 2025. If we don't have your reply by then it will be
closed, and a new request would be needed to merge the accounts later.

Replying to this email keeps the case open.

AWS Training and Certification"""

CONFIRMED = """Confirmed - both accounts are mine. Please keep Account #1
(mireille.tanabe@posteo.net) and merge Account #2 into it.

Sorry for the slow reply, I was travelling.

Mireille

Sent from my iPhone"""

CLOSE_D = """Hello,

We asked for some details on 15 October and have not received a response, so
case 176031601158203 has been closed.

If you still need help, reply to this email within 14 days and the case will
reopen automatically with your answer. After that, a new request would be
needed.

AWS Training and Certification"""

PNG = _b64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def messages():
    out = []

    # 41 spoof with dmarc=fail on the real sender address
    d = dt(2025, 10, 18, 13, 20, 7)
    html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your AWS Certification account merge is ready to be completed. To protect your certifications we must confirm which account you keep.</p>
<p><a href="https://aws-training-merge.com/confirm?c=176011428730055">Confirm the account to keep</a></p>
<p>Requests not confirmed within 24 hours are cancelled and both accounts are locked until identity is verified again.</p>
<p>Case ID: 176011428730055</p>
<p>AWS Training and Certification Customer Service</p>
</body></html>
"""
    top = in_posteo(d, TC_FORM, "smtp.vsrv-88.net", "91.215.85.17", "amazon.com", "amazon.com",
                    dkim="none", spf="fail", dmarc="fail", qid="4cT2gH8mRw")
    raw = message(d, TC_FROM, ME_P, "RE:[CASE 176011428730055] %s" % SUBJ_A,
                  leaf("text/html", html, cte="quoted-printable"), "<20251018042007.31877@vsrv-88.net>",
                  top=top, extra=["X-Mailer: PHPMailer 6.8.1"])
    out.append(M(raw, "suspicious", False, None, [],
                 "Spoof of the real T&C form address: dmarc=fail, spf=fail, no DKIM",
                 "same From, same subject shape and a plausible 15-digit case number; asks to confirm the account to keep"))

    # 42 owner confirms (iPhone, multipart)
    d = dt(2025, 10, 19, 10, 3, 27)
    hist = CLOSE_A_TOP + "\n\n-----Original Message-----\n" + CONF_TXT
    txt = CONFIRMED + "\n\nOn 18 Oct 2025, at 09:00, AWS Training and Certification <%s> wrote:\n\n" % TC_FORM + quote(hist) + "\n"
    html = "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body dir=\"auto\">" + \
        "<div dir=\"ltr\">" + CONFIRMED.replace("\n\n", "</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">").replace("\n", " ") + "</div>" + \
        "<div dir=\"ltr\"><br><blockquote type=\"cite\">On 18 Oct 2025, at 09:00, AWS Training and Certification &lt;%s&gt; wrote:<br><br></blockquote></div>" % TC_FORM + \
        "<blockquote type=\"cite\"><div dir=\"ltr\"><pre>" + hist.replace("&", "&amp;").replace("<", "&lt;") + "</pre></div></blockquote></body></html>"
    body = multi("alternative", [leaf("text/plain", txt, cte="quoted-printable"), leaf("text/html", html, cte="quoted-printable")])
    raw = message(d, addr(ME_NAME, ME_P), TC_FROM, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), body, MID_CONFIRMED,
                  irt=MID_CLOSE_A, refs=[MID_CONF_A, MID_CLOSE_A], extra=["X-Mailer: iPhone Mail (22G100)"])
    out.append(M(raw, "user_reply", False, CASE_A, [],
                 "Owner confirms the merge from her phone",
                 "own mail quoting a closing notice and a confirmation request (candidate IDs only in the quote)"))

    # 43 Case D closed for no answer
    d = dt(2025, 10, 19, 17, 0, 2)
    raw = message(d, TC_FROM, ME_P, "RE: [CASE %s] %s" % (CASE_D, SUBJ_C), leaf("text/plain", CLOSE_D + "\n"),
                  MID_CLOSE_D, irt=MID_INFO_D, refs=[MID_INFO_D], top=aws_in(d, ME_P, "99d8a03bc1"))
    out.append(M(raw, "closing_notice", True, CASE_D, [],
                 "Case D closed because the details were not sent; a reply reopens it",
                 "already closed (past tense); the reopen offer is the only ask"))

    # 44 Microsoft case closed
    d = dt(2025, 10, 19, 18, 44, 0)
    txt = """Hello Mireille,

As we have not heard back from you, we are closing case #2510070040012345.
If you still need help with your transcript, reply to this email within 7 days
and your case will be reopened.

Regards,
Microsoft Certification Support
"""
    raw = message(d, addr("Microsoft Certification Support", "mcpsupport@microsoft.com"), ME_P,
                  "Case #2510070040012345 - Closure notice [ TrackingID#2510070040012345 ]", leaf("text/plain", txt),
                  "<DM6PR21MB14029B0E2F1A4@DM6PR21MB1402.namprd21.prod.outlook.com>",
                  top=in_posteo(d, "mcpsupport@microsoft.com", "mail-dm6nam12on2101.outbound.protection.outlook.com",
                                "40.107.243.101", "microsoft.com", "microsoft.com", qid="4cT9vB3sJq"))
    out.append(M(raw, "unrelated", False, None, [],
                 "Microsoft Certification closure notice", "same shape as a closing notice, another vendor"))

    # 45 Case A resolved (quotes the request)
    d = dt(2025, 10, 20, 9, 12, 48)
    txt = """Hello Mireille,

Thank you for confirming. I have merged Account #2 into Account #1. Your exam
history, both certifications and the 50% discount benefit now sit under
mireille.tanabe@posteo.net, and the login for m.tanabe@kitakaze-sys.co.jp no
longer works.

Credly badges follow the certification notification email, so they may take up
to 48 hours to reflect the change. Your exam appointment on 6 November is not
affected.

If anything looks wrong once you have signed in, reply within the next 7 days
and I'll take another look.

Kind regards,
Kenji Hartmann
Account Merge Team, AWS Training and Certification

-----Original Message-----
From: Mireille Tanabe <mireille.tanabe@posteo.net>
Sent: Sunday, October 19, 2025 1:03 AM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE 175970966304217] [AWS Training and Certification Form Submission] - account-assistance

""" + CONFIRMED + "\n\n" + quote(CLOSE_A_TOP + "\n\n-----Original Message-----\n" + CONF_TXT) + "\n"
    raw = message(d, addr("Kenji Hartmann (AWS Training and Certification)", TC_FORM), ME_P,
                  "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), leaf("text/plain", txt, cte="quoted-printable"),
                  MID_RESOLVED_A, irt=MID_CONFIRMED, refs=[MID_CONF_A, MID_CLOSE_A, MID_CONFIRMED],
                  top=aws_in(d, ME_P, "99dc5f7e20"))
    out.append(M(raw, "resolved", False, CASE_A, [],
                 "Case A merged; quotes the owner's confirmation and the earlier request",
                 "quoted 'Are both accounts yours...?' and closing notice below; conditional 'reply within 7 days'"))

    # 46 owner answers case D (with attachment)
    d = dt(2025, 10, 20, 21, 30, 14)
    txt = """Hello Beatriz,

Sorry for the delay - the account merge on my other case took my attention.

1. Credly profile email: mireille.tanabe@posteo.net (only this one).
2. Yes, a Credly invitation reached the company inbox on 23 September. I had
   missed it.

Note that the company account AWS03318472 was merged this morning into my
personal account AWS09950126 (case 175970966304217), so the certification
should now be under my personal address.

Screenshot of the Credly badges page attached.

Mireille

On 19/10/2025 17:00, AWS Training and Certification wrote:
""" + quote(CLOSE_D) + "\n"
    body = multi("mixed", [leaf("text/plain", txt, params="; format=flowed"),
                           raw_leaf(['Content-Type: image/png; name="credly-badges.png"',
                                     'Content-Disposition: attachment; filename="credly-badges.png"',
                                     "Content-Transfer-Encoding: base64"], _b64.encodebytes(PNG))])
    raw = message(d, addr(ME_NAME, ME_P), TC_FORM, "Re: RE: [CASE %s] %s" % (CASE_D, SUBJ_C), body, MID_USER_D,
                  irt=MID_CLOSE_D, refs=[MID_INFO_D, MID_CLOSE_D], extra=["User-Agent: Mozilla Thunderbird"])
    out.append(M(raw, "user_reply", False, CASE_D, [CAND_CO, CAND_PE],
                 "Owner answers case D after it was closed, with a screenshot",
                 "multipart/mixed; names case A's number and both candidate IDs in her own text"))

    # 47 SNS subscription confirmation
    d = dt(2025, 10, 21, 0, 5, 11)
    txt = """You have chosen to subscribe to the topic:
arn:aws:sns:ap-northeast-1:483920176652:billing-alerts

To confirm this subscription, click or visit the link below (If this was in error no action is necessary):
https://sns.ap-northeast-1.amazonaws.com/confirmation.html?TopicArn=arn:aws:sns:ap-northeast-1:483920176652:billing-alerts&Token=2336412f37fb687f5d51e6e2425c464de12884a0

Please do not reply directly to this email. If you wish to remove yourself from receiving all future SNS subscription confirmation requests please send an email to sns-opt-out
"""
    raw = message(d, addr("AWS Notifications", "no-reply@sns.amazonaws.com"), ME_P,
                  "AWS Notification - Subscription Confirmation", leaf("text/plain", txt),
                  "<0106019a03f1c2aa-7e2d9b10-4c3a-4f88-b6d2-1a9e0c5f3b77-000000@ap-northeast-1.amazonses.com>",
                  top=in_posteo(d, "0106019a03f1c2aa@ap-northeast-1.amazonses.com", "e226-55.smtp-out.ap-northeast-1.amazonses.com",
                                "23.251.226.55", "sns.amazonaws.com", "sns.amazonaws.com", qid="4cTJx7Ra2M"))
    out.append(M(raw, "unrelated", False, None, [], "AWS SNS subscription confirmation",
                 "AWS asks to 'confirm' something; not a case"))

    # 48 Case A survey (HTML only)
    d = dt(2025, 10, 21, 9, 30, 0)
    stars = "".join('<a href="https://survey.aws.training/cs?c=175970966304217&r=%d" style="font-size:22px;text-decoration:none">&#9733;</a>' % i for i in range(1, 6))
    html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello Mireille,</p>
<p>Your case 175970966304217 was recently resolved. Would you take a minute to tell us how we did?</p>
<p>How satisfied are you with the support you received? %s</p>
<p>The survey is optional and your answers go only to the AWS Training and Certification customer service team.</p>
<p>AWS Training and Certification</p></body></html>
""" % stars
    raw = message(d, TC_FROM, ME_P, "How did we do? Your feedback on case %s" % CASE_A,
                  leaf("text/html", html, cte="quoted-printable"), ses("99de01a4f6"), top=aws_in(d, ME_P, "99de01a4f6"))
    out.append(M(raw, "survey", False, CASE_A, [],
                 "Case A satisfaction survey (HTML-only)", "a question to the owner; the case number is in the subject without [CASE"))

    # 49 Case D reopened, passed to the Credly team
    d = dt(2025, 10, 21, 11, 48, 30)
    txt = """Hi Mireille,

Thanks for the details and the screenshot - your case is open again.

With the merge done, the certification now lives on AWS09950126, which is good
news for the badge. I've asked the team that looks after our Credly integration
to send the Security - Specialty badge again, this time to
mireille.tanabe@posteo.net. They usually need three to five business days.

I'll update you when it's done; nothing else is needed from you meanwhile.

Beatriz Lemos
AWS Training and Certification

On Mon, Oct 20, 2025 at 9:30 PM Mireille Tanabe <mireille.tanabe@posteo.net> wrote:
> Hello Beatriz,
>
> Sorry for the delay - the account merge on my other case took my attention.
> [...]
"""
    raw = message(d, TC_FROM, ME_P, "RE: [CASE %s] %s" % (CASE_D, SUBJ_C), leaf("text/plain", txt),
                  ses("99de8c7b02"), irt=MID_USER_D, refs=[MID_INFO_D, MID_CLOSE_D, MID_USER_D],
                  top=aws_in(d, ME_P, "99de8c7b02"))
    out.append(M(raw, "case_update", False, CASE_D, [CAND_PE],
                 "Case D reopened and passed to the Credly team",
                 "reopening after a closing notice; says nothing else is needed"))

    # 50 Case E console acknowledgement
    d = dt(2025, 10, 22, 12, 5, 49)
    txt = """Hello,

We have opened case 176110234400912 for you. Here is a summary of the case:

Case ID: 176110234400912
Subject: 認定特典の50%割引バウチャーが統合後に表示されない
Severity: General question
Service: Training and Certification
Category: Certification benefits
Correspondence: 2025-10-22 03:05:44 UTC

旧アカウント(AWS03318472)を個人アカウントに統合していただきましたが、
特典ページに50%割引バウチャーが表示されません。ご確認をお願いします。

[AWS ID 483920176652]

To see this case or add to it, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=176110234400912&language=en

Please note: this email address cannot accept incoming mail. Use the Support
Center link above to update your case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    raw = message(d, CONSOLE, ME_P, "Amazon Web Services: New Support case: %s" % CASE_E,
                  leaf("text/plain", txt, cte="quoted-printable"), ses("99e49ab1d7"), top=aws_in(d, ME_P, "99e49ab1d7"))
    out.append(M(raw, "acknowledgement", False, CASE_E, [CAND_CO],
                 "Case E opened in the Support Center console (voucher missing after merge)",
                 "console template; echoed Japanese description holds the old candidate ID; 12-digit AWS ID"))

    # 51 AWS Budgets
    d = dt(2025, 10, 22, 15, 0, 20)
    txt = """AWS Budget Notification October 22, 2025
AWS Account 483920176652

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your monthly-cap budget is greater than $20.00 for the current month. The ACTUAL Cost associated with this budget is $21.37. You can find additional details below and by accessing the AWS Budgets dashboard.

Budget Name: monthly-cap
Budget Type: Cost
Budgeted Amount: $25.00
Alert Type: ACTUAL
Alert Threshold: > $20.00
ACTUAL Amount: $21.37
"""
    raw = message(d, addr("AWS Budgets", "no-reply@budgets.amazonaws.com"), ME_P,
                  "AWS Budgets: monthly-cap has exceeded your alert threshold", leaf("text/plain", txt),
                  "<0101019a0a7e55c3-2b1c8d4e-9a0f-4e63-b7d2-5c8e1f0a3d29-000000@us-west-2.amazonses.com>",
                  top=in_posteo(d, "0101019a0a7e55c3@us-west-2.amazonses.com", "a27-33.smtp-out.us-west-2.amazonses.com",
                                "54.240.27.33", "amazonaws.com", "budgets.amazonaws.com", qid="4cTQm1Zc8F"))
    out.append(M(raw, "unrelated", False, None, [], "AWS Budgets alert", "genuine AWS alert with a 12-digit account ID"))

    # 52 Case E info request, Japanese, console
    d = dt(2025, 10, 23, 11, 5, 30)
    txt = """田辺 様

Amazon Web Services サポートの森田でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

アカウント統合後に50%割引バウチャーが特典ページに表示されない件について、
確認いたしました。統合元アカウントで付与されたバウチャーは、通常は統合の
完了とともに統合先アカウントへ引き継がれますが、有効期限や付与元の試験に
よっては再発行の手続きが必要となる場合がございます。

調査を進めるにあたり、以下の2点をご教示いただけますでしょうか。

  1. バウチャー付与のもととなった試験名と合格日
  2. 統合先アカウントの「特典」ページのスクリーンショット

なお、本メールへ直接ご返信いただいてもお受けできかねます。お手数ですが、
サポートセンターの該当ケースからご回答をお寄せいただけますよう、お願い
申し上げます。

https://console.aws.amazon.com/support/home#/case/?displayId=176110234400912&language=ja

何卒よろしくお願い申し上げます。

森田
Amazon Web Services サポート

==============================================================
このメールアドレスは送信専用のため、受信することはできません。
ケースの更新はサポートセンターから行ってください。
"""
    html = "<html><body style=\"font-family:'Hiragino Sans',Meiryo,sans-serif\">" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>") for p in txt.strip().split("\n\n")) + "</body></html>"
    body = multi("alternative", [leaf("text/plain", txt, cte="base64"), leaf("text/html", html, cte="base64")])
    raw = message(d, CONSOLE, ME_P, "RE:[CASE %s] 認定特典の50%%割引バウチャーが統合後に表示されない" % CASE_E, body,
                  ses("99e9f3c0a8"), top=aws_in(d, ME_P, "99e9f3c0a8"))
    out.append(M(raw, "info_request", True, CASE_E, [],
                 "Case E (console): Japanese keigo request for exam name/date and a screenshot, answer in the Support Center",
                 "no e-mail reply possible; 'ご教示いただけますでしょうか'; base64 both parts; encoded subject"))

    # 53 colleague (partner admin) asks in Japanese
    d = dt(2025, 10, 24, 10, 17, 2)
    txt = """田辺さん

佐伯です。Partner Central 側で認定情報の共有を外しておきました。
AWS 側のマージは完了しましたか?
ティア集計の更新に使うので、完了していたら一言もらえると助かります。

佐伯
"""
    raw = message(d, addr("佐伯 大地", "d.saeki@kitakaze-sys.co.jp", "iso-2022-jp"), addr("Tanabe Mireille", ME_C),
                  "Partner Central の件", leaf("text/plain", txt, charset="iso-2022-jp"),
                  "<TY3PR01MB11406E0B2C7A94D1F8A3E6B70A2412@TY3PR01MB11406.jpnprd01.prod.outlook.com>",
                  extra=["X-MS-Has-Attach: ", "Content-Language: ja-JP"], subj_charset="iso-2022-jp", eol="\r\n")
    out.append(M(raw, "unrelated", False, None, [],
                 "Partner admin colleague asks whether the AWS merge is done (ISO-2022-JP)",
                 "asks about the merge, but a colleague is asking, not support"))

    # 54 Google Cloud certification renewal
    d = dt(2025, 10, 24, 23, 30, 0)
    html = """<html><body style="font-family:Roboto,Arial"><p>Hi Mireille,</p>
<p>Your <b>Professional Cloud Architect</b> certification expires on December 21, 2025. You can take the renewal exam up to 60 days before it expires.</p>
<p><a href="https://cloud.google.com/learn/certification/renewal">Register for the renewal exam</a></p>
<p>Google Cloud Certification</p></body></html>
"""
    raw = message(d, addr("Google Cloud Certification", "cloud-certification-noreply@google.com"), ME_P,
                  "Your Professional Cloud Architect certification expires in 60 days",
                  leaf("text/html", html, cte="quoted-printable"), "<000000000000a1b2c3d4e5f60641@google.com>",
                  top=in_posteo(d, "3ABCxZgcKCk0@scoutcamp.bounces.google.com", "mail-sor-f69.google.com",
                                "209.85.220.69", "google.com", "google.com", qid="4cTY2sLp6N"))
    out.append(M(raw, "unrelated", False, None, [], "Google Cloud certification renewal",
                 "certification expiry mail from another program"))
    return out
