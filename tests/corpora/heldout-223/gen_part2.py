# Messages 013-026 (mid March 2025)
from gen_lib import *  # noqa: F401,F403
import gen_part1 as P1

SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A

# ---------------------------------------------------------------- 013 user reply from company address
d = dt("2025-03-12 13:40:17", JST)
A_U1_MID = mid("A-u1", style="outlook")
req1 = """Hello Rina,

My name is Farrukh and I'll be handling your account merge request.

I located both certification accounts. The one holding your exam history and credentials is registered under rina.okabe@tsubame-sys.co.jp, while your request reached us from r.okabe.works@gmail.com. [...]"""
body = """Hello Farrukh,

I am writing from my company address as you asked. I confirm that I want the certification account registered to rina.okabe@tsubame-sys.co.jp (AWS02286413) merged into the account registered to r.okabe.works@gmail.com (AWS07731954). Both accounts are mine.

Please send further messages to r.okabe.works@gmail.com, because this company mailbox will be closed at the end of March.

Best regards,
Rina Okabe

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 11, 2025 12:55 PM
To: r.okabe.works@gmail.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

%s
""" % (CASE_A, req1)
add("user_reply", False, CASE_A, [CAND_COMPANY, CAND_PERSONAL],
    "Owner's answer to 010, sent from the company address (Outlook '-----Original Message-----' quoting). Candidate IDs in her own text.",
    build([("From", addr("Okabe Rina", ME_COMPANY)), ("To", TC_FORM), ("Cc", ME_PERSONAL),
           ("Subject", SUBJ_A), ("Date", d), ("Message-ID", A_U1_MID),
           ("In-Reply-To", P1.A_REQ1_MID), ("References", "%s %s" % (P1.A_ACK_MID, P1.A_REQ1_MID)),
           ("Thread-Topic", "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A),
           ("X-Mailer", "Microsoft Outlook 16.0")],
          T(body, charset="us-ascii"), crlf=True))

# ---------------------------------------------------------------- 014 lookalike phishing
d = dt("2025-03-12 19:22:40", UTC)
body_h = """<html><body style="font-family:Arial"><img src="http://aws-certification-helpdesk.com/img/aws.png" width="90"><br>
<p>Dear Certified Professional,</p>
<p>We received a request to <b>merge your AWS Certification accounts</b>. For your security the merge is paused until the account owner verifies their identity.</p>
<p>If you do not verify within <span style="color:#c00">24 hours</span>, both accounts will be locked and your certifications and exam vouchers may be permanently removed.</p>
<p style="text-align:center"><a href="http://aws-certification-helpdesk.com/verify?u=r.okabe.works" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Verify my certification account</a></p>
<p>AWS Certification Support Team<br>Case Ref: CERT-55201-JP</p>
</body></html>
"""
add("suspicious", False, None, [],
    "Lookalike domain aws-certification-helpdesk.com (its own SPF/DKIM pass) timed to the merge; credential phishing with urgency.",
    build(gmail_in("aws-certification-helpdesk.com", "45.88.97.14", mailfrom="mailer@aws-certification-helpdesk.com",
                   selector="default", policy="p=NONE sp=NONE dis=NONE", helo="vps-4821.hostingline.net", date=d)
          + [("From", addr("AWS Certification Support", "support@aws-certification-helpdesk.com")),
             ("To", ME_PERSONAL),
             ("Subject", "Action required: verify your AWS Certification account before merge"),
             ("Date", d), ("Message-ID", mid("014", "aws-certification-helpdesk.com", "plain"))],
          H(body_h)))

# ---------------------------------------------------------------- 015 case B closed as duplicate
d = dt("2025-03-13 01:18:30", UTC)
body = """Hello Rina,

Thank you for writing to us from your company address.

This request is the same as the one already open under case %s, where a colleague is working on it, so I have closed this case (%s) and attached your message to the original case. Everything will continue there; there is no need to reply on this thread.

Kind regards,
Camila R.
AWS Training and Certification Customer Service
""" % (CASE_A, CASE_B)
add("case_update", False, CASE_B, [],
    "Case B closed as a duplicate and linked to A. Two case numbers in the text; the message belongs to B (its subject and thread). 'no need to reply'.",
    build(ms_in("amazon.com", "54.240.8.40", mailfrom="amazonses.com")
          + [("From", TC_FORM), ("To", ME_COMPANY),
             ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B),
             ("Date", d), ("Message-ID", mid("B-dup")), ("In-Reply-To", P1.B_ACK_MID),
             ("References", P1.B_ACK_MID)],
          T(body), crlf=True))

# ---------------------------------------------------------------- 016 on hold (APN) with buried question
d = dt("2025-03-13 08:02:51", UTC)
A_HOLD_MID = mid("A-hold")
p = """Hello Rina,

Thank you for confirming from your Tsubame Systems address; I have the authorisation on file.

While preparing the merge I found that the certification account registered to rina.okabe@tsubame-sys.co.jp is linked to an AWS Partner Network organization (Tsubame Systems K.K.). Credentials that count toward a partner's tier cannot be moved out while that link is in place. I have asked our partner operations team to contact the partner's Alliance Lead so the association can be released, and I've placed the case on hold until they answer. This usually takes a few business days.

One detail would help the partner team: what is your last working day at Tsubame Systems, and will you still be able to receive mail at that address afterwards?

I will update you as soon as the hold is lifted.

Regards,
Leticia M.
AWS Training and Certification Customer Service
"""
h = """<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Rina,</p>
<p>Thank you for confirming from your Tsubame Systems address; I have the authorisation on file.</p>
<p>While preparing the merge I found that the certification account registered to rina.okabe@tsubame-sys.co.jp is linked to an <b>AWS Partner Network</b> organization (Tsubame Systems K.K.). Credentials that count toward a partner's tier cannot be moved out while that link is in place. I have asked our partner operations team to contact the partner's Alliance Lead so the association can be released, and I've placed the case <b>on hold</b> until they answer. This usually takes a few business days.</p>
<p>One detail would help the partner team: what is your last working day at Tsubame Systems, and will you still be able to receive mail at that address afterwards?</p>
<p>I will update you as soon as the hold is lifted.</p>
<p>Regards,<br>Leticia M.<br>AWS Training and Certification Customer Service</p>
</div></body></html>
"""
add("on_hold", True, CASE_A, [],
    "Case A paused for the APN partner (outside the person); a question about her last day is buried in the 4th paragraph, so a reply is needed.",
    build(gmail_in("amazon.com", "54.240.8.31", mailfrom="01000195b1@amazonses.com", date=d)
          + [("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_PERSONAL),
             ("Cc", ME_COMPANY), ("Subject", SUBJ_A), ("Date", d), ("Message-ID", A_HOLD_MID),
             ("In-Reply-To", A_U1_MID), ("References", "%s %s %s" % (P1.A_ACK_MID, P1.A_REQ1_MID, A_U1_MID))],
          alt(T(p, cte="quoted-printable"), H(h, cte="quoted-printable"))))

# ---------------------------------------------------------------- 017 farewell party
d = dt("2025-03-13 18:10:05", JST)
body = """各位

お疲れさまです。総務の小松です。
3月末で退職される岡部さんの送別会を下記のとおり行います。

日時：3月27日(木) 19:00〜
場所：炉端 つばめ 新橋店
会費：4,000円

出欠を3月19日(水)までにこのメールへ返信してください。
"""
add("unrelated", False, None, [],
    "Colleague's farewell-party invitation (company, Japanese) asking for an RSVP reply - not support.",
    build(ms_in("tsubame-sys.co.jp", "10.20.4.15")
          + [("From", addr("小松 美香", "m.komatsu@tsubame-sys.co.jp")),
             ("To", "dev-all@tsubame-sys.co.jp"), ("Cc", ME_COMPANY),
             ("Subject", enc_h("【ご案内】岡部さん送別会")), ("Date", d),
             ("Message-ID", mid("017", style="outlook"))],
          T(body, charset="iso-2022-jp", cte="7bit"), crlf=True))

# ---------------------------------------------------------------- 018 user reply: last day
d = dt("2025-03-14 08:47:33", JST)
A_U2_MID = mid("A-u2", style="gmail")
body = """Hi Leticia,

My last working day is Monday, 31 March 2025. The company mailbox is switched off that evening (18:00 JST), so after that I can only be reached at this address, r.okabe.works@gmail.com.

I have also asked my manager to remove me from our Partner Central users, in case that helps.

Thanks,
Rina

On Thu, 13 Mar 2025 at 17:02, AWS Training and Certification <%s> wrote:
%s
""" % (TC_FORM, quote(p))
add("user_reply", False, CASE_A, [],
    "Owner answers the buried question in 016; Gmail 'On ... wrote:' quoting of the hold message.",
    build([("From", addr("Rina Okabe", ME_PERSONAL)), ("To", TC_FORM), ("Subject", SUBJ_A),
           ("Date", d), ("Message-ID", A_U2_MID), ("In-Reply-To", A_HOLD_MID),
           ("References", "%s %s %s %s" % (P1.A_ACK_MID, P1.A_REQ1_MID, A_U1_MID, A_HOLD_MID))],
          T(body, cte="quoted-printable")))

# ---------------------------------------------------------------- 019 other vendor auto-close
d = dt("2025-03-14 22:05:00", UTC)
body = """##- Please type your reply above this line -##

Hi Rina,

We haven't heard back from you about ticket #1893344 ("Agent stops reporting after kernel upgrade").

If the issue is still happening, reply to this email and the ticket will stay open. Otherwise it will be closed automatically in 3 days.

Nimbus Monitoring Support

[WQ4K7-2M0R]
"""
add("unrelated", False, None, [],
    "Another vendor's ticket auto-close warning (Zendesk style) - a closing notice that is not AWS.",
    build(gmail_in("nimbusmon.io", "192.161.151.5", mailfrom="support@nimbusmon.io", selector="zendesk1", policy="p=REJECT sp=REJECT dis=NONE", date=d)
          + [("From", addr("Nimbus Monitoring Support", "support@nimbusmon.io")), ("To", ME_COMPANY),
             ("Subject", "[Nimbus Monitoring] Re: Agent stops reporting after kernel upgrade"),
             ("Date", d), ("Message-ID", "<WQ4K7-2M0R_67d4a8c4@zendesk.com>")],
          T(body)))

# ---------------------------------------------------------------- 020 AWS Educate form case (other program)
d = dt("2025-03-15 05:31:44", UTC)
body = """Hello,

Thank you for your interest in teaching with AWS Educate.

To finish reviewing your educator application we need proof of your affiliation with Kanto Institute of Technology. Please reply to this email with either a link to your profile on the institution's website or a short letter from the department confirming your guest lecturer role.

Case ID: 174199993500915

Thank you,
AWS Educate Support
"""
add("unrelated", False, None, [],
    "AWS Educate form case (aws-cs-educate-form@) asking for information: same shape as T&C cases but another program, so no reply counted and case null.",
    build(gmail_in("amazon.com", "54.240.8.77", mailfrom="01000195ce@amazonses.com", date=d)
          + [("From", "aws-cs-educate-form@amazon.com"), ("To", ME_PERSONAL),
             ("Subject", "RE:[CASE 174199993500915] [AWS Educate Form Submission] - educator-application"),
             ("Date", d), ("Message-ID", mid("020"))],
          T(body)))

# ---------------------------------------------------------------- 021 case A still waiting
d = dt("2025-03-17 06:40:12", UTC)
A_UPD1_MID = mid("A-upd1")
body = """Hi Rina,

Thanks for the dates - I've passed them on. The partner team is still waiting to hear back from Tsubame Systems' Alliance Lead, so the case remains on hold for now. You don't need to do anything in the meantime; I'll write again once there is movement.

Leticia M.
AWS Training and Certification Customer Service
"""
add("case_update", False, CASE_A, [],
    "Case A status note: still waiting on the partner, 'You don't need to do anything'. Mentions the hold but the news is that it continues; nothing asked.",
    build(gmail_in("amazon.com", "54.240.8.31", mailfrom="01000195d0@amazonses.com", date=d)
          + [("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_PERSONAL),
             ("Subject", SUBJ_A), ("Date", d), ("Message-ID", A_UPD1_MID),
             ("In-Reply-To", A_U2_MID), ("References", "%s %s %s" % (P1.A_ACK_MID, A_HOLD_MID, A_U2_MID))],
          T(body)))

# ---------------------------------------------------------------- 022 certmetrics program survey
d = dt("2025-03-17 15:00:00", UTC)
body = """Hello Rina,

AWS Certification wants to hear from you!

You recently held an AWS Certification and we'd like to learn how it has affected your career. The survey takes about 10 minutes and your answers are anonymous.

Take the survey: https://survey.certmetrics.com/aws/2025q1?id=8f1c2a

Thank you for helping us improve the program.

AWS Certification
This is an automated message. Replies to this address are not monitored.
"""
add("certification", False, None, [],
    "CertMetrics program survey - looks like a support survey but belongs to the certification program (not a case).",
    build(ms_in("certmetrics.com", "168.245.22.8", mailfrom="em123.certmetrics.com")
          + [("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_COMPANY),
             ("Subject", "AWS Certification wants to hear from you"), ("Date", d),
             ("Message-ID", mid("022", "certmetrics.com", "plain"))],
          T(body), crlf=True))

# ---------------------------------------------------------------- 023 Pearson VUE appointment
d = dt("2025-03-18 02:12:09", UTC)
body_t = """Dear Rina Okabe,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your records.

Exam: SCS-C02: AWS Certified Security - Specialty
Language: Japanese
Date and time: Wednesday, April 9, 2025 10:00 JST
Test center: Pearson VUE Tokyo Shinbashi Test Center
Registration ID: 412907735
Candidate ID: AWS02286413

To reschedule or cancel, sign in at least 24 hours before your appointment.

Pearson VUE
"""
add("unrelated", False, None, [CAND_COMPANY],
    "Exam vendor appointment confirmation: 9-digit registration ID (not a case), candidate ID present.",
    build(ms_in("pearson.com", "148.105.8.71", mailfrom="bounce.pearson.com")
          + [("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", ME_COMPANY),
             ("Subject", "Pearson VUE Confirmation of Booking"), ("Date", d),
             ("Message-ID", mid("023", "pearson.com", "plain"))],
          alt(T(body_t), H("<html><body><pre style=\"font-family:Arial\">%s</pre></body></html>" % body_t)),
          crlf=True))

# ---------------------------------------------------------------- 024 Qiita comment
d = dt("2025-03-18 21:35:50", JST)
body = """@tanuki_ops さんがあなたの記事にコメントしました。

記事：AWS認定アカウントを会社から個人へ移す（途中経過）

> APNパートナー紐付きで保留になったとのことですが、解除までどのくらいかかりましたか？
> 差し支えなければ、サポートへの返信内容も教えてください！

コメントに返信する：https://qiita.com/r_okabe/items/3f9a1c0be22d#comment-88213

--
Qiita
このメールは送信専用です。
"""
add("unrelated", False, None, [],
    "Qiita comment notification asking the owner questions about her hold - a question to her, but from a reader, quoted with '>'.",
    build(gmail_in("qiita.com", "167.89.115.56", mailfrom="bounces@qiita.com", selector="s1", policy="p=NONE sp=NONE dis=NONE", date=d)
          + [("From", addr("Qiita", "noreply@qiita.com")), ("To", ME_PERSONAL),
             ("Subject", enc_h("[Qiita] @tanuki_ops さんがあなたの記事にコメントしました")),
             ("Date", d), ("Message-ID", mid("024", "qiita.com", "plain"))],
          T(body, cte="quoted-printable")))

# ---------------------------------------------------------------- 025 spoofed amazon.com, DMARC fail
d = dt("2025-03-19 10:48:13", UTC)
body = """Hello,

Your account merge request is waiting for final verification.

To complete the merge, confirm both certification accounts by signing in with your AWS Builder ID here:
https://aws-training-verify.support-case.net/confirm?case=174236610400988

If we do not receive your confirmation within 48 hours the request will be cancelled and the certifications held by the secondary account may be lost. You can also reply to this email with your Builder ID e-mail and password and we will complete the verification for you.

Regards,
AWS Training and Certification Customer Service
"""
add("suspicious", False, None, [],
    "Uses the real T&C form sender and subject format with a made-up case number, but Gmail recorded dkim=fail, spf=fail, dmarc=fail; asks for a password.",
    build(gmail_in("amazon.com", "185.213.26.90", dkim="fail", spf="fail", dmarc="fail",
                   mailfrom="aws-cs-trainingcertification-form@amazon.com", helo="mail.srv-cloudhost.ru", date=d)
          + [("From", TC_FORM), ("To", ME_PERSONAL),
             ("Subject", "RE:[CASE 174236610400988] [AWS Training and Certification Form Submission] - account-assistance"),
             ("Date", d), ("Message-ID", "<20250319104813.7A1F2C0041@mail.srv-cloudhost.ru>")],
          T(body)))

# ---------------------------------------------------------------- 026 hold lifted
d = dt("2025-03-20 03:15:27", UTC)
A_UPD2_MID = mid("A-upd2")
p = """Hello Rina,

Good news: Tsubame Systems' Alliance Lead has released the partner association on your former account, so the hold on this case has been lifted.

I am now preparing the merge. Next you will receive a summary of both accounts from us to review before anything is moved.

Regards,
Leticia M.
AWS Training and Certification Customer Service
"""
add("case_update", False, CASE_A, [],
    "Case A: hold lifted, next step announced ('you will receive a summary ... to review') - future, nothing to answer yet.",
    build(gmail_in("amazon.com", "54.240.8.31", mailfrom="01000195e3@amazonses.com", date=d)
          + [("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_PERSONAL),
             ("Subject", SUBJ_A), ("Date", d), ("Message-ID", A_UPD2_MID),
             ("In-Reply-To", A_UPD1_MID), ("References", "%s %s %s" % (P1.A_ACK_MID, A_HOLD_MID, A_UPD1_MID))],
          alt(T(p), H("<div dir=\"ltr\">" + p.replace("\n\n", "<br><br>").replace("\n", "<br>") + "</div>"))))
