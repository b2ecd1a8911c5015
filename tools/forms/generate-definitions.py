#!/usr/bin/env python3
# Writes resources/catalog/forms/*.json, the bundled declaration forms (docs/forms.md), from the
# field lists below: one place for the wording shared by the civil-status forms. The JSON files are
# what ships and what a province copies; edit here and re-run, or edit a JSON file directly.
import json, collections, copy
import os
OUT=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'resources', 'catalog', 'forms') + os.sep
def F(name, vi, en, type='text', required=False, prefill=None, reuse=False, default=None, choices=None, sameLine=False, maxLength=None):
    d=collections.OrderedDict(name=name, label={'vi':vi,'en':en}, type=type)
    if required: d['required']=True
    if prefill: d['prefill']=prefill
    if reuse: d['reuse']=True
    if default: d['default']=default
    if choices: d['choices']=choices
    if maxLength: d['maxLength']=maxLength
    if sameLine: d['sameLine']=True
    return d
GENDER=['Nam','Nữ']
def kinh_gui(): return F('kinh_gui','Kính gửi','To','text',True,'office.authority')
# The requester's residence is written only when no personal ID number is given (Circular
# 04/2024/TT-BTP's note (2) to these templates): not required, the ID number is.
# Version 2 (the templates as Circular 04/2024/TT-BTP replaced them): the requester's own date of
# birth under the name, pre-filled from the card; not required, as the residence is not (note (2)
# asks for the residence when the ID number or the full date of birth is not given).
def requester(rel_vi, rel_en, p='requester', birth_date=False):
    fs=[F(p+'_name','Họ, chữ đệm, tên người yêu cầu',"Requester's full name",'text',True,'applicant.name')]
    if birth_date: fs.append(F(p+'_birth_date','Ngày, tháng, năm sinh',"Requester's date of birth",'date',False,'applicant.birth_date'))
    return fs+[F(p+'_residence','Nơi cư trú','Place of residence','text',False,'applicant.address'),
            F(p+'_id_number','Giấy tờ tùy thân','Identity paper (personal ID number)','id-number',True,'applicant.id_number'),
            F(p+'_relationship', rel_vi, rel_en,'text',True)]
def field_named(fs, name): return next(f for f in fs if f['name']==name)
def person(p, who_en, residence_vi='Nơi cư trú', prefill=False, year=False, reuse=False, id_number=True, gender=True):
    pf=(lambda k: k) if prefill else (lambda k: None)
    fs=[F(p+'_name','Họ, chữ đệm, tên',who_en+': full name','text',True,pf('applicant.name'),reuse)]
    if year: fs.append(F(p+'_birth_year','Năm sinh',who_en+': year of birth','year',False,pf('applicant.birth_year'),reuse))
    else: fs.append(F(p+'_birth_date','Ngày, tháng, năm sinh',who_en+': date of birth','date',True,pf('applicant.birth_date'),reuse))
    if gender and not year: fs.append(F(p+'_gender','Giới tính',who_en+': sex','choice',True,pf('applicant.gender'),reuse,None,GENDER))
    # A parent may be unknown (left blank on the paper): no default for a parent's ethnicity or nationality.
    fs.append(F(p+'_ethnicity','Dân tộc',who_en+': ethnicity','text',False,None,reuse,None if year else 'Kinh',sameLine=True))
    fs.append(F(p+'_nationality','Quốc tịch',who_en+': nationality','text',False,None,reuse,None if year else 'Việt Nam',sameLine=True))
    fs.append(F(p+'_residence',residence_vi,who_en+': place of residence','text',False,pf('applicant.address'),reuse))
    if id_number: fs.append(F(p+'_id_number','Giấy tờ tùy thân',who_en+': personal ID number','id-number',False,pf('applicant.id_number'),reuse))
    return fs
def names(fs): return [f['name'] for f in fs]
# Person lookup (docs/forms.md): the fields describing one person the form names, marked as that
# person's group ("person": "father", "personField": "birth_year"). Copies, so a form version
# written earlier from the same lists keeps its bytes; a mark is no field change (the payload carries
# the values in field order, the hash covers them and the form's id and version only), so no new version.
PERSON_FIELDS=['name','birth_date','birth_year','id_number','gender','ethnicity','nationality','residence']
def marked(fs, p):
    out=[]
    for f in fs:
        f=copy.deepcopy(f)
        rest=f['name'][len(p)+1:] if f['name'].startswith(p+'_') else None
        if rest in PERSON_FIELDS:
            f['person']=p; f['personField']=rest
        out.append(f)
    return out
# The civil-status templates' frame: "Làm tại: …, ngày … tháng … năm …" and, under each signer,
# "(Ký, ghi rõ họ, chữ đệm, tên)". CT01 keeps the printed frame's own.
SIGN_NOTE='(Ký, ghi rõ họ, chữ đệm, tên)'
PLACE='Làm tại'
# Version 1 is written to <id>.json, a later version to <id>-v<N>.json beside it: the registry keeps
# both (a page printed with version 1 is still read back) and a fill takes the highest.
def form(fid, procs, vi, en, source, fields, sections, pledge, signer, number='', cosigner='', note=SIGN_NOTE, place=PLACE, version=1):
    d=collections.OrderedDict(format='motcua-form', formatVersion=1, id=fid, version=version, procedures=procs,
        title={'vi':vi,'en':en})
    if number: d['formNumber']=number
    d['source']=source
    d['addressee']='kinh_gui'
    d['pledge']=pledge
    d['signer']=signer
    if cosigner: d['cosigner']=cosigner
    if note: d['signatureNote']=note
    if place: d['place']=place
    d['fields']=fields
    d['sections']=sections
    open(OUT+fid+('' if version==1 else '-v%d'%version)+'.json','w').write(json.dumps(d,ensure_ascii=False,indent=2)+'\n')
def S(vi,en,fs,columns=None):
    s=collections.OrderedDict()
    if vi: s['title']={'vi':vi,'en':en}
    s['fields']=fs if isinstance(fs[0],str) else names(fs)
    # A table (the marriage declaration's "Thông tin | Bên nữ | Bên nam"): the fields column after
    # column, a row's fields sharing their Vietnamese label.
    if columns:
        s['layout']='table'
        s['columns']=[{'vi':c[0],'en':c[1]} for c in columns]
    return s
TT04_2024='Thông tư 04/2020/TT-BTP (Bộ Tư pháp), Phụ lục: mẫu tờ khai, được thay thế bởi Thông tư 04/2024/TT-BTP (hiệu lực 16/8/2024)'
PLEDGE_TRUE='Tôi cam đoan nội dung đề nghị {} trên đây là đúng sự thật, được sự thỏa thuận nhất trí của các bên liên quan theo quy định pháp luật.'
PLEDGE_RESP='Tôi chịu hoàn toàn trách nhiệm trước pháp luật về nội dung cam đoan của mình.'
PLEDGE_COMMON='Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.'
COPIES=F('copies_requested','Đề nghị cấp bản sao: số lượng (bản)','Copies of the extract requested','number')
TT04='Thông tư 04/2020/TT-BTP (Bộ Tư pháp), Phụ lục: mẫu tờ khai; sửa đổi, bổ sung bởi Thông tư 04/2024/TT-BTP'

# Birth
req=requester('Quan hệ với người được khai sinh','Relationship to the child')
child=[F('child_name','Họ, chữ đệm, tên','Child: full name','text',True),
       F('child_birth_date','Ngày, tháng, năm sinh','Child: date of birth','date',True),
       F('child_gender','Giới tính','Child: sex','choice',True,None,False,None,GENDER),
       F('child_ethnicity','Dân tộc','Child: ethnicity','text',False,None,False,'Kinh',sameLine=True),
       F('child_nationality','Quốc tịch','Child: nationality','text',False,None,False,'Việt Nam',sameLine=True),
       F('child_birth_place','Nơi sinh','Child: place of birth','text',True),
       F('child_hometown','Quê quán','Child: home town','text')]
mother=person('mother','Mother',year=True,reuse=True,id_number=False)
mother[0]['label']['vi']='Họ, chữ đệm, tên người mẹ'; mother[0]['required']=False
father=person('father','Father',year=True,reuse=True,id_number=False)
father[0]['label']['vi']='Họ, chữ đệm, tên người cha'; father[0]['required']=False
# The form view's help (docs/forms.md "At the counter"): suggestions the officer accepts with Enter,
# and the administrative units' picker on the places.
req[3]['suggest']=['relationship.parent']
child[5]['suggest']=['applicant.province','office.province']
for f in [req[1],child[5],child[6],mother[4],father[4]]: f['place']=True
form('to-khai-khai-sinh',['1.001193'],'TỜ KHAI ĐĂNG KÝ KHAI SINH','DECLARATION FOR BIRTH REGISTRATION',TT04,
     [kinh_gui()]+req+child+mother+father+[COPIES],
     [S('','',req),S('Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:','Please register the birth of:',child),
      S('','',mother),S('','',father),S('','',[COPIES])],
     [PLEDGE_TRUE.format('đăng ký khai sinh'),PLEDGE_RESP],'Người yêu cầu')
# Version 2: the requester's date of birth, and the block on the parents' marriage certificate
# ("Số …, Quyển số …, đăng ký ngày … tại …"), reused from the applicant's earlier declaration.
req2=requester('Quan hệ với người được khai sinh','Relationship to the child',birth_date=True)
field_named(req2,'requester_relationship')['suggest']=['relationship.parent']
field_named(req2,'requester_residence')['place']=True
marriage=[F('parents_marriage_number','Số','Parents\' marriage certificate: number','text',False,None,True,maxLength=40),
          F('parents_marriage_book','Quyển số','Parents\' marriage certificate: book number','text',False,None,True,sameLine=True,maxLength=40),
          F('parents_marriage_date','Đăng ký ngày','Parents\' marriage: date registered','date',False,None,True,sameLine=True),
          F('parents_marriage_place','Tại','Parents\' marriage: registered at (authority)','text',False,None,True,sameLine=True)]
marriage[3]['place']=True
form('to-khai-khai-sinh',['1.001193'],'TỜ KHAI ĐĂNG KÝ KHAI SINH','DECLARATION FOR BIRTH REGISTRATION',TT04_2024,
     [kinh_gui()]+req2+child+marked(mother,'mother')+marked(father,'father')+marriage+[COPIES],
     [S('','',req2),S('Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:','Please register the birth of:',child),
      S('','',mother),S('','',father),
      S('Thông tin về Giấy chứng nhận kết hôn của cha, mẹ trẻ (nếu cha, mẹ trẻ đã đăng ký kết hôn):',"The parents' marriage certificate (if the parents registered their marriage):",marriage),
      S('','',[COPIES])],
     [PLEDGE_TRUE.format('đăng ký khai sinh'),PLEDGE_RESP],'Người yêu cầu',version=2)

# Version 3: note (5) of the 2024 template, "Ghi đầy đủ ngày, tháng sinh của cha, mẹ (nếu có)": the
# parents' date of birth in full when known, else the year alone (type date-or-year, not required,
# reused; the person lookup fills the full date from the citizen cache, a year from an older declaration).
def parent_v3(fs, p):
    fs=copy.deepcopy(fs)
    y=field_named(fs, p+'_birth_year')
    y['name']=p+'_birth_date'; y['label']={'vi':'Ngày, tháng, năm sinh','en':y['label']['en'].replace('year of birth','date of birth (or year)')}
    y['type']='date-or-year'
    return marked(fs, p)
mother3=parent_v3(mother,'mother'); father3=parent_v3(father,'father')
form('to-khai-khai-sinh',['1.001193'],'TỜ KHAI ĐĂNG KÝ KHAI SINH','DECLARATION FOR BIRTH REGISTRATION',TT04_2024,
     [kinh_gui()]+req2+child+mother3+father3+marriage+[COPIES],
     [S('','',req2),S('Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:','Please register the birth of:',child),
      S('','',mother3),S('','',father3),
      S('Thông tin về Giấy chứng nhận kết hôn của cha, mẹ trẻ (nếu cha, mẹ trẻ đã đăng ký kết hôn):',"The parents' marriage certificate (if the parents registered their marriage):",marriage),
      S('','',[COPIES])],
     [PLEDGE_TRUE.format('đăng ký khai sinh'),PLEDGE_RESP],'Người yêu cầu',version=3)

# Death
req=requester('Quan hệ với người đã chết','Relationship to the deceased')
dead=person('deceased','Deceased',residence_vi='Nơi cư trú cuối cùng')
dead+= [F('death_time','Đã chết vào lúc (giờ, phút)','Time of death (hh:mm)','text',False,maxLength=20),
        F('death_date','Ngày, tháng, năm chết','Date of death','date',True,sameLine=True),
        F('death_place','Nơi chết','Place of death','text',True),
        F('death_cause','Nguyên nhân chết','Cause of death','text'),
        F('death_notice_number','Số Giấy báo tử/Giấy tờ thay thế Giấy báo tử','Number of the death notice (or its substitute)','text'),
        F('death_notice_issuer','Do (cơ quan) cấp','Issued by','text',sameLine=True),
        F('death_notice_date','Ngày cấp','Issued on','date',sameLine=True)]
form('to-khai-khai-tu',['1.000656'],'TỜ KHAI ĐĂNG KÝ KHAI TỬ','DECLARATION FOR DEATH REGISTRATION',TT04,
     [kinh_gui()]+req+dead+[COPIES],
     [S('','',req),S('Đề nghị cơ quan đăng ký khai tử cho người có tên dưới đây:','Please register the death of:',dead),S('','',[COPIES])],
     [PLEDGE_COMMON],'Người yêu cầu')
req2=requester('Quan hệ với người đã chết','Relationship to the deceased',birth_date=True)
form('to-khai-khai-tu',['1.000656'],'TỜ KHAI ĐĂNG KÝ KHAI TỬ','DECLARATION FOR DEATH REGISTRATION',TT04_2024,
     [kinh_gui()]+req2+marked(dead,'deceased')+[COPIES],
     [S('','',req2),S('Đề nghị cơ quan đăng ký khai tử cho người có tên dưới đây:','Please register the death of:',dead),S('','',[COPIES])],
     [PLEDGE_COMMON],'Người yêu cầu',version=2)

# Marriage
def side(p, who_vi, who_en, sex):
    pre=sex+'_applicant.'
    return [F(p+'_name','Họ, chữ đệm, tên',who_en+': full name','text',True,pre+'name'),
            F(p+'_birth_date','Ngày, tháng, năm sinh',who_en+': date of birth','date',True,pre+'birth_date'),
            F(p+'_ethnicity','Dân tộc',who_en+': ethnicity','text',False,None,False,'Kinh'),
            F(p+'_nationality','Quốc tịch',who_en+': nationality','text',False,None,False,'Việt Nam',sameLine=True),
            F(p+'_residence','Nơi cư trú',who_en+': place of residence','text',True,pre+'address'),
            F(p+'_id_number','Giấy tờ tùy thân',who_en+': personal ID number','id-number',True,pre+'id_number'),
            F(p+'_marriage_count','Kết hôn lần thứ mấy',who_en+': marriage number (1, 2 …)','number',False,None,False,'1')]
bride=side('bride','Bên nữ','Bride','female'); groom=side('groom','Bên nam','Groom','male')
form('to-khai-ket-hon',['1.000894'],'TỜ KHAI ĐĂNG KÝ KẾT HÔN','DECLARATION FOR MARRIAGE REGISTRATION',TT04,
     [kinh_gui()]+marked(bride,'bride')+marked(groom,'groom')+[COPIES],
     [S('Thông tin','Information',bride+groom,columns=[('Bên nữ','The bride'),('Bên nam','The groom')]),S('','',[COPIES])],
     ['Chúng tôi cam đoan những lời khai trên đây là đúng sự thật, việc kết hôn của chúng tôi là tự nguyện, không vi phạm quy định của Luật Hôn nhân và gia đình Việt Nam.',
      'Chúng tôi chịu hoàn toàn trách nhiệm trước pháp luật về cam đoan của mình.','Đề nghị Quý cơ quan đăng ký.'],'Bên nữ',cosigner='Bên nam')

# Marital status
req=requester('Quan hệ với người được cấp Giấy xác nhận tình trạng hôn nhân','Relationship to the person concerned')
subj=person('subject','Person concerned',prefill=True)
subj+=[F('residence_period','Trong thời gian cư trú tại (nơi, từ ngày … đến ngày …)','Residence during the period (place, from … to …)','long-text',maxLength=300),
       F('marital_status','Tình trạng hôn nhân','Marital status','text',True),
       F('purpose','Mục đích sử dụng Giấy xác nhận tình trạng hôn nhân','Purpose of the certificate','text',True)]
form('to-khai-xac-nhan-tinh-trang-hon-nhan',['1.004873'],'TỜ KHAI CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN','DECLARATION FOR A CERTIFICATE OF MARITAL STATUS',TT04,
     [kinh_gui()]+req+subj+[COPIES],
     [S('','',req),S('Đề nghị cấp Giấy xác nhận tình trạng hôn nhân cho người có tên dưới đây:','Please certify the marital status of:',subj),S('','',[COPIES])],
     [PLEDGE_COMMON],'Người yêu cầu')
req2=requester('Quan hệ với người được cấp Giấy xác nhận tình trạng hôn nhân','Relationship to the person concerned',birth_date=True)
form('to-khai-xac-nhan-tinh-trang-hon-nhan',['1.004873'],'TỜ KHAI CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN','DECLARATION FOR A CERTIFICATE OF MARITAL STATUS',TT04_2024,
     [kinh_gui()]+req2+marked(subj,'subject')+[COPIES],
     [S('','',req2),S('Đề nghị cấp Giấy xác nhận tình trạng hôn nhân cho người có tên dưới đây:','Please certify the marital status of:',subj),S('','',[COPIES])],
     [PLEDGE_COMMON],'Người yêu cầu',version=2)

# Copies of extracts
req=requester('Quan hệ với người được cấp bản sao Trích lục hộ tịch','Relationship to the person concerned')
subj=person('subject','Person concerned',prefill=True)
reg=[F('extract_kind','Loại việc hộ tịch đề nghị cấp bản sao trích lục','Civil-status event of the extract','choice',True,None,False,None,
       ['Khai sinh','Kết hôn','Khai tử','Nhận cha, mẹ, con','Giám hộ','Thay đổi, cải chính, bổ sung hộ tịch','Khác']),
     F('registered_at','Đã đăng ký tại','Registered at','text',True),
     F('registration_date','Ngày đăng ký','Date registered','date',sameLine=True),
     F('registration_number','Số','Number','text'),
     F('registration_book','Quyển số','Book number','text',sameLine=True)]
copies=F('copies_requested','Số lượng bản sao yêu cầu (bản)','Number of copies requested','number',True)
form('to-khai-cap-ban-sao-trich-luc',['2.000635'],'TỜ KHAI CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH','REQUEST FOR COPIES OF A CIVIL-STATUS EXTRACT',TT04,
     [kinh_gui()]+req+reg[:1]+marked(subj,'subject')+reg[1:]+[copies],
     [S('','',req),S('Đề nghị cấp bản sao trích lục hộ tịch cho người có tên dưới đây:','Please issue copies of the extract for:',reg[:1]+subj),
      S('','',reg[1:]),S('','',[copies])],
     [PLEDGE_COMMON],'Người yêu cầu')

# CT01
ct=[F('full_name','1. Họ, chữ đệm và tên','1. Full name','text',True,'applicant.name'),
    F('birth_date','2. Ngày, tháng, năm sinh','2. Date of birth','date',True,'applicant.birth_date'),
    F('gender','3. Giới tính','3. Sex','choice',True,'applicant.gender',choices=GENDER,sameLine=True),
    F('id_number','4. Số định danh cá nhân','4. Personal ID number','id-number',True,'applicant.id_number'),
    F('phone','5. Số điện thoại liên hệ','5. Contact phone','phone',False,'applicant.phone'),
    F('email','6. Email','6. E-mail','email',False,'applicant.email',sameLine=True),
    F('household_head_name','7. Họ, chữ đệm và tên chủ hộ','7. Head of household: full name','text',False,None,True),
    F('relationship_to_head','8. Mối quan hệ với chủ hộ','8. Relationship to the head of household','text',False,None,True,sameLine=True),
    F('household_head_id_number','9. Số định danh cá nhân của chủ hộ','9. Head of household: personal ID number','id-number',False,None,True),
    F('request','10. Nội dung đề nghị','10. What is requested','long-text',True,maxLength=400),
    F('members','11. Những thành viên trong hộ gia đình cùng thay đổi (họ tên, ngày sinh, giới tính, số định danh, quan hệ với chủ hộ)','11. Household members changing with the declarant (name, date of birth, sex, ID number, relationship)','long-text',maxLength=600)]
kg=kinh_gui(); kg['label']['vi']='Kính gửi (cơ quan đăng ký cư trú)'
form('ct01-thay-doi-thong-tin-cu-tru',['1.004222','1.004194'],'TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ','DECLARATION OF CHANGE OF RESIDENCE INFORMATION',
     'Mẫu CT01 ban hành kèm theo Thông tư 66/2023/TT-BCA (sửa đổi Thông tư 56/2021/TT-BCA), Bộ Công an',
     [kg]+ct[:6]+marked(ct[6:7],'household_head')+ct[7:8]+marked(ct[8:9],'household_head')+ct[9:],[S('','',ct)],[],'Người kê khai','CT01',note='',place='')
