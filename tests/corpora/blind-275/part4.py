from lib import *
from part2 import JP_FOOT

F = "174055812207751"
F_SUBJ = tc_subj(F, "[AWS Training and Certification Form Submission] - exam-results")
CID = "AWS04471932"


def run():
    # 032 CertMetrics program survey (not a support case)
    inner = ('<p>Hello Wataru,</p><p>You recently took an AWS Certification exam. We would like to hear about your '
             'preparation and your exam-day experience. The questionnaire takes about 8 minutes and helps us '
             'shape future exams.</p>' + button("Share your feedback", "https://survey.certmetrics.com/aws/q/77120") +
             '<p style="font-size:11px;color:#777">You are receiving this because you opted in to "Lend your voice '
             'to AWS Certification". Replies to this address are not read.</p>')
    hm = page(card(inner, "AWS Certification"), "8 minutes, your voice in future exams")
    emit("AWS Certification <do-not-reply@certmetrics.com>", ME_P, "AWS Certification wants to hear from you",
         dt("2025-02-03 15:30"), alt(strip(hm), hm, seed="f1"), ("certification", False, None, []),
         mid_=mid("certmetrics.com", "f1"), au=auth("certmetrics.com"))

    # 033 Pearson VUE appointment confirmation
    inner = ('<p>Dear Wataru Saegusa,</p><p>Thank you for scheduling your exam. Please review the details below and '
             'bring a valid ID.</p>' + kv([("Exam", "AWS Certified DevOps Engineer - Professional (DOP-C02)"),
                                           ("Registration ID", "431907726"), ("AWS Candidate ID", CID),
                                           ("Date / time", "Saturday, February 22, 2025 10:00 JST"),
                                           ("Test center", "Pearson Professional Centers - Tokyo Shinjuku")]) +
             button("Confirm or reschedule", "https://home.pearsonvue.com/aws/reschedule", "#007fa3") +
             '<p style="font-size:11px">Pearson VUE, 5601 Green Valley Drive, Bloomington, MN 55437</p>')
    hm = page(card(inner, "Pearson VUE"), "Your appointment is booked")
    emit("Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME_P,
         "Confirmation of your AWS exam appointment", dt("2025-02-10 04:17"), alt(strip(hm), hm, seed="f2"),
         ("unrelated", False, None, [CID]), mid_=mid("pearson.com", "f2"), au=auth("pearson.com"))

    # 034 AWS Educate form case (another program) asking a question
    s = "RE:[CASE 173933560114409] [AWS Educate Form Submission] - account-access"
    body = ('<div style="font-family:Arial;font-size:14px">Hi Wataru,<br><br>Thanks for writing in about the student '
            'who cannot reach her AWS Educate account. Could you tell us which e-mail address she registered with, '
            'and whether she still has access to it? We can only discuss the account with its owner, so she may '
            'also write to us directly.<br><br>Regards,<br>Daniel<br>AWS Educate Support</div>' + AWS_LEGAL)
    emit("AWS Educate <aws-cs-educate-form@amazon.com>", ME_P, s, dt("2025-02-12 07:45"),
         H('<html><body>%s</body></html>\n' % body), ("unrelated", False, None, []), mid_=mid("sf", "f3"),
         au=auth("amazon.com"))

    # 035 exam vendor survey
    inner = ('<p>Hi Wataru,</p><p>How was your testing experience on February 22 at Tokyo Shinjuku? Tell us in three '
             'quick questions.</p>' + button("Start survey", "https://pearsonvue.qualtrics.com/jfe/form/SV_aws22", "#007fa3"))
    hm = page(card(inner, "Pearson VUE"))
    emit("Pearson VUE <survey@pearsonvue.com>", ME_P, "How was your Pearson VUE testing experience?",
         dt("2025-02-24 02:00"), alt(strip(hm), hm, seed="f4"), ("unrelated", False, None, []),
         mid_=mid("pearsonvue.com", "f4"), au=auth("pearsonvue.com"))

    # 036 Japanese acknowledgement (multipart)
    inner = ('<p>AWS トレーニングと認定をご利用いただきありがとうございます。</p><p>お問い合わせをケース <b>%s</b> '
             'として受け付けました。ご入力いただいた内容は以下のとおりです。</p>' % F +
             kv([("AWS 候補 ID", CID), ("お問い合わせタイプ", "認定"), ("その他の詳細", "試験結果"),
                 ("お問い合わせ内容", "2/22 に受験した DevOps Engineer - Professional の結果が、4日経ってもアカウントに表示されません。")]) +
             '<p>回答までは通常24時間以内ですが、調査内容によっては追加でお時間をいただく場合がございます。'
             '同じご依頼で新しいケースを作成されることはお控えください。</p>' + JP_FOOT)
    hm = page(card(inner, "AWS トレーニングと認定"), "ケース %s を受け付けました" % F, lang="ja")
    f1 = emit(TC_FROM, ME_P, F_SUBJ, dt("2025-02-26 08:30"), alt(strip(hm), hm, seed="f5"),
              ("acknowledgement", False, F, [CID]), mid_=mid("sf", "f5"), au=auth("amazon.com"))

    # 037 hold on the testing provider, with a question buried at the end
    status = kv([("Status", '<img src="https://d1.awsstatic.com/tc/hold.png" width="14" alt=""> On hold - awaiting testing provider'),
                 ("Next update", "within 5 business days")])
    body = ('<div style="font-family:Arial,sans-serif;font-size:14px">Hi Wataru,<br><br>I checked your profile: the '
            'session from February 22 has not been transmitted to us by our testing provider yet. I have raised '
            'it with Pearson VUE, and the case stays on hold until they send the results back, which usually takes '
            '5-7 business days. Nothing on your side will make that faster.' + status +
            'One detail would help them find the session sooner, though: what is the registration number printed '
            'on your appointment confirmation e-mail?<br><br>Kind regards,<br>Tom&aacute;s<br>AWS Training and '
            'Certification</div>' + AWS_LEGAL)
    hm = '<html><body>%s%s</body></html>\n' % (pre("Case %s is on hold" % F), body)
    f2 = emit(TC_FROM, ME_P, F_SUBJ, dt("2025-02-27 01:05"), alt(strip(hm), hm, seed="f6"),
              ("on_hold", True, F, []), mid_=mid("sf", "f6"), irt=f1, au=auth("amazon.com"))

    # 038 owner answers
    g = gmail('Hi Tom&aacute;s,<br><br>The registration number is 431907726 (candidate ID %s).<br><br>Thanks,<br>Wataru' % CID,
              "2025年2月27日(木) 10:05 AWS Training and Certification <%s>:" % TC, body)
    f3 = emit(a(ME_NAME, ME_P), TC_FROM, F_SUBJ, dt("2025-02-27 12:48", 9), alt(strip(g), g, seed="f7"),
              ("user_reply", False, F, [CID]), mid_=mid("gmail", "f7"), irt=f2, refs=f1 + " " + f2)

    # 039 Summit marketing with "confirm" wording
    inner = ('<h2 style="font-size:20px">AWS Summit Japan 2025</h2><p>Registration is open. Seats for the '
             'hands-on sessions are limited - confirm your place today.</p>' +
             button("Confirm my seat", "https://aws.amazon.com/jp/summits/japan/register/") +
             '<p style="font-size:11px;color:#777">To stop receiving these e-mails, <a href="https://pages.awscloud.com/unsub">'
             'unsubscribe</a>.</p>' + AWS_LEGAL)
    hm = page(card(inner, "AWS Summit"), "Action required: confirm your seat")
    emit("AWS Events <aws-marketing-email-replies@amazon.com>", ME_P, "Action required: confirm your AWS Summit seat",
         dt("2025-03-04 00:00"), alt(strip(hm), hm, seed="f8"), ("unrelated", False, None, []),
         mid_=mid("ses", "f8"), au=auth("amazon.com"))

    # 040 hold lifted
    body2 = ('<div style="font-family:Arial,sans-serif;font-size:14px">Hi Wataru,<br><br>Good news: Pearson VUE '
             'has sent the session data, so the case is no longer on hold. Our records team is loading the result into '
             'your profile now. I will write again once it shows.' +
             kv([("Status", '<img src="https://d1.awsstatic.com/tc/wip.png" width="110" height="16" alt="Work in progress">')]) +
             'Kind regards,<br>Tom&aacute;s<br>AWS Training and Certification</div>' + AWS_LEGAL)
    f4 = emit(TC_FROM, ME_P, F_SUBJ, dt("2025-03-05 03:22"), H('<html><body>%s</body></html>\n' % body2),
              ("case_update", False, F, []), mid_=mid("sf", "f9"), irt=f3, refs=" ".join([f1, f2, f3]),
              au=auth("amazon.com"))

    # 041 certification congratulations
    inner = ('<p>Congratulations, Wataru!</p><p>You are now <b>AWS Certified DevOps Engineer - Professional</b>. '
             'Your digital certificate and benefits are available in your AWS Certification account.</p>'
             + kv([("Certified", "2025-02-22"), ("Expires", "2028-02-22")]) +
             button("View certificate", "https://cp.certmetrics.com/amazon/en/home/dashboard"))
    hm = page(card(inner, "AWS Certification"), "Welcome to the AWS Certified community")
    emit("AWS Certification <do-not-reply@certmetrics.com>", ME_P, "Congratulations - you are AWS Certified!",
         dt("2025-03-06 11:02"), alt(strip(hm), hm, seed="f10"), ("certification", False, None, []),
         mid_=mid("certmetrics.com", "f10"), au=auth("certmetrics.com"))

    # 042 resolved; text part says less
    body3 = ('<div style="font-family:Arial,sans-serif;font-size:14px">Hi Wataru,<br><br>Your DevOps Engineer - '
             'Professional result (PASS) is now in your profile and the certification is active; you may have '
             'already received the congratulation e-mail. The badge will come from Credly separately.<br><br>As '
             'everything is in place, I am closing this case. Thank you for the registration number, it helped.'
             '<br><br>Kind regards,<br>Tom&aacute;s<br>AWS Training and Certification'
             '<div style="margin-top:16px;padding-left:10px;border-left:3px solid #ddd;color:#555">%s</div></div>'
             % g + AWS_LEGAL)
    emit(TC_FROM, ME_P, F_SUBJ, dt("2025-03-07 00:51"),
         alt("Your case %s has been resolved.\n" % F, '<html><body>%s</body></html>\n' % body3, seed="f11"),
         ("resolved", False, F, []), mid_=mid("sf", "f11"), irt=f4, refs=" ".join([f1, f2, f3, f4]),
         au=auth("amazon.com"))

    # 043 Credly badge, different template
    inner = ('<p>Hi Wataru,</p><p>Your new badge is ready: <b>AWS Certified DevOps Engineer - Professional</b>, '
             'issued by Amazon Web Services Training and Certification.</p>'
             '<p><img src="https://images.credly.com/size/220x220/images/dop.png" alt="DevOps Engineer Professional badge" width="110"></p>'
             + button("Accept badge", "https://www.credly.com/badges/8b1e27d0-55aa-4c3f-9d2e-0f6b3b9a4c10/accept", "#0a66c2") +
             '<p style="font-size:11px;color:#888">Reply STOP is not supported; manage notifications in Credly settings.</p>')
    hm = page(card(inner, "Credly"), "Accept and share your badge")
    emit("Credly <admin@credly.com>", ME_P, "Your new badge is ready to accept", dt("2025-03-07 02:15"),
         alt(strip(hm), hm, seed="f12"), ("badge", False, None, []), mid_=mid("credly.com", "f12"),
         au=auth("credly.com"))
