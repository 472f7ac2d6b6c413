"""Messages 037-048: 13-16 June 2025, the merge, badge, survey, Japanese voucher case opens."""
from mailkit import *
from part3 import confirm_text

SES = "email.amazonses.com"
TC = addr("Amazon Web Services", TC_FORM)
SUBJ_A = "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)
SUBJ_C = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_C
CONFIRMED = "Confirmed. Please merge into Account #1 (%s). Sorry for the slow reply." % ME_P
CLOSING = ("Hi Kaede,\n\nWe haven't heard from you since our message of June 10. This case will be closed "
           "in 72 hours unless you reply; any reply keeps it open.\n\nPriyanka\nAWS T&C Support")
DONE = ("Hi Kaede,\n\nDone - everything is merged into Account #1 (%s). No further action needed on "
        "your side.\n\nPriyanka\nAWS T&C Support" % ME_P)
ASK_C = ("大城 様\n\nお問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの森本です。\n\n"
         "バウチャーの件、確認いたします。恐れ入りますが、統合前の旧アカウントの候補ID（AWS から始まる"
         "番号）と、バウチャーを最後にご確認された時期をお知らせいただけますでしょうか。\n\n"
         "お手数をおかけいたしますが、よろしくお願いいたします。\n\n森本\n"
         "AWS トレーニングと認定 カスタマーサポート")


def messages():
    out = []

    # 037 owner resends the confirmation
    ts = "2025-06-13 01:46"
    txt = ("(resending - typo'd your address the first time)\n\n%s\n\nKaede\n\n%s\n"
           % (CONFIRMED, gmail_quote("Fri, Jun 13, 2025 at 10:00 AM", "Amazon Web Services <%s>" % TC_FORM, CLOSING)))
    eml = mail(frm=addr(ME_NAME, ME_P), to=TC_FORM, subj="Re: " + SUBJ_A, date=date_hdr(ts, 9),
               msgid=mid("037", "hanamail.jp"), irt=mid("034", SES),
               refs="%s %s %s" % (mid("A-ack", SES), mid("027", SES), mid("034", SES)),
               root=leaf("text/plain", txt))
    out.append(entry(ts, "user_reply", False, CASE_A, [], "Owner's confirmation, resent to the right address.", eml))

    # 038 'merging now', quoting the old request Outlook-style
    ts = "2025-06-13 06:20"
    hist = outlook_quote("Kaede Oshiro <%s>" % ME_P, "Friday, June 13, 2025 1:46 AM",
                         TC_FORM, "Re: " + SUBJ_A, CONFIRMED + "\n\nKaede")
    hist += "\n\n" + outlook_quote("Amazon Web Services <%s>" % TC_FORM, "Tuesday, June 10, 2025 1:15 AM",
                                   ME_P, SUBJ_A, confirm_text())
    txt = "Got it, merging now.\n\nPriyanka\n\n%s\n" % hist
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_A, date=date_hdr(ts, 0), msgid=mid("038", SES),
               irt=mid("037", "hanamail.jp"), refs="%s %s" % (mid("A-ack", SES), mid("037", "hanamail.jp")),
               auth=amz_auth(MX_P), root=leaf("text/plain", txt), crlf=True)
    out.append(entry(ts, "case_update", False, CASE_A, [],
                     "Three new words over quoted history that still carries 'which one do u want to keep?' "
                     "and both candidate IDs.", eml))

    # 039 resolved
    ts = "2025-06-13 07:05"
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_A, date=date_hdr(ts, 0), msgid=mid("039", SES),
               irt=mid("038", SES), refs="%s %s" % (mid("A-ack", SES), mid("038", SES)),
               auth=amz_auth(MX_P), root=leaf("text/plain", DONE + "\n"))
    out.append(entry(ts, "resolved", False, CASE_A, [], "Short 'Done - merged' with 'no further action needed'.", eml))

    # 040 Credly badge
    ts = "2025-06-13 07:06"
    txt = ("Kaede, you've earned a badge!\n\nAmazon Web Services Training and Certification has issued "
           "you the badge \"AWS Certified Developer - Associate\".\n\nAccept your badge: "
           "https://www.credly.com/badges/5c1e9d2a-7f40-4b8e-9a61-0d3f2c8e7b15/accept\n\n"
           "Credly, 22 W Washington St, Chicago, IL\n")
    html = html_wrap("<h2>Kaede, you've earned a badge!</h2><p><b>Amazon Web Services Training and "
                     "Certification</b> has issued you <b>AWS Certified Developer &ndash; Associate</b>.</p>"
                     "<p><a href='https://www.credly.com/badges/5c1e9d2a-7f40-4b8e-9a61-0d3f2c8e7b15/accept'>"
                     "Accept your badge</a></p>")
    eml = mail(frm=addr("Credly", "admin@credly.com"), to=ME_P,
               subj="Amazon Web Services Training and Certification sent you a new badge",
               date=date_hdr(ts, 0), msgid=mid("040", "credly.com"), auth=gen_auth(MX_P, "credly.com"),
               root=multi("alternative", [leaf("text/plain", txt), leaf("text/html", html)], "040"))
    out.append(entry(ts, "badge", False, None, [], "Credly badge right after the merge; badge UUID only.", eml))

    # 041 certification profile updated
    ts = "2025-06-13 07:30"
    txt = ("Hello Kaede,\n\nThe email address on your AWS Certification account (Candidate ID %s) is now "
           "%s.\n\nIf you didn't expect this change, contact AWS Training and Certification.\n\n"
           "AWS Certification\n" % (CAND_NEW, ME_P))
    eml = mail(frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
               subj="Your AWS Certification account was updated", date=date_hdr(ts, 0),
               msgid=mid("041", "certmetrics.com"), auth=gen_auth(MX_P, "certmetrics.com"),
               root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "certification", False, None, [CAND_NEW],
                     "CertMetrics profile-change notice caused by the merge; program mail, no case number, "
                     "conditional 'contact us'.", eml))

    # 042 owner forwards the result to the new work address
    ts = "2025-06-13 08:00"
    fwd = ("---------- Forwarded message ---------\nFrom: Amazon Web Services <%s>\n"
           "Date: Fri, Jun 13, 2025 at 4:05 PM\nSubject: %s\nTo: <%s>\n\n%s" % (TC_FORM, SUBJ_A, ME_P, DONE))
    txt = ("memo: certs are on the personal acct now (cand ID %s). check benefits + exam history "
           "this weekend.\n\n%s\n" % (CAND_NEW, fwd))
    eml = mail(frm=addr(ME_NAME, ME_P), to=ME_NEW, subj="Fwd: " + SUBJ_A, date=date_hdr(ts, 9),
               msgid=mid("042", "hanamail.jp"), root=leaf("text/plain", txt))
    out.append(entry(ts, "user_reply", False, CASE_A, [CAND_NEW],
                     "Owner forwards the resolution to the new work address with a note to self.", eml))

    # 043 survey
    ts = "2025-06-14 00:30"
    txt = ("Hello,\n\nYour case %s was recently resolved. How satisfied were you with the support you "
           "received?\n\n1 (not at all) - 5 (very): https://survey.aws-feedback.amazon.com/r/%s\n\n"
           "It takes about a minute. Thank you!\nAWS Training and Certification\n" % (CASE_A, CASE_A))
    links = "".join("<a href='https://survey.aws-feedback.amazon.com/r/%s?s=%d'>%d</a> " % (CASE_A, i, i)
                    for i in range(1, 6))
    html = html_wrap("<p>Your case <b>%s</b> was recently resolved.</p><p>How satisfied were you?</p>"
                     "<p>%s</p>" % (CASE_A, links))
    eml = mail(frm=addr("AWS Training and Certification", "aws-training-feedback@amazon.com"), to=ME_P,
               subj="How did we do? Case %s" % CASE_A, date=date_hdr(ts, 0), msgid=mid("043", SES),
               auth=amz_auth(MX_P), root=multi("alternative", [leaf("text/plain", txt), leaf("text/html", html)], "043"))
    out.append(entry(ts, "survey", False, CASE_A, [], "Satisfaction survey on the resolved case; a question, but no reply owed.", eml))

    # 044 Credly lookalike
    ts = "2025-06-14 03:00"
    html = html_wrap("<p>Hello,</p><p>We detected a change on your AWS certification account. <b>Your 3 "
                     "badges will be revoked</b> unless you confirm your identity within 24 hours.</p>"
                     "<p><a href='https://credly-badges.net/confirm?id=ko'>Confirm identity</a></p><p>Credly "
                     "Trust &amp; Safety</p>")
    eml = mail(frm=addr("Credly", "admin@credly-badges.net"), to=ME_P,
               subj="Action required: your badges will be revoked", date=date_hdr(ts, 0),
               msgid=mid("044", "credly-badges.net"), auth=gen_auth(MX_P, "credly-badges.net"),
               root=leaf("text/html", html))
    out.append(entry(ts, "suspicious", False, None, [], "Credly lookalike domain timed after a real badge mail.", eml))

    # 045 Japanese acknowledgement (ISO-2022-JP)
    ts = "2025-06-16 01:00"
    txt = ("大城 楓 様\n\nAWS トレーニングと認定へお問い合わせいただき、ありがとうございます。"
           "ケース %s を作成いたしました。\n\n通常、24時間以内に担当者よりご連絡いたします。内容によっては"
           "お時間をいただく場合がございます。\n\n同じ内容のケースを既に作成されている場合は、新しいケースを"
           "作成せずに、そのケースのメールへご返信ください。\n\n【お問い合わせ内容】\n"
           "お問い合わせタイプ: 認定\nその他の詳細: 認定特典\n説明: 6月13日に会社のアカウントを個人の"
           "アカウントに統合していただきましたが、旧アカウントにあった50%%割引バウチャーが特典に表示され"
           "ません。確認をお願いできますか。\n\nAWS トレーニングと認定\n" % CASE_C)
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_C, date=date_hdr(ts, 0), msgid=mid("C-ack", SES),
               auth=amz_auth(MX_P), root=leaf("text/plain", txt, cs="iso-2022-jp", cte="7bit"))
    out.append(entry(ts, "acknowledgement", False, CASE_C, [],
                     "Japanese acknowledgement (ISO-2022-JP); the echoed description ends with the owner's "
                     "own 確認をお願いできますか, not support's.", eml))

    # 046 CertMetrics program survey
    ts = "2025-06-16 02:10"
    txt = ("Hello Kaede,\n\nAWS Certification wants to hear from you. Tell us about your certification "
           "journey in a 10-minute survey - your answers shape future exams.\n\n"
           "Start the survey: https://aws.certmetrics.com/survey/2025q2\n\nAWS Certification\n")
    eml = mail(frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
               subj="AWS Certification wants to hear from you", date=date_hdr(ts, 0),
               msgid=mid("046", "certmetrics.com"), auth=gen_auth(MX_P, "certmetrics.com"),
               root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "certification", False, None, [],
                     "Program-wide survey from CertMetrics; not about a support case, so certification, not survey.",
                     eml))

    # 047 Japanese info request (keigo), multipart base64
    ts = "2025-06-16 05:30"
    html = html_wrap(ASK_C.replace("\n", "<br>\n"))
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_C, date=date_hdr(ts, 0), msgid=mid("047", SES),
               irt=mid("C-ack", SES), refs=mid("C-ack", SES), auth=amz_auth(MX_P),
               root=multi("alternative", [leaf("text/plain", ASK_C + "\n", cte="base64"),
                                          leaf("text/html", html, cte="base64")], "047"))
    out.append(entry(ts, "info_request", True, CASE_C, [],
                     "Keigo request (お知らせいただけますでしょうか) for the old candidate ID; 'AWS から始まる番号' "
                     "names the format but no ID.", eml))

    # 048 owner answers in Japanese (ISO-2022-JP)
    ts = "2025-06-16 07:10"
    txt = ("森本様\n\nご連絡ありがとうございます。\n旧アカウントの候補IDは %s です。\n"
           "バウチャーは5月末に旧アカウントの特典ページで確認しました（有効期限 2025年11月30日）。\n\n"
           "よろしくお願いいたします。\n大城\n\n%s\n"
           % (CAND_OLD, ja_quote("2025年6月16日(月) 14:30", "Amazon Web Services <%s>" % TC_FORM, ASK_C)))
    eml = mail(frm=addr("大城 楓", ME_P, "iso-2022-jp"), to=TC_FORM, subj="Re: " + SUBJ_C,
               date=date_hdr(ts, 9), msgid=mid("048", "hanamail.jp"), irt=mid("047", SES),
               refs="%s %s" % (mid("C-ack", SES), mid("047", SES)),
               root=leaf("text/plain", txt, cs="iso-2022-jp", cte="7bit"))
    out.append(entry(ts, "user_reply", False, CASE_C, [CAND_OLD], "Owner's Japanese answer with the old candidate ID.", eml))
    return out
