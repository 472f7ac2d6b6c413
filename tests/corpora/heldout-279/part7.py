from common import *

SUBJ_D = "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CD

# 061 closing notice, case D (Shift_JIS, base64)
T061 = """長谷川 典子 様

AWS トレーニングと認定 カスタマーサポートでございます。

4月19日にお送りしたご確認事項について、現時点でご返信を確認できておりません。
2025年4月28日（月）までにご連絡がない場合、本ケースはクローズとさせていただきます。

なお、クローズ後であっても、本メールにご返信いただければケースは再開されます。
ご多忙のところ恐縮ですが、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
"""
add("061", ("closing_notice", True, CD, []), TCA, ME_P, SUBJ_D, when("2025-04-23 01:00:05", UTC), MID["d_close1"],
    leaf(T061, charset="shift_jis", cte="base64"), irt=MID["d_info"], refs=MID["d_ack"] + " " + MID["d_info"],
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="01000196640a@email.amazonses.com"))])

# 062 Pearson VUE lookalike phishing
H062 = html_page("""<p><b>Pearson | VUE</b></p><p>Dear Candidate,</p>
<p>Your upcoming AWS Certification exam appointment has been <b>cancelled</b> because your payment could not be verified.</p>
<p>To keep your exam slot and avoid a no-show fee, confirm your card details within 12 hours:</p>
<p><a href="https://pearsonvue-exam-notice.com/confirm-payment">Confirm payment</a></p><p>Pearson VUE Candidate Services</p>""")
add("062", ("suspicious", False, None, []), addr("Pearson VUE", "noreply@pearsonvue-exam-notice.com"), ME_P,
    "Your exam appointment has been cancelled - action required", when("2025-04-24 16:22:09"), mid("m062", "pearsonvue-exam-notice.com"),
    leaf(H062, "html", cte="quoted-printable"), pre=[("Authentication-Results", gm_auth("pearsonvue-exam-notice.com", ip="103.145.13.88"))])

# 063 case D closed for no reply, reply reopens
T063 = """Hello Noriko,

We had not received a reply to our questions of April 19, so your case %s has now been closed.

We'd still be glad to correct the name on your certificate. Just reply to this email with the
spelling shown on your passport and the order you'd like, and the case will reopen automatically.

本ケースは、ご返信をいただけなかったためクローズいたしました。引き続き修正をご希望の場合は、
本メールにご返信ください。ケースが再開されます。

AWS Training and Certification Customer Support
""" % CD
add("063", ("closing_notice", True, CD, []), TCA, ME_P, SUBJ_D, when("2025-04-28 09:00:44", UTC), MID["d_close2"],
    alt(T063, html_page(paras(T063)), "----=_Part_8120_1745830844", cte="base64"), irt=MID["d_close1"],
    refs=" ".join([MID["d_ack"], MID["d_info"], MID["d_close1"]]),
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="0100019677bb@email.amazonses.com"))])

# 064 owner's long apologetic reply in Japanese
T064 = """木村様

ご連絡が遅くなり、本当に申し訳ございません。
新しい会社への入社と母の通院の付き添いが重なり、メールをきちんと確認できておりませんでした。
クローズのお知らせを見て、とても慌ててしまいました。まだ間に合うとよいのですが…。

ご質問にお答えいたします。

1. パスポートのローマ字表記：HASEGAWA NORIKO（姓・名の順です）
2. 認定証の表示：以前の認定証と同じように「Noriko Hasegawa」（名・姓の順）でお願いいたします。

念のため、私の候補IDは AWS11290584 です。
新しい会社に認定証を提出する必要があり、5月中旬までに直していただけると大変助かります。
何度もお手数をおかけして申し訳ございませんが、どうぞよろしくお願いいたします。

長谷川 典子

2025年4月28日(月) 18:00 AWS Training and Certification <%s>:
""" % TC + quote(T063, ">")
add("064", ("user_reply", False, CD, [ID_NEW]), ME, TCA, "Re: " + SUBJ_D, when("2025-04-29 08:10:37"), MID["d_rep"],
    alt(T064, html_page(paras(T064)), "0000000000007d3e0c0633c9e5a0", cte="base64"), irt=MID["d_close2"],
    refs=" ".join([MID["d_info"], MID["d_close1"], MID["d_close2"]]))

# 065 case D reopened, passed on (case update)
T065 = """Hello Noriko,

Thank you for your reply, and there is no need to apologise at all. I hope your mother is
recovering well.

I've reopened your case and passed the spelling details to the team that maintains certification
records. They usually complete this kind of correction within two to three business days, well
before mid-May. I'll write again as soon as the new certificate is ready; you don't need to do
anything in the meantime.

Best regards,
Carla P.
AWS Training and Certification Customer Support
"""
add("065", ("case_update", False, CD, []), TCA, ME_P, SUBJ_D, when("2025-04-30 02:00:19", UTC), MID["d_upd"],
    leaf(T065, cte="quoted-printable"), irt=MID["d_rep"], refs=MID["d_close2"] + " " + MID["d_rep"],
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="010001968311@email.amazonses.com"))])

# 066 another vendor's support case resolved
T066 = """Hello Noriko,

Your support request 2504300040001234 ("Microsoft 365 Family subscription shows as expired") has
been resolved. Your subscription was renewed on April 30, 2025 and is active until April 30, 2026.

If the issue comes back, you can reopen this request within 7 days from your Microsoft account.

Microsoft Support
"""
add("066", ("unrelated", False, None, []), addr("Microsoft Support", "support@email.microsoft.com"), ME_P,
    "Your support request 2504300040001234 has been resolved", when("2025-05-01 11:30:00"), mid("m066", "email.microsoft.com"),
    alt(T066, html_page(paras(T066)), "b1_6f0e3c7a8d9e"), pre=[("Authentication-Results", gm_auth("email.microsoft.com", ip="40.92.5.1"))])

# 067 case D resolved (Japanese, ISO-2022-JP), conditional invitation
T067 = """長谷川 典子 様

AWS トレーニングと認定 カスタマーサポートの木村でございます。
お待たせいたしました。認定証に表示されるお名前を「Noriko Hasegawa」に修正いたしました。

修正後の認定証は、AWS 認定アカウントの「認定」ページからダウンロードいただけます。
すでにダウンロード済みの認定証は古い表記のままですので、お手数ですが再度ダウンロードしてご利用ください。

その他ご不明な点がございましたら、お気軽に本メールへご返信くださいませ。
新しい職場でのご活躍を心よりお祈り申し上げます。

AWS トレーニングと認定 カスタマーサポート
木村
"""
add("067", ("resolved", False, CD, []), TCA, ME_P, SUBJ_D, when("2025-05-02 03:00:52", UTC), MID["d_done"],
    leaf(T067, charset="iso-2022-jp", cte="7bit"), irt=MID["d_rep"], refs=MID["d_upd"],
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="01000196897d@email.amazonses.com"))])

# 068 survey, case D (Japanese HTML)
H068 = html_page("""<p>長谷川 典子 様</p><p>先日はケース %s にてお問い合わせいただき、ありがとうございました。</p>
<p>今後のサービス向上のため、担当者の対応について簡単なアンケートにご協力いただけますと幸いです（所要時間 約1分）。</p>
<p><a href="https://survey.aws.training/cs?case=%s&amp;lang=ja">アンケートに回答する</a></p>
<p>AWS トレーニングと認定 カスタマーサポート</p>""" % (CD, CD))
add("068", ("survey", False, CD, []), addr("AWS トレーニングと認定", "aws-training-survey@amazon.com"), ME_P,
    "サポートのご対応に関するアンケートのお願い（ケース %s）" % CD, when("2025-05-03 05:00:00", UTC), ses_mid("m068"),
    leaf(H068, "html", cte="base64"), pre=[("Authentication-Results", gm_auth("amazon.com"))])

# 069 certification program: recertification offer (not a case)
T069 = """Hi Noriko,

Your AWS Certified Cloud Practitioner certification expires on June 10, 2025.

Good news: as a current AWS Certified individual you can use your 50% exam discount to
recertify, and a free practice exam is waiting for you in AWS Skill Builder.

Candidate ID: AWS11290584
Review your options: https://www.aws.training/certification/recertification

AWS Certification
"""
add("069", ("certification", False, None, [ID_NEW]), CERTM, ME_P, "Keep your AWS Certification active: recertify before June 10",
    when("2025-05-07 08:00:00"), mid("m069", "certmetrics.com"), leaf(T069, cte="7bit", charset="us-ascii"),
    pre=[("Authentication-Results", gm_auth("certmetrics.com", ip="168.245.12.7"))])
