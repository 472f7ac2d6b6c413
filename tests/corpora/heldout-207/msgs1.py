# -*- coding: utf-8 -*-
"""Part 1: 24 Feb - 6 Mar 2025. Case A (merge, APN hold, wrong address) and duplicate case B."""
from helpers import *

A = "174047213200871"
B = "174047988100346"
CID_CO, CID_ME, CID_SSO = "AWS07731946", "AWS11820457", "AWS09912034"
TCF = addr("AWS Training and Certification", TC)
SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A
SUBJ_B = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B
IDS = {}


def build():
    # 001 GitHub merged PR
    emit(("unrelated", False, None, [], "GitHub 'Merged' wording, cc to company address"), addr("Daichi Hamasaki", "notifications@github.com"), addr("kairos-datalabs/etl-pipelines", "etl-pipelines@noreply.github.com"),
         "Re: [kairos-datalabs/etl-pipelines] Merge account-sync job into nightly DAG (PR #412)", d(2025, 2, 24, 9, 12),
         part("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kairos-datalabs/etl-pipelines/pull/412#event-16421180093\nYou are receiving this because you were mentioned.\n\nMessage ID: <kairos-datalabs/etl-pipelines/pull/412/issue_event/16421180093@github.com>\n", charset="utf-8", cte="7bit"),
         msgid="<kairos-datalabs/etl-pipelines/pull/412/issue_event/16421180093@github.com>", cc=addr(ME_NAME, ME_C),
         irt="<kairos-datalabs/etl-pipelines/pull/412@github.com>", refs=["<kairos-datalabs/etl-pipelines/pull/412@github.com>"],
         auth=gauth("github.com"))

    # 002 CertMetrics expiry notice (company address)
    t = ("Dear Mirei Osugi,\n\nThis is a courtesy reminder that your AWS Certified Solutions Architect - Associate "
         "credential will expire on 2025-05-21.\n\nCandidate ID: %s\nValidation number: 7QW1PLK2Z1E41JSK\n\n"
         "To keep your credential active, pass the current version of the exam or a higher-level exam in the same "
         "path before the expiration date. Recertifying also earns you a new 50%% discount voucher.\n\n"
         "Sign in to your AWS Certification Account to review your options.\n\nRegards,\nAWS Certification\n\n"
         "This is an automated message; replies to this address are not monitored.\n" % CID_CO)
    emit(("certification", False, None, [CID_CO], "CertMetrics expiry reminder with candidate ID; 'to keep your credential active' reads like an ask"), addr("AWS Certification", "do-not-reply@certmetrics.com"), addr(ME_NAME, ME_C),
         "Your AWS Certification expires in 90 days", d(2025, 2, 24, 1, 3, UTC), part(t, cte="7bit", charset="us-ascii"),
         msgid=mid("certmetrics.com", "x"), auth=amazon_auth("co", "certmetrics.com"))

    # 003 colleague (Japanese, ISO-2022-JP)
    t = ("大杉さん\n\nお疲れさまです。浜崎です。\n送別会の件、3/12(水) 19時から「炉端 まつ川」で予約しました。\n"
         "参加者は今のところ12名です。何か食べられないものがあれば教えてください。\n\n"
         "あと、退職前にAWS認定のアカウントを個人に移すなら早めにやった方がいいですよ。\n"
         "僕のときはパートナー絡みで一回止められました。\n\n浜崎\n")
    emit(("unrelated", False, None, [], 'Japanese colleague mail (ISO-2022-JP) that talks about the AWS account move'), addr("浜崎 大地", "d.hamasaki@kairos-datalabs.co.jp", "iso-2022-jp"), addr("大杉 美玲", ME_C, "iso-2022-jp"),
         "送別会の件", d(2025, 2, 24, 12, 41), part(t, charset="iso-2022-jp"), msgid=mid("x", "outlook"), subj_cs="iso-2022-jp",
         auth="spf=pass (sender IP is 40.107.74.55) smtp.mailfrom=kairos-datalabs.co.jp; dkim=pass (signature was verified)\n header.d=kairos-datalabs.co.jp;dmarc=pass action=none header.from=kairos-datalabs.co.jp;compauth=pass reason=100")

    # 004 Builder ID verification code
    t = ("AWS Builder ID\n\nVerify your email address\n\nUse this code to finish creating your AWS Builder ID:\n\n    482915\n\n"
         "This code expires in 10 minutes. If you did not request it, you can ignore this message.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n")
    h = ("<html><body style=\"font-family:Arial\"><h2>Verify your email address</h2><p>Use this code to finish creating your AWS Builder ID:</p>"
         "<p style=\"font-size:28px;letter-spacing:4px\"><b>482915</b></p><p>This code expires in 10 minutes. If you did not request it, you can ignore this message.</p>"
         "<p style=\"color:#777;font-size:11px\">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p></body></html>")
    emit(("unrelated", False, None, [], 'Builder ID one-time code (6 digits, not a case number)'), addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
         d(2025, 2, 24, 13, 55, UTC), alt(part(t), part(h, "html")), msgid=mid("x"), auth=amazon_auth("gmail", "signin.aws"))

    # 005 Acknowledgement case A (to personal)
    t = ("Hello,\n\nThank you for reaching out to AWS Training and Certification. Your request has been logged as case %s.\n"
         "A member of our team normally responds within one business day, although some requests take longer.\n\n"
         "So that we can help you faster, please do not submit another form for this same request; simply reply to this email "
         "if you need to add something.\n\nHere is a copy of what you sent us:\n\n"
         "Inquiry type: Certification\nAdditional details: Account Merge\nCandidate ID: %s\n"
         "Description: I am leaving my employer (Kairos Data Labs) on 14 March and want to merge my certification account "
         "registered under m.osugi@kairos-datalabs.co.jp (%s) into my personal account mosugi.cloud@gmail.com (%s). "
         "Please keep the personal address on file.\n\n"
         "Kind regards,\nAWS Training and Certification Customer Service\n" % (A, CID_ME, CID_CO, CID_ME))
    IDS["a_ack"] = emit(("acknowledgement", False, A, [CID_ME, CID_CO, CID_ME], "case A acknowledgement; form copy repeats candidate IDs; 'reply to this email if you need to add something'"), TCF, ME_P, SUBJ_A, d(2025, 2, 24, 23, 15, UTC),
                        part(t, cte="quoted-printable"), msgid=mid("", "ses"), auth=amazon_auth())

    # 006 Acknowledgement duplicate case B (Japanese, to company address)
    t = ("お問い合わせいただきありがとうございます。\n\nケース %s を作成いたしました。担当者より通常24時間以内にご連絡いたしますが、"
         "内容によってはお時間をいただく場合がございます。\n\nすでに同じ内容でケースを作成されている場合は、重複してのお問い合わせはお控えください。"
         "対応が遅れる原因となります。\n\nお問い合わせ内容:\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n"
         "本文: 退職に伴い、会社のアカウントを個人アカウントに統合したいです。\n\nAWS トレーニングと認定 カスタマーサービス\n" % B)
    IDS["b_ack"] = emit(("acknowledgement", False, B, [], 'duplicate case B acknowledgement in Japanese (ISO-2022-JP), to the company address'), TCF, ME_C, SUBJ_B, d(2025, 2, 25, 1, 2, UTC),
                        part(t, charset="iso-2022-jp"), msgid=mid("", "ses"), auth=amazon_auth("co"))

    # 007 AWS marketing
    h = ("<html><body><table width=\"600\"><tr><td><h1>AWS Summit Japan 2025 registration is open</h1>"
         "<p>Join us in Chiba on June 25-26 for two days of keynotes, 150+ breakout sessions, and hands-on labs.</p>"
         "<p><a href=\"https://aws.amazon.com/jp/summits/japan/?trk=em_0224\">Register now</a></p>"
         "<p>Already AWS Certified? Visit the Certification Lounge with your digital badge.</p>"
         "<p style=\"font-size:10px\">You are receiving this email because you subscribed to AWS marketing. <a href=\"https://pages.awscloud.com/unsubscribe\">Unsubscribe</a>. "
         "Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p></td></tr></table></body></html>")
    emit(("unrelated", False, None, [], 'AWS marketing, HTML only'), addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_C,
         "Registration is open: AWS Summit Japan 2025", d(2025, 2, 25, 2, 30, UTC), part(h, "html", cte="quoted-printable"),
         msgid=mid("", "ses"), auth=amazon_auth("co"))

    # 008 On hold, APN partner, question buried
    t = ("Hi Mirei,\n\nMy name is Tomasz and I'm picking up your account merge request.\n\n"
         "While reviewing the two certification accounts, I found that the one registered to m.osugi@kairos-datalabs.co.jp "
         "is linked to an AWS Partner Network organization (Kairos Data Labs K.K.). Certifications held on a partner-linked "
         "profile count toward that organization's partner tier, so we are not able to move them out while the link is active. "
         "I have therefore put the merge on hold for the moment.\n\n"
         "Partner-linked accounts can be released once the individual has left or is about to leave the company. "
         "Are you leaving Kairos Data Labs, and if so, what is your last working day?\n\n"
         "Once I have that I'll coordinate with the partner team on our side.\n\n"
         "Best regards,\nTomasz W.\nAWS Training and Certification Customer Service\n")
    IDS["a_hold"] = emit(("on_hold", True, A, [], "APN partner hold; the question (leaving? last day?) is buried mid-mail with no 'please'"), TCF, ME_P, "RE:" + SUBJ_A, d(2025, 2, 25, 17, 48, UTC),
                         part(t, cte="7bit", charset="us-ascii"), msgid=mid("", "ses"), irt=IDS["a_ack"], refs=[IDS["a_ack"]], auth=amazon_auth())

    # 009 Duplicate case B closed and linked
    t = ("Hello,\n\nWe noticed that this request duplicates case %s, which you opened a few hours earlier for the same account merge. "
         "To avoid two agents working on the same accounts, we have closed case %s and all further correspondence will happen on case %s.\n\n"
         "There is nothing you need to do on this case.\n\nRegards,\nSana\nAWS Training and Certification\n" % (A, B, A))
    emit(("case_update", False, B, [], 'duplicate case B closed and pointed to case A (both numbers appear); CRLF'), TCF, ME_C, "RE:" + SUBJ_B, d(2025, 2, 25, 19, 5, UTC),
         part(t, cte="7bit", charset="us-ascii"), msgid=mid("", "ses"), irt=IDS["b_ack"], refs=[IDS["b_ack"]], auth=amazon_auth("co"), crlf=True)

    # 010 User reply to hold (Gmail quoting)
    t = ("Hi Tomasz,\n\nYes, I'm leaving Kairos Data Labs. My last working day is Friday 14 March 2025, and the company "
         "mailbox will be switched off that evening, so please use mosugi.cloud@gmail.com from now on.\n\n"
         "Thanks,\nMirei\n\nOn Wed, Feb 26, 2025 at 2:48 AM AWS Training and Certification <%s> wrote:\n" % TC)
    t += quote("Hi Mirei,\n\nMy name is Tomasz and I'm picking up your account merge request.\n\nWhile reviewing the two certification accounts, I found that the one registered to\nm.osugi@kairos-datalabs.co.jp is linked to an AWS Partner Network organization...\n\nAre you leaving Kairos Data Labs, and if so, what is your last working day?\n\nBest regards,\nTomasz W.") + "\n"
    IDS["a_r1"] = emit(("user_reply", False, A, [], "owner's answer to the hold, Gmail quoting of the question"), addr(ME_NAME, ME_P), TCF, "Re: RE:" + SUBJ_A, d(2025, 2, 26, 8, 20),
                       part(t, cte="quoted-printable"), msgid=mid("", "gmail"), irt=IDS["a_hold"], refs=[IDS["a_ack"], IDS["a_hold"]])

    # 011 Pearson VUE reminder
    t = ("Dear Mirei Osugi,\n\nThis is a reminder of your upcoming exam appointment.\n\nExam: AWS Certified Solutions Architect - Professional (SAP-C02)\n"
         "Registration ID: 418207735\nDate: Saturday, 29 March 2025, 10:00 JST\nLocation: OnVUE online proctored\n\n"
         "Please run the system test before exam day. To reschedule, sign in to your AWS Certification Account at least 24 hours before the appointment.\n\n"
         "Pearson VUE\n")
    emit(("unrelated", False, None, [], 'exam vendor reminder with 9-digit registration ID'), addr("Pearson VUE", "pearsonvue@pearson.com"), ME_P, "Exam appointment reminder - AWS Certification",
         d(2025, 2, 26, 3, 0, UTC), part(t, cte="7bit", charset="us-ascii"), msgid=mid("pearson.com", "x"), auth=gauth("pearson.com"))

    # 012 Case update: passed to partner team
    t = ("Hello Mirei,\n\nThank you for confirming your departure date. I've passed the case to our AWS Partner Network "
         "operations colleagues so they can release the partner association on the company profile. This usually takes one to "
         "three business days. The merge itself stays on hold until they finish, and I'll write again as soon as it is cleared.\n\n"
         "No action is needed from you in the meantime.\n\nBest regards,\nTomasz W.\nAWS Training and Certification Customer Service\n\n"
         "-----Original Message-----\nFrom: mosugi.cloud@gmail.com\nSent: 2025-02-25 23:20 UTC\n"
         "Subject: Re: RE:" + SUBJ_A + "\n\nHi Tomasz,\nYes, I'm leaving Kairos Data Labs. My last working day is Friday 14 March 2025...\n")
    IDS["a_upd1"] = emit(("case_update", False, A, [], "passed to partner team; 'no action needed'; Outlook '-----Original Message-----' below"), TCF, ME_P, "RE:" + SUBJ_A, d(2025, 2, 26, 14, 2, UTC),
                         part(t, cte="quoted-printable"), msgid=mid("", "ses"), irt=IDS["a_r1"], refs=[IDS["a_ack"], IDS["a_hold"], IDS["a_r1"]], auth=amazon_auth())

    # 013 AWS billing
    t = ("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site. "
         "Your account will be charged the following:\n\nTotal: $14.62\n\n"
         "Please see the Bills section of the Billing and Cost Management console for details:\nhttps://console.aws.amazon.com/billing/home#/bills\n\n"
         "[AWS ID 530817264419]\n\nThank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
         "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210\n")
    emit(("unrelated", False, None, [], 'AWS billing with 12-digit account ID'), addr("Amazon Web Services", "aws-billing@amazon.com"), ME_P, "Amazon Web Services Billing Statement Available [Account: 530817264419]",
         d(2025, 3, 2, 22, 11, UTC), part(t, cte="7bit", charset="us-ascii"), msgid=mid("", "ses"), auth=amazon_auth())

    # 014 Phishing lookalike
    h = ("<html><body style=\"font-family:Arial\"><img src=\"https://cdn.aws-certsupport.com/logo.png\" alt=\"aws\"><p>Dear Candidate,</p>"
         "<p>Your AWS Certification account merge request <b>#17402219984</b> requires identity re-verification. "
         "Because the source account belongs to a partner organization, you must confirm ownership within <b>24 hours</b> or your "
         "certifications will be permanently revoked.</p><p><a href=\"https://verify.aws-certsupport.com/merge/confirm?u=mosugi.cloud\">Confirm ownership and sign in</a></p>"
         "<p>Please have your Builder ID password and the 6-digit code ready. Reply to this message if you cannot access the link.</p>"
         "<p>AWS Training &amp; Certification Security Team</p></body></html>")
    emit(("suspicious", False, None, [], "lookalike domain phishing with a fake case-like number and 'reply to this message'"), addr("AWS Certification Support", "support@aws-certsupport.com"), ME_P,
         "Action required: verify account merge request #17402219984", d(2025, 2, 27, 3, 44, UTC), part(h, "html", cte="base64"),
         msgid=mid("aws-certsupport.com", "x"), auth=gauth("aws-certsupport.com", ok=False))

    # 015 hold lifted
    t = ("Hello Mirei,\n\nGood news: the partner team has released the association between your company certification account and "
         "the Kairos Data Labs partner profile, so your request is no longer on hold. I'm now preparing the merge and will send you "
         "the account details to review shortly.\n\nTomasz W.\nAWS Training and Certification\n")
    IDS["a_upd2"] = emit(("case_update", False, A, [], 'hold lifted, promises a further mail'), TCF, ME_P, "RE:" + SUBJ_A, d(2025, 2, 28, 1, 30, UTC),
                         part(t, cte="7bit", charset="us-ascii"), msgid=mid("", "ses"), irt=IDS["a_upd1"], refs=[IDS["a_ack"], IDS["a_upd1"]], auth=amazon_auth())

    # 016 Confirmation request, HTML only with table
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"font-family:Amazon Ember,Arial,sans-serif;font-size:14px\">"
         "<p>Hello Mirei,</p><p>I located the two certification accounts below.</p>"
         "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
         "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
         "<tr><td>Login email</td><td>mosugi.cloud@gmail.com</td><td>m.osugi@kairos-datalabs.co.jp</td></tr>"
         "<tr><td>Training notification email</td><td>mosugi.cloud@gmail.com</td><td>m.osugi@kairos-datalabs.co.jp</td></tr>"
         "<tr><td>Certification notification email</td><td>mosugi.cloud@gmail.com</td><td>m.osugi@kairos-datalabs.co.jp</td></tr>"
         "<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr></table>"
         "<p>After the merge, everything from Account #2 (exam history, active certifications, benefits) will live in Account #1, and "
         "Account #2 will no longer be available for sign-in.</p>"
         "<p>Before I go ahead, I need your written go-ahead: both accounts belong to you, and Account #1 is the one to keep. "
         "A one-line reply to this email is enough.</p>"
         "<p>Thanks,<br>Tomasz W.<br>AWS Training and Certification Customer Service</p></body></html>" % (CID_ME, CID_CO))
    IDS["a_conf"] = emit(("confirmation_request", True, A, [CID_ME, CID_CO], 'Account #1/#2 confirmation request, HTML-only table, no question mark'), TCF, ME_P, "RE:" + SUBJ_A, d(2025, 2, 28, 2, 14, UTC),
                         part(h, "html", cte="quoted-printable"), msgid=mid("", "ses"), irt=IDS["a_upd2"], refs=[IDS["a_ack"], IDS["a_upd2"]], auth=amazon_auth())

    # 017 Newsletter
    t = ("This week in Serverless Japan #187\n\n1. Step Functions adds JSONata transforms\n2. Lambda SnapStart for Python - benchmarks\n"
         "3. Case study: merging event buses without downtime\n\nRead online: https://serverless-japan.dev/n/187\n\nUnsubscribe: https://serverless-japan.dev/u\n")
    emit(("unrelated", False, None, [], 'newsletter'), addr("Serverless Japan Weekly", "newsletter@serverless-japan.dev"), ME_P, "Serverless Japan Weekly #187",
         d(2025, 3, 1, 7, 0), part(t, cte="7bit", charset="us-ascii"), msgid=mid("serverless-japan.dev", "x"), auth=gauth("serverless-japan.dev"),
         extra=[("List-Unsubscribe", "<https://serverless-japan.dev/u>")])

    # 018 Closing notice (top-posted over quoted request)
    t = ("Hello Mirei,\n\nI'm following up on the message below. We have not received your confirmation yet. If we don't hear from you "
         "within the next 72 hours, this case will be closed automatically. A reply at any point, even after closure, will bring it back to "
         "our queue.\n\nTomasz W.\nAWS Training and Certification\n\n"
         "________________________________\nFrom: AWS Training and Certification\nSent: Friday, February 28, 2025 2:14 AM\nTo: mosugi.cloud@gmail.com\n"
         "Subject: RE:" + SUBJ_A + "\n\nHello Mirei,\nI located the two certification accounts below.\n"
         "Account #1 - Login email: mosugi.cloud@gmail.com - Candidate ID: %s\nAccount #2 - Login email: m.osugi@kairos-datalabs.co.jp - Candidate ID: %s\n"
         "Before I go ahead, I need your written go-ahead: both accounts belong to you, and Account #1 is the one to keep.\n" % (CID_ME, CID_CO))
    IDS["a_close"] = emit(("closing_notice", True, A, [], 'closing notice top-posted over the quoted confirmation request'), TCF, ME_P, "RE:" + SUBJ_A, d(2025, 3, 3, 21, 5, UTC),
                          part(t, cte="quoted-printable"), msgid=mid("", "ses"), irt=IDS["a_conf"], refs=[IDS["a_ack"], IDS["a_conf"]], auth=amazon_auth())

    # 019 User replies from the WRONG (company) address, Outlook style
    t = ("Hello Tomasz,\n\nConfirmed - both accounts are mine. Please merge into Account #1 (mosugi.cloud@gmail.com).\n\n"
         "Apologies for the delay.\n\nMirei Osugi\nData Engineer | Kairos Data Labs K.K.\n\n"
         "From: AWS Training and Certification <%s>\nSent: Tuesday, March 4, 2025 6:05\nTo: mosugi.cloud@gmail.com\nSubject: RE:%s\n\n"
         "Hello Mirei,\n\nI'm following up on the message below. We have not received your confirmation yet...\n" % (TC, SUBJ_A))
    IDS["a_r2"] = emit(("user_reply", False, A, [], "owner's confirmation sent from the wrong (company) address, CRLF, Outlook header block"), addr(ME_NAME, ME_C), TCF, "RE: RE:" + SUBJ_A, d(2025, 3, 4, 9, 12),
                       part(t, cte="quoted-printable"), msgid=mid("", "outlook"), irt=IDS["a_close"], refs=[IDS["a_ack"], IDS["a_conf"], IDS["a_close"]], crlf=True)

    # 020 Info request: write from the destination address
    t = ("Hi Mirei,\n\nThanks for your reply. It reached us from m.osugi@kairos-datalabs.co.jp, which is the login of the account that "
         "would be merged away. For security reasons we can only act on a confirmation that comes from the address of the account being "
         "kept.\n\nSend the same confirmation again from mosugi.cloud@gmail.com (replying to this email from that mailbox works fine) and "
         "I will complete the merge right away.\n\nTomasz W.\nAWS Training and Certification Customer Service\n")
    IDS["a_info"] = emit(("info_request", True, A, [], 'support asks to resend from the address being kept (sent to company, cc personal)'), TCF, addr(ME_NAME, ME_C), "RE:" + SUBJ_A, d(2025, 3, 4, 3, 40, UTC),
                         part(t, cte="7bit", charset="us-ascii"), msgid=mid("", "ses"), cc=ME_P, irt=IDS["a_r2"], refs=[IDS["a_ack"], IDS["a_close"], IDS["a_r2"]], auth=amazon_auth("co"))

    # 021 User confirmation from personal
    t = ("Confirmed. Please merge to Account #1 (mosugi.cloud@gmail.com). Both accounts are mine.\n\nMirei\n\n"
         "On Tue, 4 Mar 2025 at 12:40, AWS Training and Certification <%s> wrote:\n" % TC)
    t += quote("Hi Mirei,\n\nThanks for your reply. It reached us from m.osugi@kairos-datalabs.co.jp...\nSend the same confirmation again from mosugi.cloud@gmail.com\n(replying to this email from that mailbox works fine) and I will complete the merge right away.") + "\n"
    IDS["a_r3"] = emit(("user_reply", False, A, [], "owner's 'Confirmed. Please merge to Account #1' from personal address"), addr(ME_NAME, ME_P), TCF, "Re: RE:" + SUBJ_A, d(2025, 3, 4, 13, 2),
                       part(t, cte="quoted-printable"), msgid=mid("", "gmail"), irt=IDS["a_info"], refs=[IDS["a_ack"], IDS["a_r2"], IDS["a_info"]])

    # 022 Resolved, quoting the confirmation request, with conditional invitation
    t = ("Hi Mirei,\n\nAll set: I have merged Account #2 into Account #1. Your exam history, the AWS Certified Solutions Architect - Associate "
         "credential and the 50%% discount benefit are now under mosugi.cloud@gmail.com (%s). Please sign in with your Builder ID and check "
         "the Certifications and Benefits pages; the partner profile may take a few days to reflect the change.\n\n"
         "If anything looks off, feel free to reply to this email and we'll take a look.\n\n"
         "Best regards,\nTomasz W.\nAWS Training and Certification Customer Service\n\n"
         "> Before I go ahead, I need your written go-ahead: both accounts belong to you,\n> and Account #1 is the one to keep. A one-line reply to this email is enough.\n"
         "> Account #1  Login email: mosugi.cloud@gmail.com\n> Account #2  Login email: m.osugi@kairos-datalabs.co.jp\n" % CID_ME)
    IDS["a_res"] = emit(("resolved", False, A, [CID_ME], "merge done; 'Please sign in and check' and 'feel free to reply' are not asks; quoted old request below"), TCF, ME_P, "RE:" + SUBJ_A, d(2025, 3, 4, 6, 55, UTC),
                        part(t, cte="quoted-printable"), msgid=mid("", "ses"), irt=IDS["a_r3"], refs=[IDS["a_ack"], IDS["a_info"], IDS["a_r3"]], auth=amazon_auth())

    # 023 Credly badge
    h = ("<html><body><table width=\"560\" style=\"font-family:Helvetica\"><tr><td><img src=\"https://images.credly.com/size/110x110/images/0e284c3f.png\"></td></tr>"
         "<tr><td><h2>Mirei, you've been issued a badge</h2><p>Amazon Web Services Training and Certification has issued you the "
         "<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p><p><a href=\"https://www.credly.com/badges/5a1e0c2b-9d7f-4b11-8e0a-2f6e3c9b7d41/accept\">Accept your badge</a></p>"
         "<p style=\"font-size:11px;color:#888\">Credly, 1 Beacon St, Boston MA &middot; <a href=\"https://www.credly.com/notification_settings\">Notification settings</a></p></td></tr></table></body></html>")
    emit(("badge", False, None, [], 'Credly badge, multipart'), addr("Credly", "admin@credly.com"), ME_P, "Mirei, claim your AWS Certified Solutions Architect - Associate badge",
         d(2025, 3, 4, 7, 3, UTC), alt(part("Mirei, you've been issued a badge by Amazon Web Services Training and Certification: AWS Certified Solutions Architect - Associate.\n"
                                             "Accept your badge: https://www.credly.com/badges/5a1e0c2b-9d7f-4b11-8e0a-2f6e3c9b7d41/accept\n", cte="7bit", charset="us-ascii"),
                                        part(h, "html")), msgid=mid("credly.com", "x"), auth=gauth("credly.com"))

    # 024 Survey for case A
    h = ("<html><body style=\"font-family:Arial\"><p>Hello,</p><p>Your recent case <b>%s</b> with AWS Training and Certification has been resolved. "
         "How satisfied were you with the support you received?</p><p>"
         + "".join("<a href=\"https://survey.training.aws.dev/s?c=%s&amp;r=%d\">%d</a> " % (A, i, i) for i in range(1, 6)) +
         "</p><p>The survey takes less than a minute. Your answers help us improve.</p><p>AWS Training and Certification</p></body></html>") % A
    emit(("survey", False, A, [], 'survey for case A, HTML only'), addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
         "How did we do? Case %s" % A, d(2025, 3, 5, 0, 10, UTC), part(h, "html", cte="quoted-printable"), msgid=mid("", "ses"), auth=amazon_auth())

    # 025 CertMetrics "wants to hear from you"
    t = ("Hello Mirei,\n\nAWS Certification wants to hear from you! We're building the next version of the AWS Certified Data Engineer - Associate "
         "exam and are looking for certified practitioners to review draft items. Participants earn a certificate of recognition.\n\n"
         "Interested? Complete the short interest form by March 31: https://aws-certification.surveys/sme-2025\n\nAWS Certification\n")
    emit(("certification", False, None, [], "CertMetrics SME invitation 'wants to hear from you' (not a case survey)"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "AWS Certification wants to hear from you",
         d(2025, 3, 5, 16, 0, UTC), part(t, cte="7bit", charset="us-ascii"), msgid=mid("certmetrics.com", "x"), auth=gauth("certmetrics.com"))

    # 026 Company IT notice
    t = ("Mirei-san,\n\nAs part of your offboarding, your Microsoft 365 mailbox m.osugi@kairos-datalabs.co.jp will be disabled on "
         "14 March 2025 at 18:00 JST. Please move personal data and update any external services that use this address before then.\n\n"
         "Case #IT-2291 has been closed in the service desk once your laptop return was scheduled.\n\nKairos IT Service Desk\n")
    emit(("unrelated", False, None, [], "company IT offboarding notice mentioning its own closed '#IT-2291' case"), addr("Kairos IT Service Desk", "it-desk@kairos-datalabs.co.jp"), ME_C, "Offboarding: mailbox deactivation on 14 March",
         d(2025, 3, 6, 10, 0), part(t, cte="7bit", charset="us-ascii"), msgid=mid("", "outlook"),
         auth="spf=pass (sender IP is 40.107.74.55) smtp.mailfrom=kairos-datalabs.co.jp; dkim=pass (signature was verified)\n header.d=kairos-datalabs.co.jp;dmarc=pass action=none header.from=kairos-datalabs.co.jp;compauth=pass reason=100")
